// SPDX-License-Identifier: GPL-3.0-or-later
// Built-in catalogues: the nation and 47 prefectures (JIS X 0401), regional
// blocks, preset region groups, the industry classifications (日本標準産業分類
// 大分類 and the 県民経済計算 economic activities) and the starter pack's
// indicator definitions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

enum class RegionLevel { Nation, Prefecture, Municipality };

QString regionLevelKey(RegionLevel level);             // "nation", "prefecture", "municipality"
RegionLevel regionLevelFromKey(const QString &key, bool *ok = nullptr);
// The level a region code is of: "00" the nation, five digits a
// municipality, anything else (two digits, "group:…") a prefecture. The
// pages, the report and the CLI ask the adapters for the level of the
// region they show, never for a level chosen elsewhere.
RegionLevel regionLevelOf(const QString &code);

struct Region
{
    QString code;       // "00", "01".."47", or five-digit municipality code
    RegionLevel level = RegionLevel::Prefecture;
    QString nameJa;
    QString nameEn;
    QString parent;     // prefecture code for municipalities, "00" for prefectures
    QString block;      // regional block id for prefectures (e.g. "kanto")
};

struct RegionGroup
{
    QString id;         // e.g. "tokyo_area"
    QString nameJa;
    QString nameEn;
    QString kind;       // "preset" or "block"
    QStringList members; // prefecture codes
};

struct Industry
{
    QString code;           // "A".."T", "TOTAL", aggregates, or "S01".. for activities
    QString classification; // "jsic", "jsic_aggregate", "sna_activity", "sna_aggregate", "total"
    QString nameJa;
    QString nameEn;
    QStringList members;    // for aggregates: the codes they sum
    int sortOrder = 0;
};

struct IndicatorInfo
{
    QString id;
    QString nameJa;
    QString nameEn;
    QString unitJa;
    QString unitEn;
    QString sourceJa;   // 出典
    QString sourceEn;
    QString licence;
    QString survey;
    QString kind;       // "observation" or "flow"
    QString noteJa;
    QString noteEn;
};

namespace catalog {

const QList<Region> &prefectures();             // 47 rows, codes "01".."47"
Region nation();                                // code "00"
const QList<RegionGroup> &blocks();             // the 8 regional blocks
const QList<RegionGroup> &presets();            // 東京圏, 三大都市圏 …
const QList<Industry> &industries();            // JSIC, aggregates, SNA activities
const QList<IndicatorInfo> &starterIndicators();

// "13" for "13", "13000", "13000_東京都", "東京都", "東京", "Tokyo", "tokyo-to" …;
// an empty string when nothing matches.
QString resolvePrefecture(const QString &text);
// Age classes are stored as "TOTAL", "0-4", "5-9", …, "85+", "100+"; the
// Japanese labels of government tables ("0～4歳", "85歳以上", "総数") map to them.
QString normalizeAgeClass(const QString &label);   // empty when not an age class
QString ageClassLabel(const QString &code, bool japanese);
int ageClassLowerBound(const QString &code);       // -1 for TOTAL or unknown

// SNA activity code ("S03") for the 県民経済計算 Japanese activity name.
QString activityCode(const QString &nameJa);

} // namespace catalog
} // namespace regionlens::datasets
