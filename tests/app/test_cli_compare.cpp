// SPDX-License-Identifier: GPL-3.0-or-later
// The stable command-line contract of issue 12, driven as a process against
// a starter store: `indicators [--search TEXT] [--theme ID]`, `compare
// --region CODE [--peers …] [--theme ID] [--per …] [--year Y]` and `export
// --indicator ID --per …`. Expected numbers are computed by hand from
// SSDSE-A-2026 (../shared/data/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv):
// 豊田市 R23211 総人口 422,330, 一般病院数 14; 豊橋市 R23201 371,920 / 17;
// 岡崎市 R23202 384,654 / 12; 一宮市 R23203 380,073 / 14; 安城市 R23212 187,990 / 2.
#include "starterstore.h"
#include "clitesthelpers.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;

class TestCliCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run runDb(QStringList args) { return run(args << u"--db"_s << m_db); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    void indicatorsSearch_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("notFound");
        QTest::newRow("Japanese") << QStringList{u"--search"_s, u"待機児童"_s}
                                  << u"ssdse.b_children_on_day_care_waiting_lists"_s << u"ssdse.j2503"_s;
        QTest::newRow("English") << QStringList{u"--search"_s, u"physicians"_s} << u"ssdse.i6100"_s
                                 << u"ssdse.i6200"_s;
        QTest::newRow("theme") << QStringList{u"--theme"_s, u"tourism"_s} << u"ssdse.g7102"_s << u"ssdse.d3201"_s;
        QTest::newRow("theme and search") << QStringList{u"--theme"_s, u"finance"_s, u"--search"_s, u"tax"_s}
                                          << u"ssdse.d320101"_s << u"ssdse.d3203"_s;
    }

    void indicatorsSearch()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, found);
        QFETCH(QString, notFound);
        const Run r = runDb(QStringList{u"indicators"_s} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"id,kind,name_ja,name_en,unit,years,source,licence,item_code,category,themes\n"_s));
        QVERIFY2(r.out.contains(u"\n"_s + found + u','), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"\n"_s + notFound + u','));
    }

    void compareContract()
    {
        const Run r = runDb({u"compare"_s, u"--region"_s, u"23211"_s, u"--peers"_s, u"23201,23202,23203,23212"_s,
                             u"--theme"_s, u"health_welfare"_s, u"--per"_s, u"capita"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"indicator_id,name_ja,unit,year,value,peer_median,percentile,rank,n"_s);
        const QList<Row> rows = parseCsv(r.out);
        const Row h = find(rows, {{u"indicator_id"_s, u"ssdse.i510120"_s}});
        QCOMPARE(h.value(u"name_ja"_s), u"一般病院数"_s);
        QCOMPARE(h.value(u"unit"_s), u"施設/人"_s);
        QCOMPARE(h.value(u"year"_s), u"2023"_s);
        // 14/422,330; peers' median (12/384,654 + 14/380,073)/2; 2 of 4 peers below → 50; rank 3 of 5.
        RL_COMPARE_NEAR(num(h, u"value"_s), 14.0 / 422330.0, 1e-15);
        RL_COMPARE_NEAR(num(h, u"peer_median"_s), (12.0 / 384654.0 + 14.0 / 380073.0) / 2.0, 1e-15);
        QCOMPARE(num(h, u"percentile"_s), 50.0);
        QCOMPARE(num(h, u"rank"_s), 3.0);
        QCOMPARE(num(h, u"n"_s), 5.0);
        QVERIFY2(r.err.contains(u"note: peers: the list given (4)"_s), qPrintable(r.err));
    }

    // Deterministic similar peers, and the same prefecture, with --year.
    void comparePeers()
    {
        const QStringList base{u"compare"_s, u"--region"_s, u"23211"_s, u"--theme"_s, u"finance"_s};
        const Run a = runDb(base + QStringList{u"--peers"_s, u"similar"_s});
        const Run b = runDb(base);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QCOMPARE(a.out, b.out);   // similar is the default, and the answer does not change
        QCOMPARE(a.err, b.err);
        const Run p = runDb(base + QStringList{u"--peers"_s, u"prefecture"_s, u"--year"_s, u"2020"_s});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        for (const Row &row : parseCsv(p.out)) {
            QVERIFY(num(row, u"year"_s) <= 2020);
            QCOMPARE(num(row, u"n"_s), 54.0);   // 愛知県's 54 municipalities, each with finance figures
        }
    }

    void exportPer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("per capita") << QStringList{u"--indicator"_s, u"ssdse.i510120"_s, u"--per"_s, u"capita"_s}
                                    << u"23211"_s << 14.0 / 422330.0 << u"施設/人"_s;
        QTest::newRow("per 100,000")
            << QStringList{u"--indicator"_s, u"ssdse.i510120"_s, u"--per"_s, u"100000"_s} << u"23201"_s
            << 17.0 / 371920.0 * 1e5 << u"施設/人口10万人"_s;
        // Prefectures: 東京都 2020 population 14,047,594 over its area; SSDSE-E-2024 総面積 2022 219,405 ha (the only prefectural year).
        QTest::newRow("prefecture per km²")
            << QStringList{u"--indicator"_s, u"ssdse.a1101"_s, u"--year"_s, u"2020"_s, u"--per"_s, u"area"_s,
                           u"--level"_s, u"prefecture"_s}
            << u"13"_s << 14047594.0 / 2194.05 << u"人/km²"_s;
        // Growth of the population 2015 → 2020, 豊田市: (422,330 / 422,542 − 1) × 100.
        QTest::newRow("growth") << QStringList{u"--indicator"_s, u"ssdse.a1101"_s, u"--change"_s, u"growth"_s,
                                               u"--year"_s, u"2020"_s, u"--from"_s, u"2015"_s}
                                << u"23211"_s << (422330.0 / 422542.0 - 1.0) * 100.0 << u"%"_s;
    }

    void exportPer()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, region);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const Run r = runDb(QStringList{u"export"_s} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"region_code,region_name,year,value,unit,numerator,denominator,denominator_year\n"_s));
        QVERIFY2(r.err.contains(u"note: measure: "_s), qPrintable(r.err));
        const Row row = find(parseCsv(r.out), {{u"region_code"_s, region}});
        RL_COMPARE_NEAR(num(row, u"value"_s), value, 1e-12 * std::abs(value));
        QCOMPARE(row.value(u"unit"_s), unit);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no region") << QStringList{u"compare"_s} << u"--region"_s;
        QTest::newRow("unknown region") << QStringList{u"compare"_s, u"--region"_s, u"99999"_s} << u"99999"_s;
        QTest::newRow("bad theme") << QStringList{u"compare"_s, u"--region"_s, u"23211"_s, u"--theme"_s, u"golf"_s}
                                   << u"--theme"_s;
        QTest::newRow("bad per") << QStringList{u"compare"_s, u"--region"_s, u"23211"_s, u"--per"_s, u"acre"_s}
                                 << u"--per"_s;
        QTest::newRow("rate per capita")
            << QStringList{u"export"_s, u"--indicator"_s, u"ssdse.d2203"_s, u"--per"_s, u"capita"_s} << u"rate"_s;
        QTest::newRow("indicators bad theme") << QStringList{u"indicators"_s, u"--theme"_s, u"golf"_s} << u"--theme"_s;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runDb(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The bundled SSDSE figures are official and read-only like the rest of the starter pack: an import that
    // would change one is refused whatever --replace says (the last test: it must not touch the store).
    void bundledSsdseReadOnly()
    {
        const QString file = write(m_dir, u"change.csv"_s,
                                   "region_code,industry_code,year,measure,value\n13,,2020,population,1\n");
        const Run r = runDb({u"import"_s, file, u"--indicator"_s, u"ssdse.a1101"_s, u"--replace"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
        const Row tokyo = find(parseCsv(runDb({u"export"_s, u"--indicator"_s, u"ssdse.a1101"_s, u"--year"_s,
                                               u"2020"_s, u"--level"_s, u"prefecture"_s})
                                            .out),
                               {{u"region_code"_s, u"13"_s}});
        QCOMPARE(num(tokyo, u"value"_s), 14047594.0);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
