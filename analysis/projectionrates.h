// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs of the cohort-component projection (projection.h): population tables
// by sex and 5-year age, 年齢不詳 distribution, survival ratios from a life
// table, and the regional rates (net migration, child-woman ratio, 0–4 sex
// split) estimated from two censuses, as 国立社会保障・人口問題研究所 does for
// its regional projections (地域別将来推計人口).
//
// Age classes (kProjectionAges = 18): 0 = 0–4, 1 = 5–9, …, 16 = 80–84,
// 17 = 85+ (open). A step is 5 years, so the cohort in class a at t is in
// class a+1 at t+5; the open class keeps its survivors.
//
// Eigen and the C++ standard library only.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <vector>

namespace regionlens::analysis {

inline constexpr Eigen::Index kProjectionAges = 18;      // 0–4 … 80–84, 85+
inline constexpr Eigen::Index kOpenAgeClass = 17;        // 85+
inline constexpr Eigen::Index kMigrationClasses = 17;    // cohorts 0–4→5–9 … 75–79→80–84, 80+→85+
inline constexpr Eigen::Index kFirstMotherClass = 3;     // 15–19
inline constexpr Eigen::Index kLastMotherClass = 9;      // 45–49

// "0-4", "5-9", …, "80-84", "85+" (the CLI's age_class labels).
const char *projectionAgeLabel(Eigen::Index ageClass);

// Population by sex and 5-year age for many regions at once:
// rows = regions (same order in both), columns = the 18 age classes.
// A region without an age table has NaN in its row.
struct AgeSexTable
{
    Eigen::MatrixXd male;    // regions × kProjectionAges
    Eigen::MatrixXd female;  // regions × kProjectionAges

    Eigen::Index regions() const { return male.rows(); }
    bool hasShape(Eigen::Index regionCount) const;  // both regionCount × 18
    static AgeSexTable zero(Eigen::Index regionCount);
};

// 年齢不詳 (age unknown) distributed over the age classes in proportion to the
// known ages, per region and sex, so that the classes add up to the total
// (census 総数, which includes 年齢不詳). totalMale/totalFemale: one value per
// region; NaN (or an empty vector) = no known total, the row is left as it is.
// A total below the sum of the classes is a data error: the row is left as it
// is and a warning is added. Rows with NaN classes stay NaN.
AgeSexTable distributeUnknownAge(const AgeSexTable &classes, const Eigen::VectorXd &totalMale,
                                 const Eigen::VectorXd &totalFemale, std::vector<Warning> *warnings = nullptr);

// 5-year survival ratios (生残率) for one 5-year period, one set per sex:
// ratio(a), a = 0 … 16: share of class a at t alive in class a+1 at t+5
// (a = 16: 80–84 → 85–89, the entry into the open class);
// ratio(17): share of 85+ at t alive (then 90+) at t+5.
// The same ratios apply to every region (national life table); regional
// mortality differences end up in the net migration residual, which is
// consistent as long as the rates and the projection use the same table.
struct SurvivalRatios
{
    Eigen::VectorXd male;    // kProjectionAges entries, each in [0, 1]
    Eigen::VectorXd female;

    bool isValid() const;
};

// From a life table's 5-year person-years lived ₅L_x (groups 0–4, 5–9, …,
// at least up to 85–89; the last group given is treated as the end of the
// table, so a table stopping at 95–99 slightly overstates the 85+ ratio):
// ratio(a) = ₅L_{5(a+1)} / ₅L_{5a}, ratio(17) = T_90 / T_85.
// Returns empty vectors (isValid() false) when a table is too short or has a
// non-positive ₅L.
SurvivalRatios survivalFromLifeTable(const Eigen::VectorXd &fiveYearLMale,
                                     const Eigen::VectorXd &fiveYearLFemale);

// ₅L_x groups 0–4, 5–9, … from single-year death probabilities q_x
// (x = 0 … ω; everyone left at ω+1 is closed out with one more half year):
// l_0 = 1, l_{x+1} = l_x (1 − q_x), L_x = (l_x + l_{x+1}) / 2, except
// L_0 = l_1 + 0.1 d_0 (infant deaths early in the year). Only ratios of these
// are used, so the radix does not matter.
Eigen::VectorXd fiveYearLFromQx(const Eigen::VectorXd &qx);

// Fallback where no life table is available: survival from the nation's own
// cohort change between two censuses (ratio = P_{a+1}(t+5) / P_a(t), capped at
// 1). It includes net international migration and census coverage changes,
// so it is an approximation; prefer a life table.
SurvivalRatios survivalFromCohortChange(const Eigen::RowVectorXd &nationStartMale,
                                        const Eigen::RowVectorXd &nationEndMale,
                                        const Eigen::RowVectorXd &nationStartFemale,
                                        const Eigen::RowVectorXd &nationEndFemale);

// Regional rates held by the projection (rows = regions).
struct ProjectionRates
{
    // 純移動率: net migrants of the cohort over 5 years ÷ the cohort at the
    // start, as 社人研 defines it: P_{a+1}(t+5) = P_a(t) (s_a + m_a).
    // Column a = 0 … 15: cohort class a → a+1; column 16: the cohort aged 80+
    // (80–84 and 85+) → 85+, i.e.
    // P_85+(t+5) = P_80–84 s_16 + P_85+ s_17 + m_16 (P_80–84 + P_85+).
    Eigen::MatrixXd migrationMale;    // regions × kMigrationClasses
    Eigen::MatrixXd migrationFemale;
    // The same rates for all regions together (Σ net migrants ÷ Σ cohort at
    // the start): what the regions' net migration sums to, i.e. the area's
    // net migration with the outside (for the 47 prefectures: international).
    // Used by ProjectionConfig::balanceMigration.
    Eigen::RowVectorXd aggregateMigrationMale;    // kMigrationClasses
    Eigen::RowVectorXd aggregateMigrationFemale;
    // 子ども女性比: population 0–4 (both sexes) ÷ women 15–49, same census.
    Eigen::VectorXd childWomanRatio;
    // Share of boys among the 0–4 (from the 0–4 sex ratio).
    Eigen::VectorXd maleShare0to4;

    Eigen::Index regions() const { return childWomanRatio.size(); }
};

// One observed period for the rates: two censuses 5 years apart (年齢不詳
// distributed), and the survival over that period.
struct RatePeriod
{
    AgeSexTable start;
    AgeSexTable end;
    SurvivalRatios survival;
};

struct RateEstimationResult
{
    ProjectionRates rates;
    std::vector<Warning> warnings;
};

// Net migration rates averaged (equal weights) over the given periods, e.g.
// {2010→2015} alone, or {2005→2010, 2010→2015} to damp a one-off shock such as
// 2011 for 福島県; the child-woman ratio and the 0–4 sex split from the end
// census of the LAST period (the most recent). The aggregate rates are
// averaged the same way over the regions that have a table. Every period must
// have the same regions in the same order.
// Data handling (each reported as a warning): a cohort that is empty at the
// start gives no rate, the period is left out of that cell's average (rate 0
// if no period has one); a region with NaN in any table, no women 15–49 or no
// 0–4 gets NaN rates and is not projected (projection.h says so again).
RateEstimationResult estimateRates(const std::vector<RatePeriod> &periods);

} // namespace regionlens::analysis
