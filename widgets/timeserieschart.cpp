// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include "palette.h"

#include "chartrendering.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>

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

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setBackground(Qt::white);
    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new YearTicker));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->legend->setBrush(QColor(255, 255, 255, 210));
    m_plot->legend->setBorderPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    locale.setNumberOptions({});  // group separators on the value axis
    m_plot->setLocale(locale);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    applyFonts();
    rebuild();
}

void TimeSeriesChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    rebuild();
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleElement->setText(title);
    replotIfSized(m_plot);
}

void TimeSeriesChart::setAxisLabels(const QString &x, const QString &y)
{
    m_xLabel = x;
    m_yLabel = y;
    rebuild();
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    m_unit = unit;
    rebuild();
}

void TimeSeriesChart::setLargeFonts(bool large)
{
    m_large = large;
    applyFonts();
    rebuild();
}

void TimeSeriesChart::applyFonts()
{
    // The widget font first; Noto Sans CJK JP (or IPA Gothic) for Japanese
    // text when the first family lacks the glyphs.
    QFont base = font();
    base.setFamilies({base.family(), u"Noto Sans CJK JP"_s, u"IPAGothic"_s});
    // Sized from the application font so that a window's own large font does
    // not compound with large mode.
    const double appSize = QApplication::font().pointSizeF();
    const double size = appSize > 0 ? appSize : 9.0;
    QFont tick = base;
    tick.setPointSizeF(m_large ? size * 1.5 : size);
    QFont label = base;
    label.setPointSizeF(m_large ? size * 1.7 : size * 1.1);
    QFont title = base;
    title.setPointSizeF(m_large ? size * 2.0 : size * 1.3);
    title.setBold(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(tick);
        axis->setLabelFont(label);
    }
    m_plot->legend->setFont(tick);
    m_titleElement->setFont(title);
}

void TimeSeriesChart::rebuild()
{
    m_plot->clearGraphs();
    const double width = m_large ? 3.0 : 2.0;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -minY;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series.at(i);
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(s.label);
        const QColor colour = seriesColour(int(i));
        graph->setPen(QPen(colour, width));
        graph->setScatterStyle(QCPScatterStyle(kShapes[i % std::size(kShapes)], colour, colour, m_large ? 9 : 6));
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
    m_plot->yAxis->setNumberFormat(u"f"_s);
    m_plot->yAxis->setNumberPrecision(range >= 100 ? 0 : range >= 10 ? 1 : 2);

    m_plot->xAxis->setLabel(m_xLabel);
    m_plot->yAxis->setLabel(m_unit.isEmpty() || m_yLabel.contains(m_unit)
                                ? m_yLabel
                                : m_yLabel.isEmpty() ? m_unit : tr("%1 (%2)").arg(m_yLabel, m_unit));
    m_plot->legend->setVisible(!m_series.isEmpty());
    if (m_series.isEmpty()) {
        m_plot->xAxis->setRange(0, 1);
        m_plot->yAxis->setRange(0, 1);
    } else {
        m_plot->rescaleAxes();
        // Half a year of air on both sides; 5 % above and below.
        const QCPRange x = m_plot->xAxis->range();
        m_plot->xAxis->setRange(x.lower - 0.5, x.upper + 0.5);
        const QCPRange y = m_plot->yAxis->range();
        const double pad = std::max(y.size() * 0.05, std::abs(y.upper) * 1e-6 + 1e-12);
        m_plot->yAxis->setRange(y.lower - pad, y.upper + pad);
    }
    replotIfSized(m_plot);
}

QImage TimeSeriesChart::toImage(const QSize &size) const
{
    return m_plot->toPixmap(size.width(), size.height()).toImage();
}

bool TimeSeriesChart::savePng(const QString &path, const QSize &size) const
{
    return m_plot->savePng(path, size.width(), size.height());
}

bool TimeSeriesChart::savePdf(const QString &path, const QSize &size) const
{
    return m_plot->savePdf(path, size.width(), size.height(), QCP::epAllowCosmetic, u"RegionLens"_s, m_title);
}

bool TimeSeriesChart::saveSvg(const QString &path, const QSize &size) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_title);
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        replotIfSized(m_plot);
    }
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
