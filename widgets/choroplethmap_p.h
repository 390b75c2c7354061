// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of ChoroplethMap shared by its source files — not part of the
// widgets' API:
//   choroplethmap.cpp          data, classification, selection
//   choroplethgeometry.cpp     projected geometry (insets, tile grid), hit tests
//   choroplethjobs.cpp         fill and border layers, and the background jobs
//                              (geometry and fill workers) that paint them
//   choroplethpainting.cpp     painting, legend, output
//   choroplethinteraction.cpp  hover, click selection, events
// with the plain geometry in mapgeometry.h and the tile grid in tilegrid.h.
#pragma once

#include "choroplethmap.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace regionlens::widgets {

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

namespace mapdetail {

// Regions above which fills and geometry are painted off the GUI thread.
constexpr qsizetype kBackgroundFillRegions = 200;

inline const QColor kBackground(0xff, 0xff, 0xff);
inline const QColor kNoData(0xe0, 0xe0, 0xe0);
inline const QColor kHatch(0x9a, 0x9a, 0x9a);

// Fonts scale with the output so that exports at 1600 × 1200 stay legible,
// and with the projector mode's scale (ChoroplethMap::fontScale()).
inline QFont scaledFont(const QFont &base, double scale, const QRectF &target, double factor, bool bold = false)
{
    QFont f = base;
    const double px = std::clamp(std::min(target.width(), target.height()) * factor, 10.0, 42.0) * scale;
    f.setPixelSize(int(std::lround(px)));
    f.setBold(bold);
    return f;
}

// font, made smaller (down to 70 %) until text fits in width; what still
// does not fit is elided by the caller.
inline QFont fittedFont(QFont font, const QString &text, double width)
{
    const double wide = QFontMetricsF(font).horizontalAdvance(text);
    if (wide > width && wide > 0 && font.pixelSize() > 0)
        font.setPixelSize(std::max(int(font.pixelSize() * 0.7), int(font.pixelSize() * width / wide)));
    return font;
}

} // namespace mapdetail

} // namespace regionlens::widgets
