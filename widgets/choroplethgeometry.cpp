// SPDX-License-Identifier: GPL-3.0-or-later
// ChoroplethMap: the projected geometry of the features for one target
// rectangle (main frame and insets, or the tile grid), and the queries on it.
#include "choroplethmap_p.h"

#include "mapgeometry.h"
#include "tilegrid.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

using namespace mapdetail;

QRectF ChoroplethMap::mapArea(const QRectF &target) const
{
    QRectF r = target.adjusted(8, 6, -8, -6);
    if (!m_title.isEmpty())
        r.setTop(r.top() + QFontMetricsF(scaledFont(font(), m_fontScale, target, 0.032, true)).height() * 1.3);
    if (!m_source.isEmpty())
        r.setBottom(r.bottom() - QFontMetricsF(scaledFont(font(), m_fontScale, target, 0.018)).height() * 1.3);
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
        const double cell = tilegrid::cellSize(g.mapRect);
        for (const tilegrid::Cell &tile : tilegrid::cells(g.mapRect)) {
            const int index = in.index.value(tile.code, -1);
            if (index < 0)
                continue;
            Item &item = g.items[index];
            item.bounds = tile.rect.adjusted(cell * 0.04, cell * 0.04, -cell * 0.04, -cell * 0.04);
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
            const QPolygonF p = simplifiedRing(g.projection.project(ringId++, ring), 0.6);
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

} // namespace regionlens::widgets
