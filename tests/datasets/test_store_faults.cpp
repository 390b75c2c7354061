// SPDX-License-Identifier: GPL-3.0-or-later
// The store under faults (issue 17): a full disk in the middle of an import
// (simulated without root by PRAGMA max_page_count), for new and existing
// indicators, observations and flows: all or nothing, and the message says
// the disk is full.
#include "testhelpers.h"

#include "datasets/importer.h"
#include "datasets/store.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

// Everything in the store as text, to compare before and after.
QString dump(const Store &store)
{
    QString out;
    QSqlQuery tables(store.database());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        QSqlQuery q(store.database());
        q.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2, 3, 4, 5"_s.arg(table));
        while (q.next()) {
            out += table + u':';
            for (int i = 0; i < 9; ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

QList<Region> prefectures()
{
    QList<Region> out{Region{u"00"_s, RegionLevel::Nation, u"全国"_s, u"Japan"_s, {}, {}}};
    for (int p = 1; p <= 47; ++p)
        out << Region{QString::number(p).rightJustified(2, u'0'), RegionLevel::Prefecture, u"県%1"_s.arg(p), {}, u"00"_s, {}};
    return out;
}

// A tidy file: every prefecture × `industries` industries × years from 2000,
// value = seed + a running number (so a second file changes every value).
QByteArray observationFile(int industries, int years, int seed)
{
    QByteArray out = "region_code,industry_code,year,measure,value\n";
    int n = 0;
    for (int y = 0; y < years; ++y)
        for (int p = 1; p <= 47; ++p)
            for (int i = 0; i < industries; ++i)
                out += QByteArray::number(p).rightJustified(2, '0') + ",I" + QByteArray::number(i) + ','
                       + QByteArray::number(2000 + y) + ",jobs," + QByteArray::number(seed + ++n) + '\n';
    return out;
}

// A long OD file: every ordered pair of prefectures, `years` years.
QByteArray flowFile(int years, int seed)
{
    QByteArray out = "origin_code,destination_code,year,value\n";
    int n = 0;
    for (int y = 0; y < years; ++y)
        for (int o = 1; o <= 47; ++o)
            for (int d = 1; d <= 47; ++d)
                if (o != d)
                    out += QByteArray::number(o).rightJustified(2, '0') + ','
                           + QByteArray::number(d).rightJustified(2, '0') + ',' + QByteArray::number(2000 + y) + ','
                           + QByteArray::number(seed + ++n) + '\n';
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool import(Store &store, const QString &path, QString *error)
{
    ImportRequest request;
    request.fileName = path;
    request.indicator = u"t"_s;
    request.regions = store.regions();
    const ImportResult result = readImport(request);
    if (!result.ok()) {
        *error = result.errorString();
        return false;
    }
    return commitImport(store, result, error);
}

qint64 pragma(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    // Defect 2 and 12: the disk fills up in the middle of an import. The
    // store keeps exactly what it had (a partial commit of the first failed
    // batch used to slip through once SQLite had rolled the transaction
    // back), and the message says the disk is full (a new indicator's import
    // used to end in "FOREIGN KEY constraint failed").
    void fullDiskImportIsAllOrNothing_data()
    {
        QTest::addColumn<bool>("flows");
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("fileLimit");
        for (const bool fileLimit : {false, true})
            for (const bool flows : {false, true})
                for (const bool existing : {false, true})
                    QTest::addRow("%s, %s indicator, %s", flows ? "flows" : "observations", existing ? "existing" : "new",
                                  fileLimit ? "file size limit" : "page limit")
                        << flows << existing << fileLimit;
    }

    void fullDiskImportIsAllOrNothing()
    {
        QFETCH(bool, flows);
        QFETCH(bool, existing);
        QFETCH(bool, fileLimit);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        QString error;
        {
            Store store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QVERIFY(store.transaction([&](QString *e) { return store.writeRegions(prefectures(), e); }));
            if (existing)
                QVERIFY2(import(store, writeFile(dir, u"small.csv"_s, flows ? flowFile(1, 0) : observationFile(20, 1, 0)), &error),
                         qPrintable(error));
        }
        Store store;
        QVERIFY(store.open(path));
        const QString before = dump(store);
        const qint64 pages = pragma(store, u"PRAGMA page_count"_s);
        QVERIFY(pages > 0);
        const QString big = writeFile(dir, u"big.csv"_s, flows ? flowFile(4, 1000000) : observationFile(20, 16, 1000000));
        bool imported = false;
        if (!fileLimit) {
            // Room for a few batches of the new rows, not for all of them.
            QCOMPARE(pragma(store, u"PRAGMA max_page_count = %1"_s.arg(pages + 12)), pages + 12);
            imported = import(store, big, &error);
        } else {
            // A real write error: the files may not grow by more than 48 KiB
            // (RLIMIT_FSIZE, as a full disk), with a small page cache so that
            // SQLite writes to the WAL in the middle of the transaction.
            pragma(store, u"PRAGMA cache_size = 8"_s);
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit old{};
            QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
            rlimit limit = old;
            limit.rlim_cur = rlim_t(QFileInfo(path).size() + 48 * 1024);
            QVERIFY(setrlimit(RLIMIT_FSIZE, &limit) == 0);
            imported = import(store, big, &error);
            QVERIFY(setrlimit(RLIMIT_FSIZE, &old) == 0);
        }
        QVERIFY(!imported);
        store.close();
        Store reopened;   // without the limits: what is on disk
        QVERIFY(reopened.open(path));
        QVERIFY2(dump(reopened) == before, qPrintable(error));
        QVERIFY2(error.contains(u"full"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"FOREIGN KEY"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "test_store_faults.moc"
