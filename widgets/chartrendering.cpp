// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrendering.h"

#include "figureexport.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

const QStringList &cjkFontFamilies()
{
    static const QStringList families{u"VL PGothic"_s, u"Noto Sans CJK JP"_s, u"IPAexGothic"_s, u"IPAGothic"_s};
    return families;
}

QFont chartFont(const QFont &base)
{
    QFont f = base;
    QStringList families{base.family()};
    for (const QString &fallback : cjkFontFamilies())
        if (!families.contains(fallback))
            families << fallback;
    f.setFamilies(families);
    if (QApplication::font().pointSizeF() > 0)
        f.setPointSizeF(QApplication::font().pointSizeF());
    return f;
}

void replotIfSized(QCustomPlot *plot)
{
    if (plot && !plot->viewport().isEmpty())
        plot->replot();
}

void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &target)
{
    if (!plot || !painter || target.isEmpty())
        return;
    double deviceScale = 1.0;
    if (QPaintDevice *device = painter->device())
        deviceScale = std::max(0.25, device->logicalDpiX() / 96.0);
    const int w = std::max(1, int(std::lround(target.width() / deviceScale)));
    const int h = std::max(1, int(std::lround(target.height() / deviceScale)));
    // Raster targets keep QCustomPlot's half-pixel alignment of thin lines;
    // vector targets (SVG, PDF) get exact coordinates.
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    // toPainter lays the plot out for the export size (pixel-dependent items
    // follow through afterLayout) and gives the viewport back; the replot
    // restores the screen layout.
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized, !raster);
        plot->toPainter(&recorder, w, h);
    }
    replotIfSized(plot);

    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / w, target.height() / h);
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

QImage renderPlotImage(QCustomPlot *plot, const QSize &size)
{
    return paintFigureImage([plot](QPainter *painter, const QRectF &target) { renderPlot(plot, painter, target); },
                            size);
}

} // namespace regionlens::widgets
