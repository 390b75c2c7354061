// SPDX-License-Identifier: GPL-3.0-or-later
// The low-level half of the charts' output, used by AnalysisChart: a
// Japanese-capable font, a replot that waits for an area, and the one
// implementation of "draw a QCustomPlot into any painter" (screen image, SVG,
// PDF page) laid out for the target's size. Pages draw a chart through
// AnalysisChart::render(); renderPlot() stays for a bare QCustomPlot.
#pragma once

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QStringList>

class QCustomPlot;
class QPainter;

namespace regionlens::widgets {

// Projector mode's one scale factor (View → Large fonts, --large-fonts):
// widgets, menus, the commentary and tables, charts, maps, legends, tile
// labels and source lines are all drawn this much larger (9.5 pt → 13 pt).
inline constexpr double kLargeFontScale = 13.0 / 9.5;

// base with Noto Sans CJK JP and IPA Gothic as fallbacks for Japanese text,
// at the application's font size (not the parent's: a window that enlarges
// its own font for projectors must not compound with large mode).
QFont chartFont(const QFont &base);
// The Japanese-capable families, best first. VL PGothic comes first because
// Qt 6.4's PDF writer maps its glyphs back to the right characters: with
// Noto Sans CJK the regular weight's digits get no mapping (a PDF's text
// loses "1" of "LQ > 1") and 見, 方, 人 map to Kangxi radicals.
const QStringList &cjkFontFamilies();

// Replots unless the plot has no area yet (a page not shown so far): QCustomPlot
// would paint into an empty buffer and warn. A later resize replots anyway.
void replotIfSized(QCustomPlot *plot);

// Lays plot out for target (in the device's logical pixels, i.e. divided by
// its DPI / 96), records it (vectors on SVG and PDF painters) and plays it
// back into painter; the on-screen layout is restored afterwards.
void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &target);
QImage renderPlotImage(QCustomPlot *plot, const QSize &size);

} // namespace regionlens::widgets
