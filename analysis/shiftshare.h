// SPDX-License-Identifier: GPL-3.0-or-later
// Shift-share analysis for all regions at once: classic Dunn in levels, the
// growth-rate form used in Japanese government reports, Esteban-Marquillas,
// Gerfin's index form, and the dynamic (year-by-year) variant.
//
// Notation: x_ri0, x_ri1 = region r, industry i at start and end;
// x_r = Σ_i x_ri; x_Ni = nation's industry i; x_N = Σ_i x_Ni;
// G = x_N1/x_N0 − 1 (national growth rate), g_Ni = x_Ni1/x_Ni0 − 1,
// g_ri = x_ri1/x_ri0 − 1, s_ri = x_ri0/x_r0, ŝ_Ni = x_Ni0/x_N0.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <vector>

namespace regionlens::analysis {

struct ShiftShareConfig
{
    // Nation: column sums of the regions (e.g. GDP, where no national row is
    // published) or given rows (region "00") for both years.
    NationSource nation = NationSource::SumOfRegions;
    Eigen::RowVectorXd givenNationStart;
    Eigen::RowVectorXd givenNationEnd;

    bool estebanMarquillas = true;  // homothetic shift and allocation effect
    bool perIndustry = false;       // region × industry component matrices
};

struct ShiftShareResult
{
    Eigen::VectorXd start;          // x_r0
    Eigen::VectorXd end;            // x_r1

    // Dunn (1960) in levels, terms as in REAT shift() (Farhauer/Kröll 2013).
    // actualChange = nationalShare + industryMix + regionalShift (exactly,
    // up to rounding).
    Eigen::VectorXd actualChange;   // x_r1 − x_r0
    Eigen::VectorXd nationalShare;  // x_r0 · G
    Eigen::VectorXd industryMix;    // Σ_i x_ri0 (g_Ni − G)   (net proportionality shift)
    Eigen::VectorXd regionalShift;  // Σ_i x_ri0 (g_ri − g_Ni) (net differential shift)
    Eigen::VectorXd netTotalShift;  // industryMix + regionalShift = x_r1 − x_r0 (1 + G)

    // Growth-rate form (全国成長要因 + 産業構造要因 + 地域特殊要因 = 成長率):
    double nationalGrowthRate = kNaN;         // G
    Eigen::VectorXd regionalGrowthRate;       // x_r1/x_r0 − 1
    Eigen::VectorXd industryStructureFactor;  // Σ_i (g_Ni − G) s_ri
    Eigen::VectorXd regionSpecificFactor;     // Σ_i (g_ri − g_Ni) s_ri

    // Esteban-Marquillas (1972): homothetic employment ĥ_ri = x_r0 ŝ_Ni.
    // regionalShift = homotheticRegionalShift + allocationEffect.
    Eigen::VectorXd homotheticRegionalShift;  // Σ_i ĥ_ri (g_ri − g_Ni)
    Eigen::VectorXd allocationEffect;         // Σ_i (x_ri0 − ĥ_ri)(g_ri − g_Ni)

    // Gerfin (1964) index form as in REAT shift(shift.method = "Gerfin"):
    // gerfinTotal = gerfinStructural × gerfinRegional.
    Eigen::VectorXd gerfinStructural;  // (Σ_i x_ri0 x_Ni1/x_Ni0 / x_r0) / (x_N1/x_N0)
    Eigen::VectorXd gerfinRegional;    // x_r1 / Σ_i x_ri0 x_Ni1/x_Ni0
    Eigen::VectorXd gerfinTotal;       // (x_r1/x_r0) / (x_N1/x_N0)

    // Only with perIndustry (REAT shifti-style), regions × industries.
    Eigen::MatrixXd nationalShareByIndustry;
    Eigen::MatrixXd industryMixByIndustry;
    Eigen::MatrixXd regionalShiftByIndustry;

    Eigen::RowVectorXd nationStart;  // x_Ni0 as used
    Eigen::RowVectorXd nationEnd;    // x_Ni1 as used
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// start/end: regions × industries, same shape and order.
// Data handling (each reported as a warning):
//  - a NaN cell in either year is left out of both years for that cell;
//  - x_Ni0 = 0: g_Ni is undefined and replaced by G for that industry;
//  - x_ri0 = 0 (Esteban-Marquillas only): g_ri is undefined and replaced by
//    g_Ni, so the cell adds nothing to the homothetic shift; its growth from
//    nothing stays in regionalShift and therefore in allocationEffect;
//  - x_r0 = 0: growth-rate form and Gerfin indices are NaN for that region.
ShiftShareResult shiftShare(const Eigen::MatrixXd &start, const Eigen::MatrixXd &end,
                            const ShiftShareConfig &config = {}, const ProgressFn &progress = {});

struct DynamicShiftShareConfig
{
    NationSource nation = NationSource::SumOfRegions;
    std::vector<Eigen::RowVectorXd> givenNation;  // one row per year when Given
};

// Barff/Knight (1988) dynamic shift-share (REAT shiftd, Dunn method): the
// classic components for each pair of consecutive years, and their sums.
struct DynamicShiftShareResult
{
    Eigen::MatrixXd nationalShare;   // regions × periods (period p = year p → p+1)
    Eigen::MatrixXd industryMix;
    Eigen::MatrixXd regionalShift;
    Eigen::VectorXd nationalShareTotal;  // row sums of the above
    Eigen::VectorXd industryMixTotal;
    Eigen::VectorXd regionalShiftTotal;
    Eigen::VectorXd actualChange;        // Σ of the periods' changes = x_r,last − x_r,first
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// years: one regions × industries matrix per year, oldest first (≥ 2).
DynamicShiftShareResult dynamicShiftShare(const std::vector<Eigen::MatrixXd> &years,
                                          const DynamicShiftShareConfig &config = {},
                                          const ProgressFn &progress = {});

} // namespace regionlens::analysis
