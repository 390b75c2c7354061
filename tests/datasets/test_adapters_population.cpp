// SPDX-License-Identifier: GPL-3.0-or-later
// The population adapter on a fresh starter store, without a window: load()
// reads what a request needs, compute() gives the series, the pyramid and
// the social change. Every expected number is summed by hand from the
// starter CSVs (datasets/starter/population_census_prefecture.csv,
// population_age_sex_prefecture.csv, migration_od_prefecture.csv).
#include "testhelpers.h"

#include "datasets/adapters/populationadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace population = regionlens::datasets::population;

class TestAdaptersPopulation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    population::Result run(const population::Request &request) const
    {
        return population::compute(population::load(m_store, request));
    }

    static population::RegionSpec spec(const QString &code) { return {code, code, {code}}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    // Census totals (population_census_prefecture.csv, sex = total).
    void series_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("firstYear");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("previous");   // 2015
        QTest::addColumn<double>("last");       // 2020
        QTest::addColumn<int>("peakYear");
        QTest::addColumn<double>("peak");
        QTest::newRow("Japan") << u"00"_s << 1920 << 55963053.0 << 127094745.0 << 126146099.0 << 2010 << 128057352.0;
        QTest::newRow("Tokyo") << u"13"_s << 1920 << 3699428.0 << 13515271.0 << 14047594.0 << 2020 << 14047594.0;
        QTest::newRow("Akita") << u"05"_s << 1920 << 898537.0 << 1023119.0 << 959502.0 << 1955 << 1348871.0;
        QTest::newRow("Okinawa") << u"47"_s << 1920 << 571572.0 << 1433566.0 << 1467480.0 << 2020 << 1467480.0;
    }

    void series()
    {
        QFETCH(QString, code);
        QFETCH(int, firstYear);
        QFETCH(double, first);
        QFETCH(double, previous);
        QFETCH(double, last);
        QFETCH(int, peakYear);
        QFETCH(double, peak);
        population::Request request;
        request.regions = {spec(code)};
        const population::Result r = run(request);
        QCOMPARE(r.series.size(), 1);
        const population::SeriesSummary &s = r.series.first();
        QCOMPARE(s.firstYear, firstYear);
        QCOMPARE(s.firstValue, first);
        QCOMPARE(s.previousYear, 2015);
        QCOMPARE(s.previousValue, previous);
        QCOMPARE(s.lastYear, 2020);
        QCOMPARE(s.lastValue, last);
        QCOMPARE(s.peakYear, peakYear);
        QCOMPARE(s.peakValue, peak);
        QCOMPARE(s.years.size(), 21);   // 1920, 1925, …, 2020 (Okinawa 1945: a gap)
        QCOMPARE(std::isnan(s.values.at(s.years.indexOf(1945.0))), code == u"47");
        for (qsizetype i = 0; i < s.values.size(); ++i)   // not indexed
            RL_COMPARE_NEAR(s.shown.at(i), s.values.at(i), 0.0);
    }

    // Indexed: to the base year, or — where a series lacks it — to its first year, with a note.
    void indexed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("baseYear");
        QTest::addColumn<int>("resultBase");
        QTest::addColumn<double>("firstShown");
        QTest::addColumn<double>("lastShown");
        QTest::addColumn<bool>("noted");
        // Akita: 1920 898,537, 2020 959,502.
        QTest::newRow("Akita, first year") << u"05"_s << 0 << 1920 << 100.0 << 100.0 * 959502.0 / 898537.0 << false;
        QTest::newRow("Akita, 2020 = 100") << u"05"_s << 2020 << 2020 << 100.0 * 898537.0 / 959502.0 << 100.0 << false;
        // Okinawa was not surveyed in 1945: indexed to its first year (1920: 571,572) instead.
        QTest::newRow("Okinawa, no 1945") << u"47"_s << 1945 << 1945 << 100.0 << 100.0 * 1467480.0 / 571572.0 << true;
    }

    void indexed()
    {
        QFETCH(QString, code);
        QFETCH(int, baseYear);
        QFETCH(int, resultBase);
        QFETCH(double, firstShown);
        QFETCH(double, lastShown);
        QFETCH(bool, noted);
        population::Request request;
        request.regions = {spec(code)};
        request.indexed = true;
        request.baseYear = baseYear;
        const population::Result r = run(request);
        QVERIFY(r.indexed);
        QCOMPARE(r.baseYear, resultBase);
        const population::SeriesSummary &s = r.series.first();
        RL_COMPARE_NEAR(s.shown.first(), firstShown, 1e-12);
        RL_COMPARE_NEAR(s.shown.last(), lastShown, 1e-12);
        QCOMPARE(!r.notes.isEmpty(), noted);
    }

    // Population pyramid of Tokyo, 2015 census (0～4歳 … 85歳以上, unknown age left out):
    // under 15 524,939 + 499,632 + 493,559 = 1,518,130; 65+ 854,575 + 713,342 + 583,971
    // + 449,314 + 404,314 = 3,005,516; 15–64 = 8,734,155; known age 13,257,801.
    void pyramid()
    {
        population::Request request;
        request.regions = {spec(u"13"_s)};
        request.pyramid = {population::kCensusAge, 2015};
        const population::Result r = run(request);
        const population::PyramidSummary &p = r.pyramid;
        QVERIFY(p.valid);
        QCOMPARE(p.ageCodes.size(), 18);
        QCOMPARE(p.male.first(), 267601.0);
        QCOMPARE(p.female.first(), 257338.0);
        QCOMPARE(p.male.last(), 124599.0);     // 85歳以上
        QCOMPARE(p.female.last(), 279715.0);
        QCOMPARE(p.knownTotal, 13257801.0);
        RL_COMPARE_NEAR(p.shareUnder15, 100.0 * 1518130.0 / 13257801.0, 1e-12);
        RL_COMPARE_NEAR(p.share15to64, 100.0 * 8734155.0 / 13257801.0, 1e-12);
        RL_COMPARE_NEAR(p.share65plus, 100.0 * 3005516.0 / 13257801.0, 1e-12);
        QCOMPARE(p.largestValue, 1154214.0);   // 40～44歳: 584,654 + 569,560
        QCOMPARE(p.ageCodes.indexOf(p.largestClass), 8);
        // The outline: the year farthest from 2015, the 2022 estimate.
        QVERIFY(r.outline.valid);
        QCOMPARE(r.outline.indicator, population::kEstimateAge);
        QCOMPARE(r.outline.year, 2022);
        // Without the outline, none is read.
        request.outline = false;
        QVERIFY(run(request).outline.indicator.isEmpty());
    }

    // Social change 2025 (migration_od_prefecture.csv, off-diagonal), per 1,000 of the
    // 2022 estimate (総数): 東京都 14,038,167; 秋田県 929,901; 東京圏 7,337,089 +
    // 6,265,975 + 14,038,167 + 9,232,489 = 36,873,720.
    void socialChange_data()
    {
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        QTest::addColumn<double>("population");
        // Natural change 2022 from the bundled SSDSE-B-2025 (issue 12), hand-read from SSDSE-B-2025.csv:
        // 東京都 91,097 − 139,264; 秋田県 3,992 − 17,256; 東京圏 births 43,451 + 36,966 + 91,097 + 56,498 =
        // 228,012, deaths 82,221 + 72,258 + 139,264 + 98,821 = 392,564 (tests/app/test_populationview.cpp).
        QTest::addColumn<double>("natural");
        QTest::newRow("Tokyo") << QStringList{u"13"_s} << 451843.0 << 386624.0 << 14038167.0 << -48167.0;
        QTest::newRow("Akita") << QStringList{u"05"_s} << 9849.0 << 13685.0 << 929901.0 << -13264.0;
        // Moves between the four are not migration across the group's border.
        QTest::newRow("Tokyo area") << QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s} << 515892.0 << 392358.0
                                    << 36873720.0 << -164552.0;
    }

    void socialChange()
    {
        QFETCH(QStringList, members);
        QFETCH(double, in);
        QFETCH(double, out);
        QFETCH(double, population);
        QFETCH(double, natural);
        population::Request request;
        request.regions = {{u"x"_s, u"x"_s, members}};
        const population::Result r = run(request);
        QCOMPARE(r.flowYear, 2025);
        QCOMPARE(r.populationYear, 2022);
        QCOMPARE(r.populationIndicator, population::kEstimateAge);
        QCOMPARE(r.change.size(), 1);
        const population::ChangeSummary &c = r.change.first();
        QCOMPARE(c.in, in);
        QCOMPARE(c.out, out);
        QCOMPARE(c.net, in - out);
        RL_COMPARE_NEAR(c.perThousand, 1000.0 * (in - out) / population, 1e-12);
        // Births and deaths: the starter pack's SSDSE items (A4101 出生数, A4200 死亡数; prefectures from
        // SSDSE-B-2025, 2011–2022), so natural change works out of the box. (Before issue 12 the pack had
        // none and this checked their absence.)
        QVERIFY(r.hasNatural);
        QCOMPARE(r.naturalYear, 2022);
        QCOMPARE(c.natural, natural);
        QVERIFY(!r.components.isEmpty());
        QVERIFY(!r.componentSeries.isEmpty());
    }

    // Japan has no migration across its border in an inter-prefectural table.
    void nationHasNoSocialChange()
    {
        population::Request request;
        request.regions = {spec(u"00"_s)};
        const population::Result r = run(request);
        QCOMPARE(r.change.size(), 1);
        QVERIFY(std::isnan(r.change.first().net));
    }

    // The selection-independent inputs are read once and handed back.
    void changeInputsReused()
    {
        population::Request request;
        request.regions = {spec(u"13"_s)};
        const population::Result first = run(request);
        QVERIFY(first.changeInputs);
        QCOMPARE(first.changeInputs->flows.size(), 47 * 46);
        request.regions = {spec(u"05"_s)};
        request.change = first.changeInputs;
        const population::Inputs inputs = population::load(m_store, request);
        QCOMPARE(inputs.change.get(), first.changeInputs.get());
        QCOMPARE(population::compute(inputs).change.first().net, 9849.0 - 13685.0);
    }

    void farthestChoice_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("indicator");   // "" = none
        QTest::addColumn<int>("expected");
        QTest::newRow("2015 → 2022") << 2015 << population::kEstimateAge << 2022;
        QTest::newRow("2022 → 2010") << 2022 << population::kCensusAge << 2010;
        QTest::newRow("2016: 2010 and 2022 equally far, first wins") << 2016 << population::kCensusAge << 2010;
    }

    void farthestChoice()
    {
        QFETCH(int, year);
        QFETCH(QString, indicator);
        QFETCH(int, expected);
        const QList<population::PyramidChoice> available{{population::kCensusAge, 2010},
                                                         {population::kCensusAge, 2015},
                                                         {population::kEstimateAge, 2022}};
        const std::optional<population::PyramidChoice> c = population::farthestChoice(available, year);
        QVERIFY(c);
        QCOMPARE(c->indicator, indicator);
        QCOMPARE(c->year, expected);
        QVERIFY(!population::farthestChoice({{population::kCensusAge, 2015}}, 2015));
    }
};

QTEST_GUILESS_MAIN(TestAdaptersPopulation)
#include "test_adapters_population.moc"
