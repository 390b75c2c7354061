// SPDX-License-Identifier: GPL-3.0-or-later
// Projection and page layout of a map of Japan or of a part of it: an
// equirectangular projection scaled by cos(36°) (true shapes near the centre
// of Honshu), a main frame for the main body of the features, and insets for
// outlying islands, as printed atlases draw them.
//
// The split is made from the rings themselves, for any set of features: the
// rings are clustered (gaps under 1 % of the whole extent join); the cluster
// with the most land is the main body, and a cluster joins it when it has
// much land (Hokkaido, Shikoku) or lies close to it (Sado, Tokara). The
// rest are grouped into insets (a group stays one box while it is not mostly
// empty), each fitted tightly and placed where the main frame leaves empty
// space, at the largest scale that fits. Specks far away (Minami-Torishima
// on a map of all Japan) are omitted. All Japan: Amami, Okinawa and Sakishima
// in one inset in the Sea of Japan; 東京都: the 23 wards and Tama fill the
// map, Izu and Ogasawara in insets; 鹿児島県: Amami in an inset.
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace regionlens::widgets {

class MapProjection
{
public:
    static constexpr double kReferenceLatitude = 36.0;
    static constexpr int kMaxInsets = 4;

    // Plane coordinates: x = lon·cos(36°), y = −lat (y grows downwards).
    static QPointF toPlane(QPointF lonLat);

    // Adds a ring (lon/lat); returns its id for project(int, …), in the
    // order of the calls from 0.
    int addRing(const QPolygonF &ring);
    void clear();
    bool isEmpty() const { return m_rings.empty(); }

    // Splits the rings into the main frame and insets, fits the main frame
    // into target (widget coordinates) and places the insets in its empty
    // parts, away from the rectangles in avoid (a legend).
    void layout(const QRectF &target, const QList<QRectF> &avoid = {});

    // Frame 0 is the main frame, 1.. the insets; −1 a ring not drawn.
    int frameCount() const { return int(m_frames.size()); }
    int frameOfRing(int ringId) const;
    // The frame whose islands surround lonLat (an inset's padded bounds),
    // else the main frame.
    int frameOf(QPointF lonLat) const;

    QPointF project(QPointF lonLat) const { return project(lonLat, frameOf(lonLat)); }
    QPointF project(QPointF lonLat, int frame) const;
    // The ring in widget coordinates, in its frame; empty if not drawn.
    QPolygonF project(int ringId, const QPolygonF &ring) const;
    // Widget rectangle of a frame after layout(); null if there is none.
    QRectF frameRect(int frame) const;
    QList<QRectF> insetRects() const;
    // Scale of the main frame (pixels per plane unit ≈ per degree of latitude).
    double mainScale() const { return m_frames.empty() ? 1.0 : m_frames.front().scale; }

private:
    struct Ring
    {
        QRectF bounds;  // plane
        double area = 0.0;  // plane units²
        QPolygonF plane;
        int frame = -1;
    };
    struct Frame
    {
        QRectF extent;  // plane bounds of its rings
        double area = 0.0;
        double scale = 1.0;
        QPointF offset;  // widget = plane·scale + offset
        QRectF rect;     // widget rectangle (insets: with their margin)
    };
    void partition();
    void placeInsets(const QRectF &target, const QList<QRectF> &avoid);

    std::vector<Ring> m_rings;
    std::vector<Frame> m_frames;
};

} // namespace regionlens::widgets
