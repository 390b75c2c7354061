// SPDX-License-Identifier: GPL-3.0-or-later
// Specialisation and concentration indices per region over the industry
// shares s_ri = x_ri / Σ_i x_ri, compared with the nation's s_Ni.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <vector>

namespace regionlens::analysis {

struct SpecialisationConfig
{
    // Nation: column sums of the regions or a given row (region "00").
    NationSource nation = NationSource::SumOfRegions;
    Eigen::RowVectorXd givenNation;
};

// One value per region (rows of the input); NaN where the region has no
// positive total (reported).
struct SpecialisationResult
{
    // Krugman (REAT krugman.spec): Σ_i |s_ri − s_Ni|, 0 … 2.
    Eigen::VectorXd krugman;
    // Krugman against the unweighted mean shares of the other regions
    // (REAT krugman.spec2): Σ_i |s_ri − mean_{l≠r} s_li|.
    Eigen::VectorXd krugmanVsOthers;
    // Hoover: ½ Σ_i |s_ri − s_Ni| (REAT hoover(x_r, ref = x_N): the nation is the reference
    // distribution, not the weighting), 0 … 1.
    Eigen::VectorXd hoover;
    // Gini of specialisation over the region's LQs (REAT gini.spec):
    // G_r = 2 / (n² R̄) Σ_λ λ (R_(λ) − R̄), R sorted ascending, λ = 1 … n; computed as the equal
    // mean-difference form Σ_i Σ_j |R_i − R_j| / (2 n² R̄), which needs no sort.
    Eigen::VectorXd gini;
    // Herfindahl H = Σ_i s_ri² (REAT herf), normalised (H − 1/n)/(1 − 1/n),
    // equivalent number of industries 1/H.
    Eigen::VectorXd herfindahl;
    Eigen::VectorXd herfindahlNormalised;
    Eigen::VectorXd herfindahlEquivalent;
    // Relative Theil (Kullback–Leibler) index Σ_i s_ri ln(s_ri / s_Ni), with
    // 0·ln 0 = 0; 0 when the region mirrors the nation.
    Eigen::VectorXd theil;

    Eigen::MatrixXd shares;        // s_ri
    Eigen::RowVectorXd nationShares;  // s_Ni
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// values: regions × industries (employees, value added …). NaN cells count
// as 0 in the shares and are reported.
SpecialisationResult specialisation(const Eigen::MatrixXd &values,
                                    const SpecialisationConfig &config = {},
                                    const ProgressFn &progress = {});

} // namespace regionlens::analysis
