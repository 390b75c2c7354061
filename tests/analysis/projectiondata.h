// SPDX-License-Identifier: GPL-3.0-or-later
// Test-side readers and backtest for the population projection, in plain C++
// (no Qt) so that the test (test_projection_realdata.cpp) and the validation
// tool (bench/projection_validation.cpp) share one definition:
//  - the census by prefecture × sex × 5-year age, 1920–2015
//    (../shared/data/pop_pref_age_sex_census_1920_2015/utf8/c03.utf8.csv);
//  - the 2020 national life table and the projected mortality 2019–2070
//    (../shared/data/life_tables_national_2020/), turned into period survival;
//  - the naive baseline (cohort change ratios of the last period held) and
//    the backtest errors against a later census.
// The analysis library never reads files; this header lives in tests/ only.
#pragma once

#include "analysis/projection.h"

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace regionlens::test::projection {

using namespace regionlens::analysis;

// ---------------------------------------------------------------- CSV basics

inline std::vector<std::string> splitCsvLine(std::string line)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.rfind("\xEF\xBB\xBF", 0) == 0)
        line.erase(0, 3);
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ','))
        fields.push_back(field);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

inline double parseNumber(std::string s)
{
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    if (s.empty())
        return kNaN;
    try {
        std::size_t used = 0;
        const double v = std::stod(s, &used);
        return used == s.size() ? v : kNaN;
    } catch (...) {
        return kNaN;
    }
}

// ------------------------------------------------------------------- census

// One census year for the 47 prefectures: the published 5-year classes
// (NaN where a class is not published that year, e.g. 85+ before 1975 or the
// 数え年 classes of 1945), the 総数 per sex (including 年齢不詳), and the
// classes with 年齢不詳 distributed.
struct CensusYear
{
    AgeSexTable classes;
    Eigen::VectorXd totalMale;
    Eigen::VectorXd totalFemale;
    AgeSexTable distributed;
};

struct CensusSeries
{
    std::vector<std::string> codes;  // "01" … "47"
    std::vector<std::string> names;
    std::map<int, CensusYear> years;
    std::string error;

    const CensusYear *year(int y) const
    {
        const auto it = years.find(y);
        return it == years.end() ? nullptr : &it->second;
    }
};

// Class index of a c03 age label ("0～4歳" … "80～84歳", "85歳以上"), -1 = other.
inline int censusAgeClass(const std::string &label)
{
    if (label == "85歳以上")
        return int(kOpenAgeClass);
    for (int a = 0; a < int(kOpenAgeClass); ++a) {
        if (label == std::to_string(5 * a) + "～" + std::to_string(5 * a + 4) + "歳")
            return a;
    }
    return -1;
}

inline CensusSeries readCensus(const std::string &path, int fromYear = 1990)
{
    CensusSeries series;
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        series.error = "cannot open " + path;
        return series;
    }
    std::string line;
    std::getline(file, line);  // header
    struct Raw
    {
        std::array<double, kProjectionAges> male, female;
        double totalMale = kNaN, totalFemale = kNaN;
    };
    std::map<int, std::map<std::string, Raw>> raw;
    std::map<std::string, std::string> names;
    while (std::getline(file, line)) {
        const std::vector<std::string> f = splitCsvLine(line);
        if (f.size() < 9)
            continue;
        const int year = int(parseNumber(f[5]));
        if (year < fromYear)
            continue;
        names[f[0]] = f[1];
        auto [it, inserted] = raw[year].try_emplace(f[0]);
        if (inserted) {
            it->second.male.fill(kNaN);
            it->second.female.fill(kNaN);
        }
        if (f[2] == "総数") {
            it->second.totalMale = parseNumber(f[7]);
            it->second.totalFemale = parseNumber(f[8]);
        } else if (const int a = censusAgeClass(f[2]); a >= 0) {
            it->second.male[std::size_t(a)] = parseNumber(f[7]);
            it->second.female[std::size_t(a)] = parseNumber(f[8]);
        }
    }
    for (const auto &[code, name] : names) {
        series.codes.push_back(code);
        series.names.push_back(name);
    }
    const Eigen::Index n = Eigen::Index(series.codes.size());
    for (const auto &[year, byCode] : raw) {
        CensusYear cy;
        cy.classes = AgeSexTable{Eigen::MatrixXd::Constant(n, kProjectionAges, kNaN),
                                 Eigen::MatrixXd::Constant(n, kProjectionAges, kNaN)};
        cy.totalMale = Eigen::VectorXd::Constant(n, kNaN);
        cy.totalFemale = Eigen::VectorXd::Constant(n, kNaN);
        for (Eigen::Index r = 0; r < n; ++r) {
            const auto it = byCode.find(series.codes[std::size_t(r)]);
            if (it == byCode.end())
                continue;
            for (Eigen::Index a = 0; a < kProjectionAges; ++a) {
                cy.classes.male(r, a) = it->second.male[std::size_t(a)];
                cy.classes.female(r, a) = it->second.female[std::size_t(a)];
            }
            cy.totalMale(r) = it->second.totalMale;
            cy.totalFemale(r) = it->second.totalFemale;
        }
        cy.distributed = distributeUnknownAge(cy.classes, cy.totalMale, cy.totalFemale);
        series.years.emplace(year, std::move(cy));
    }
    if (series.codes.empty())
        series.error = "no census rows read from " + path;
    return series;
}

// The nation as one region: the column sums of the prefectures.
inline AgeSexTable sumOfRegions(const AgeSexTable &t)
{
    return {t.male.colwise().sum(), t.female.colwise().sum()};
}

// ---------------------------------------------------------------- mortality

// The 2020 life table's q_x (ages 0–100) and the projected mortality
// 2019–2070 (QX-M2023.csv: values × 100,000 in the pension valuation's age
// convention, column x ≥ 1 = (q_{x−1} + q_x)/2), per sex.
struct Mortality
{
    Eigen::VectorXd q2020Male, q2020Female;               // 101 ages
    std::map<int, Eigen::VectorXd> projMale, projFemale;  // year → columns 0 … 100
    std::string error;

    bool isValid() const { return error.empty() && q2020Male.size() == 101 && !projMale.empty(); }

    // Projected column ratio to 2020 at (fractional) year y; before 2019 the
    // 2020→2030 log-improvement is extrapolated backwards.
    Eigen::VectorXd improvement(const std::map<int, Eigen::VectorXd> &proj, double y) const
    {
        const Eigen::ArrayXd c20 = proj.at(2020).array();
        auto at = [&](int year) -> Eigen::ArrayXd { return proj.at(std::clamp(year, 2019, 2070)).array(); };
        Eigen::ArrayXd cy;
        if (y >= 2019.0) {
            const int y0 = int(std::floor(y));
            const double w = y - y0;
            cy = (1.0 - w) * at(y0) + w * at(y0 + 1);
        } else {
            cy = c20 * (at(2030) / c20).pow((y - 2020.0) / 10.0);
        }
        return (c20 > 0.0).select(cy / c20, 1.0).matrix();
    }

    // Survival over the 5-year period starting in `year`, from the life table
    // of the period's middle (year + 2.5): q_x(2020) × the projected ratio.
    SurvivalRatios periodSurvival(int year) const
    {
        const double mid = year + 2.5;
        const Eigen::VectorXd qm = q2020Male.cwiseProduct(improvement(projMale, mid)).cwiseMin(1.0);
        const Eigen::VectorXd qf = q2020Female.cwiseProduct(improvement(projFemale, mid)).cwiseMin(1.0);
        return survivalFromLifeTable(fiveYearLFromQx(qm), fiveYearLFromQx(qf));
    }
};

inline Mortality readMortality(const std::string &dir)
{
    Mortality m;
    m.q2020Male = Eigen::VectorXd::Constant(101, kNaN);
    m.q2020Female = Eigen::VectorXd::Constant(101, kNaN);
    std::ifstream lt(dir + "/original/life_table.csv", std::ios::binary);
    std::ifstream qx(dir + "/original/QX-M2023.csv", std::ios::binary);
    if (!lt || !qx) {
        m.error = "cannot open the life tables in " + dir;
        return m;
    }
    std::string line;
    std::getline(lt, line);
    while (std::getline(lt, line)) {
        const std::vector<std::string> f = splitCsvLine(line);
        if (f.size() < 5)
            continue;
        const int age = int(parseNumber(f[0]));
        if (age < 0 || age > 100)
            continue;
        (f[1] == "M" ? m.q2020Male : m.q2020Female)(age) = parseNumber(f[4]);
    }
    std::getline(qx, line);  // ",0,1,…,115"
    int rows = 0;
    int previousYear = 0;
    bool female = false;
    while (std::getline(qx, line)) {
        const std::vector<std::string> f = splitCsvLine(line);
        if (f.size() < 102)
            continue;
        const int year = 2000 + int(parseNumber(f[0]));
        if (year < previousYear)
            female = true;  // second block = female (PROVENANCE.md)
        previousYear = year;
        Eigen::VectorXd v(101);
        for (int x = 0; x <= 100; ++x)
            v(x) = parseNumber(f[std::size_t(x) + 1]);
        (female ? m.projFemale : m.projMale)[year] = v;
        ++rows;
    }
    if (rows != 104 || !m.q2020Male.allFinite() || !m.q2020Female.allFinite())
        m.error = "unexpected layout of the life tables in " + dir;
    return m;
}

// ----------------------------------------------------------------- backtest

// Naive baseline: the cohort change ratios of the last period held (ages 5+,
// P_{a+1}(t+5) = P_a(t) · P_{a+1}(t1)/P_a(t0); 85+ from the 80+ cohort) and
// 0–4 from the child-woman ratio of the last census by sex (the
// Hamilton-Perry method), 年齢不詳 distributed like the method's.
inline AgeSexTable naiveCohortChange(const AgeSexTable &t0, const AgeSexTable &t1, const AgeSexTable &base, int steps)
{
    auto ratios = [](const Eigen::MatrixXd &p0, const Eigen::MatrixXd &p1) {
        Eigen::MatrixXd r(p0.rows(), kMigrationClasses);
        for (Eigen::Index a = 0; a + 1 < kMigrationClasses; ++a)
            r.col(a) = p1.col(a + 1).cwiseQuotient(p0.col(a));
        r.col(kMigrationClasses - 1) =
            p1.col(kOpenAgeClass).cwiseQuotient(p0.col(kOpenAgeClass - 1) + p0.col(kOpenAgeClass));
        return r;
    };
    auto advance = [](const Eigen::MatrixXd &p, const Eigen::MatrixXd &r) {
        Eigen::MatrixXd n(p.rows(), kProjectionAges);
        for (Eigen::Index a = 0; a + 1 < kMigrationClasses; ++a)
            n.col(a + 1) = p.col(a).cwiseProduct(r.col(a));
        n.col(kOpenAgeClass) =
            (p.col(kOpenAgeClass - 1) + p.col(kOpenAgeClass)).cwiseProduct(r.col(kMigrationClasses - 1));
        return n;
    };
    const Eigen::MatrixXd rm = ratios(t0.male, t1.male);
    const Eigen::MatrixXd rf = ratios(t0.female, t1.female);
    const Eigen::VectorXd women1 = t1.female.middleCols(kFirstMotherClass, 7).rowwise().sum();
    const Eigen::VectorXd cwrMale = t1.male.col(0).cwiseQuotient(women1);
    const Eigen::VectorXd cwrFemale = t1.female.col(0).cwiseQuotient(women1);
    AgeSexTable p = base;
    for (int k = 0; k < steps; ++k) {
        AgeSexTable n{advance(p.male, rm), advance(p.female, rf)};
        const Eigen::VectorXd women = n.female.middleCols(kFirstMotherClass, 7).rowwise().sum();
        n.male.col(0) = cwrMale.cwiseProduct(women);
        n.female.col(0) = cwrFemale.cwiseProduct(women);
        p = std::move(n);
    }
    return p;
}

struct BacktestErrors
{
    Eigen::VectorXd totalError;     // % error of each region's total
    Eigen::VectorXd share65Error;   // percentage points, projected − actual 65+ share
    double meanAbsTotal = kNaN;     // %
    double maxAbsTotal = kNaN;      // %
    Eigen::Index worstRegion = -1;
    double meanTotal = kNaN;        // mean signed %, the bias
    double meanAbsShare65 = kNaN;   // points
    double maxAbsShare65 = kNaN;    // points
};

// Errors of a projected table against the census (totals include 年齢不詳;
// the 65+ share is taken over the distributed classes).
inline BacktestErrors backtestErrors(const AgeSexTable &projected, const CensusYear &actual)
{
    BacktestErrors e;
    const Eigen::VectorXd total = projected.male.rowwise().sum() + projected.female.rowwise().sum();
    const Eigen::VectorXd old = projected.male.rightCols(5).rowwise().sum() + projected.female.rightCols(5).rowwise().sum();
    const Eigen::VectorXd actualTotal = actual.totalMale + actual.totalFemale;
    const AgeSexTable &d = actual.distributed;
    const Eigen::VectorXd actualOld = d.male.rightCols(5).rowwise().sum() + d.female.rightCols(5).rowwise().sum();
    const Eigen::VectorXd actualAll = d.male.rowwise().sum() + d.female.rowwise().sum();
    e.totalError = ((total.array() / actualTotal.array()) - 1.0) * 100.0;
    e.share65Error = (old.array() / total.array() - actualOld.array() / actualAll.array()) * 100.0;
    e.meanAbsTotal = e.totalError.cwiseAbs().mean();
    e.maxAbsTotal = e.totalError.cwiseAbs().maxCoeff(&e.worstRegion);
    e.meanTotal = e.totalError.mean();
    e.meanAbsShare65 = e.share65Error.cwiseAbs().mean();
    e.maxAbsShare65 = e.share65Error.cwiseAbs().maxCoeff();
    return e;
}

struct Backtest
{
    int rateStart = 0;   // rates from rateStart → rateStart + 5
    int base = 0;        // base census
    int target = 0;      // compared census
    BacktestErrors method;
    BacktestErrors naive;
    std::vector<Warning> warnings;
    std::string error;
};

struct BacktestOptions
{
    // true: survival of each period from its own (projected) life table, so
    // mortality improves; false: the 2020 life table for every period.
    bool mortalityImprovement = true;
    // Net migration averaged over this many 5-year periods ending at
    // rateStart + 5 (1 = the last period only).
    int migrationPeriods = 1;
};

// Projects every prefecture from `base` to `target` with the rates of
// rateStart → rateStart + 5 (period survival from `mortality` for the rate
// period and for every projection step), and the naive baseline beside it.
inline Backtest runBacktest(const CensusSeries &census, const Mortality &mortality, int rateStart, int base,
                            int target, const BacktestOptions &options = {})
{
    Backtest b{rateStart, base, target, {}, {}, {}, {}};
    const CensusYear *r0 = census.year(rateStart);
    const CensusYear *r1 = census.year(rateStart + 5);
    const CensusYear *b0 = census.year(base);
    const CensusYear *actual = census.year(target);
    if (!r0 || !r1 || !b0 || !actual) {
        b.error = "a census year of the backtest is missing";
        return b;
    }
    // Without improvement: the table of 2018 → 2023, i.e. of mid-2020.
    auto survival = [&](int year) { return mortality.periodSurvival(options.mortalityImprovement ? year : 2018); };
    std::vector<RatePeriod> periods;
    for (int k = options.migrationPeriods - 1; k >= 0; --k) {
        const CensusYear *p0 = census.year(rateStart - 5 * k);
        const CensusYear *p1 = census.year(rateStart - 5 * k + 5);
        if (!p0 || !p1) {
            b.error = "a census year of the rate periods is missing";
            return b;
        }
        periods.push_back({p0->distributed, p1->distributed, survival(rateStart - 5 * k)});
    }
    RateEstimationResult rates = estimateRates(periods);
    ProjectionInput in;
    in.baseYear = base;
    in.base = b0->distributed;
    in.rates = rates.rates;
    for (int t = base; t < target; t += 5)
        in.survival.push_back(survival(t));
    ProjectionConfig config;
    config.horizon = target;
    ProjectionResult result = projectPopulation(in, config);
    b.warnings = rates.warnings;
    b.warnings.insert(b.warnings.end(), result.warnings.begin(), result.warnings.end());
    if (result.scenarios.empty()) {
        b.error = "the projection failed";
        return b;
    }
    b.method = backtestErrors(result.scenarios.front().population.back(), *actual);
    b.naive = backtestErrors(naiveCohortChange(r0->distributed, r1->distributed, b0->distributed,
                                               (target - base) / 5),
                             *actual);
    return b;
}

} // namespace regionlens::test::projection
