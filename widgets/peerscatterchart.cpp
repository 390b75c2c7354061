// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerscatterchart.h"

#include <qcustomplot.h>

#include <QHash>
#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

const QColor kOther(0xbb, 0xbb, 0xbb);
const QColor kPeer(0xe6, 0x9f, 0x00);    // Okabe–Ito orange
const QColor kFocus(0x00, 0x72, 0xb2);   // Okabe–Ito blue

bool drawable(const ScatterPoint &p)
{
    return std::isfinite(p.x) && std::isfinite(p.y);
}

} // namespace

PeerScatterChart::PeerScatterChart(QWidget *parent) : AnalysisChart(parent)
{
    plot()->xAxis->grid()->setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 0, Qt::DotLine));
    plot()->yAxis->grid()->setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 0, Qt::DotLine));
    plot()->installEventFilter(this);
    forwardClicks([this](const QPoint &pos) { return pointAt(pos); }, [this](int i) { emit pointClicked(i); });
    placeLegendBelow();
    refresh();
}

void PeerScatterChart::setPoints(const QList<ScatterPoint> &points)
{
    setAndRefresh(m_points, points);
}

void PeerScatterChart::setAxisLabels(const QString &x, const QString &y)
{
    m_xLabel = x;
    m_yLabel = y;
    refresh();
}

void PeerScatterChart::setFitLine(double slope, double intercept, const QString &caption)
{
    m_fit = std::isfinite(slope) && std::isfinite(intercept);
    m_slope = slope;
    m_intercept = intercept;
    m_fitCaption = caption;
    refresh();
}

void PeerScatterChart::setLegendLabels(const QString &others, const QString &peers, const QString &focus)
{
    m_othersLabel = others;
    m_peersLabel = peers;
    m_focusLabel = focus;
    refresh();
}

void PeerScatterChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QStringList PeerScatterChart::visibleLabels() const
{
    QStringList out;
    for (const QCPItemText *label : m_labels)
        if (label && label->visible())
            out << label->text();
    return out;
}

int PeerScatterChart::pointAt(const QPoint &pos) const
{
    const QPoint p = plot()->mapFrom(this, pos);
    int best = -1;
    double bestDistance = 7.0 * scale();
    for (int i = 0; i < m_points.size(); ++i) {
        const ScatterPoint &pt = m_points.at(i);
        if (!drawable(pt))
            continue;
        const double d = QLineF(QPointF(plot()->xAxis->coordToPixel(pt.x), plot()->yAxis->coordToPixel(pt.y)), p).length();
        // Highlighted points win over the grey ones under them.
        if (d < bestDistance || (best >= 0 && d <= 7.0 * scale() && pt.role > m_points.at(best).role)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

bool PeerScatterChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == plot() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = pointAt(plot()->mapTo(this, help->pos()));
        if (i >= 0) {
            const ScatterPoint &pt = m_points.at(i);
            QToolTip::showText(help->globalPos(), pt.tooltip.isEmpty() ? pt.label : pt.tooltip, plot());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return AnalysisChart::eventFilter(watched, event);
}

void PeerScatterChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    m_labels.clear();
    applyFonts();
    p->xAxis->setLabel(m_xLabel);
    p->yAxis->setLabel(m_yLabel);
    const double s = scale();
    const QColor colours[] = {kOther, kPeer, kFocus};
    const double sizes[] = {4.5 * s, 8 * s, 12 * s};
    const QString names[] = {m_othersLabel, m_peersLabel, m_focusLabel};
    QCPGraph *graphs[3] = {};
    for (int role = 0; role < 3; ++role) {
        graphs[role] = p->addGraph();
        graphs[role]->setLineStyle(QCPGraph::lsNone);
        const QColor c = colours[role];
        graphs[role]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c.darker(role == 0 ? 110 : 140), c,
                                                      sizes[role]));
        graphs[role]->setName(names[role]);
    }
    double xlo = 1e300, xhi = -1e300, ylo = 1e300, yhi = -1e300;
    m_drawn = 0;
    for (const ScatterPoint &pt : std::as_const(m_points)) {
        m_labels.append(nullptr);
        if (!drawable(pt))
            continue;
        ++m_drawn;
        graphs[pt.role]->addData(pt.x, pt.y);
        xlo = std::min(xlo, pt.x);
        xhi = std::max(xhi, pt.x);
        ylo = std::min(ylo, pt.y);
        yhi = std::max(yhi, pt.y);
        if (pt.role == ScatterPoint::Other)
            continue;
        auto *label = new QCPItemText(p);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setFont(pt.role == ScatterPoint::Focus ? tickFont() : smallFont());
        label->setColor(pt.role == ScatterPoint::Focus ? kFocus.darker(130) : QColor(0x33, 0x33, 0x33));
        label->setBrush(QColor(255, 255, 255, 190));
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setText(pt.label);
        m_labels.last() = label;
    }
    for (int role = 0; role < 3; ++role)
        if (graphs[role]->dataCount() == 0 || names[role].isEmpty())
            graphs[role]->removeFromLegend();
    p->legend->setVisible(m_drawn > 0);
    if (m_drawn == 0) {
        xlo = ylo = 0;
        xhi = yhi = 1;
    }
    const auto padded = [](double lo, double hi) {
        const double pad = hi > lo ? (hi - lo) * 0.06 : std::max(std::abs(lo) * 0.1, 1.0);
        return QCPRange(lo - pad, hi + pad);
    };
    p->xAxis->setRange(padded(xlo, xhi));
    p->yAxis->setRange(padded(ylo, yhi));
    // Large amounts written out with separators ("1,000,000,000", not "1E+09").
    for (QCPAxis *axis : {p->xAxis, p->yAxis}) {
        const bool large = std::max(std::abs(axis->range().lower), std::abs(axis->range().upper)) >= 1e5;
        axis->setNumberFormat(large ? u"f"_s : u"gb"_s);
        axis->setNumberPrecision(large ? 0 : 6);
    }
    if (m_fit && m_drawn > 1) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(xlo, m_intercept + m_slope * xlo);
        line->point2->setCoords(xhi, m_intercept + m_slope * xhi);
        line->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5 * s, Qt::DashLine));
        line->setObjectName(u"fit"_s);
    }
    if (!m_fitCaption.isEmpty() && m_drawn > 1) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.99, 0.01);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        text->setFont(smallFont());
        text->setBrush(QColor(255, 255, 255, 220));
        text->setPadding(QMargins(4, 2, 4, 2));
        text->setText(m_fitCaption);
    }
    // Nothing to draw: the message alone, no empty axes.
    p->xAxis->setVisible(m_drawn > 0);
    p->yAxis->setVisible(m_drawn > 0);
    if (m_drawn == 0 && !m_emptyText.isEmpty()) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setFont(labelFont());
        text->setColor(QColor(0x55, 0x55, 0x55));
        text->setText(m_emptyText);
    }
}

void PeerScatterChart::relayout()
{
    // The region first, then the peers: the first free spot of eight around
    // the dot that stays in the plot and overlaps no name placed and no
    // highlighted dot; none free: hidden (the region's name: to the right).
    QCustomPlot *p = plot();
    const QRectF area = p->axisRect()->rect();
    QList<QRectF> taken;            // names placed
    QHash<int, QRectF> dots;        // highlighted dots, by point
    QList<int> order;
    for (int i = 0; i < m_labels.size(); ++i)
        if (m_labels.at(i)) {
            order << i;
            const ScatterPoint &pt = m_points.at(i);
            const QPointF c(p->xAxis->coordToPixel(pt.x), p->yAxis->coordToPixel(pt.y));
            const double r = (pt.role == ScatterPoint::Focus ? 6 : 4) * scale();
            dots.insert(i, QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_points.at(a).role > m_points.at(b).role; });
    for (int i : order) {
        QCPItemText *label = m_labels.at(i);
        const ScatterPoint &pt = m_points.at(i);
        const QPointF c(p->xAxis->coordToPixel(pt.x), p->yAxis->coordToPixel(pt.y));
        const double r = (pt.role == ScatterPoint::Focus ? 7 : 5) * scale();
        const QFontMetricsF fm(label->font());
        const QSizeF size(fm.horizontalAdvance(label->text()) + 4, fm.height());
        const double w = size.width(), h = size.height();
        const QPointF spots[] = {{c.x() + r, c.y() - h / 2}, {c.x() - r - w, c.y() - h / 2},
                                 {c.x() - w / 2, c.y() - r - h}, {c.x() - w / 2, c.y() + r},
                                 {c.x() + r * 0.7, c.y() - r * 0.7 - h}, {c.x() + r * 0.7, c.y() + r * 0.7},
                                 {c.x() - r * 0.7 - w, c.y() - r * 0.7 - h}, {c.x() - r * 0.7 - w, c.y() + r * 0.7}};
        QRectF chosen;
        for (const QPointF &tl : spots) {
            const QRectF rect(tl, size);
            // No name placed (the region's too, even over this dot) and no other highlighted dot.
            const bool free = area.contains(rect)
                              && std::none_of(taken.cbegin(), taken.cend(),
                                              [&](const QRectF &o) { return o.intersects(rect); })
                              && std::none_of(dots.keyValueBegin(), dots.keyValueEnd(), [&](const auto &d) {
                                     return d.first != i && d.second.intersects(rect);
                                 });
            if (free) {
                chosen = rect;
                break;
            }
        }
        if (chosen.isNull() && pt.role == ScatterPoint::Focus)
            chosen = QRectF(spots[c.x() + r + w > area.right() ? 1 : 0], size);
        label->setVisible(!chosen.isNull());
        if (chosen.isNull())
            continue;
        taken << chosen;
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setCoords(chosen.topLeft());
    }
}

} // namespace regionlens::widgets
