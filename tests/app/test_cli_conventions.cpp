// SPDX-License-Identifier: GPL-3.0-or-later
// The conventions of regionlens-cli lq, shift-share and indices (the
// adapters of datasets/adapters): stated on stderr, aggregate industries
// kept when none of their members is in the data, and --group rows; small
// tidy files worked by hand.
#include "clitesthelpers.h"

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;

namespace {

// An 経済センサス-style table with 農林漁業・鉱業 (ABC) and no A, B or C rows:
//           ABC   D    E
//   01      10   30   60     (100)
//   02      40   30   30     (100)
const char kTidyAbc[] =
    "region_code,industry_code,year,measure,value\n"
    "01,ABC,2020,employees,10\n01,D,2020,employees,30\n01,E,2020,employees,60\n"
    "02,ABC,2020,employees,40\n02,D,2020,employees,30\n02,E,2020,employees,30\n";

} // namespace

class TestCliConventions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tidy, m_nation, m_unclassified, m_abc;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return regionlens::test::cli::write(m_dir, name, bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tidy = write(u"tidy.csv"_s, kTidy2x2);
        m_nation = write(u"nation.csv"_s, kTidyNation);
        m_unclassified = write(u"unclassified.csv"_s, kTidyUnclassified);
        m_abc = write(u"abc.csv"_s, kTidyAbc);
    }

    // The conventions used are stated on stderr.
    void lqStatesConventions()
    {
        Run r = run({u"lq"_s, u"--input"_s, m_unclassified, u"--measure"_s, u"jobs"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"note: nation: the region_code 00 rows"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"note: region totals: the sum of the industries"_s), qPrintable(r.err));
        r = run({u"lq"_s, u"--input"_s, m_unclassified, u"--measure"_s, u"jobs"_s, u"--totals"_s, u"given"_s});
        QVERIFY2(r.err.contains(u"note: region totals: the TOTAL rows"_s), qPrintable(r.err));
        r = run({u"lq"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--year"_s, u"2020"_s,
                 u"--totals"_s, u"given"_s});
        QCOMPARE(r.exitCode, 2);   // no TOTAL rows to use
        QVERIFY2(r.err.contains(u"--totals given needs an industry_code TOTAL row"_s), qPrintable(r.err));
    }

    // ABC (農林漁業・鉱業) without A, B or C rows is an industry: Σ ABC 50,
    // D 60, E 90 of 200; LQ(01,ABC) = 0.1/0.25 = 0.4, LQ(02,ABC) = 0.4/0.25
    // = 1.6, LQ(01,D) = 0.3/0.3 = 1 (without ABC it would be (30/90)/(60/150) = 5/6).
    void lqKeepsAggregateWithoutMembers()
    {
        const Run r = run({u"lq"_s, u"--input"_s, m_abc, u"--measure"_s, u"employees"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 6);   // 2 regions × ABC, D, E
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"01"_s}, {u"industry_code"_s, u"ABC"_s}}), u"lq"_s), 0.4,
                        1e-12);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"02"_s}, {u"industry_code"_s, u"ABC"_s}}), u"lq"_s), 1.6,
                        1e-12);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"01"_s}, {u"industry_code"_s, u"D"_s}}), u"lq"_s), 1.0,
                        1e-12);
        QVERIFY2(r.err.contains(u"kept as industries (none of their members is in the data): ABC"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"left out"_s), qPrintable(r.err));
        // With A and B beside it, AB is left out and said to be.
        const QString ab = write(u"ab.csv"_s, "region_code,industry_code,year,measure,value\n"
                                              "01,A,2020,employees,1\n01,B,2020,employees,2\n01,AB,2020,employees,3\n"
                                              "02,A,2020,employees,2\n02,B,2020,employees,2\n02,AB,2020,employees,4\n");
        const Run left = run({u"lq"_s, u"--input"_s, ab});
        QVERIFY2(left.exitCode == 0, qPrintable(left.err));
        QCOMPARE(parseCsv(left.out).size(), 4);
        QVERIFY2(left.err.contains(u"left out (their members are in the data): AB"_s), qPrintable(left.err));
    }

    // --group adds the group's row; the nation stays the regions'.
    //  lq, kTidyNation, --group 01,02: row (50, 50), x_N from 00 (100, 300):
    //    LQ(group,A) = 0.5/0.25 = 2, LQ(group,B) = 0.5/0.75 = 2/3; LQ(01,A) = 3 as without.
    //  shift-share 2020 → 2021, kTidy2x2, group = both regions = the nation:
    //    national 100·0.2 = 20, mix 0, regional 0, change 20.
    //  indices, kTidy2x2 2020, group (50, 50) = the nation's shares: Krugman 0.
    void groupRow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key");      // extra key column ("" = region only)
        QTest::addColumn<QString>("keyValue");
        QTest::addColumn<QString>("column");
        QTest::addColumn<double>("expected");
        const QStringList lq{u"lq"_s, u"--input"_s, m_nation, u"--measure"_s, u"jobs"_s, u"--group"_s, u"01,02"_s};
        QTest::newRow("lq group A") << lq << u"industry_code"_s << u"A"_s << u"lq"_s << 2.0;
        QTest::newRow("lq group B") << lq << u"industry_code"_s << u"B"_s << u"lq"_s << 2.0 / 3.0;
        const QStringList ss{u"shift-share"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--from"_s,
                             u"2020"_s, u"--to"_s, u"2021"_s, u"--group"_s, u"北海道,青森県"_s};
        QTest::newRow("shift-share group national") << ss << QString() << QString() << u"national"_s << 20.0;
        QTest::newRow("shift-share group change") << ss << QString() << QString() << u"change"_s << 20.0;
        QTest::newRow("shift-share group regional") << ss << QString() << QString() << u"regional"_s << 0.0;
        QTest::newRow("indices group")
            << QStringList{u"indices"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--year"_s, u"2020"_s,
                           u"--group"_s, u"01,02"_s}
            << QString() << QString() << u"krugman"_s << 0.0;
    }

    void groupRow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(QString, keyValue);
        QFETCH(QString, column);
        QFETCH(double, expected);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QHash<QString, QString> keys{{u"region_code"_s, u"group:selection"_s}};
        if (!key.isEmpty())
            keys.insert(key, keyValue);
        const Row row = find(rows, keys);
        QVERIFY2(!row.isEmpty(), qPrintable(r.out));
        RL_COMPARE_NEAR(num(row, column), expected, 1e-12);
        QVERIFY2(r.err.contains(u"note: groups"_s), qPrintable(r.err));
        if (args.first() == u"lq")
            RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"01"_s}, {u"industry_code"_s, u"A"_s}}), u"lq"_s), 3.0,
                            1e-12);
    }
};

QTEST_GUILESS_MAIN(TestCliConventions)
#include "test_cli_conventions.moc"
