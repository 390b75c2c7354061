// SPDX-License-Identifier: GPL-3.0-or-later
// Municipal population projections out of the box (issue 11): the starter
// pack's 住民基本台帳 table of 1 January 2022 (scripts/compile_projection_starter.py)
// against the public file it comes from; the conventions of projectionadapter.h
// for municipalities (their prefecture's net migration rates, their own
// child-woman ratio, the prefecture's 0–4 sex split, survival interpolated
// between the bundled periods, base 2022 → 2052); hand-checked figures of
// 豊田市 (23211); the identity with the prefectures projected from the same
// base; never negative, never NaN.
#include "testhelpers.h"

#include "datasets/adapters/projectionadapter.h"
#include "datasets/adapters/projectionadapterrates.h"
#include "datasets/csvreader.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace projection = regionlens::datasets::projection;
namespace an = regionlens::analysis;

namespace {

const an::ScenarioProjection &scenario(const projection::Result &r, const char *name)
{
    const an::ScenarioProjection *s = r.projection.scenario(name);
    if (!s)
        qFatal("no scenario %s", name);
    return *s;
}

double womenAt(const an::AgeSexTable &t, Eigen::Index row)
{
    return t.female.row(row).segment(an::kFirstMotherClass, an::kLastMotherClass - an::kFirstMotherClass + 1).sum();
}

} // namespace

class TestAdaptersProjectionMunicipal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    projection::Result run(projection::Request request, bool baseGiven = false, bool horizonGiven = false) const
    {
        projection::applyLevelDefaults(m_store, &request, baseGiven, horizonGiven);
        return projection::compute(projection::load(m_store, request));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    // 住基 1 January 2022 (総務省): 1,741 municipalities and 47 prefectures; 豊田市 as published.
    void bundledTable()
    {
        ObservationQuery q;
        q.indicator = projection::kJukiAge;
        q.year = projection::kJukiYear;
        q.level = RegionLevel::Municipality;
        q.ageClass = u"TOTAL"_s;
        q.sex.reset();
        const QList<Observation> totals = m_store.observations(q);
        QCOMPARE(totals.size(), 1741 * 2);
        double nation = 0.0;
        for (const Observation &o : totals)
            nation += o.value;
        QCOMPARE(nation, 125927902.0);   // the national 総数 of 1 January 2022 (PROVENANCE.md)
        q.level = RegionLevel::Prefecture;
        QCOMPARE(m_store.observations(q).size(), 47 * 2);
        // 豊田市: 男 217,889, 0～4歳 7,877; 85+ = 85～89 3,415 + 90～94 1,215 + 95～99 255 + 100以上 26 = 4,911.
        q.level = RegionLevel::Municipality;
        q.region = u"23211"_s;
        q.sex = u"male"_s;
        q.ageClass.reset();
        QHash<QString, double> male;
        for (const Observation &o : m_store.observations(q))
            male.insert(o.ageClass, o.value);
        QCOMPARE(male.value(u"TOTAL"_s), 217889.0);
        QCOMPARE(male.value(u"0-4"_s), 7877.0);
        QCOMPARE(male.value(u"85+"_s), 4911.0);
        const std::optional<IndicatorInfo> info = m_store.indicator(projection::kJukiAge);
        QVERIFY(info && info->sourceJa.contains(u"住民基本台帳"_s) && info->licence.contains(u"CC BY 4.0"_s));
    }

    // Every bundled value equals the public CSV (計 rows are 男 + 女; 85+ = the four classes from 85).
    void bundledTableMatchesTheSharedFile()
    {
        RL_REQUIRE_SHARED_DATA(dir);
        QFile file(dir + u"/pop_muni_age5_sex_juki_2021_2022/juki_2022-01-01_muni_age5_sex.utf8.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(QString::fromUtf8(file.readAll()));
        QStringList f;
        QVERIFY(reader.next(&f));
        const int first = int(f.indexOf(u"0歳～4歳"_s));
        QCOMPARE(first, 8);
        QHash<QString, double> expected;   // code|sex|age → value
        while (reader.next(&f)) {
            if (f.size() < first + 21 || (f.at(6) != u"男" && f.at(6) != u"女")
                || (f.at(1) != u"prefecture" && f.at(1) != u"municipality" && f.at(1) != u"designated_city"))
                continue;
            const QString code = f.at(1) == u"prefecture" ? f.at(2).left(2) : f.at(2);
            const QString key = code + (f.at(6) == u"男" ? u"|male|"_s : u"|female|"_s);
            expected.insert(key + u"TOTAL"_s, f.at(7).toDouble());
            for (int a = 0; a < 17; ++a)
                expected.insert(key + QLatin1StringView(an::projectionAgeLabel(a)), f.at(first + a).toDouble());
            double open = 0.0;
            for (int c = first + 17; c < first + 21; ++c)
                open += f.at(c).toDouble();
            expected.insert(key + u"85+"_s, open);
        }
        ObservationQuery q;
        q.indicator = projection::kJukiAge;
        q.sex.reset();
        q.ageClass.reset();
        const QList<Observation> stored = m_store.observations(q);
        QCOMPARE(stored.size(), expected.size());
        for (const Observation &o : stored)
            QVERIFY2(expected.value(o.region + u'|' + o.sex + u'|' + o.ageClass, -1.0) == o.value,
                     qPrintable(o.region + u' ' + o.sex + u' ' + o.ageClass));
    }

    // A municipal request takes the 住基 base and a 30-year horizon; prefectures keep 2015 → 2045.
    void levelDefaults()
    {
        projection::Request r;
        r.regions = {u"23211"_s};
        projection::applyLevelDefaults(m_store, &r, false, false);
        QCOMPARE(r.baseYear, 2022);
        QCOMPARE(r.horizon, 2052);
        projection::Request all;
        all.level = RegionLevel::Municipality;
        projection::applyLevelDefaults(m_store, &all, false, true);
        QCOMPARE(all.baseYear, 2022);
        QCOMPARE(all.horizon, 2045);   // given: kept (load() then names the problem)
        projection::Request pref;
        pref.regions = {u"23"_s};
        projection::applyLevelDefaults(m_store, &pref, false, false);
        QCOMPARE(pref.baseYear, 2015);
        QCOMPARE(pref.horizon, 2045);
        pref.baseYear = 2022;
        projection::applyLevelDefaults(m_store, &pref, true, false);
        QCOMPARE(pref.horizon, 2052);
    }

    // load(): the municipal base, the prefectures' rate censuses, survival interpolated between 2020 and 2025.
    void loadsWithPrefectureRates()
    {
        projection::Request r;
        r.regions = {u"23211"_s};
        projection::applyLevelDefaults(m_store, &r, false, false);
        const projection::Inputs in = projection::load(m_store, r);
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        QCOMPARE(in.codes.size(), 1741);
        QCOMPARE(in.asked, QStringList{u"23211"_s});
        QCOMPARE(in.request.ratesFrom, 2010);
        QCOMPARE(in.census.size(), std::size_t(1));
        QCOMPARE(in.census.at(2022).source, projection::kJukiAge);
        QVERIFY(in.prefectureRates.used);
        QCOMPARE(in.prefectureRates.codes.size(), 47);
        QCOMPARE(in.prefectureRates.census.size(), std::size_t(2));
        const int toyota = int(in.codes.indexOf(u"23211"_s));
        QCOMPARE(in.prefectureRates.codes.at(in.prefectureRates.row.at(toyota)), u"23"_s);
        // 2022 = 0.6 × the 2020 period + 0.4 × the 2025 period.
        const an::SurvivalRatios &s20 = projection::bundledSurvival().at(2020);
        const an::SurvivalRatios &s25 = projection::bundledSurvival().at(2025);
        const an::SurvivalRatios &s22 = in.survival.at(2022);
        for (Eigen::Index a = 0; a < an::kProjectionAges; ++a)
            RL_COMPARE_NEAR(s22.female(a), 0.6 * s20.female(a) + 0.4 * s25.female(a), 1e-14);
        QVERIFY(in.notes.join(u' ').contains(u"interpolated linearly"_s));
    }

    // 豊田市 by hand: base 419,249 (総数 = Σ classes, no unpublished ages); its own
    // child-woman ratio 15,326 / 83,157; 愛知県's 0–4 sex split 151,379 / 295,169;
    // without balancing, each cohort changes by the same ratio as 愛知県 projected from
    // its own 住基 2022 row (same survival, the prefecture's net migration rate).
    void toyotaByHand()
    {
        projection::Request r;
        r.regions = {u"23211"_s};
        r.balanceMigration = false;
        const projection::Result muni = run(r);
        QVERIFY2(muni.error.isEmpty(), qPrintable(muni.error));
        const an::ScenarioProjection &s = scenario(muni, "baseline");
        QCOMPARE(s.years, (std::vector<int>{2022, 2027, 2032, 2037, 2042, 2047, 2052}));
        const Eigen::Index m = muni.row(u"23211"_s);
        QCOMPARE(s.total(m, 0), 419249.0);
        for (std::size_t j = 1; j < s.years.size(); ++j) {
            const an::AgeSexTable &t = s.population[j];
            const double children = t.male(m, 0) + t.female(m, 0);
            RL_COMPARE_NEAR(children / womenAt(t, m), 15326.0 / 83157.0, 1e-12);
            RL_COMPARE_NEAR(t.male(m, 0) / children, 151379.0 / 295169.0, 1e-5);
        }
        projection::Request p;
        p.regions = {u"23"_s};
        p.baseYear = 2022;
        p.balanceMigration = false;
        const projection::Result pref = run(p, true);
        QVERIFY2(pref.error.isEmpty(), qPrintable(pref.error));
        const an::ScenarioProjection &ps = scenario(pref, "baseline");
        const Eigen::Index aichi = pref.row(u"23"_s);
        RL_COMPARE_NEAR(ps.total(aichi, 0), 7528519.0, 1e-12);   // 愛知県 総数, 1 January 2022
        for (Eigen::Index a = 0; a + 1 < an::kOpenAgeClass; ++a) {
            const double toyotaRatio = s.population[1].male(m, a + 1) / s.population[0].male(m, a);
            const double aichiRatio = ps.population[1].male(aichi, a + 1) / ps.population[0].male(aichi, a);
            RL_COMPARE_NEAR(toyotaRatio, aichiRatio, 1e-12);
        }
        const QString notes = muni.notes.join(u' ');
        for (const QString &note : {u"住民基本台帳"_s, u"not a census"_s, u"prefecture's rates"_s,
                                    u"own child-woman ratio"_s, u"2010→2015"_s})
            QVERIFY2(notes.contains(note), qPrintable(notes));
    }

    // All 1,741 municipalities (default: balanced) against the 47 prefectures
    // projected from the same base: equal for ages 5+ after one step (the
    // municipalities share their prefecture's rate, so the balancing shift adds
    // up to the prefecture's); the totals drift apart only through the
    // municipal child-woman ratios: ≤ 0.01 % after one step, ≤ 0.2 % by 2052
    // (baseline: 0.16 % measured, 京都府; 0.18–0.25 % measured for the other
    // scenarios, ≤ 0.3 % asserted). Never negative, never NaN.
    void sumOfMunicipalitiesEqualsPrefecture()
    {
        projection::Request r;
        r.level = RegionLevel::Municipality;
        r.scenarios = projection::scenarioNames();
        const projection::Result muni = run(r);
        QVERIFY2(muni.error.isEmpty(), qPrintable(muni.error));
        QCOMPARE(muni.asked.size(), 1741);
        projection::Request p;
        p.baseYear = 2022;
        p.scenarios = projection::scenarioNames();
        const projection::Result pref = run(p, true);
        QVERIFY2(pref.error.isEmpty(), qPrintable(pref.error));
        QCOMPARE(pref.codes.size(), 47);
        for (const an::ScenarioProjection &s : muni.projection.scenarios) {
            QVERIFY(std::all_of(muni.projection.projected.begin(), muni.projection.projected.end(),
                                [](char c) { return c != 0; }));
            for (const an::AgeSexTable &t : s.population) {
                QVERIFY(t.male.allFinite() && t.female.allFinite());
                QVERIFY((t.male.array() >= 0.0).all() && (t.female.array() >= 0.0).all());
            }
            const an::ScenarioProjection &ps = scenario(pref, s.name.c_str());
            double worst = 0.0;
            for (Eigen::Index p = 0; p < 47; ++p) {
                const QString code = pref.codes.at(p);
                for (std::size_t j = 0; j < s.years.size(); ++j) {
                    double sum = 0.0, older = 0.0;
                    for (Eigen::Index i = 0; i < Eigen::Index(muni.codes.size()); ++i) {
                        if (!muni.codes.at(i).startsWith(code))
                            continue;
                        sum += s.total(i, Eigen::Index(j));
                        older += s.population[j].male.row(i).tail(17).sum() + s.population[j].female.row(i).tail(17).sum();
                    }
                    const double expected = ps.total(p, Eigen::Index(j));
                    const double error = std::abs(sum / expected - 1.0);
                    worst = std::max(worst, error);
                    if (j == 0)
                        RL_COMPARE_NEAR(sum, expected, 1e-12);
                    if (j == 1) {
                        const double prefOlder = ps.population[1].male.row(p).tail(17).sum()
                                                 + ps.population[1].female.row(p).tail(17).sum();
                        // Not to rounding: the residents whose age is not published (北海道 1,940) are
                        // distributed by each municipality's ages, not by the prefecture's (1.0e-5 measured).
                        RL_COMPARE_NEAR(older, prefOlder, 5e-5);
                        QVERIFY2(error < 1e-4, qPrintable(code));
                    }
                    if (s.name == "baseline")
                        QVERIFY2(error < 2e-3, qPrintable(u"%1 %2: %3"_s.arg(code).arg(s.years[j]).arg(error)));
                    else
                        QVERIFY2(error < 3e-3, qPrintable(u"%1 %2 %3: %4"_s.arg(code).arg(s.years[j]).arg(
                                     QString::fromStdString(s.name)).arg(error)));
                }
            }
            qInfo("%s: largest |Σ municipalities / prefecture − 1| = %.4f %%", s.name.c_str(), 100.0 * worst);
        }
        // Scenarios move the national total the expected way by 2052.
        const Eigen::Index last = 6;
        const double base = scenario(muni, "baseline").total.col(last).sum();
        QVERIFY(scenario(muni, "fertility").total.col(last).sum() > base);
        QVERIFY(scenario(muni, "fertility+zero-migration").total.col(last).sum()
                > scenario(muni, "zero-migration").total.col(last).sum());
    }

    // detail::municipalRates by hand: two municipalities of one prefecture, the second without women 15–49.
    void municipalRatesByHand()
    {
        an::ProjectionRates pref;
        pref.migrationMale = Eigen::MatrixXd::Constant(1, an::kMigrationClasses, 0.01);
        pref.migrationFemale = Eigen::MatrixXd::Constant(1, an::kMigrationClasses, -0.02);
        pref.aggregateMigrationMale = Eigen::RowVectorXd::Constant(an::kMigrationClasses, 0.001);
        pref.aggregateMigrationFemale = Eigen::RowVectorXd::Constant(an::kMigrationClasses, 0.002);
        pref.childWomanRatio = Eigen::VectorXd::Constant(1, 0.25);
        pref.maleShare0to4 = Eigen::VectorXd::Constant(1, 0.5);
        an::AgeSexTable base = an::AgeSexTable::zero(2);
        base.male.row(0).setConstant(100.0);
        base.female.row(0).setConstant(100.0);   // women 15–49: 7 × 100
        base.male(0, 0) = 60.0;
        base.female(0, 0) = 40.0;                // children 100 → ratio 100 / 700
        base.male(1, 0) = 3.0;
        base.female(1, 0) = 1.0;                 // no women 15–49 at all
        int fallbacks = -1;
        const an::ProjectionRates m = projection::detail::municipalRates(pref, base, {0, 0}, &fallbacks);
        QCOMPARE(fallbacks, 1);
        QCOMPARE(m.migrationMale.rows(), Eigen::Index(2));
        QVERIFY((m.migrationFemale.array() == -0.02).all() && (m.migrationMale.array() == 0.01).all());
        QCOMPARE(m.aggregateMigrationFemale, pref.aggregateMigrationFemale);
        RL_COMPARE_NEAR(m.childWomanRatio(0), 100.0 / 700.0, 1e-15);
        RL_COMPARE_NEAR(m.childWomanRatio(1), 104.0 / 700.0, 1e-15);   // the prefecture: Σ children / Σ women
        RL_COMPARE_NEAR(m.maleShare0to4(0), 63.0 / 104.0, 1e-15);
        RL_COMPARE_NEAR(m.maleShare0to4(1), 63.0 / 104.0, 1e-15);
    }

    // A municipal request without the rate years anywhere: the message names the prefecture level.
    void refusesWithoutPrefectureRates()
    {
        projection::Request r;
        r.regions = {u"23211"_s};
        r.ratesFrom = 1980;   // no census by age before 1995 in the starter pack
        const projection::Result result = run(r);
        QVERIFY2(result.error.contains(u"at the prefecture level for 1980"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestAdaptersProjectionMunicipal)
#include "test_adapters_projection_municipal.moc"
