// SPDX-License-Identifier: GPL-3.0-or-later
#include "industryspacechart.h"

#include <qcustomplot.h>

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace regionlens::widgets {

namespace {

const QColor kSpecialised(0x00, 0x72, 0xb2);   // Okabe–Ito blue
const QColor kOther(0xbd, 0xbd, 0xbd);
constexpr double kExtent = 1.55;               // until laid out: the circle has radius 1

} // namespace

IndustrySpaceChart::IndustrySpaceChart(QWidget *parent) : AnalysisChart(parent)
{
    for (QCPAxis *axis : {plot()->xAxis, plot()->yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
        axis->setRange(-kExtent, kExtent);
    }
    forwardClicks([this](const QPoint &pos) { return nodeAt(pos); }, [this](int index) { emit nodeClicked(index); });
    refresh();
}

void IndustrySpaceChart::setNetwork(const QList<IndustrySpaceNode> &nodes, const QList<IndustrySpaceEdge> &edges)
{
    m_nodes = nodes;
    m_edges = edges;
    refresh();
}

void IndustrySpaceChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QPointF IndustrySpaceChart::position(int index) const
{
    const double angle = std::numbers::pi / 2.0 - 2.0 * std::numbers::pi * index / std::max<qsizetype>(1, m_nodes.size());
    return {std::cos(angle), std::sin(angle)};
}

double IndustrySpaceChart::radius(int index) const
{
    const double size = m_nodes.at(index).size;
    const double share = m_maxSize > 0.0 && std::isfinite(size) && size > 0.0 ? std::sqrt(size / m_maxSize) : 0.0;
    const double largest = std::min(0.16, 2.2 / std::max<qsizetype>(8, m_nodes.size()));
    return largest * (0.3 + 0.7 * share);
}

QColor IndustrySpaceChart::nodeColour(int index) const
{
    if (index < 0 || index >= m_nodes.size())
        return {};
    const double rca = m_nodes.at(index).rca;
    return std::isfinite(rca) && rca >= 1.0 ? kSpecialised : kOther;
}

QPointF IndustrySpaceChart::nodeCentre(int index) const
{
    if (index < 0 || index >= m_nodes.size())
        return {};
    const QPointF p = position(index);
    return {plot()->xAxis->coordToPixel(p.x()) + plot()->x(), plot()->yAxis->coordToPixel(p.y()) + plot()->y()};
}

int IndustrySpaceChart::nodeAt(const QPoint &pos) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF c = nodeCentre(i);
        const double r = std::max(6.0, std::abs(plot()->xAxis->coordToPixel(radius(i)) - plot()->xAxis->coordToPixel(0)));
        if (QLineF(c, QPointF(pos)).length() <= r)
            return i;
    }
    return -1;
}

void IndustrySpaceChart::relayout()
{
    // A round circle with room for the labels: one plot unit is the circle's
    // radius in pixels on both axes, the widest label fits beside it.
    const QRect rect = plot()->axisRect()->rect();
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    // The largest radius at which every label (beside its node, away from
    // the centre) stays inside the plot.
    const QFontMetricsF metrics(smallFont());
    const double gap = 8.0 * scale();
    double radius = std::min(rect.width(), rect.height()) / 2.0 - gap;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF p = position(i);
        const double w = metrics.horizontalAdvance(m_nodes.at(i).label) + gap;
        const double h = metrics.height() + gap;
        if (std::abs(p.x()) > 0.05)
            radius = std::min(radius, (rect.width() / 2.0 - w) / std::abs(p.x()));
        else
            radius = std::min(radius, rect.width() / 2.0 - w / 2.0);
        if (std::abs(p.y()) > 0.05)
            radius = std::min(radius, (rect.height() / 2.0 - h) / std::abs(p.y()));
    }
    radius = std::max(20.0, radius / 1.12);   // the label sits just outside the node
    const double halfWidth = rect.width() / 2.0 / radius;
    const double halfHeight = rect.height() / 2.0 / radius;
    plot()->xAxis->setRange(-halfWidth, halfWidth);
    plot()->yAxis->setRange(-halfHeight, halfHeight);
}

void IndustrySpaceChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearItems();
    m_maxSize = 0.0;
    for (const IndustrySpaceNode &n : m_nodes)
        if (std::isfinite(n.size))
            m_maxSize = std::max(m_maxSize, n.size);
    relayout();
    if (m_nodes.isEmpty()) {
        auto *empty = new QCPItemText(p);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.5);
        empty->setText(m_emptyText);
        empty->setFont(baseFont());
        empty->setColor(QColor(0x66, 0x66, 0x66));
        return;
    }
    double strongest = 0.0;
    for (const IndustrySpaceEdge &e : m_edges)
        strongest = std::max(strongest, e.proximity);
    // Edges first (under the nodes): the tree darker.
    for (const IndustrySpaceEdge &e : m_edges) {
        if (e.a < 0 || e.b < 0 || e.a >= m_nodes.size() || e.b >= m_nodes.size())
            continue;
        auto *line = new QCPItemLine(p);
        line->start->setCoords(position(e.a));
        line->end->setCoords(position(e.b));
        const double w = strongest > 0.0 ? e.proximity / strongest : 0.0;
        line->setPen(QPen(e.spanning ? QColor(0x55, 0x55, 0x55) : QColor(0xaa, 0xaa, 0xaa),
                          (0.6 + 2.4 * w) * scale(), e.spanning ? Qt::SolidLine : Qt::DashLine));
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF c = position(i);
        const double r = radius(i);
        auto *node = new QCPItemEllipse(p);
        node->topLeft->setCoords(c.x() - r, c.y() + r);
        node->bottomRight->setCoords(c.x() + r, c.y() - r);
        const QColor colour = nodeColour(i);
        node->setBrush(QBrush(colour));
        node->setPen(std::isfinite(m_nodes.at(i).rca) ? QPen(colour.darker(130), 1.0) : QPen(Qt::black, 1.0, Qt::DotLine));
        // The label outside the circle, aligned away from the centre.
        auto *label = new QCPItemText(p);
        const double out = 1.0 + r + 0.06;
        label->position->setCoords(c.x() * out, c.y() * out);
        Qt::Alignment align = Qt::AlignVCenter;
        if (c.x() > 0.05)
            align |= Qt::AlignLeft;
        else if (c.x() < -0.05)
            align |= Qt::AlignRight;
        else
            align = (c.y() > 0 ? Qt::AlignBottom : Qt::AlignTop) | Qt::AlignHCenter;
        label->setPositionAlignment(align);
        label->setText(m_nodes.at(i).label);
        label->setFont(smallFont());
        label->setColor(std::isfinite(m_nodes.at(i).rca) && m_nodes.at(i).rca >= 1.0 ? kSpecialised.darker(120)
                                                                                       : QColor(0x44, 0x44, 0x44));
    }
}

} // namespace regionlens::widgets
