// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "palette.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {
const QColor kMuted(0xa6, 0xbd, 0xd7);
}

BarChart::BarChart(QWidget *parent)
    : AnalysisChart(parent), m_reference(std::numeric_limits<double>::quiet_NaN())
{
    plot()->yAxis->setRangeReversed(true);
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->setSubTickLength(0, 0);
    plot()->xAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0, Qt::DotLine));
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    forwardClicks([this](const QPoint &pos) { return categoryAt(pos); },
                  [this](int index) { emit categoryClicked(index); });
    refresh();
}

void BarChart::setData(const QStringList &categories, const QList<BarSeries> &series)
{
    m_categories = categories;
    m_series = series;
    refresh();
}

void BarChart::setValueAxisLabel(const QString &label)
{
    setAndRefresh(m_valueLabel, label);
}

void BarChart::setDecimals(int decimals)
{
    setAndRefresh(m_decimals, decimals);
}

void BarChart::setReferenceLine(double value, const QString &label)
{
    m_reference = value;
    m_referenceLabel = label;
    refresh();
}

void BarChart::setEmphasiseAboveReference(bool on)
{
    setAndRefresh(m_emphasise, on);
}

void BarChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QColor BarChart::barColour(int series, int category) const
{
    if (series < 0 || series >= m_series.size())
        return {};
    if (m_series.size() == 1 && m_emphasise && std::isfinite(m_reference)) {
        const double v = m_series.at(0).values.value(category, std::nan(""));
        return v >= m_reference ? seriesColour(0) : kMuted;
    }
    return seriesColour(series);
}

int BarChart::categoryAt(const QPoint &pos) const
{
    const QPoint p = plot()->mapFrom(this, pos);
    if (m_categories.isEmpty() || !plot()->axisRect()->rect().contains(p.x(), p.y())) {
        // Tick labels sit left of the axis rect: accept those rows too.
        if (m_categories.isEmpty() || p.x() > plot()->axisRect()->rect().right()
            || p.y() < plot()->axisRect()->top() || p.y() > plot()->axisRect()->bottom())
            return -1;
    }
    const double key = plot()->yAxis->pixelToCoord(p.y());
    const int index = int(std::lround(key)) - 1;
    return index >= 0 && index < m_categories.size() ? index : -1;
}

void BarChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    qDeleteAll(p->findChildren<QCPBarsGroup *>(Qt::FindDirectChildrenOnly));
    applyFonts();
    const int n = int(m_categories.size());
    const int ns = int(m_series.size());

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(i + 1, m_categories.at(i));
    p->yAxis->setTicker(ticker);
    p->xAxis->setLabel(m_valueLabel);
    p->xAxis->setNumberFormat(u"f"_s);

    double lo = 0.0, hi = 0.0;
    for (const BarSeries &s : m_series)
        for (double v : s.values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (std::isfinite(m_reference)) {
        lo = std::min(lo, m_reference);
        hi = std::max(hi, m_reference);
    }
    if (hi == lo)
        hi = lo + 1.0;
    const double span = hi - lo;
    p->xAxis->setNumberPrecision(span >= 100 ? 0 : span >= 10 ? 1 : 2);

    auto *group = ns > 1 ? new QCPBarsGroup(p) : nullptr;
    if (group)
        group->setSpacing(0);
    const double width = ns > 1 ? 0.8 / ns : 0.7;
    const double labelScale = scale();
    for (int s = 0; s < ns; ++s) {
        const BarSeries &series = m_series.at(s);
        // One QCPBars per colour class so that emphasised bars differ.
        const bool split = ns == 1 && m_emphasise && std::isfinite(m_reference);
        QCPBars *main = new QCPBars(p->yAxis, p->xAxis);
        main->setName(series.label);
        main->setWidth(width);
        main->setPen(Qt::NoPen);
        main->setBrush(seriesColour(s));
        if (group)
            main->setBarsGroup(group);
        QCPBars *muted = nullptr;
        if (split) {
            muted = new QCPBars(p->yAxis, p->xAxis);
            muted->setWidth(width);
            muted->setPen(Qt::NoPen);
            muted->setBrush(kMuted);
            muted->removeFromLegend();
        }
        for (int i = 0; i < n; ++i) {
            const double v = series.values.value(i, std::nan(""));
            if (!std::isfinite(v))
                continue;
            QCPBars *target = split && v < m_reference ? muted : main;
            target->addData(i + 1, v);
            if (ns <= 2) {
                auto *label = new QCPItemText(p);
                label->setClipToAxisRect(false);
                label->position->setCoords(v, i + 1 + (group ? (s - (ns - 1) / 2.0) * width : 0.0));
                label->setPositionAlignment((v < 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
                label->setPadding(QMargins(int(4 * labelScale), 0, int(4 * labelScale), 0));
                label->setFont(smallFont());
                label->setColor(QColor(0x33, 0x33, 0x33));
                label->setText(formatNumber(v, m_decimals));
            }
        }
    }

    if (std::isfinite(m_reference)) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(m_reference, 0);
        line->point2->setCoords(m_reference, 1);
        line->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5 * labelScale, Qt::DashLine));
        line->setObjectName(u"reference"_s);
        if (!m_referenceLabel.isEmpty()) {
            auto *text = new QCPItemText(p);
            text->position->setTypeX(QCPItemPosition::ptPlotCoords);
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            // At the bottom: ranked bars are shortest there, so it rarely hides one.
            text->position->setCoords(m_reference, 1.0);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            text->setPadding(QMargins(4, 2, 4, 2));
            text->setBrush(QColor(255, 255, 255, 220));
            text->setFont(smallFont());
            text->setText(m_referenceLabel);
            text->setObjectName(u"referenceLabel"_s);
        }
    }
    if (n == 0 && !m_emptyText.isEmpty()) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setFont(labelFont());
        text->setColor(QColor(0x55, 0x55, 0x55));
        text->setText(m_emptyText);
    }

    // Room for the value labels on the open side.
    const double pad = span * (ns <= 2 ? 0.14 : 0.04);
    p->xAxis->setRange(lo < 0 ? lo - pad : lo, hi + pad);
    p->yAxis->setRange(0.4, std::max(1, n) + 0.6);
    p->legend->setVisible(ns > 1);
}

// The reference line's label gets a row of its own under the last bar, as
// tall as two lines of it (keepTextsInside() may break it): it never covers
// the last bar's value or crosses the axis, in any font or height.
void BarChart::relayout()
{
    QCustomPlot *p = plot();
    const int n = int(m_categories.size());
    QCPItemText *label = nullptr;
    for (int i = 0; i < p->itemCount() && !label; ++i)
        if (p->item(i)->objectName() == u"referenceLabel")
            label = qobject_cast<QCPItemText *>(p->item(i));
    const double height = p->axisRect()->height();
    if (!label || n == 0 || height <= 0)
        return;
    const int lines = std::max(2, int(label->text().count(u'\n')) + 1);
    const double need = lines * QFontMetricsF(label->font()).height() + label->padding().top()
                        + label->padding().bottom() + 2;
    if (height < 2.5 * need)
        return;   // too low to make room: keep the bars
    const double rows = n + 0.2;   // 0.4 … n + 0.6
    const double extra = need * rows / (height - need);
    const double upper = n + 0.6 + extra;
    if (std::abs(p->yAxis->range().upper - upper) > 0.01) {
        p->yAxis->setRange(0.4, upper);
        p->axisRect()->update(QCPLayoutElement::upPreparation);   // the tick vectors again
    }
}

} // namespace regionlens::widgets
