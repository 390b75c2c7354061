// SPDX-License-Identifier: GPL-3.0-or-later
// Projection and page layout of a map of Japan: an equirectangular projection
// scaled by cos(36°) (true shapes near the centre of Honshu), a main frame,
// and an inset, top left, for the Nansei islands south of 30°N (Okinawa,
// Amami, Tokara, Daitō) so that the main map stays large. Tokyo's islands
// south of 30°N (Ogasawara, Iwo, Minami-Torishima) are not drawn: specks at
// any useful scale, and Tokyo's main part carries its colour.
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <array>

namespace regionlens::widgets {

enum class MapFrame { Main = 0, Nansei = 1, Omitted = 2 };

class MapProjection
{
public:
    static constexpr double kReferenceLatitude = 36.0;

    // Plane coordinates: x = lon·cos(36°), y = −lat (y grows downwards).
    static QPointF toPlane(QPointF lonLat);
    // The frame a point belongs to; a ring belongs to the frame of the centre
    // of its bounding box.
    static MapFrame frameOf(QPointF lonLat);
    static MapFrame frameOf(const QPolygonF &ring);

    // Grows the frames' extents to hold the ring (lon/lat).
    void addRing(const QPolygonF &ring);
    void clearExtents();
    bool isEmpty() const { return m_extent[0].isNull() && m_extent[1].isNull(); }

    // Fits the frames into target (widget coordinates), keeping the aspect
    // ratio; the inset is placed in the top-left corner of the main frame.
    void layout(const QRectF &target);

    QPointF project(QPointF lonLat) const { return project(lonLat, frameOf(lonLat)); }
    QPointF project(QPointF lonLat, MapFrame frame) const;
    QPolygonF project(const QPolygonF &ring) const;
    // Widget rectangle of a frame after layout(); null if the frame is unused.
    QRectF frameRect(MapFrame frame) const;
    // Scale of the main frame (pixels per plane unit ≈ per degree of latitude).
    double mainScale() const { return m_scale[0]; }

private:
    std::array<QRectF, 2> m_extent;  // plane bounds per frame
    std::array<double, 2> m_scale{1.0, 1.0};
    std::array<QPointF, 2> m_offset; // widget = plane·scale + offset
    std::array<QRectF, 2> m_rect;    // widget rectangles
};

} // namespace regionlens::widgets
