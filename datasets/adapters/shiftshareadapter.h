// SPDX-License-Identifier: GPL-3.0-or-later
// Shift-share (成長要因) of one measure between two years for every region
// and the groups of the request: the classic components in levels, the
// growth-rate form of Japanese government reports (成長率 = 全国成長要因 +
// 産業構造要因 + 地域特殊要因), Esteban-Marquillas and Gerfin, or the
// dynamic (year-by-year) variant. The one path of the 成長要因 page,
// `regionlens-cli shift-share` and the region report:
//   ShiftShareInputs in = load(store, request);   // or load(rows, request)
//   GrowthFactors r = compute(in, progress);       // pure, worker-safe
// A region's x_r is always the sum of its industries (the components add up
// to its change only then). Regions are those with a row in any year used;
// a region absent in a year has NaN cells there (left out of both years).
// Groups: one row each, the sum of the members' rows (classic); in the
// dynamic form the sum of the members' components (the Dunn components are
// linear in a region's cells, so both agree when no cell is missing).
#pragma once

#include "industrytables.h"

#include "analysis/analysiscommon.h"

#include <QVector>

#include <vector>

namespace regionlens::datasets {

struct ShiftShareRequest : IndustryTableRequest
{
    int startYear = 0;             // 0 = the first year of the data
    int endYear = 0;               // 0 = the last year of the data
    bool dynamic = false;          // Barff/Knight over every year of the data from start to end
    bool estebanMarquillas = false;
};

struct ShiftShareInputs
{
    ShiftShareRequest request;     // start and end filled in
    IndustryTables data;           // the years used: start, end (and those between when dynamic)
};

struct GrowthFactors
{
    QString indicator;
    int startYear = 0;
    int endYear = 0;
    QList<int> years;             // the years used
    bool dynamic = false;
    QStringList regions;          // the regions, then the groups' codes
    QStringList industries;
    // Levels (units of the indicator); actual = national + mix + regional.
    // Dynamic: sums over the periods; start/end = the sums of the industries.
    QVector<double> startValue, endValue, actualChange;
    QVector<double> nationalShare, industryMix, regionalShift;
    // Growth-rate form, as fractions (0.032 = 3.2 %); empty when dynamic.
    double nationalGrowthRate = 0;  // 全国成長要因 (the same for every region)
    QVector<double> growthRate;     // 成長率
    QVector<double> industryFactor; // 産業構造要因
    QVector<double> regionalFactor; // 地域特殊要因
    // Esteban-Marquillas (when requested) and Gerfin (classic only).
    QVector<double> homotheticRegionalShift, allocationEffect;
    QVector<double> gerfinStructural, gerfinRegional, gerfinTotal;

    ConventionsUsed conventions;
    std::vector<analysis::Warning> issues;   // row/column = indices into regions/industries
    QStringList warnings;                    // English messages
    bool cancelled = false;

    int row(const QString &region) const { return int(regions.indexOf(region)); }
};

ShiftShareInputs load(const Store &store, const ShiftShareRequest &request);
ShiftShareInputs load(const QList<Observation> &rows, const ShiftShareRequest &request);
// The same from a tidy file read into columns (the CLI's --input).
ShiftShareInputs load(const ObservationColumns &rows, const ShiftShareRequest &request);

GrowthFactors compute(const ShiftShareInputs &inputs, const analysis::ProgressFn &progress = {});

} // namespace regionlens::datasets
