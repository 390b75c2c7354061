// SPDX-License-Identifier: GPL-3.0-or-later
// The 経済波及効果 page's words without a window: hand-made adapter results in
// (two sectors, figures worked by hand below), sentences with numbers and the
// assumptions out; the templates' demand and the plain-number CSV.
#include "testhelpers.h"

#include "impactcommentary.h"
#include "impacttemplates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace io = regionlens::datasets::inputoutput;

namespace {

// Two sectors, 製造業 and サービス. A demand of 100 百万円 for サービス, of
// which 80 is produced in the region (direct); 1st indirect 30 (製造業 20,
// サービス 10); type II adds 2nd indirect 14 (製造業 4, サービス 10). Total
// output 124 → 波及倍率 124 / 80 = 1.55. Value added = half the output,
// income a quarter, employees 0.1 per 百万円.
io::Result handMade(bool typeTwo)
{
    io::Result r;
    r.sectors = {u"製造業"_s, u"サービス"_s};
    r.valid = true;
    r.competitiveImports = true;
    r.type = typeTwo ? analysis::MultiplierType::TypeII : analysis::MultiplierType::TypeI;
    r.consumptionRatio = 0.738;
    r.tableYear = 2015;
    r.tableSource = u"静岡県「平成27年（2015年）静岡県産業連関表」"_s;
    r.tableLicence = u"CC BY 4.0"_s;
    r.output = {1000.0, 3000.0};
    r.backwardLinkage = {1.2, 0.8};
    r.forwardLinkage = {1.1, 0.9};
    r.employmentMultiplier = {0.1, 0.1};
    r.hasImpact = true;
    r.demand = {0.0, 100.0};
    const auto effect = [](double a, double b) {
        return io::Effect{{a, b}, {a / 2, b / 2}, {a / 4, b / 4}, {a / 10, b / 10}};
    };
    r.direct = effect(0.0, 80.0);
    r.indirect1 = effect(20.0, 10.0);
    r.indirect2 = typeTwo ? effect(4.0, 10.0) : effect(0.0, 0.0);
    r.total = typeTwo ? effect(24.0, 100.0) : effect(20.0, 90.0);
    r.outputRatio = typeTwo ? 124.0 / 80.0 : 110.0 / 80.0;
    return r;
}

} // namespace

class TestCommentaryImpact : public QObject
{
    Q_OBJECT

private slots:
    void commentary_data()
    {
        QTest::addColumn<bool>("typeTwo");
        QTest::addColumn<bool>("estimated");
        QTest::addColumn<bool>("ratioGiven");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("type II, official")
            << true << false << false
            << QStringList{u"A demand of 100 million yen in 静岡県 brings a total output of 124 million yen"_s,
                           u"direct effect 80 million yen, 1st indirect 30 million yen, 2nd indirect 14 million yen"_s,
                           u"波及倍率) 1.55"_s, u"80.0 % of the demand is produced in the region"_s,
                           u"20 million yen is bought from outside"_s,
                           u"Gross value added 62 million yen, of which 雇用者所得 31 million yen"_s,
                           u"about 12 persons"_s, u"Most output is induced in サービス (100 million yen), 製造業 (24"_s,
                           u"Linkages: 製造業 both pull"_s, u"the official 2015 input–output table"_s,
                           u"出典: 静岡県「平成27年（2015年）静岡県産業連関表」 (CC BY 4.0)"_s,
                           u"消費転換係数 0.738: the average propensity to consume"_s, u"家計調査 2015"_s}
            << QStringList{u"ESTIMATED"_s, u"Type I leaves out"_s, u"entered on the page"_s};
        QTest::newRow("type I") << false << false << false
                                << QStringList{u"total output of 110 million yen"_s, u"波及倍率) 1.38"_s,
                                               u"Type I leaves out the spending"_s, u"no 第2次間接波及効果"_s}
                                << QStringList{u", 2nd indirect"_s, u"消費転換係数"_s};
        QTest::newRow("estimated, ratio given")
            << true << true << true
            << QStringList{u"ESTIMATED from the national 2015 table"_s, u"δ = 0.2"_s,
                           u"静岡県 has no official table in the store: every figure is an estimate."_s,
                           u"消費転換係数 0.738 (entered on the page)"_s}
            << QStringList{u"the official 2015"_s};
    }

    void commentary()
    {
        QFETCH(bool, typeTwo);
        QFETCH(bool, estimated);
        QFETCH(bool, ratioGiven);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        app::ImpactCommentaryInput in;
        in.regionName = u"静岡県"_s;
        in.result = handMade(typeTwo);
        in.result.estimated = estimated;
        in.result.delta = 0.2;
        in.consumptionRatioGiven = ratioGiven;
        const QString html = app::impactCommentary(in);
        const QString text = QString(html).replace(u"&quot;"_s, u"\""_s);
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + u"\n---\n"_s + text));
        for (const QString &a : absent)
            QVERIFY2(!text.contains(a), qPrintable(a + u"\n---\n"_s + text));
    }

    void states_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("problem") << 0 << u"no official table"_s;
        QTest::newRow("no demand") << 1 << u"Enter a demand by sector"_s;
        QTest::newRow("no inverse") << 2 << u"has no Leontief inverse"_s;
        QTest::newRow("computing") << 3 << u"Computing"_s;
    }

    void states()
    {
        QFETCH(int, state);
        QFETCH(QString, expected);
        app::ImpactCommentaryInput in;
        in.regionName = u"静岡県"_s;
        in.result = handMade(true);
        if (state == 0)
            in.problem = u"no official table"_s;
        if (state == 1)
            in.result.hasImpact = false;
        if (state == 2)
            in.result.valid = false;
        if (state == 3)
            in.result = {};
        const QString html = app::impactCommentary(in);
        QVERIFY2(html.contains(expected), qPrintable(html));
        QCOMPARE(html.contains(u"total output"_s), false);
    }

    void templateInAssumptions()
    {
        app::ImpactCommentaryInput in;
        in.result = handMade(true);
        in.templateName = u"Tourism spending (観光消費)"_s;
        in.templateSplit = {u"サービス 55.0 %"_s, u"運輸・郵便 20.0 %"_s};
        QStringList a = app::impactAssumptions(in);
        QVERIFY(a.join(u'\n').contains(u"Template Tourism spending (観光消費): split サービス 55.0 %, 運輸・郵便 20.0 %"_s));
        QVERIFY(a.join(u'\n').contains(u"an assumption of RegionLens"_s));
        QVERIFY(!a.join(u'\n').contains(u"edited"_s));
        in.edited = true;
        QVERIFY(app::impactAssumptions(in).join(u'\n').contains(u"edited by hand"_s));
    }

    void templateDemand_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<double>>("expected");   // by the 12 sectors, 百万円
        // 100,000 × 30,000 円 = 3,000: 農林水産業 3 %, 製造業 12 %, 商業 10 %, 運輸・郵便 20 %, サービス 55 %.
        QTest::newRow("tourism") << int(app::impact::Template::Tourism)
                                 << QList<double>{90, 0, 360, 0, 0, 300, 0, 600, 0, 0, 1650, 0};
        QTest::newRow("construction") << int(app::impact::Template::Construction)
                                      << QList<double>{0, 0, 3000, 7000, 0, 0, 0, 0, 0, 0, 0, 0};
        // Budget 100 (サービス 80, 運輸・郵便 10, 情報通信 10) + 20,000 × 8,000 円 = 160 split as tourism.
        QTest::newRow("event") << int(app::impact::Template::Event)
                               << QList<double>{4.8, 0, 19.2, 0, 0, 16, 0, 10 + 32, 10, 0, 80 + 88, 0};
        QTest::newRow("custom") << int(app::impact::Template::Custom) << QList<double>(12, 0.0);
    }

    void templateDemand()
    {
        QFETCH(int, kind);
        QFETCH(QList<double>, expected);
        const QVector<double> d =
            app::impact::templateDemand(app::impact::defaultFigures(app::impact::Template(kind)),
                                        app::impact::twelveSectors());
        QCOMPARE(d.size(), 12);
        for (int i = 0; i < 12; ++i)
            QVERIFY2(std::abs(d.at(i) - expected.at(i)) < 1e-9,
                     qPrintable(u"%1: %2 vs %3"_s.arg(i).arg(d.at(i)).arg(expected.at(i))));
    }

    void templateNeedsTwelveSectors()
    {
        QString problem;
        const QVector<double> d = app::impact::templateDemand(app::impact::defaultFigures(app::impact::Template::Tourism),
                                                              {u"A"_s, u"B"_s}, &problem);
        QVERIFY(d.isEmpty());
        QVERIFY2(problem.contains(u"12-sector"_s), qPrintable(problem));
        double shares = 0.0;
        for (const app::impact::Share &s : app::impact::kTourismSplit)
            shares += s.share;
        QCOMPARE(shares, 1.0);
    }

    void csvHasPlainNumbers()
    {
        io::Result r = handMade(true);
        r.direct.output[1] = 1234567.125;
        const QStringList lines = app::impact::impactCsv(r).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"effect,sector,output,value_added,income,employees"_s);
        QCOMPARE(lines.size(), 1 + 4 * 3);
        QCOMPARE(lines.at(2), u"direct,サービス,1234567.125,40,20,8"_s);
        QCOMPARE(lines.at(3), u"direct,TOTAL,1234567.125,40,20,8"_s);
        QCOMPARE(lines.at(12), u"total,TOTAL,124,62,31,12.4"_s);
        r.hasImpact = false;
        QVERIFY(app::impact::impactCsv(r).isEmpty());
    }
};

QTEST_MAIN(TestCommentaryImpact)
#include "test_commentary_impact.moc"
