// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli growth and productivity (issue 15), driven as a process:
// the columns, a tidy file worked by hand, the starter store (静岡県, 豊田市
// → 愛知県) and rejected input (exit 2 naming the option or region).
#include "starterstore.h"
#include "clitesthelpers.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;

class TestCliGrowth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_tidy;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
        m_tidy = write(m_dir, u"tidy.csv"_s, kTidy2x2);
    }

    // kTidy2x2, region 01 from 2020 to 2022 (no "00" rows: the nation is the sum):
    //   nation A 50 → 55 (+10 %), B 50 → 77 (+54 %), total 100 → 132 (G = 32 %);
    //   01: A 30 → 33: +10 %, 3/40 = 7.5 pt; national 30·0.32 = 9.6, mix 30·(0.10−0.32) = −6.6,
    //       regional 0; LQ (33/45)/(55/132) = 1.76.
    //       B 10 → 12: +20 %, 5 pt; national 3.2, mix 10·(0.54−0.32) = 2.2, regional 10·(0.2−0.54) = −3.4.
    void handWorked_data()
    {
        QTest::addColumn<QStringList>("years");
        QTest::newRow("explicit years") << QStringList{u"--from"_s, u"2020"_s, u"--to"_s, u"2022"_s};
        QTest::newRow("default: first to last") << QStringList();
    }

    void handWorked()
    {
        QFETCH(QStringList, years);
        const Run r = run(QStringList{u"growth"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--region"_s,
                                      u"01"_s} + years);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"industry_code,start,end,change,percent,contribution_pt,nation_percent,"
                                 "national_share,industry_mix,regional_shift,lq,share_percent\n"_s));
        QVERIFY2(r.err.contains(u"2020 to 2022"_s), qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 3);
        const Row a = find(rows, {{u"industry_code"_s, u"A"_s}});
        RL_COMPARE_NEAR(num(a, u"change"_s), 3.0, 1e-12);
        RL_COMPARE_NEAR(num(a, u"percent"_s), 10.0, 1e-12);
        RL_COMPARE_NEAR(num(a, u"contribution_pt"_s), 7.5, 1e-12);
        RL_COMPARE_NEAR(num(a, u"national_share"_s), 9.6, 1e-12);
        RL_COMPARE_NEAR(num(a, u"industry_mix"_s), -6.6, 1e-12);
        QVERIFY(std::abs(num(a, u"regional_shift"_s)) < 1e-12);
        RL_COMPARE_NEAR(num(a, u"lq"_s), (33.0 / 45.0) / (55.0 / 132.0), 1e-12);
        const Row b = find(rows, {{u"industry_code"_s, u"B"_s}});
        RL_COMPARE_NEAR(num(b, u"contribution_pt"_s), 5.0, 1e-12);
        RL_COMPARE_NEAR(num(b, u"industry_mix"_s), 2.2, 1e-12);
        RL_COMPARE_NEAR(num(b, u"regional_shift"_s), -3.4, 1e-12);
        const Row total = find(rows, {{u"industry_code"_s, u"TOTAL"_s}});
        RL_COMPARE_NEAR(num(total, u"percent"_s), 12.5, 1e-12);
        RL_COMPARE_NEAR(num(total, u"nation_percent"_s), 32.0, 1e-12);
    }

    // 静岡県 employees 2016 → 2021 (SSDSE-A; see tests/datasets/test_adapters_growth.cpp).
    void shizuoka()
    {
        const Run r = run({u"--db"_s, m_db, u"growth"_s, u"--region"_s, u"22"_s, u"--from"_s, u"2016"_s, u"--to"_s,
                           u"2021"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 19);   // A–R and TOTAL
        QCOMPARE(num(find(rows, {{u"industry_code"_s, u"E"_s}}), u"start"_s), 434418.0);
        QCOMPARE(num(find(rows, {{u"industry_code"_s, u"TOTAL"_s}}), u"change"_s), 17995.0);
    }

    void toyotaIsMunicipal()
    {
        const Run r = run({u"--db"_s, m_db, u"growth"_s, u"--region"_s, u"23211"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(num(find(parseCsv(r.out), {{u"industry_code"_s, u"E"_s}}), u"end"_s), 114018.0);
    }

    // A group of municipalities is read at the municipal level: its row is the sum of its members'.
    void municipalGroup()
    {
        double start = 0, end = 0;
        for (const QString &code : {u"23211"_s, u"23202"_s}) {
            const Run one = run({u"--db"_s, m_db, u"growth"_s, u"--region"_s, code});
            QCOMPARE(one.exitCode, 0);
            const Row total = find(parseCsv(one.out), {{u"industry_code"_s, u"TOTAL"_s}});
            start += num(total, u"start"_s);
            end += num(total, u"end"_s);
        }
        const Run r = run({u"--db"_s, m_db, u"growth"_s, u"--region"_s, u"group:23211,23202"_s});
        QCOMPARE(r.exitCode, 0);
        const Row total = find(parseCsv(r.out), {{u"industry_code"_s, u"TOTAL"_s}});
        QCOMPARE(num(total, u"start"_s), start);
        QCOMPARE(num(total, u"end"_s), end);
    }

    // 愛知県 FY2021 40,517,317 百万円 = 405,173.17 億円, 3rd of 47; 豊田市 gets its prefecture's figures.
    void productivity()
    {
        const Run r = run({u"--db"_s, m_db, u"productivity"_s, u"--region"_s, u"23211"_s, u"--from"_s, u"2016"_s,
                           u"--to"_s, u"2021"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"section,key,year,value,unit,rank,rank_of\n"_s));
        QVERIFY2(r.err.contains(u"municipality 23211: its prefecture 23's figures"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"real GDP: not in the store"_s));
        const QList<Row> rows = parseCsv(r.out);
        const Row gdp = find(rows, {{u"section"_s, u"gdp"_s}, {u"year"_s, u"2021"_s}});
        QCOMPARE(gdp.value(u"key"_s), u"23"_s);
        RL_COMPARE_NEAR(num(gdp, u"value"_s), 405173.17, 1e-12);
        QCOMPARE(gdp.value(u"unit"_s), u"100m_yen"_s);
        QCOMPARE(num(gdp, u"rank"_s), 3.0);
        QCOMPARE(num(gdp, u"rank_of"_s), 47.0);
        const Row worker = find(rows, {{u"section"_s, u"gdp_per_worker"_s}, {u"key"_s, u"23"_s}, {u"year"_s, u"2021"_s}});
        QCOMPARE(worker.value(u"unit"_s), u"10k_yen"_s);
        QCOMPARE(num(worker, u"rank_of"_s), 47.0);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("growth without a region") << QStringList{u"growth"_s} << u"give --region CODE"_s;
        QTest::newRow("growth, unknown region")
            << QStringList{u"growth"_s, u"--region"_s, u"99"_s} << u"has no region '99'"_s;
        QTest::newRow("growth, year not in the data")
            << QStringList{u"growth"_s, u"--region"_s, u"22"_s, u"--from"_s, u"1999"_s} << u"1999"_s;
        QTest::newRow("productivity, unknown region")
            << QStringList{u"productivity"_s, u"--region"_s, u"99"_s} << u"no region '99'"_s;
        QTest::newRow("productivity, unknown group")
            << QStringList{u"productivity"_s, u"--region"_s, u"group:nowhere"_s} << u"nowhere"_s;
        QTest::newRow("productivity, bad format")
            << QStringList{u"productivity"_s, u"--region"_s, u"22"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{u"--db"_s, m_db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliGrowth)
#include "test_cli_growth.moc"
