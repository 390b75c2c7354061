// SPDX-License-Identifier: GPL-3.0-or-later
// The import building blocks and every format on small synthetic files:
// region resolution, numbers and footnote symbols, years, encodings, format
// detection, e-Stat CSV variants, e-Stat API JSON, tidy and OD tables,
// TopoJSON arcs, GeoPackage tables, preview and commit.
#include "testhelpers.h"

#include "datasets/importer.h"
#include "datasets/importsupport.h"
#include "datasets/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace support = regionlens::datasets::importsupport;

class TestImportFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes, const QString &name = QString())
    {
        const QString path = m_dir.filePath(name.isEmpty() ? u"file_%1.csv"_s.arg(m_files++) : name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QByteArray sjis(const QString &text)
    {
        QStringEncoder encoder("windows-31j");
        return encoder(text);
    }

    // Regions as a store with the starter pack has them (two municipalities suffice).
    static QList<Region> regions()
    {
        QList<Region> list{catalog::nation()};
        list += catalog::prefectures();
        list << Region{u"13101"_s, RegionLevel::Municipality, u"千代田区"_s, QString(), u"13"_s, QString()}
             << Region{u"01100"_s, RegionLevel::Municipality, QString(), QString(), u"01"_s, QString()}
             << Region{u"13206"_s, RegionLevel::Municipality, u"府中市"_s, QString(), u"13"_s, QString()}
             << Region{u"34208"_s, RegionLevel::Municipality, u"府中市"_s, QString(), u"34"_s, QString()};
        return list;
    }

    ImportResult readBytes(const QByteArray &bytes, const QString &format = u"auto"_s,
                           const QString &indicator = QString(), const QString &name = QString())
    {
        ImportRequest request;
        request.fileName = write(bytes, name);
        request.format = format;
        request.indicator = indicator;
        request.regions = regions();
        return readImport(request);
    }

    // The staged observation for (region, year, sex, age), or a null optional.
    static std::optional<Observation> find(const ImportResult &r, const QString &region, int year,
                                           const QString &sex = u"total"_s, const QString &age = QString())
    {
        for (qsizetype i = 0; i < qsizetype(r.records.size()); ++i) {
            const Observation o = r.observation(i);
            if (o.region == region && o.year == year && o.sex == sex && o.ageClass == age)
                return o;
        }
        return std::nullopt;
    }

private slots:
    void resolveRegion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        for (const QString &tokyo : {u"13"_s, u"13000"_s, u"13000_東京都"_s, u"東京都"_s, u"東京"_s, u"Tokyo"_s,
                                     u"tokyo"_s, u"１３"_s, u"130001"_s, u" 13 "_s})
            QTest::newRow(qPrintable(u"Tokyo as "_s + tokyo)) << tokyo << u"13"_s;
        QTest::newRow("1") << u"1"_s << u"01"_s;
        QTest::newRow("00000") << u"00000"_s << u"00"_s;
        QTest::newRow("全国") << u"全国"_s << u"00"_s;
        QTest::newRow("five digits") << u"13101"_s << u"13101"_s;
        QTest::newRow("six digits, check digit") << u"131016"_s << u"13101"_s;
        QTest::newRow("six digits, check digit 2") << u"011002"_s << u"01100"_s;
        QTest::newRow("wrong check digit") << u"131015"_s << QString();
        QTest::newRow("leading zero lost") << u"1100"_s << u"01100"_s;
        QTest::newRow("municipality by name") << u"千代田区"_s << u"13101"_s;
        QTest::newRow("with prefecture") << u"東京都府中市"_s << u"13206"_s;
        QTest::newRow("ambiguous name") << u"府中市"_s << QString();
        QTest::newRow("not in the store") << u"13999"_s << QString();
        QTest::newRow("48") << u"48"_s << QString();
        QTest::newRow("nonsense") << u"Atlantis"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void resolveRegion()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const support::RegionResolver resolver(regions());
        QString why;
        QCOMPARE(resolver.resolve(text, &why), code);
        QCOMPARE(why.isEmpty(), !code.isEmpty());
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");   // ValueKind
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("status");
        const int number = int(support::ValueKind::Number), footnote = int(support::ValueKind::Footnote);
        QTest::newRow("integer") << u"1234"_s << number << 1234.0 << QString();
        QTest::newRow("thousands") << u"1,234,567"_s << number << 1234567.0 << QString();
        QTest::newRow("decimal") << u"-12.5"_s << number << -12.5 << QString();
        QTest::newRow("spaces") << u" 42 "_s << number << 42.0 << QString();
        QTest::newRow("full width") << u"１，２３４"_s << number << 1234.0 << QString();
        QTest::newRow("triangle minus") << u"△12"_s << number << -12.0 << QString();
        QTest::newRow("exponent") << u"1e3"_s << number << 1000.0 << QString();
        QTest::newRow("hyphen") << u"-"_s << footnote << qQNaN() << u"not_surveyed:-"_s;
        QTest::newRow("full-width hyphen") << u"－"_s << footnote << qQNaN() << u"not_surveyed:－"_s;
        QTest::newRow("ellipsis") << u"…"_s << footnote << qQNaN() << u"missing:…"_s;
        QTest::newRow("x") << u"x"_s << footnote << qQNaN() << u"suppressed:x"_s;
        QTest::newRow("X") << u"X"_s << footnote << qQNaN() << u"suppressed:X"_s;
        QTest::newRow("full-width x") << u"ｘ"_s << footnote << qQNaN() << u"suppressed:ｘ"_s;
        QTest::newRow("***") << u"***"_s << footnote << qQNaN() << u"suppressed:***"_s;
        QTest::newRow("NA") << u"NA"_s << footnote << qQNaN() << u"missing:NA"_s;
        QTest::newRow("empty") << QString() << int(support::ValueKind::Empty) << qQNaN() << u"missing:"_s;
        QTest::newRow("bad grouping") << u"12,34"_s << int(support::ValueKind::Invalid) << qQNaN() << QString();
        QTest::newRow("text") << u"abc"_s << int(support::ValueKind::Invalid) << qQNaN() << QString();
        QTest::newRow("two points") << u"1.2.3"_s << int(support::ValueKind::Invalid) << qQNaN() << QString();
    }

    void parseValue()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, status);
        double v = 0;
        QString s;
        QCOMPARE(int(support::parseValue(text, &v, &s)), kind);
        QCOMPARE(s, status);
        if (std::isnan(value))
            QVERIFY(std::isnan(v));
        else
            QCOMPARE(v, value);
    }

    void parseYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::newRow("plain") << u"2020"_s << 2020;
        QTest::newRow("年") << u"2020年"_s << 2020;
        QTest::newRow("date") << u"2022年10月1日現在"_s << 2022;
        QTest::newRow("time code") << u"2020000000"_s << 2020;
        QTest::newRow("fiscal code") << u"2011100000"_s << 2011;
        QTest::newRow("令和2年") << u"令和2年"_s << 2020;
        QTest::newRow("平成元年") << u"平成元年"_s << 1989;
        QTest::newRow("大正9年") << u"大正9年"_s << 1920;
        QTest::newRow("fiscal") << u"2019年度"_s << 2019;
        QTest::newRow("none") << u"abc"_s << 0;
        QTest::newRow("code 13000") << u"13000"_s << 0;
    }

    void parseYear()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QCOMPARE(support::parseYear(text), year);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"都道府県,値\n東京都,１\n"_s;
        QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF"_ba + text.toUtf8() << u"UTF-8 (BOM)"_s;
        QTest::newRow("Shift_JIS") << sjis(text) << u"Shift_JIS (CP932)"_s;
        QTest::newRow("CP932 extensions") << sjis(u"①㈱,値\n東京都,１\n"_s) << u"Shift_JIS (CP932)"_s;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const support::DecodedText d = support::decodeText(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, encoding);
        QVERIFY(d.text.endsWith(u"東京都,１\n"_s));
        QVERIFY(!d.text.startsWith(QChar(0xFEFF)));
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("tidy") << "value,measure,year,region_code\n1,a,2020,13\n"_ba << u"tidy"_s;
        QTest::newRow("od-long") << "origin_code,destination_code,year,value\n13,14,2020,1\n"_ba << u"od-long"_s;
        QTest::newRow("od-wide") << "from,北海道,青森県,岩手県,宮城県,秋田県,山形県,福島県\n"_ba << u"od-wide"_s;
        QTest::newRow("estat-csv") << "\"統計表\",\"x\"\n\"地域 コード\",\"地域\",\"時間軸\",\"value\"\n"_ba
                                   << u"estat-csv"_s;
        QTest::newRow("estat-csv Shift_JIS") << sjis(u"都道府県名,西暦（年）,人口（総数）\n"_s) << u"estat-csv"_s;
        QTest::newRow("ssdse") << "SSDSE-E-2024,Prefecture,A1101\n"_ba << u"ssdse"_s;
        QTest::newRow("estat-json") << "{\"GET_STATS_DATA\":{}}"_ba << u"estat-json"_s;
        QTest::newRow("geojson") << "{\"type\":\"FeatureCollection\",\"features\":[]}"_ba << u"geojson"_s;
        QTest::newRow("topojson") << "{\"type\":\"Topology\",\"objects\":{}}"_ba << u"topojson"_s;
        QTest::newRow("gpkg") << QByteArray("SQLite format 3\0", 16) + QByteArray(52, '\0') + "GPKG" << u"gpkg"_s;
        QTest::newRow("nothing") << "lorem ipsum\n"_ba << QString();
    }

    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const Importer *importer = detectImporter(bytes, u"x"_s);
        QCOMPARE(importer ? importer->formatId() : QString(), format);
        if (importer)
            QVERIFY(importer->canRead(bytes, u"x"_s));
    }

    // e-Stat CSV variants: the same figures however the download was laid out.
    void estatCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("headerLine");
        const QString api = u"\"RESULT\"\n\"STATUS\",\"ERROR_MSG\"\n\"0\",\"正常に終了しました。\"\n\"VALUE\"\n"
                            "\"tab_code\",\"表章項目\",\"cat01_code\",\"男女別\",\"area_code\",\"地域\",\"time_code\","
                            "\"時間軸（年次）\",\"unit\",\"value\",\"annotation\"\n"
                            "\"020\",\"人口\",\"100\",\"総数\",\"13000\",\"東京都\",\"2020000000\",\"2020年\",\"人\","
                            "\"14,047,594\",\"\"\n"
                            "\"020\",\"人口\",\"110\",\"男\",\"13000\",\"東京都\",\"2020000000\",\"2020年\",\"人\","
                            "\"6,898,388\",\"\"\n"
                            "\"020\",\"人口\",\"120\",\"女\",\"13000\",\"東京都\",\"2020000000\",\"2020年\",\"人\","
                            "\"x\",\"\"\n"
                            "\"020\",\"人口\",\"100\",\"総数\",\"00000\",\"全国\",\"2020000000\",\"2020年\",\"人\","
                            "\"126146099\",\"\"\n"_s;
        QTest::newRow("API CSV, metadata, cat01_code") << api.toUtf8() << 5;
        QTest::newRow("API CSV, Shift_JIS") << sjis(api) << 5;
        const QString web = u"\"統計表ID\",\"0003410379\"\n\"統計名：\",\"国勢調査\"\n\n"
                            "\"表章項目 コード\",\"表章項目\",\"地域 コード\",\"地域\",\"時間軸（年次） コード\","
                            "\"時間軸（年次）\",\"/男女\",\"総数\",\"男\",\"女\"\n"
                            "\"020\",\"人口\",\"13000\",\"東京都\",\"2020000000\",\"2020年\",\"\",\"14,047,594\","
                            "\"6,898,388\",\"x\"\n"
                            "\"020\",\"人口\",\"00000\",\"全国\",\"2020000000\",\"2020年\",\"\",\"126146099\",\"-\",\"-\"\n"
                            "\"注1）東京都の女は秘匿\"\n"_s;
        QTest::newRow("web download, /男女 across") << web.toUtf8() << 4;
        QTest::newRow("web download, UTF-8 BOM") << "\xEF\xBB\xBF"_ba + web.toUtf8() << 4;
    }

    void estatCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, headerLine);
        const ImportResult r = readBytes(bytes, u"auto"_s, u"pop"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"estat-csv"_s);
        if (headerLine > 1)
            QVERIFY2(r.mapping.first().startsWith(u"lines 1–%1: metadata"_s.arg(headerLine - 1)),
                     qPrintable(r.mapping.join(u'\n')));
        QCOMPARE(r.indicators.size(), 1);
        QCOMPARE(r.indicators.first().id, u"pop"_s);
        QCOMPARE(r.indicators.first().nameJa, u"人口"_s);
        QCOMPARE(find(r, u"13"_s, 2020)->value, 14047594.0);
        QCOMPARE(find(r, u"13"_s, 2020, u"male"_s)->value, 6898388.0);
        const Observation female = *find(r, u"13"_s, 2020, u"female"_s);
        QVERIFY(std::isnan(female.value));
        QCOMPARE(female.status, u"suppressed:x"_s);
        QCOMPARE(find(r, u"00"_s, 2020)->value, 126146099.0);
    }

    void estatJson()
    {
        const QByteArray json = R"json({"GET_STATS_DATA":{"RESULT":{"STATUS":0,"ERROR_MSG":"正常に終了しました。"},
          "STATISTICAL_DATA":{"TABLE_INF":{"@id":"0003410379","STAT_NAME":{"@code":"00200521","$":"国勢調査"},
            "TITLE":{"@no":"1","$":"男女別人口"}},
          "CLASS_INF":{"CLASS_OBJ":[
            {"@id":"tab","@name":"表章項目","CLASS":{"@code":"020","@name":"人口","@level":"","@unit":"人"}},
            {"@id":"cat01","@name":"男女_時系列","CLASS":[{"@code":"100","@name":"総数"},{"@code":"110","@name":"男"}]},
            {"@id":"area","@name":"地域_時系列","CLASS":[{"@code":"00000","@name":"全国"},{"@code":"13000","@name":"東京都"},
              {"@code":"47000","@name":"沖縄県"}]},
            {"@id":"time","@name":"時間軸(調査年)","CLASS":[{"@code":"1945000000","@name":"1945年"},
              {"@code":"2020000000","@name":"2020年"}]}]},
          "DATA_INF":{"NOTE":[{"@char":"***","$":"該当データなし"},{"@char":"-","$":"調査されていない"}],
            "VALUE":[
              {"@tab":"020","@cat01":"100","@area":"00000","@time":"2020000000","@unit":"人","$":"126146099"},
              {"@tab":"020","@cat01":"110","@area":"13000","@time":"2020000000","@unit":"人","$":"6898388"},
              {"@tab":"020","@cat01":"100","@area":"47000","@time":"1945000000","@unit":"人","$":"-"},
              {"@tab":"020","@cat01":"110","@area":"47000","@time":"1945000000","@unit":"人","$":"***"}]}}}})json";
        const ImportResult r = readBytes(json, u"auto"_s, QString(), u"getStatsData_0003410379.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"estat-json"_s);
        QCOMPARE(int(r.records.size()), 4);
        QCOMPARE(r.indicators.first().id, u"getstatsdata_0003410379"_s);
        QCOMPARE(r.indicators.first().unitJa, u"人"_s);
        QCOMPARE(r.indicators.first().survey, u"国勢調査"_s);
        QCOMPARE(find(r, u"00"_s, 2020)->value, 126146099.0);
        QCOMPARE(find(r, u"13"_s, 2020, u"male"_s)->value, 6898388.0);
        QCOMPARE(find(r, u"47"_s, 1945)->status, u"not_surveyed:-"_s);
        QCOMPARE(find(r, u"47"_s, 1945, u"male"_s)->status, u"suppressed:***"_s);
    }

    void tidy()
    {
        // Columns in any order; two measures → two indicators; optional sex, age, unit, names.
        const QByteArray csv = "unit,value,year,measure,industry_code,region_name,region_code,sex,age_class\n"
                               "人,100,2020,employees,A,東京都,13,male,15-64\n"
                               "所,7,2020,establishments,A,東京都,13,,\n"
                               "人,\"1,200\",2021,employees,E,,大阪府,female,65+\n"
                               "人,-,2021,employees,E,,27,total,TOTAL\n";
        const ImportResult r = readBytes(csv);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"tidy"_s);
        QCOMPARE(r.indicators.size(), 2);
        QCOMPARE(r.indicators.at(0).id, u"employees"_s);
        QCOMPARE(r.indicators.at(0).unitJa, u"人"_s);
        QCOMPARE(r.indicators.at(1).id, u"establishments"_s);
        QCOMPARE(r.indicators.at(1).unitJa, u"所"_s);
        QCOMPARE(find(r, u"13"_s, 2020, u"male"_s, u"15-64"_s)->industry, u"A"_s);
        QCOMPARE(find(r, u"27"_s, 2021, u"female"_s, u"65+"_s)->value, 1200.0);
        QCOMPARE(find(r, u"27"_s, 2021, u"total"_s, u"TOTAL"_s)->status, u"not_surveyed:-"_s);
        // --indicator with several measures is refused rather than merged.
        const ImportResult merged = readBytes(csv, u"tidy"_s, u"one"_s);
        QVERIFY(!merged.ok());
        QVERIFY(merged.errorString().contains(u"several measures"_s));
    }

    void odLong()
    {
        const QByteArray csv = "origin_code,destination_code,year,sex,age_class,value\n"
                               "13,14,2025,male,20-24,100\n東京都,神奈川県,2025,female,20-24,90\n"
                               "Tokyo,Kanagawa,2025,total,,x\n";
        const ImportResult r = readBytes(csv, u"auto"_s, u"moves"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"od-long"_s);
        QCOMPARE(r.indicators.first().kind, u"flow"_s);
        QCOMPARE(int(r.records.size()), 3);
        QVERIFY(r.isFlow(0));
        const Flow f = r.flow(1);
        QCOMPARE(f.origin, u"13"_s);
        QCOMPARE(f.destination, u"14"_s);
        QCOMPARE(f.sex, u"female"_s);
        QCOMPARE(f.ageClass, u"20-24"_s);
        QCOMPARE(r.flow(2).status, u"suppressed:x"_s);
    }

    void topoJson()
    {
        // Quantized (scale 0.5, translate 130,30), delta-encoded; the second
        // square reuses arc 0 reversed (~0 = -1).
        const QByteArray topo = R"({"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[130,30]},
          "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],
          "objects":{"squares":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,1]],"properties":{"code":"13","name":"A"}},
            {"type":"MultiPolygon","arcs":[[[2,-1]]],"properties":{"code":"14","name":"B"}},
            {"type":null,"properties":{"code":"11"}}]}}})";
        const ImportResult r = readBytes(topo, u"auto"_s, QString(), u"squares.topojson"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"topojson"_s);
        QCOMPARE(r.boundaries.size(), 2);
        QCOMPARE(r.skipped.value(u"features without geometry"_s), qint64(1));
        const Ring a = r.boundaries.at(0).polygons.first().first();
        QCOMPARE(a, (Ring{{131, 30}, {131, 31}, {130, 31}, {130, 30}, {131, 30}}));
        const Ring b = r.boundaries.at(1).polygons.first().first();
        QCOMPARE(b, (Ring{{131, 30}, {132, 30}, {132, 31}, {131, 31}, {131, 30}}));
        QCOMPARE(r.boundaryLevel, std::optional<RegionLevel>(RegionLevel::Prefecture));
    }

    void geoPackage()
    {
        const QString path = m_dir.filePath(u"regions.gpkg"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-gpkg"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql :
                 {u"PRAGMA application_id = 1196444487"_s,
                  u"CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT,"
                  " organization_coordsys_id INTEGER, definition TEXT)"_s,
                  u"INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]')"_s,
                  u"CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT)"_s,
                  u"INSERT INTO gpkg_contents VALUES ('municipalities', 'features', 'm')"_s,
                  u"CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT,"
                  " srs_id INTEGER, z INTEGER, m INTEGER)"_s,
                  u"INSERT INTO gpkg_geometry_columns VALUES ('municipalities', 'geom', 'MULTIPOLYGON', 4326, 0, 0)"_s,
                  u"CREATE TABLE municipalities (fid INTEGER PRIMARY KEY, geom BLOB, N03_007 TEXT, N03_004 TEXT)"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            const MultiPolygon square{{{{139, 35}, {140, 35}, {140, 36}, {139, 35}}}};
            QByteArray blob("GP\x00\x01", 4);   // version 0, little-endian, no envelope
            char srs[4];
            qToLittleEndian<qint32>(4326, srs);
            blob.append(srs, 4);
            blob.append(geometry::toWkb(square));
            q.prepare(u"INSERT INTO municipalities(geom, N03_007, N03_004) VALUES (?, ?, ?)"_s);
            for (const auto &[code, name] : {std::pair{u"13101"_s, u"千代田区"_s}, std::pair{u"01100"_s, u"札幌市"_s}}) {
                q.addBindValue(blob);
                q.addBindValue(code);
                q.addBindValue(name);
                QVERIFY(q.exec());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"make-gpkg"_s);
        ImportRequest request;
        request.fileName = path;
        request.regions = regions();
        const ImportResult r = readImport(request);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"gpkg"_s);
        QCOMPARE(r.boundaryLevel, std::optional<RegionLevel>(RegionLevel::Municipality));
        QCOMPARE(r.boundaries.size(), 2);
        QCOMPARE(r.boundaries.at(0).code, u"13101"_s);
        QCOMPARE(r.boundaries.at(0).polygons.first().first().at(1), QPointF(140, 35));
        QCOMPARE(r.regionNames.size(), 2);
        QCOMPARE(r.regionNames.at(1).nameJa, u"札幌市"_s);
    }

    void ssdse()
    {
        const QByteArray csv = sjis(u"SSDSE-A-2026,Prefecture,Municipality,A1101,A1102\n,,年度,2020,2020\n"
                                    "地域コード,都道府県,市区町村,総人口,日本人人口\n"
                                    "R01100,北海道,札幌市,1973395,1933094\nR13101,東京都,千代田区,66680,x\n"_s);
        ImportRequest request;
        request.fileName = write(csv);
        request.regions = regions();
        request.measures = {u"A1102"_s};
        const ImportResult r = readImport(request);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.format, u"ssdse"_s);
        QCOMPARE(r.encoding, u"Shift_JIS (CP932)"_s);
        QCOMPARE(r.indicators.size(), 1);
        QCOMPARE(r.indicators.first().id, u"ssdse_a1102"_s);
        QCOMPARE(r.indicators.first().nameJa, u"日本人人口"_s);
        QCOMPARE(find(r, u"01100"_s, 2020)->value, 1933094.0);
        QCOMPARE(find(r, u"13101"_s, 2020)->status, u"suppressed:x"_s);
    }

    void previewAndCommit()
    {
        const ImportResult r = readBytes("region_code,year,value\n13,2020,5\n14,2020,6\n27,2020,-\n",
                                         u"tidy"_s, u"synthetic"_s);
        QVERIFY(r.ok());
        const ImportPreview p = previewImport(r, 2);
        QCOMPARE(p.header.first(), u"line"_s);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows.first().at(2), u"13"_s);
        QVERIFY(r.summary().contains(u"3 values for indicator 'synthetic'"_s));
        QVERIFY(r.summary().contains(u"1 stored without a number, status not_surveyed:-"_s));
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"commit.sqlite"_s)));
        QVERIFY(store.transaction([&](QString *err) {
            return store.writeRegions(QList<Region>{catalog::nation()} + catalog::prefectures(), err);
        }));
        QString error;
        QList<double> progress;
        QVERIFY2(commitImport(store, r, &error, [&](double f) {
            progress << f;
            return true;
        }), qPrintable(error));
        QCOMPARE(progress.last(), 1.0);
        QCOMPARE(store.observationCount(u"synthetic"_s), qint64(3));
        QCOMPARE(store.series(u"synthetic"_s, u"14"_s).first().value, 6.0);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT format, indicator, stored, skipped FROM imports"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"tidy"_s);
        QCOMPARE(q.value(2).toLongLong(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "test_import_formats.moc"
