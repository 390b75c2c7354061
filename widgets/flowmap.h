// SPDX-License-Identifier: GPL-3.0-or-later
// A flow map: curved arrows from origin to destination drawn over the
// prefecture map (a ChoroplethMap underneath, so hover, click selection,
// insets and the tile grid come with it). Arrow width is proportional to the
// flow; a top-N filter and "only the focus region's in- and outflows" keep
// the map readable; hovering an arrow shows origin, destination and value.
// With a focus region and focusOnly (the region view) the arrows run from
// and to a ring around the focus, each pair of partners in two offset lanes
// (in and out never share a line), heads in the middle of the arcs (no pile
// of heads around the focus), and the largest partners are labelled with
// their net exchange; featuresAround() gives the features to zoom to.
// Renders plain value structs; knows nothing about where they come from.
#pragma once

#include "widgets/choroplethmap.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace regionlens::widgets {

struct FlowArrow
{
    QString origin;       // region code, as in MapFeature::code
    QString destination;
    double value = 0.0;   // movers; ≤ 0 or NaN are never drawn
};

class FlowMap : public ChoroplethMap
{
    Q_OBJECT

public:
    // How an arrow is coloured.
    enum class Direction { Other, Inflow, Outflow };

    struct ArrowShape
    {
        FlowArrow flow;
        int rank = -1;          // index into visibleFlows()
        Direction direction = Direction::Other;
        QPointF from;           // origin anchor
        QPointF to;             // arrow tip
        QPainterPath curve;     // centre line, origin → base of the head
        QPolygonF head;         // filled triangle
        double width = 0.0;     // pen width in pixels
    };

    // A partner label of the region view: name and net exchange with the focus.
    struct PartnerLabel
    {
        QString code;
        QString text;
        QRectF rect;            // where it is drawn (target coordinates)
    };

    explicit FlowMap(QWidget *parent = nullptr);

    // --- data and filters -------------------------------------------------------
    void setFlows(const QList<FlowArrow> &flows);
    const QList<FlowArrow> &flows() const { return m_flows; }
    // Largest n flows after the focus filter (0 = all).
    void setTopN(int n);
    int topN() const { return m_topN; }
    // The region whose inflows and outflows are coloured apart (and, with
    // focusOnly, the only ones drawn). Empty = none.
    void setFocusRegion(const QString &code);
    QString focusRegion() const { return m_focus; }
    void setFocusOnly(bool on);
    bool focusOnly() const { return m_focusOnly; }
    // One flow drawn emphasised (e.g. the row picked in a table); empty = none.
    void setHighlightedFlow(const QString &origin, const QString &destination);
    // Display names for tooltips and the legend (code → name).
    void setRegionNames(const QHash<QString, QString> &names);
    void setValueUnit(const QString &unit);   // e.g. "persons"
    // The base map's fill is neutral unless values are set with setValues().
    void setNeutralBase();

    // The flows that are drawn, largest first (filters applied).
    QList<FlowArrow> visibleFlows() const;
    // Widest arrow in pixels for a map of this size (the largest visible flow).
    double maxArrowWidth(const QRectF &target) const;
    // Arrow width for value when the largest visible flow is maxValue.
    static double arrowWidth(double value, double maxValue, double maxWidth);
    // The arrows as drawn into target, in drawing order (smallest first).
    QList<ArrowShape> arrowShapes(const QRectF &target) const;
    // Region view: the labels of the largest partners (by in + out of the
    // visible flows, at most labelCount()), placed clear of each other.
    QList<PartnerLabel> partnerLabels(const QRectF &target) const;
    void setLabelCount(int n);
    int labelCount() const { return m_labelCount; }
    bool hubMode() const { return m_focusOnly && !m_focus.isEmpty(); }
    // The features to draw for a map zoomed to codes (e.g. a region and its
    // partners): those codes and every feature whose main part's centre lies
    // in their main parts' bounding box, widened by margin of its size.
    static QList<MapFeature> featuresAround(const QList<MapFeature> &features, const QStringList &codes,
                                            double margin = 0.12);
    // Index into visibleFlows() of the arrow under a widget position, or −1.
    int flowAt(const QPointF &pos) const;
    QString flowToolTip(const FlowArrow &flow) const;

    QColor directionColour(Direction direction) const;
    void setLargeFonts(bool on) override;
    // Where the arrow legend was last drawn on screen (widget coordinates).
    QRectF arrowLegendRect() const { return m_legendBox; }
    bool largeFonts() const { return m_large; }

    // --- output: the map with the arrows and their legend; toImage() and the
    // save functions of ChoroplethMap draw through it --------------------------
    void render(QPainter *painter, const QRectF &target) const override;

signals:
    // Empty origin when the pointer leaves the arrows.
    void flowHovered(const QString &origin, const QString &destination, double value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void paintArrows(QPainter *painter, const QRectF &target, const QList<ArrowShape> &shapes,
                     bool interactive) const;
    // Returns where the legend went: the corner of the map hiding the fewest arrows.
    QRectF paintArrowLegend(QPainter *painter, const QRectF &target, const QList<ArrowShape> &shapes) const;
    QList<ArrowShape> buildShapes(const QRectF &target, const QHash<QString, QPointF> &anchors) const;
    // Region view: lanes from and to a ring around the focus, heads mid-arc.
    bool hubShape(ArrowShape &a, const QPointF &hub, const QPointF &partner, double ring, double s) const;
    QList<PartnerLabel> placeLabels(const QRectF &target, const QHash<QString, QPointF> &anchors) const;
    void paintLabels(QPainter *painter, const QList<PartnerLabel> &labels) const;
    double hubRadius(const QRectF &target) const;
    const QList<ArrowShape> &cachedShapes() const;
    void invalidate();
    QString nameOf(const QString &code) const;

    bool m_neutral = false;
    QList<FlowArrow> m_flows;
    int m_topN = 30;
    int m_labelCount = 6;
    QString m_focus;
    bool m_focusOnly = false;
    QString m_highlightOrigin;
    QString m_highlightDestination;
    QHash<QString, QString> m_names;
    QString m_unit;
    bool m_large = false;
    QRectF m_legendBox;   // where the arrow legend was last drawn on screen
    int m_hoveredFlow = -1;

    mutable QList<ArrowShape> m_shapes;
    mutable QRectF m_shapesTarget;
    mutable bool m_shapesValid = false;
};

} // namespace regionlens::widgets
