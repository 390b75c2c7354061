// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include "palette.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

// Whole years without group separators ("2020", not "2,020"), however the
// locale formats the value axis.
class YearTicker : public QCPAxisTickerFixed
{
public:
    YearTicker()
    {
        setTickStep(1.0);
        setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return QString::number(tick, 'f', 0);
    }
};

const QCPScatterStyle::ScatterShape kShapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
                                                 QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond,
                                                 QCPScatterStyle::ssCircle, QCPScatterStyle::ssCross,
                                                 QCPScatterStyle::ssTriangleInverted};

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : AnalysisChart(parent)
{
    QCustomPlot *p = plot();
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new YearTicker));
    p->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    p->xAxis->grid()->setVisible(false);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // The user's locale for the value axis (the other charts format their own numbers).
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    locale.setNumberOptions({});  // group separators on the value axis
    p->setLocale(locale);
    p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    p->axisRect()->setRangeDrag(Qt::Horizontal);
    p->axisRect()->setRangeZoom(Qt::Horizontal);
    // The legend in a row under the plot: lines fill the plot from corner to
    // corner, and a legend inside covered their first or last years.
    placeLegendBelow();
    refresh();
}

void TimeSeriesChart::setSeries(const QList<Series> &series)
{
    setAndRefresh(m_series, series);
}

void TimeSeriesChart::setAxisLabels(const QString &x, const QString &y)
{
    m_xLabel = x;
    m_yLabel = y;
    refresh();
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    setAndRefresh(m_unit, unit);
}

void TimeSeriesChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearGraphs();
    const double width = largeFonts() ? 3.0 : 2.0;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -minY;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series.at(i);
        QCPGraph *graph = p->addGraph();
        graph->setName(s.label);
        const QColor colour = s.colour.isValid() ? s.colour : seriesColour(int(i));
        graph->setPen(QPen(colour, width, s.style));
        graph->setScatterStyle(QCPScatterStyle(kShapes[i % std::size(kShapes)], colour, colour, largeFonts() ? 9 : 6));
        const qsizetype n = std::min(s.x.size(), s.y.size());
        graph->setData(s.x.mid(0, n), s.y.mid(0, n));
        for (qsizetype j = 0; j < n; ++j) {
            if (std::isfinite(s.y.at(j))) {
                minY = std::min(minY, s.y.at(j));
                maxY = std::max(maxY, s.y.at(j));
            }
        }
    }
    // Decimals on the value axis from the spread of the data.
    const double range = std::isfinite(minY) ? std::max(std::abs(maxY), maxY - minY) : 0.0;
    p->yAxis->setNumberFormat(u"f"_s);
    p->yAxis->setNumberPrecision(range >= 100 ? 0 : range >= 10 ? 1 : 2);

    p->xAxis->setLabel(m_xLabel);
    p->yAxis->setLabel(m_unit.isEmpty() || m_yLabel.contains(m_unit)
                                ? m_yLabel
                                : m_yLabel.isEmpty() ? m_unit : tr("%1 (%2)").arg(m_yLabel, m_unit));
    p->legend->setVisible(!m_series.isEmpty());
    if (m_series.isEmpty()) {
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(0, 1);
    } else {
        p->rescaleAxes();
        // Half a year of air on both sides; 5 % above and below.
        const QCPRange x = p->xAxis->range();
        p->xAxis->setRange(x.lower - 0.5, x.upper + 0.5);
        const QCPRange y = p->yAxis->range();
        const double pad = std::max(y.size() * 0.05, std::abs(y.upper) * 1e-6 + 1e-12);
        p->yAxis->setRange(y.lower - pad, y.upper + pad);
    }
}

} // namespace regionlens::widgets
