// SPDX-License-Identifier: GPL-3.0-or-later
// Derived measures of one indicator (issue 12), computed on the fly and shared
// by the map page, the comparison, the CLI (`export --per`) and the report:
//
//   per capita        value ÷ population                       unit: <unit>/人
//   per 1,000         value ÷ population × 1,000               unit: <unit>/人口千人
//   per 100,000       value ÷ population × 100,000             unit: <unit>/人口10万人
//   per km²           value ÷ (total area in ha ÷ 100)         unit: <unit>/km²
//   per household     value ÷ private households               unit: <unit>/世帯
//   share             value ÷ parent item × 100                unit: %
//   change            value(Y) − value(Y0)                     unit: the measure's
//   growth rate       (value(Y) ÷ value(Y0) − 1) × 100         unit: %
//
// Conventions (one set, recorded in the Result):
//  - population = SSDSE A1101 総人口, households = A710101 一般世帯数, area =
//    B1101 総面積 (北方地域及び竹島を除く, ha) — indicatorcatalog::kPopulation …
//  - the denominator's year is the one nearest the value's year among those the
//    denominator has at the level (equal distance: the earlier year): e.g.
//    municipal births of 2023 per the 2020 census population.
//  - share: the parent is the request's, else the indicator whose item code is
//    the longest proper prefix of this one (C220837 → C2208, A110101 → A1101).
//  - per measures apply only to additive indicators (counts and amounts); a
//    rate, average or price is refused (error) rather than divided.
//  - change and growth apply to the measure after the per division, each year
//    with its own denominator. Y0 defaults to the year before Y that the
//    indicator has at the level.
//  - a missing value, a missing or non-positive denominator gives no row
//    (never 0).
#pragma once

#include "datasets/catalog.h"
#include "datasets/indicatorcatalog.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::datasets::indicatoradapter {

enum class Per { None, Capita, Thousand, HundredThousand, Km2, Household, Share };
enum class Change { None, Difference, Growth };

// "capita", "1000", "100000", "km2" (also "area"), "household", "share", "" → Per.
std::optional<Per> perFromKey(const QString &key);
QString perKey(Per per);

struct Request
{
    QString indicator;
    RegionLevel level = RegionLevel::Municipality;
    std::optional<int> year;        // default: the latest the indicator has at the level
    Per per = Per::None;
    QString parent;                 // Share only; default: the item-code prefix rule
    Change change = Change::None;
    std::optional<int> fromYear;    // Change only; default: the year before `year`
};

using YearValues = QHash<QString, QMap<int, double>>;   // region → year → value

struct Inputs
{
    IndicatorInfo info;
    CatalogEntry entry;
    IndicatorInfo denominatorInfo;   // empty for Per::None
    QList<int> years;                // the indicator's years at the level
    YearValues values;               // the years needed only
    YearValues denominator;          // every year of the denominator at the level
    QStringList regions;             // the level's regions, by code
    QString error;                   // load failed: the reason (unknown indicator, no year …)
};

struct Value
{
    QString region;
    double value = 0;          // the derived measure
    double raw = 0;            // the indicator's value in `year`
    double denominator = 0;    // NaN without a per division
    int denominatorYear = 0;
};

struct Result
{
    QString indicator;
    int year = 0;
    int fromYear = 0;          // change/growth only
    QString formulaJa, formulaEn;
    QString unitJa, unitEn;
    QList<Value> values;       // by region code; regions without a value are left out
    QStringList conventions;
    QString error;
};

// Reads what compute() needs (on a worker through Store::threadReader()).
Inputs load(const Store &store, const Request &request);
Result compute(const Inputs &inputs, const Request &request);

// The pieces the comparison reuses.
double divide(double value, double denominator, Per per);   // NaN when it cannot
int nearestYear(const QList<int> &years, int year);          // 0 when years is empty
QString denominatorId(Per per, const QString &parent);
QString parentOf(const QString &indicator, const QList<IndicatorInfo> &indicators);
void describe(Per per, const IndicatorInfo &info, const IndicatorInfo &denominator, QString *formulaJa,
              QString *formulaEn, QString *unitJa, QString *unitEn);

} // namespace regionlens::datasets::indicatoradapter
