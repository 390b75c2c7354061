// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic behind a region's key figures (the region report's cover,
// `regionlens-cli key-figures`): the latest value of a yearly series and its
// change on the previous one, a region's rank among the regions of its
// level (also the net-migration rank of analysis/migration), and a group's series as the sum of its members' series.
// Eigen and the C++ standard library only.
#pragma once

#include "analysiscommon.h"

#include <span>
#include <vector>

namespace regionlens::analysis {

// One yearly series: years ascending, one value per year (NaN = missing).
struct YearSeries
{
    std::vector<int> years;
    std::vector<double> values;
};

// The last finite point of a series and the finite point before it.
struct LatestChange
{
    bool found = false;       // the series has a finite point
    int year = 0;
    double value = kNaN;
    int previousYear = 0;     // 0 when there is one finite point only
    double previous = kNaN;
    // value / previous − 1 (a fraction), NaN unless previous is finite and > 0.
    double change = kNaN;
};
LatestChange latestChange(const YearSeries &series);

// The members' series summed year by year, over the years in which every
// member has a finite value (a sum with a member missing would understate
// the group, so such years are left out).
YearSeries sumSeries(const std::vector<YearSeries> &members);

} // namespace regionlens::analysis
