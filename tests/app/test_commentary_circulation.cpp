// SPDX-License-Identifier: GPL-3.0-or-later
// The 地域経済循環 page's words as a pure function: hand-made adapter results
// in (three sectors, numbers chosen so every share is easy to check by hand),
// sentences with those numbers out; the unit per language and table; the
// table label; the order of the 純移輸出 bars.
#include "circulationcommentary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace io = regionlens::datasets::inputoutput;

namespace {

// 生産 1,000,000 百万円 = GVA A 500,000 + B 300,000 + C 200,000; 雇用者所得
// 600,000 (60 %); 支出: 民間消費 500,000, 政府消費 200,000, 投資 250,000,
// 移輸出 400,000 − 移輸入 350,000 = +50,000 (5 % of 生産); 純移輸出 by
// sector A +80,000, B −50,000, C +20,000; 自給率 A 60 %, B 20 %, C 90 %.
io::Result handMade()
{
    io::Result r;
    r.valid = true;
    r.sectors = {u"A"_s, u"B"_s, u"C"_s};
    r.tableUnit = u"百万円"_s;
    r.tableYear = 2015;
    r.output = {1.0e6, 5.0e5, 3.0e5};
    r.selfSufficiency = {0.6, 0.2, 0.9};
    io::Circulation &c = r.circulation;
    c.production = c.distribution = c.expenditure = 1.0e6;
    c.compensation = 6.0e5;
    c.otherIncome = 4.0e5;
    c.circulationRate = 1.0;
    c.householdConsumption = 5.0e5;
    c.governmentConsumption = 2.0e5;
    c.investment = 2.5e5;
    c.otherDemand = 0.0;
    c.exports = 4.0e5;
    c.imports = 3.5e5;
    c.netExports = 5.0e4;
    c.grossValueAdded = {5.0e5, 3.0e5, 2.0e5};
    c.netExportsBySector = {8.0e4, -5.0e4, 2.0e4};
    return r;
}

} // namespace

class TestCommentaryCirculation : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("official, surplus")
            << u"official"_s
            << QStringList{u"From the official 2015 input–output table of 静岡県."_s,
                           u"gross value added 1,000.0 ¥ bn, most of it in A (50.0 %) and B (30.0 %)"_s,
                           u"compensation of employees 600.0 ¥ bn (60.0 % of it), other income 400.0 ¥ bn"_s,
                           u"household consumption 500.0 ¥ bn, government consumption 200.0 ¥ bn, investment 250.0 ¥ bn"_s,
                           u"exports 400.0 ¥ bn minus imports 350.0 ¥ bn) is a surplus of +50.0 ¥ bn, 5.0 % of production"_s,
                           u"(net exports 純移輸出 > 0): A (+80.0 ¥ bn), C (+20.0 ¥ bn)."_s,
                           u"(largest net imports): B (−50.0 ¥ bn)."_s,
                           u"lowest in B (20.0 %), highest in C (90.0 %)"_s,
                           u"The circulation rate is 100.0 % because"_s};
        QTest::newRow("estimated, deficit")
            << u"estimated"_s
            << QStringList{u"<b>Estimate.</b> 静岡県 has no official input–output table in the store"_s,
                           u"from the national 2015 table with estimated (FLQ, δ = 0.15) and employees 2021"_s,
                           u"population 2015 (consumption)"_s,
                           u"is a deficit of −50.0 ¥ bn, 5.0 % of production"_s};
        QTest::newRow("residence-based income")
            << u"residence"_s
            << QStringList{u"Against residence-based income 1,250.0 ¥ bn the circulation rate is 80.0 %."_s};
        QTest::newRow("Japanese: 億円") << u"japanese"_s
                                       << QStringList{u"gross value added 10,000 億円"_s,
                                                      u"A (+800 億円), C (+200 億円)"_s};
        QTest::newRow("another unit, as given")
            << u"thousand"_s << QStringList{u"gross value added 1,000,000 千円"_s};
        QTest::newRow("no table") << u"none"_s
                                  << QStringList{u"No input–output table for 静岡県: no employees by JSIC division"_s};
    }

    void sentences()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        app::CirculationCommentaryInput in;
        in.regionName = u"静岡県"_s;
        in.hasResult = true;
        in.result = handMade();
        if (variant == u"estimated") {
            in.result.estimated = true;
            in.result.employeesYear = 2021;
            in.result.populationYear = 2015;
            in.result.circulation.netExports = -5.0e4;
        } else if (variant == u"residence") {
            in.result.circulation.residenceIncome = 1.25e6;
            in.result.circulation.residenceCirculationRate = 0.8;
        } else if (variant == u"japanese") {
            in.japanese = true;
        } else if (variant == u"thousand") {
            in.result.tableUnit = u"千円"_s;
        } else if (variant == u"none") {
            in.hasResult = false;
            in.problem = u"no employees by JSIC division"_s;
        }
        const QString html = app::circulationCommentary(in);
        for (const QString &e : expected)
            QVERIFY2(html.contains(e), qPrintable(u"missing «%1» in\n%2"_s.arg(e, html)));
        if (variant == u"official")
            QVERIFY(!html.contains(u"Estimate"_s));
        if (variant == u"residence")
            QVERIFY(!html.contains(u"because an input–output table"_s));
    }

    void unitsAndLabels()
    {
        QCOMPARE(app::circulationAmount(123456.0, app::circulationUnit(u"百万円"_s, true)), u"1,235 億円"_s);
        QCOMPARE(app::circulationAmount(-123456.0, app::circulationUnit(u"百万円"_s, false), true), u"−123.5 ¥ bn"_s);
        QCOMPARE(app::circulationAmount(42.0, app::circulationUnit(u"百万円"_s, true), true), u"0 億円"_s);
        QCOMPARE(app::circulationAmount(std::nan(""), app::circulationUnit(u"百万円"_s, true)), u"–"_s);
        io::Result r = handMade();
        QCOMPARE(app::circulationTableLabel(r), u"official table 2015"_s);
        r.estimated = true;
        QCOMPARE(app::circulationTableLabel(r), u"estimated (FLQ, δ = 0.15)"_s);
        r.delta = 0.3;
        r.method = analysis::LqMethod::Aflq;
        QCOMPARE(app::circulationTableLabel(r), u"estimated (AFLQ, δ = 0.3)"_s);
        r.method = analysis::LqMethod::Slq;
        QCOMPARE(app::circulationTableLabel(r), u"estimated (SLQ)"_s);
        QCOMPARE(app::sectorsByNetExports(r), (QList<int>{0, 2, 1}));
        r.circulation.netExportsBySector[2] = std::nan("");
        QCOMPARE(app::sectorsByNetExports(r), (QList<int>{0, 1}));
    }
};

QTEST_MAIN(TestCommentaryCirculation)
#include "test_commentary_circulation.moc"
