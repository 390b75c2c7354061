// SPDX-License-Identifier: GPL-3.0-or-later
// The flow map on three square "regions": the top-N and focus filters keep
// the right flows, arrow width is proportional to the flow (in the geometry
// and in the rendered pixels), hovering finds the arrow, and exports work.
#include "widgets/flowmap.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::widgets::FlowArrow;
using regionlens::widgets::FlowMap;
using regionlens::widgets::MapFeature;

namespace {

MapFeature square(const QString &code, const QString &name, double lon, double lat)
{
    MapFeature f;
    f.code = code;
    f.name = name;
    f.polygons.append(QPolygonF({QPointF(lon, lat), QPointF(lon + 1.2, lat), QPointF(lon + 1.2, lat + 1.2),
                                 QPointF(lon, lat + 1.2)}));
    return f;
}

QList<MapFeature> threeRegions()
{
    return {square(u"01"_s, u"北"_s, 140.0, 40.0), square(u"02"_s, u"中"_s, 135.0, 35.0),
            square(u"03"_s, u"南"_s, 130.0, 32.0)};
}

// 01→03 (0) and 03→03 (diagonal) must never be drawn.
QList<FlowArrow> sampleFlows()
{
    return {{u"01"_s, u"02"_s, 1000}, {u"02"_s, u"01"_s, 250}, {u"02"_s, u"03"_s, 600},
            {u"03"_s, u"01"_s, 100},  {u"01"_s, u"03"_s, 0},   {u"03"_s, u"03"_s, 50}};
}

const FlowMap::ArrowShape *find(const QList<FlowMap::ArrowShape> &shapes, const QString &o, const QString &d)
{
    for (const FlowMap::ArrowShape &s : shapes)
        if (s.flow.origin == o && s.flow.destination == d)
            return &s;
    return nullptr;
}

bool isArrowPixel(QRgb p)
{
    // The arrows are dark bluish green over a pale blue map.
    return qGray(p) < 170 && qGreen(p) > qRed(p) + 30;
}

// Arrow pixels crossed by a line through the middle of the curve, across it.
int thicknessAt(const QImage &image, const QPainterPath &curve)
{
    const QPointF mid = curve.pointAtPercent(0.5);
    const double angle = curve.angleAtPercent(0.5) * M_PI / 180.0;
    const QPointF normal(std::sin(angle), std::cos(angle));   // y grows downwards
    int n = 0;
    for (double t = -30; t <= 30; t += 0.5) {
        const QPoint p = (mid + normal * t).toPoint();
        if (image.rect().contains(p) && isArrowPixel(image.pixel(p)))
            ++n;
    }
    return n / 2;   // half-pixel steps
}

} // namespace

class TestFlowMap : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<int>("topN");
        QTest::addColumn<QString>("focus");
        QTest::addColumn<bool>("focusOnly");
        QTest::addColumn<int>("visible");
        QTest::addColumn<double>("largest");
        QTest::newRow("all: zero and diagonal dropped") << 0 << QString() << false << 4 << 1000.0;
        QTest::newRow("top 2") << 2 << QString() << false << 2 << 1000.0;
        QTest::newRow("top 10 of 4") << 10 << QString() << false << 4 << 1000.0;
        QTest::newRow("focus 03 only") << 0 << u"03"_s << true << 2 << 600.0;
        QTest::newRow("focus 03 only, top 1") << 1 << u"03"_s << true << 1 << 600.0;
        QTest::newRow("focus without filter") << 3 << u"03"_s << false << 3 << 1000.0;
        QTest::newRow("focus only, empty focus = all") << 0 << QString() << true << 4 << 1000.0;
    }

    void filters()
    {
        QFETCH(int, topN);
        QFETCH(QString, focus);
        QFETCH(bool, focusOnly);
        QFETCH(int, visible);
        QFETCH(double, largest);
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setFlows(sampleFlows());
        map.setTopN(topN);
        map.setFocusRegion(focus);
        map.setFocusOnly(focusOnly);
        const QList<FlowArrow> flows = map.visibleFlows();
        QCOMPARE(flows.size(), visible);
        QCOMPARE(flows.first().value, largest);
        for (qsizetype i = 1; i < flows.size(); ++i)
            QVERIFY(flows.at(i - 1).value >= flows.at(i).value);
        QCOMPARE(map.arrowShapes(QRectF(0, 0, 600, 500)).size(), visible);
    }

    void widthProportionalToFlow()
    {
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setNeutralBase();
        map.setFlows(sampleFlows());
        map.setTopN(0);
        const QRectF target(0, 0, 800, 700);
        const QList<FlowMap::ArrowShape> shapes = map.arrowShapes(target);
        const FlowMap::ArrowShape *big = find(shapes, u"01"_s, u"02"_s);
        const FlowMap::ArrowShape *small = find(shapes, u"02"_s, u"01"_s);
        QVERIFY(big && small);
        // 1,000 against 250 movers: four times as wide.
        QCOMPARE(big->width / small->width, 4.0);
        QCOMPARE(big->width, map.maxArrowWidth(target));
        // Opposite directions are separate arcs.
        QVERIFY((big->curve.pointAtPercent(0.5) - small->curve.pointAtPercent(0.5)).manhattanLength() > 20);

        const QImage image = map.toImage(target.size().toSize());
        const int thick = thicknessAt(image, big->curve);
        const int thin = thicknessAt(image, small->curve);
        QVERIFY2(thin >= 1, qPrintable(u"thin arrow not drawn (%1 px)"_s.arg(thin)));
        QVERIFY2(thick >= 3 * thin, qPrintable(u"thick %1 px, thin %2 px"_s.arg(thick).arg(thin)));
    }

    void directions()
    {
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setFlows(sampleFlows());
        map.setFocusRegion(u"02"_s);
        const QList<FlowMap::ArrowShape> shapes = map.arrowShapes(QRectF(0, 0, 600, 500));
        QCOMPARE(find(shapes, u"01"_s, u"02"_s)->direction, FlowMap::Direction::Inflow);
        QCOMPARE(find(shapes, u"02"_s, u"01"_s)->direction, FlowMap::Direction::Outflow);
        QCOMPARE(find(shapes, u"03"_s, u"01"_s)->direction, FlowMap::Direction::Other);
        QVERIFY(map.directionColour(FlowMap::Direction::Inflow) != map.directionColour(FlowMap::Direction::Outflow));
    }

    void hoverFindsArrow()
    {
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setRegionNames({{u"01"_s, u"北海道"_s}, {u"02"_s, u"東京都"_s}});
        map.setValueUnit(u"persons"_s);
        map.setFlows(sampleFlows());
        map.resize(600, 500);
        const QList<FlowMap::ArrowShape> shapes = map.arrowShapes(QRectF(map.rect()));
        const FlowMap::ArrowShape *big = find(shapes, u"01"_s, u"02"_s);
        QVERIFY(big);
        const int index = map.flowAt(big->curve.pointAtPercent(0.5));
        QCOMPARE(index, 0);   // the largest flow
        const QString tip = map.flowToolTip(map.visibleFlows().at(index));
        QVERIFY2(tip.contains(u"北海道 → 東京都"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"1,000"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"+750"_s), qPrintable(tip));   // balance with the 250 back
        QCOMPARE(map.flowAt(QPointF(2, 2)), -1);
    }

    // The arrow legend takes the corner of the map that hides the fewest
    // arrows: bottom right, unless the arrows run there (a Tokyo map's wards).
    void legendAvoidsArrows_data()
    {
        QTest::addColumn<bool>("arrowsInSouthEast");
        QTest::newRow("arrows in the north-west") << false;
        QTest::newRow("arrows in the south-east") << true;
    }

    void legendAvoidsArrows()
    {
        QFETCH(bool, arrowsInSouthEast);
        FlowMap map;
        // 01 and 02 lie along the southern edge, so their arrows run into the
        // bottom-right corner; 03 and 04 sit in the north-west.
        // A large region around them keeps the four in one main body (no insets).
        MapFeature land;
        land.code = u"05"_s;
        land.name = u"陸"_s;
        land.polygons.append(QPolygonF({QPointF(129.0, 30.0), QPointF(144.0, 30.0), QPointF(144.0, 43.5),
                                        QPointF(129.0, 43.5)}));
        map.setFeatures({square(u"01"_s, u"南東"_s, 140.0, 30.5), square(u"02"_s, u"南東2"_s, 142.6, 30.5),
                         square(u"03"_s, u"北西"_s, 130.0, 41.0), square(u"04"_s, u"北西2"_s, 131.5, 41.3), land});
        map.setNeutralBase();
        if (arrowsInSouthEast)
            map.setFlows({{u"01"_s, u"02"_s, 1000}, {u"02"_s, u"01"_s, 800}});
        else
            map.setFlows({{u"03"_s, u"04"_s, 1000}, {u"04"_s, u"03"_s, 800}});
        map.resize(600, 600);   // the land then reaches the right and bottom edges
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.repaint();
        const QRectF legend = map.arrowLegendRect();
        QVERIFY(!legend.isEmpty());
        QVERIFY(QRectF(map.rect()).contains(legend));
        for (const FlowMap::ArrowShape &shape : map.arrowShapes(QRectF(map.rect())))
            for (int k = 0; k <= 20; ++k)
                QVERIFY2(!legend.contains(shape.curve.pointAtPercent(k / 20.0)), "the legend hides an arrow");
        const bool bottomRight = legend.center().x() > map.width() / 2.0 && legend.center().y() > map.height() / 2.0;
        QCOMPARE(bottomRight, !arrowsInSouthEast);
    }

    // The region view (focus 02, only its flows): in and out of a pair run in
    // two lanes that never meet, start and end at the ring round 02, carry
    // their heads on the arc (none at the hub), and the partners are labelled
    // with 02's net: from 01 in 1,000, out 250 → +750; to 03 out 600 → −600.
    void regionView()
    {
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setRegionNames({{u"01"_s, u"北"_s}, {u"02"_s, u"中"_s}, {u"03"_s, u"南"_s}});
        map.setNeutralBase();
        map.setFlows(sampleFlows());
        map.setFocusRegion(u"02"_s);
        map.setFocusOnly(true);
        QVERIFY(map.hubMode());
        const QRectF target(0, 0, 800, 700);
        const QList<FlowMap::ArrowShape> shapes = map.arrowShapes(target);
        QCOMPARE(shapes.size(), 3);
        const FlowMap::ArrowShape *in = find(shapes, u"01"_s, u"02"_s);
        const FlowMap::ArrowShape *out = find(shapes, u"02"_s, u"01"_s);
        QVERIFY(in && out);
        QCOMPARE(in->direction, FlowMap::Direction::Inflow);
        QCOMPARE(out->direction, FlowMap::Direction::Outflow);
        // Two lanes: at every point the other lane is more than half their widths away.
        for (int k = 0; k <= 10; ++k) {
            const QPointF p = in->curve.pointAtPercent(k / 10.0);
            double nearest = 1e9;
            for (int j = 0; j <= 100; ++j) {
                const QPointF q = out->curve.pointAtPercent(j / 100.0);
                nearest = std::min(nearest, std::hypot(p.x() - q.x(), p.y() - q.y()));
            }
            QVERIFY2(nearest > (in->width + out->width) / 2.0, qPrintable(QString::number(nearest)));
        }
        // No head at the hub: every tip lies well outside the ring.
        const QPointF hub = map.interiorPoints(target).value(u"02"_s);
        for (const FlowMap::ArrowShape &a : shapes) {
            const double ringDistance = std::hypot(a.to.x() - hub.x(), a.to.y() - hub.y());
            QVERIFY2(ringDistance > 40, qPrintable(u"%1→%2 %3"_s.arg(a.flow.origin, a.flow.destination).arg(ringDistance)));
            QVERIFY(!a.head.containsPoint(hub, Qt::OddEvenFill));
        }
        const QList<FlowMap::PartnerLabel> labels = map.partnerLabels(target);
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0).text, u"北 +750"_s);   // the largest partner first
        QCOMPARE(labels.at(1).text, u"南 −600"_s);
        QVERIFY(!labels.at(0).rect.intersects(labels.at(1).rect));
        map.setLabelCount(1);
        QCOMPARE(map.partnerLabels(target).size(), 1);
        // Without focusOnly: the national drawing, no labels.
        map.setFocusOnly(false);
        QVERIFY(map.partnerLabels(target).isEmpty());
    }

    // Zoom: 01 and 02 keep their box (widened by 12 %), 03 lies outside it.
    void featuresAround()
    {
        QStringList codes;
        for (const MapFeature &f : FlowMap::featuresAround(threeRegions(), {u"01"_s, u"02"_s}))
            codes << f.code;
        QCOMPARE(codes, (QStringList{u"01"_s, u"02"_s}));
        QCOMPARE(FlowMap::featuresAround(threeRegions(), {u"01"_s, u"03"_s}).size(), 3);
        QCOMPARE(FlowMap::featuresAround(threeRegions(), {u"99"_s}).size(), 3);   // unknown: all
    }

    void exportsSvg()
    {
        FlowMap map;
        map.setFeatures(threeRegions());
        map.setFlows(sampleFlows());
        map.setTitle(u"人口移動"_s);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(640, 480));
        QPainter painter(&svg);
        map.render(&painter, QRectF(0, 0, 640, 480));
        painter.end();
        QVERIFY(buffer.data().size() > 2000);
        QVERIFY(buffer.data().contains("<path"));
    }
};

QTEST_MAIN(TestFlowMap)
#include "test_flowmap.moc"
