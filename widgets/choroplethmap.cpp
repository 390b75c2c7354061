// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethmap.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

// The common 47-prefecture tile grid: JIS code → (column, row), 13 × 11.
struct Tile
{
    int code;
    int column;
    int row;
};
constexpr Tile kTiles[] = {
    {1, 12, 0},  {2, 11, 1},  {5, 10, 2},  {3, 11, 2},  {6, 10, 3},  {4, 11, 3},  {17, 7, 4},
    {16, 8, 4},  {15, 9, 4},  {7, 10, 4},  {18, 7, 5},  {21, 8, 5},  {20, 9, 5},  {10, 10, 5},
    {9, 11, 5},  {32, 3, 6},  {31, 4, 6},  {28, 5, 6},  {26, 6, 6},  {25, 7, 6},  {23, 8, 6},
    {19, 9, 6},  {11, 10, 6}, {8, 11, 6},  {40, 1, 7},  {35, 2, 7},  {34, 3, 7},  {33, 4, 7},
    {27, 5, 7},  {29, 6, 7},  {24, 7, 7},  {22, 8, 7},  {14, 9, 7},  {13, 10, 7}, {12, 11, 7},
    {42, 0, 8},  {41, 1, 8},  {44, 2, 8},  {38, 3, 8},  {37, 4, 8},  {30, 6, 8},  {43, 1, 9},
    {45, 2, 9},  {39, 3, 9},  {36, 4, 9},  {47, 0, 10}, {46, 1, 10},
};
constexpr int kTileColumns = 13;
constexpr int kTileRows = 11;

const QColor kBackground(0xff, 0xff, 0xff);
const QColor kNoData(0xe0, 0xe0, 0xe0);
const QColor kHatch(0x9a, 0x9a, 0x9a);

double polygonArea(const QPolygonF &p)
{
    double a = 0.0;
    for (qsizetype i = 0, n = p.size(); i < n; ++i) {
        const QPointF &u = p.at(i);
        const QPointF &v = p.at((i + 1) % n);
        a += u.x() * v.y() - v.x() * u.y();
    }
    return a / 2.0;
}

// A point well inside a ring: the middle of the widest horizontal span on a
// few scanlines around its centroid.
QPointF interiorOf(const QPolygonF &ring, const QPainterPath &path)
{
    const QRectF b = ring.boundingRect();
    QPointF best = b.center();
    double bestWidth = -1.0;
    for (double f : {0.5, 0.4, 0.6, 0.3, 0.7}) {
        const double y = b.top() + f * b.height();
        QList<double> xs;
        for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
            const QPointF &u = ring.at(i);
            const QPointF &v = ring.at((i + 1) % n);
            if ((u.y() <= y) != (v.y() <= y))
                xs.append(u.x() + (y - u.y()) / (v.y() - u.y()) * (v.x() - u.x()));
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            const QPointF mid((xs[i] + xs[i + 1]) / 2, y);
            if (xs[i + 1] - xs[i] > bestWidth && path.contains(mid)) {
                bestWidth = xs[i + 1] - xs[i];
                best = mid;
            }
        }
        if (bestWidth > b.width() * 0.3)
            break;
    }
    return best;
}

// Simplifies a projected ring for drawing, in two passes: vertices closer
// than tol (target pixels) to the last one kept are dropped, then Douglas–
// Peucker removes those within tol / 2 of the line through their kept
// neighbours. A municipality of 20 px with 200 vertices keeps the few dozen
// that show, and fills, strokes and hit tests get that much cheaper; the
// outline moves by less than half a pixel. Short rings stay as they are.
QPolygonF decimated(const QPolygonF &ring, double tol)
{
    if (ring.size() <= 16)
        return ring;
    QPolygonF radial;
    radial.reserve(ring.size());
    radial.append(ring.first());
    const double tol2 = tol * tol;
    for (qsizetype i = 1, n = ring.size() - 1; i < n; ++i) {
        const QPointF d = ring.at(i) - radial.last();
        if (d.x() * d.x() + d.y() * d.y() >= tol2)
            radial.append(ring.at(i));
    }
    radial.append(ring.last());
    if (radial.size() < 4)
        return ring;

    // Douglas–Peucker on the open chain radial[0..n−1] (first and last kept:
    // the ring's closing vertex), iteratively.
    const qsizetype n = radial.size();
    std::vector<bool> keep(std::size_t(n), false);
    keep.front() = keep.back() = true;
    // A closed ring's first and last points coincide: split the chain at the
    // vertex farthest from the first, so that both halves have a real chord.
    qsizetype far = 1;
    double farDist = -1.0;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const QPointF d = radial.at(i) - radial.first();
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist > farDist) {
            farDist = dist;
            far = i;
        }
    }
    keep[std::size_t(far)] = true;
    const double eps2 = tol * tol / 4.0;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, far}, {far, n - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b - a < 2)
            continue;
        const QPointF p = radial.at(a);
        const QPointF chord = radial.at(b) - p;
        const double len2 = chord.x() * chord.x() + chord.y() * chord.y();
        qsizetype worst = -1;
        double worstDist = eps2;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF d = radial.at(i) - p;
            // Squared distance to the segment a–b.
            const double t = len2 > 0.0 ? (d.x() * chord.x() + d.y() * chord.y()) / len2 : 0.0;
            const QPointF off = t <= 0.0 ? d : t >= 1.0 ? d - chord : d - t * chord;
            const double dist = off.x() * off.x() + off.y() * off.y();
            if (dist > worstDist) {
                worstDist = dist;
                worst = i;
            }
        }
        if (worst >= 0) {
            keep[std::size_t(worst)] = true;
            stack.push_back({a, worst});
            stack.push_back({worst, b});
        }
    }
    QPolygonF out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        if (keep[std::size_t(i)])
            out.append(radial.at(i));
    return out.size() >= 4 ? out : radial;
}

QString shortName(const QString &name)
{
    // 青森県 → 青森, 京都府 → 京都, 東京都 → 東京; 北海道 stays.
    if (name.size() > 2 && (name.endsWith(u'県') || name.endsWith(u'府') || name.endsWith(u'都')))
        return name.chopped(1);
    return name;
}

} // namespace

struct ChoroplethMap::Geometry
{
    QRectF target;
    QRectF mapRect;
    bool tiles = false;
    MapProjection projection;
    QList<Item> items;  // parallel to m_features
    QList<QRectF> insets;
    // Deep copies of the non-empty paths for the worker that paints fills:
    // QPainterPath builds caches lazily when drawn, so a path must not be
    // shared by two threads. Made on the first background paint; used by
    // one job at a time.
    QList<QPainterPath> workerPaths;
};

// What the fill layer needs, copied out of the widget (paths are implicitly
// shared, so the copy is cheap) so that it can be painted on a worker thread.
struct ChoroplethMap::FillList
{
    QList<QRectF> insets;
    QList<QPainterPath> paths;
    QList<QColor> colours;  // invalid: no data (grey, hatched)
    QSize pixels;           // layer size in device pixels
    qreal dpr = 1.0;
    QPointF origin;         // target top left
    quint64 generation = 0; // m_generation the colours belong to
    quint64 geometry = 0;   // m_geometryGeneration the paths belong to
};

// What buildGeometry() reads, copied on the GUI thread (the features are
// implicitly shared; the rectangles that depend on fonts are measured
// here) so that a worker can build the geometry.
struct ChoroplethMap::GeometryInput
{
    QList<MapFeature> features;
    QHash<QString, int> index;
    QRectF target;
    QRectF mapRect;
    bool tiles = false;
    QList<QRectF> avoid;  // the legend, for the insets
};

// A geometry built on a worker with its fill and border layers. The paths
// were made there and are handed over whole: no other thread touched them.
struct ChoroplethMap::GeometryJob
{
    Geometry geometry;
    QImage fills;
    QImage borders;
    quint64 request = 0;     // m_geometryRequest it was built for
    quint64 generation = 0;  // m_generation of the fill colours
};

namespace {

// Regions above which a new fill layer is painted off the GUI thread.
constexpr qsizetype kBackgroundFillRegions = 200;

} // namespace

ChoroplethMap::ChoroplethMap(QWidget *parent)
    : QWidget(parent),
      m_fillWatcher(new QFutureWatcher<QImage>(this)),
      m_geometryWatcher(new QFutureWatcher<std::shared_ptr<GeometryJob>>(this))
{
    connect(m_fillWatcher, &QFutureWatcher<QImage>::finished, this, &ChoroplethMap::fillJobFinished);
    connect(m_geometryWatcher, &QFutureWatcher<std::shared_ptr<GeometryJob>>::finished, this,
            &ChoroplethMap::geometryJobFinished);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ChoroplethMap::~ChoroplethMap() = default;

void ChoroplethMap::setFeatures(const QList<MapFeature> &features)
{
    m_features = features;
    m_index.clear();
    for (qsizetype i = 0; i < m_features.size(); ++i)
        m_index.insert(m_features.at(i).code, int(i));
    m_tileable = !m_features.isEmpty() && std::all_of(m_features.cbegin(), m_features.cend(), [](const MapFeature &f) {
        return f.code.size() == 2 && f.code != u"00";
    });
    m_hovered.clear();
    invalidateGeometry();
    reclassify();
    emit featuresChanged();
}

void ChoroplethMap::setValues(const QHash<QString, double> &values)
{
    m_values = values;
    reclassify();
}

void ChoroplethMap::setTitle(const QString &title)
{
    m_title = title;
    invalidateGeometry();
}

void ChoroplethMap::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

void ChoroplethMap::setSourceText(const QString &text)
{
    m_source = text;
    invalidateGeometry();
}

void ChoroplethMap::setClassification(analysis::ClassificationMethod method, int classes)
{
    m_method = method;
    m_classes = std::clamp(classes, 1, 12);
    reclassify();
}

static analysis::ClassificationMethod methodFromName(const QString &method)
{
    using M = analysis::ClassificationMethod;
    static const QHash<QString, M> methods{{u"quantile"_s, M::Quantile},        {u"equal"_s, M::EqualInterval},
                                           {u"jenks"_s, M::NaturalBreaks},      {u"natural"_s, M::NaturalBreaks},
                                           {u"stddev"_s, M::StandardDeviation}, {u"box"_s, M::BoxMap},
                                           {u"user"_s, M::UserBreaks}};
    return methods.value(method, M::Quantile);
}

void ChoroplethMap::setClassification(const QString &method, int classes)
{
    setClassification(methodFromName(method), classes);
}

void ChoroplethMap::setClassificationOverride(const QString &method, int classes, const QList<double> &innerBreaks)
{
    m_override = Override{methodFromName(method), std::clamp(classes, 1, 12),
                          std::vector<double>(innerBreaks.begin(), innerBreaks.end())};
    reclassify();
}

void ChoroplethMap::clearClassificationOverride()
{
    if (!m_override)
        return;
    m_override.reset();
    reclassify();
}

analysis::ClassificationMethod ChoroplethMap::classificationMethod() const
{
    return m_override ? m_override->method : m_method;
}

void ChoroplethMap::setUserBreaks(const QList<double> &innerBreaks)
{
    m_userBreaks.assign(innerBreaks.begin(), innerBreaks.end());
    reclassify();
}

void ChoroplethMap::setPalette(Palette palette)
{
    m_palette = palette;
    reclassify();
}

void ChoroplethMap::setDivergingCentre(double centre)
{
    m_centre = centre;
    reclassify();
}

void ChoroplethMap::reclassify()
{
    // Only regions on the map take part (a nation total "00" must not
    // stretch the classes of 47 prefectures).
    QStringList codes;
    if (m_features.isEmpty()) {
        codes = m_values.keys();
    } else {
        for (const MapFeature &f : std::as_const(m_features))
            codes.append(f.code);
    }
    std::vector<double> values;
    values.reserve(std::size_t(codes.size()));
    for (const QString &code : std::as_const(codes))
        values.push_back(m_values.value(code, std::nan("")));

    analysis::ClassificationConfig config;
    config.method = m_override ? m_override->method : m_method;
    config.classes = m_override ? m_override->classes : m_classes;
    config.userBreaks = m_override ? m_override->userBreaks : m_userBreaks;
    const analysis::ClassificationResult result = analysis::classify(values, config);
    m_breaks = result.breaks;
    ++m_generation;
    m_notes.clear();
    for (const analysis::Warning &w : result.warnings)
        m_notes.append(QString::fromStdString(w.message));

    const bool diverging = isDiverging(m_palette);
    if (diverging && m_breaks.size() >= 2 && m_centre > m_breaks.front() && m_centre < m_breaks.back()
        && std::find(m_breaks.begin(), m_breaks.end(), m_centre) == m_breaks.end()) {
        m_breaks.insert(std::upper_bound(m_breaks.begin(), m_breaks.end(), m_centre), m_centre);
    }
    const int k = m_breaks.empty() ? 0 : int(m_breaks.size()) - 1;
    if (diverging) {
        int below = 0;
        for (int i = 0; i < k; ++i)
            below += m_breaks[std::size_t(i) + 1] <= m_centre ? 1 : 0;
        m_colours = divergingColours(m_palette, below, k - below);
    } else {
        m_colours = sequentialColours(m_palette, k);
    }

    m_classOf.clear();
    m_counts = QList<int>(k, 0);
    m_missing = 0;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = analysis::classIndex(m_breaks, values[std::size_t(i)]);
        m_classOf.insert(codes.at(i), c);
        if (c >= 0)
            ++m_counts[c];
        else
            ++m_missing;
    }

    // Fewest decimals that still tell neighbouring breaks apart.
    const double range = m_breaks.empty() ? 0.0 : m_breaks.back() - m_breaks.front();
    const bool integers = std::all_of(m_breaks.begin(), m_breaks.end(), [](double b) { return b == std::floor(b); });
    m_decimals = integers || range >= 10 ? 0 : range >= 1 ? 1 : 2;
    for (; m_decimals < 6; ++m_decimals) {
        bool distinct = true;
        for (std::size_t i = 1; i < m_breaks.size() && distinct; ++i)
            distinct = m_breaks[i] == m_breaks[i - 1]
                || QString::number(m_breaks[i], 'f', m_decimals) != QString::number(m_breaks[i - 1], 'f', m_decimals);
        if (distinct)
            break;
    }
    requestBackgroundFills();
    update();
}

QList<double> ChoroplethMap::breaks() const
{
    return QList<double>(m_breaks.begin(), m_breaks.end());
}

int ChoroplethMap::classCount() const
{
    return int(m_colours.size());
}

QColor ChoroplethMap::classColour(int index) const
{
    return index >= 0 && index < m_colours.size() ? m_colours.at(index) : kNoData;
}

int ChoroplethMap::classOf(const QString &code) const
{
    return m_classOf.value(code, -1);
}

QColor ChoroplethMap::fillColour(const QString &code) const
{
    return classColour(classOf(code));
}

QStringList ChoroplethMap::classificationNotes() const
{
    return m_notes;
}

void ChoroplethMap::setSelectedCodes(const QStringList &codes)
{
    if (codes == m_selected)
        return;
    m_selected = codes;
    update();
}

void ChoroplethMap::setTileMode(bool on)
{
    if (on == m_tileMode)
        return;
    m_tileMode = on;
    invalidateGeometry();
}

bool ChoroplethMap::tileModeAvailable() const
{
    return m_tileable;
}

void ChoroplethMap::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void ChoroplethMap::invalidateGeometry()
{
    keepPreviousLayers();
    m_cache.reset();
    m_layer = QImage();
    m_borderLayer = QImage();
    ++m_geometryRequest;
    update();
}

void ChoroplethMap::keepPreviousLayers()
{
    // A dense map rebuilds its geometry on a worker: what was on screen
    // stays there meanwhile (the newest layers, if several changes come
    // before the worker is done).
    if (!geometryInBackground()) {
        m_previousFills = QImage();
        m_previousBorders = QImage();
    } else if (!m_layer.isNull()) {
        m_previousFills = m_layer;
        m_previousBorders = m_borderLayer;
    }
}

// Fonts scale with the output so that exports at 1600 × 1200 stay legible.
static QFont scaledFont(const QFont &base, const QRectF &target, double factor, bool bold = false)
{
    QFont f = base;
    const double px = std::clamp(std::min(target.width(), target.height()) * factor, 10.0, 42.0);
    f.setPixelSize(int(std::lround(px)));
    f.setBold(bold);
    return f;
}

QRectF ChoroplethMap::mapArea(const QRectF &target) const
{
    QRectF r = target.adjusted(8, 6, -8, -6);
    if (!m_title.isEmpty())
        r.setTop(r.top() + QFontMetricsF(scaledFont(font(), target, 0.032, true)).height() * 1.3);
    if (!m_source.isEmpty())
        r.setBottom(r.bottom() - QFontMetricsF(scaledFont(font(), target, 0.018)).height() * 1.3);
    return r;
}

ChoroplethMap::GeometryInput ChoroplethMap::geometryInput(const QRectF &target) const
{
    GeometryInput in;
    in.features = m_features;
    in.index = m_index;
    in.target = target;
    in.mapRect = mapArea(target);
    in.tiles = m_tileMode && m_tileable;
    // Insets keep clear of the legend (as the classes are now).
    if (!in.tiles && m_legendVisible) {
        const QRectF legend = legendRect(in.mapRect);
        if (!legend.isEmpty())
            in.avoid.append(legend.adjusted(-4, -4, 0, 0));
    }
    return in;
}

ChoroplethMap::Geometry ChoroplethMap::buildGeometry(const QRectF &target) const
{
    return buildGeometry(geometryInput(target));
}

ChoroplethMap::Geometry ChoroplethMap::buildGeometry(const GeometryInput &in)
{
    const QList<MapFeature> &features = in.features;
    Geometry g;
    g.target = in.target;
    g.mapRect = in.mapRect;
    g.tiles = in.tiles;
    g.items.resize(features.size());
    if (g.tiles) {
        const double cell = std::min(g.mapRect.width() / kTileColumns, g.mapRect.height() / kTileRows);
        const QPointF origin(g.mapRect.center().x() - cell * kTileColumns / 2,
                             g.mapRect.center().y() - cell * kTileRows / 2);
        for (const Tile &t : kTiles) {
            const int index = in.index.value(u"%1"_s.arg(t.code, 2, 10, QChar(u'0')), -1);
            if (index < 0)
                continue;
            Item &item = g.items[index];
            const QRectF r(origin + QPointF(t.column * cell, t.row * cell), QSizeF(cell, cell));
            item.bounds = r.adjusted(cell * 0.04, cell * 0.04, -cell * 0.04, -cell * 0.04);
            item.path.addRoundedRect(item.bounds, cell * 0.08, cell * 0.08);
            item.label = item.bounds.center();
        }
        return g;
    }
    for (const MapFeature &f : features)
        for (const QPolygonF &ring : f.polygons)
            g.projection.addRing(ring);
    g.projection.layout(g.mapRect, in.avoid);
    g.insets = g.projection.insetRects();
    int ringId = 0;
    for (qsizetype i = 0; i < features.size(); ++i) {
        Item &item = g.items[i];
        item.path.setFillRule(Qt::OddEvenFill);
        QPolygonF largest;
        double largestArea = -1.0;
        for (const QPolygonF &ring : features.at(i).polygons) {
            const QPolygonF p = decimated(g.projection.project(ringId++, ring), 0.6);
            if (p.size() < 3)
                continue;
            item.path.addPolygon(p);
            item.path.closeSubpath();
            const double a = std::abs(polygonArea(p));
            if (a > largestArea) {
                largestArea = a;
                largest = p;
            }
        }
        item.bounds = item.path.boundingRect();
        item.label = largest.isEmpty() ? item.bounds.center() : interiorOf(largest, item.path);
    }
    return g;
}

const ChoroplethMap::Geometry &ChoroplethMap::cachedGeometry() const
{
    const QRectF target(rect());
    if (!m_cache || m_cache->target != target) {
        m_cache = std::make_unique<Geometry>(buildGeometry(target));
        ++m_geometryGeneration;
        ++m_inPlaceBuilds;
    }
    return *m_cache;
}

bool ChoroplethMap::geometryInBackground() const
{
    return m_backgroundRendering && m_features.size() > kBackgroundFillRegions;
}

bool ChoroplethMap::requestBackgroundGeometry()
{
    const QRectF target(rect());
    if (!geometryInBackground() || (m_cache && m_cache->target == target))
        return false;
    if (m_geometryWatcher->isRunning())
        return true;  // geometryJobFinished() drops it and starts the next one
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (target.size() * dpr).toSize();
    const quint64 request = m_geometryRequest;
    const quint64 generation = m_generation;
    auto promise = std::make_shared<QPromise<std::shared_ptr<GeometryJob>>>();
    promise->start();
    m_geometryWatcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, input = geometryInput(target), colours = featureColours(), pixels,
                                          dpr, request, generation] {
        auto job = std::make_shared<GeometryJob>();
        job->geometry = buildGeometry(input);
        FillList list = fillList(job->geometry, colours);
        list.pixels = pixels;
        list.dpr = dpr;
        list.origin = input.target.topLeft();
        job->fills = paintFillLayer(list);
        job->borders = paintBorderLayer(job->geometry, true, pixels, dpr);
        job->request = request;
        job->generation = generation;
        promise->addResult(std::move(job));
        promise->finish();
    });
    return true;
}

void ChoroplethMap::geometryJobFinished()
{
    const QFuture<std::shared_ptr<GeometryJob>> future = m_geometryWatcher->future();
    if (future.resultCount() == 0)
        return;
    const std::shared_ptr<GeometryJob> job = future.result();
    m_geometryWatcher->setFuture(QFuture<std::shared_ptr<GeometryJob>>());
    const QSize pixels = (QSizeF(size()) * devicePixelRatioF()).toSize();
    // Dropped when the features, the layout or the size changed meanwhile.
    if (job->request == m_geometryRequest && job->geometry.target == QRectF(rect()) && job->fills.size() == pixels) {
        // Also when the geometry was built in place meanwhile (a hit test):
        // the same paths, and these come with their layers.
        m_cache = std::make_unique<Geometry>(std::move(job->geometry));
        ++m_geometryGeneration;
        m_layer = std::move(job->fills);
        m_layerGeneration = job->generation;
        m_borderLayer = std::move(job->borders);
        m_borderGeneration = m_geometryGeneration;
        m_previousFills = QImage();
        m_previousBorders = QImage();
        // Colours changed meanwhile: the new fills on a worker too.
        if (m_layerGeneration != m_generation && requestBackgroundFills()) {
            update();
            return;
        }
    } else if (requestBackgroundGeometry()) {
        return;
    }
    update();
    emit renderFinished();
}

QList<QColor> ChoroplethMap::featureColours() const
{
    QList<QColor> colours;
    colours.reserve(m_features.size());
    for (const MapFeature &f : m_features) {
        const int c = classOf(f.code);
        colours.append(c >= 0 ? classColour(c) : QColor());
    }
    return colours;
}

QPointF ChoroplethMap::projectedPoint(double lon, double lat) const
{
    return cachedGeometry().projection.project(QPointF(lon, lat));
}

QString ChoroplethMap::regionAt(const QPointF &pos) const
{
    const Geometry &g = cachedGeometry();
    for (qsizetype i = 0; i < g.items.size(); ++i) {
        const Item &item = g.items.at(i);
        if (item.bounds.contains(pos) && item.path.contains(pos))
            return m_features.at(i).code;
    }
    return {};
}

QPointF ChoroplethMap::interiorPoint(const QString &code) const
{
    const int index = m_index.value(code, -1);
    return index < 0 ? QPointF() : cachedGeometry().items.at(index).label;
}

QHash<QString, QPointF> ChoroplethMap::interiorPoints(const QRectF &target) const
{
    const Geometry g = target == QRectF(rect()) ? cachedGeometry() : buildGeometry(target);
    QHash<QString, QPointF> points;
    for (qsizetype i = 0; i < m_features.size() && i < g.items.size(); ++i)
        if (!g.items.at(i).path.isEmpty())
            points.insert(m_features.at(i).code, g.items.at(i).label);
    return points;
}

QString ChoroplethMap::formatValue(double value) const
{
    return QLocale().toString(value, 'f', m_decimals);
}

ChoroplethMap::FillList ChoroplethMap::fillList(const Geometry &g) const
{
    FillList list = fillList(g, featureColours());
    list.generation = m_generation;
    return list;
}

ChoroplethMap::FillList ChoroplethMap::fillList(const Geometry &g, const QList<QColor> &colours)
{
    FillList list;
    list.insets = g.insets;
    list.paths.reserve(g.items.size());
    list.colours.reserve(g.items.size());
    for (qsizetype i = 0; i < g.items.size(); ++i) {
        const Item &item = g.items.at(i);
        if (item.path.isEmpty())
            continue;
        list.paths.append(item.path);
        list.colours.append(colours.value(i));
    }
    return list;
}

void ChoroplethMap::paintFillList(QPainter *painter, const FillList &list)
{
    // Inset frames first, so that their islands are drawn over the frame.
    painter->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1.0));
    painter->setBrush(QColor(0xf7, 0xf7, 0xf7));
    for (const QRectF &inset : list.insets)
        painter->drawRect(inset.adjusted(-0.5, -0.5, 0.5, 0.5));

    // Fills only, antialiased, no pen: the borders are a layer of their own
    // (paintBorders) drawn over every fill, so that a change of colours
    // repaints the fills alone (1,900 municipalities: the strokes were
    // about half the cost).
    const QBrush hatch(kHatch, Qt::BDiagPattern);
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < list.paths.size(); ++i) {
        const QColor &colour = list.colours.at(i);
        painter->setBrush(colour.isValid() ? colour : kNoData);
        painter->drawPath(list.paths.at(i));
        if (!colour.isValid()) {
            painter->setBrush(hatch);
            painter->drawPath(list.paths.at(i));
        }
    }
}

QImage ChoroplethMap::paintFillLayer(const FillList &list, QImage reuse)
{
    QImage layer = reuse.size() == list.pixels && reuse.format() == QImage::Format_ARGB32_Premultiplied
        ? std::move(reuse)
        : QImage(list.pixels, QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(list.dpr);
    layer.fill(Qt::transparent);
    QPainter p(&layer);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-list.origin);
    paintFillList(&p, list);
    return layer;
}

void ChoroplethMap::paintFills(QPainter *painter, const Geometry &g) const
{
    paintFillList(painter, fillList(g));
}

bool ChoroplethMap::requestBackgroundFills() const
{
    // Only a dense map whose current layer fits the widget: the old layer
    // stays on screen while the new one is painted. Anything else (first
    // paint, resize, 47 prefectures at ~3 ms) is painted in place.
    if (!m_backgroundRendering || m_features.size() <= kBackgroundFillRegions || !m_cache
        || m_cache->target != QRectF(rect()) || m_layer.isNull())
        return false;
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_layer.size() != pixels)
        return false;
    if (m_fillWatcher->isRunning())
        return true; // fillJobFinished() starts the next one if still stale
    if (m_cache->workerPaths.isEmpty()) {
        for (const Item &item : std::as_const(m_cache->items)) {
            if (item.path.isEmpty())
                continue;
            QPainterPath copy;
            copy.addPath(item.path);  // appends the elements: a path of its own
            copy.setFillRule(item.path.fillRule());
            m_cache->workerPaths.append(copy);
        }
    }
    FillList list = fillList(*m_cache);
    list.paths = m_cache->workerPaths;  // same order: the non-empty items
    list.geometry = m_geometryGeneration;
    list.pixels = pixels;
    list.dpr = dpr;
    list.origin = m_cache->target.topLeft();
    m_jobGeneration = list.generation;
    m_jobGeometry = list.geometry;
    auto promise = std::make_shared<QPromise<QImage>>();
    promise->start();
    m_fillWatcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, list = std::move(list)] {
        promise->addResult(paintFillLayer(list));
        promise->finish();
    });
    return true;
}

void ChoroplethMap::fillJobFinished()
{
    const QFuture<QImage> future = m_fillWatcher->future();
    if (future.resultCount() == 0)
        return;
    QImage image = future.result();
    m_fillWatcher->setFuture(QFuture<QImage>());
    const QSize pixels = (QSizeF(size()) * devicePixelRatioF()).toSize();
    // Discarded when the geometry changed meanwhile (features, size, tiles).
    if (image.size() == pixels && m_cache && m_jobGeometry == m_geometryGeneration
        && m_jobGeneration >= m_layerGeneration && !m_layer.isNull()) {
        m_layer = std::move(image);
        m_layerGeneration = m_jobGeneration;
    }
    // Colours changed again meanwhile: paint the newest ones next.
    if (m_layerGeneration != m_generation && requestBackgroundFills())
        return;
    update();
    emit renderFinished();
}

bool ChoroplethMap::isRenderPending() const
{
    // A geometry job starts with the next paint (so that features, values
    // and title set together make one job).
    const bool geometryDue = geometryInBackground() && isVisible() && (!m_cache || m_cache->target != QRectF(rect()));
    return m_fillWatcher->isRunning() || m_geometryWatcher->isRunning() || geometryDue;
}

void ChoroplethMap::setBackgroundRendering(bool enabled)
{
    m_backgroundRendering = enabled;
}

void ChoroplethMap::paintBorders(QPainter *painter, const Geometry &g) const
{
    paintBorders(painter, g, m_features.size() > kBackgroundFillRegions);
}

void ChoroplethMap::paintBorders(QPainter *painter, const Geometry &g, bool dense)
{
    // White outlines between regions; none around tiles (their gaps show).
    if (g.tiles)
        return;
    painter->setPen(QPen(QColor(0xff, 0xff, 0xff), dense ? 0.3 : 0.7));
    painter->setBrush(Qt::NoBrush);
    for (const Item &item : g.items)
        if (!item.path.isEmpty())
            painter->drawPath(item.path);
}

QImage ChoroplethMap::paintBorderLayer(const Geometry &g, bool dense, QSize pixels, qreal dpr, QImage reuse)
{
    QImage layer = reuse.size() == pixels && reuse.format() == QImage::Format_ARGB32_Premultiplied
        ? std::move(reuse)
        : QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(dpr);
    layer.fill(Qt::transparent);
    QPainter p(&layer);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-g.target.topLeft());
    paintBorders(&p, g, dense);
    return layer;
}

void ChoroplethMap::paintPending(QPainter *painter, const QRectF &target) const
{
    // The geometry is being built on a worker: the previous layers, scaled
    // if the size changed, or a word that the map is on its way.
    painter->save();
    painter->fillRect(target, kBackground);
    const QRectF mapRect = mapArea(target);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_previousFills.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, m_previousFills);
        if (!m_previousBorders.isNull())
            painter->drawImage(target, m_previousBorders);
    } else {
        painter->setFont(scaledFont(font(), target, 0.024));
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(mapRect, Qt::AlignCenter, tr("Drawing…"));
    }
    // Title, source and legend as they are now, over the previous map.
    paintTitles(painter, target, mapRect);
    if (m_legendVisible)
        paintLegend(painter, mapRect);
    painter->restore();
}

void ChoroplethMap::paintTitles(QPainter *painter, const QRectF &target, const QRectF &mapRect) const
{
    if (!m_title.isEmpty()) {
        painter->setFont(scaledFont(font(), target, 0.032, true));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        const QRectF titleRect(target.left() + 10, target.top() + 4, target.width() - 20, mapRect.top() - target.top());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(painter->font()).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    }
    if (!m_source.isEmpty()) {
        painter->setFont(scaledFont(font(), target, 0.018));
        painter->setPen(QColor(0x60, 0x60, 0x60));
        const QRectF sourceRect(target.left() + 10, mapRect.bottom(), target.width() - 20,
                                target.bottom() - mapRect.bottom());
        painter->drawText(sourceRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(painter->font()).elidedText(m_source, Qt::ElideRight, sourceRect.width()));
    }

}

void ChoroplethMap::paintMap(QPainter *painter, const QRectF &target, const Geometry &g, bool interactive) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, kBackground);

    paintTitles(painter, target, g.mapRect);

    if (m_features.isEmpty()) {
        painter->setFont(scaledFont(font(), target, 0.024));
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(g.mapRect, Qt::AlignCenter, tr("No boundaries loaded"));
        painter->restore();
        return;
    }

    if (interactive) {
        // The fills and the borders are the expensive part (1,900
        // municipalities), each kept as an image: the fills until the
        // colours, the features or the size change, the borders until the
        // geometry changes. Hover and selection repaint in a few
        // milliseconds, and a new classification repaints the fills only.
        const qreal dpr = devicePixelRatioF();
        const QSize pixels = (target.size() * dpr).toSize();
        if (m_layer.size() != pixels || m_layerGeneration != m_generation) {
            if (!requestBackgroundFills()) {
                FillList list = fillList(g);
                list.pixels = pixels;
                list.dpr = dpr;
                list.origin = target.topLeft();
                m_layer = paintFillLayer(list, std::move(m_layer));
                m_layerGeneration = m_generation;
            }
        }
        if (m_borderLayer.size() != pixels || m_borderGeneration != m_geometryGeneration) {
            m_borderLayer = paintBorderLayer(g, m_features.size() > kBackgroundFillRegions, pixels, dpr,
                                             std::move(m_borderLayer));
            m_borderGeneration = m_geometryGeneration;
        }
        painter->drawImage(target.topLeft(), m_layer);
        if (!g.tiles)
            painter->drawImage(target.topLeft(), m_borderLayer);
    } else {
        paintFills(painter, g);
        paintBorders(painter, g);
    }

    if (g.tiles) {
        QFont f = font();
        const double cell = g.items.isEmpty() ? 20.0 : std::max(8.0, g.mapRect.height() / kTileRows);
        f.setPixelSize(int(std::clamp(cell * 0.24, 7.0, 28.0)));
        painter->setFont(f);
        for (qsizetype i = 0; i < g.items.size(); ++i) {
            const Item &item = g.items.at(i);
            if (item.path.isEmpty())
                continue;
            const QColor fill = fillColour(m_features.at(i).code);
            painter->setPen(fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20));
            const QString name = shortName(m_features.at(i).name);
            painter->drawText(item.bounds, Qt::AlignCenter,
                              QFontMetricsF(f).elidedText(name, Qt::ElideRight, item.bounds.width() * 0.95));
        }
    }

    // Selection and hover outlines on top of every fill.
    const double outline = std::max(1.5, g.mapRect.width() / 400.0);
    painter->setBrush(Qt::NoBrush);
    for (const QString &code : m_selected) {
        const int index = m_index.value(code, -1);
        if (index < 0)
            continue;
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), outline * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(g.items.at(index).path);
    }
    if (interactive && !m_hovered.isEmpty()) {
        const int index = m_index.value(m_hovered, -1);
        if (index >= 0) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xff, 0xff, 0xff, 70));
            painter->drawPath(g.items.at(index).path);
            painter->setPen(QPen(QColor(0x30, 0x30, 0x30), outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(g.items.at(index).path);
        }
    }
    if (m_legendVisible)
        paintLegend(painter, g.mapRect);
    painter->restore();
}

QStringList ChoroplethMap::legendLabels() const
{
    QStringList labels;
    const int k = classCount();
    const QString dash = u" – "_s;
    for (int i = 0; i < k; ++i)
        labels << formatValue(m_breaks[std::size_t(i)]) + dash + formatValue(m_breaks[std::size_t(i) + 1])
                      + u"  (%1)"_s.arg(m_counts.value(i));
    if (m_missing > 0)
        labels << tr("No data") + u"  (%1)"_s.arg(m_missing);
    return labels;
}

QRectF ChoroplethMap::legendRect(const QRectF &mapRect) const
{
    const QStringList labels = legendLabels();
    if (labels.isEmpty())
        return {};
    const QFontMetricsF fm(scaledFont(font(), mapRect, 0.026));
    const QFont header = scaledFont(font(), mapRect, 0.026, true);
    const double line = fm.height() * 1.25;
    const double swatch = fm.height() * 0.95;
    double width = m_unit.isEmpty() ? 0.0 : QFontMetricsF(header).horizontalAdvance(m_unit);
    for (const QString &l : labels)
        width = std::max(width, swatch * 1.5 + fm.horizontalAdvance(l));
    const double pad = fm.height() * 0.5;
    const double height = labels.size() * line + (m_unit.isEmpty() ? 0.0 : line) + pad * 2;
    return {mapRect.right() - width - pad * 2, mapRect.bottom() - height, width + pad * 2, height};
}

void ChoroplethMap::paintLegend(QPainter *painter, const QRectF &mapRect) const
{
    const int k = classCount();
    if (k == 0 && m_missing == 0)
        return;
    const QFont text = scaledFont(font(), mapRect, 0.026);
    const QFont header = scaledFont(font(), mapRect, 0.026, true);
    const QFontMetricsF fm(text);
    const double line = fm.height() * 1.25;
    const double swatch = fm.height() * 0.95;
    const QStringList labels = legendLabels();
    const double pad = fm.height() * 0.5;
    const QRectF box = legendRect(mapRect);
    const double width = box.width() - pad * 2;

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xff, 0xff, 0xff, 215));
    painter->drawRoundedRect(box, pad / 2, pad / 2);
    double y = box.top() + pad;
    if (!m_unit.isEmpty()) {
        painter->setFont(header);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(box.left() + pad, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, m_unit);
        y += line;
    }
    painter->setFont(text);
    // Highest class on top, as on most choropleth legends.
    for (int row = 0; row < labels.size(); ++row) {
        const bool missingRow = m_missing > 0 && row == labels.size() - 1;
        const int c = missingRow ? -1 : k - 1 - row;
        const QRectF sw(box.left() + pad, y + (line - swatch) / 2, swatch, swatch);
        painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8));
        painter->setBrush(classColour(c));
        painter->drawRect(sw);
        if (missingRow) {
            painter->setBrush(QBrush(kHatch, Qt::BDiagPattern));
            painter->drawRect(sw);
        }
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(sw.right() + swatch * 0.5, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          missingRow ? labels.last() : labels.at(c));
        y += line;
    }
}

void ChoroplethMap::render(QPainter *painter, const QRectF &target) const
{
    const Geometry g = buildGeometry(target);
    paintMap(painter, target, g, false);
}

FigurePaint ChoroplethMap::figurePaint() const
{
    return [this](QPainter *painter, const QRectF &target) { render(painter, target); };
}

QImage ChoroplethMap::toImage(const QSize &size) const
{
    return paintFigureImage(figurePaint(), size);
}

bool ChoroplethMap::savePng(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Png, path, size, m_title);
}

bool ChoroplethMap::saveSvg(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Svg, path, size, m_title);
}

bool ChoroplethMap::savePdf(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Pdf, path, size, m_title);
}

void ChoroplethMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF target(rect());
    if (geometryInBackground()) {
        // Dense map: new geometry and its layers come from a worker. While
        // one is on its way (even if a hit test built the geometry here
        // meanwhile) the previous layers are shown.
        const QSize pixels = (target.size() * devicePixelRatioF()).toSize();
        const bool current = m_cache && m_cache->target == target;
        const bool layersReady = current && m_layer.size() == pixels && m_borderLayer.size() == pixels
            && m_borderGeneration == m_geometryGeneration;
        if (!layersReady && (!current || m_geometryWatcher->isRunning())) {
            if (!current)
                requestBackgroundGeometry();
            if (m_geometryWatcher->isRunning()) {
                paintPending(&painter, target);
                return;
            }
        }
    }
    paintMap(&painter, target, cachedGeometry(), true);
}

void ChoroplethMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepPreviousLayers();
    m_cache.reset();
    m_layer = QImage();
    m_borderLayer = QImage();
    ++m_geometryRequest;
}

QString ChoroplethMap::tooltipText(const QString &code) const
{
    const int index = m_index.value(code, -1);
    const QString name = index >= 0 && !m_features.at(index).name.isEmpty() ? m_features.at(index).name : code;
    const double v = m_values.value(code, std::nan(""));
    const QString value = std::isfinite(v)
        ? QLocale().toString(v, 'f', std::abs(v) >= 1000 || v == std::floor(v) ? 0 : std::max(m_decimals, 2))
              + (m_unit.isEmpty() ? QString() : u" "_s + m_unit)
        : tr("No data");
    return u"<b>%1</b><br/>%2"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

void ChoroplethMap::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    update();
    emit regionHovered(code);
}

bool ChoroplethMap::hitTestReady() const
{
    // While a dense map's geometry is built on a worker, the mouse finds
    // nothing rather than building it here.
    return !geometryInBackground() || (m_cache && m_cache->target == QRectF(rect()));
}

void ChoroplethMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = hitTestReady() ? regionAt(event->position()) : QString();
    setHovered(code);
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(code), this);
}

void ChoroplethMap::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    QWidget::mousePressEvent(event);
}

void ChoroplethMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->position() - m_pressPos).manhattanLength() > 6) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QString code = hitTestReady() ? regionAt(event->position()) : QString();
    QStringList selection = m_selected;
    if (event->modifiers() & Qt::ControlModifier) {
        if (!code.isEmpty() && !selection.removeOne(code))
            selection.append(code);
    } else {
        selection = code.isEmpty() ? QStringList() : QStringList{code};
    }
    if (!code.isEmpty())
        emit regionClicked(code);
    if (selection != m_selected) {
        m_selected = selection;
        update();
        emit selectionChanged(m_selected);
    }
}

void ChoroplethMap::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QWidget::leaveEvent(event);
}

void ChoroplethMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        invalidateGeometry();
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
