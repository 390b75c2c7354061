// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrendering.h"

#include <QApplication>
#include <QPainter>
#include <QPicture>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

QFont chartFont(const QFont &base)
{
    QFont f = base;
    QStringList families{base.family()};
    for (const QString &fallback : {u"Noto Sans CJK JP"_s, u"IPAGothic"_s})
        if (!families.contains(fallback))
            families << fallback;
    f.setFamilies(families);
    // The size comes from the application, not the parent: a window that
    // enlarges its own font for projectors must not compound with large mode.
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
    const QRect screen = plot->viewport();
    plot->setViewport(QRect(0, 0, w, h));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&recorder, w, h);
    }
    plot->setViewport(screen);
    replotIfSized(plot);

    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / w, target.height() / h);
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

QImage renderPlotImage(QCustomPlot *plot, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderPlot(plot, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace regionlens::widgets
