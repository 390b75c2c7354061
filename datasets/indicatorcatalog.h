// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator catalogue (issue 12): what an indicator is beyond its store
// row — its statistical item code, its category (SSDSE's areas, the areas of
// 総務省統計局「社会・人口統計体系」: A 人口・世帯, B 自然環境, C 経済基盤,
// D 行政基盤, E 教育, F 労働, G 文化・スポーツ, H 居住, I 健康・医療,
// J 福祉・社会保障, L 家計), the themes that mirror RESAS's maps (人口,
// 企業活動, 消費, 観光, 医療・福祉, 地方財政, 雇用, まちづくり) and whether it
// is additive (a count or an amount, so that "per capita", "per km²" and
// "share" make sense; not a rate, an average or a price).
//
// The facts of the bundled SSDSE items come from datasets/starter/ssdse_items.csv
// (compiled by scripts/compile_ssdse_starter.py), read once; an indicator
// imported from an SSDSE table (id ssdse_<code>) takes the category of its
// code's first letter; the other starter indicators are listed in the .cpp.
// The pickers read it through the functions below that take the store's
// CatalogSnapshot (entries are computed on the fly: a hash lookup each),
// so that nothing on the GUI thread needs SQL.
#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

class CatalogSnapshot;

struct IndicatorCategory
{
    QString id;       // "population", "economy", …, "other"
    QString letter;   // the item codes' first letter ("A"), "" for other
    QString nameJa;   // 人口・世帯
    QString nameEn;
};

struct IndicatorTheme
{
    QString id;       // "population", "business", "consumption", "tourism", "health_welfare", "finance", "employment", "town"
    QString nameJa;   // 企業活動
    QString nameEn;
    QString resasJa;  // the RESAS map it mirrors (企業活動マップ)
};

struct CatalogEntry
{
    QString id;
    QString itemCode;     // SSDSE / 社会・人口統計体系 item code ("A1101"); "" when the table has none
    QString category;     // IndicatorCategory::id
    QStringList themes;   // IndicatorTheme::id
    QStringList tables;   // SSDSE editions it was compiled from
    bool additive = true; // a count or an amount: may be divided by population, area, households
};

namespace indicatorcatalog {

const QList<IndicatorCategory> &categories();
const QList<IndicatorTheme> &themes();
std::optional<IndicatorTheme> theme(const QString &id);
std::optional<IndicatorCategory> category(const QString &id);

struct BundledItem
{
    IndicatorInfo info;
    CatalogEntry entry;
};
// The bundled SSDSE items in their file's order; empty (and *error set) when
// the resource is missing or malformed.
const QList<BundledItem> &bundledSsdseItems(QString *error = nullptr);

// Catalogue facts for any indicator of a store.
CatalogEntry entryFor(const IndicatorInfo &info);

// True when every word of text (split on white space; case, full-/half-width
// and the long-vowel/ASCII hyphen folded) occurs in the id, the item code,
// the Japanese or the English name. An empty text matches everything.
bool matches(const IndicatorInfo &info, const CatalogEntry &entry, const QString &text);

// On a catalogue snapshot (what the pickers use):
// the catalogue entry of one of its indicators; the categories and themes
// with at least one of its indicators (in catalogue order); its indicators
// matching a search text, a theme and a category ("" = any), in the store's order.
CatalogEntry entryOf(const CatalogSnapshot &snapshot, const QString &indicator);
QList<IndicatorCategory> categoriesIn(const CatalogSnapshot &snapshot);
QList<IndicatorTheme> themesIn(const CatalogSnapshot &snapshot);
QList<IndicatorInfo> findIndicators(const CatalogSnapshot &snapshot, const QString &text, const QString &theme = {},
                                    const QString &category = {});

// Indicator ids the derived measures divide by: population, private
// households, total area (ha) — the SSDSE items A1101, A710101 and B1101.
inline constexpr const char *kPopulation = "ssdse.a1101";
inline constexpr const char *kHouseholds = "ssdse.a710101";
inline constexpr const char *kArea = "ssdse.b1101";

} // namespace indicatorcatalog
} // namespace regionlens::datasets
