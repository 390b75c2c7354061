// SPDX-License-Identifier: GPL-3.0-or-later
// The one way a figure (a chart, a map, a flow map) is drawn into an image or
// written to a file. A figure is a paint function that draws the whole figure
// into any painter and target rectangle (AnalysisChart::render,
// ChoroplethMap::render); the charts' toImage()/save…() and the application's
// "Export figure" all come here, so PNG, SVG and PDF look alike everywhere and
// every file is written through QSaveFile (nothing half-written is left).
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace regionlens::widgets {

using FigurePaint = std::function<void(QPainter *painter, const QRectF &target)>;

enum class FigureFormat { Png, Svg, Pdf };

// The format a file name asks for by its suffix: .svg, .pdf, anything else PNG.
FigureFormat figureFormatOf(const QString &path);
// "png", "svg" or "pdf".
QString figureSuffix(FigureFormat format);

// The figure drawn into a white image of size pixels (antialiased).
QImage paintFigureImage(const FigurePaint &paint, const QSize &size);

// Writes the figure to path: PNG and SVG at size pixels, PDF on a landscape
// A4 page with the figure laid out at size and scaled onto the page (vectors,
// fonts embedded). title goes into the SVG and PDF metadata. On failure
// returns false with a translated message in error, and path is untouched.
bool writeFigureFile(const FigurePaint &paint, FigureFormat format, const QString &path, const QSize &size,
                     const QString &title, QString *error = nullptr);
// The same, the format from the suffix of path.
bool writeFigureFile(const FigurePaint &paint, const QString &path, const QSize &size, const QString &title,
                     QString *error = nullptr);

} // namespace regionlens::widgets
