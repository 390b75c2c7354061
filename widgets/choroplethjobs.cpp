// SPDX-License-Identifier: GPL-3.0-or-later
// ChoroplethMap: the fill and border layers, and the background jobs that
// make them for a dense (municipal) map — new fills when the colours change,
// new geometry with both layers when the features, the layout or the size
// change — so that the GUI thread never waits for them. Stale results are
// dropped by generation.
#include "choroplethmap_p.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace regionlens::widgets {

using namespace mapdetail;

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

} // namespace regionlens::widgets
