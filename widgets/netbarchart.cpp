// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbarchart.h"

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
    return v > 0 ? u"+"_s + digits : v < 0 ? QChar(0x2212) + digits : digits;
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

void NetBarChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    const int n = int(m_data.categories.size());
    auto ticker = p->xAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, m_data.categories.at(i));
    // Long category names (regions, age classes) turn when there are many.
    p->xAxis->setTickLabelRotation(n > 8 ? -60 : 0);

    QVector<double> gainKeys, gainValues, lossKeys, lossValues;
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    for (int i = 0; i < n; ++i) {
        const double v = m_data.values.value(i, std::nan(""));
        if (!std::isfinite(v))
            continue;
        any = true;
        (v >= 0 ? gainKeys : lossKeys).append(i);
        (v >= 0 ? gainValues : lossValues).append(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    for (int sign = 0; sign < 2; ++sign) {
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        const QColor c = sign == 0 ? gainColour() : lossColour();
        bars->setPen(QPen(c.darker(115), 0.8));
        QColor fill = c;
        fill.setAlpha(215);
        bars->setBrush(fill);
        bars->setWidth(n > 12 ? 0.75 : n <= 2 ? 0.35 : 0.6);
        bars->setData(sign == 0 ? gainKeys : lossKeys, sign == 0 ? gainValues : lossValues, true);
    }
    const double span = std::max(hi - lo, 1e-9);
    const double pad = span * (m_valueLabels ? 0.16 : 0.06);
    p->yAxis->setRange(any ? lo - (lo < 0 ? pad : 0.0) : -1.0, any ? hi + (hi > 0 ? pad : 0.0) + (hi <= 0 ? pad * 0.3 : 0) : 1.0);
    p->xAxis->setRange(-0.6, std::max(1, n) - 0.4);
    p->yAxis->setLabel(m_unit);

    const QFont small = tickFont();
    for (int i = 0; i < n; ++i) {
        const double v = m_data.values.value(i, std::nan(""));
        const bool finite = std::isfinite(v);
        if (finite && !m_valueLabels)
            continue;
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(i, finite ? v : 0.0);
        text->setPositionAlignment(Qt::AlignHCenter | (finite && v < 0 ? Qt::AlignTop : Qt::AlignBottom));
        text->setText(finite ? signedCount(v) : tr("no data"));
        text->setFont(small);
        text->setColor(finite ? QColor(0x20, 0x20, 0x20) : QColor(0x80, 0x80, 0x80));
        text->setPadding(QMargins(0, 2, 0, 2));
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

QPointF NetBarChart::barPixel(int index) const
{
    const QCustomPlot *p = plot();
    const double v = m_data.values.value(index, 0.0);
    return QPointF(p->xAxis->coordToPixel(index), p->yAxis->coordToPixel(std::isfinite(v) ? v : 0.0))
        + QPointF(p->mapTo(this, QPoint(0, 0)));
}

double NetBarChart::zeroPixel() const
{
    const QCustomPlot *p = plot();
    return p->yAxis->coordToPixel(0.0) + p->mapTo(this, QPoint(0, 0)).y();
}

} // namespace regionlens::widgets
