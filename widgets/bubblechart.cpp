// SPDX-License-Identifier: GPL-3.0-or-later
#include "bubblechart.h"

#include "palette.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

// Okabe–Ito by quadrant: top right blue (strong and productive), top left
// bluish green, bottom right orange, bottom left grey.
QColor quadrantColour(bool right, bool top)
{
    if (right && top)
        return QColor(0x00, 0x72, 0xb2);
    if (!right && top)
        return QColor(0x00, 0x9e, 0x73);
    if (right)
        return QColor(0xe6, 0x9f, 0x00);
    return QColor(0x99, 0x99, 0x99);
}

// Ticks for ratio axes on a log scale.
class RatioTicker : public QCPAxisTicker
{
protected:
    QVector<double> createTickVector(double, const QCPRange &range) override
    {
        static const double fine[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1,
                                      1.25, 1.5, 2, 3, 4, 5, 10, 20, 50, 100};
        static const double coarse[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
        QVector<double> a, b;
        for (double t : fine)
            if (t >= range.lower && t <= range.upper)
                a.append(t);
        for (double t : coarse)
            if (t >= range.lower && t <= range.upper)
                b.append(t);
        return a.size() <= 9 || b.size() < 4 ? a : b;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return QString::number(tick, 'g', 3);
    }
};

} // namespace

BubbleChart::BubbleChart(QWidget *parent) : AnalysisChart(parent)
{
    plot()->xAxis->grid()->setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 0, Qt::DotLine));
    plot()->yAxis->grid()->setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 0, Qt::DotLine));
    m_quadrantLabels = QStringList(4);
    forwardClicks([this](const QPoint &pos) { return bubbleAt(pos); },
                  [this](int index) { emit bubbleClicked(index); });
    refresh();
}

void BubbleChart::setBubbles(const QList<Bubble> &bubbles)
{
    setAndRefresh(m_bubbles, bubbles);
}

void BubbleChart::setHideCrowdedLabels(bool on)
{
    setAndRefresh(m_hideCrowded, on);
}

void BubbleChart::setAxisLabels(const QString &x, const QString &y)
{
    m_xLabel = x;
    m_yLabel = y;
    refresh();
}

void BubbleChart::setQuadrantLines(double x, double y)
{
    m_qx = x;
    m_qy = y;
    refresh();
}

void BubbleChart::setQuadrantLabels(const QStringList &labels)
{
    m_quadrantLabels = labels;
    while (m_quadrantLabels.size() < 4)
        m_quadrantLabels.append(QString());
    refresh();
}

void BubbleChart::setLogarithmic(bool on)
{
    setAndRefresh(m_log, on);
}

void BubbleChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

static bool drawable(const Bubble &b, bool log)
{
    return std::isfinite(b.x) && std::isfinite(b.y) && (!log || (b.x > 0 && b.y > 0));
}

QColor BubbleChart::bubbleColour(int index) const
{
    if (index < 0 || index >= m_bubbles.size() || !drawable(m_bubbles.at(index), m_log))
        return {};
    const Bubble &b = m_bubbles.at(index);
    QColor c = quadrantColour(!std::isfinite(m_qx) || b.x >= m_qx, !std::isfinite(m_qy) || b.y >= m_qy);
    c.setAlpha(170);
    return c;
}

double BubbleChart::bubbleDiameter(int index) const
{
    if (index < 0 || index >= m_bubbles.size())
        return 0;
    const double minD = 8 * scale();
    const double maxD = 64 * scale();
    const double s = m_bubbles.at(index).size;
    if (!(s > 0) || !(m_maxSize > 0))
        return minD;
    return std::max(minD, maxD * std::sqrt(s / m_maxSize));
}

QPointF BubbleChart::bubbleCentre(int index) const
{
    if (index < 0 || index >= m_bubbles.size())
        return {};
    const Bubble &b = m_bubbles.at(index);
    const QPointF inPlot(plot()->xAxis->coordToPixel(b.x), plot()->yAxis->coordToPixel(b.y));
    return plot()->mapTo(this, inPlot.toPoint());
}

int BubbleChart::bubbleAt(const QPoint &pos) const
{
    int best = -1;
    double bestDiameter = 1e9;
    for (int i = 0; i < m_bubbles.size(); ++i) {
        if (!drawable(m_bubbles.at(i), m_log))
            continue;
        const double d = bubbleDiameter(i);
        if (QLineF(bubbleCentre(i), pos).length() <= d / 2 && d < bestDiameter) {
            best = i;
            bestDiameter = d;
        }
    }
    return best;
}

void BubbleChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    m_labels.clear();
    applyFonts();
    p->xAxis->setLabel(m_xLabel);
    p->yAxis->setLabel(m_yLabel);
    for (QCPAxis *axis : {p->xAxis, p->yAxis}) {
        axis->setScaleType(m_log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (m_log)
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new RatioTicker));
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }

    m_maxSize = 0;
    for (const Bubble &b : m_bubbles)
        if (drawable(b, m_log) && std::isfinite(b.size))
            m_maxSize = std::max(m_maxSize, b.size);

    // Largest first so that small bubbles stay visible on top.
    QList<int> order;
    for (int i = 0; i < m_bubbles.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_bubbles.at(a).size > m_bubbles.at(b).size; });
    double xlo = std::isfinite(m_qx) ? m_qx : 1e300, xhi = std::isfinite(m_qx) ? m_qx : -1e300;
    double ylo = std::isfinite(m_qy) ? m_qy : 1e300, yhi = std::isfinite(m_qy) ? m_qy : -1e300;
    m_drawn = 0;
    for (int i = 0; i < m_bubbles.size(); ++i)
        m_labels.append(nullptr);
    for (int i : order) {
        const Bubble &b = m_bubbles.at(i);
        if (!drawable(b, m_log))
            continue;
        ++m_drawn;
        xlo = std::min(xlo, b.x);
        xhi = std::max(xhi, b.x);
        ylo = std::min(ylo, b.y);
        yhi = std::max(yhi, b.y);
        QCPGraph *g = p->addGraph();
        g->setName(b.label);
        g->setLineStyle(QCPGraph::lsNone);
        const QColor fill = bubbleColour(i);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill.darker(140), fill, bubbleDiameter(i)));
        g->setData({b.x}, {b.y});
        g->removeFromLegend();
        auto *label = new QCPItemText(p);
        label->setClipToAxisRect(false);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setFont(smallFont());
        label->setColor(QColor(0x22, 0x22, 0x22));
        label->setBrush(QColor(255, 255, 255, 190));
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setText(b.label);
        m_labels[i] = label;
    }

    if (std::isfinite(m_qx)) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(m_qx, m_log ? 1e-3 : 0);
        line->point2->setCoords(m_qx, 1);
        line->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2 * scale(), Qt::DashLine));
    }
    if (std::isfinite(m_qy)) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(m_log ? 1e-3 : 0, m_qy);
        line->point2->setCoords(1, m_qy);
        line->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2 * scale(), Qt::DashLine));
    }
    const QPointF corners[] = {{0.99, 0.01}, {0.01, 0.01}, {0.01, 0.99}, {0.99, 0.99}};
    const Qt::Alignment aligns[] = {Qt::AlignRight | Qt::AlignTop, Qt::AlignLeft | Qt::AlignTop,
                                    Qt::AlignLeft | Qt::AlignBottom, Qt::AlignRight | Qt::AlignBottom};
    for (int q = 0; q < 4; ++q) {
        if (m_quadrantLabels.value(q).isEmpty())
            continue;
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(corners[q]);
        text->setPositionAlignment(aligns[q]);
        text->setTextAlignment(aligns[q] & Qt::AlignHorizontal_Mask);
        text->setFont(smallFont());
        text->setColor(QColor(0x66, 0x66, 0x66));
        text->setText(m_quadrantLabels.at(q));
    }
    if (m_drawn == 0 && !m_emptyText.isEmpty()) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setFont(labelFont());
        text->setColor(QColor(0x55, 0x55, 0x55));
        text->setText(m_emptyText);
    }

    // Ranges: symmetric around the quadrant lines on a log scale, with air
    // for the bubbles.
    if (m_drawn == 0) {
        xlo = ylo = m_log ? 0.5 : 0;
        xhi = yhi = 2;
    }
    auto expand = [this](double lo, double hi, double centre) {
        if (m_log) {
            double r = std::max(std::abs(std::log(hi / centre)), std::abs(std::log(lo / centre)));
            r = std::max(r, std::log(1.5)) * 1.18;
            return QCPRange(centre * std::exp(-r), centre * std::exp(r));
        }
        const double pad = std::max((hi - lo) * 0.12, 0.1);
        return QCPRange(std::max(lo > 0 ? 0.0 : lo - pad, lo - pad), hi + pad);
    };
    p->xAxis->setRange(expand(xlo, xhi, std::isfinite(m_qx) ? m_qx : 1.0));
    p->yAxis->setRange(expand(ylo, yhi, std::isfinite(m_qy) ? m_qy : 1.0));
}

void BubbleChart::relayout()
{
    // Greedy label placement: try right, left, above, below each bubble
    // (largest bubbles first) and keep the first spot that overlaps no
    // placed label and stays inside the axis rect.
    QCustomPlot *p = plot();
    const QRectF area = p->axisRect()->rect();
    QList<QRectF> placed;
    QList<int> order;
    for (int i = 0; i < m_labels.size(); ++i)
        if (m_labels.at(i))
            order.append(i);
    // Bubbles themselves are obstacles too.
    QList<QRectF> discs;
    for (int i : order) {
        const Bubble &b = m_bubbles.at(i);
        const QPointF c(p->xAxis->coordToPixel(b.x), p->yAxis->coordToPixel(b.y));
        const double r = bubbleDiameter(i) / 2 * 0.7;
        discs.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    for (int k = 0; k < order.size(); ++k) {
        const int i = order.at(k);
        QCPItemText *label = m_labels.at(i);
        const Bubble &b = m_bubbles.at(i);
        const QPointF c(p->xAxis->coordToPixel(b.x), p->yAxis->coordToPixel(b.y));
        const double r = bubbleDiameter(i) / 2;
        const QFontMetricsF fm(label->font());
        const QSizeF size(fm.horizontalAdvance(label->text()) + 4, fm.height());
        const QPointF candidates[] = {
            {c.x() + r + 2, c.y() - size.height() / 2},   {c.x() - r - 2 - size.width(), c.y() - size.height() / 2},
            {c.x() - size.width() / 2, c.y() - r - size.height()}, {c.x() - size.width() / 2, c.y() + r},
            {c.x() + r * 0.7, c.y() - r * 0.7 - size.height()},   {c.x() + r * 0.7, c.y() + r * 0.7},
            {c.x() - r * 0.7 - size.width(), c.y() - r * 0.7 - size.height()},
            {c.x() - r * 0.7 - size.width(), c.y() + r * 0.7},
            {c.x() + r + 2, c.y() - size.height() * 1.5},  {c.x() + r + 2, c.y() + size.height() * 0.5},
        };
        QRectF chosen;
        for (const QPointF &tl : candidates) {
            const QRectF rect(tl, size);
            if (!area.contains(rect))
                continue;
            bool free = true;
            for (const QRectF &other : std::as_const(placed))
                free = free && !other.intersects(rect);
            for (int d = 0; d < discs.size() && free; ++d)
                free = d == k || !discs.at(d).intersects(rect);
            if (free) {
                chosen = rect;
                break;
            }
        }
        label->setVisible(!chosen.isNull() || !m_hideCrowded);
        if (chosen.isNull() && m_hideCrowded)
            continue;
        if (chosen.isNull()) {
            // Nothing free: put it to the right, kept inside the plot.
            QRectF rect(candidates[0], size);
            if (rect.right() > area.right())
                rect.moveRight(c.x() - r - 2);
            chosen = rect;
        }
        placed.append(chosen);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setCoords(chosen.topLeft());
    }
}

} // namespace regionlens::widgets
