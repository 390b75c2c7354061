// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbarchart.h"

#include "chartrendering.h"
#include "palette.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

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

NetBarChart::NetBarChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setBackground(Qt::white);
    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new GroupedTicker));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    m_plot->yAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    applyFonts();
    rebuild();
}

void NetBarChart::setData(const NetBarData &data)
{
    m_data = data;
    rebuild();
}

void NetBarChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleElement->setText(title);
    replotIfSized(m_plot);
}

void NetBarChart::setUnit(const QString &unit)
{
    m_unit = unit;
    rebuild();
}

void NetBarChart::setValueLabels(bool on)
{
    m_valueLabels = on;
    rebuild();
}

void NetBarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuild();
}

void NetBarChart::setLargeFonts(bool on)
{
    m_large = on;
    applyFonts();
    rebuild();
}

QColor NetBarChart::gainColour() const
{
    return QColor(0x00, 0x72, 0xb2);   // Okabe–Ito blue
}

QColor NetBarChart::lossColour() const
{
    return QColor(0xd5, 0x5e, 0x00);   // Okabe–Ito vermillion
}

void NetBarChart::applyFonts()
{
    const QFont base = chartFont(font());
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    QFont tick = base;
    tick.setPointSizeF(m_large ? size * 1.45 : size * 0.95);
    QFont label = base;
    label.setPointSizeF(m_large ? size * 1.6 : size * 1.05);
    QFont title = base;
    title.setPointSizeF(m_large ? size * 1.9 : size * 1.25);
    title.setBold(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(tick);
        axis->setLabelFont(label);
    }
    m_titleElement->setFont(title);
}

void NetBarChart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const int n = int(m_data.categories.size());
    auto ticker = m_plot->xAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, m_data.categories.at(i));
    // Long category names (regions, age classes) turn when there are many.
    m_plot->xAxis->setTickLabelRotation(n > 8 ? -60 : 0);

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
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
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
    m_plot->yAxis->setRange(any ? lo - (lo < 0 ? pad : 0.0) : -1.0, any ? hi + (hi > 0 ? pad : 0.0) + (hi <= 0 ? pad * 0.3 : 0) : 1.0);
    m_plot->xAxis->setRange(-0.6, std::max(1, n) - 0.4);
    m_plot->yAxis->setLabel(m_unit);

    QFont small = m_plot->xAxis->tickLabelFont();
    for (int i = 0; i < n; ++i) {
        const double v = m_data.values.value(i, std::nan(""));
        const bool finite = std::isfinite(v);
        if (finite && !m_valueLabels)
            continue;
        auto *text = new QCPItemText(m_plot);
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
        auto *text = new QCPItemText(m_plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(m_emptyText);
        text->setFont(small);
        text->setColor(QColor(0x70, 0x70, 0x70));
    }
    replotIfSized(m_plot);
}

QPointF NetBarChart::barPixel(int index) const
{
    const double v = m_data.values.value(index, 0.0);
    return QPointF(m_plot->xAxis->coordToPixel(index), m_plot->yAxis->coordToPixel(std::isfinite(v) ? v : 0.0))
        + QPointF(m_plot->mapTo(this, QPoint(0, 0)));
}

double NetBarChart::zeroPixel() const
{
    return m_plot->yAxis->coordToPixel(0.0) + m_plot->mapTo(this, QPoint(0, 0)).y();
}

void NetBarChart::render(QPainter *painter, const QRectF &target) const
{
    renderPlot(m_plot, painter, target);
}

QImage NetBarChart::toImage(const QSize &size) const
{
    return renderPlotImage(m_plot, size);
}

void NetBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
