// SPDX-License-Identifier: GPL-3.0-or-later
// The commentary of the 将来人口 / Population projection page as a pure
// function: series made by hand (the projection adapter's RegionSeries), names
// and options in, HTML out. Each row names the sentences — with their numbers
// worked by hand in the comments — that must be said, and those that must not.
// No window, no store.
#include "projectioncommentary.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(regionlens::app::ProjectionCommentaryInput)

using namespace Qt::StringLiterals;
using namespace regionlens;
using datasets::projection::RegionSeries;

namespace {

// A region of 1,000 people in 2015 under one scenario, 2015, 2020, 2025.
RegionSeries series(const QString &scenario, const QVector<double> &total)
{
    RegionSeries s;
    s.valid = true;
    s.code = u"02"_s;
    s.scenario = scenario;
    s.years = {2015, 2020, 2025};
    s.total = total;
    s.share65plus = {30.0, 33.0, 36.0};
    s.age15to64 = {600.0, 560.0, 520.0};
    s.share0to14 = {12.0, 11.0, 10.0};
    return s;
}

app::ProjectionCommentaryInput input()
{
    app::ProjectionCommentaryInput in;
    in.regionCode = u"02"_s;
    in.regionName = u"県B"_s;
    in.series = {series(u"baseline"_s, {1000.0, 950.0, 900.0})};
    in.ratesFrom = 2010;
    return in;
}

} // namespace

class TestCommentaryProjection : public QObject
{
    Q_OBJECT

private slots:
    void commentary_data()
    {
        QTest::addColumn<app::ProjectionCommentaryInput>("input");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        // 900 / 1,000 − 1 = −10.0 %; 15–64: 520 / 600 − 1 = −13.3 %.
        app::ProjectionCommentaryInput in = input();
        QTest::newRow("current trends: the horizon against the base, the ageing")
            << in
            << QStringList{u"With the current trends (the rates of 2010→2015 held), <b>県B</b> in 2025 would have 900 "
                           u"people, 10.0 % fewer than in 2015 (1,000)."_s,
                           u"The share aged 65 and over (高齢化率) would go from 30.0 % to 36.0 %, and the working-age "
                           u"population (15–64) from 600 to 520 (−13.3 %); children under 15 would be 10.0 % of the "
                           u"population (12.0 % in 2015)."_s}
            << QStringList{u"If fertility"_s, u"A check"_s, u"On the map"_s, u"No region selected"_s, u"Projected from"_s};

        // Growth: 1,100 / 1,000 − 1 = +10.0 %.
        in = input();
        in.series = {series(u"baseline"_s, {1000.0, 1050.0, 1100.0})};
        in.noSelection = true;
        QTest::newRow("growth; nothing selected")
            << in
            << QStringList{u"No region selected: the page shows 県B."_s, u"would have 1,100 people, 10.0 % more than in 2015"_s}
            << QStringList{u"fewer"_s};

        // Fertility: 930 / 900 − 1 = +3.3 %, +30 people, 930 / 1,000 − 1 = −7.0 %.
        // Zero migration: 870 / 900 − 1 = −3.3 %, −30 people, −13.0 % on 2015.
        // Both: 900 = the baseline: +0.0 %, 0 people.
        in = input();
        in.series << series(u"fertility"_s, {1000.0, 960.0, 930.0}) << series(u"zero-migration"_s, {1000.0, 930.0, 870.0})
                  << series(u"fertility+zero-migration"_s, {1000.0, 940.0, 900.0});
        in.tfrTarget = 1.8;
        in.tfrYear = 2030;
        in.migrationZeroFrom = 2020;
        in.currentTfr = 1.5;
        in.currentTfrYear = 2015;
        QTest::newRow("every scenario against current trends")
            << in
            << QStringList{u"If fertility reached 1.80 by 2030 (from 1.50 in 2015), 県B would have 930 people in 2025: "
                           u"+3.3 % on “Current trends” (+30 people), 7.0 % fewer than in 2015."_s,
                           u"If net migration were zero from 2020, 県B would have 870 people in 2025: −3.3 % on "
                           u"“Current trends” (−30 people), 13.0 % fewer than in 2015."_s,
                           u"With both (fertility 1.80 by 2030, no net migration from 2020), 県B would have 900 people "
                           u"in 2025: 0.0 % on “Current trends” (0 people)"_s}
            << QStringList{u"Under “"_s};

        // Without the baseline the first scenario shown is the reference; the TFR is unknown (a group).
        in = input();
        in.series = {series(u"fertility"_s, {1000.0, 960.0, 930.0}), series(u"zero-migration"_s, {1000.0, 930.0, 870.0})};
        in.tfrTarget = 2.07;
        in.tfrYear = 2040;
        QTest::newRow("no baseline: the first scenario is the reference")
            << in
            << QStringList{u"Under “Fertility 2.07 by 2040”, <b>県B</b> in 2025 would have 930 people, 7.0 % fewer than in "
                           u"2015 (1,000)."_s,
                           u"If net migration were zero from 2025, 県B would have 870 people in 2025: −6.5 % on "
                           u"“Fertility 2.07 by 2040” (−60 people)"_s}   // 870 / 930 − 1 = −6.45 %
            << QStringList{u"With the current trends"_s, u"(from "_s, u"A check"_s};

        // The census after the base: 950 projected for 2020 against 940 counted: +1.1 %.
        in = input();
        in.census = {{2010, 2015, 2020}, {1010.0, 1000.0, 940.0}};
        in.regionsProjected = 47;
        QTest::newRow("the 2020 census beside the projection; the method")
            << in
            << QStringList{u"A check: the 2020 census counted 940 people; projected from 2015 with the current trends, "
                           u"950 (+1.1 % off)."_s,
                           u"Projected from the 2015 census with the net migration rates and child-woman ratio of "
                           u"2010→2015; net migration balanced over the 47 regions projected together."_s}
            << QStringList{};

        // Municipalities from a 住基 base with their prefectures' rates.
        in = input();
        in.regionsProjected = 1788;
        in.prefectureRates = true;
        QTest::newRow("the method for municipalities")
            << in
            << QStringList{u"Projected from the 住民基本台帳 population of 2015 (1 January) with each prefecture's net "
                           u"migration rates of 2010→2015 and the municipality's own child-woman ratio; net migration "
                           u"balanced over the 1788 regions projected together."_s}
            << QStringList{u"census with the net migration"_s};

        // Censuses up to the base year are no check; one after the horizon neither.
        in = input();
        in.census = {{2010, 2015, 2030}, {1010.0, 1000.0, 800.0}};
        QTest::newRow("no check from the base census") << in << QStringList{u"in 2025 would have 900"_s}
                                                       << QStringList{u"A check"_s};

        // The map: 90 (県A) … 105 (県C); 県B 95 is second of three.
        in = input();
        in.mapYear = 2025;
        in.mapScenario = u"baseline"_s;
        in.mapIndex = {{u"01"_s, 90.0}, {u"02"_s, 95.0}, {u"03"_s, 105.0}, {u"04"_s, std::nan("")}};
        in.names = {{u"01"_s, u"県A"_s}, {u"02"_s, u"県B"_s}, {u"03"_s, u"県C"_s}};
        QTest::newRow("the map's extremes and the region's rank")
            << in
            << QStringList{u"On the map (2025, “Current trends”), the index runs from 90.0 in 県A to 105.0 in 県C. "
                           u"県B: 95.0, rank 2 of 3."_s}
            << QStringList{u"04"_s};

        in = input();
        in.error = u"no population by sex and 5-year age for 2010 (needed for the rates)"_s;
        QTest::newRow("the adapter's error")
            << in << QStringList{u"No projection for 県B: no population by sex and 5-year age for 2010 (needed for the rates)"_s}
            << QStringList{u"would have"_s};

        in = input();
        in.series.clear();
        QTest::newRow("no scenario ticked") << in << QStringList{u"Tick at least one scenario to project 県B."_s}
                                            << QStringList{u"would have"_s};
    }

    void commentary()
    {
        QFETCH(app::ProjectionCommentaryInput, input);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString html = app::projectionCommentary(input);
        for (const QString &p : present)
            QVERIFY2(html.contains(p), qPrintable(u"missing «%1» in %2"_s.arg(p, html)));
        for (const QString &a : absent)
            QVERIFY2(!html.contains(a), qPrintable(u"unexpected «%1» in %2"_s.arg(a, html)));
    }

    void labelsAndHowToRead()
    {
        QCOMPARE(app::projectionScenarioLabel(u"baseline"_s, 2.07, 2040, 2025), u"Current trends"_s);
        QCOMPARE(app::projectionScenarioLabel(u"fertility"_s, 1.8, 2030, 2025), u"Fertility 1.80 by 2030"_s);
        QCOMPARE(app::projectionScenarioLabel(u"zero-migration"_s, 2.07, 2040, 2035), u"Zero migration from 2035"_s);
        QCOMPARE(app::projectionScenarioLabel(u"fertility+zero-migration"_s, 2.07, 2040, 2025),
                 u"Fertility + zero migration"_s);
        QCOMPARE(app::projectionScenarioLabel(u"custom"_s, 2.07, 2040, 2025), u"custom"_s);
        const QString how = app::projectionHowToRead();
        QVERIFY(how.size() > 400);
        QVERIFY(how.contains(u"dashed"_s));
        QVERIFY(how.contains(u"outline"_s));
    }
};

QTEST_MAIN(TestCommentaryProjection)
#include "test_commentary_projection.moc"
