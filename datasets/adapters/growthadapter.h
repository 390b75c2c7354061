// SPDX-License-Identifier: GPL-3.0-or-later
// 強みと成長 / Strong and growing (issue 15): for one region (prefecture,
// municipality or a combined group) each industry's change of a measure
// between two years — levels, %, contribution to the region's growth in
// percentage points —, its shift-share components (REAT shifti: national
// share, industry mix, regional shift per industry; they add up to the
// change) and its location quotient at the end year. The one path of the
// 強みと成長 page, `regionlens-cli growth` and the region report:
//   GrowthInputs in = load(store, request);   // or load(columns, request)
//   IndustryGrowth g = compute(in, progress);  // pure, worker-safe
// Conventions are the shift-share adapter's (shiftshareadapter.h): the
// region total is the sum of its industries, the nation the "00" rows when
// every year has them (else the sum of the regions of the level), a cell
// missing in either year is left out of both. The LQ is the classic one
// over the same columns at the end year: (x_ri1/x_r1)/(x_Ni1/x_N1).
#pragma once

#include "shiftshareadapter.h"

#include <QList>
#include <QString>

namespace regionlens::datasets {

struct GrowthRequest : IndustryTableRequest
{
    QString region;       // a region code of `level`, or a group's code (in `groups`)
    int startYear = 0;    // 0 = the first year of the data
    int endYear = 0;      // 0 = the last year of the data
};

// The level a region code belongs to: five digits = municipality; a group
// whose members are all municipalities = municipality; else prefecture.
RegionLevel growthLevel(const QString &region, const QList<RegionAggregate> &groups = {});

struct GrowthInputs
{
    GrowthRequest request;     // years filled in
    ShiftShareInputs tables;   // start and end tables of the level
};

struct IndustryGrowthRow
{
    QString industry;
    double start = 0;            // x_ri0
    double end = 0;              // x_ri1
    double change = 0;           // x_ri1 − x_ri0
    double percent = 0;          // change / x_ri0 × 100 (NaN when x_ri0 = 0)
    double contribution = 0;     // change / x_r0 × 100: percentage points of the region's growth
    double nationPercent = 0;    // the nation's growth of the industry, %
    double nationalShare = 0;    // x_ri0 · G
    double industryMix = 0;      // x_ri0 (g_Ni − G)
    double regionalShift = 0;    // x_ri0 (g_ri − g_Ni)
    double lq = 0;               // at the end year
    double share = 0;            // x_ri1 / x_r1 × 100
};

struct IndustryGrowth
{
    QString indicator;
    QString region;
    RegionLevel level = RegionLevel::Prefecture;
    int startYear = 0;
    int endYear = 0;
    bool found = false;          // the region has a row
    double start = 0;            // x_r0 (sum of the industries present in both years)
    double end = 0;
    double change = 0;
    double percent = 0;          // the region's growth, %
    double nationPercent = 0;    // G × 100
    double nationalShare = 0;    // the sums of the rows' components
    double industryMix = 0;
    double regionalShift = 0;
    QList<IndustryGrowthRow> rows;   // industry order (ascending code)

    ConventionsUsed conventions;
    QStringList warnings;        // English
    bool cancelled = false;

    const IndustryGrowthRow *find(const QString &industry) const;
};

GrowthInputs load(const Store &store, const GrowthRequest &request);
GrowthInputs load(const ObservationColumns &rows, const GrowthRequest &request);

IndustryGrowth compute(const GrowthInputs &inputs, const analysis::ProgressFn &progress = {});

// Quadrant of an industry in the LQ × growth chart: strong = LQ ≥ 1 at the
// end year, growing = its change in the region is above 0.
enum class GrowthQuadrant : std::uint8_t { StrongGrowing, StrongLagging, WeakGrowing, WeakLagging };
GrowthQuadrant quadrantOf(const IndustryGrowthRow &row);

} // namespace regionlens::datasets
