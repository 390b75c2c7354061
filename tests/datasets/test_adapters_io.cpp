// SPDX-License-Identifier: GPL-3.0-or-later
// The input–output adapter and the wide CSV reader, without a window:
// hand-worked tables read from the wide layout (Miller & Blair's two sectors,
// a two-sector table with imports), every convention of the Request, and the
// files the reader rejects with their line and column.
#include "datasets/adapters/ioadapter.h"
#include "datasets/iowidecsv.h"

#include "testhelpers.h"
#include "iotestdata.h"

#include <QTest>

#include <Eigen/Dense>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace io = regionlens::datasets::inputoutput;
namespace iowide = regionlens::datasets::iowide;

namespace {

const char *const kMillerBlair = regionlens::test::kMillerBlairWide;   // tests/iotestdata.h

// Two sectors with imports (as tests/analysis/test_inputoutput.cpp's
// importTable(), in the published layout): imports negative, subtotal rows
// and an employees row.
//   m = [20/(50+30), 10/(50+50)] = [.25, .1]; X = [100 110]
const char kImports[] = "sector,goods,services,民間消費支出,移輸出,（控除）移輸入,県内生産額\n"
                        "goods,20,30,30,40,-20,100\n"
                        "services,10,40,50,20,-10,110\n"
                        "内生部門計,30,70,,,,\n"
                        "雇用者所得,40,25,,,,\n"
                        "営業余剰,30,15,,,,\n"
                        "粗付加価値部門計,70,40,,,,\n"
                        "employees,10,22,,,,\n"
                        "県内生産額,100,110,,,,\n";

Eigen::Matrix2d inverse2(const Eigen::Matrix2d &m)   // closed form, independent of the engine's LU
{
    const double det = m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0);
    Eigen::Matrix2d inv;
    inv << m(1, 1), -m(0, 1), -m(1, 0), m(0, 0);
    return inv / det;
}

io::Inputs loadText(const char *text, const io::Request &request = {})
{
    iowide::WideTable table;
    iowide::Problem problem;
    if (!iowide::parseWideTable(QString::fromUtf8(text), u"t.csv"_s, &table, &problem))
        qFatal("%s", qPrintable(problem.text()));
    return io::load(table, request);
}

bool hasNote(const QStringList &notes, const QString &part)
{
    for (const QString &n : notes)
        if (n.contains(part))
            return true;
    return false;
}

} // namespace

class TestAdaptersIo : public QObject
{
    Q_OBJECT

private slots:
    void readsMillerBlair()
    {
        const io::Inputs in = loadText(kMillerBlair);
        QCOMPARE(in.sectors, (QStringList{u"Agriculture"_s, u"Manufacturing"_s}));
        const analysis::IoTable &t = in.table;
        QCOMPARE(t.transactions(0, 1), 500.0);
        QCOMPARE(t.transactions(1, 0), 200.0);
        QCOMPARE(t.finalDemand.cols(), 2);
        QCOMPARE(t.finalDemandKinds[0], analysis::FinalDemandKind::HouseholdConsumption);
        QCOMPARE(t.finalDemandKinds[1], analysis::FinalDemandKind::Exports);
        QCOMPARE(t.valueAddedKinds[0], analysis::ValueAddedKind::Compensation);
        QCOMPARE(t.valueAddedKinds[1], analysis::ValueAddedKind::Other);
        QCOMPARE(t.imports.size(), 0);
        QCOMPARE(t.output(1), 2000.0);
        QVERIFY(hasNote(in.tableNotes, u"exports: column \"exports\""_s));
        QVERIFY(hasNote(in.tableNotes, u"imports: none"_s));
    }

    // Type I: L = (I − A)⁻¹ = [.95 .25; .2 .85] / .7575 (the book prints
    // [1.254 .330; .264 1.122]); output multipliers = column sums, 1.518 and
    // 1.452 (M&B §6.2.1); income multipliers = [.3 .25] L.
    void millerBlairTypeOne()
    {
        const io::Result r = io::compute(loadText(kMillerBlair));
        QVERIFY(r.valid);
        QVERIFY(!r.competitiveImports);
        QVERIFY(std::abs(r.outputMultiplier[0] - 1.518) < 5e-4);
        QVERIFY(std::abs(r.outputMultiplier[1] - 1.452) < 5e-4);
        RL_COMPARE_NEAR(r.outputMultiplier[0], (0.95 + 0.2) / 0.7575, 1e-13);
        RL_COMPARE_NEAR(r.outputMultiplier[1], (0.25 + 0.85) / 0.7575, 1e-13);
        RL_COMPARE_NEAR(r.incomeMultiplier[0], (0.3 * 0.95 + 0.25 * 0.2) / 0.7575, 1e-13);
        RL_COMPARE_NEAR(r.incomeMultiplier[1], (0.3 * 0.25 + 0.25 * 0.85) / 0.7575, 1e-13);
        // A closed table: every unit of final demand ends as value added.
        RL_COMPARE_NEAR(r.valueAddedMultiplier[0], 1.0, 1e-13);
        QVERIFY(r.employmentMultiplier.isEmpty());
        QVERIFY(hasNote(r.notes, u"closed (the table has no imports)"_s));
        QVERIFY(hasNote(r.notes, u"type I"_s));
        QVERIFY(!r.hasImpact);
    }

    // Type II with consumption ratio .45: c·h = .45 × [100 800]/900 = [.05 .4]
    // (M&B §2.5's consumption column); the type II inverse is
    // (I − A − c h w)⁻¹ = [.85 .2625; .32 .835] / .62575.
    void millerBlairTypeTwo()
    {
        io::Request q;
        q.type = analysis::MultiplierType::TypeII;
        q.consumptionRatio = 0.45;
        q.consumptionRatioSource = io::ConsumptionRatioSource::Given;
        const io::Result r = io::compute(loadText(kMillerBlair, q));
        QVERIFY(r.valid);
        RL_COMPARE_NEAR(r.outputMultiplier[0], (0.85 + 0.32) / 0.62575, 1e-13);
        RL_COMPARE_NEAR(r.outputMultiplier[1], (0.2625 + 0.835) / 0.62575, 1e-13);
        QVERIFY(hasNote(r.notes, u"0.45 (given)"_s));
        const io::Result one = io::compute(loadText(kMillerBlair));
        for (int j = 0; j < 2; ++j)
            QVERIFY(r.outputMultiplier[j] >= one.outputMultiplier[j]);   // type II ≥ type I
    }

    // The imports table by hand: R = diag(1 − m) A, B = (I − R)⁻¹.
    void competitiveImports()
    {
        const io::Inputs in = loadText(kImports);
        QCOMPARE(in.table.imports(0), 20.0);   // published negative, negated
        QVERIFY(hasNote(in.tableNotes, u"negative as published: negated"_s));
        QVERIFY(hasNote(in.tableNotes, u"left out as subtotals: row \"内生部門計\", row \"粗付加価値部門計\""_s));
        QCOMPARE(in.table.valueAdded.rows(), 2);
        QCOMPARE(in.table.employees(1), 22.0);

        io::Request q;
        q.demand = {10.0, 0.0};
        const io::Result r = io::compute(loadText(kImports, q));
        QVERIFY(r.valid);
        QVERIFY(r.competitiveImports);
        RL_COMPARE_NEAR(r.selfSufficiency[0], 0.75, 1e-15);
        RL_COMPARE_NEAR(r.selfSufficiency[1], 0.9, 1e-15);
        Eigen::Matrix2d regional;
        regional << 0.75 * 0.2, 0.75 * 30 / 110.0, 0.9 * 0.1, 0.9 * 40 / 110.0;
        const Eigen::Matrix2d b = inverse2(Eigen::Matrix2d::Identity() - regional);
        const Eigen::RowVector2d w(0.4, 25 / 110.0), v(0.7, 40 / 110.0), l(0.1, 0.2);
        for (int j = 0; j < 2; ++j) {
            RL_COMPARE_NEAR(r.outputMultiplier[j], b.col(j).sum(), 1e-13);
            RL_COMPARE_NEAR(r.incomeMultiplier[j], w.dot(b.col(j)), 1e-13);
            RL_COMPARE_NEAR(r.valueAddedMultiplier[j], v.dot(b.col(j)), 1e-13);
            RL_COMPARE_NEAR(r.employmentMultiplier[j], l.dot(b.col(j)), 1e-13);
        }
        const double mean = (b.col(0).sum() + b.col(1).sum()) / 2;
        RL_COMPARE_NEAR(r.backwardLinkage[1], b.col(1).sum() / mean, 1e-13);
        // Impact of 10 of demand for goods, type I: direct = .75 × 10.
        QVERIFY(r.hasImpact);
        const Eigen::Vector2d x0(7.5, 0.0);
        const Eigen::Vector2d x01 = b * x0;
        RL_COMPARE_NEAR(r.direct.output[0], 7.5, 1e-15);
        RL_COMPARE_NEAR(r.indirect1.output[0], x01(0) - 7.5, 1e-13);
        RL_COMPARE_NEAR(r.indirect1.output[1], x01(1), 1e-13);
        RL_COMPARE_NEAR(r.total.income[1], w(1) * x01(1), 1e-13);
        RL_COMPARE_NEAR(r.total.employees[0], 0.1 * x01(0), 1e-13);
        QCOMPARE(r.indirect2.output[0], 0.0);
        QVERIFY(hasNote(r.notes, u"direct effect = 自給率 × demand"_s));
    }

    // Type II impact: W = w·x01, C = c W spent as [30 50]/80, times 自給率.
    void impactTypeTwo()
    {
        io::Request q;
        q.demand = {10.0, 0.0};
        q.type = analysis::MultiplierType::TypeII;
        const io::Result r = io::compute(loadText(kImports, q));
        Eigen::Matrix2d regional;
        regional << 0.75 * 0.2, 0.75 * 30 / 110.0, 0.9 * 0.1, 0.9 * 40 / 110.0;
        const Eigen::Matrix2d b = inverse2(Eigen::Matrix2d::Identity() - regional);
        const Eigen::Vector2d x01 = b * Eigen::Vector2d(7.5, 0.0);
        const double income = 0.4 * x01(0) + 25 / 110.0 * x01(1);
        const double c = analysis::kDefaultConsumptionRatio * income;
        const Eigen::Vector2d x2 = b * Eigen::Vector2d(0.75 * 30 / 80.0 * c, 0.9 * 50 / 80.0 * c);
        RL_COMPARE_NEAR(r.inducedIncome, income, 1e-13);
        RL_COMPARE_NEAR(r.indirect2.output[0], x2(0), 1e-13);
        RL_COMPARE_NEAR(r.indirect2.output[1], x2(1), 1e-13);
        RL_COMPARE_NEAR(r.total.output[1], x01(1) + x2(1), 1e-13);
        RL_COMPARE_NEAR(r.outputRatio, (x01.sum() + x2.sum()) / 7.5, 1e-13);
        QVERIFY(hasNote(r.notes, u"0.738 (default"_s));
    }

    // The Request's conventions change what they say they change.
    void conventions()
    {
        io::Request closed;
        closed.imports = analysis::ImportTreatment::Closed;
        const io::Result c = io::compute(loadText(kImports, closed));
        QVERIFY(!c.competitiveImports);
        QCOMPARE(c.selfSufficiency[0], 1.0);
        QVERIFY(hasNote(c.notes, u"imports ignored as requested"_s));

        // GDP-type value added leaves out 家計外消費支出(行).
        const char text[] = "sector,a,b,民間消費支出,exports,imports\n"
                            "a,10,20,30,40,-5\n"
                            "b,20,10,50,30,-10\n"
                            "家計外消費支出(行),5,5,,,\n"
                            "雇用者所得,40,35,,,\n"
                            "営業余剰,20,30,,,\n";
        io::Request gdp;
        gdp.valueAdded = io::ValueAddedBasis::WithoutHouseholdExternal;
        gdp.imports = analysis::ImportTreatment::Closed;
        const io::Inputs in = loadText(text, gdp);
        QVERIFY(hasNote(in.tableNotes, u"output: intermediate inputs + value added"_s));
        QCOMPARE(in.table.output.size(), 0);
        io::Request allRows;
        allRows.imports = analysis::ImportTreatment::Closed;
        const io::Result all = io::compute(loadText(text, allRows));
        const io::Result without = io::compute(in);
        // x = [10+20+5+40+20, 20+10+5+35+30] = [95, 100]; closed: B = (I − A)⁻¹;
        // the two value-added multipliers differ by [5/95 5/100]·B.
        RL_COMPARE_NEAR(all.output[0], 95.0, 1e-15);
        Eigen::Matrix2d a;
        a << 10 / 95.0, 20 / 100.0, 20 / 95.0, 10 / 100.0;
        const Eigen::Matrix2d b = inverse2(Eigen::Matrix2d::Identity() - a);
        const Eigen::RowVector2d outside(5 / 95.0, 5 / 100.0);
        for (int j = 0; j < 2; ++j) {
            RL_COMPARE_NEAR(all.valueAddedMultiplier[j] - without.valueAddedMultiplier[j], outside.dot(b.col(j)),
                            1e-13);
            RL_COMPARE_NEAR(all.valueAddedMultiplier[j], 1.0, 1e-13);   // closed: all demand ends as value added
        }
        QVERIFY(hasNote(without.notes, u"without 家計外消費支出 (GDP type)"_s));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString head = u"sector,A,B,final,exports,output\n"_s;
        QTest::newRow("more sector columns than rows")
            << u"sector,A,B,C,final\nA,1,2,3,10\nB,1,2,3,10\ncompensation,5,5,5,\n"_s << 4 << 4
            << u"is the sector block square?"_s;
        QTest::newRow("more sector rows than columns")
            << u"sector,A,B,final\nA,1,2,10\nB,1,2,10\nC,1,2,10\n"_s << 4 << 4 << u"is the sector block square?"_s;
        QTest::newRow("rows in another order")
            << u"sector,A,B,final\nB,1,2,10\nA,1,2,10\n"_s << 2 << 1 << u"must be the first sector"_s;
        QTest::newRow("a sector again below")
            << u"sector,A,B,final\nA,1,2,10\nB,1,2,10\nA,1,1,\n"_s << 4 << 1 << u"appears again"_s;
        QTest::newRow("negative output column")
            << head + u"A,1,2,10,5,18\nB,1,2,10,5,-3\ncompensation,5,5,,,\n"_s << 3 << 6 << u"negative output"_s;
        QTest::newRow("negative output row")
            << u"sector,A,B,final\nA,1,2,10\nB,1,2,10\ncompensation,5,5,\noutput,7,-1,\n"_s << 5 << 3
            << u"negative output (-1) of sector \"B\""_s;
        QTest::newRow("negative computed output")
            << u"sector,A,B,final\nA,1,2,10\nB,1,2,10\ncompensation,5,-9,\n"_s << 4 << 3
            << u"computed as inputs + value added"_s;
        QTest::newRow("not a number") << head + u"A,1,2,10,5,18\nB,1,zwei,10,5,18\n"_s << 3 << 3
                                      << u"\"zwei\" is not a number"_s;
        QTest::newRow("too many fields") << head + u"A,1,2,10,5,18,7\n"_s << 2 << 0 << u"7 fields"_s;
        QTest::newRow("header only") << head << 1 << 0 << u"no rows"_s;
    }

    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        iowide::WideTable table;
        iowide::Problem problem;
        QVERIFY(!iowide::parseWideTable(text, u"bad.csv"_s, &table, &problem));
        QVERIFY2(problem.message.contains(message), qPrintable(problem.text()));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QVERIFY(problem.text().startsWith(u"bad.csv:%1: "_s.arg(line)));
    }

    void demand()
    {
        const QStringList sectors{u"goods"_s, u"services"_s};
        iowide::DemandFile d;
        iowide::Problem p;
        QVERIFY(iowide::parseDemand(u"amount,sector\n5,services\n1.5,goods\n2,services\n"_s, u"d.csv"_s, &d, &p));
        QVector<double> v;
        QVERIFY(iowide::demandBySector(d, sectors, &v, &p));
        QCOMPARE(v, (QVector<double>{1.5, 7.0}));   // listed twice: summed

        QVERIFY(iowide::parseDemand(u"sector,amount\ngoods,1\nfarming,3\n"_s, u"d.csv"_s, &d, &p));
        QVERIFY(!iowide::demandBySector(d, sectors, &v, &p));
        QCOMPARE(p.line, 3);
        QCOMPARE(p.column, 1);
        QVERIFY2(p.text().startsWith(u"d.csv:3: column 1 \"sector\": unknown sector \"farming\""_s),
                 qPrintable(p.text()));

        QVERIFY(!iowide::parseDemand(u"sector,amount\ngoods,lots\n"_s, u"d.csv"_s, &d, &p));
        QCOMPARE(p.line, 2);
        QCOMPARE(p.column, 2);
        QVERIFY(!iowide::parseDemand(u"name,value\ngoods,1\n"_s, u"d.csv"_s, &d, &p));
        QCOMPARE(p.line, 1);
    }
};

QTEST_GUILESS_MAIN(TestAdaptersIo)
#include "test_adapters_io.moc"
