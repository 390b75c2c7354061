// SPDX-License-Identifier: GPL-3.0-or-later
// Line chart of one or several time series (QCustomPlot), with axis labels,
// unit, legend (under the plot) and colour-blind-safe series colours; the axis can be dragged
// and zoomed along the years. Title, fonts, batching and output to any
// painter or file come from AnalysisChart.
#pragma once

#include "widgets/analysischart.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QVector>

namespace regionlens::widgets {

struct Series
{
    QString label;
    QVector<double> x;  // e.g. years
    QVector<double> y;  // NaN = gap
    // Optional: a fixed colour (invalid = the series colour of its index)
    // and a line style (e.g. Qt::DashLine for projected values).
    QColor colour = QColor();
    Qt::PenStyle style = Qt::SolidLine;
};

class TimeSeriesChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);
    void clear() { setSeries({}); }
    int seriesCount() const { return int(m_series.size()); }
    const QList<Series> &series() const { return m_series; }

    void setAxisLabels(const QString &x, const QString &y);
    // Shown after the y label, "Population (persons)".
    void setUnit(const QString &unit);
    // Large fonts (setLargeFonts) also draw thicker lines and larger markers.

    QSize sizeHint() const override { return {520, 360}; }
    // As small as the plot allows: the pages set their own minimum sizes.
    QSize minimumSizeHint() const override { return QWidget::minimumSizeHint(); }

protected:
    void rebuild() override;

private:
    QList<Series> m_series;
    QString m_xLabel;
    QString m_yLabel;
    QString m_unit;
};

} // namespace regionlens::widgets
