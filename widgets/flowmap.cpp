// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowmap.h"

#include "analysischart.h"
#include "chartrendering.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

QString formatCount(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 0);
}

// 1, 2 or 5 × 10^k at or below v: legend sample values.
double niceBelow(double v)
{
    if (!(v > 0))
        return 0.0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= v)
            return m * p;
    return p;
}

double lengthOf(QPointF p)
{
    return std::hypot(p.x(), p.y());
}

// Size factor of text and arrows for an output of this size.
double sizeFactor(const QRectF &target)
{
    return std::clamp(std::min(target.width(), target.height()) / 600.0, 0.6, 3.0);
}

} // namespace

FlowMap::FlowMap(QWidget *parent) : ChoroplethMap(parent)
{
    QFont f = font();
    f.setFamilies(QStringList{f.family()} + cjkFontFamilies());
    setFont(f);
}

void FlowMap::setFlows(const QList<FlowArrow> &flows)
{
    m_flows = flows;
    m_hoveredFlow = -1;
    invalidate();
}

void FlowMap::setTopN(int n)
{
    m_topN = std::max(0, n);
    invalidate();
}

void FlowMap::setFocusRegion(const QString &code)
{
    m_focus = code;
    invalidate();
}

void FlowMap::setFocusOnly(bool on)
{
    m_focusOnly = on;
    invalidate();
}

void FlowMap::setHighlightedFlow(const QString &origin, const QString &destination)
{
    m_highlightOrigin = origin;
    m_highlightDestination = destination;
    update();
}

void FlowMap::setRegionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    update();
}

void FlowMap::setValueUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

void FlowMap::setNeutralBase()
{
    // One light class for every region: the arrows carry the information.
    m_neutral = true;
    QHash<QString, double> zeros;
    for (const MapFeature &f : features())
        zeros.insert(f.code, 0.0);
    setPalette(Palette::Blues);
    setClassification(analysis::ClassificationMethod::UserBreaks, 2);
    setUserBreaks({1.0, 2.0});
    setValues(zeros);
    setLegendVisible(false);
}

void FlowMap::setLargeFonts(bool on)
{
    ChoroplethMap::setLargeFonts(on);
    m_large = on;
    invalidate();
}

void FlowMap::invalidate()
{
    m_shapesValid = false;
    update();
}

QString FlowMap::nameOf(const QString &code) const
{
    const QString name = m_names.value(code);
    if (!name.isEmpty())
        return name;
    for (const MapFeature &f : features())
        if (f.code == code && !f.name.isEmpty())
            return f.name;
    return code;
}

QList<FlowArrow> FlowMap::visibleFlows() const
{
    QList<FlowArrow> out;
    out.reserve(m_flows.size());
    for (const FlowArrow &f : m_flows) {
        if (!(f.value > 0) || f.origin == f.destination)
            continue;
        if (m_focusOnly && !m_focus.isEmpty() && f.origin != m_focus && f.destination != m_focus)
            continue;
        out.append(f);
    }
    // Largest first; ties by origin, then destination, so the order is stable.
    std::sort(out.begin(), out.end(), [](const FlowArrow &a, const FlowArrow &b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (a.origin != b.origin)
            return a.origin < b.origin;
        return a.destination < b.destination;
    });
    if (m_topN > 0 && out.size() > m_topN)
        out.resize(m_topN);
    return out;
}

double FlowMap::maxArrowWidth(const QRectF &target) const
{
    // The region view's lanes run side by side: a little narrower.
    return std::clamp(std::min(target.width(), target.height()) * 0.024, 4.0, 40.0) * (m_large ? 1.25 : 1.0)
        * (hubMode() ? 0.7 : 1.0);
}

double FlowMap::arrowWidth(double value, double maxValue, double maxWidth)
{
    if (!(value > 0) || !(maxValue > 0))
        return 0.0;
    // Proportional to the flow; a hairline floor keeps the smallest visible.
    return std::max(0.8, maxWidth * value / maxValue);
}

QColor FlowMap::directionColour(Direction direction) const
{
    // Okabe–Ito: blue in, vermillion out; bluish green when no region is in focus.
    switch (direction) {
    case Direction::Inflow:
        return QColor(0x00, 0x72, 0xb2);
    case Direction::Outflow:
        return QColor(0xd5, 0x5e, 0x00);
    case Direction::Other:
        break;
    }
    return m_focus.isEmpty() ? QColor(0x00, 0x7a, 0x5a) : QColor(0x8c, 0x8c, 0x8c);
}

QList<FlowMap::ArrowShape> FlowMap::buildShapes(const QRectF &target,
                                                const QHash<QString, QPointF> &anchors) const
{
    const QList<FlowArrow> visible = visibleFlows();
    QList<ArrowShape> shapes;
    if (visible.isEmpty())
        return shapes;
    const double maxValue = visible.first().value;
    const double maxWidth = maxArrowWidth(target);
    const double s = sizeFactor(target) * (m_large ? 1.2 : 1.0);
    const bool hub = hubMode() && anchors.contains(m_focus);
    const double ring = hubRadius(target);
    for (qsizetype i = visible.size() - 1; i >= 0; --i) {   // smallest first: large on top
        const FlowArrow &f = visible.at(i);
        if (!anchors.contains(f.origin) || !anchors.contains(f.destination))
            continue;
        ArrowShape a;
        a.flow = f;
        a.rank = int(i);
        a.direction = m_focus.isEmpty()           ? Direction::Other
                      : f.destination == m_focus ? Direction::Inflow
                      : f.origin == m_focus      ? Direction::Outflow
                                                 : Direction::Other;
        a.width = arrowWidth(f.value, maxValue, maxWidth);
        if (hub) {
            const bool out = a.direction == Direction::Outflow;
            if (hubShape(a, anchors.value(m_focus), anchors.value(out ? f.destination : f.origin), ring, s))
                shapes.append(a);
            continue;
        }
        const QPointF p0 = anchors.value(f.origin);
        const QPointF p1 = anchors.value(f.destination);
        const QPointF d = p1 - p0;
        const double len = lengthOf(d);
        if (len < 2.0)
            continue;
        // Bend to the left of the direction of travel, so that A→B and B→A
        // are two separate arcs.
        const QPointF normal(d.y() / len, -d.x() / len);
        const QPointF control = (p0 + p1) / 2 + normal * (0.2 * len);
        const QPointF tangentEnd = p1 - control;
        const QPointF t = tangentEnd / std::max(1e-9, lengthOf(tangentEnd));
        const double gap = 3.0 * s;
        const double headLength = std::min(len * 0.45, std::max(2.4 * a.width, 9.0 * s));
        const double headHalf = std::max(1.3 * a.width, 4.5 * s);
        a.from = p0;
        a.to = p1 - t * gap;
        const QPointF base = a.to - t * headLength;
        const QPointF startTangent = control - p0;
        const QPointF start = p0 + startTangent / std::max(1e-9, lengthOf(startTangent)) * gap;
        a.curve.moveTo(start);
        a.curve.quadTo(control, base + t * (headLength * 0.25));   // tuck under the head
        const QPointF side(-t.y(), t.x());
        a.head << a.to << base + side * headHalf << base - side * headHalf;
        shapes.append(a);
    }
    return shapes;
}

double FlowMap::hubRadius(const QRectF &target) const
{
    return std::max(7.0 * sizeFactor(target), 0.9 * maxArrowWidth(target));
}

// One arrow of the region view: a lane beside the line from the focus (hub)
// to the partner, outflows on one side and inflows on the other, from or to
// a ring around the hub; the head sits on the arc (outflows 65 % of the way
// out, inflows 65 % of the way in), so no heads pile up at the hub and the
// two heads of a pair stay apart.
bool FlowMap::hubShape(ArrowShape &a, const QPointF &hub, const QPointF &partner, double ring, double s) const
{
    const QPointF d = partner - hub;
    const double len = lengthOf(d);
    if (len < 1.0)
        return false;
    // A neighbour close to the hub (神奈川 next to 東京 on a map of Japan)
    // still gets a readable stub pointing its way.
    const double reach = std::max(len - 3.0 * s, ring + 30.0 * s);
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const bool out = a.direction == Direction::Outflow;
    const double side = out ? 1.0 : -1.0;
    const QPointF shift = n * (side * (a.width / 2.0 + 1.5 * s));
    const QPointF hubEnd = hub + u * ring + shift;
    const QPointF farEnd = hub + u * reach + shift;
    const QPointF start = out ? hubEnd : farEnd;
    const QPointF end = out ? farEnd : hubEnd;
    const double chord = lengthOf(end - start);
    const QPointF control = (start + end) / 2 + n * (side * 0.08 * chord);
    a.curve = QPainterPath();
    a.curve.moveTo(start);
    a.curve.quadTo(control, end);
    a.from = start;
    const double length = std::max(1.0, a.curve.length());
    const double headLength = std::min(length * 0.3, std::max(2.2 * a.width, 9.0 * s));
    const double headHalf = std::max(1.2 * a.width, 4.5 * s);
    const double at = 0.65;
    const QPointF tip = a.curve.pointAtPercent(std::min(1.0, at + headLength / (2 * length)));
    const QPointF base = a.curve.pointAtPercent(std::max(0.0, at - headLength / (2 * length)));
    const QPointF t = (tip - base) / std::max(1e-9, lengthOf(tip - base));
    const QPointF across(-t.y(), t.x());
    a.to = tip;
    a.head = QPolygonF() << tip << base + across * headHalf << base - across * headHalf;
    return true;
}

QList<FlowMap::ArrowShape> FlowMap::arrowShapes(const QRectF &target) const
{
    return buildShapes(target, interiorPoints(target));
}

const QList<FlowMap::ArrowShape> &FlowMap::cachedShapes() const
{
    const QRectF target(rect());
    if (!m_shapesValid || m_shapesTarget != target) {
        m_shapes = buildShapes(target, interiorPoints(target));
        m_shapesTarget = target;
        m_shapesValid = true;
    }
    return m_shapes;
}

int FlowMap::flowAt(const QPointF &pos) const
{
    const QList<ArrowShape> &shapes = cachedShapes();
    // Topmost first (the last drawn).
    for (qsizetype i = shapes.size() - 1; i >= 0; --i) {
        const ArrowShape &a = shapes.at(i);
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(a.width, 6.0));
        stroker.setCapStyle(Qt::RoundCap);
        if (stroker.createStroke(a.curve).contains(pos) || a.head.containsPoint(pos, Qt::OddEvenFill))
            return a.rank;
    }
    return -1;
}

QString FlowMap::flowToolTip(const FlowArrow &flow) const
{
    QString text = tr("<b>%1 → %2</b><br/>%3 %4")
                       .arg(nameOf(flow.origin).toHtmlEscaped(), nameOf(flow.destination).toHtmlEscaped(),
                            formatCount(flow.value), m_unit.toHtmlEscaped());
    // The reverse flow, when known, for the balance between the two.
    for (const FlowArrow &f : m_flows) {
        if (f.origin == flow.destination && f.destination == flow.origin) {
            text += tr("<br/>%1 → %2: %3 (balance %4)")
                        .arg(nameOf(f.origin).toHtmlEscaped(), nameOf(f.destination).toHtmlEscaped(),
                             formatCount(f.value),
                             (flow.value >= f.value ? u"+"_s : QString()) + formatCount(flow.value - f.value));
            break;
        }
    }
    return text;
}

void FlowMap::paintArrows(QPainter *painter, const QRectF &target, const QList<ArrowShape> &shapes,
                          bool interactive) const
{
    if (shapes.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = sizeFactor(target);
    const ArrowShape *highlighted = nullptr;
    const ArrowShape *hovered = nullptr;
    for (const ArrowShape &a : shapes) {
        if (a.flow.origin == m_highlightOrigin && a.flow.destination == m_highlightDestination)
            highlighted = &a;
        if (interactive && a.rank == m_hoveredFlow)
            hovered = &a;
    }
    auto draw = [&](const ArrowShape &a, const QColor &colour, const QColor &halo, double haloWidth) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(halo, a.width + haloWidth, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        painter->drawPath(a.curve);
        painter->setPen(QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(halo);
        painter->drawPolygon(a.head);
        painter->setPen(QPen(colour, a.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(a.curve);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(a.head);
    };
    for (const ArrowShape &a : shapes) {
        QColor c = directionColour(a.direction);
        c.setAlpha(highlighted && &a != highlighted ? 120 : 215);
        draw(a, c, QColor(255, 255, 255, 170), 2.0 * s);
    }
    for (const ArrowShape *a : {highlighted, hovered}) {
        if (!a)
            continue;
        draw(*a, directionColour(a->direction).darker(135), QColor(0x10, 0x10, 0x10, 230), 2.5 * s);
    }

    // Origins: small white dots with a dark rim; in the region view a ring
    // round the focus, where its lanes start and end.
    painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0 * s));
    painter->setBrush(Qt::white);
    const QHash<QString, QPointF> anchors = hubMode() ? interiorPoints(target) : QHash<QString, QPointF>();
    if (anchors.contains(m_focus)) {
        const double ring = hubRadius(target);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.6 * s));
        painter->drawEllipse(anchors.value(m_focus), ring, ring);
    } else {
        for (const ArrowShape &a : shapes)
            painter->drawEllipse(a.from, 2.2 * s, 2.2 * s);
    }
    painter->restore();
}

QRectF FlowMap::paintArrowLegend(QPainter *painter, const QRectF &target, const QList<ArrowShape> &shapes) const
{
    const QList<FlowArrow> visible = visibleFlows();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = sizeFactor(target) * (m_large ? 1.25 : 1.0);
    QFont text = font();
    text.setPixelSize(int(std::lround(std::clamp(12.0 * s, 10.0, 40.0))));
    QFont bold = text;
    bold.setBold(true);
    const QFontMetricsF fm(text);
    const double line = fm.height() * 1.3;
    const double sample = 40.0 * s;

    QStringList rows;
    QList<double> widths;
    QList<QColor> colours;
    const double maxValue = visible.isEmpty() ? 0.0 : visible.first().value;
    const double maxWidth = maxArrowWidth(target);
    if (maxValue > 0) {
        QList<double> samples{niceBelow(maxValue)};
        if (niceBelow(samples.first() / 2.0) > 0 && niceBelow(samples.first() / 2.0) < samples.first())
            samples << niceBelow(samples.first() / 2.0);
        const double small = niceBelow(samples.first() / 10.0);
        if (small > 0 && small < samples.last())
            samples << small;
        for (double v : samples) {
            rows << formatCount(v);
            widths << arrowWidth(v, maxValue, maxWidth);
            colours << QColor(0x50, 0x50, 0x50);
        }
    }
    if (!m_focus.isEmpty()) {
        rows << tr("into %1").arg(nameOf(m_focus)) << tr("out of %1").arg(nameOf(m_focus));
        widths << 6.0 * s << 6.0 * s;
        colours << directionColour(Direction::Inflow) << directionColour(Direction::Outflow);
        if (!m_focusOnly) {
            rows << tr("other flows");
            widths << 6.0 * s;
            colours << directionColour(Direction::Other);
        } else if (m_labelCount > 0) {
            rows << tr("net for %1 (in − out)").arg(nameOf(m_focus));
            widths << 0.0;
            colours << QColor(0x50, 0x50, 0x50);
        }
    }
    const QString header = m_unit.isEmpty() ? tr("Flows") : tr("Flows (%1)").arg(m_unit);
    int total = 0;
    for (const FlowArrow &f : m_flows)
        if (f.value > 0 && f.origin != f.destination
            && (!m_focusOnly || m_focus.isEmpty() || f.origin == m_focus || f.destination == m_focus))
            ++total;
    const QString footer = tr("largest %1 of %2").arg(formatCount(double(shapes.size())), formatCount(double(total)));

    double width = std::max(QFontMetricsF(bold).horizontalAdvance(header), fm.horizontalAdvance(footer));
    for (const QString &r : std::as_const(rows))
        width = std::max(width, sample + 8 * s + fm.horizontalAdvance(r));
    const double pad = 6.0 * s;
    const double height = (rows.size() + 2) * line + 2 * pad;
    // The corner of the map that hides the fewest arrows (bottom right
    // unless arrows run there, e.g. Tokyo's wards on a Tokyo map).
    const QRectF area = mapArea(target).adjusted(8, 8, -8, -8);
    const QSizeF boxSize(width + 2 * pad, height);
    const QRectF corners[] = {
        QRectF(QPointF(area.right() - boxSize.width(), area.bottom() - boxSize.height()), boxSize),
        QRectF(QPointF(area.left(), area.bottom() - boxSize.height()), boxSize),
        QRectF(QPointF(area.right() - boxSize.width(), area.top()), boxSize),
        QRectF(area.topLeft(), boxSize),
    };
    QRectF box = corners[0];
    int fewest = std::numeric_limits<int>::max();
    for (const QRectF &corner : corners) {
        int hidden = 0;
        for (const ArrowShape &shape : shapes)
            for (int k = 0; k <= 10; ++k)
                hidden += corner.contains(shape.curve.pointAtPercent(k / 10.0)) ? 1 : 0;
        if (hidden < fewest) {
            fewest = hidden;
            box = corner;
        }
    }
    painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1.0));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, pad / 2, pad / 2);
    double y = box.top() + pad;
    painter->setFont(bold);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QRectF(box.left() + pad, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, header);
    y += line;
    painter->setFont(text);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double cy = y + line / 2;
        if (widths.at(i) > 0) {
            painter->setPen(QPen(colours.at(i), widths.at(i), Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(box.left() + pad, cy), QPointF(box.left() + pad + sample, cy));
        } else {   // a text row: "+1,234" as the labels show it
            painter->setPen(colours.at(i));
            painter->drawText(QRectF(box.left() + pad, y, sample, line), Qt::AlignLeft | Qt::AlignVCenter,
                              u"±n"_s);
        }
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(box.left() + pad + sample + 8 * s, y, width, line),
                          Qt::AlignLeft | Qt::AlignVCenter, rows.at(i));
        y += line;
    }
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(QRectF(box.left() + pad, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, footer);
    painter->restore();
    return box;
}

void FlowMap::setLabelCount(int n)
{
    m_labelCount = std::max(0, n);
    update();
}

QList<FlowMap::PartnerLabel> FlowMap::partnerLabels(const QRectF &target) const
{
    if (!hubMode() || m_labelCount == 0)
        return {};
    return placeLabels(target, interiorPoints(target));
}

QList<FlowMap::PartnerLabel> FlowMap::placeLabels(const QRectF &target, const QHash<QString, QPointF> &anchors) const
{
    if (!anchors.contains(m_focus))
        return {};
    // The partners of the visible flows by their in + out, largest first.
    QHash<QString, double> turnover;
    for (const FlowArrow &f : visibleFlows())
        turnover[f.origin == m_focus ? f.destination : f.origin] += f.value;
    QStringList partners = turnover.keys();
    std::sort(partners.begin(), partners.end(), [&](const QString &a, const QString &b) {
        return turnover.value(a) > turnover.value(b) || (turnover.value(a) == turnover.value(b) && a < b);
    });
    // Net for the focus from every flow given (not only the visible ones).
    QHash<QString, double> net;
    for (const FlowArrow &f : m_flows) {
        if (!(f.value > 0))
            continue;
        if (f.destination == m_focus)
            net[f.origin] += f.value;
        else if (f.origin == m_focus)
            net[f.destination] -= f.value;
    }
    const double s = sizeFactor(target) * (m_large ? 1.25 : 1.0);
    QFont font = this->font();
    font.setPixelSize(int(std::lround(std::clamp(11.5 * s, 10.0, 36.0))));
    const QFontMetricsF fm(font);
    const QRectF area = mapArea(target);
    const double ring = hubRadius(target);
    const QPointF hub = anchors.value(m_focus);
    QList<QRectF> taken{QRectF(hub - QPointF(ring, ring), QSizeF(2 * ring, 2 * ring))};
    QList<PartnerLabel> labels;
    for (const QString &code : std::as_const(partners)) {
        if (labels.size() >= m_labelCount)
            break;
        if (!anchors.contains(code))
            continue;
        const double v = net.value(code);
        const QString text = u"%1 %2"_s.arg(nameOf(code), withSign(v, formatCount(std::abs(v))));
        const QSizeF size(fm.horizontalAdvance(text) + 6 * s, fm.height() + 2 * s);
        const QPointF p = anchors.value(code);
        const double gap = 5.0 * s;
        // Right, left, above, below the partner's point; the first that is clear.
        const QRectF candidates[] = {
            QRectF(QPointF(p.x() + gap, p.y() - size.height() / 2), size),
            QRectF(QPointF(p.x() - gap - size.width(), p.y() - size.height() / 2), size),
            QRectF(QPointF(p.x() - size.width() / 2, p.y() - gap - size.height()), size),
            QRectF(QPointF(p.x() - size.width() / 2, p.y() + gap), size),
        };
        for (const QRectF &c : candidates) {
            if (!area.contains(c)
                || std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(c); }))
                continue;
            taken << c;
            labels.append({code, text, c});
            break;
        }
    }
    return labels;
}

void FlowMap::paintLabels(QPainter *painter, const QList<PartnerLabel> &labels) const
{
    if (labels.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    const double h = labels.first().rect.height();
    font.setPixelSize(int(std::lround(std::max(10.0, h / 1.45))));
    painter->setFont(font);
    for (const PartnerLabel &l : labels) {
        painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(l.rect, 3, 3);
        const bool gain = !l.text.contains(QChar(0x2212));
        painter->setPen(gain ? directionColour(Direction::Inflow).darker(130)
                             : directionColour(Direction::Outflow).darker(130));
        painter->drawText(l.rect, Qt::AlignCenter, l.text);
    }
    painter->restore();
}

QList<MapFeature> FlowMap::featuresAround(const QList<MapFeature> &features, const QStringList &codes, double margin)
{
    // The bounding box of a feature's largest part (Tokyo without Ogasawara).
    auto mainBox = [](const MapFeature &f) {
        QRectF best;
        for (const QPolygonF &ring : f.polygons) {
            const QRectF b = ring.boundingRect();
            if (b.width() * b.height() > best.width() * best.height())
                best = b;
        }
        return best;
    };
    QRectF box;
    for (const MapFeature &f : features)
        if (codes.contains(f.code))
            box = box.isNull() ? mainBox(f) : box.united(mainBox(f));
    if (box.isNull())
        return features;
    const double pad = std::max(0.3, margin * std::max(box.width(), box.height()));
    box.adjust(-pad, -pad, pad, pad);
    QList<MapFeature> out;
    for (const MapFeature &f : features)
        if (codes.contains(f.code) || box.contains(mainBox(f).center()))
            out.append(f);
    return out;
}

void FlowMap::render(QPainter *painter, const QRectF &target) const
{
    ChoroplethMap::render(painter, target);
    const QList<ArrowShape> shapes = arrowShapes(target);
    paintArrows(painter, target, shapes, false);
    paintLabels(painter, partnerLabels(target));
    paintArrowLegend(painter, target, shapes);
}

void FlowMap::paintEvent(QPaintEvent *event)
{
    ChoroplethMap::paintEvent(event);
    QPainter painter(this);
    const QRectF target(rect());
    const QList<ArrowShape> &shapes = cachedShapes();
    paintArrows(&painter, target, shapes, true);
    paintLabels(&painter, partnerLabels(target));
    m_legendBox = paintArrowLegend(&painter, target, shapes);
}

void FlowMap::mouseMoveEvent(QMouseEvent *event)
{
    ChoroplethMap::mouseMoveEvent(event);   // region hover and its tooltip
    const int index = flowAt(event->position());
    if (index != m_hoveredFlow) {
        m_hoveredFlow = index;
        update();
        const QList<FlowArrow> visible = visibleFlows();
        if (index >= 0 && index < visible.size())
            emit flowHovered(visible.at(index).origin, visible.at(index).destination, visible.at(index).value);
        else
            emit flowHovered(QString(), QString(), 0.0);
    }
    if (index >= 0) {
        const QList<FlowArrow> visible = visibleFlows();
        QToolTip::showText(event->globalPosition().toPoint(), flowToolTip(visible.at(index)), this);
        return;
    }
    if (!m_neutral)
        return;
    // On the neutral base the value is meaningless: name the region and its
    // exchange with the focus region instead.
    const QString code = regionAt(event->position());
    if (code.isEmpty())
        return;
    QString text = u"<b>%1</b>"_s.arg(nameOf(code).toHtmlEscaped());
    if (!m_focus.isEmpty() && code != m_focus) {
        for (const FlowArrow &f : m_flows) {
            if ((f.origin == code && f.destination == m_focus) || (f.origin == m_focus && f.destination == code))
                text += u"<br/>%1 → %2: %3"_s.arg(nameOf(f.origin).toHtmlEscaped(),
                                                   nameOf(f.destination).toHtmlEscaped(), formatCount(f.value));
        }
    }
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void FlowMap::resizeEvent(QResizeEvent *event)
{
    ChoroplethMap::resizeEvent(event);
    m_shapesValid = false;
}

void FlowMap::leaveEvent(QEvent *event)
{
    if (m_hoveredFlow >= 0) {
        m_hoveredFlow = -1;
        update();
        emit flowHovered(QString(), QString(), 0.0);
    }
    ChoroplethMap::leaveEvent(event);
}

} // namespace regionlens::widgets
