// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the chart tests: show a chart offscreen at a fixed size and
// read the colour under a widget position.
#pragma once

#include <QImage>
#include <QTest>
#include <QWidget>

#include <qcustomplot.h>

namespace regionlens::test {

inline void showAt(QWidget &chart, QCustomPlot *plot, const QSize &size)
{
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    plot->replot(QCustomPlot::rpImmediateRefresh);
}

inline QColor colourAt(QWidget &chart, const QPointF &pos)
{
    const QImage image = chart.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    return QColor(image.pixel((pos * dpr).toPoint()));
}

inline int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (colour.rgb() & 0xffffff) ? 1 : 0;
    return n;
}

} // namespace regionlens::test
