// SPDX-License-Identifier: GPL-3.0-or-later
// The population projection on the real public data (../shared/data):
// the census by prefecture × sex × 5-year age 1990–2015, the 2020 national
// life table with the projected mortality, SSDSE-B's TFR. Skipped, with the
// reason, where the data folder is absent. The readers and the backtest are
// shared with bench/projection_validation.cpp (projectiondata.h).
#include "analysis/projection.h"

#include "csvfixture.h"
#include "projectiondata.h"
#include "testhelpers.h"

#include <QTest>

#include <cmath>

using namespace regionlens::analysis;
namespace proj = regionlens::test::projection;

class TestProjectionRealData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void censusAsPublished_data();
    void censusAsPublished();
    void lifeTableSurvival();
    void sumOfPrefecturesMatchesNation();
    void scenariosOnPrefectures();
    void backtests_data();
    void backtests();

private:
    QString m_skip;
    proj::CensusSeries m_census;
    proj::Mortality m_mortality;
    QString m_dataDir;
};

void TestProjectionRealData::initTestCase()
{
    m_dataDir = regionlens::test::sharedDataDir();
    if (m_dataDir.isEmpty()) {
        m_skip = QStringLiteral("../shared/data is absent: this test needs pop_pref_age_sex_census_1920_2015 and "
                                "life_tables_national_2020");
        return;
    }
    m_census = proj::readCensus(
        (m_dataDir + QStringLiteral("/pop_pref_age_sex_census_1920_2015/utf8/c03.utf8.csv")).toStdString());
    m_mortality = proj::readMortality((m_dataDir + QStringLiteral("/life_tables_national_2020")).toStdString());
    if (!m_census.error.empty() || !m_mortality.isValid())
        m_skip = QStringLiteral("the census or life-table files in ../shared/data could not be read: %1 %2")
                     .arg(QString::fromStdString(m_census.error), QString::fromStdString(m_mortality.error));
}

#define RL_SKIP_WITHOUT_DATA()                                                                     \
    if (!m_skip.isEmpty())                                                                         \
    QSKIP(qPrintable(m_skip))

// Totals from PROVENANCE.md (official census totals, 年齢不詳 included) and
// 東京都 2015: 13,515,271 in total vs 13,257,801 in the age classes.
void TestProjectionRealData::censusAsPublished_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("nationTotal");
    QTest::newRow("2000") << 2000 << 126925843.0;
    QTest::newRow("2005") << 2005 << 127767994.0;
    QTest::newRow("2010") << 2010 << 128057352.0;
    QTest::newRow("2015") << 2015 << 127094745.0;
}

void TestProjectionRealData::censusAsPublished()
{
    RL_SKIP_WITHOUT_DATA();
    QFETCH(int, year);
    QFETCH(double, nationTotal);
    QCOMPARE(m_census.codes.size(), std::size_t(47));
    const proj::CensusYear *cy = m_census.year(year);
    QVERIFY(cy != nullptr);
    QCOMPARE(cy->totalMale.sum() + cy->totalFemale.sum(), nationTotal);
    QVERIFY(cy->classes.male.allFinite() && cy->classes.female.allFinite());
    // After distributing 年齢不詳 the classes add up to the totals.
    RL_COMPARE_NEAR(cy->distributed.male.sum() + cy->distributed.female.sum(), nationTotal, 1e-12);
    if (year == 2015) {
        const Eigen::Index tokyo = 12;
        QCOMPARE(m_census.codes[std::size_t(tokyo)], std::string("13"));
        QCOMPARE(cy->classes.male.row(tokyo).sum() + cy->classes.female.row(tokyo).sum(), 13257801.0);
        RL_COMPARE_NEAR(cy->distributed.male.row(tokyo).sum() + cy->distributed.female.row(tokyo).sum(), 13515271.0,
                        1e-12);
    }
}

// survivalFromLifeTable on the ₅L of the derived file gives its
// survival_ratio_to_next_group (rounded to 5 decimals there); the ₅L rebuilt
// from the single-year q_x (fiveYearLFromQx) gives ratios within 0.002 of it
// (MHLW integrates nL_x more finely at old ages).
void TestProjectionRealData::lifeTableSurvival()
{
    RL_SKIP_WITHOUT_DATA();
    const regionlens::test::CsvTable t = regionlens::test::readCsv(
        m_dataDir + QStringLiteral("/life_tables_national_2020/derived_2020_5yr_L_and_survival_ratios.csv"));
    QVERIFY2(t.isValid(), qPrintable(t.error));
    Eigen::VectorXd L[2] = {Eigen::VectorXd::Zero(20), Eigen::VectorXd::Zero(20)};
    Eigen::VectorXd published[2] = {Eigen::VectorXd::Zero(20), Eigen::VectorXd::Zero(20)};
    for (const QStringList &row : t.rows) {
        if (row[t.column(QStringLiteral("age_start"))].isEmpty())
            continue;  // birth → 0–4
        const int sex = row[0] == QLatin1String("male") ? 0 : 1;
        const int group = row[t.column(QStringLiteral("age_start"))].toInt() / 5;
        L[sex](group) = row[t.column(QStringLiteral("L5_sum_nLx"))].toDouble();
        published[sex](group) = row[t.column(QStringLiteral("survival_ratio_to_next_group"))].toDouble();
    }
    const SurvivalRatios s = survivalFromLifeTable(L[0], L[1]);
    QVERIFY(s.isValid());
    for (Eigen::Index a = 0; a < kOpenAgeClass; ++a) {
        QVERIFY2(std::abs(s.male(a) - published[0](a)) < 0.6e-5, qPrintable(QString::number(a)));
        QVERIFY2(std::abs(s.female(a) - published[1](a)) < 0.6e-5, qPrintable(QString::number(a)));
    }
    // 85+ → 90+ = T90 / T85 = (93,756 + 27,628) / (191,437 + 93,756 + 27,628) for men.
    RL_COMPARE_NEAR(s.male(kOpenAgeClass), (93756.0 + 27628.0) / (191437.0 + 93756.0 + 27628.0), 1e-12);

    const SurvivalRatios fromQ = survivalFromLifeTable(fiveYearLFromQx(m_mortality.q2020Male),
                                                       fiveYearLFromQx(m_mortality.q2020Female));
    QVERIFY(fromQ.isValid());
    QVERIFY((fromQ.male - s.male).head(kOpenAgeClass).cwiseAbs().maxCoeff() < 0.002);
    QVERIFY((fromQ.female - s.female).head(kOpenAgeClass).cwiseAbs().maxCoeff() < 0.002);
    // Projected mortality improves survival: 2040 → 2045 above 2015 → 2020 at every age from 40.
    const SurvivalRatios early = m_mortality.periodSurvival(2015);
    const SurvivalRatios late = m_mortality.periodSurvival(2040);
    QVERIFY((late.male.tail(10).array() > early.male.tail(10).array()).all());
    QVERIFY((late.female.tail(10).array() > early.female.tail(10).array()).all());
}

// The nation projected as one region (its own census sums, its own rates)
// against the sum of the 47 prefectures projected separately (rates
// 2010→2015, scaling off, migration balanced as by default). Survival is the
// same everywhere and the balanced net migration adds up to the nation's, so
// what remains is fertility: each prefecture's own child-woman ratio applied
// to its own women, which drifts as women move to low-ratio 東京都 and others.
// Stated tolerance: 0.1 % of the total and 1 % of any sex × age cell with at
// least 1 million people, every year to 2045 (observed: 0.07 % and 0.65 %,
// the 0–4 in 2045). Without balancing the sum exceeds the nation by 1.06 %
// in 2045, also asserted (why balancing is the default).
void TestProjectionRealData::sumOfPrefecturesMatchesNation()
{
    RL_SKIP_WITHOUT_DATA();
    const proj::CensusYear &c2010 = *m_census.year(2010);
    const proj::CensusYear &c2015 = *m_census.year(2015);
    const SurvivalRatios rateSurvival = m_mortality.periodSurvival(2010);
    auto input = [&](const AgeSexTable &start, const AgeSexTable &end) {
        ProjectionInput in;
        in.baseYear = 2015;
        in.base = end;
        const RateEstimationResult rates = estimateRates({{start, end, rateSurvival}});
        in.rates = rates.rates;
        for (int t = 2015; t < 2045; t += 5)
            in.survival.push_back(m_mortality.periodSurvival(t));
        return in;
    };
    const ProjectionResult prefs = projectPopulation(input(c2010.distributed, c2015.distributed));
    const ProjectionResult nation = projectPopulation(
        input(proj::sumOfRegions(c2010.distributed), proj::sumOfRegions(c2015.distributed)));
    QVERIFY(prefs.warnings.empty());
    QVERIFY(nation.warnings.empty());
    const ScenarioProjection &p = prefs.scenarios.front();
    const ScenarioProjection &n = nation.scenarios.front();
    double worstTotal = 0.0;
    double worstCell = 0.0;
    for (std::size_t j = 0; j < p.years.size(); ++j) {
        const double sum = p.total.col(Eigen::Index(j)).sum();
        worstTotal = std::max(worstTotal, std::abs(sum / n.total(0, Eigen::Index(j)) - 1.0));
        const AgeSexTable summed = proj::sumOfRegions(p.population[j]);
        for (const auto &[a, b] : {std::pair{&summed.male, &n.population[j].male},
                                   std::pair{&summed.female, &n.population[j].female}}) {
            for (Eigen::Index c = 0; c < kProjectionAges; ++c) {
                if ((*b)(0, c) >= 1e6)
                    worstCell = std::max(worstCell, std::abs((*a)(0, c) / (*b)(0, c) - 1.0));
            }
        }
    }
    qInfo("Σ prefectures vs nation, 2015→2045: worst total %.3f %%, worst cell ≥ 1 million %.3f %%",
          worstTotal * 100.0, worstCell * 100.0);
    QVERIFY2(worstTotal <= 0.001, qPrintable(QString::number(worstTotal * 100.0)));
    QVERIFY2(worstCell <= 0.01, qPrintable(QString::number(worstCell * 100.0)));
    ProjectionConfig unbalanced;
    unbalanced.balanceMigration = false;
    const ProjectionResult drift = projectPopulation(input(c2010.distributed, c2015.distributed), unbalanced);
    const Eigen::Index j2045 = drift.scenarios[0].yearColumn(2045);
    QVERIFY(drift.scenarios[0].total.col(j2045).sum() / n.total(0, j2045) - 1.0 > 0.005);
    // Year 0 is the census itself.
    RL_COMPARE_NEAR(p.total.col(0).sum(), 127094745.0, 1e-12);
}

// 2015 base, rates 2010→2015, the four standard scenarios with each
// prefecture's 2015 TFR (SSDSE-B): fertility to 2.07 by 2040 raises every
// prefecture's 2045 total (all are below 2.07); zero net migration from 2020
// lowers 東京都 (net in-migration) and raises 秋田県 (net out-migration).
void TestProjectionRealData::scenariosOnPrefectures()
{
    RL_SKIP_WITHOUT_DATA();
    const regionlens::test::CsvTable ssdse =
        regionlens::test::readCsv(m_dataDir + QStringLiteral("/ssdse_b_pref_timeseries/utf8/SSDSE-B-2025.utf8.csv"));
    if (!ssdse.isValid())
        QSKIP("../shared/data/ssdse_b_pref_timeseries is absent: this test needs SSDSE-B-2025 for the TFR");
    Eigen::VectorXd tfr = Eigen::VectorXd::Constant(47, kNaN);
    const int yearCol = ssdse.column(QStringLiteral("年度"));
    const int codeCol = ssdse.column(QStringLiteral("地域コード"));
    const int tfrCol = ssdse.column(QStringLiteral("合計特殊出生率"));
    QVERIFY(yearCol >= 0 && codeCol >= 0 && tfrCol >= 0);
    for (const QStringList &row : ssdse.rows) {
        if (row.size() > tfrCol && row[yearCol] == QLatin1String("2015"))
            tfr(row[codeCol].mid(1, 2).toInt() - 1) = row[tfrCol].toDouble();
    }
    QVERIFY(tfr.allFinite());
    RL_COMPARE_NEAR(tfr(12), 1.24, 1e-12);  // 東京都 2015

    ProjectionInput in;
    in.baseYear = 2015;
    in.base = m_census.year(2015)->distributed;
    in.rates = estimateRates({{m_census.year(2010)->distributed, in.base, m_mortality.periodSurvival(2010)}}).rates;
    for (int t = 2015; t < 2070; t += 5)
        in.survival.push_back(m_mortality.periodSurvival(t));
    in.currentTfr = tfr;
    ProjectionConfig config;
    config.horizon = 2070;
    config.scenarios = standardScenarios(2.07, 2040, 2020);
    const ProjectionResult r = projectPopulation(in, config);
    QVERIFY(r.warnings.empty());
    const ScenarioProjection &base = *r.scenario("baseline");
    const Eigen::Index j = base.yearColumn(2045);
    QVERIFY((r.scenario("fertility")->total.col(j).array() > base.total.col(j).array()).all());
    QVERIFY((r.scenario("fertility")->share0to14.col(j).array() > base.share0to14.col(j).array()).all());
    QVERIFY(r.scenario("zero-migration")->total(12, j) < base.total(12, j));  // 東京都
    QVERIFY(r.scenario("zero-migration")->total(4, j) > base.total(4, j));    // 秋田県
    // With the rates held the nation shrinks and ages: fewer people in 2045
    // than in 2015 and a higher 高齢化率 in every prefecture.
    QVERIFY(base.total.col(j).sum() < base.total.col(0).sum());
    QVERIFY((base.share65plus.col(j).array() > base.share65plus.col(0).array()).all());
    for (const ScenarioProjection &sp : r.scenarios)
        for (const AgeSexTable &t : sp.population)
            QVERIFY((t.male.array() >= 0.0).all() && (t.female.array() >= 0.0).all());
}

// Issue 11's validation: project every prefecture from 2005 (rates 2000→2005)
// and from 2000 (rates 1995→2000) to 2015 and compare with the 2015 census,
// beside the naive baseline (cohort change ratios of the last period held).
// The naive errors reproduce the figures; the method must not be
// worse. Two comparisons are known not to hold and are marked with
// QEXPECT_FAIL (reasons there and in docs/projection-validation.md); an
// unexpected pass fails the test so that the marks get removed.
void TestProjectionRealData::backtests_data()
{
    QTest::addColumn<int>("rateStart");
    QTest::addColumn<int>("base");
    QTest::addColumn<double>("naiveMae");  // the issue: "about 1.0 %" and "about 2.3 %"
    QTest::newRow("2005 to 2015") << 2000 << 2005 << 1.0;
    QTest::newRow("2000 to 2015") << 1995 << 2000 << 2.3;
}

void TestProjectionRealData::backtests()
{
    RL_SKIP_WITHOUT_DATA();
    QFETCH(int, rateStart);
    QFETCH(int, base);
    QFETCH(double, naiveMae);
    const proj::Backtest b = proj::runBacktest(m_census, m_mortality, rateStart, base, 2015);
    QVERIFY2(b.error.empty(), b.error.c_str());
    QVERIFY(b.warnings.empty());
    qInfo("%d→2015: method MAE %.2f %% max %.2f %% 65+ %.2f pt; naive MAE %.2f %% max %.2f %% 65+ %.2f pt", base,
          b.method.meanAbsTotal, b.method.maxAbsTotal, b.method.meanAbsShare65, b.naive.meanAbsTotal,
          b.naive.maxAbsTotal, b.naive.meanAbsShare65);
    QVERIFY(std::abs(b.naive.meanAbsTotal - naiveMae) < 0.05);
    QVERIFY(b.method.meanAbsShare65 <= b.naive.meanAbsShare65);
    QEXPECT_FAIL("2000 to 2015",
                 "mortality improvement lifts every prefecture by about 0.7 %; the naive baseline's smaller mean error "
                 "from 2000 comes from errors that cancel (old ages too low by 2–11 %)",
                 Continue);
    QVERIFY(b.method.meanAbsTotal <= b.naive.meanAbsTotal);
    QEXPECT_FAIL("2005 to 2015",
                 "the largest error is 福島県 (the 2011 disaster), which the method overestimates more because "
                 "survival improves",
                 Continue);
    QVERIFY(b.method.maxAbsTotal <= b.naive.maxAbsTotal);
}

QTEST_GUILESS_MAIN(TestProjectionRealData)
#include "test_projection_realdata.moc"
