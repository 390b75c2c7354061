// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbarchart.h"

#include <QFontMetricsF>
#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

QString signedCount(double v)
{
    const QString digits = QLocale(QLocale::English).toString(std::abs(v), 'f', std::abs(v) < 10 && v != std::floor(v) ? 1 : 0);
    return withSign(v, digits);
}

class GroupedTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const QString digits =
            QLocale(QLocale::English).toString(std::abs(tick), 'f', std::abs(tick) < 10 && tick != std::floor(tick) ? 1 : 0);
        return tick < 0 ? QChar(0x2212) + digits : digits;   // typographic minus
    }
};

} // namespace

NetBarChart::NetBarChart(QWidget *parent) : AnalysisChart(parent)
{
    QCustomPlot *p = plot();
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    p->xAxis->setSubTicks(false);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new GroupedTicker));
    p->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    p->yAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    refresh();
}

void NetBarChart::setData(const NetBarData &data)
{
    setAndRefresh(m_data, data);
}

void NetBarChart::setUnit(const QString &unit)
{
    setAndRefresh(m_unit, unit);
}

void NetBarChart::setValueLabels(bool on)
{
    setAndRefresh(m_valueLabels, on);
}

void NetBarChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QColor NetBarChart::gainColour() const
{
    return QColor(0x00, 0x72, 0xb2);   // Okabe–Ito blue
}

QColor NetBarChart::lossColour() const
{
    return QColor(0xd5, 0x5e, 0x00);   // Okabe–Ito vermillion
}

void NetBarChart::setHorizontal(bool on)
{
    setAndRefresh(m_horizontal, on);
}

void NetBarChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    p->legend->clearItems();
    p->setAutoAddPlottableToLegend(false);   // in, out and net only, added below
    // Categories along the key axis, values along the value axis.
    QCPAxis *keyAxis = m_horizontal ? p->yAxis : p->xAxis;
    QCPAxis *valueAxis = m_horizontal ? p->xAxis : p->yAxis;
    if (!keyAxis->ticker().dynamicCast<QCPAxisTickerText>()) {
        valueAxis->setTicker(QSharedPointer<QCPAxisTicker>(new GroupedTicker));
        keyAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    }
    keyAxis->setSubTicks(false);
    valueAxis->setSubTicks(true);
    keyAxis->grid()->setVisible(false);
    valueAxis->grid()->setVisible(true);
    valueAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    valueAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    keyAxis->setRangeReversed(m_horizontal);   // the first category at the top
    valueAxis->setRangeReversed(false);
    const int n = int(m_data.categories.size());
    auto ticker = keyAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, m_data.categories.at(i));
    // Long category names (regions, age classes) turn when there are many.
    p->xAxis->setTickLabelRotation(!m_horizontal && n > 8 ? -60 : 0);
    p->yAxis->setTickLabelRotation(0);
    const bool inOut = m_data.inflow.size() == n && m_data.outflow.size() == n && n > 0;

    QVector<double> gainKeys, gainValues, lossKeys, lossValues, keys, ins, outs;
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    for (int i = 0; i < n; ++i) {
        if (inOut) {
            keys.append(i);
            ins.append(std::isfinite(m_data.inflow.at(i)) ? m_data.inflow.at(i) : 0.0);
            outs.append(std::isfinite(m_data.outflow.at(i)) ? -m_data.outflow.at(i) : 0.0);
            hi = std::max(hi, ins.last());
            lo = std::min(lo, outs.last());
        }
        const double v = m_data.values.value(i, std::nan(""));
        if (!std::isfinite(v))
            continue;
        any = true;
        (v >= 0 ? gainKeys : lossKeys).append(i);
        (v >= 0 ? gainValues : lossValues).append(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double width = n > 12 ? 0.75 : n <= 2 ? 0.35 : 0.6;
    if (inOut) {
        for (int side = 0; side < 2; ++side) {
            auto *bars = new QCPBars(keyAxis, valueAxis);
            QColor c = side == 0 ? gainColour() : lossColour();
            c.setAlpha(70);
            bars->setPen(QPen(c.darker(140), 0.6));
            bars->setBrush(c);
            bars->setWidth(std::min(0.8, width + 0.15));
            bars->setData(keys, side == 0 ? ins : outs, true);
            bars->setName(side == 0 ? m_data.inName : m_data.outName);
            p->legend->addItem(new QCPPlottableLegendItem(p->legend, bars));
        }
    }
    for (int sign = 0; sign < 2; ++sign) {
        auto *bars = new QCPBars(keyAxis, valueAxis);
        const QColor c = sign == 0 ? gainColour() : lossColour();
        bars->setPen(QPen(c.darker(115), 0.8));
        QColor fill = c;
        fill.setAlpha(215);
        bars->setBrush(fill);
        bars->setWidth(inOut ? width * 0.5 : width);
        bars->setData(sign == 0 ? gainKeys : lossKeys, sign == 0 ? gainValues : lossValues, true);
        if (inOut && sign == 0) {
            bars->setName(m_data.netName);
            p->legend->addItem(new QCPPlottableLegendItem(p->legend, bars));
        }
    }
    m_lo = any ? lo : 0.0;
    m_hi = any ? hi : 0.0;
    const double span = std::max(hi - lo, 1e-9);
    const double pad = span * (m_valueLabels ? (m_horizontal ? 0.32 : 0.16) : 0.06);
    valueAxis->setRange(any ? lo - (lo < 0 ? pad : 0.0) : -1.0,
                        any ? hi + (hi > 0 ? pad : 0.0) + (hi <= 0 ? pad * 0.3 : 0) : 1.0);
    // With a legend, an empty row at the end keeps it off the bars.
    keyAxis->setRange(-0.6, std::max(1, n) - 0.4 + (inOut ? 1.1 : 0.0));
    valueAxis->setLabel(m_unit);
    keyAxis->setLabel(QString());
    p->legend->setVisible(inOut);
    if (inOut) {
        p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        p->axisRect()->insetLayout()->setInsetAlignment(0, m_horizontal ? Qt::AlignBottom | Qt::AlignRight
                                                                         : Qt::AlignTop | Qt::AlignRight);
    }

    const QFont small = tickFont();
    for (int i = 0; i < n; ++i) {
        const double v = m_data.values.value(i, std::nan(""));
        const bool finite = std::isfinite(v);
        if (finite && !m_valueLabels)
            continue;
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setAxes(p->xAxis, p->yAxis);
        // Beyond the bar's end (with in/out: beyond the in bar, on the right).
        const double at = !finite ? 0.0 : inOut ? std::max(v, ins.value(i)) : v;
        const bool before = finite && !inOut && v < 0;
        if (m_horizontal) {
            text->position->setCoords(at, i);
            text->setPositionAlignment(Qt::AlignVCenter | (before ? Qt::AlignRight : Qt::AlignLeft));
            text->setPadding(QMargins(3, 0, 3, 0));
        } else {
            text->position->setCoords(i, at);
            text->setPositionAlignment(Qt::AlignHCenter | (before ? Qt::AlignTop : Qt::AlignBottom));
            text->setPadding(QMargins(0, 2, 0, 2));
        }
        text->setText(finite ? signedCount(v) : tr("no data"));
        text->setFont(small);
        text->setColor(finite ? QColor(0x20, 0x20, 0x20) : QColor(0x80, 0x80, 0x80));
        text->setClipToAxisRect(false);
    }
    if (n == 0 && !m_emptyText.isEmpty()) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(m_emptyText);
        text->setFont(small);
        text->setColor(QColor(0x70, 0x70, 0x70));
    }
}

// The value labels never reach the axis line: where a label is taller (or,
// for horizontal bars, wider) than the room the range leaves beyond the bars
// (a short chart, projector fonts), the value axis widens to make that room.
void NetBarChart::relayout()
{
    QCustomPlot *p = plot();
    QCPAxis *valueAxis = m_horizontal ? p->xAxis : p->yAxis;
    double need = 0.0;   // pixels, the largest label along the value axis
    for (int i = 0; i < p->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(p->item(i));
            text && text->position->type() == QCPItemPosition::ptPlotCoords) {
            const QFontMetricsF metrics(text->font());
            const QMargins pad = text->padding();
            need = std::max(need, m_horizontal ? metrics.horizontalAdvance(text->text()) + pad.left() + pad.right()
                                               : metrics.height() + pad.top() + pad.bottom());
        }
    const double length = m_horizontal ? p->axisRect()->width() : p->axisRect()->height();
    if (need <= 0.0 || length <= 0.0)
        return;
    const int sides = (m_lo < 0 ? 1 : 0) + (m_hi > 0 ? 1 : 0);
    const double share = (need + 4.0) / length;   // of the whole range, on each side with labels
    if (sides == 0 || share * sides >= 0.8)
        return;   // no room to make: keep the range
    const double range = std::max(m_hi - m_lo, 1e-9) / (1.0 - share * sides);
    const QCPRange now = valueAxis->range();
    const double lower = m_lo < 0 ? std::min(now.lower, m_lo - share * range) : now.lower;
    const double upper = m_hi > 0 ? std::max(now.upper, m_hi + share * range) : now.upper;
    if (lower < now.lower || upper > now.upper) {
        valueAxis->setRange(lower, upper);
        p->axisRect()->update(QCPLayoutElement::upPreparation);   // the tick vectors again
    }
}

QPointF NetBarChart::barPixel(int index) const
{
    const QCustomPlot *p = plot();
    double v = m_data.values.value(index, 0.0);
    v = std::isfinite(v) ? v : 0.0;
    const QPointF offset(p->mapTo(this, QPoint(0, 0)));
    if (m_horizontal)
        return QPointF(p->xAxis->coordToPixel(v), p->yAxis->coordToPixel(index)) + offset;
    return QPointF(p->xAxis->coordToPixel(index), p->yAxis->coordToPixel(v)) + offset;
}

double NetBarChart::zeroPixel() const
{
    // The value axis's zero: a y pixel for vertical bars, an x pixel for horizontal ones.
    const QCustomPlot *p = plot();
    return m_horizontal ? p->xAxis->coordToPixel(0.0) + p->mapTo(this, QPoint(0, 0)).x()
                        : p->yAxis->coordToPixel(0.0) + p->mapTo(this, QPoint(0, 0)).y();
}

} // namespace regionlens::widgets
