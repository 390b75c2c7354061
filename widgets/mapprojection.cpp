// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace regionlens::widgets {

namespace {

const double kCosRef = std::cos(MapProjection::kReferenceLatitude * std::numbers::pi / 180.0);

// Fits extent into box keeping the aspect ratio, centred.
void fit(const QRectF &extent, const QRectF &box, double *scale, QPointF *offset, QRectF *rect)
{
    const double w = std::max(extent.width(), 1e-9);
    const double h = std::max(extent.height(), 1e-9);
    *scale = std::min(box.width() / w, box.height() / h);
    const QSizeF size(w * *scale, h * *scale);
    const QPointF topLeft(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2);
    *offset = topLeft - extent.topLeft() * *scale;
    *rect = QRectF(topLeft, size);
}

} // namespace

QPointF MapProjection::toPlane(QPointF lonLat)
{
    return {lonLat.x() * kCosRef, -lonLat.y()};
}

MapFrame MapProjection::frameOf(QPointF lonLat)
{
    const double lon = lonLat.x();
    const double lat = lonLat.y();
    if (lon >= 150.0 || lon < 120.0 || lat < 20.0)
        return MapFrame::Omitted;
    if (lat < 30.0)
        return lon < 132.0 ? MapFrame::Nansei : MapFrame::Omitted;
    return MapFrame::Main;
}

MapFrame MapProjection::frameOf(const QPolygonF &ring)
{
    return frameOf(ring.boundingRect().center());
}

void MapProjection::clearExtents()
{
    m_extent = {};
}

void MapProjection::addRing(const QPolygonF &ring)
{
    if (ring.isEmpty())
        return;
    const MapFrame frame = frameOf(ring);
    if (frame == MapFrame::Omitted)
        return;
    const QRectF b = ring.boundingRect();
    const QRectF plane = QRectF(toPlane(b.bottomLeft()), toPlane(b.topRight())).normalized();
    QRectF &e = m_extent[std::size_t(frame)];
    e = e.isNull() ? plane : e.united(plane);
}

void MapProjection::layout(const QRectF &target)
{
    m_rect = {};
    // The main frame fills the target; with no main frame (a map of Okinawa
    // alone) the inset's extent takes its place.
    const std::size_t primary = m_extent[0].isNull() ? 1 : 0;
    if (m_extent[primary].isNull())
        return;
    fit(m_extent[primary], target, &m_scale[primary], &m_offset[primary], &m_rect[primary]);
    if (primary != 0 || m_extent[1].isNull())
        return;
    // The inset takes up to 44 % of the width and 42 % of the height of the
    // main frame: the empty Sea of Japan north-west of Honshu (west of 136°E,
    // north of 39°N). It may be drawn at a larger scale than the main map.
    const QRectF main = m_rect[0];
    const double margin = std::max(2.0, main.width() * 0.01);
    const QRectF extent = m_extent[1].adjusted(-0.2, -0.2, 0.2, 0.2);
    const double scale = std::min(main.width() * 0.44 / extent.width(), main.height() * 0.42 / extent.height());
    const QRectF box(main.topLeft() + QPointF(margin, margin), extent.size() * scale);
    fit(extent, box, &m_scale[1], &m_offset[1], &m_rect[1]);
}

QPointF MapProjection::project(QPointF lonLat, MapFrame frame) const
{
    const std::size_t f = frame == MapFrame::Omitted ? 0 : std::size_t(frame);
    return toPlane(lonLat) * m_scale[f] + m_offset[f];
}

QPolygonF MapProjection::project(const QPolygonF &ring) const
{
    const MapFrame frame = frameOf(ring);
    QPolygonF out;
    if (frame == MapFrame::Omitted || m_rect[std::size_t(frame)].isNull())
        return out;
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out.append(project(p, frame));
    return out;
}

QRectF MapProjection::frameRect(MapFrame frame) const
{
    return frame == MapFrame::Omitted ? QRectF() : m_rect[std::size_t(frame)];
}

} // namespace regionlens::widgets
