// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input: every case is rejected with the file, line and column of
// the first problem, nothing can be committed, and a full dump of the store
// is identical before and after. Also: a commit that fails or is cancelled
// half-way leaves the store exactly as it was.
#include "testhelpers.h"

#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

class TestImportMalformed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QByteArray m_initial;   // dump of the store as created; no test may change it
    int m_files = 0;

    // Every row of every table, hashed (and counted). Rows come in table scan
    // order, which only changes when the table does.
    QByteArray dump() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables(m_store.database());
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        qint64 rows = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery q(m_store.database());
            q.setForwardOnly(true);
            q.exec(u"SELECT * FROM \"%1\""_s.arg(table));
            const int columns = q.record().count();
            hash.addData(table.toUtf8());
            QByteArray row;
            while (q.next()) {
                ++rows;
                row.clear();
                for (int i = 0; i < columns; ++i) {
                    const QVariant v = q.value(i);
                    row += v.isNull() ? QByteArray("\\N") : v.toByteArray();
                    row += '\x1f';
                }
                hash.addData(row);
            }
        }
        return hash.result().toHex() + ':' + QByteArray::number(rows);
    }

    QString write(const QByteArray &bytes, const QString &suffix)
    {
        const QString path = m_dir.filePath(u"case_%1.%2"_s.arg(m_files++).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray sjis(const QString &text)
    {
        QStringEncoder encoder("windows-31j");
        return encoder(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"store.sqlite"_s), &error), qPrintable(error));
        m_initial = dump();
    }

    void cleanupTestCase()
    {
        QCOMPARE(dump(), m_initial);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("line");      // of the first error (-1: any)
        QTest::addColumn<int>("column");    // of the first error (-1: any)
        QTest::addColumn<QString>("message");

        const QByteArray tidy = "region_code,industry_code,year,measure,value\n13,A,2020,employees,100\n"
                                "27,A,2020,employees,200\n";
        QTest::newRow("empty file") << QByteArray() << u"csv"_s << u"auto"_s << 0 << 0 << u"empty"_s;
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << u"csv"_s << u"tidy"_s << 0 << 0 << u"empty"_s;
        QTest::newRow("truncated row") << tidy + "01,A,20" << u"csv"_s << u"auto"_s << 4 << 4
                                       << u"3 fields, expected 5"_s;
        QTest::newRow("wrong column count") << tidy + "01,A,2020,employees,5,extra\n" << u"csv"_s << u"auto"_s << 4
                                            << 6 << u"6 fields, expected 5"_s;
        QTest::newRow("text in a number column") << tidy + "01,A,2020,employees,many\n" << u"csv"_s << u"auto"_s
                                                 << 4 << 5 << u"'many' is not a number"_s;
        QTest::newRow("unknown region code") << tidy + "99,A,2020,employees,5\n" << u"csv"_s << u"auto"_s << 4 << 1
                                             << u"'99' is not a region code"_s;
        QTest::newRow("unknown region name") << tidy + "Atlantis,A,2020,employees,5\n" << u"csv"_s << u"auto"_s << 4
                                             << 1 << u"unknown region 'Atlantis'"_s;
        QTest::newRow("unknown municipality") << tidy + "13999,A,2020,employees,5\n" << u"csv"_s << u"auto"_s << 4
                                              << 1 << u"municipality 13999 is not in the store"_s;
        QTest::newRow("bad check digit") << tidy + "131017,A,2020,employees,5\n" << u"csv"_s << u"auto"_s << 4 << 1
                                         << u"check digit should be 6"_s;
        QTest::newRow("not a year") << tidy + "01,A,20x0,employees,5\n" << u"csv"_s << u"auto"_s << 4 << 3
                                    << u"'20x0' is not a year"_s;
        QTest::newRow("duplicate row") << tidy + "13,A,2020,employees,100\n" << u"csv"_s << u"auto"_s << 4 << 0
                                       << u"repeats line 2"_s;
        QTest::newRow("unclosed quote") << tidy + "01,A,2020,employees,\"5\n" << u"csv"_s << u"auto"_s << 4 << 0
                                        << u"quoted field is not closed"_s;
        QTest::newRow("mixed encodings")
            << "地域,時間軸,value\n東京都,2020年,1\n"_ba + sjis(u"大阪府,2020年,2\n"_s) << u"csv"_s << u"auto"_s << 3
            << 0 << u"mixed encodings: line 1 is UTF-8 but line 3 is not"_s;
        QTest::newRow("e-Stat unknown region") << "表章項目,地域,時間軸(年),unit,value\n人口,東京都,2020年,人,1\n"
                                                  "人口,ムー大陸,2020年,人,2\n"_ba
                                               << u"csv"_s << u"auto"_s << 3 << 2 << u"unknown region 'ムー大陸'"_s;
        QTest::newRow("e-Stat unknown symbol") << "地域,時間軸(年),value\n東京都,2020年,1\n大阪府,2020年,?\n"_ba
                                               << u"csv"_s << u"estat-csv"_s << 3 << 3
                                               << u"'?' is not a number or a known footnote symbol"_s;
        QTest::newRow("e-Stat no header") << "a,b,c\n1,2,3\n"_ba << u"csv"_s << u"estat-csv"_s << 1 << 0
                                          << u"no header row"_s;
        QTest::newRow("unknown format") << "hello world\n"_ba << u"txt"_s << u"auto"_s << 1 << 0
                                        << u"format is not recognised"_s;
        QTest::newRow("OD wide unknown origin")
            << "移動前,北海道,青森県,岩手県,宮城県,秋田県,山形県\n北海道,-,1,2,3,4,5\nどこか,1,-,2,3,4,5\n"_ba
            << u"2020.csv"_s << u"od-wide"_s << 3 << 1 << u"unknown region 'どこか'"_s;
        QTest::newRow("OD long unknown destination")
            << "origin_code,destination_code,year,value\n13,14,2020,5\n13,48,2020,5\n"_ba << u"csv"_s << u"auto"_s
            << 3 << 2 << u"'48' is not a region code"_s;
        QTest::newRow("broken JSON") << "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\":"_ba
                                     << u"geojson"_s << u"auto"_s << 2 << 0 << u"not valid JSON"_s;
        QTest::newRow("GeoJSON without codes")
            << "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"x\":\"?\"},"
               "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"_ba
            << u"geojson"_s << u"auto"_s << 0 << 0 << u"no property holds region codes"_s;
        QTest::newRow("GeoJSON malformed ring")
            << "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"13\"},"
               "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1]]]}}]}"_ba
            << u"geojson"_s << u"auto"_s << 0 << 0 << u"feature 1 (13): malformed Polygon"_s;   // a feature, not line 1
        QTest::newRow("TopoJSON arc out of range")
            << "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,0],[0,1],[-1,-1]]],\"objects\":{\"p\":{\"type\":"
               "\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[5]],\"properties\":"
               "{\"code\":\"13\"}}]}}}"_ba
            << u"topojson"_s << u"auto"_s << 0 << 0 << u"feature 1 (13): malformed Polygon arcs"_s;
        QTest::newRow("TopoJSON unknown object")
            << "{\"type\":\"Topology\",\"arcs\":[],\"objects\":{\"p\":{\"type\":\"GeometryCollection\","
               "\"geometries\":[]}}}"_ba
            << u"topojson"_s << u"topojson:nope"_s << 0 << 0 << u"no object 'nope'"_s;
        QTest::newRow("e-Stat JSON error status")
            << "{\"GET_STATS_DATA\":{\"RESULT\":{\"STATUS\":100,\"ERROR_MSG\":\"認証に失敗しました。\"}}}"_ba
            << u"json"_s << u"auto"_s << 0 << 0 << u"e-Stat reported status 100"_s;
        QTest::newRow("SQLite but not GeoPackage") << QByteArray("SQLite format 3\0garbage", 23) + QByteArray(4096, 'x')
                                                   << u"gpkg"_s << u"gpkg"_s << -1 << -1 << u"SQLite"_s;
        QTest::newRow("unknown format id") << tidy << u"csv"_s << u"excel"_s << 0 << 0 << u"unknown format 'excel'"_s;
        QByteArray random(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(20240601);
        gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random bytes, detected") << random << u"bin"_s << u"auto"_s << 1 << 0 << u"binary data"_s;
        QTest::newRow("random bytes as CSV") << random << u"csv"_s << u"estat-csv"_s << 1 << 0 << u"binary data"_s;
        QTest::newRow("random bytes as JSON") << random << u"json"_s << u"estat-json"_s << 1 << 0
                                              << u"not valid JSON"_s;
        QTest::newRow("random bytes as GeoPackage") << random << u"gpkg"_s << u"gpkg"_s << 1 << 0
                                                    << u"not a GeoPackage"_s;
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QByteArray &before = m_initial;
        const QString path = write(bytes, suffix);
        QVERIFY(!path.isEmpty());
        ImportRequest request;
        request.fileName = path;
        request.format = format.section(u':', 0, 0);
        request.layer = format.section(u':', 1);
        request.regions = m_store.regions();
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = readImport(request);
        QVERIFY2(timer.elapsed() < 10000, "rejecting must be quick");
        QVERIFY(!result.ok());
        QVERIFY(result.errorCount > 0);
        const auto first = std::find_if(result.issues.cbegin(), result.issues.cend(),
                                        [](const ImportIssue &i) { return i.severity == IssueSeverity::Error; });
        QVERIFY(first != result.issues.cend());
        QVERIFY2(first->message.contains(message), qPrintable(first->toString()));
        QCOMPARE(first->file, path);
        if (line >= 0)
            QCOMPARE(first->line, qint64(line));
        if (column >= 0)
            QCOMPARE(first->column, column);
        // "file:line:column: error: message"
        QVERIFY(first->toString().startsWith(path + (first->line > 0 ? u":%1"_s.arg(first->line) : QString())));
        QString error;
        QVERIFY(!commitImport(m_store, result, &error));
        QVERIFY2(error.contains(u"nothing was stored"_s), qPrintable(error));
        QCOMPARE(dump(), before);
    }

    // A result that passes reading but fails inside the transaction (a region
    // the store lacks, as when the region list was stale) rolls back entirely.
    void failedCommitRollsBack()
    {
        const QByteArray &before = m_initial;
        QByteArray csv = "region_code,year,value\n";
        for (int i = 1; i <= 47; ++i)
            csv += QByteArray::number(i).rightJustified(2, '0') + ",2020," + QByteArray::number(i) + '\n';
        csv += "99001,2020,5\n";   // last row: a municipality only the stale list knows
        ImportRequest request;
        request.fileName = write(csv, u"csv"_s);
        request.indicator = u"stale"_s;
        request.regions = m_store.regions();
        request.regions.append(Region{u"99001"_s, RegionLevel::Municipality, QString(), QString(), u"99"_s, QString()});
        const ImportResult result = readImport(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(int(result.records.size()), 48);
        QString error;
        QVERIFY(!commitImport(m_store, result, &error));
        QVERIFY2(error.contains(u"99001"_s), qPrintable(error));
        QCOMPARE(dump(), before);
        QVERIFY(!m_store.indicator(u"stale"_s));
    }

    void cancelledCommitRollsBack_data()
    {
        QTest::addColumn<double>("cancelAt");
        QTest::newRow("early") << 0.1;
        QTest::newRow("half-way") << 0.5;
        QTest::newRow("at the end") << 1.0;
    }

    void cancelledCommitRollsBack()
    {
        QFETCH(double, cancelAt);
        const QByteArray &before = m_initial;
        QByteArray csv = "region_code,industry_code,year,value\n";
        for (int year = 1900; year < 2000; ++year)
            for (int i = 1; i <= 47; ++i)
                for (char industry = 'A'; industry <= 'E'; ++industry)
                    csv += QByteArray::number(i).rightJustified(2, '0') + ',' + industry + ','
                           + QByteArray::number(year) + ",1\n";
        ImportRequest request;
        request.fileName = write(csv, u"csv"_s);
        request.indicator = u"cancelled"_s;
        request.regions = m_store.regions();
        const ImportResult result = readImport(request);
        QVERIFY(result.ok());
        QString error;
        QVERIFY(!commitImport(m_store, result, &error, [&](double f) { return f < cancelAt; }));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QCOMPARE(dump(), before);
    }

    // Reading can be cancelled too; the result is then refused.
    void cancelledRead()
    {
        QByteArray csv = "region_code,year,value\n";
        for (int year = 1800; year < 2200; ++year)
            for (int i = 1; i <= 47; ++i)
                csv += QByteArray::number(i) + ',' + QByteArray::number(year) + ",1\n";
        ImportRequest request;
        request.fileName = write(csv, u"csv"_s);
        request.indicator = u"x"_s;
        int calls = 0;
        const ImportResult result = readImport(request, [&](double) {
            ++calls;
            return false;
        });
        QCOMPARE(calls, 1);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QString error;
        QVERIFY(!commitImport(m_store, result, &error));
        QVERIFY(error.contains(u"cancelled"_s));
    }

    // An indicator id already used for another kind of data is refused in the transaction.
    void kindConflict()
    {
        const QByteArray &before = m_initial;
        ImportRequest request;
        request.fileName = write("origin_code,destination_code,year,value\n13,14,2020,5\n", u"csv"_s);
        request.indicator = u"population"_s;   // an observation indicator of the starter pack
        request.regions = m_store.regions();
        const ImportResult result = readImport(request);
        QVERIFY(result.ok());
        QString error;
        QVERIFY(!commitImport(m_store, result, &error));
        QVERIFY2(error.contains(u"already holds observation data"_s), qPrintable(error));
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestImportMalformed)
#include "test_import_malformed.moc"
