// SPDX-License-Identifier: GPL-3.0-or-later
// Cohort-component projection (analysis/projection.h, projectionrates.h) on
// hand-computed and synthetic inputs. The real-data checks and the backtests
// are in test_projection_realdata.cpp.
#include "analysis/projection.h"

#include "testhelpers.h"

#include <QTest>

#include <cmath>

using namespace regionlens::analysis;

Q_DECLARE_METATYPE(regionlens::analysis::ProjectionScenario)

namespace {

// Every class 100 per sex, one region.
AgeSexTable flatTable(Eigen::Index regions = 1, double value = 100.0)
{
    return {Eigen::MatrixXd::Constant(regions, kProjectionAges, value),
            Eigen::MatrixXd::Constant(regions, kProjectionAges, value)};
}

// s_a = 0.9 for a = 0 … 16, 85+ → 90+ = 0.5, both sexes.
SurvivalRatios simpleSurvival()
{
    Eigen::VectorXd s = Eigen::VectorXd::Constant(kProjectionAges, 0.9);
    s(kOpenAgeClass) = 0.5;
    return {s, s};
}

ProjectionRates simpleRates(Eigen::Index regions, double migration, double cwr = 0.2)
{
    return {Eigen::MatrixXd::Constant(regions, kMigrationClasses, migration),
            Eigen::MatrixXd::Constant(regions, kMigrationClasses, migration),
            Eigen::RowVectorXd::Constant(kMigrationClasses, migration),
            Eigen::RowVectorXd::Constant(kMigrationClasses, migration),
            Eigen::VectorXd::Constant(regions, cwr), Eigen::VectorXd::Constant(regions, 0.5)};
}

ProjectionConfig configTo(int horizon, std::vector<ProjectionScenario> scenarios = {ProjectionScenario{}})
{
    ProjectionConfig config;
    config.horizon = horizon;
    config.scenarios = std::move(scenarios);
    return config;
}

ProjectionInput simpleInput(Eigen::Index regions, double migration)
{
    ProjectionInput in;
    in.baseYear = 2015;
    in.base = flatTable(regions);
    in.rates = simpleRates(regions, migration);
    in.survival = {simpleSurvival()};
    in.currentTfr = Eigen::VectorXd::Constant(regions, 1.5);
    return in;
}

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind, Severity severity)
{
    for (const Warning &w : warnings) {
        if (w.kind == kind && w.severity == severity)
            return true;
    }
    return false;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void handComputedTwoSteps_data();
    void handComputedTwoSteps();
    void ratesRecoverTheirOwnProjection();
    void unknownAgeDistributed();
    void outputsAreConsistent();
    void scenarioDirections_data();
    void scenarioDirections();
    void standardScenariosAreNamed();
    void neverNegative();
    void regionWithoutAgeTable();
    void nationalScaling();
    void migrationBalanced();
    void badInput_data();
    void badInput();
    void cancel();
    void yearPath();
    void survivalFromQx();
};

// Hand computation (one region, both sexes alike, s_a = 0.9, s_85+ = 0.5,
// child-woman ratio 0.2, half the 0–4 boys; base: 100 in each of the 18 classes).
//
// m = 0 (zero migration):
//   2020: 5–9 … 80–84 = 100 × 0.9 = 90; 85+ = 100 × 0.9 + 100 × 0.5 = 140;
//         women 15–49 = 7 × 90 = 630 → 0–4 = 0.2 × 630 = 126 → 63 per sex.
//   2025: 5–9 = 63 × 0.9 = 56.7; 10–14 … 80–84 = 90 × 0.9 = 81;
//         85+ = 90 × 0.9 + 140 × 0.5 = 151; women 15–49 = 7 × 81 = 567
//         → 0–4 = 113.4 → 56.7 per sex.
//   Per sex 2025: 56.7 + 56.7 + 15 × 81 + 151 = 1,479.4; total 2,958.8.
// m = +0.1 (every cohort gains 10 % of its start size):
//   2020: 5–9 … 80–84 = 100 × (0.9 + 0.1) = 100; 85+ = 90 + 50 + 0.1 × 200 = 160;
//         women 15–49 = 700 → 0–4 = 140 → 70 per sex.
//   2025: 5–9 = 70; 10–14 … 80–84 = 100; 85+ = 90 + 80 + 0.1 × 260 = 196;
//         0–4 = 0.2 × 700 = 140 → 70 per sex.
//   Per sex 2025: 70 + 70 + 15 × 100 + 196 = 1,836; total 3,672.
void TestProjection::handComputedTwoSteps_data()
{
    QTest::addColumn<double>("migration");
    QTest::addColumn<double>("age0_2020");
    QTest::addColumn<double>("open2020");
    QTest::addColumn<double>("age5_2025");
    QTest::addColumn<double>("age10_2025");
    QTest::addColumn<double>("open2025");
    QTest::addColumn<double>("age0_2025");
    QTest::addColumn<double>("total2025");
    QTest::newRow("zero migration") << 0.0 << 63.0 << 140.0 << 56.7 << 81.0 << 151.0 << 56.7 << 2958.8;
    QTest::newRow("net migration +10 %") << 0.1 << 70.0 << 160.0 << 70.0 << 100.0 << 196.0 << 70.0 << 3672.0;
}

void TestProjection::handComputedTwoSteps()
{
    QFETCH(double, migration);
    QFETCH(double, age0_2020);
    QFETCH(double, open2020);
    QFETCH(double, age5_2025);
    QFETCH(double, age10_2025);
    QFETCH(double, open2025);
    QFETCH(double, age0_2025);
    QFETCH(double, total2025);
    ProjectionConfig config;
    config.horizon = 2025;
    const ProjectionResult r = projectPopulation(simpleInput(1, migration), config);
    QVERIFY(r.warnings.empty());
    QCOMPARE(r.scenarios.size(), std::size_t(1));
    const ScenarioProjection &sp = r.scenarios.front();
    QCOMPARE(sp.years, (std::vector<int>{2015, 2020, 2025}));
    for (const Eigen::MatrixXd *m : {&sp.population[1].male, &sp.population[1].female}) {
        RL_COMPARE_NEAR((*m)(0, 0), age0_2020, 1e-12);
        RL_COMPARE_NEAR((*m)(0, kOpenAgeClass), open2020, 1e-12);
    }
    for (const Eigen::MatrixXd *m : {&sp.population[2].male, &sp.population[2].female}) {
        RL_COMPARE_NEAR((*m)(0, 0), age0_2025, 1e-12);
        RL_COMPARE_NEAR((*m)(0, 1), age5_2025, 1e-12);
        for (Eigen::Index a = 2; a < kOpenAgeClass; ++a)
            RL_COMPARE_NEAR((*m)(0, a), age10_2025, 1e-12);
        RL_COMPARE_NEAR((*m)(0, kOpenAgeClass), open2025, 1e-12);
    }
    RL_COMPARE_NEAR(sp.total(0, 2), total2025, 1e-12);
    RL_COMPARE_NEAR(sp.index(0, 2), total2025 / 3600.0 * 100.0, 1e-12);
}

// Rates estimated from a census pair that the projection itself produced give
// back the rates used (zero migration here), the child-woman ratio and the
// 0–4 split.
void TestProjection::ratesRecoverTheirOwnProjection()
{
    ProjectionInput in = simpleInput(2, 0.0);
    in.rates.migrationMale(1, 4) = -0.05;     // one cohort of region 1 loses 5 %
    in.rates.migrationFemale(1, 16) = 0.02;   // and the 80+ women gain 2 %
    in.rates.maleShare0to4(1) = 0.52;
    ProjectionConfig config = configTo(2020);
    config.balanceMigration = false;  // the rates as given, not shifted to the aggregate
    const ProjectionResult r = projectPopulation(in, config);
    const RateEstimationResult est =
        estimateRates({{r.scenarios[0].population[0], r.scenarios[0].population[1], simpleSurvival()}});
    QVERIFY(est.warnings.empty());
    QVERIFY((est.rates.migrationMale - in.rates.migrationMale).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY((est.rates.migrationFemale - in.rates.migrationFemale).cwiseAbs().maxCoeff() < 1e-12);
    RL_COMPARE_NEAR(est.rates.childWomanRatio(0), 0.2, 1e-12);
    RL_COMPARE_NEAR(est.rates.childWomanRatio(1), 0.2, 1e-12);
    RL_COMPARE_NEAR(est.rates.maleShare0to4(1), 0.52, 1e-12);

    // Averaging over two periods: the mean of the two periods' rates.
    AgeSexTable grown = r.scenarios[0].population[1];
    grown.male.col(5) *= 1.1;  // the 25–29 men at the end of the second period: 10 % more
    const RateEstimationResult two = estimateRates({{r.scenarios[0].population[0], r.scenarios[0].population[1],
                                                     simpleSurvival()},
                                                    {r.scenarios[0].population[0], grown, simpleSurvival()}});
    // Period 2: cohort 20–24 (100 at the start) → 25–29 = 90 × 1.1 = 99 → m = (99 − 90) / 100 = 0.09;
    // period 1: m = 0 → mean 0.045 (region 0).
    RL_COMPARE_NEAR(two.rates.migrationMale(0, 4), 0.045, 1e-12);
}

void TestProjection::unknownAgeDistributed()
{
    AgeSexTable classes = flatTable(3);
    classes.male(2, 0) = kNaN;  // region 2: no age table
    const Eigen::VectorXd totalMale = (Eigen::VectorXd(3) << 1890.0, 1700.0, 2000.0).finished();  // 1,800 known
    const Eigen::VectorXd totalFemale = (Eigen::VectorXd(3) << 1800.0, kNaN, 2000.0).finished();
    std::vector<Warning> warnings;
    const AgeSexTable d = distributeUnknownAge(classes, totalMale, totalFemale, &warnings);
    // Region 0: 90 men of unknown age spread in proportion: every class × 1.05.
    RL_COMPARE_NEAR(d.male(0, 7), 105.0, 1e-12);
    RL_COMPARE_NEAR(d.male.row(0).sum(), 1890.0, 1e-12);
    RL_COMPARE_NEAR(d.female.row(0).sum(), 1800.0, 1e-12);
    // Region 1: total below the classes (an error, reported, row kept); no female total: kept.
    RL_COMPARE_NEAR(d.male.row(1).sum(), 1800.0, 1e-12);
    RL_COMPARE_NEAR(d.female.row(1).sum(), 1800.0, 1e-12);
    QVERIFY(hasWarning(warnings, WarningKind::InvalidInput, Severity::Warning));
    QCOMPARE(warnings.front().row, Eigen::Index(1));
    QVERIFY(std::isnan(d.male(2, 0)));
}

void TestProjection::outputsAreConsistent()
{
    ProjectionInput in = simpleInput(2, 0.0);
    in.base.female.row(1) *= 1.3;
    in.rates.migrationMale.row(1).setConstant(-0.02);
    ProjectionConfig config;
    config.horizon = 2070;
    const ProjectionResult r = projectPopulation(in, config);
    const ScenarioProjection &sp = r.scenarios.front();
    QCOMPARE(sp.years.back(), 2070);
    QCOMPARE(sp.total.cols(), Eigen::Index(12));
    QCOMPARE(sp.yearColumn(2045), Eigen::Index(6));
    QCOMPARE(sp.yearColumn(2047), Eigen::Index(-1));
    for (Eigen::Index r2 = 0; r2 < 2; ++r2) {
        RL_COMPARE_NEAR(sp.index(r2, 0), 100.0, 1e-12);
        for (Eigen::Index j = 0; j < sp.total.cols(); ++j) {
            RL_COMPARE_NEAR(sp.share0to14(r2, j) + sp.share15to64(r2, j) + sp.share65plus(r2, j), 100.0, 1e-12);
            RL_COMPARE_NEAR(sp.male(r2, j) + sp.female(r2, j), sp.total(r2, j), 1e-12);
            RL_COMPARE_NEAR(sp.dependencyRatio(r2, j),
                            (sp.age0to14(r2, j) + sp.age65plus(r2, j)) / sp.age15to64(r2, j) * 100.0, 1e-12);
            QVERIFY(sp.age75plus(r2, j) <= sp.age65plus(r2, j));
        }
    }
    // Base year: 3 of 18 classes are 0–14, 5 are 65+ (region 0, flat).
    RL_COMPARE_NEAR(sp.share0to14(0, 0), 100.0 * 3 / 18, 1e-12);
    RL_COMPARE_NEAR(sp.share65plus(0, 0), 100.0 * 5 / 18, 1e-12);
    RL_COMPARE_NEAR(sp.share75plus(0, 0), 100.0 * 3 / 18, 1e-12);
}

// A region with net in-migration (+3 % per cohort) and one with out-migration
// (−3 %), TFR 1.5 now: how each scenario moves the 2045 total and, for the
// fertility assumptions, the 0–14 share against the baseline (+1 = up,
// −1 = down, 0 = unchanged; the migration scenarios move the age structure in
// both directions, so their 0–14 share is not asserted).
void TestProjection::scenarioDirections_data()
{
    QTest::addColumn<ProjectionScenario>("scenario");
    QTest::addColumn<int>("totalInMigrant");
    QTest::addColumn<int>("totalOutMigrant");
    QTest::addColumn<int>("childShare");  // 2 = not asserted
    ProjectionScenario s;
    s.name = "tfr up";
    s.targetTfr = 2.07;
    s.targetTfrYear = 2040;
    QTest::newRow("TFR 1.5 → 2.07 by 2040") << s << 1 << 1 << 1;
    s.name = "tfr down";
    s.targetTfr = 1.2;
    QTest::newRow("TFR 1.5 → 1.2 by 2040") << s << -1 << -1 << -1;
    s = {};
    s.name = "tfr held";
    s.targetTfr = 1.5;
    QTest::newRow("TFR target = current") << s << 0 << 0 << 0;
    s = {};
    s.name = "zero";
    s.zeroMigrationFrom = 2020;
    QTest::newRow("zero migration from 2020") << s << -1 << 1 << 2;
    s = {};
    s.name = "half";
    s.migrationFactor = {{2015, 2030}, {1.0, 0.5}};
    QTest::newRow("migration halved by 2030 (user path)") << s << -1 << 1 << 2;
    s = {};
    s.name = "more children";
    s.fertilityFactor = {{2020}, {1.1}};
    QTest::newRow("child-woman ratio +10 % (user path)") << s << 1 << 1 << 1;
}

void TestProjection::scenarioDirections()
{
    QFETCH(ProjectionScenario, scenario);
    QFETCH(int, totalInMigrant);
    QFETCH(int, totalOutMigrant);
    QFETCH(int, childShare);
    ProjectionInput in = simpleInput(2, 0.0);
    in.rates.migrationMale.row(0).setConstant(0.03);
    in.rates.migrationFemale.row(0).setConstant(0.03);
    in.rates.migrationMale.row(1).setConstant(-0.03);
    in.rates.migrationFemale.row(1).setConstant(-0.03);
    ProjectionConfig config;
    config.scenarios = {ProjectionScenario{}, scenario};
    const ProjectionResult r = projectPopulation(in, config);
    QVERIFY(r.warnings.empty());
    const Eigen::Index j = r.scenarios[0].yearColumn(2045);
    auto sign = [](double d) { return std::abs(d) < 1e-9 ? 0 : (d > 0 ? 1 : -1); };
    const ScenarioProjection &base = r.scenarios[0];
    const ScenarioProjection &other = r.scenarios[1];
    QCOMPARE(sign(other.total(0, j) - base.total(0, j)), totalInMigrant);
    QCOMPARE(sign(other.total(1, j) - base.total(1, j)), totalOutMigrant);
    if (childShare != 2)
        QCOMPARE(sign(other.share0to14(1, j) - base.share0to14(1, j)), childShare);
    // The base year is the same in every scenario.
    QCOMPARE(other.total.col(0), base.total.col(0));
}

void TestProjection::standardScenariosAreNamed()
{
    const std::vector<ProjectionScenario> s = standardScenarios(1.8, 2030, 2025);
    QCOMPARE(s.size(), std::size_t(4));
    QCOMPARE(s[0].name, std::string("baseline"));
    QCOMPARE(s[3].name, std::string("fertility+zero-migration"));
    ProjectionInput in = simpleInput(1, -0.02);
    ProjectionConfig config;
    config.scenarios = s;
    const ProjectionResult r = projectPopulation(in, config);
    QVERIFY(r.scenario("zero-migration") != nullptr);
    QVERIFY(r.scenario("nonsense") == nullptr);
    const Eigen::Index j = r.scenarios[0].yearColumn(2045);
    // Out-migrant region, TFR 1.5 → 1.8: each scenario adds to the one before.
    QVERIFY(r.scenario("baseline")->total(0, j) < r.scenario("fertility")->total(0, j));
    QVERIFY(r.scenario("fertility")->total(0, j) < r.scenario("fertility+zero-migration")->total(0, j));
    QVERIFY(r.scenario("zero-migration")->total(0, j) < r.scenario("fertility+zero-migration")->total(0, j));
    // A step that straddles the start of zero migration keeps the part before
    // it: 2025 is a step boundary, so 2015→2025 is as in the baseline.
    const Eigen::Index j2025 = r.scenarios[0].yearColumn(2025);
    RL_COMPARE_NEAR(r.scenario("zero-migration")->total(0, j2025), r.scenario("baseline")->total(0, j2025), 1e-12);
}

void TestProjection::neverNegative()
{
    ProjectionInput in = simpleInput(1, 0.0);
    in.rates.migrationMale(0, 5) = -0.95;  // more leave than survive (s = 0.9)
    ProjectionScenario doubled;
    doubled.name = "doubled";
    doubled.migrationFactor = {{2015}, {2.0}};
    ProjectionConfig config = configTo(2045, {ProjectionScenario{}, doubled});
    config.balanceMigration = false;  // one region: its own rate, not the aggregate given
    const ProjectionResult r = projectPopulation(in, config);
    for (const ScenarioProjection &sp : r.scenarios) {
        for (const AgeSexTable &t : sp.population) {
            QVERIFY(t.male.allFinite() && t.female.allFinite());
            QVERIFY((t.male.array() >= 0.0).all() && (t.female.array() >= 0.0).all());
        }
    }
    QCOMPARE(r.scenarios[0].population[1].male(0, 6), 0.0);
    QVERIFY(hasWarning(r.warnings, WarningKind::NegativeValue, Severity::Warning));
}

void TestProjection::regionWithoutAgeTable()
{
    ProjectionInput in = simpleInput(3, 0.0);
    in.base.male(1, 4) = kNaN;                  // region 1: no base age table
    in.rates.childWomanRatio(2) = kNaN;         // region 2: no rates
    const ProjectionResult r = projectPopulation(in);
    QCOMPARE(r.projected, (std::vector<char>{1, 0, 0}));
    const ScenarioProjection &sp = r.scenarios.front();
    QVERIFY(sp.total.row(0).allFinite());
    QVERIFY(sp.total.row(1).array().isNaN().all());
    QVERIFY(sp.share65plus.row(2).array().isNaN().all());
    int messages = 0;
    for (const Warning &w : r.warnings) {
        if (w.kind == WarningKind::MissingValue) {
            ++messages;
            QVERIFY(w.message.find("not projected") != std::string::npos);
            QVERIFY(w.row == 1 || w.row == 2);
        }
    }
    QCOMPARE(messages, 2);

    // Rates from a census pair where region 1 lacks its table.
    AgeSexTable start = flatTable(2);
    start.female(1, 3) = kNaN;
    const RateEstimationResult est = estimateRates({{start, flatTable(2), simpleSurvival()}});
    QVERIFY(std::isnan(est.rates.childWomanRatio(1)));
    QVERIFY(est.rates.migrationMale.row(1).array().isNaN().all());
    QVERIFY(est.rates.migrationMale.row(0).allFinite());
    QVERIFY(hasWarning(est.warnings, WarningKind::MissingValue, Severity::Warning));
}

void TestProjection::nationalScaling()
{
    ProjectionInput in = simpleInput(3, 0.01);
    in.base.male.row(2) *= 2.0;
    in.base.female(1, 0) = kNaN;  // not projected: left out of the control sum
    ProjectionConfig config;
    config.horizon = 2030;
    config.nationalTotal = {{2025, 5000.0}, {2030, 4000.0}};
    const ProjectionResult r = projectPopulation(in, config);
    const ScenarioProjection &sp = r.scenarios.front();
    const ProjectionResult unscaled = projectPopulation(in, configTo(2030));
    // 2020 is not controlled; 2025 and 2030 sum to the given totals.
    RL_COMPARE_NEAR(sp.total(0, 1), unscaled.scenarios[0].total(0, 1), 1e-12);
    RL_COMPARE_NEAR(sp.total(0, 2) + sp.total(2, 2), 5000.0, 1e-12);
    RL_COMPARE_NEAR(sp.total(0, 3) + sp.total(2, 3), 4000.0, 1e-12);
    // One factor for all regions: their ratio is kept.
    RL_COMPARE_NEAR(sp.total(2, 2) / sp.total(0, 2),
                    unscaled.scenarios[0].total(2, 2) / unscaled.scenarios[0].total(0, 2), 1e-12);
    QVERIFY(std::isnan(sp.total(1, 2)));
}

// Two regions of equal size exchange people: A gains 5 % of each cohort, B
// loses 5 % (aggregate rate 0). Unbalanced, A's gain grows with A and B's
// loss shrinks with B, so the pair gains people over the steps; balanced,
// the pair's total is that of the projection without migration in every year
// (equal child-woman ratios and sex splits, so births add up as well).
void TestProjection::migrationBalanced()
{
    ProjectionInput in = simpleInput(2, 0.0);
    in.rates.migrationMale.row(0).setConstant(0.05);
    in.rates.migrationFemale.row(0).setConstant(0.05);
    in.rates.migrationMale.row(1).setConstant(-0.05);
    in.rates.migrationFemale.row(1).setConstant(-0.05);
    ProjectionScenario none;
    none.name = "none";
    none.zeroMigrationFrom = 2015;
    ProjectionConfig config = configTo(2045, {ProjectionScenario{}, none});
    const ProjectionResult balanced = projectPopulation(in, config);
    config.balanceMigration = false;
    const ProjectionResult unbalanced = projectPopulation(in, config);
    QVERIFY(balanced.warnings.empty());
    const ScenarioProjection &noMigration = balanced.scenarios[1];
    for (Eigen::Index j = 1; j < noMigration.total.cols(); ++j) {
        const double closed = noMigration.total.col(j).sum();
        RL_COMPARE_NEAR(balanced.scenarios[0].total.col(j).sum(), closed, 1e-12);
        if (j >= 2)  // the first step is balanced already (equal regions), see below
            QVERIFY(unbalanced.scenarios[0].total.col(j).sum() > closed * (1.0 + 1e-6));
        // A still gains and B still loses.
        QVERIFY(balanced.scenarios[0].total(0, j) > noMigration.total(0, j));
        QVERIFY(balanced.scenarios[0].total(1, j) < noMigration.total(1, j));
    }
    // The first step: equal regions, so the gains and losses cancel.
    RL_COMPARE_NEAR(unbalanced.scenarios[0].total.col(1).sum(), noMigration.total.col(1).sum(), 1e-12);

    // Rates without aggregates: reported, not balanced.
    in.rates.aggregateMigrationMale.resize(0);
    const ProjectionResult missing = projectPopulation(in, configTo(2045));
    QVERIFY(hasWarning(missing.warnings, WarningKind::Substituted, Severity::Warning));
    RL_COMPARE_NEAR(missing.scenarios[0].total(0, 6), unbalanced.scenarios[0].total(0, 6), 1e-12);
}

void TestProjection::badInput_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("survivalEntries");
    QTest::addColumn<int>("rateRows");
    QTest::addColumn<double>("survival0");
    QTest::newRow("horizon not a 5-year step") << 2047 << 1 << 2 << 0.9;
    QTest::newRow("horizon before base") << 2010 << 1 << 2 << 0.9;
    QTest::newRow("horizon beyond 100 years") << 2120 << 1 << 2 << 0.9;
    QTest::newRow("no survival") << 2045 << 0 << 2 << 0.9;
    QTest::newRow("survival above 1") << 2045 << 1 << 2 << 1.2;
    QTest::newRow("rates of other regions") << 2045 << 1 << 3 << 0.9;
}

void TestProjection::badInput()
{
    QFETCH(int, horizon);
    QFETCH(int, survivalEntries);
    QFETCH(int, rateRows);
    QFETCH(double, survival0);
    ProjectionInput in = simpleInput(2, 0.0);
    in.rates = simpleRates(rateRows, 0.0);
    in.survival.resize(std::size_t(survivalEntries), simpleSurvival());
    if (!in.survival.empty())
        in.survival[0].male(0) = survival0;
    ProjectionConfig config;
    config.horizon = horizon;
    const ProjectionResult r = projectPopulation(in, config);
    QVERIFY(r.scenarios.empty());
    QVERIFY(hasWarning(r.warnings, WarningKind::InvalidInput, Severity::Error)
            || hasWarning(r.warnings, WarningKind::ShapeMismatch, Severity::Error));
}

void TestProjection::cancel()
{
    int calls = 0;
    const ProjectionResult r = projectPopulation(simpleInput(2, 0.0), configTo(2070, standardScenarios()),
                                                 [&](double done) {
                                                     ++calls;
                                                     return done < 0.5;
                                                 });
    QVERIFY(r.cancelled);
    QVERIFY(r.scenarios.empty());
    QVERIFY(calls > 0 && calls <= 50);
}

void TestProjection::yearPath()
{
    const YearPath p{{2020, 2040}, {1.0, 2.0}};
    QVERIFY(p.isValid());
    QCOMPARE(p.valueAt(2000), 1.0);
    QCOMPARE(p.valueAt(2030), 1.5);
    QCOMPARE(p.valueAt(2050), 2.0);
    QCOMPARE(YearPath{}.valueAt(2030, 0.7), 0.7);
    QVERIFY(!(YearPath{{2040, 2020}, {1.0, 2.0}}.isValid()));
    QVERIFY(!(YearPath{{2020}, {1.0, 2.0}}.isValid()));
}

// A constant q = 0.01 at every age: l_x = 0.99^x, so a 5-year survival ratio
// of the middle ages is ₅L_{x+5}/₅L_x = 0.99^5 exactly; the short table is
// refused.
void TestProjection::survivalFromQx()
{
    const Eigen::VectorXd q = Eigen::VectorXd::Constant(101, 0.01);
    const Eigen::VectorXd L = fiveYearLFromQx(q);
    QCOMPARE(L.size(), Eigen::Index(21));
    const SurvivalRatios s = survivalFromLifeTable(L, L);
    QVERIFY(s.isValid());
    for (Eigen::Index a = 1; a < 16; ++a)
        RL_COMPARE_NEAR(s.male(a), std::pow(0.99, 5), 1e-12);
    QVERIFY(s.female(kOpenAgeClass) > 0.0 && s.female(kOpenAgeClass) < 1.0);
    QVERIFY(!survivalFromLifeTable(L.head(10), L).isValid());

    // Cohort-change fallback: a population shrinking by 2 % per cohort.
    Eigen::RowVectorXd p0 = Eigen::RowVectorXd::Constant(kProjectionAges, 1000.0);
    Eigen::RowVectorXd p1 = Eigen::RowVectorXd::Constant(kProjectionAges, 980.0);
    p1(kOpenAgeClass) = 1500.0;  // from 2,000 aged 80+
    const SurvivalRatios c = survivalFromCohortChange(p0, p1, p0, p1);
    QVERIFY(c.isValid());
    RL_COMPARE_NEAR(c.male(3), 0.98, 1e-12);
    RL_COMPARE_NEAR(c.female(kOpenAgeClass), 0.75, 1e-12);
}

QTEST_GUILESS_MAIN(TestProjection)
#include "test_projection.moc"
