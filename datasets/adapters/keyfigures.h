// SPDX-License-Identifier: GPL-3.0-or-later
// A region's key figures — population, employees, establishments, gross
// prefectural product, net migration — as numbers with their years, ranks
// and indicator ids (no wording: the region report formats them in the UI
// language, `regionlens-cli key-figures` prints them). For a prefecture, a
// municipality (where the store has its data) and a group of regions
// (members summed; flows between members cancel).
//
// Conventions:
// - each figure is the latest year with a finite value; its change is on the
//   previous year with one (GDP: the fiscal year before, if there is one);
//   a group's year is one in which every member has a value.
// - population rank: among the regions of the same level that year (none
//   for a group).
// - net migration: the latest year of the `migration` flows, through the
//   flows adapter (its totals rule): a prefecture's or a group's in/out from
//   the flows between prefectures; a municipality's from flows between
//   municipalities of that year, else SSDSE-A's 転入者数/転出者数 (latest
//   year with both; these include moves within the prefecture).
// Figures whose data is absent are left out, never estimated.
#pragma once

#include "datasets/industrystructure.h"
#include "datasets/store.h"

#include "analysis/regionfigures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace regionlens::datasets::keyfigures {

enum class Figure { Population, Employees, Establishments, GrossProduct, NetMigration };

// "population", "employees", "establishments", "gross_product", "net_migration".
QString figureKey(Figure figure);

// How a net migration figure was obtained.
enum class MigrationBasis { None, PrefectureFlows, GroupFlows, MunicipalFlows, MunicipalInOut };
QString basisKey(MigrationBasis basis);   // "", "prefecture_flows", "group_flows", "municipal_flows", "in_out_counts"

struct Request
{
    QString region;          // a region code, or a group's code ("group:tokyo_area")
    QStringList members;     // a group's members (non-empty makes region a group)
};

struct SeriesInput
{
    Figure figure = Figure::Population;
    QString indicator;
    analysis::YearSeries series;   // a group's: the members summed
    // Population: every value of the region's level in the latest year (for the rank).
    std::vector<double> levelValues;
};

struct Inputs
{
    QString region;
    QStringList members;
    std::optional<RegionLevel> level;   // of region (none for a group)
    QList<SeriesInput> series;
    MigrationBasis migrationBasis = MigrationBasis::None;
    int migrationYear = 0;
    QString migrationIndicator;
    double inflow = std::numeric_limits<double>::quiet_NaN();
    double outflow = std::numeric_limits<double>::quiet_NaN();
    QList<IndicatorInfo> indicators;    // of the figures, for their sources
};

struct KeyFigure
{
    Figure figure = Figure::Population;
    QString indicator;                  // store indicator id
    int year = 0;
    double value = std::numeric_limits<double>::quiet_NaN();
    int previousYear = 0;               // 0 when there is no earlier value
    double previous = std::numeric_limits<double>::quiet_NaN();
    double change = std::numeric_limits<double>::quiet_NaN();   // fraction: value / previous − 1
    int rank = 0;                       // population: 1 = largest of its level; 0 = not ranked
    int rankOf = 0;
    double inflow = std::numeric_limits<double>::quiet_NaN();   // net migration
    double outflow = std::numeric_limits<double>::quiet_NaN();
    MigrationBasis basis = MigrationBasis::None;
    QString sourceJa;
    QString sourceEn;
};

struct Result
{
    QString region;
    bool group = false;
    std::optional<RegionLevel> level;
    QList<KeyFigure> figures;           // population, employees, establishments, GDP, net migration (those found)

    const KeyFigure *find(Figure figure) const;
};

// Reads the store (several queries); compute() is pure.
Inputs load(const Store &store, const Request &request);
Result compute(const Inputs &inputs);

} // namespace regionlens::datasets::keyfigures
