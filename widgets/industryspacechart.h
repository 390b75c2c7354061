// SPDX-License-Identifier: GPL-3.0-or-later
// Industry space (Hidalgo et al. 2007, "the product space"): industries as
// nodes on a circle in the given order (e.g. by complexity), node area
// proportional to a size (national employment), edges by proximity (the
// maximum spanning tree darker, the strongest other links lighter, width ∝
// proximity), nodes in blue where the region is specialised (RCA ≥ 1), grey
// elsewhere, labelled outside the circle. The value structs in, never SQL;
// the edges come from the adapter (analysis::industrySpaceEdges).
#pragma once

#include "widgets/analysischart.h"

#include <QList>
#include <QPointF>

namespace regionlens::widgets {

struct IndustrySpaceNode
{
    QString label;
    double size = 0;        // area ∝ size; ≤ 0 or NaN draws the smallest node
    double rca = 0;         // ≥ 1: specialised (blue); NaN: no data (outlined)
};

struct IndustrySpaceEdge
{
    int a = 0;
    int b = 0;
    double proximity = 0;
    bool spanning = false;  // part of the maximum spanning tree
};

class IndustrySpaceChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit IndustrySpaceChart(QWidget *parent = nullptr);

    // Nodes in circle order (clockwise from the top); edges by node index.
    void setNetwork(const QList<IndustrySpaceNode> &nodes, const QList<IndustrySpaceEdge> &edges);
    const QList<IndustrySpaceNode> &nodes() const { return m_nodes; }
    const QList<IndustrySpaceEdge> &edges() const { return m_edges; }
    void setEmptyText(const QString &text);

    // Widget position of node i's centre and its drawn colour (tests, hit testing).
    QPointF nodeCentre(int index) const;
    QColor nodeColour(int index) const;
    int nodeAt(const QPoint &pos) const;

signals:
    void nodeClicked(int index);

protected:
    void rebuild() override;
    void relayout() override;

private:
    QPointF position(int index) const;   // plot coordinates
    double radius(int index) const;      // plot units

    QList<IndustrySpaceNode> m_nodes;
    QList<IndustrySpaceEdge> m_edges;
    QString m_emptyText;
    double m_maxSize = 0;
};

} // namespace regionlens::widgets
