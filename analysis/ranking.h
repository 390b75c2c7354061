// SPDX-License-Identifier: GPL-3.0-or-later
// Ranks and orders the analysis pages and the report state in words ("rank
// 3 of 47 prefectures", "the highest three"), and the class breaks of a map
// of quotients centred on 1. Eigen and the C++ standard library only.
#pragma once

#include <span>
#include <vector>

namespace regionlens::analysis {

struct Rank
{
    int rank = 0;    // 1 = the largest; 0 when own is not finite
    int count = 0;   // finite values compared
};

// Competition rank ("1224") of own among the finite values, largest first:
// 1 + the number of finite values strictly larger than own. NaN and ±inf
// entries are not counted.
Rank rankAmong(std::span<const double> values, double own);

// Indices of the finite values, largest first; equal values keep their
// order (a stable sort), so position + 1 is an ordinal rank ("1234").
std::vector<int> descendingOrder(std::span<const double> values);

// Inner class breaks of a diverging map centred on `centre`: the candidates
// strictly inside the range of the finite values, and the centre always,
// ascending. Candidates need not be sorted.
std::vector<double> breaksInRange(std::span<const double> values, std::span<const double> candidates,
                                  double centre);

// The breaks of an LQ map: 0.25, 0.5, 0.8, 1, 1.2, 1.5, 2, 4 (roughly
// symmetric around 1 on a ratio scale and readable at one decimal), those
// inside the data's range and 1 always — no empty class at either end.
std::vector<double> lqClassBreaks(std::span<const double> values);

} // namespace regionlens::analysis
