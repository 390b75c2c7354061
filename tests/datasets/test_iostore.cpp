// SPDX-License-Identifier: GPL-3.0-or-later
// Input–output tables in the store: the migration from schema version 3 to 4
// keeps every observation and adds the io tables; a table written and read
// back is the same table; the 12-sector file of the 2015 regional tables.
#include "datasets/iostore.h"
#include "datasets/iowidecsv.h"
#include "datasets/store.h"

#include "iotestdata.h"
#include "testhelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
using regionlens::datasets::Store;
namespace iostore = regionlens::datasets::iostore;
namespace iowide = regionlens::datasets::iowide;

namespace {

bool addRegion(Store &store, const QString &code)
{
    return store.transaction([&](QString *error) {
        return store.writeRegions({datasets::Region{code, datasets::RegionLevel::Prefecture, u"静岡県"_s,
                                                    u"Shizuoka"_s, u"00"_s, u"chubu"_s}},
                                  error);
    });
}

} // namespace

class TestIoStore : public QObject
{
    Q_OBJECT

private slots:
    // A version-3 store with an observation, opened by this build: version 4,
    // the observation unchanged, the io tables empty and writable.
    void migratesFromVersion3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        {
            Store old;
            QVERIFY2(old.open(path, 3), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), 3);
            QVERIFY(addRegion(old, u"22"_s));
            QVERIFY(old.transaction([&](QString *error) {
                return old.writeIndicator({u"jobs"_s, u"仕事"_s, u"jobs"_s}, error) &&
                       datasets::ObservationWriter(old, u"jobs"_s).write({u"22"_s, u"A"_s, 2020, u"total"_s, {}, 42.5, {}}, error);
            }));
            QSqlQuery q(old.database());
            QVERIFY(!q.exec(u"SELECT count(*) FROM io_tables"_s));   // not there yet
        }
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), 4);
        QCOMPARE(Store::kSchemaVersion, 4);
        const QList<datasets::Observation> rows = store.observations({u"jobs"_s, 2020, {}, u"22"_s, u"A"_s});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value, 42.5);
        QVERIFY(iostore::tables(store).isEmpty());

        iowide::WideTable wide;
        iowide::Problem problem;
        QVERIFY(iowide::parseWideTable(QString::fromUtf8(test::kMillerBlairWide), u"mb.csv"_s, &wide, &problem));
        iostore::TableRecord record{{0, u"22"_s, 2015, iostore::TableKind::Official, u"百万円"_s, u"test"_s, {}, {}, 0},
                                    wide.table};
        QVERIFY(store.transaction([&](QString *error) { return iostore::writeTable(store, record, error); }));
        const QList<iostore::TableInfo> tables = iostore::tables(store);
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().sectors, 2);
        QCOMPARE(tables.first().unit, u"百万円"_s);
        // A region in use by an io table cannot be deleted.
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(u"DELETE FROM regions WHERE code = '22'"_s));
    }

    // Written and read back: the same table, cell by cell (imports, output,
    // employees and the kinds included).
    void roundTrip()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"s.sqlite"_s)));
        QVERIFY(addRegion(store, u"22"_s));
        const char text[] = "sector,goods,services,民間消費支出,移輸出,（控除）移輸入,県内生産額\n"
                            "goods,20,30,30,40,-20,100\n"
                            "services,10,40,50,20,-10,110\n"
                            "雇用者所得,40,25,,,,\n"
                            "営業余剰,30,15,,,,\n"
                            "employees,10,22,,,,\n";
        iowide::WideTable wide;
        iowide::Problem problem;
        QVERIFY2(iowide::parseWideTable(QString::fromUtf8(text), u"t.csv"_s, &wide, &problem), qPrintable(problem.text()));
        iostore::TableRecord record;
        record.info.region = u"22"_s;
        record.info.year = 2015;
        record.table = wide.table;
        QVERIFY(store.transaction([&](QString *error) { return iostore::writeTable(store, record, error); }));
        QVERIFY(store.transaction([&](QString *error) { return iostore::writeTable(store, record, error); }));  // replaces
        QCOMPARE(iostore::tables(store).size(), 1);
        const std::optional<iostore::TableRecord> back = iostore::readTable(store, u"22"_s, iostore::TableKind::Official);
        QVERIFY(back);
        const analysis::IoTable &a = wide.table;
        const analysis::IoTable &b = back->table;
        QCOMPARE(b.sectors, a.sectors);
        QCOMPARE(b.transactions, a.transactions);
        QCOMPARE(b.finalDemand, a.finalDemand);
        QCOMPARE(b.finalDemandKinds, a.finalDemandKinds);
        QCOMPARE(b.finalDemandNames, a.finalDemandNames);
        QCOMPARE(b.valueAdded, a.valueAdded);
        QCOMPARE(b.valueAddedKinds, a.valueAddedKinds);
        QCOMPARE(b.imports, a.imports);
        QCOMPARE(b.output, a.output);
        QCOMPARE(b.employees, a.employees);
        QVERIFY(!iostore::readTable(store, u"22"_s, iostore::TableKind::Estimated));
        QVERIFY(!iostore::readTable(store, u"22"_s, iostore::TableKind::Official, 2011));
    }

    // The 12-sector file: 58 areas; the national totals of PROVENANCE.md.
    void twelveSectorFile()
    {
        RL_REQUIRE_SHARED_DATA(data);
        const QString path = data + u"/io_2015_regional_12sector/2015Data_Japan.csv"_s;
        if (!QFile::exists(path))
            QSKIP("io_2015_regional_12sector/2015Data_Japan.csv is absent");
        QVERIFY(iostore::looksLikeTwelveSectorFile(path));
        QList<iostore::TableRecord> records;
        iowide::Problem problem;
        QVERIFY2(iostore::readTwelveSectorFile(path, &records, &problem), qPrintable(problem.text()));
        QCOMPARE(records.size(), 58);
        const iostore::TableRecord &japan = records.first();
        QCOMPARE(japan.info.region, u"00"_s);
        // PROVENANCE.md: Σ Y = 1,017,818,388; Σ A = 469,579,674; 輸入 −102,168,127 (百万円).
        QCOMPARE(japan.table.output.sum(), 1017818388.0);
        QCOMPARE(japan.table.transactions.sum(), 469579674.0);
        QCOMPARE(japan.table.imports.sum(), 102168127.0);
        QCOMPARE(japan.info.licence, QString());
        for (const iostore::TableRecord &r : records) {
            if (r.info.region == u"22")
                QCOMPARE(r.info.licence, u"CC BY 4.0"_s);
            if (r.info.region == u"23")
                QCOMPARE(r.info.licence, u"CC BY 2.1 JP"_s);
            if (r.info.region == u"01")
                QCOMPARE(r.info.licence, QString());   // not stated
        }
        QCOMPARE(iostore::twelveSectorLicence(u"14130"_s), u"CC BY 2.1 JP"_s);
    }
};

QTEST_GUILESS_MAIN(TestIoStore)
#include "test_iostore.moc"
