// SPDX-License-Identifier: GPL-3.0-or-later
// The region bar's search: every prefecture, municipality and preset group
// of the catalogue snapshot as an entry with the label the bar shows
// ("豊田市（愛知県）", "Toyota (Aichi)" where the store has English names) and
// the words it is found by (Japanese and English names, the code), and the
// ranking of entries for what the user typed: names starting with it first,
// then names containing it, each in code order. No SQL: the snapshot only.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {
class CatalogSnapshot;
}

namespace regionlens::app {

struct RegionEntry
{
    QString code;      // "23", "23211" or "group:nagoya_area"
    QString label;     // as shown in the bar and the suggestions
    QStringList keys;  // searched: names in both languages (without 都道府県 suffix too), the code
};

// Prefectures, then the preset groups, then the municipalities.
QList<RegionEntry> regionEntries(const datasets::CatalogSnapshot &catalog, bool japanese);

// The label of one region or group ("" when the catalogue has no such code).
QString regionEntryLabel(const QList<RegionEntry> &entries, const QString &code);

// Indices into entries matching text (case-insensitive; blank text: none):
// prefix matches of a key first, then substring matches; at most limit.
QList<int> matchRegions(const QList<RegionEntry> &entries, const QString &text, int limit = 30);

} // namespace regionlens::app
