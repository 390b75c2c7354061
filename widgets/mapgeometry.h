// SPDX-License-Identifier: GPL-3.0-or-later
// Plane geometry of projected map rings (widget coordinates), for drawing
// and hit tests: the signed area, a point well inside, and simplification to
// what shows at the output's size. Used by ChoroplethMap's geometry.
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

namespace regionlens::widgets {

// Signed area (shoelace formula); positive for counter-clockwise rings in a
// y-up plane.
double polygonArea(const QPolygonF &ring);

// A point well inside ring (path holds the ring and its holes): the middle of
// the widest horizontal span on a few scanlines around its centre.
QPointF interiorOf(const QPolygonF &ring, const QPainterPath &path);

// Simplifies a projected ring for drawing, in two passes: vertices closer
// than tolerance (target pixels) to the last one kept are dropped, then
// Douglas–Peucker removes those within tolerance / 2 of the line through
// their kept neighbours. A municipality of 20 px with 200 vertices keeps the
// few dozen that show, and fills, strokes and hit tests get that much
// cheaper; the outline moves by less than half a pixel. Short rings (16
// vertices or fewer) stay as they are.
QPolygonF simplifiedRing(const QPolygonF &ring, double tolerance);

} // namespace regionlens::widgets
