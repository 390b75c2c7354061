// SPDX-License-Identifier: GPL-3.0-or-later
// The population projection adapter without a window: the starter pack's
// census age tables, survival ratios and TFR (compiled by
// scripts/compile_projection_starter.py) against the public files they come
// from; the backtests of docs/projection-validation.md through the adapter;
// a hand-worked one-region table (zero net migration by construction, two
// steps); the convention that a region's figures do not depend on which
// regions are asked; scenarios moving the totals the expected way; refusals.
#include "testhelpers.h"

#include "analysis/projectiondata.h"
#include "datasets/adapters/projectionadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace projection = regionlens::datasets::projection;
namespace an = regionlens::analysis;
namespace pd = regionlens::test::projection;

namespace {

// The census 総数 (including 年齢不詳) of one year per prefecture, from the store.
QHash<QString, double> censusTotals(const Store &store, int year)
{
    ObservationQuery q;
    q.indicator = u"population"_s;
    q.year = year;
    q.level = RegionLevel::Prefecture;
    return store.values(q);
}

const an::ScenarioProjection &scenario(const projection::Result &r, const char *name)
{
    const an::ScenarioProjection *s = r.projection.scenario(name);
    if (!s)
        qFatal("no scenario %s", name);
    return *s;
}

Observation row(const QString &region, int year, const QString &sex, const QString &age, double value)
{
    Observation o;
    o.region = region;
    o.year = year;
    o.sex = sex;
    o.ageClass = age;
    o.value = value;
    return o;
}

} // namespace

class TestAdaptersProjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    projection::Result run(const projection::Request &request) const
    {
        return projection::compute(projection::load(m_store, request));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    // The default request: 47 prefectures, 2010 → 2015 rates from two indicators.
    void loadsTheStarterTables()
    {
        const projection::Inputs in = projection::load(m_store, {});
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        QCOMPARE(in.codes.size(), 47);
        QCOMPARE(in.asked, in.codes);
        QCOMPARE(in.census.size(), std::size_t(2));
        QCOMPARE(in.census.at(2015).source, projection::kCensusAge);
        QCOMPARE(in.census.at(2010).source, projection::kCensusAgeEarlier);
        // 2010 census (総務省統計局, c03): Σ 総数 of the prefectures = 128,057,352.
        const projection::CensusTable &t = in.census.at(2010);
        QCOMPARE(t.totalMale.sum() + t.totalFemale.sum(), 128057352.0);
        // 東京都 2015, 0～4歳: male 267,601, female 257,338.
        const qsizetype tokyo = in.codes.indexOf(u"13"_s);
        QCOMPARE(in.census.at(2015).classes.male(tokyo, 0), 267601.0);
        QCOMPARE(in.census.at(2015).classes.female(tokyo, 0), 257338.0);
        QCOMPARE(in.survival.size(), std::size_t(7));   // 2010→2015 (rates) and 2015 … 2040
        QVERIFY(in.tfr.size() == 0);                   // baseline only: no TFR read
    }

    // The bundled tables are the public files, unchanged (the census) or
    // derived as the engine's tests derive them (survival).
    void starterTablesMatchTheSharedData()
    {
        RL_REQUIRE_SHARED_DATA(dir);
        const pd::CensusSeries census =
            pd::readCensus((dir + u"/pop_pref_age_sex_census_1920_2015/utf8/c03.utf8.csv"_s).toStdString(), 1995);
        QVERIFY(census.error.empty());
        projection::Request request;
        request.baseYear = 2015;
        request.ratePeriods = 4;   // 1995→2000 … 2010→2015
        const projection::Inputs in = projection::load(m_store, request);
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        for (int year : {1995, 2000, 2005, 2010, 2015}) {
            const pd::CensusYear *c = census.year(year);
            QVERIFY(c);
            const projection::CensusTable &t = in.census.at(year);
            QVERIFY2(t.classes.male == c->classes.male && t.classes.female == c->classes.female,
                     qPrintable(QString::number(year)));
            QVERIFY(t.totalMale == c->totalMale && t.totalFemale == c->totalFemale);
        }
        const pd::Mortality mortality = pd::readMortality((dir + u"/life_tables_national_2020"_s).toStdString());
        QVERIFY(mortality.isValid());
        QCOMPARE(projection::bundledSurvival().size(), std::size_t(15));   // 1995 … 2065
        for (const auto &[start, s] : projection::bundledSurvival()) {
            const an::SurvivalRatios expected = mortality.periodSurvival(start);
            QVERIFY2((s.male - expected.male).cwiseAbs().maxCoeff() < 1e-11, qPrintable(QString::number(start)));
            QVERIFY2((s.female - expected.female).cwiseAbs().maxCoeff() < 1e-11, qPrintable(QString::number(start)));
        }
        // SSDSE-B 合計特殊出生率 2015: 北海道 1.31, 東京都 1.24, 沖縄県 1.96.
        ObservationQuery q;
        q.indicator = projection::kFertility;
        q.year = 2015;
        const QHash<QString, double> tfr = m_store.values(q);
        QCOMPARE(tfr.size(), 47);
        QCOMPARE(tfr.value(u"01"_s), 1.31);
        QCOMPARE(tfr.value(u"13"_s), 1.24);
        QCOMPARE(tfr.value(u"47"_s), 1.96);
    }

    // docs/projection-validation.md through the adapter: mean and maximum
    // absolute % error of the 2015 totals (census 総数).
    void backtests_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("ratesFrom");
        QTest::addColumn<double>("meanAbs");
        QTest::addColumn<double>("maxAbs");
        QTest::addColumn<QString>("worst");
        QTest::newRow("2005 → 2015") << 2005 << 2000 << 0.98 << 2.99 << u"07"_s;
        QTest::newRow("2000 → 2015") << 2000 << 1995 << 2.31 << 8.92 << u"13"_s;
    }

    void backtests()
    {
        QFETCH(int, base);
        QFETCH(int, ratesFrom);
        QFETCH(double, meanAbs);
        QFETCH(double, maxAbs);
        QFETCH(QString, worst);
        projection::Request request;
        request.baseYear = base;
        request.horizon = 2015;
        request.ratesFrom = ratesFrom;
        const projection::Result r = run(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const an::ScenarioProjection &s = scenario(r, "baseline");
        QCOMPARE(s.years.back(), 2015);
        const QHash<QString, double> actual = censusTotals(m_store, 2015);
        double sum = 0.0, max = 0.0;
        QString worstCode;
        for (const QString &code : r.codes) {
            const Eigen::Index last = Eigen::Index(s.years.size()) - 1;
            const double e = std::abs(s.total(r.row(code), last) / actual.value(code) - 1.0) * 100.0;
            sum += e;
            if (e > max) {
                max = e;
                worstCode = code;
            }
        }
        QCOMPARE(r.codes.size(), 47);
        QVERIFY2(std::abs(sum / 47.0 - meanAbs) < 0.005, qPrintable(QString::number(sum / 47.0)));
        QVERIFY2(std::abs(max - maxAbs) < 0.005, qPrintable(QString::number(max)));
        QCOMPARE(worstCode, worst);
    }

    // One region, hand-worked: the 2015 cohorts are the 2010 cohorts times
    // the bundled survival of 2010→2015 (net migration 0), so two steps from
    // 2015 give P_{a+2}(2025) = P_a(2015) s_a(2015) s_{a+1}(2020); 0–4 = the
    // child-woman ratio × women 15–49; 年齢不詳 distributed (TOTAL 1 % above
    // the classes scales every class by 1.01).
    void handWorkedOneRegion()
    {
        const std::map<int, an::SurvivalRatios> &survival = projection::bundledSurvival();
        const an::SurvivalRatios &s10 = survival.at(2010), &s15 = survival.at(2015), &s20 = survival.at(2020);
        QList<Observation> rows;
        double male2015 = 0.0;
        for (Eigen::Index a = 0; a < an::kProjectionAges; ++a) {
            const QString age = QString::fromLatin1(an::projectionAgeLabel(a));
            rows << row(u"X"_s, 2010, u"male"_s, age, 1000.0) << row(u"X"_s, 2010, u"female"_s, age, 1000.0);
            const double m = a == 0 ? 300.0
                             : a == an::kOpenAgeClass ? 1000.0 * s10.male(16) + 1000.0 * s10.male(17)
                                                      : 1000.0 * s10.male(a - 1);
            const double f = a == 0 ? 280.0
                             : a == an::kOpenAgeClass ? 1000.0 * s10.female(16) + 1000.0 * s10.female(17)
                                                      : 1000.0 * s10.female(a - 1);
            rows << row(u"X"_s, 2015, u"male"_s, age, m) << row(u"X"_s, 2015, u"female"_s, age, f);
            male2015 += m;
        }
        projection::Request request;
        request.horizon = 2025;
        request.scenarios = {u"baseline"_s, u"zero-migration"_s};
        request.migrationZeroFrom = 2015;
        projection::Result r = projection::compute(projection::load(rows, request, u"hand.csv"_s));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.codes, QStringList{u"X"_s});
        for (const char *name : {"baseline", "zero-migration"}) {
            const an::ScenarioProjection &s = scenario(r, name);
            const an::AgeSexTable &p25 = s.population.back();
            for (Eigen::Index a = 0; a + 2 < an::kOpenAgeClass; ++a) {
                const double p15 = a == 0 ? 300.0 : 1000.0 * s10.male(a - 1);
                RL_COMPARE_NEAR(p25.male(0, a + 2), p15 * s15.male(a) * s20.male(a + 1), 1e-9);
            }
            // 0–4 in 2020: child-woman ratio of 2015 × women 15–49 in 2020, the boys' share of 2015.
            const an::AgeSexTable &p20 = s.population.at(1);
            double women15 = 0.0, women20 = 0.0;
            for (Eigen::Index a = an::kFirstMotherClass; a <= an::kLastMotherClass; ++a) {
                women15 += 1000.0 * s10.female(a - 1);
                women20 += p20.female(0, a);
            }
            RL_COMPARE_NEAR(p20.male(0, 0) + p20.female(0, 0), 580.0 / women15 * women20, 1e-9);
            RL_COMPARE_NEAR(p20.male(0, 0) / (p20.male(0, 0) + p20.female(0, 0)), 300.0 / 580.0, 1e-9);
        }
        // The tidy rows: TOTAL = Σ classes, total = male + female; the base year as given.
        const QList<projection::TidyRow> tidy = r.tidyRows();
        QCOMPARE(tidy.size(), 2 * 3 * 3 * 19);
        const projection::TidyRow &first = tidy.at(18);
        QCOMPARE(first.ageClass, u"TOTAL"_s);
        QCOMPARE(first.sex, u"total"_s);
        QCOMPARE(first.year, 2015);
        RL_COMPARE_NEAR(tidy.at(19 + 18).population, male2015, 1e-12);
        RL_COMPARE_NEAR(first.population, tidy.at(19 + 18).population + tidy.at(38 + 18).population, 1e-12);

        // 年齢不詳: a male 総数 1 % above the classes scales them by 1.01.
        rows << row(u"X"_s, 2015, u"male"_s, u"TOTAL"_s, male2015 * 1.01);
        r = projection::compute(projection::load(rows, request, u"hand.csv"_s));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        RL_COMPARE_NEAR(scenario(r, "baseline").population.front().male(0, 5), 1010.0 * s10.male(4), 1e-12);
        QVERIFY(r.notes.join(u' ').contains(u"年齢不詳"_s));
    }

    // All 47 projected together whatever is asked: 東京都 alone = 東京都 among all.
    void regionDoesNotDependOnTheOthersAsked()
    {
        projection::Request one;
        one.regions = {u"13"_s};
        const projection::Result a = run(one);
        const projection::Result all = run({});
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.asked, QStringList{u"13"_s});
        QCOMPARE(all.asked.size(), 47);
        const an::ScenarioProjection &sa = scenario(a, "baseline"), &sall = scenario(all, "baseline");
        QCOMPARE(sa.total(a.row(u"13"_s), 6), sall.total(all.row(u"13"_s), 6));
        QCOMPARE(sa.years.back(), 2045);
        QCOMPARE(a.tidyRows().size(), 7 * 3 * 19);
    }

    // A region's series = the engine's matrices; a group's = the sum of its members'.
    void seriesAndGroups()
    {
        projection::Request request;
        request.regions = {u"13"_s};
        request.groups = {{u"group:tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s}}};
        request.scenarios = {u"baseline"_s, u"fertility"_s};
        const projection::Result r = run(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.asked, (QStringList{u"13"_s, u"group:tokyo_area"_s}));
        const an::ScenarioProjection &s = scenario(r, "fertility");
        const projection::RegionSeries tokyo = r.series(u"13"_s, u"fertility"_s);
        QVERIFY(tokyo.valid);
        QCOMPARE(tokyo.years.size(), 7);
        for (int j = 0; j < 7; ++j) {
            const int row = r.row(u"13"_s);
            RL_COMPARE_NEAR(tokyo.total[j], s.total(row, j), 1e-12);
            RL_COMPARE_NEAR(tokyo.age75plus[j], s.age75plus(row, j), 1e-12);
            RL_COMPARE_NEAR(tokyo.share65plus[j], s.share65plus(row, j), 1e-12);
            RL_COMPARE_NEAR(tokyo.dependencyRatio[j], s.dependencyRatio(row, j), 1e-12);
            RL_COMPARE_NEAR(tokyo.index[j], s.index(row, j), 1e-12);
            RL_COMPARE_NEAR(tokyo.female[j][17], s.population.at(std::size_t(j)).female(row, 17), 1e-12);
        }
        const projection::RegionSeries group = r.series(u"group:tokyo_area"_s, u"fertility"_s);
        QVERIFY(group.valid);
        QCOMPARE(group.members.size(), 4);
        double total = 0.0, old = 0.0;
        for (const QString &m : group.members) {
            total += s.total(r.row(m), 6);
            old += s.age65plus(r.row(m), 6);
        }
        RL_COMPARE_NEAR(group.total[6], total, 1e-12);
        RL_COMPARE_NEAR(group.share65plus[6], old / total * 100.0, 1e-12);
        // 2015: 埼玉県 7,266,534 + 千葉県 6,222,666 + 東京都 13,515,271 + 神奈川県 9,126,214 (census 総数).
        RL_COMPARE_NEAR(group.total[0], 36130685.0, 1e-12);
        QVERIFY(r.series(u"27"_s, u"fertility"_s).valid);    // not asked, but projected with the others
        QVERIFY(!r.series(u"99"_s, u"fertility"_s).valid);
        QVERIFY(!r.series(u"13"_s, u"zero-migration"_s).valid);
        QCOMPARE(r.tidyRows().size(), 2 * 2 * 7 * 3 * 19);
        QVERIFY(r.notes.join(u' ').contains(u"group:tokyo_area: the sum of the projections of 11, 12, 13, 14"_s));
    }

    // Scenarios move the totals the expected way (2045): fertility up
    // everywhere; zero migration down for 東京都 (net in-migration), up for
    // 秋田県 (net out-migration).
    void scenarioDirections()
    {
        projection::Request request;
        request.scenarios = projection::scenarioNames();
        const projection::Result r = run(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.notes.join(u' ').contains(u"TFR of 2015"_s));
        const Eigen::Index last = 6;
        const Eigen::MatrixXd &base = scenario(r, "baseline").total;
        QVERIFY((scenario(r, "fertility").total.col(last).array() > base.col(last).array()).all());
        const int tokyo = r.row(u"13"_s), akita = r.row(u"05"_s);
        QVERIFY(scenario(r, "zero-migration").total(tokyo, last) < base(tokyo, last));
        QVERIFY(scenario(r, "zero-migration").total(akita, last) > base(akita, last));
        QVERIFY(scenario(r, "fertility+zero-migration").total(akita, last)
                > scenario(r, "zero-migration").total(akita, last));
        QVERIFY(base.allFinite() && (base.array() > 0.0).all());
    }

    // A recomputation into the previous result gives the same rows as a fresh one.
    void recomputeIntoPrevious()
    {
        projection::Request request;
        request.scenarios = projection::scenarioNames();
        projection::Result previous = run(request);
        const double *buffer = previous.projection.scenarios[1].population[3].male.data();
        request.tfrTarget = 1.8;
        const projection::Inputs in = projection::load(m_store, request);
        const projection::Result fresh = projection::compute(in);
        const projection::Result again = projection::compute(in, {}, std::move(previous));
        QCOMPARE(again.projection.scenarios[1].population[3].male.data(), buffer);
        const QList<projection::TidyRow> a = fresh.tidyRows(), b = again.tidyRows();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY(a[i].population == b[i].population && a[i].ageClass == b[i].ageClass && a[i].year == b[i].year);
        QCOMPARE(again.notes, fresh.notes);
        QVERIFY(again.notes.join(u' ').contains(u"to 1.8 by 2040"_s));
    }

    void cohortChangeSurvival()
    {
        projection::Request request;
        request.survival = projection::SurvivalSource::NationalCohortChange;
        const projection::Result r = run(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.notes.join(u' ').contains(u"cohort change 2010→2015"_s));
        const Eigen::MatrixXd &t = scenario(r, "baseline").total;
        QVERIFY(t.allFinite() && (t.array() > 0.0).all());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("message");
        QTest::newRow("no region") << QStringList{u"99"_s} << 2015 << 2045 << u"baseline"_s << u"no region '99'"_s;
        QTest::newRow("no age table") << QStringList{u"00"_s} << 2015 << 2045 << u"baseline"_s
                                      << u"by sex and 5-year age"_s;
        QTest::newRow("no base census") << QStringList{} << 2020 << 2045 << u"baseline"_s << u"for 2020"_s;
        QTest::newRow("horizon") << QStringList{} << 2015 << 2047 << u"baseline"_s << u"multiple of 5"_s;
        QTest::newRow("scenario") << QStringList{} << 2015 << 2045 << u"boom"_s << u"unknown scenario 'boom'"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, regions);
        QFETCH(int, base);
        QFETCH(int, horizon);
        QFETCH(QString, scenario);
        QFETCH(QString, message);
        projection::Request request;
        request.regions = regions;
        request.baseYear = base;
        request.horizon = horizon;
        request.scenarios = {scenario};
        const projection::Result r = run(request);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(r.projection.scenarios.empty());
    }
};

QTEST_GUILESS_MAIN(TestAdaptersProjection)
#include "test_adapters_projection.moc"
