// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli complexity and relatedness (issue 13's stable contract),
// driven as a process: the columns of each output, the reference outputs of
// the Stata ecomplexity package on py-ecomplexity's 1995 sample (see
// tests/analysis/test_complexity.cpp for the source) through a tidy file,
// the starter store's 1,741 municipalities, and rejected input (exit 2 and
// a message naming the file, line and column, or the option).
#include "starterstore.h"
#include "clitesthelpers.h"

#include "../analysis/test_complexity_refdata.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;
namespace ref = regionlens::test::complexityref;

namespace {

// The sample as a tidy file, float values as Stata held them.
QByteArray tradeCsv()
{
    QByteArray out = "region_code,industry_code,year,measure,value\n";
    for (std::size_t r = 0; r < ref::kCountries.size(); ++r)
        for (std::size_t c = 0; c < ref::kProducts.size(); ++c)
            out += QByteArray(ref::kCountries[r]) + ',' + ref::kProducts[c] + ",1995,export_val,"
                   + QByteArray::number(double(float(ref::kExports1995[r * ref::kProducts.size() + c])), 'g', 17)
                   + '\n';
    return out;
}

} // namespace

class TestCliComplexity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_trade;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
        m_trade = write(m_dir, u"trade.csv"_s, tradeCsv());
    }

    // stata_ground_truth.csv, 1995 (py-ecomplexity's fixtures): eci, diversity.
    void complexityRegions()
    {
        const Run r = run({u"complexity"_s, u"--input"_s, m_trade, u"--measure"_s, u"export_val"_s, u"--year"_s,
                           u"1995"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"region_code,diversity,eci\n"_s));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 10);
        const Row aut = find(rows, {{u"region_code"_s, u"aut"_s}});
        QCOMPARE(aut.value(u"diversity"_s), u"14"_s);
        RL_COMPARE_NEAR(num(aut, u"eci"_s), 1.073207217992253, 1e-10);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"pol"_s}}), u"eci"_s), -2.170709342895322, 1e-10);
        QVERIFY(r.err.contains(u"note: presence: RCA >= 1"_s));
        QVERIFY(r.err.contains(u"note: nation: the sum of the regions"_s));
    }

    void complexityIndustries()
    {
        const Run r = run({u"complexity"_s, u"--input"_s, m_trade, u"--industries"_s, u"--method"_s,
                           u"reflections"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"industry_code,ubiquity,pci\n"_s));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 30);
        const Row p = find(rows, {{u"industry_code"_s, u"3917"_s}});
        QCOMPARE(p.value(u"ubiquity"_s), u"4"_s);
        RL_COMPARE_NEAR(num(p, u"pci"_s), 2.794806326517154, 1e-8);   // reflections converge to it
        QVERIFY(r.err.contains(u"method of reflections"_s));
    }

    // density and cog of single cells (stata_ground_truth.csv, 1995); rca.
    void relatednessOneRegion()
    {
        const Run r = run({u"relatedness"_s, u"--input"_s, m_trade, u"--year"_s, u"1995"_s, u"--region"_s,
                           u"pol"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"region_code,industry_code,rca,density,cog\n"_s));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 30);
        const Row cell = find(rows, {{u"industry_code"_s, u"8431"_s}});
        QCOMPARE(cell.value(u"region_code"_s), u"pol"_s);
        RL_COMPARE_NEAR(num(cell, u"rca"_s), .5274264514986233, 1e-10);
        RL_COMPARE_NEAR(num(cell, u"density"_s), .1425233644859813, 1e-10);
        RL_COMPARE_NEAR(num(cell, u"cog"_s), .8333457049302115, 1e-10);
        const Run all = run({u"relatedness"_s, u"--input"_s, m_trade});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(parseCsv(all.out).size(), 300);
    }

    // stata_continuous.csv, 1995: density aut·1704 with --continuous.
    void relatednessContinuousAndProximity()
    {
        const Run r = run({u"relatedness"_s, u"--input"_s, m_trade, u"--continuous"_s, u"--region"_s, u"aut"_s});
        QCOMPARE(r.exitCode, 0);
        RL_COMPARE_NEAR(num(find(parseCsv(r.out), {{u"industry_code"_s, u"1704"_s}}), u"density"_s),
                        1.006892260398717, 1e-10);
        const Run p = run({u"relatedness"_s, u"--input"_s, m_trade, u"--proximity"_s});
        QCOMPARE(p.exitCode, 0);
        QVERIFY(p.out.startsWith(u"industry_a,industry_b,proximity\n"_s));
        const QList<Row> pairs = parseCsv(p.out);
        QCOMPARE(pairs.size(), 30 * 29 / 2);
        for (const Row &row : pairs) {
            QVERIFY(row.value(u"industry_a"_s) < row.value(u"industry_b"_s));
            const double v = num(row, u"proximity"_s);
            QVERIFY(v >= 0.0 && v <= 1.0);
        }
    }

    // The starter store: employees 2021 of the 1,741 municipalities (A–R).
    void starterMunicipalities()
    {
        const Run r = run({u"--db"_s, m_db, u"complexity"_s, u"--indicator"_s, u"employees"_s, u"--level"_s,
                           u"municipality"_s, u"--year"_s, u"2021"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseCsv(r.out).size(), 1741);
        const Run one = run({u"--db"_s, m_db, u"relatedness"_s, u"--indicator"_s, u"employees"_s, u"--level"_s,
                             u"municipality"_s, u"--year"_s, u"2021"_s, u"--region"_s, u"13101"_s, u"--format"_s,
                             u"json"_s});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out.count(u"\"region_code\": \"13101\""_s), 18);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("threshold") << QStringList{u"complexity"_s, u"--threshold"_s, u"-1"_s}
                                   << u"--threshold must be a positive number"_s;
        QTest::newRow("method") << QStringList{u"complexity"_s, u"--method"_s, u"power"_s}
                                << u"--method must be eigen or reflections"_s;
        QTest::newRow("region") << QStringList{u"relatedness"_s, u"--region"_s, u"xyz"_s} << u"no region 'xyz'"_s;
        QTest::newRow("reference") << QStringList{u"complexity"_s, u"--reference"_s, u"national"_s}
                                   << u"--reference does not apply"_s;
        QTest::newRow("year") << QStringList{u"complexity"_s, u"--year"_s, u"1996"_s} << u"no data for 1996"_s;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args + QStringList{u"--input"_s, m_trade});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A bad cell: the file, its line and the column named.
    void badFile()
    {
        QByteArray bytes = tradeCsv();
        bytes.replace("aut,1806,1995,export_val,", "aut,1806,1995,export_val,abc");   // line 3
        const QString path = write(m_dir, u"bad.csv"_s, bytes);
        for (const QString &command : {u"complexity"_s, u"relatedness"_s}) {
            const Run r = run({command, u"--input"_s, path});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path + u":3"_s) && r.err.contains(u"value"_s), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    // --help, the man page and the completion come from the command table.
    void documented()
    {
        const Run help = run({u"--help"_s});
        QVERIFY(help.out.contains(u"complexity"_s) && help.out.contains(u"relatedness"_s));
        const Run completion = run({u"--bash-completion"_s});
        QVERIFY(completion.out.contains(u"complexity:--method) choices=\"eigen reflections\""_s));
        QVERIFY(completion.out.contains(u"--threshold"_s));
        const Run man = run({u"--help-man"_s, u"--lang"_s, u"ja"_s});
        QVERIFY(man.out.contains(u"\\fBcomplexity\\fR"_s));
        QVERIFY(QString(man.out).remove(u"\\:"_s).contains(u"経済複雑性"_s));   // roff breaks between characters
    }
};

QTEST_GUILESS_MAIN(TestCliComplexity)
#include "test_cli_complexity.moc"
