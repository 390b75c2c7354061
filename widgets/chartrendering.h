// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the QCustomPlot charts of the population and flow views:
// a Japanese-capable font, and drawing a plot into any painter (screen image,
// SVG, PDF page) laid out for the target's size.
#pragma once

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>

class QCustomPlot;
class QPainter;

namespace regionlens::widgets {

// base with Noto Sans CJK JP and IPA Gothic as fallbacks for Japanese text.
QFont chartFont(const QFont &base);

// Lays plot out for target (in the device's logical pixels, i.e. divided by
// its DPI / 96), records it as vectors and plays it back into painter; the
// on-screen layout is restored afterwards.
// Replots unless the plot has no area yet (a page not shown so far): QCustomPlot
// would paint into an empty buffer and warn. A later resize replots anyway.
void replotIfSized(QCustomPlot *plot);

void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &target);
QImage renderPlotImage(QCustomPlot *plot, const QSize &size);

} // namespace regionlens::widgets
