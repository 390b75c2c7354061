// SPDX-License-Identifier: GPL-3.0-or-later
// 将来人口推計: cohort-component projection by sex and 5-year age (0–4 …
// 80–84, 85+ open) in 5-year steps, for many regions at once, with the
// 人口ビジョン scenarios (rates held, fertility to a target TFR, net migration
// to zero, user paths).
//
// Method (as 国立社会保障・人口問題研究所 describes its regional projections):
//   1. 年齢不詳 distributed over the ages first (distributeUnknownAge);
//   2. ages 5+ : P_{a+1}(t+5) = P_a(t) (s_a(t) + k(t) m_a),
//      open class P_85+(t+5) = P_80–84 s_16 + P_85+ s_17 + k m_16 (P_80–84 + P_85+),
//      s = survival ratios of the step (national life table, projected
//      mortality), m = the region's net migration rates (純移動率, estimated as
//      cohort change beyond survival, projectionrates.h), k = the scenario's
//      migration factor (1 = held);
//   3. 0–4 at t+5 = 子ども女性比 × f(t) × women 15–49 at t+5, split by the
//      region's 0–4 sex ratio; f = the scenario's fertility factor (1 = held;
//      TFR(t)/TFR(base) for a TFR target);
//   4. net migration balanced over the projected regions (default): each
//      cohort's regional net migrants are shifted, in proportion to their
//      size, so that they add up to the aggregate rate of the rate period
//      times the regions' cohort (for the 47 prefectures: international
//      migration only). Without it, rates applied to populations that grow
//      (in-migrant regions) and shrink (out-migrant regions) create people:
//      the sum of the prefectures would exceed the nation by about 1 % in
//      2045 (2010→2015 rates, test_projection_realdata.cpp);
//   5. optionally every region scaled so that their sum equals a given
//      national total (all ages and sexes by one factor per year).
// Never a negative population: a cell that the rates would drive below 0 is
// set to 0 and reported. A region without an age table or rates is NaN in
// every output and named in a warning (never a silent NaN).
//
// Eigen and the C++ standard library only.
#pragma once

#include "analysiscommon.h"
#include "projectionrates.h"

#include <Eigen/Core>

#include <map>
#include <string>
#include <vector>

namespace regionlens::analysis {

// A piecewise-linear path over calendar years: value(year) interpolates
// between the points and is constant before the first and after the last.
// Empty = the default value everywhere.
struct YearPath
{
    std::vector<double> years;   // ascending
    std::vector<double> values;  // same size

    bool empty() const { return years.empty(); }
    bool isValid() const;  // same sizes, ascending years, finite values
    double valueAt(double year, double defaultValue = 1.0) const;
};

// One scenario. Fertility and migration assumptions combine: the fertility
// factor is (TFR target part) × fertilityFactor, the migration factor is
// (zero-migration part) × migrationFactor. Each applies to a 5-year step at
// its middle (t + 2.5).
struct ProjectionScenario
{
    std::string name = "baseline";

    // Fertility to a target: each region's TFR moves linearly from its own
    // current TFR (ProjectionInput::currentTfr) in the base year to targetTfr
    // in targetTfrYear and stays there; the child-woman ratio is scaled in
    // proportion, by TFR(t) / TFR(base). NaN = fertility held.
    double targetTfr = kNaN;
    double targetTfrYear = 2040;
    // User path: a factor on the child-woman ratio by year (1 = held).
    YearPath fertilityFactor;

    // Net migration zero from this year on (a step that straddles it keeps
    // the part before). NaN = never.
    double zeroMigrationFrom = kNaN;
    // User path: a factor on the net migration rates by year (1 = held,
    // 0.5 = half, 0 = none).
    YearPath migrationFactor;
};

// The four standard 人口ビジョン scenarios, named as the CLI's --scenario values:
// "baseline" (パターン1: rates held), "fertility" (シミュレーション1: TFR to
// tfrTarget by tfrYear), "zero-migration" (net migration 0 from
// migrationZeroFrom), "fertility+zero-migration" (シミュレーション2).
std::vector<ProjectionScenario> standardScenarios(double tfrTarget = 2.07, double tfrYear = 2040,
                                                  double migrationZeroFrom = 2025);

struct ProjectionInput
{
    int baseYear = 2015;
    // Base population, regions × 18 per sex, 年齢不詳 already distributed.
    AgeSexTable base;
    // Rates of the same regions in the same order (estimateRates).
    ProjectionRates rates;
    // Survival for each step: survival[k] applies from baseYear + 5k to
    // baseYear + 5k + 5 (mortality improvement). Shorter than the number of
    // steps: the last one is held. Must not be empty.
    std::vector<SurvivalRatios> survival;
    // Each region's TFR in the base year (e.g. SSDSE-B 合計特殊出生率); needed
    // only by scenarios with a targetTfr. Empty or NaN: that region's
    // fertility target cannot be applied (reported; fertility held).
    Eigen::VectorXd currentTfr;
};

struct ProjectionConfig
{
    int horizon = 2045;  // last year; baseYear + a multiple of 5, at most baseYear + 100
    std::vector<ProjectionScenario> scenarios = {ProjectionScenario{}};
    // Step 4 above; needs ProjectionRates::aggregateMigration* (a warning and
    // no balancing without them). With one region it changes nothing.
    bool balanceMigration = true;
    // Optional national control: year → total population; in those years every
    // region is scaled by one factor so that the regions sum to the total, and
    // the scaled population is carried forward. Empty = no scaling.
    std::map<int, double> nationalTotal;
};

// Outputs of one scenario. Matrices are regions × years (column j = years[j],
// column 0 = the base year). Shares and indices are in percent.
struct ScenarioProjection
{
    std::string name;
    std::vector<int> years;                 // baseYear, baseYear + 5, …, horizon
    std::vector<AgeSexTable> population;    // one table per year (regions × 18 per sex)

    Eigen::MatrixXd total;                  // all ages, both sexes
    Eigen::MatrixXd male;                   // all ages
    Eigen::MatrixXd female;
    Eigen::MatrixXd age0to14;               // counts
    Eigen::MatrixXd age15to64;
    Eigen::MatrixXd age65plus;
    Eigen::MatrixXd age75plus;
    Eigen::MatrixXd share0to14;             // % of total
    Eigen::MatrixXd share15to64;
    Eigen::MatrixXd share65plus;            // 高齢化率
    Eigen::MatrixXd share75plus;
    Eigen::MatrixXd dependencyRatio;        // 従属人口指数 = (0–14 + 65+) / 15–64 × 100
    Eigen::MatrixXd index;                  // total / total in the base year × 100

    // Column of a year in the matrices, -1 if not projected.
    Eigen::Index yearColumn(int year) const;
};

struct ProjectionResult
{
    std::vector<ScenarioProjection> scenarios;  // in the order of config.scenarios
    std::vector<char> projected;                // per region: 1 = projected, 0 = NaN (see warnings)
    std::vector<Warning> warnings;
    bool cancelled = false;

    const ScenarioProjection *scenario(const std::string &name) const;
};

// Projects every region under every scenario. Bad input (shapes, survival,
// horizon) gives an empty result with an Error warning. Progress is reported
// per scenario step; returning false cancels (result.cancelled, partial
// results dropped).
ProjectionResult projectPopulation(const ProjectionInput &input, const ProjectionConfig &config = {},
                                   const ProgressFn &progress = {});

// The same into *result, reusing its matrices where they have the shape
// needed (a recomputation after a scenario change): the figures are those of
// the function above. Fresh memory is what makes a large projection slow
// (1,741 regions × 4 scenarios to 2070 write about 26 MB of results; the
// page faults of new allocations cost more than the arithmetic), so a caller
// that recomputes keeps its result and passes it back here.
void projectPopulation(const ProjectionInput &input, const ProjectionConfig &config, ProjectionResult *result,
                       const ProgressFn &progress = {});

} // namespace regionlens::analysis
