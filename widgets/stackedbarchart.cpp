// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackedbarchart.h"

#include "palette.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

StackedBarChart::StackedBarChart(QWidget *parent) : AnalysisChart(parent)
{
    plot()->yAxis->setRangeReversed(true);
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->setSubTickLength(0, 0);
    plot()->xAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0, Qt::DotLine));
    plot()->xAxis->grid()->setZeroLinePen(QPen(QColor(0x33, 0x33, 0x33), 1));
    // Legend in its own row under the plot, never over a bar, in as many
    // columns as its entries fit side by side (one for "Industry mix
    // (産業構造要因)" in projector fonts; two columns cut it at the right).
    placeLegendBelow();
    forwardClicks([this](const QPoint &pos) { return categoryAt(pos); },
                  [this](int index) { emit categoryClicked(index); });
    refresh();
}

void StackedBarChart::setData(const QStringList &categories, const QList<StackComponent> &components)
{
    m_categories = categories;
    m_components = components;
    refresh();
}

void StackedBarChart::setTotals(const QVector<double> &totals, const QString &label)
{
    m_totals = totals;
    m_totalLabel = label;
    refresh();
}

void StackedBarChart::setHighlighted(const QList<int> &categories)
{
    setAndRefresh(m_highlighted, categories);
}

void StackedBarChart::setValueAxisLabel(const QString &label)
{
    setAndRefresh(m_valueLabel, label);
}

void StackedBarChart::setDecimals(int decimals)
{
    setAndRefresh(m_decimals, decimals);
}

QColor StackedBarChart::componentColour(int index) const
{
    if (index < 0 || index >= m_components.size())
        return {};
    const QColor c = m_components.at(index).colour;
    return c.isValid() ? c : seriesColour(index);
}

std::pair<double, double> StackedBarChart::segment(int component, int category) const
{
    double pos = 0, neg = 0;
    for (int c = 0; c <= component && c < m_components.size(); ++c) {
        double v = m_components.at(c).values.value(category, 0.0);
        if (!std::isfinite(v))
            v = 0;
        if (c == component)
            return v >= 0 ? std::pair{pos, pos + v} : std::pair{neg + v, neg};
        (v >= 0 ? pos : neg) += v;
    }
    return {0, 0};
}

QPointF StackedBarChart::segmentCentre(int component, int category) const
{
    const auto [from, to] = segment(component, category);
    const QPointF inPlot(plot()->xAxis->coordToPixel((from + to) / 2), plot()->yAxis->coordToPixel(category + 1));
    return plot()->mapTo(this, inPlot.toPoint());
}

int StackedBarChart::categoryAt(const QPoint &pos) const
{
    const QPoint p = plot()->mapFrom(this, pos);
    const QRect area = plot()->axisRect()->rect();
    if (m_categories.isEmpty() || p.x() > area.right() || p.y() < area.top() || p.y() > area.bottom())
        return -1;
    const int index = int(std::lround(plot()->yAxis->pixelToCoord(p.y()))) - 1;
    return index >= 0 && index < m_categories.size() ? index : -1;
}

void StackedBarChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    applyFonts();
    const int n = int(m_categories.size());
    m_labelStep = 0;
    applyTicker();
    p->xAxis->setLabel(m_valueLabel);
    p->xAxis->setNumberFormat(u"f"_s);

    // Selected rows: a pale band behind the bars, and a bold label.
    QFont bold = tickFont();
    bold.setBold(true);
    for (int i : m_highlighted) {
        if (i < 0 || i >= n)
            continue;
        auto *band = new QCPItemRect(p);
        band->setLayer(u"grid"_s);
        band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(0, i + 0.5);
        band->bottomRight->setCoords(1, i + 1.5);
        band->setPen(Qt::NoPen);
        band->setBrush(QColor(0xff, 0xe8, 0x9c, 160));
    }
    // Many rows (47 prefectures) must not overlap, large fonts or not.
    QFont categoryFont = tickFont();
    if (n > 25)
        categoryFont.setPointSizeF(std::min(categoryFont.pointSizeF(), 8.0));
    p->yAxis->setTickLabelFont(categoryFont);

    double lo = 0, hi = 0;
    QCPBars *below = nullptr;
    for (int c = 0; c < m_components.size(); ++c) {
        const StackComponent &comp = m_components.at(c);
        auto *bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(comp.label);
        bars->setWidth(0.72);
        bars->setPen(QPen(Qt::white, 0.5));
        bars->setBrush(componentColour(c));
        bars->setStackingGap(0);
        for (int i = 0; i < n; ++i) {
            double v = comp.values.value(i, 0.0);
            bars->addData(i + 1, std::isfinite(v) ? v : 0.0);
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (int i = 0; i < n; ++i) {
        double pos = 0, neg = 0;
        for (const StackComponent &comp : m_components) {
            const double v = comp.values.value(i, 0.0);
            if (std::isfinite(v))
                (v >= 0 ? pos : neg) += v;
        }
        lo = std::min(lo, neg);
        hi = std::max(hi, pos);
    }
    if (!m_totals.isEmpty()) {
        QCPGraph *g = p->addGraph(p->yAxis, p->xAxis);
        g->setName(m_totalLabel);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1.2), QColor(0x22, 0x22, 0x22),
                                           7 * scale()));
        for (int i = 0; i < n; ++i) {
            const double t = m_totals.value(i, std::nan(""));
            if (std::isfinite(t)) {
                g->addData(i + 1, t);
                lo = std::min(lo, t);
                hi = std::max(hi, t);
            }
        }
    }
    if (hi == lo)
        hi = lo + 1;
    const double span = hi - lo;
    p->xAxis->setNumberPrecision(span >= 100 ? 0 : span >= 10 ? 1 : 2);
    p->xAxis->setRange(lo - span * 0.04, hi + span * 0.04);
    p->yAxis->setRange(0.4, std::max(1, n) + 0.6);
    p->legend->setVisible(!m_components.isEmpty());
}

void StackedBarChart::relayout()
{
    applyTicker();
}

// The category labels: every labelStep-th row (so that labels do not overlap
// at the axis rect's current height) and the highlighted rows, marked with a
// leading "▶" (QCPAxisTickerText has no per-tick font for bold).
void StackedBarChart::applyTicker()
{
    QCustomPlot *p = plot();
    const int n = int(m_categories.size());
    const double rowPixels = n > 0 ? p->axisRect()->height() / double(n) : 0.0;
    const double linePixels = QFontMetricsF(tickFont()).height();
    const int step = rowPixels > 0.0 ? std::max(1, int(std::ceil(linePixels / rowPixels))) : 1;
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        const bool marked = m_highlighted.contains(i);
        const bool nearMarked = std::any_of(m_highlighted.cbegin(), m_highlighted.cend(),
                                            [&](int h) { return h != i && std::abs(h - i) < step; });
        if (marked || (i % step == 0 && !nearMarked))
            ticker->addTick(i + 1, (marked ? u"▶ "_s : QString()) + m_categories.at(i));
    }
    p->yAxis->setTicker(ticker);
}

} // namespace regionlens::widgets
