// SPDX-License-Identifier: GPL-3.0-or-later
// The store: schema creation, migration from an older version, and
// transactions that leave the store unchanged when they fail.
#include "testhelpers.h"

#include "datasets/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

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
                                    u"indicators"_s, u"observations"_s, u"flows"_s, u"boundaries"_s, u"imports"_s})
            QVERIFY2(t.contains(name), qPrintable(name));
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
        QCOMPARE(store.schemaVersion(), 2);
        QVERIFY(tables(store).contains(u"imports"_s));
        const auto info = store.indicator(u"pop"_s);
        QVERIFY(info.has_value());
        QCOMPARE(info->nameJa, u"人口"_s);
        QCOMPARE(info->noteJa, QString());
        const auto values = store.values(ObservationQuery{u"pop"_s, 2020});
        QCOMPARE(values.value(u"13"_s), 14047594.0);
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
