// SPDX-License-Identifier: GPL-3.0-or-later
// The choropleth map on the committed Natural Earth prefectures, offscreen:
// geometry of the bundled file, projection and insets, class colours on the
// rendered image, click and ctrl-click selection, tile grid, and the
// time-series chart; the 1,897 municipalities of N03 (../shared/data) with
// the fills, and the geometry of new features or a new size, made in the
// background. Set REGIONLENS_SCREENSHOT_DIR to
// keep the images.
#include "testhelpers.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::widgets;

namespace {

QList<QPolygonF> ringsOf(const QJsonObject &geometry)
{
    QList<QPolygonF> rings;
    const QString type = geometry.value(u"type"_s).toString();
    QJsonArray polygons = geometry.value(u"coordinates"_s).toArray();
    if (type == u"Polygon")
        polygons = QJsonArray{polygons};
    for (const QJsonValue &polygon : std::as_const(polygons)) {
        for (const QJsonValue &ringValue : polygon.toArray()) {
            QPolygonF ring;
            for (const QJsonValue &p : ringValue.toArray())
                ring << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
            rings << ring;
        }
    }
    return rings;
}

// Area-weighted centroid of the largest ring (outer ring of the largest part).
QPointF mainCentroid(const QList<QPolygonF> &rings)
{
    double bestArea = 0.0;
    QPointF best;
    for (const QPolygonF &r : rings) {
        double a = 0.0, cx = 0.0, cy = 0.0;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const QPointF &u = r.at(i);
            const QPointF &v = r.at((i + 1) % r.size());
            const double cross = u.x() * v.y() - v.x() * u.y();
            a += cross;
            cx += (u.x() + v.x()) * cross;
            cy += (u.y() + v.y()) * cross;
        }
        if (std::abs(a) > bestArea) {
            bestArea = std::abs(a);
            best = QPointF(cx / (3 * a), cy / (3 * a));
        }
    }
    return best;
}

void keepScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("REGIONLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name);
}

// Every prefecture's value is its JIS number: 47 distinct values.
QHash<QString, double> codeValues(const QList<MapFeature> &features)
{
    QHash<QString, double> values;
    for (const MapFeature &f : features)
        values.insert(f.code, f.code.toDouble());
    values.insert(u"00"_s, 1.0e9);  // a nation total that must be ignored
    return values;
}

// A dense map builds its geometry on a worker when first shown: waits until
// the map is on screen (renderFinished() is queued, so it cannot be missed
// between the check and the spy).
bool waitForRender(ChoroplethMap &map)
{
    if (!map.isRenderPending())
        return true;
    QSignalSpy finished(&map, &ChoroplethMap::renderFinished);
    map.repaint();  // starts the job if it is only due
    while (map.isRenderPending())
        if (!finished.wait(10000))
            return false;
    return true;
}

// The N03 2021 municipalities of file (../shared/data), values their codes.
QList<MapFeature> n03Features(const QString &path, QHash<QString, double> *values)
{
    QFile file(path);
    QList<MapFeature> features;
    if (!file.open(QIODevice::ReadOnly))
        return features;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray()) {
        const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
        MapFeature f;
        f.code = props.value(u"N03_007"_s).toString();
        if (f.code.isEmpty())
            continue;  // 所属未定地
        f.name = props.value(u"N03_004"_s).toString();
        f.polygons = ringsOf(v.toObject().value(u"geometry"_s).toObject());
        values->insert(f.code, f.code.toDouble());
        features << f;
    }
    return features;
}

} // namespace

class TestChoroplethMap : public QObject
{
    Q_OBJECT

private:
    QList<MapFeature> m_features;
    QHash<QString, QPointF> m_centroids;

    void prepare(ChoroplethMap &map, bool show = true)
    {
        map.setFeatures(m_features);
        map.setTitle(u"人口 Population 2020"_s);
        map.setUnit(u"persons"_s);
        map.setSourceText(u"Natural Earth (public domain)"_s);
        map.setValues(codeValues(m_features));
        map.setClassification(u"quantile"_s, 5);
        map.resize(900, 820);
        if (show) {
            map.show();
            QVERIFY(QTest::qWaitForWindowExposed(&map));
        }
    }

private slots:
    void initTestCase()
    {
        QFile file(regionlens::test::sourceDir() + u"/resources/boundaries/prefectures_ne10m.geojson"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        for (const QJsonValue &v : doc.object().value(u"features"_s).toArray()) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            MapFeature f;
            f.code = props.value(u"code"_s).toString();
            f.name = props.value(u"name_ja"_s).toString();
            f.polygons = ringsOf(v.toObject().value(u"geometry"_s).toObject());
            m_centroids.insert(f.code, mainCentroid(f.polygons));
            m_features << f;
        }
    }

    void bundledFile()
    {
        QCOMPARE(m_features.size(), 47);
        QSet<QString> codes;
        qsizetype vertices = 0;
        for (const MapFeature &f : std::as_const(m_features)) {
            codes.insert(f.code);
            QVERIFY2(!f.polygons.isEmpty(), qPrintable(f.code));
            for (const QPolygonF &r : f.polygons)
                vertices += r.size();
        }
        QCOMPARE(codes.size(), 47);
        for (int i = 1; i <= 47; ++i)
            QVERIFY(codes.contains(u"%1"_s.arg(i, 2, 10, QChar(u'0'))));
        QVERIFY2(vertices > 3000 && vertices < 6000, qPrintable(QString::number(vertices)));
    }

    void centroids_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("minLat");
        QTest::addColumn<double>("maxLat");
        QTest::addColumn<double>("minLon");
        QTest::addColumn<double>("maxLon");
        QTest::newRow("Hokkaido") << u"01"_s << u"北海道"_s << 41.0 << 45.0 << 140.0 << 145.0;
        QTest::newRow("Okinawa") << u"47"_s << u"沖縄県"_s << 24.0 << 27.0 << 126.0 << 129.0;
        // Tokyo's largest part, not the Izu/Ogasawara islands.
        QTest::newRow("Tokyo") << u"13"_s << u"東京都"_s << 35.5 << 35.9 << 139.2 << 139.8;
        QTest::newRow("Osaka") << u"27"_s << u"大阪府"_s << 34.3 << 34.9 << 135.3 << 135.7;
        QTest::newRow("Kagoshima") << u"46"_s << u"鹿児島県"_s << 31.0 << 32.2 << 130.2 << 131.2;
    }

    void centroids()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(double, minLat);
        QFETCH(double, maxLat);
        QFETCH(double, minLon);
        QFETCH(double, maxLon);
        const auto it = std::find_if(m_features.cbegin(), m_features.cend(),
                                     [&](const MapFeature &f) { return f.code == code; });
        QVERIFY(it != m_features.cend());
        QCOMPARE(it->name, name);
        const QPointF c = m_centroids.value(code);
        QVERIFY2(c.y() > minLat && c.y() < maxLat && c.x() > minLon && c.x() < maxLon,
                 qPrintable(u"%1: centroid %2, %3"_s.arg(code).arg(c.x()).arg(c.y())));
    }

    void layoutAndInsets()
    {
        ChoroplethMap map;
        prepare(map);
        const QPointF sapporo = map.projectedPoint(141.35, 43.06);
        const QPointF fukuoka = map.projectedPoint(130.4, 33.6);
        const QPointF naha = map.projectedPoint(127.68, 26.21);
        QVERIFY(sapporo.x() > fukuoka.x() && sapporo.y() < fukuoka.y());
        // Okinawa sits in the inset, top left, above and left of Kyushu.
        QVERIFY2(naha.x() < map.width() * 0.4 && naha.y() < map.height() * 0.55,
                 qPrintable(u"Naha at %1, %2"_s.arg(naha.x()).arg(naha.y())));
        QVERIFY(naha.y() < fukuoka.y());
        // The map uses the widget: Japan spans most of its width or height.
        QVERIFY(sapporo.x() - map.projectedPoint(129.9, 32.75).x() > map.width() * 0.4);
        QCOMPARE(map.regionAt(map.projectedPoint(133.0, 39.0)), QString());  // Sea of Japan
    }

    void classColours_data()
    {
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<QString>("method");
        QTest::newRow("Hokkaido vs Tokyo, quantile") << u"01"_s << u"13"_s << u"quantile"_s;
        QTest::newRow("Tokyo vs Osaka, equal") << u"13"_s << u"27"_s << u"equal"_s;
        QTest::newRow("Aichi vs Kagoshima, jenks") << u"23"_s << u"46"_s << u"jenks"_s;
        QTest::newRow("Niigata vs Kagoshima, box") << u"15"_s << u"46"_s << u"box"_s;
    }

    void classColours()
    {
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(QString, method);
        ChoroplethMap map;
        prepare(map);
        map.setClassification(method, 5);
        QVERIFY(map.classOf(low) >= 0);
        QVERIFY2(map.classOf(low) < map.classOf(high),
                 qPrintable(u"classes %1 and %2"_s.arg(map.classOf(low)).arg(map.classOf(high))));
        QCOMPARE(map.breaks().last(), 47.0);  // the nation total "00" is not on the map

        const QImage image = map.grab().toImage();
        keepScreenshot(image, u"map_%1.png"_s.arg(method));
        const QPoint a = map.interiorPoint(low).toPoint();
        const QPoint b = map.interiorPoint(high).toPoint();
        QCOMPARE(map.regionAt(a), low);
        QCOMPARE(map.regionAt(b), high);
        QCOMPARE(image.pixelColor(a), map.fillColour(low));
        QCOMPARE(image.pixelColor(b), map.fillColour(high));
        QVERIFY(image.pixelColor(a) != image.pixelColor(b));

        // Compact prefectures: the projected centroid itself is inside.
        for (const QString &code : {u"13"_s, u"23"_s, u"27"_s}) {
            const QPointF c = m_centroids.value(code);
            QCOMPARE(map.regionAt(map.projectedPoint(c.x(), c.y())), code);
        }
    }

    void click_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("code");
        QTest::newRow("Aichi") << 137.2 << 35.0 << u"23"_s;
        QTest::newRow("Hokkaido") << 142.8 << 43.4 << u"01"_s;
        QTest::newRow("Tokyo") << 139.4 << 35.7 << u"13"_s;
        QTest::newRow("Osaka") << 135.52 << 34.62 << u"27"_s;
        QTest::newRow("Okinawa (inset)") << 127.85 << 26.45 << u"47"_s;
        QTest::newRow("Nagano") << 138.0 << 36.1 << u"20"_s;
    }

    void click()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, code);
        ChoroplethMap map;
        prepare(map);
        QSignalSpy clicked(&map, &ChoroplethMap::regionClicked);
        QSignalSpy selection(&map, &ChoroplethMap::selectionChanged);
        const QPoint p = map.projectedPoint(lon, lat).toPoint();
        QTest::mouseClick(&map, Qt::LeftButton, {}, p);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), code);
        QCOMPARE(selection.count(), 1);
        QCOMPARE(selection.at(0).at(0).toStringList(), QStringList{code});
        QCOMPARE(map.selectedCodes(), QStringList{code});

        // Ctrl-click adds another region, ctrl-click again removes it.
        const QString other = code == u"13" ? u"27"_s : u"13"_s;
        const QPoint q = map.interiorPoint(other).toPoint();
        QTest::mouseClick(&map, Qt::LeftButton, Qt::ControlModifier, q);
        QCOMPARE(map.selectedCodes(), (QStringList{code, other}));
        QTest::mouseClick(&map, Qt::LeftButton, Qt::ControlModifier, q);
        QCOMPARE(map.selectedCodes(), QStringList{code});
        QCOMPARE(selection.count(), 3);

        // A plain click on the sea clears the selection.
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.projectedPoint(133.0, 39.5).toPoint());
        QCOMPARE(map.selectedCodes(), QStringList());
        QCOMPARE(clicked.count(), 3);

        // Programmatic selection does not emit.
        map.setSelectedCodes({u"01"_s});
        QCOMPARE(selection.count(), 4);
        QCOMPARE(map.selectedCodes(), QStringList{u"01"_s});
    }

    void hover()
    {
        ChoroplethMap map;
        prepare(map);
        QSignalSpy hovered(&map, &ChoroplethMap::regionHovered);
        QTest::mouseMove(&map, map.projectedPoint(137.2, 35.0).toPoint());
        QTRY_COMPARE(hovered.count(), 1);
        QCOMPARE(hovered.at(0).at(0).toString(), u"23"_s);
        // The hovered region is drawn lighter than its class colour.
        const QImage image = map.grab().toImage();
        keepScreenshot(image, u"map_hover.png"_s);
        const QColor lit = image.pixelColor(map.interiorPoint(u"23"_s).toPoint());
        QVERIFY(lit.lightness() > map.fillColour(u"23"_s).lightness());
        QTest::mouseMove(&map, map.projectedPoint(133.0, 39.5).toPoint());
        QTRY_COMPARE(hovered.count(), 2);
        QCOMPARE(hovered.at(1).at(0).toString(), QString());
    }

    void missingAndDiverging()
    {
        ChoroplethMap map;
        prepare(map);
        // Location quotients around 1.0; Okinawa without data.
        QHash<QString, double> lq;
        for (const MapFeature &f : std::as_const(m_features))
            lq.insert(f.code, 0.6 + f.code.toDouble() / 47.0 * 0.8);
        lq.insert(u"47"_s, std::nan(""));
        map.setValues(lq);
        map.setPalette(Palette::BlueRed);
        map.setDivergingCentre(1.0);
        QVERIFY(map.breaks().contains(1.0));
        QCOMPARE(map.classOf(u"47"_s), -1);
        const QColor below = map.fillColour(u"01"_s);  // 0.62
        const QColor above = map.fillColour(u"46"_s);  // 1.38
        QVERIFY(below.blue() > below.red());
        QVERIFY(above.red() > above.blue());

        const QImage image = map.grab().toImage();
        keepScreenshot(image, u"map_diverging.png"_s);
        const QColor okinawa = image.pixelColor(map.interiorPoint(u"47"_s).toPoint());
        QVERIFY2(okinawa.red() == okinawa.green() && okinawa.green() == okinawa.blue(),
                 qPrintable(okinawa.name()));  // grey hatch
        QCOMPARE(image.pixelColor(map.interiorPoint(u"01"_s).toPoint()), below);
    }

    void tileMode()
    {
        ChoroplethMap map;
        prepare(map);
        map.setTileMode(true);
        const QImage image = map.grab().toImage();
        keepScreenshot(image, u"map_tiles.png"_s);
        QSet<QPoint> seen;
        for (const MapFeature &f : std::as_const(m_features)) {
            const QPointF p = map.interiorPoint(f.code);
            QVERIFY2(!p.isNull(), qPrintable(f.code));
            QCOMPARE(map.regionAt(p), f.code);
            seen.insert(p.toPoint());
            // A tile corner (away from the label) shows the class colour.
            const QPointF corner = p + QPointF(-map.width() / 40.0, -map.width() / 40.0);
            QCOMPARE(image.pixelColor(corner.toPoint()), map.fillColour(f.code));
        }
        QCOMPARE(seen.size(), 47);
    }

    void exports()
    {
        ChoroplethMap map;
        prepare(map, false);
        map.setClassification(u"jenks"_s, 6);
        const QImage image = map.toImage(QSize(1600, 1200));
        QCOMPARE(image.size(), QSize(1600, 1200));
        keepScreenshot(image, u"map_export.png"_s);
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 20)
            for (int x = 0; x < image.width(); x += 20)
                coloured += image.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
        QTemporaryDir dir;
        QVERIFY(map.saveSvg(dir.filePath(u"map.svg"_s), QSize(800, 600)));
        QVERIFY(QFileInfo(dir.filePath(u"map.svg"_s)).size() > 10000);
    }

    // 1,897 municipalities (N03 2021, simplified by SmartNews): a change of
    // palette repaints the fills on a worker thread while the old ones stay
    // on screen; in place, the new colours are there at once. Pixels at the
    // interior points of the largest municipalities show the class colours.
    void municipalFills_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("background") << true;
        QTest::newRow("in place") << false;
    }

    void municipalFills()
    {
        QFETCH(bool, background);
        RL_REQUIRE_SHARED_DATA(data);
        QFile file(data + u"/boundaries_n03_2021_smartnews/with_codes/municipalities_s0001_N03-21_210101_with_pref_code.geojson"_s);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the N03 municipal boundaries are absent from ../shared/data/boundaries_n03_2021_smartnews");
        QList<MapFeature> features;
        QHash<QString, double> values;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray()) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            MapFeature f;
            f.code = props.value(u"N03_007"_s).toString();
            if (f.code.isEmpty())
                continue;  // 所属未定地
            f.name = props.value(u"N03_004"_s).toString();
            f.polygons = ringsOf(v.toObject().value(u"geometry"_s).toObject());
            values.insert(f.code, f.code.toDouble());  // the code: distinct, spread over Japan
            features << f;
        }
        QVERIFY2(features.size() > 1800, qPrintable(QString::number(features.size())));

        ChoroplethMap map;
        map.setBackgroundRendering(background);
        map.setFeatures(features);
        map.setValues(values);
        map.setClassification(u"quantile"_s, 5);
        map.setTitle(u"市区町村コード"_s);
        map.resize(900, 820);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(waitForRender(map));  // background: the geometry is built on a worker

        // The ten municipalities with the largest rings (高山市, 足寄町…):
        // their interior points are well inside the fills, away from borders.
        QList<std::pair<double, QString>> bySize;
        for (const MapFeature &f : std::as_const(features)) {
            double area = 0.0;
            for (const QPolygonF &ring : f.polygons) {
                double a = 0.0;
                for (qsizetype i = 0; i < ring.size(); ++i)
                    a += ring.at(i).x() * ring.at((i + 1) % ring.size()).y()
                        - ring.at((i + 1) % ring.size()).x() * ring.at(i).y();
                area = std::max(area, std::abs(a) / 2.0);
            }
            bySize.append({area, f.code});
        }
        std::sort(bySize.begin(), bySize.end(), std::greater<>());
        QStringList largest;
        for (qsizetype i = 0; i < 10; ++i)
            largest << bySize.at(i).second;
        auto coloursMatch = [&](const QImage &image) {
            for (const QString &code : std::as_const(largest))
                if (image.pixelColor(map.interiorPoint(code).toPoint()) != map.fillColour(code)) {
                    qWarning("%s at (%g, %g): %s, expected %s", qPrintable(code), map.interiorPoint(code).x(),
                             map.interiorPoint(code).y(),
                             qPrintable(image.pixelColor(map.interiorPoint(code).toPoint()).name()),
                             qPrintable(map.fillColour(code).name()));
                    return false;
                }
            return true;
        };
        QVERIFY(coloursMatch(map.grab().toImage()));

        QSignalSpy finished(&map, &ChoroplethMap::renderFinished);
        const QHash<QString, QColor> before = [&] {
            QHash<QString, QColor> c;
            for (const QString &code : std::as_const(largest))
                c.insert(code, map.fillColour(code));
            return c;
        }();
        map.setPalette(Palette::Oranges);
        QCOMPARE(map.isRenderPending(), background);
        if (background) {
            // Until the worker is done the old fills are shown.
            const QImage old = map.grab().toImage();
            if (map.isRenderPending()) {
                for (const QString &code : std::as_const(largest))
                    QCOMPARE(old.pixelColor(map.interiorPoint(code).toPoint()), before.value(code));
            }
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QVERIFY(!map.isRenderPending());
        }
        const QImage image = map.grab().toImage();
        keepScreenshot(image, background ? u"map_municipal.png"_s : u"map_municipal_inplace.png"_s);
        QVERIFY(coloursMatch(image));
        QCOMPARE(finished.count(), background ? 1 : 0);

        // The worker's fills are the ones painted in place, pixel for pixel.
        if (background) {
            ChoroplethMap reference;
            reference.setBackgroundRendering(false);
            reference.setFeatures(features);
            reference.setValues(values);
            reference.setClassification(u"quantile"_s, 5);
            reference.setTitle(u"市区町村コード"_s);
            reference.setPalette(Palette::Oranges);
            reference.resize(map.size());
            reference.show();
            QVERIFY(QTest::qWaitForWindowExposed(&reference));
            QCOMPARE(image, reference.grab().toImage());

            // A map destroyed while its worker paints: the job owns its
            // input and its result is dropped.
            reference.setBackgroundRendering(true);
            reference.setPalette(Palette::Blues);
            QVERIFY(reference.isRenderPending());
        }
        QThreadPool::globalInstance()->waitForDone();
    }

    // 1,894 municipalities: new features or a new size build the geometry
    // and both layers on a worker. Until it is done the GUI thread shows the
    // previous map (or "Drawing…") without building anything; then the map
    // is the one painted in place, pixel for pixel. A hit test that cannot
    // wait builds the geometry at once and answers for the new features.
    void municipalGeometry_data()
    {
        QTest::addColumn<QString>("before");  // what the map shows first
        QTest::addColumn<QSize>("size");      // its size after the change
        QTest::newRow("first features") << u"nothing"_s << QSize(900, 820);
        QTest::newRow("prefectures → municipalities") << u"prefectures"_s << QSize(900, 820);
        QTest::newRow("resize") << u"municipalities"_s << QSize(1000, 640);
    }

    void municipalGeometry()
    {
        QFETCH(QString, before);
        QFETCH(QSize, size);
        RL_REQUIRE_SHARED_DATA(data);
        QHash<QString, double> values;
        const QList<MapFeature> features = n03Features(
            data + u"/boundaries_n03_2021_smartnews/with_codes/municipalities_s0001_N03-21_210101_with_pref_code.geojson"_s,
            &values);
        if (features.isEmpty())
            QSKIP("the N03 municipal boundaries are absent from ../shared/data/boundaries_n03_2021_smartnews");
        QVERIFY2(features.size() > 1800, qPrintable(QString::number(features.size())));

        ChoroplethMap reference;
        reference.setBackgroundRendering(false);
        reference.setFeatures(features);
        reference.setValues(values);
        reference.setClassification(u"quantile"_s, 5);
        reference.setTitle(u"市区町村コード"_s);
        reference.resize(size);
        reference.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reference));
        const QImage expected = reference.grab().toImage();
        // Interior points of the five largest municipalities (高山市, 足寄町…),
        // well inside their fills.
        QList<std::pair<double, QString>> bySize;
        for (const MapFeature &f : features) {
            double area = 0.0;
            for (const QPolygonF &ring : f.polygons) {
                double a = 0.0;
                for (qsizetype i = 0; i < ring.size(); ++i)
                    a += ring.at(i).x() * ring.at((i + 1) % ring.size()).y()
                        - ring.at((i + 1) % ring.size()).x() * ring.at(i).y();
                area = std::max(area, std::abs(a) / 2.0);
            }
            bySize.append({area, f.code});
        }
        std::sort(bySize.begin(), bySize.end(), std::greater<>());
        QStringList probes;
        for (qsizetype i = 0; i < 5; ++i)
            probes << bySize.at(i).second;
        for (const QString &code : std::as_const(probes)) {
            const QPointF p = reference.interiorPoint(code);
            QVERIFY2(QRectF(reference.rect()).contains(p), qPrintable(code));
            QVERIFY2(expected.pixelColor(p.toPoint()) == reference.fillColour(code), qPrintable(code));
        }

        ChoroplethMap map;
        QVERIFY(map.backgroundRendering());
        map.setTitle(u"市区町村コード"_s);
        map.setClassification(u"quantile"_s, 5);
        map.resize(900, 820);
        if (before == u"prefectures") {
            map.setFeatures(m_features);
            map.setValues(codeValues(m_features));
        } else if (before == u"municipalities") {
            map.setFeatures(features);
            map.setValues(values);
        }
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(waitForRender(map));
        const QImage old = map.grab().toImage();

        const int builds = map.geometryBuildsInPlace();
        if (before == u"municipalities") {
            map.resize(size);
        } else {
            map.setFeatures(features);
            map.setValues(values);
        }
        QVERIFY(map.isRenderPending());
        // No event loop until the wait: the worker's result cannot be shown yet.
        const QImage pending = map.grab().toImage();
        QCOMPARE(map.geometryBuildsInPlace(), builds);
        QCOMPARE(pending.size(), expected.size());
        if (before == u"nothing") {  // "Drawing…" on white
            for (const QString &code : std::as_const(probes))
                QCOMPARE(pending.pixelColor(reference.interiorPoint(code).toPoint()), QColor(Qt::white));
        } else if (before == u"prefectures") {
            // The prefecture map as it was (the left half: the legend, bottom
            // right, already counts the new classes), not the new one.
            const QRect left(0, 0, old.width() / 2, old.height());
            QCOMPARE(pending.copy(left), old.copy(left));
            QVERIFY(pending.copy(left) != expected.copy(left));
        }

        QVERIFY(waitForRender(map));
        const QImage image = map.grab().toImage();
        QCOMPARE(map.geometryBuildsInPlace(), builds);
        QCOMPARE(image, expected);
        for (const QString &code : std::as_const(probes)) {
            QCOMPARE(map.interiorPoint(code), reference.interiorPoint(code));
            QCOMPARE(map.regionAt(map.interiorPoint(code)), code);
        }
        QCOMPARE(map.geometryBuildsInPlace(), builds);

        // Asked at once after new features: built here, for the new features.
        QList<MapFeature> fewer = features;
        fewer.removeIf([](const MapFeature &f) { return f.code.startsWith(u"47"); });  // 沖縄県 off the map
        map.setFeatures(fewer);
        QCOMPARE(map.interiorPoint(u"47201"_s), QPointF());
        const QPointF takayama = map.interiorPoint(u"21203"_s);
        QCOMPARE(map.geometryBuildsInPlace(), builds + 1);
        QCOMPARE(map.regionAt(takayama), u"21203"_s);
        QVERIFY(waitForRender(map));
        QCOMPARE(map.interiorPoint(u"21203"_s), takayama);
        QThreadPool::globalInstance()->waitForDone();
    }

    // Outlying islands at municipal level (N03 2021, designated cities
    // merged: 1,741 municipalities): the main body of the prefecture (or of
    // Japan) fills the map, the islands are drawn in insets, coloured and
    // hit-testable there.
    void outlyingIslands_data()
    {
        QTest::addColumn<QString>("prefecture");  // "" = all Japan
        QTest::addColumn<QStringList>("mainCodes");
        QTest::addColumn<double>("minWidthShare");
        QTest::addColumn<QStringList>("islands");
        QTest::newRow("東京都") << u"13"_s << QStringList{u"13101"_s, u"13201"_s} << 0.5
                             << QStringList{u"13421"_s, u"13401"_s, u"13361"_s};
        QTest::newRow("鹿児島県") << u"46"_s << QStringList{u"46201"_s, u"46218"_s, u"46217"_s} << 0.3
                               << QStringList{u"46222"_s};
        QTest::newRow("沖縄県") << u"47"_s << QStringList{u"47201"_s, u"47209"_s} << 0.3
                             << QStringList{u"47207"_s, u"47214"_s, u"47357"_s};
        QTest::newRow("all Japan") << QString() << QStringList{u"01100"_s, u"40130"_s} << 0.4
                                   << QStringList{u"47201"_s, u"46222"_s};
    }

    void outlyingIslands()
    {
        QFETCH(QString, prefecture);
        QFETCH(QStringList, mainCodes);
        QFETCH(double, minWidthShare);
        QFETCH(QStringList, islands);
        RL_REQUIRE_SHARED_DATA(data);
        QFile file(data
                   + u"/boundaries_n03_2021_smartnews/with_codes/"
                     "municipalities_s0001_N03-21_210101_designated_city_with_pref_code.geojson"_s);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the N03 municipal boundaries are absent from ../shared/data/boundaries_n03_2021_smartnews");
        QList<MapFeature> features;
        QHash<QString, double> values;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray()) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            MapFeature f;
            f.code = props.value(u"N03_007"_s).toString();
            if (f.code.isEmpty() || !f.code.startsWith(prefecture))
                continue;
            f.name = props.value(u"N03_004"_s).toString();
            f.polygons = ringsOf(v.toObject().value(u"geometry"_s).toObject());
            values.insert(f.code, f.code.toDouble());
            features << f;
        }
        QVERIFY(features.size() > 20);

        ChoroplethMap map;
        map.setFeatures(features);
        map.setValues(values);
        map.setClassification(u"quantile"_s, 5);
        map.setTitle(u"市区町村コード %1"_s.arg(prefecture));
        map.resize(900, 820);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(waitForRender(map));  // all Japan: the geometry is built on a worker
        const QImage image = map.grab().toImage();
        keepScreenshot(image, u"map_islands_%1.png"_s.arg(prefecture.isEmpty() ? u"all"_s : prefecture));

        // The main body spans much of the map.
        QRectF span;
        for (const MapFeature &f : std::as_const(features)) {
            if (!mainCodes.contains(f.code))
                continue;
            for (const QPolygonF &ring : f.polygons)
                for (const QPointF &p : ring) {
                    const QPointF s = map.projectedPoint(p.x(), p.y());
                    span = span.isNull() ? QRectF(s, QSizeF(1e-9, 1e-9)) : span.united(QRectF(s, QSizeF(1e-9, 1e-9)));
                }
        }
        QVERIFY2(span.width() > map.width() * minWidthShare,
                 qPrintable(u"main body %1 px wide of %2"_s.arg(span.width()).arg(map.width())));
        QVERIFY(QRectF(map.rect()).contains(span));
        // The islands are drawn in their class colour and found under the mouse.
        for (const QString &code : std::as_const(islands)) {
            const QPointF p = map.interiorPoint(code);
            QVERIFY2(QRectF(map.rect()).contains(p),
                     qPrintable(u"%1 at %2, %3"_s.arg(code).arg(p.x()).arg(p.y())));
            QCOMPARE(map.regionAt(p), code);
            // Small islands: antialiasing of the white borders may tint the pixel.
            const QColor pixel = image.pixelColor(p.toPoint());
            const QColor fill = map.fillColour(code);
            QVERIFY2(std::abs(pixel.red() - fill.red()) + std::abs(pixel.green() - fill.green())
                             + std::abs(pixel.blue() - fill.blue()) < 24,
                     qPrintable(u"%1: %2, expected %3"_s.arg(code, pixel.name(), fill.name())));
        }
        QTest::mouseMove(&map, map.interiorPoint(islands.first()).toPoint());
        QSignalSpy clicked(&map, &ChoroplethMap::regionClicked);
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.interiorPoint(islands.first()).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), islands.first());
    }

    void timeSeriesChart()
    {
        TimeSeriesChart chart;
        Series tokyo{u"東京都"_s, {2000, 2005, 2010, 2015, 2020}, {12.06e6, 12.58e6, 13.16e6, 13.52e6, 14.05e6}};
        Series osaka{u"大阪府"_s, {2000, 2005, 2010, 2015, 2020}, {8.81e6, 8.82e6, 8.87e6, 8.84e6, 8.84e6}};
        chart.setTitle(u"人口 Population"_s);
        chart.setAxisLabels(u"Year"_s, u"Population"_s);
        chart.setUnit(u"persons"_s);
        chart.setSeries({tokyo, osaka});
        QCOMPARE(chart.seriesCount(), 2);
        chart.resize(640, 420);
        chart.setLargeFonts(true);
        const QImage image = chart.toImage(QSize(800, 500));
        QCOMPARE(image.size(), QSize(800, 500));
        keepScreenshot(image, u"chart.png"_s);
        // The first series' colour appears on the plot.
        const QColor first = seriesColour(0);
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y) == first;
        QVERIFY(found);
        QTemporaryDir dir;
        QVERIFY(chart.savePng(dir.filePath(u"c.png"_s), QSize(640, 400)));
        QVERIFY(chart.savePdf(dir.filePath(u"c.pdf"_s), QSize(640, 400)));
        QVERIFY(chart.saveSvg(dir.filePath(u"c.svg"_s), QSize(640, 400)));
        chart.clear();
        QCOMPARE(chart.seriesCount(), 0);
    }
};

QTEST_MAIN(TestChoroplethMap)
#include "test_choroplethmap.moc"
