// SPDX-License-Identifier: GPL-3.0-or-later
// The store: schema creation, migration from an older version,
// transactions that leave the store unchanged when they fail, and reads on
// worker threads while the store's own thread writes.
#include "testhelpers.h"

#include "datasets/store.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

QStringList tables(const Store &store)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Everything in the store as text, to compare before and after.
QString dump(const Store &store)
{
    QString out;
    for (const QString &table : tables(store)) {
        QSqlQuery q(store.database());
        q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        while (q.next()) {
            out += table + u':';
            for (int i = 0; i < 8; ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

IndicatorInfo sampleIndicator(const QString &id)
{
    IndicatorInfo info;
    info.id = id;
    info.nameJa = u"テスト"_s;
    info.nameEn = u"Test"_s;
    info.unitJa = u"人"_s;
    info.sourceJa = u"テスト出典"_s;
    info.kind = u"observation"_s;
    return info;
}

// A row of the observations table as version 2 stored it, as text.
struct V2Row
{
    const char *indicator, *region, *industry;
    int year;
    const char *sex, *ageClass;
    std::optional<double> value;
    const char *status;
};

// Real figures: census populations (e-Stat, 国勢調査) and a suppressed cell.
const QList<V2Row> &v2Rows()
{
    static const QList<V2Row> rows = {
        {"pop", "13", "", 2015, "total", "", 13515271, ""},
        {"pop", "13", "", 2020, "total", "", 14047594, ""},
        {"pop", "27", "", 2020, "total", "", 8837685, ""},
        {"pop", "13", "", 2020, "male", "TOTAL", 6898388, ""},
        {"pop", "13", "", 2020, "female", "TOTAL", 7149206, ""},
        {"emp", "13", "A", 2016, "total", "", std::nullopt, "suppressed"},
        {"emp", "13101", "TOTAL", 2016, "total", "", 1000, ""},
    };
    return rows;
}

// Builds a version-2 store at path holding v2Rows(), written with version 2's SQL.
bool buildVersion2Store(const QString &path)
{
    Store old;
    if (!old.open(path, 2) || old.schemaVersion() != 2)
        return false;
    QSqlQuery q(old.database());
    for (const char *sql :
         {"INSERT INTO regions(code, level, name_ja) VALUES ('00','nation','全国'), ('13','prefecture','東京都'),"
          " ('27','prefecture','大阪府'), ('13101','municipality','千代田区')",
          "INSERT INTO indicators(id, name_ja, name_en) VALUES ('pop','人口','Population'),"
          " ('emp','従業者数','Employees')"})
        if (!q.exec(QString::fromUtf8(sql)))
            return false;
    q.prepare(u"INSERT INTO observations(indicator, region, industry, year, sex, age_class, value, status) "
              "VALUES (?,?,?,?,?,?,?,?)"_s);
    for (const V2Row &r : v2Rows()) {
        q.addBindValue(QString::fromUtf8(r.indicator));
        q.addBindValue(QString::fromUtf8(r.region));
        q.addBindValue(QString::fromUtf8(r.industry));
        q.addBindValue(r.year);
        q.addBindValue(QString::fromUtf8(r.sex));
        q.addBindValue(QString::fromUtf8(r.ageClass));
        q.addBindValue(r.value ? QVariant(*r.value) : QVariant(QMetaType::fromType<double>()));
        q.addBindValue(QString::fromUtf8(r.status));
        if (!q.exec())
            return false;
    }
    return true;
}

// Runs work on a new thread — its own QThread, or a thread of a private pool
// (as QtConcurrent does) — and returns when that thread has finished.
void onWorker(bool pool, const std::function<void()> &work)
{
    if (pool) {
        QThreadPool threads;
        threads.start(work);
        threads.waitForDone();   // the pool's threads end here
    } else {
        std::unique_ptr<QThread> thread(QThread::create(work));
        thread->start();
        thread->wait();
    }
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsSchema()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY2(store.open(dir.filePath(u"s.sqlite"_s)), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
        const QStringList t = tables(store);
        for (const QString &name : {u"regions"_s, u"region_groups"_s, u"region_group_members"_s, u"industries"_s,
                                    u"indicators"_s, u"series"_s, u"series_values"_s, u"flows"_s, u"boundaries"_s,
                                    u"imports"_s})
            QVERIFY2(t.contains(name), qPrintable(name));
        // From version 3, observations is a view over series and series_values.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT type FROM sqlite_master WHERE name = 'observations'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"view"_s);
        QVERIFY(store.isEmpty());
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Store old;
            QVERIFY(old.open(path, 1));
            QCOMPARE(old.schemaVersion(), 1);
            QVERIFY(!tables(old).contains(u"imports"_s));
            // Write as version 1 did (no note columns yet).
            QSqlQuery q(old.database());
            QVERIFY(q.exec(u"INSERT INTO regions(code, level, name_ja, name_en) VALUES ('13','prefecture','東京都','Tokyo')"_s));
            QVERIFY(q.exec(u"INSERT INTO indicators(id, name_ja, name_en) VALUES ('pop','人口','Population')"_s));
            QVERIFY(q.exec(u"INSERT INTO observations(indicator, region, year, value) VALUES ('pop','13',2020,14047594)"_s));
        }
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
        QVERIFY(tables(store).contains(u"imports"_s));
        const auto info = store.indicator(u"pop"_s);
        QVERIFY(info.has_value());
        QCOMPARE(info->nameJa, u"人口"_s);
        QCOMPARE(info->noteJa, QString());
        const auto values = store.values(ObservationQuery{u"pop"_s, 2020});
        QCOMPARE(values.value(u"13"_s), 14047594.0);
    }

    // Every observation of a version-2 store survives the migration to
    // version 3 unchanged, read back through the observations view and the API.
    void migratesFromVersion2KeepingEveryValue_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < v2Rows().size(); ++i) {
            const V2Row &r = v2Rows().at(i);
            QTest::addRow("%s %s %s %d %s %s", r.indicator, r.region, r.industry, r.year, r.sex, r.ageClass) << i;
        }
    }

    void migratesFromVersion2KeepingEveryValue()
    {
        QFETCH(int, row);
        const V2Row &r = v2Rows().at(row);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        QVERIFY(buildVersion2Store(path));
        Store store;
        QVERIFY2(store.open(path, 3), qPrintable(store.errorString()));   // the migration 2 → 3
        QCOMPARE(store.schemaVersion(), 3);
        QCOMPARE(store.observationCount(), qint64(v2Rows().size()));
        QSqlQuery q(store.database());
        q.prepare(u"SELECT count(*), total(value), min(value IS NULL), min(status) FROM observations WHERE "
                  "indicator = ? AND region = ? AND industry = ? AND year = ? AND sex = ? AND age_class = ?"_s);
        for (const char *v : {r.indicator, r.region, r.industry})
            q.addBindValue(QString::fromUtf8(v));
        q.addBindValue(r.year);
        q.addBindValue(QString::fromUtf8(r.sex));
        q.addBindValue(QString::fromUtf8(r.ageClass));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toDouble(), r.value.value_or(0));
        QCOMPARE(q.value(2).toInt(), r.value ? 0 : 1);
        QCOMPARE(q.value(3).toString(), QString::fromUtf8(r.status));
        ObservationQuery query{QString::fromUtf8(r.indicator), r.year};
        query.region = QString::fromUtf8(r.region);
        query.industry = QString::fromUtf8(r.industry);
        query.sex = QString::fromUtf8(r.sex);
        query.ageClass = QString::fromUtf8(r.ageClass);
        const QList<Observation> rows = store.observations(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, QString::fromUtf8(r.status));
        if (r.value)
            QCOMPARE(rows.first().value, *r.value);
        else
            QVERIFY(std::isnan(rows.first().value));
    }

    // The read paths over a migrated store; expected values are v2Rows().
    void readsAfterMigration_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("values pop 2020") << u"values pop 2020"_s << u"13=14047594 27=8837685"_s;
        QTest::newRow("values pop 2020 prefecture") << u"values pop 2020 prefecture"_s << u"13=14047594 27=8837685"_s;
        QTest::newRow("values pop 2020 male TOTAL") << u"values pop 2020 male TOTAL"_s << u"13=6898388"_s;
        QTest::newRow("series pop 13") << u"series pop 13"_s << u"2015=13515271 2020=14047594"_s;
        QTest::newRow("series pop 27") << u"series pop 27"_s << u"2020=8837685"_s;
        QTest::newRow("series pop 99 (no such region)") << u"series pop 99"_s << QString();
        QTest::newRow("series emp 13101 TOTAL") << u"series emp 13101 TOTAL"_s << u"2016=1000"_s;
        QTest::newRow("years pop") << u"years pop"_s << u"2015 2020"_s;
        QTest::newRow("years pop municipality") << u"years pop municipality"_s << QString();
        QTest::newRow("years emp municipality") << u"years emp municipality"_s << u"2016"_s;
        QTest::newRow("industries emp") << u"industries emp"_s << u"A TOTAL"_s;
        QTest::newRow("count pop") << u"count pop"_s << u"5"_s;
        QTest::newRow("count emp") << u"count emp"_s << u"2"_s;
    }

    void readsAfterMigration()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        QVERIFY(buildVersion2Store(path));
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const QStringList w = what.split(u' ');
        QStringList got;
        if (w.at(0) == u"values") {
            ObservationQuery q{w.at(1), w.at(2).toInt()};
            if (w.size() == 4)
                q.level = RegionLevel::Prefecture;
            if (w.size() == 5) {
                q.sex = w.at(3);
                q.ageClass = w.at(4);
            }
            const QHash<QString, double> v = store.values(q);
            for (auto it = v.begin(); it != v.end(); ++it)
                got << u"%1=%2"_s.arg(it.key()).arg(it.value(), 0, 'f', 0);
            got.sort();
        } else if (w.at(0) == u"series") {
            for (const SeriesPoint &p : store.series(w.at(1), w.at(2), w.value(3)))
                got << u"%1=%2"_s.arg(p.year).arg(p.value, 0, 'f', 0);
        } else if (w.at(0) == u"years") {
            const std::optional<RegionLevel> level =
                w.size() == 3 ? std::optional(RegionLevel::Municipality) : std::nullopt;
            for (int y : store.years(w.at(1), level))
                got << QString::number(y);
        } else if (w.at(0) == u"industries") {
            got = store.industriesOf(w.at(1));
        } else if (w.at(0) == u"count") {
            got << QString::number(store.observationCount(w.at(1)));
        }
        QCOMPARE(got.join(u' '), expected);
    }

    // Deleting an indicator removes its series and values (ON DELETE CASCADE
    // through series); a region in use cannot be deleted; the observations
    // view accepts plain INSERTs and checks the region.
    void integrityAfterMigration_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<qint64>("popRows");
        QTest::addColumn<qint64>("allRows");
        QTest::newRow("delete indicator pop") << u"DELETE FROM indicators WHERE id = 'pop'"_s << true << qint64(0)
                                              << qint64(2);
        QTest::newRow("delete region in use") << u"DELETE FROM regions WHERE code = '27'"_s << false << qint64(5)
                                              << qint64(7);
        QTest::newRow("delete region not in use") << u"DELETE FROM regions WHERE code = '00'"_s << true << qint64(5)
                                                  << qint64(7);
        QTest::newRow("rename region in use") << u"UPDATE regions SET code = '28' WHERE code = '27'"_s << false
                                              << qint64(5) << qint64(7);
        QTest::newRow("insert through the view")
            << u"INSERT INTO observations(indicator, region, year, value) VALUES ('pop', '27', 2015, 8839469)"_s << true
            << qint64(6) << qint64(8);
        QTest::newRow("insert through the view replaces")
            << u"INSERT INTO observations(indicator, region, year, value) VALUES ('pop', '27', 2020, 1)"_s << true
            << qint64(5) << qint64(7);
        QTest::newRow("insert through the view, unknown region")
            << u"INSERT INTO observations(indicator, region, year, value) VALUES ('pop', '99', 2020, 1)"_s << false
            << qint64(5) << qint64(7);
        QTest::newRow("insert through the view, unknown indicator")
            << u"INSERT INTO observations(indicator, region, year, value) VALUES ('gdp', '13', 2020, 1)"_s << false
            << qint64(5) << qint64(7);
    }

    void integrityAfterMigration()
    {
        QFETCH(QString, sql);
        QFETCH(bool, succeeds);
        QFETCH(qint64, popRows);
        QFETCH(qint64, allRows);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        QVERIFY(buildVersion2Store(path));
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QSqlQuery q(store.database());
        QCOMPARE(q.exec(sql), succeeds);
        QCOMPARE(store.observationCount(u"pop"_s), popRows);
        QCOMPARE(store.observationCount(), allRows);
        QVERIFY(q.exec(u"SELECT count(*) FROM series s WHERE NOT EXISTS "
                       "(SELECT 1 FROM indicators i WHERE i.id = s.indicator)"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!q.next());
    }

    // A writer's error names the row it could not store.
    void writerErrorNamesTheRow_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("rows");   // rows written in one writeRows() call, the bad one last
        QTest::newRow("one row") << u"99"_s << 1;
        QTest::newRow("in a batch of 64") << u"98"_s << 64;
        QTest::newRow("after two batches") << u"97"_s << 130;
    }

    void writerErrorNamesTheRow()
    {
        QFETCH(QString, region);
        QFETCH(int, rows);
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"s.sqlite"_s)));
        QString message;
        const bool ok = store.transaction([&](QString *error) {
            if (!store.writeRegions({Region{u"13"_s, RegionLevel::Prefecture, u"東京都"_s, u"Tokyo"_s, u"00"_s, {}}},
                                    error)
                || !store.writeIndicator(sampleIndicator(u"pop"_s), error))
                return false;
            const QByteArray good = "13", bad = region.toUtf8(), sex = "total";
            std::vector<Utf8Row> batch;
            for (int i = 0; i < rows; ++i)
                batch.push_back(Utf8Row{i + 1 == rows ? bad : good, {}, 1900 + i, sex, {}, double(i), {}, {}});
            ObservationWriter w(store, u"pop"_s);
            if (w.writeRows(batch.data(), qsizetype(batch.size()), error))
                return true;
            message = *error;
            return false;
        });
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"pop %1  %2"_s.arg(region).arg(1900 + rows - 1)), qPrintable(message));
        QVERIFY2(message.contains(u"FOREIGN KEY"_s), qPrintable(message));
        QCOMPARE(store.observationCount(), qint64(0));
    }

    // writeRows() stores rows in any order, from one indicator or several named
    // by the rows (Utf8Row::indicator), inserting them in key order: every key
    // once, the value of its last row, series numbered in the order of the rows.
    void writerStoresRowsInAnyOrder_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<bool>("twoIndicators");
        QTest::newRow("key order, one indicator") << u"key"_s << false;
        QTest::newRow("reversed, one indicator") << u"reversed"_s << false;
        QTest::newRow("interleaved, two indicators") << u"key"_s << true;
        QTest::newRow("reversed, two indicators") << u"reversed"_s << true;
        QTest::newRow("shuffled with repeated keys") << u"shuffled"_s << true;
    }

    void writerStoresRowsInAnyOrder()
    {
        QFETCH(QString, order);
        QFETCH(bool, twoIndicators);
        const QList<QByteArray> regions = {"01", "13", "27", "47"};
        const QList<QByteArray> industries = {"A", "B", "C"};
        const QByteArray sex = "total", pop = "pop", jobs = "jobs";
        // 2 indicators × 3 industries × 4 regions × 7 years = 168 keys: more than two batches of 64.
        std::vector<Utf8Row> rows;
        for (const QByteArray &region : regions)
            for (int year = 2000; year < 2007; ++year)
                for (const QByteArray &industry : industries)
                    for (const QByteArray *indicator : {&pop, &jobs}) {
                        if (!twoIndicators && indicator == &jobs)
                            continue;
                        Utf8Row r{region, industry, year, sex, {}, 0, {}, *indicator};
                        r.value = double(year) + 0.01 * double(industries.indexOf(industry))
                                  + 0.1 * double(regions.indexOf(region)) + (indicator == &jobs ? 0.5 : 0);
                        rows.push_back(r);
                    }
        const qsizetype keys = qsizetype(rows.size());
        if (order == u"reversed")
            std::reverse(rows.begin(), rows.end());
        if (order == u"shuffled") {
            // A fixed permutation (stride 37 over 168 rows), then every 5th row
            // again with another value: the later row must win.
            std::vector<Utf8Row> shuffled;
            for (qsizetype i = 0; i < keys; ++i)
                shuffled.push_back(rows[size_t((i * 37) % keys)]);
            for (qsizetype i = 0; i < keys; i += 5) {
                Utf8Row again = shuffled[size_t(i)];
                again.value = -1000 - double(i);
                shuffled.push_back(again);
            }
            rows = shuffled;
        }
        // The value each key must end with, and the series in order of first appearance.
        QHash<QString, double> expected;
        QStringList seriesOrder;
        for (const Utf8Row &r : rows) {
            const QString series = QString::fromUtf8(r.indicator) + u'/' + QString::fromUtf8(r.other);
            expected.insert(series + u'/' + QString::fromUtf8(r.region) + u'/' + QString::number(r.year), r.value);
            if (!seriesOrder.contains(series))
                seriesOrder << series;
        }
        QCOMPARE(expected.size(), keys);
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"s.sqlite"_s)));
        QList<Region> stored;
        for (const QByteArray &code : regions)
            stored << Region{QString::fromLatin1(code), RegionLevel::Prefecture, QString(), QString(), u"00"_s, {}};
        QString error;
        QVERIFY2(store.transaction([&](QString *e) {
            if (!store.writeRegions(stored, e) || !store.writeIndicator(sampleIndicator(u"pop"_s), e)
                || !store.writeIndicator(sampleIndicator(u"jobs"_s), e))
                return false;
            ObservationWriter w(store, u"pop"_s);
            return w.writeRows(rows.data(), qsizetype(rows.size()), e);
        }),
                 qPrintable(store.errorString()));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT indicator || '/' || industry FROM series ORDER BY id"_s));
        QStringList series;
        while (q.next())
            series << q.value(0).toString();
        QCOMPARE(series, seriesOrder);
        QVERIFY(q.exec(u"SELECT indicator, industry, region, year, value FROM observations"_s));
        qsizetype found = 0;
        while (q.next()) {
            const QString key = QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                            q.value(3).toString()}.join(u'/');
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(q.value(4).toDouble(), expected.value(key));
            ++found;
        }
        QCOMPARE(found, keys);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        {
            Store s;
            QVERIFY(s.open(path));
            QSqlQuery q(s.database());
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(u"newer"_s), qPrintable(store.errorString()));
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains(path));
    }

    void rollbackLeavesStoreUnchanged_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("work returns false") << u"false"_s;
        QTest::newRow("constraint violation") << u"constraint"_s;
        QTest::newRow("exception") << u"throw"_s;
    }

    void rollbackLeavesStoreUnchanged()
    {
        QFETCH(QString, failure);
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"s.sqlite"_s)));
        QVERIFY(store.transaction([&](QString *error) {
            return store.writeRegions({Region{u"13"_s, RegionLevel::Prefecture, u"東京都"_s, u"Tokyo"_s, u"00"_s, u"kanto"_s}},
                                      error)
                   && store.writeIndicator(sampleIndicator(u"a"_s), error);
        }));
        const QString before = dump(store);
        const bool ok = store.transaction([&](QString *error) {
            if (!store.writeIndicator(sampleIndicator(u"b"_s), error))
                return false;
            ObservationWriter w(store, u"b"_s);
            if (!w.write(Observation{u"13"_s, QString(), 2020, u"total"_s, QString(), 1.0, QString()}, error))
                return false;
            if (failure == u"throw")
                throw std::runtime_error("boom");
            if (failure == u"constraint") // unknown region violates the foreign key
                return w.write(Observation{u"99"_s, QString(), 2020, u"total"_s, QString(), 2.0, QString()}, error);
            *error = u"stopped on purpose"_s;
            return false;
        });
        QVERIFY(!ok);
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(dump(store), before);
        QVERIFY(!store.indicator(u"b"_s).has_value());
    }

    void readsOnWorkerWhileOwnThreadWrites_data()
    {
        QTest::addColumn<bool>("pool");
        QTest::newRow("own QThread") << false;
        QTest::newRow("thread pool") << true;
    }

    // A worker reads through its own read-only connection (WAL) while the
    // store's thread holds a write transaction: it sees what was committed,
    // not the write in progress, and its connection is gone with the thread.
    // Census populations (国勢調査, e-Stat).
    void readsOnWorkerWhileOwnThreadWrites()
    {
        QFETCH(bool, pool);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.readableFromOtherThreads());
        QVERIFY(store.transaction([&](QString *error) {
            if (!store.writeRegions({Region{u"13"_s, RegionLevel::Prefecture, u"東京都"_s, u"Tokyo"_s, u"00"_s, {}},
                                     Region{u"27"_s, RegionLevel::Prefecture, u"大阪府"_s, u"Osaka"_s, u"00"_s, {}}},
                                    error)
                || !store.writeIndicator(sampleIndicator(u"pop"_s), error))
                return false;
            ObservationWriter w(store, u"pop"_s);
            return w.write(Observation{u"13"_s, QString(), 2015, u"total"_s, QString(), 13515271, QString()}, error)
                && w.write(Observation{u"13"_s, QString(), 2020, u"total"_s, QString(), 14047594, QString()}, error)
                && w.write(Observation{u"27"_s, QString(), 2020, u"total"_s, QString(), 8837685, QString()}, error);
        }));
        const QStringList connections = QSqlDatabase::connectionNames();

        ObservationQuery y2015{u"pop"_s, 2015};
        ObservationQuery y2020{u"pop"_s, 2020};
        QHash<QString, double> during2015, during2020, after2015;
        QString readerError;
        bool readerOpen = false;
        QVERIFY(store.transaction([&](QString *error) {
            ObservationWriter w(store, u"pop"_s);
            if (!w.write(Observation{u"27"_s, QString(), 2015, u"total"_s, QString(), 8839469, QString()}, error))
                return false;
            // The write lock is held here; the worker must not wait for it.
            onWorker(pool, [&] {
                const Store &reader = Store::threadReader(path);
                readerOpen = reader.isOpen();
                readerError = reader.errorString();
                during2015 = reader.values(y2015);
                during2020 = reader.values(y2020);
            });
            return true;
        }));
        QVERIFY2(readerOpen, qPrintable(readerError));
        QCOMPARE(during2015, (QHash<QString, double>{{u"13"_s, 13515271}}));
        QCOMPARE(during2020, (QHash<QString, double>{{u"13"_s, 14047594}, {u"27"_s, 8837685}}));
        QCOMPARE(QSqlDatabase::connectionNames(), connections);   // closed when the thread ended

        // Committed: a new worker sees it, and so does this thread's store.
        onWorker(pool, [&] {
            const Store &reader = Store::threadReader(path);
            after2015 = reader.values(y2015);
            // A second call on the same thread reuses the connection.
            if (&Store::threadReader(path) != &reader)
                after2015.clear();
        });
        const QHash<QString, double> expected2015{{u"13"_s, 13515271}, {u"27"_s, 8839469}};
        QCOMPARE(after2015, expected2015);
        QCOMPARE(store.values(y2015), expected2015);
        QCOMPARE(QSqlDatabase::connectionNames(), connections);
    }

    void readerCannotReachAStoreInMemory()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        QVERIFY(!store.readableFromOtherThreads());
        bool open = true;
        onWorker(false, [&] { open = Store::threadReader(store.path()).isOpen(); });
        QVERIFY(!open);
        QTemporaryDir dir;
        onWorker(false, [&] { open = Store::threadReader(dir.filePath(u"absent.sqlite"_s)).isOpen(); });
        QVERIFY(!open);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"absent.sqlite"_s)));   // a reader never creates a store
    }

    void suppressedValuesKeepTheirStatus()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"s.sqlite"_s)));
        QVERIFY(store.transaction([&](QString *error) {
            if (!store.writeRegions({Region{u"47"_s, RegionLevel::Prefecture, u"沖縄県"_s, u"Okinawa"_s, u"00"_s, {}}},
                                    error)
                || !store.writeIndicator(sampleIndicator(u"pop"_s), error))
                return false;
            ObservationWriter w(store, u"pop"_s);
            return w.write(Observation{u"47"_s, QString(), 1945, u"total"_s, QString(), 0.0, u"not_surveyed"_s}, error);
        }));
        const QList<Observation> rows = store.observations(ObservationQuery{u"pop"_s, 1945});
        QCOMPARE(rows.size(), 1);
        QVERIFY(std::isnan(rows.first().value));
        QCOMPARE(rows.first().status, u"not_surveyed"_s);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
