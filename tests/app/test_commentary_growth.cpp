// SPDX-License-Identifier: GPL-3.0-or-later
// The 強みと成長 and 生産性と経済 commentaries as pure functions (issue 15):
// the growth adapter's figures on a 2 × 2 table worked by hand, and a
// productivity result written out by hand, in; sentences with the numbers
// out. The money formats (億円 / 兆円, 万円) the pages, exports and report share.
#include "testhelpers.h"

#include "growthcommentary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// Nation (sum) X1 150 → 170, X2 250 → 270; region 01: X1 100 → 120 (+10 pt,
// LQ 1.479, regional shift +6.667 ≈ +7), X2 100 → 90 (−5 pt, LQ 0.698,
// regional shift −18); total 200 → 210 (+5.0 %), nation +10.0 %.
datasets::IndustryGrowth handWorked()
{
    datasets::ObservationColumns c;
    c.regions = {u"01"_s, u"02"_s};
    c.industries = {u"X1"_s, u"X2"_s};   // not JSIC codes: named by their codes
    const double values[2][2][2] = {{{100, 100}, {120, 90}}, {{50, 150}, {50, 180}}};
    for (int r = 0; r < 2; ++r)
        for (int y = 0; y < 2; ++y)
            for (int i = 0; i < 2; ++i) {
                c.region.push_back(r);
                c.industry.push_back(i);
                c.year.push_back(y == 0 ? 2016 : 2021);
                c.value.push_back(values[r][y][i]);
            }
    datasets::GrowthRequest request;
    request.indicator = u"test"_s;
    request.region = u"01"_s;
    return datasets::compute(datasets::load(c, request));
}

datasets::Productivity handMadeEconomy()
{
    datasets::Productivity p;
    p.region = p.row = u"22"_s;
    p.years = {2017, 2022};
    p.gdp = {17906611, 18271075};
    p.nationGdp = {5.6e8, 5.74e8};
    p.startYear = 2017;
    p.endYear = 2022;
    p.gdpStart = 17906611;
    p.gdpEnd = 18271075;
    p.growthPercent = 2.035;
    p.nationGrowthPercent = 2.5;
    p.gdpRank = 10;
    p.gdpRankOf = 47;
    datasets::ActivityEconomy m{u"S03"_s, 6.5e6, 6.97e6, 38.2, 7.2, 2.62, 441001, 14.99602, 12.0};
    datasets::ActivityEconomy t{u"S07"_s, 9.0e5, 7.4e5, 4.1, -17.7, -0.89, 96274, 7.957382, 9.0};
    p.activities = {m, t};
    p.perWorker = {{2016, 2016, 1.7e7, 1712931, 9.911810808, 9.5, 7, 47}, {2021, 2021, 1.67e7, 1730926, 9.663367, 9.5005, 11, 47}};
    return p;
}

} // namespace

class TestCommentaryGrowth : public QObject
{
    Q_OBJECT

private slots:
    void growth_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("levels and growth")
            << u"plain"_s
            << QStringList{u"<h3>静岡県</h3>"_s, u"Employees of 静岡県: 200 in 2016, 210 in 2021 (+5.0 %; the nation +10.0 %)"_s};
        QTest::newRow("contributions")
            << u"plain"_s << QStringList{u"Largest contributions to the change: X1 (+10.00 pt)"_s, u"Largest drags: X2 (−5.00 pt)"_s};
        QTest::newRow("quadrant") << u"plain"_s
                                  << QStringList{u"Strong and growing (LQ ≥ 1, growing): X1 (LQ 1.48, +20.0 %)"_s};
        QTest::newRow("regional shift")
            << u"plain"_s
            << QStringList{u"largest in X1 (+7); most negative in X2 (−18)"_s,
                           u"In total +10 = national share +20 + industry mix +1 + regional shift −11"_s};
        QTest::newRow("no result") << u"none"_s << QStringList{u"No change by industry for 静岡県 yet."_s};
    }

    void growth()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        app::GrowthCommentaryInput in;
        in.regionName = u"静岡県"_s;
        in.measureName = u"Employees"_s;
        in.japanese = false;
        if (variant != u"none")
            in.result = handWorked();
        const QString html = app::growthCommentary(in);
        for (const QString &e : expected)
            QVERIFY2(html.contains(e), qPrintable(u"missing «%1» in\n%2"_s.arg(e, html)));
        if (variant == u"plain")
            QVERIFY(!html.contains(u"Strong but shrinking"_s));   // no industry there
    }

    void economy_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("gdp, rank, growth")
            << u"prefecture"_s
            << QStringList{u"Gross prefectural product (nominal) of 静岡県 in FY2022: ¥18.27 tn, rank 10 of 47 prefectures; "
                           "+2.0 % since FY2017 (all prefectures +2.5 %)."_s};
        QTest::newRow("activities")
            << u"prefecture"_s
            << QStringList{u"Largest activities: Manufacturing (38.2 %), Transport, postal (4.1 %)"_s,
                           u"Largest contributions to growth: Manufacturing (+2.62 pt); largest drags: Transport, postal (−0.89 pt)"_s};
        QTest::newRow("per worker")
            << u"prefecture"_s
            << QStringList{u"GDP per worker (value added of FY2021 / employees of the 2021 economic census): ¥9.66 m, rank 11 of "
                           "47 (all prefectures ¥9.50 m)."_s,
                           u"In 2016 it was ¥9.91 m (rank 7)."_s, u"Highest per worker: Manufacturing (¥15.00 m)"_s};
        QTest::newRow("municipality")
            << u"municipality"_s
            << QStringList{u"<h3>静岡県</h3>"_s, u"Gross prefectural product is published for prefectures: 浜松市 is shown "
                                                 "with the figures of 静岡県."_s};
        QTest::newRow("group: no rank") << u"group"_s
                                        << QStringList{u"Gross product (nominal) of 東海 in FY2022: ¥18.27 tn; +2.0 %"_s};
        QTest::newRow("none") << u"none"_s << QStringList{u"No gross prefectural product for 静岡県 in the store."_s};
    }

    void economy()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        app::ProductivityCommentaryInput in;
        in.regionName = in.rowName = u"静岡県"_s;
        in.japanese = false;
        if (variant != u"none")
            in.result = handMadeEconomy();
        if (variant == u"municipality")
            in.regionName = u"浜松市"_s;
        if (variant == u"group") {
            in.regionName = in.rowName = u"東海"_s;
            in.result.gdpRank = 0;
        }
        const QString html = app::productivityCommentary(in);
        for (const QString &e : expected)
            QVERIFY2(html.contains(e), qPrintable(u"missing «%1» in\n%2"_s.arg(e, html)));
        if (variant == u"prefecture")
            QVERIFY(!html.contains(u"published for prefectures"_s));
    }

    void money_data()
    {
        QTest::addColumn<double>("millionYen");
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("expected");
        QTest::newRow("兆 and 億") << 17506587.0 << true << u"17兆5,066億円"_s;
        QTest::newRow("whole 兆") << 2000000.0 << true << u"2兆円"_s;
        QTest::newRow("億 only") << 827149.0 << true << u"8,271億円"_s;
        QTest::newRow("negative") << -50000.0 << true << u"−500億円"_s;
        QTest::newRow("tn") << 17506587.0 << false << u"¥17.51 tn"_s;
        QTest::newRow("bn") << 827149.0 << false << u"¥827.1 bn"_s;
        QTest::newRow("none") << std::nan("") << true << u"–"_s;
    }

    void money()
    {
        QFETCH(double, millionYen);
        QFETCH(bool, japanese);
        QFETCH(QString, expected);
        QCOMPARE(app::yenText(millionYen, japanese), expected);
    }

    void perWorkerAndCounts()
    {
        // 静岡県 2021: 16,726,574 百万円 / 1,730,926 employees.
        QCOMPARE(app::perWorkerText(16726574.0 / 1730926.0, true), u"966万円"_s);
        QCOMPARE(app::perWorkerText(16726574.0 / 1730926.0, false), u"¥9.66 m"_s);
        QCOMPARE(app::signedCount(17645.0), u"+17,645"_s);
        QCOMPARE(app::signedCount(-2298.0), u"−2,298"_s);
        QCOMPARE(app::signedCount(0.2), u"0"_s);
        QCOMPARE(app::rankedRows({3.0, -1.0, std::nan(""), 5.0, -4.0}, 2), (QList<int>{3, 0}));
        QCOMPARE(app::rankedRows({3.0, -1.0, std::nan(""), 5.0, -4.0}, 3, true, app::Sign::Negative), (QList<int>{4, 1}));
        QCOMPARE(app::rankedRows({3.0, -1.0}, 3, false, app::Sign::Positive), (QList<int>{0}));
    }

    void howToRead()
    {
        QVERIFY(app::growthHowToRead().contains(u"Top right: strong and growing"_s));
        QVERIFY(app::productivityHowToRead().contains(u"public administration"_s));
    }
};

QTEST_MAIN(TestCommentaryGrowth)
#include "test_commentary_growth.moc"
