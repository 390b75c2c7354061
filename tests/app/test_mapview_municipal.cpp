// SPDX-License-Identifier: GPL-3.0-or-later
// The map page at municipal level, offscreen: a fresh starter store gets a
// small synthetic municipal GeoJSON through the importer; the level chooser
// appears, the prefecture filter restricts (and zooms) the features, the
// starter pack's municipal values are classified, hover, click and the time
// series work. With ../shared/data, the real N03 file: all 1,741
// municipalities drawn. The map options bar on the map page and on the
// analysis pages (diverging centre kept, user breaks validated).
// Screenshots go to out/.
#include "testhelpers.h"

#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "industryview.h"
#include "languagemanager.h"
#include "mapoptions.h"
#include "mapview.h"
#include "regionselection.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

struct Square
{
    const char *code;
    const char *pref;
    const char *name;
    double lon;
    double lat;
};

// Five squares of 0.03° near the real places (codes of the starter pack).
constexpr Square kSquares[] = {
    {"13101", "東京都", "千代田区", 139.75, 35.69}, {"13102", "東京都", "中央区", 139.78, 35.67},
    {"13103", "東京都", "港区", 139.74, 35.65},     {"27100", "大阪府", "大阪市", 135.50, 34.69},
    {"27140", "大阪府", "堺市", 135.48, 34.57},
};

QByteArray syntheticGeoJson()
{
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[";
    bool first = true;
    for (const Square &s : kSquares) {
        const double d = 0.03;
        out += first ? "" : ",";
        first = false;
        out += QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"N03_001\":\"%1\",\"N03_004\":\"%2\","
                              "\"N03_007\":\"%3\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%4,%5],"
                              "[%6,%5],[%6,%7],[%4,%7],[%4,%5]]]}}")
                   .arg(QString::fromUtf8(s.pref), QString::fromUtf8(s.name), QString::fromUtf8(s.code))
                   .arg(s.lon)
                   .arg(s.lat)
                   .arg(s.lon + d)
                   .arg(s.lat + d)
                   .toUtf8();
    }
    out += "]}";
    return out;
}

bool importBoundaries(datasets::Store &store, datasets::ImportRequest request, QString *error)
{
    request.regions = store.regions();
    const datasets::ImportResult result = datasets::readImport(request);
    if (!result.ok()) {
        *error = result.errorString();
        return false;
    }
    return datasets::commitImport(store, result, error);
}

QString outDir()
{
    const QString dir = test::sourceDir() + u"/out"_s;
    QDir().mkpath(dir);
    return dir;
}

// Municipal population of the starter pack, straight from the store.
QHash<QString, double> population(const datasets::Store &store, int year)
{
    datasets::ObservationQuery q;
    q.indicator = u"population"_s;
    q.year = year;
    q.level = datasets::RegionLevel::Municipality;
    QHash<QString, double> values;
    for (const datasets::Observation &o : store.observations(q))
        values.insert(o.region, o.value);
    return values;
}

QStringList featureCodes(const widgets::ChoroplethMap *map)
{
    QStringList codes;
    for (const widgets::MapFeature &f : map->features())
        codes << f.code;
    codes.sort();
    return codes;
}

} // namespace

class TestMapViewMunicipal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;   // a fresh starter store, copied for each test

    bool freshStore(datasets::Store &store, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_template, path) && store.open(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.sqlite"_s);
        datasets::Store store;
        QString error;
        QVERIFY2(datasets::openOrCreateStore(store, m_template, &error), qPrintable(error));
    }

    void levelChooserNeedsMunicipalBoundaries()
    {
        datasets::Store store;
        QVERIFY(freshStore(store, u"a.sqlite"_s));
        app::MapView view(store, true);
        auto *level = view.findChild<QComboBox *>(u"mapLevel"_s);
        QVERIFY(level);
        QCOMPARE(level->count(), 1);
        QVERIFY(!level->isEnabled());
        // 豊田市 selected on the prefecture map: its own census 2020 figure
        // (422,330, as test_workspace reads it on the population page) and
        // how to see it on the map, not "no data".
        view.selectRegions({u"23211"_s});
        view.waitForIdle();
        auto *info = view.findChild<QLabel *>(u"mapInfo"_s);
        QVERIFY(info);
        QVERIFY2(info->text().contains(u"422,330"_s) && info->text().contains(u"(2020)"_s), qPrintable(info->text()));
        QVERIFY2(info->text().contains(u"N03"_s), qPrintable(info->text()));
        QVERIFY2(!info->text().contains(u"No data"_s), qPrintable(info->text()));

        datasets::ImportRequest request;
        request.fileName = u"synthetic.geojson"_s;
        request.data = syntheticGeoJson();
        request.format = u"geojson"_s;
        request.codeProperty = u"N03_007"_s;
        request.nameProperty = u"N03_004"_s;
        QString error;
        QVERIFY2(importBoundaries(store, request, &error), qPrintable(error));
        QCOMPARE(store.boundaries(datasets::RegionLevel::Municipality).size(), 5);
        view.reload();
        QCOMPARE(level->count(), 2);
        QVERIFY(level->isEnabled());
        QCOMPARE(level->itemData(1).toString(), u"municipality"_s);
        view.waitForIdle();
        QVERIFY2(info->text().contains(u"choose Municipalities under Level"_s), qPrintable(info->text()));
    }

    void municipalMap()
    {
        datasets::Store store;
        QVERIFY(freshStore(store, u"b.sqlite"_s));
        datasets::ImportRequest request;
        request.fileName = u"synthetic.geojson"_s;
        request.data = syntheticGeoJson();
        request.codeProperty = u"N03_007"_s;
        request.nameProperty = u"N03_004"_s;
        QString error;
        QVERIFY2(importBoundaries(store, request, &error), qPrintable(error));

        app::MapView view(store, true);
        view.resize(1400, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        widgets::ChoroplethMap *map = view.map();
        QCOMPARE(map->features().size(), 47);
        view.setIndicator(u"population"_s);
        view.setLevel(u"municipality"_s);
        view.waitForIdle();   // the values are read on a worker
        QCOMPARE(view.level(), u"municipality"_s);
        QStringList all;
        for (const Square &s : kSquares)
            all << QString::fromUtf8(s.code);
        all.sort();
        QCOMPARE(featureCodes(map), all);

        // The latest year of the municipal data (2015, 2020).
        QVERIFY(map->title().contains(u"2020"_s));

        // Every municipality coloured, classes in the order of the values.
        const QHash<QString, double> values = population(store, 2020);
        for (const QString &code : all) {
            QVERIFY2(values.contains(code) && values.value(code) > 0, qPrintable(code));
            QVERIFY2(map->classOf(code) >= 0, qPrintable(code));
        }
        for (const QString &a : all)
            for (const QString &b : all)
                if (values.value(a) < values.value(b))
                    QVERIFY2(map->classOf(a) <= map->classOf(b), qPrintable(a + u" vs "_s + b));
        QVERIFY(map->classOf(u"13"_s) < 0);   // no prefecture on a municipal map
        // Names with their prefecture, from the imported boundaries.
        const auto chiyoda = std::find_if(map->features().begin(), map->features().end(),
                                          [](const widgets::MapFeature &f) { return f.code == u"13101"; });
        QCOMPARE(chiyoda->name, u"東京都 千代田区"_s);

        // The tile grid is for prefectures only.
        auto *layout = view.findChild<QComboBox *>(u"mapLayout"_s);
        QVERIFY(layout && !layout->isEnabled());
        QVERIFY(!map->tileModeAvailable());
        QVERIFY(view.grab().save(outDir() + u"/mapview-municipal-synthetic.png"_s));

        // Prefecture filter: Tokyo's three wards, zoomed in. (Unfiltered, the
        // map may already show Tokyo's squares as the main body and Osaka's in
        // an inset, so the check is on the filtered map itself: 千代田区 and 港区,
        // 0.04° apart in a 0.07° tall group, lie far apart on screen.)
        view.setPrefectureFilter(u"13"_s);
        QCOMPARE(view.prefectureFilter(), u"13"_s);
        QCOMPARE(featureCodes(map), (QStringList{u"13101"_s, u"13102"_s, u"13103"_s}));
        QCOMPARE(map->classOf(u"27100"_s), -1);
        QVERIFY(map->title().contains(u"東京都"_s));
        const QPointF zoomA = map->interiorPoint(u"13101"_s), zoomB = map->interiorPoint(u"13103"_s);
        const double shortSide = std::min(map->width(), map->height());
        QVERIFY2(QLineF(zoomA, zoomB).length() > 0.3 * shortSide,
                 qPrintable(u"%1 px apart on a map of %2 px"_s.arg(QLineF(zoomA, zoomB).length()).arg(shortSide)));
        for (const QString &code : featureCodes(map))
            QVERIFY(map->classOf(code) >= 0);

        // Hover names the municipality, click selects it and shows its series.
        QSignalSpy hovered(map, &widgets::ChoroplethMap::regionHovered);
        const QPointF p = map->interiorPoint(u"13102"_s);
        QCOMPARE(map->regionAt(p), u"13102"_s);
        QTest::mouseMove(map, p.toPoint());
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().first().toString(), u"13102"_s);
        QSignalSpy shared(&view, &app::MapView::selectionChanged);
        QTest::mouseClick(map, Qt::LeftButton, {}, p.toPoint());
        QCOMPARE(map->selectedCodes(), QStringList{u"13102"_s});
        QVERIFY(shared.isEmpty());   // the prefecture pages keep their selection
        view.waitForIdle();          // the series are read on a worker
        QCOMPARE(view.chart()->series().size(), 1);
        const widgets::Series series = view.chart()->series().first();
        QCOMPARE(series.label, u"東京都 中央区"_s);
        QCOMPARE(series.x, (QList<double>{2015, 2020}));
        RL_COMPARE_NEAR(series.y.last(), values.value(u"13102"_s), 1e-12);
        RL_COMPARE_NEAR(series.y.first(), population(store, 2015).value(u"13102"_s), 1e-12);
        auto *options = view.mapOptions();
        options->setMethod(u"jenks"_s);
        options->setClasses(3);
        QCOMPARE(map->classCount(), 3);
        QVERIFY(view.grab().save(outDir() + u"/mapview-municipal-tokyo-synthetic.png"_s));

        // Employees by industry at municipal level too.
        view.setIndicator(u"employees"_s);
        int coloured = 0;
        for (const QString &code : featureCodes(map))
            coloured += map->classOf(code) >= 0 ? 1 : 0;
        QCOMPARE(coloured, 3);

        // Back to prefectures: 47 features again, the tile grid offered.
        view.setLevel(u"prefecture"_s);
        QCOMPARE(map->features().size(), 47);
        QVERIFY(layout->isEnabled());
    }

    void realN03()
    {
        RL_REQUIRE_SHARED_DATA(data);
        const QString file =
            QDir(data).filePath(u"boundaries_n03_2021_smartnews/original/topojson_s0010_N03-21_210101_designated_city.json"_s);
        if (!QFile::exists(file))
            QSKIP("the N03 TopoJSON (designated cities, 1%) is not in ../shared/data");
        datasets::Store store;
        QVERIFY(freshStore(store, u"c.sqlite"_s));
        datasets::ImportRequest request;
        request.fileName = file;
        QString error;
        QVERIFY2(importBoundaries(store, request, &error), qPrintable(error));

        app::LanguageManager language;
        language.install(u"ja"_s);
        app::MapView view(store, true);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setIndicator(u"population"_s);
        view.setLevel(u"municipality"_s);
        view.waitForIdle();   // the values are read on a worker
        widgets::ChoroplethMap *map = view.map();
        const QList<datasets::Region> municipalities = store.regions(datasets::RegionLevel::Municipality);
        QCOMPARE(municipalities.size(), 1741);
        QVERIFY2(map->features().size() >= 1741, qPrintable(QString::number(map->features().size())));
        int coloured = 0;
        for (const datasets::Region &r : municipalities)
            coloured += map->classOf(r.code) >= 0 ? 1 : 0;
        QCOMPARE(coloured, 1741);
        QVERIFY(view.grab().save(outDir() + u"/mapview-municipal-ja.png"_s));

        // 愛知県 alone: exactly its municipalities.
        view.setPrefectureFilter(u"23"_s);
        QStringList aichi;
        for (const datasets::Region &r : municipalities)
            if (r.parent == u"23")
                aichi << r.code;
        aichi.sort();
        QCOMPARE(featureCodes(map), aichi);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(u"23211"_s).toPoint());   // 豊田市
        QCOMPARE(map->selectedCodes(), QStringList{u"23211"_s});
        QVERIFY(view.grab().save(outDir() + u"/mapview-municipal-aichi-ja.png"_s));
    }

    void prefectureLevelOptions()
    {
        datasets::Store store;
        QVERIFY(freshStore(store, u"d.sqlite"_s));
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::MapView view(store, true);
        view.resize(1400, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.waitForIdle();   // the values are read on a worker; classes exist once they arrive
        widgets::ChoroplethMap *map = view.map();
        app::MapOptionsBar *options = view.mapOptions();
        QCOMPARE(options->method(), u"quantile"_s);   // no "page default" on the map page
        QCOMPARE(map->classCount(), 5);
        options->setClasses(7);
        QCOMPARE(map->classCount(), 7);
        options->setMethod(u"box"_s);
        QCOMPARE(map->classificationMethod(), analysis::ClassificationMethod::BoxMap);
        QVERIFY(!view.findChild<QSpinBox *>(u"mapClasses"_s)->isEnabled());
        options->setPalette(widgets::Palette::Viridis);
        QCOMPARE(map->palette(), widgets::Palette::Viridis);
        options->setTileLayout(true);
        QVERIFY(map->tileMode());
        options->setTileLayout(false);
        options->setMethod(u"user"_s);
        auto *breaks = view.findChild<QLineEdit *>(u"mapBreaks"_s);
        QVERIFY(breaks->isVisible());
        QVERIFY(!breaks->text().isEmpty());   // prefilled from the breaks on the map
        breaks->setText(u"1000000, 3000000, 5000000"_s);
        QCOMPARE(map->classCount(), 4);
        QCOMPARE(map->breaks().mid(1, 3), (QList<double>{1e6, 3e6, 5e6}));
        // Invalid input: an error, the last valid breaks stay.
        breaks->setText(u"1000000, abc"_s);
        auto *error = view.findChild<QLabel *>(u"mapBreaksError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(map->classCount(), 4);
        breaks->setText(u"２００００００、４００００００"_s);   // full-width, as typed with an IME
        QVERIFY(!error->isVisible());
        QCOMPARE(map->breaks().mid(1, 2), (QList<double>{2e6, 4e6}));
        QVERIFY(view.grab().save(outDir() + u"/mapview-prefectures-options-ja.png"_s));
    }

    void parseBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<double>>("breaks");
        QTest::newRow("commas") << u"0.8, 1, 1.2"_s << true << QList<double>{0.8, 1, 1.2};
        QTest::newRow("unsorted") << u"3,1,2"_s << true << QList<double>{1, 2, 3};
        QTest::newRow("negative, minus sign") << u"−5, 0, 5"_s << true << QList<double>{-5, 0, 5};
        QTest::newRow("ideographic comma") << u"10、20"_s << true << QList<double>{10, 20};
        QTest::newRow("trailing comma") << u"1, 2,"_s << true << QList<double>{1, 2};
        QTest::newRow("empty") << u"  "_s << false << QList<double>{};
        QTest::newRow("word") << u"1, two"_s << false << QList<double>{};
        QTest::newRow("repeated") << u"1, 1"_s << false << QList<double>{};
        QTest::newRow("too many") << u"1,2,3,4,5,6,7,8,9,10,11,12"_s << false << QList<double>{};
    }

    void parseBreaks()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<double>, breaks);
        QString error;
        const std::optional<QList<double>> parsed = app::MapOptionsBar::parseBreaks(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(*parsed, breaks);
    }

    void industryMapKeepsCentre()
    {
        datasets::Store store;
        QVERIFY(freshStore(store, u"e.sqlite"_s));
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::RegionSelection selection;
        app::IndustryView view(store, selection, true);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 10000);
        widgets::ChoroplethMap *map = view.map();
        app::MapOptionsBar *options = app::MapOptionsBar::of(map);
        QVERIFY(options);
        QCOMPARE(options->method(), QString());   // page default: the readable LQ breaks
        QVERIFY(!map->hasClassificationOverride());
        const QList<double> pageBreaks = map->breaks();
        QVERIFY(pageBreaks.contains(1.0));
        // Only diverging palettes for a diverging map.
        auto *palettes = view.findChild<QComboBox *>(u"mapPalette"_s);
        QCOMPARE(palettes->count(), 2);

        options->setExpanded(true);
        options->setMethod(u"jenks"_s);
        options->setClasses(4);
        QVERIFY(map->hasClassificationOverride());
        QCOMPARE(map->classificationMethod(), analysis::ClassificationMethod::NaturalBreaks);
        QVERIFY2(map->breaks().contains(1.0), "the class holding LQ 1.0 is split there");
        QVERIFY(map->breaks() != pageBreaks);
        // Colours below 1.0 and above it come from opposite ends of the ramp.
        const QList<double> jenks = map->breaks();
        const int below = int(std::count_if(jenks.begin() + 1, jenks.end(), [](double b) { return b <= 1.0; }));
        QVERIFY(below >= 1 && below < map->classCount());
        QVERIFY(map->classColour(0).blue() > map->classColour(0).red());
        QVERIFY(map->classColour(map->classCount() - 1).red() > map->classColour(map->classCount() - 1).blue());
        options->setPalette(widgets::Palette::PurpleOrange);
        QCOMPARE(map->palette(), widgets::Palette::PurpleOrange);

        // The page redrawing its map (another year) keeps the viewer's choice.
        view.setYear(2016);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 10000);
        QVERIFY(map->title().contains(u"2016"_s));
        QCOMPARE(map->classificationMethod(), analysis::ClassificationMethod::NaturalBreaks);
        QVERIFY(map->breaks().contains(1.0));
        QVERIFY(view.grab().save(outDir() + u"/industry-map-options-jenks-ja.png"_s));

        options->setMethod(QString());
        QVERIFY(!map->hasClassificationOverride());
        QCOMPARE(map->classificationMethod(), analysis::ClassificationMethod::UserBreaks);
    }
};

QTEST_MAIN(TestMapViewMunicipal)
#include "test_mapview_municipal.moc"
