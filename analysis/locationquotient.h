// SPDX-License-Identifier: GPL-3.0-or-later
// Location quotients (特化係数) for all regions × industries at once, their
// additive variant, top-N industries per region, and the inputs of RESAS's
// 稼ぐ力 chart (value-added LQ, employee LQ, relative labour productivity).
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <vector>

namespace regionlens::analysis {

struct LocationQuotientConfig
{
    // Region totals x_r: the sum over the industry columns, or given (the
    // TOTAL column, one value per row).
    RegionTotalSource regionTotals = RegionTotalSource::SumOfIndustries;
    Eigen::VectorXd givenRegionTotals;

    // Nation x_Ni: column sums of the regions, or a given row (region "00").
    NationSource nation = NationSource::SumOfRegions;
    Eigen::RowVectorXd givenNation;
    // The nation's all-industry total x_N. NaN means: the sum of givenNation
    // when the nation is given, otherwise the sum of the region totals (so a
    // given TOTAL column carries over to the nation).
    double givenNationTotal = kNaN;

    bool additive = false;  // also compute x_ri/x_r − x_Ni/x_N
    int topN = 0;           // top industries per region (0 = none)
};

struct LocationQuotientResult
{
    Eigen::MatrixXd lq;                 // rows = regions, cols = industries; NaN where not computable
    Eigen::MatrixXd additive;           // empty unless config.additive
    Eigen::VectorXd regionTotals;       // x_r as used
    Eigen::RowVectorXd nation;          // x_Ni as used
    double nationTotal = kNaN;          // x_N as used
    // topIndustries[r] = column indices of the topN highest LQs of region r.
    // Order: higher LQ first; equal LQs by lower column index; NaN never ranks.
    std::vector<std::vector<int>> topIndustries;
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// LQ_ri = (x_ri / x_r) / (x_Ni / x_N), whole matrix in one pass.
// Zero region total → that row is NaN; zero nation industry → that column is
// NaN; NaN inputs → NaN cells; all reported as warnings.
LocationQuotientResult locationQuotients(const Eigen::MatrixXd &values,
                                         const LocationQuotientConfig &config = {},
                                         const ProgressFn &progress = {});

// Column indices of the n largest finite values of each row; ties broken by
// the lower column index. Exposed for callers ranking other indicators.
std::vector<std::vector<int>> topColumnsPerRow(const Eigen::MatrixXd &values, int n);

// 稼ぐ力 (earning power) inputs, regions × industries.
struct EarningPowerResult
{
    Eigen::MatrixXd valueAddedLq;
    Eigen::MatrixXd employeeLq;
    // (VA_ri / E_ri) / (VA_Ni / E_Ni): region-industry labour productivity
    // relative to the nation's in the same industry.
    Eigen::MatrixXd relativeProductivity;
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// valueAdded and employees must have the same shape (same regions and
// industries in the same order); each has its own totals/nation config.
EarningPowerResult earningPower(const Eigen::MatrixXd &valueAdded, const Eigen::MatrixXd &employees,
                                const LocationQuotientConfig &valueAddedConfig = {},
                                const LocationQuotientConfig &employeeConfig = {},
                                const ProgressFn &progress = {});

} // namespace regionlens::analysis
