// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled starter pack loads completely, with the published totals, and
// the bundled boundaries map to the right prefecture codes.
#include "testhelpers.h"

#include "datasets/iostore.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

class TestStarterPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    void regions()
    {
        QCOMPARE(m_store.regions(RegionLevel::Prefecture).size(), 47);
        QCOMPARE(m_store.regions(RegionLevel::Nation).size(), 1);
        const QList<Region> municipalities = m_store.regions(RegionLevel::Municipality);
        QCOMPARE(municipalities.size(), 1741);
        for (const Region &m : municipalities)
            QCOMPARE(m.parent, m.code.left(2));
    }

    void indicatorsHaveSources()
    {
        const QList<IndicatorInfo> all = m_store.indicators();
        // 10: + population_age_sex_census_earlier, total_fertility_rate, population_age_sex_juki (issue 11);
        // + the 441 SSDSE items of datasets/starter/ssdse_items.csv (issue 12).
        QCOMPARE(all.size(), 10 + 441);
        for (const IndicatorInfo &i : all) {
            QVERIFY2(!i.sourceJa.isEmpty() && !i.sourceEn.isEmpty(), qPrintable(i.id));
            QVERIFY2(i.licence.contains(u"政府標準利用規約"_s), qPrintable(i.id));
        }
    }

    // Totals as published (see ../shared/starter/README.md and the census).
    void publishedTotals_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<double>("expected");
        QTest::newRow("census 2020 Japan") << u"population"_s << 2020 << u"00"_s << QString() << 126146099.0;
        QTest::newRow("census 2020 Tokyo") << u"population"_s << 2020 << u"13"_s << QString() << 14047594.0;
        QTest::newRow("census 2015 Tottori") << u"population"_s << 2015 << u"31"_s << QString() << 573441.0;
    }

    void publishedTotals()
    {
        QFETCH(QString, indicator);
        QFETCH(int, year);
        QFETCH(QString, region);
        QFETCH(QString, industry);
        QFETCH(double, expected);
        ObservationQuery q;
        q.indicator = indicator;
        q.year = year;
        q.region = region;
        q.industry = industry;
        const QList<Observation> rows = m_store.observations(q);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value, expected);
    }

    void okinawa1945NotSurveyed()
    {
        ObservationQuery q;
        q.indicator = u"population"_s;
        q.year = 1945;
        q.region = u"47"_s;
        const QList<Observation> rows = m_store.observations(q);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, u"not_surveyed"_s);
        QVERIFY(std::isnan(rows.first().value));
    }

    void migrationTotal()
    {
        double total = 0;
        int cells = 0;
        for (const Flow &f : m_store.flows(u"migration"_s, 2025)) {
            total += f.value;
            ++cells;
            QVERIFY(f.origin != f.destination);
        }
        QCOMPARE(cells, 47 * 46);
        QCOMPARE(total, 2515731.0); // 住民基本台帳人口移動報告 2025, 都道府県間移動者数
    }

    void municipalEmployeesSumToPrefectures()
    {
        ObservationQuery q;
        q.indicator = u"employees"_s;
        q.year = 2021;
        q.industry = u"TOTAL"_s;
        q.level = RegionLevel::Municipality;
        QHash<QString, double> byPrefecture;
        for (const Observation &o : m_store.observations(q))
            byPrefecture[o.region.left(2)] += o.value;
        q.level = RegionLevel::Prefecture;
        const QHash<QString, double> prefectures = m_store.values(q);
        QCOMPARE(prefectures.size(), 47);
        for (auto it = prefectures.cbegin(); it != prefectures.cend(); ++it)
            QCOMPARE(byPrefecture.value(it.key()), it.value());
    }

    void gdpActivitiesMapped()
    {
        const QStringList industries = m_store.industriesOf(u"gdp_nominal"_s);
        QCOMPARE(industries.size(), 20); // 16 activities, 3 sector totals, the total
        QVERIFY(industries.contains(u"TOTAL"_s));
        QVERIFY(industries.contains(u"S03"_s));
        QCOMPARE(m_store.years(u"gdp_nominal"_s).size(), 12);
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("minLat");
        QTest::addColumn<double>("maxLat");
        QTest::addColumn<double>("minLon");
        QTest::addColumn<double>("maxLon");
        QTest::newRow("北海道 north of 41°N") << u"01"_s << 41.0 << 46.0 << 139.0 << 146.0;
        QTest::newRow("東京 near 35.7°N 139.5°E") << u"13"_s << 35.4 << 36.0 << 139.0 << 140.0;
        QTest::newRow("大阪 near 34.6°N 135.5°E") << u"27"_s << 34.2 << 35.0 << 135.1 << 135.8;
        QTest::newRow("愛知 near 35.0°N 137.2°E") << u"23"_s << 34.7 << 35.4 << 136.7 << 137.7;
        QTest::newRow("沖縄 south of 27°N") << u"47"_s << 24.0 << 27.0 << 122.0 << 131.5;
    }

    void boundaries()
    {
        QFETCH(QString, code);
        QFETCH(double, minLat);
        QFETCH(double, maxLat);
        QFETCH(double, minLon);
        QFETCH(double, maxLon);
        const QList<BoundaryFeature> features = m_store.boundaries(RegionLevel::Prefecture);
        QCOMPARE(features.size(), 47);
        QSet<QString> codes;
        for (const BoundaryFeature &f : features)
            codes.insert(f.code);
        QCOMPARE(codes.size(), 47);
        for (const BoundaryFeature &f : features) {
            if (f.code != code)
                continue;
            const QPointF c = geometry::mainCentroid(f.polygons);
            QVERIFY2(c.y() > minLat && c.y() < maxLat, qPrintable(u"lat %1"_s.arg(c.y())));
            QVERIFY2(c.x() > minLon && c.x() < maxLon, qPrintable(u"lon %1"_s.arg(c.x())));
            return;
        }
        QFAIL("no boundary for the code");
    }

    // The national table and the 30 areas whose licence is CC BY (4.0 or 2.1
    // JP) in io_2015_regional_12sector/PROVENANCE.md, each with its 出典 and
    // licence; the national ΣY as published (1,017,818,388 百万円).
    void ioTables()
    {
        const QList<iostore::TableInfo> tables = iostore::tables(m_store);
        QCOMPARE(tables.size(), 31);
        int ccBy4 = 0, ccBy21 = 0;
        for (const iostore::TableInfo &t : tables) {
            QCOMPARE(t.year, 2015);
            QCOMPARE(t.sectors, 12);
            QCOMPARE(t.unit, u"百万円"_s);
            QVERIFY2(t.source.contains(u"https://github.com/sfukui/ReagionalIOTables"_s), qPrintable(t.region));
            QVERIFY2(t.source.contains(u"産業連関表"_s), qPrintable(t.region));
            if (t.region == u"00"_s) {
                QVERIFY(t.source.startsWith(u"総務省"_s));
                QVERIFY(t.licence.contains(u"政府標準利用規約"_s));
                continue;
            }
            const QString area = t.region.size() == 2 ? t.region + u"000"_s : t.region;
            QCOMPARE(t.licence, iostore::twelveSectorLicence(area));   // as PROVENANCE.md states
            ccBy4 += t.licence == u"CC BY 4.0"_s;
            ccBy21 += t.licence == u"CC BY 2.1 JP"_s;
        }
        QCOMPARE(ccBy4, 24);
        QCOMPARE(ccBy21, 6);
        const auto shizuoka = iostore::readTable(m_store, u"22"_s, iostore::TableKind::Official);
        QVERIFY(shizuoka);
        QVERIFY(shizuoka->info.source.startsWith(u"静岡県「平成27年（2015年）静岡県産業連関表」"_s));
        QVERIFY(!iostore::readTable(m_store, u"13"_s, iostore::TableKind::Official));   // no 東京都 row
        QVERIFY(!iostore::readTable(m_store, u"01"_s, iostore::TableKind::Official));   // 北海道: licence not stated

        const auto japan = iostore::readTable(m_store, u"00"_s, iostore::TableKind::Official);
        QVERIFY(japan);
        QCOMPARE(japan->table.output.sum(), 1017818388.0);
        QCOMPARE(japan->table.transactions.sum(), 469579674.0);
        QCOMPARE(japan->table.output(2), 302809197.0);   // 製造業
        QCOMPARE(japan->table.employees.size(), 12);
        QVERIFY(japan->table.employees.minCoeff() >= 0.0 && japan->table.employees.sum() > 5.0e7);
    }

    // Each bundled table is the source file's table of that area, cell for
    // cell (scripts/compile_io_starter.py only reshapes it).
    void ioTablesEqualTheSourceFile()
    {
        RL_REQUIRE_SHARED_DATA(data);
        const QString path = data + u"/io_2015_regional_12sector/2015Data_Japan.csv"_s;
        if (!QFile::exists(path))
            QSKIP("io_2015_regional_12sector/2015Data_Japan.csv is absent");
        QList<iostore::TableRecord> records;
        iowide::Problem problem;
        QVERIFY2(iostore::readTwelveSectorFile(path, &records, &problem), qPrintable(problem.text()));
        int compared = 0;
        for (const iostore::TableRecord &source : std::as_const(records)) {
            const auto bundled = iostore::readTable(m_store, source.info.region, iostore::TableKind::Official);
            if (!bundled)
                continue;
            ++compared;
            const regionlens::analysis::IoTable &a = bundled->table, &b = source.table;
            const QString r = source.info.region;
            QVERIFY2(a.transactions == b.transactions, qPrintable(r));
            QVERIFY2(a.finalDemand == b.finalDemand, qPrintable(r));
            QVERIFY2(a.valueAdded == b.valueAdded, qPrintable(r));
            QVERIFY2(a.imports == b.imports, qPrintable(r));
            QVERIFY2(a.output == b.output, qPrintable(r));
            QVERIFY2(a.employees == b.employees, qPrintable(r));
            QVERIFY2(a.sectors == b.sectors && a.finalDemandNames == b.finalDemandNames
                         && a.valueAddedNames == b.valueAddedNames,
                     qPrintable(r));
        }
        QCOMPARE(compared, 31);
    }

    // The pack fills a store with a rollback journal (one write of its pages
    // instead of two); the store is back in WAL mode afterwards.
    void walAfterLoading()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }

    void loadingTwiceIsRejectedAtomically()
    {
        // Loading again on top of a full store upserts the same rows: counts do not change.
        const qint64 before = m_store.observationCount();
        QString error;
        QVERIFY2(loadStarterPack(m_store, &error), qPrintable(error));
        QCOMPARE(m_store.observationCount(), before);
        QCOMPARE(iostore::tables(m_store).size(), 31);
    }

    void cancelKeepsNothing()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"c.sqlite"_s)));
        QString error;
        int calls = 0;
        QVERIFY(!loadStarterPack(store, &error, nullptr, [&](double f) { return ++calls < 3 && f < 0.5; }));
        QVERIFY(store.isEmpty());
        QCOMPARE(store.observationCount(), 0);
        QCOMPARE(store.regions().size(), 0);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }
};

QTEST_GUILESS_MAIN(TestStarterPack)
#include "test_starterpack.moc"
