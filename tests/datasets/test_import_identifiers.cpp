// SPDX-License-Identifier: GPL-3.0-or-later
// Identifiers every importer makes (issue 17, defect 15): indicator ids
// taken from a file (a tidy measure, e-Stat @tab codes, SSDSE item codes, a
// file name, --indicator) obey one rule — letters, digits, '_', '.', '-', at
// most 64 characters — and every stored code (industry, sex, age class) is
// at most 64 characters, whichever path read the file. Each case is refused
// with an error that names the problem; nothing is staged for the store.
#include "testhelpers.h"

#include "datasets/importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

// An e-Stat CSV download with two measures (表章項目) of the given codes.
QByteArray estatCsv(const QByteArray &tab1, const QByteArray &tab2)
{
    return "tab_code,表章項目,area_code,地域,time_code,時間軸（年）,unit,value\n\"" + tab1
           + "\",人口,13000,東京都,2020000000,2020年,人,1\n\"" + tab2
           + "\",世帯数,13000,東京都,2020000000,2020年,世帯,2\n";
}

// An e-Stat API (getStatsData) JSON response with two measures (@tab).
QByteArray estatJson(const QByteArray &tab1, const QByteArray &tab2)
{
    return "{\"GET_STATS_DATA\":{\"RESULT\":{\"STATUS\":0},\"STATISTICAL_DATA\":{\"CLASS_INF\":{\"CLASS_OBJ\":["
           "{\"@id\":\"tab\",\"@name\":\"表章項目\",\"CLASS\":[{\"@code\":\"" + tab1 + "\",\"@name\":\"人口\"},"
           "{\"@code\":\"" + tab2 + "\",\"@name\":\"世帯数\"}]},"
           "{\"@id\":\"area\",\"@name\":\"地域\",\"CLASS\":{\"@code\":\"13000\",\"@name\":\"東京都\"}},"
           "{\"@id\":\"time\",\"@name\":\"時間軸\",\"CLASS\":{\"@code\":\"2020000000\",\"@name\":\"2020年\"}}]},"
           "\"DATA_INF\":{\"VALUE\":["
           "{\"@tab\":\"" + tab1 + "\",\"@area\":\"13000\",\"@time\":\"2020000000\",\"$\":\"1\"},"
           "{\"@tab\":\"" + tab2 + "\",\"@area\":\"13000\",\"@time\":\"2020000000\",\"$\":\"2\"}]}}}}";
}

// An SSDSE-A-like coded wide table: row 1 item codes, row 2 years, row 3 names.
QByteArray ssdse(const QByteArray &item)
{
    return "SSDSE-A-2024,Prefecture,Municipality," + item + ",A1102\n,,,2020,2020\n"
           "地域コード,都道府県,市区町村,総人口,日本人人口\nR13000,東京都,,14047594,13500000\n";
}

} // namespace

class TestImportIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("indicator");   // --indicator ("" = derived from the file)
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");

        const QByteArray long200(200, 'A');
        const QByteArray tidyHeader = "region_code,industry_code,year,measure,value\n";
        const QString notAnId = u"' is not a usable indicator id (letters, digits, _ . -)"_s;
        QTest::newRow("tidy: measure with a quote")
            << u"t.csv"_s << u"tidy"_s << QString() << tidyHeader + "13,A,2020,\"jobs\"\"x\",1\n"
            << u"t.csv:2:4: error: 'jobs\"x"_s + notAnId;
        QTest::newRow("tidy: measure of 200 characters")
            << u"t.csv"_s << u"tidy"_s << QString() << tidyHeader + "13,A,2020," + long200 + ",1\n"
            << u"t.csv:2:4: error: '"_s + QString::fromLatin1(long200.left(64)) + u"… (200 characters)"_s + notAnId;
        QTest::newRow("tidy: --indicator with a quote")
            << u"t.csv"_s << u"tidy"_s << u"my\"id"_s << QByteArray("region_code,year,value\n13,2020,1\n")
            << u"'my\"id"_s + notAnId;
        QTest::newRow("tidy: industry code of 10 MB")
            << u"t.csv"_s << u"tidy"_s << u"mine"_s
            << tidyHeader + "13,A,2020,jobs,1\n13," + QByteArray(10 * 1024 * 1024, 'G') + ",2020,jobs,2\n"
            << u"t.csv:3: error: a code of 10485760 characters"_s;
        QTest::newRow("tidy: age class of 100,000 characters")
            << u"t.csv"_s << u"tidy"_s << u"mine"_s
            << "region_code,year,age_class,value\n13,2020,0-4,1\n13,2020," + QByteArray(100000, '9') + ",2\n"
            << u"t.csv:3:3: error: '"_s + QString(64, u'9') + u"… (100000 characters)' is not a age class"_s;

        QTest::newRow("e-Stat CSV: @tab code with a quote")
            << u"e.csv"_s << u"estat-csv"_s << QString() << estatCsv("0\"\"01", "002")
            << u"measure code '0\"01' (表章項目, 4 characters) cannot be part of an indicator id"_s;
        QTest::newRow("e-Stat CSV: @tab code of 200 characters")
            << u"e.csv"_s << u"estat-csv"_s << QString() << estatCsv(long200, "002")
            << u"(表章項目, 200 characters) cannot be part of an indicator id"_s;
        QTest::newRow("e-Stat CSV: --indicator too long with the @tab codes")
            << u"e.csv"_s << u"estat-csv"_s << QString(62, u'x') << estatCsv("001", "002")
            << u"is not usable: ids are letters, digits"_s;

        QTest::newRow("e-Stat JSON: @tab code with a quote")
            << u"e.json"_s << u"estat-json"_s << QString() << estatJson("0\\\"01", "002")
            << u"measure code '0\"01' (表章項目, 4 characters) cannot be part of an indicator id"_s;
        QTest::newRow("e-Stat JSON: @tab code of 200 characters")
            << u"e.json"_s << u"estat-json"_s << QString() << estatJson(long200, "002")
            << u"(表章項目, 200 characters) cannot be part of an indicator id"_s;

        QTest::newRow("SSDSE: item code with a quote")
            << u"s.csv"_s << u"ssdse"_s << QString() << ssdse("\"A1\"\"101\"")
            << u"indicator id 'ssdse_a1\"101' is not usable"_s;
        QTest::newRow("SSDSE: item code of 200 characters")
            << u"s.csv"_s << u"ssdse"_s << QString() << ssdse(long200) << u"is not usable: ids are letters, digits"_s;

        QTest::newRow("OD long: --indicator of 200 characters")
            << u"od.csv"_s << u"od-long"_s << QString::fromLatin1(long200)
            << QByteArray("origin_code,destination_code,year,value\n13,14,2020,5\n")
            << u"od.csv:2: error: '"_s + QString::fromLatin1(long200.left(64)) + u"… (200 characters)"_s + notAnId;
        QTest::newRow("OD long: age class of 100,000 characters")
            << u"od.csv"_s << u"od-long"_s << u"moves"_s
            << "origin_code,destination_code,year,age_class,value\n13,14,2020," + QByteArray(100000, '9') + ",5\n"
            << u"od.csv:2:4: error: '"_s + QString(64, u'9') + u"… (100000 characters)' is not a age class"_s;
        QTest::newRow("OD wide: --indicator with a quote")
            << u"2020.csv"_s << u"od-wide"_s << u"od\"x"_s
            << "移動前,北海道,青森県,岩手県,宮城県,秋田県,山形県\n北海道,-,1,2,3,4,5\n青森県,1,-,2,3,4,5\n"_ba
            << u"indicator id 'od\"x' is not usable"_s;
    }

    void refused()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(QString, indicator);
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        ImportRequest request;
        request.fileName = fileName;
        request.format = format;
        request.indicator = indicator;
        request.data = data;
        const ImportResult result = readImport(request);
        QString issues;
        for (const ImportIssue &issue : result.issues)
            issues += issue.toString().left(300) + u'\n';
        QVERIFY2(!result.ok(), qPrintable(issues));
        QVERIFY2(issues.contains(message), qPrintable(issues));
    }

    // The same files with ordinary codes are read: the refusals above are
    // the codes', not the layouts'.
    void accepted_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("e-Stat CSV") << u"e.csv"_s << u"estat-csv"_s << estatCsv("001", "002")
                                    << QStringList{u"e_001"_s, u"e_002"_s};
        QTest::newRow("e-Stat JSON") << u"e.json"_s << u"estat-json"_s << estatJson("001", "002")
                                     << QStringList{u"e_001"_s, u"e_002"_s};
        QTest::newRow("SSDSE") << u"s.csv"_s << u"ssdse"_s << ssdse("A1101")
                               << QStringList{u"ssdse_a1101"_s, u"ssdse_a1102"_s};
    }

    void accepted()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, ids);
        ImportRequest request;
        request.fileName = fileName;
        request.format = format;
        request.data = data;
        const ImportResult result = readImport(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QStringList got;
        for (const IndicatorInfo &info : result.indicators)
            got << info.id;
        got.sort();
        QCOMPARE(got, ids);
    }
};

QTEST_GUILESS_MAIN(TestImportIdentifiers)
#include "test_import_identifiers.moc"
