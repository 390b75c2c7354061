// SPDX-License-Identifier: GPL-3.0-or-later
#include "circulationdiagram.h"

#include "widgets/analysischart.h"
#include "widgets/chartrendering.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

constexpr double kMinScale = 0.6;
constexpr double kMaxScale = 1.35;   // fonts grow into spare room up to this
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

double lineHeight(const QFont &f)
{
    return QFontMetricsF(f).height();
}

double textWidth(const QFont &f, const QString &text)
{
    return QFontMetricsF(f).horizontalAdvance(text);
}

double wrappedHeight(const QFont &f, const QString &text, double width)
{
    if (text.isEmpty())
        return 0.0;
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), kWrap, text).height();
}

// Lines a "label … value" row takes at width: 1 side by side, 2 when they do
// not fit (the value goes under the label, right-aligned); *ok = false when
// even one of them alone is too wide.
int rowLines(const QFont &f, const QString &label, const QString &value, double width, double pad, bool *ok)
{
    const double l = textWidth(f, label), v = textWidth(f, value);
    if (l + pad + v <= width)
        return 1;
    *ok = *ok && l <= width && v <= width;
    return 2;
}

} // namespace

struct CirculationDiagram::Fonts
{
    QFont title, header, total, body, small, smallBold, rate;
    double pad = 8.0, bar = 4.0, gap = 40.0;
};

CirculationDiagram::CirculationDiagram(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CirculationDiagram::setData(const CirculationDiagramData &data)
{
    m_data = data;
    update();
}

void CirculationDiagram::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void CirculationDiagram::setFootnote(const QString &text)
{
    m_footnote = text;
    update();
}

void CirculationDiagram::setLargeFonts(bool large)
{
    m_large = large;
    update();
}

QColor CirculationDiagram::stageColour(int stage)
{
    // Okabe–Ito: production blue, distribution bluish green, expenditure orange.
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0x00, 0x9e, 0x73), QColor(0xe6, 0x9f, 0x00)};
    return colours[std::clamp(stage, 0, 2)];
}

QColor CirculationDiagram::inflowColour()
{
    return QColor(0x00, 0x72, 0xb2);
}

QColor CirculationDiagram::outflowColour()
{
    return QColor(0xd5, 0x5e, 0x00);
}

CirculationDiagram::Fonts CirculationDiagram::fonts(double scale) const
{
    QFont base = chartFont(font());
    const double pt = (base.pointSizeF() > 0 ? base.pointSizeF() : 9.0) * (m_large ? kLargeFontScale : 1.0) * scale;
    const auto sized = [&](double factor, bool bold) {
        QFont f = base;
        f.setPointSizeF(pt * factor);
        f.setBold(bold);
        return f;
    };
    Fonts f;
    f.title = sized(m_large ? 1.15 : 1.3, true);
    f.header = sized(1.1, true);
    f.total = sized(1.45, true);
    f.body = sized(1.0, false);
    f.small = sized(0.9, false);
    f.smallBold = sized(0.9, true);
    f.rate = sized(1.3, true);
    const double px = lineHeight(f.body);
    f.pad = 0.55 * px;
    f.bar = std::max(2.0, 0.25 * px);
    f.gap = 1.8 * px;
    return f;
}

QString CirculationDiagram::flowsHeading(const CirculationStage &stage) const
{
    return stage.flowsHeading.isEmpty() ? m_data.flowsHeading : stage.flowsHeading;
}

QString CirculationDiagram::amount(double value, bool sign) const
{
    if (!std::isfinite(value))
        return u"–"_s;
    const QString text = sign ? formatSigned(value, m_data.decimals) : formatNumber(value, m_data.decimals);
    return m_data.unit.isEmpty() ? text : text + u' ' + m_data.unit;
}

double CirculationDiagram::cardHeight(const CirculationStage &stage, double w, const Fonts &f, bool *widthOk) const
{
    const double inner = w - 2 * f.pad;
    bool ok = textWidth(f.header, stage.name) <= inner && textWidth(f.total, amount(stage.total)) <= inner;
    double h = f.pad + lineHeight(f.header) + lineHeight(f.total) + 0.4 * f.pad;
    for (const CirculationItem &item : stage.items) {
        const int lines = rowLines(f.body, item.label, amount(item.value, item.value < 0), inner, f.pad, &ok);
        h += lines * lineHeight(f.body) + f.bar + 0.6 * f.pad;
    }
    if (!stage.flows.isEmpty()) {
        h += 0.6 * f.pad + lineHeight(f.smallBold);
        ok = ok && textWidth(f.smallBold, flowsHeading(stage)) <= inner;
        for (const CirculationFlow &flow : stage.flows) {
            if (flow.kind == CirculationFlow::Kind::Note) {
                h += wrappedHeight(f.small, flow.label, inner);
            } else {
                h += rowLines(f.small, u"↓ "_s + flow.label, amount(flow.value), inner, f.pad, &ok) * lineHeight(f.small);
            }
            h += 0.2 * f.pad;
        }
    }
    if (widthOk)
        *widthOk = ok;
    return h + f.pad;
}

CirculationDiagram::Layout CirculationDiagram::layoutWith(const QRectF &target, double scale, bool *fits) const
{
    const Fonts f = fonts(scale);
    Layout l;
    l.fontScale = scale;
    const QRectF area = target.adjusted(f.pad, f.pad, -f.pad, -f.pad);
    const double titleHeight = m_title.isEmpty() ? 0.0 : wrappedHeight(f.title, m_title, area.width());
    l.title = QRectF(area.left(), area.top(), area.width(), titleHeight);
    const double footHeight = wrappedHeight(f.small, m_footnote, area.width());
    l.footnote = QRectF(area.left(), area.bottom() - footHeight, area.width(), footHeight);
    const double cardWidth = (area.width() - 2 * f.gap) / 3.0;
    bool widthOk = cardWidth > 0;
    double cardH = 0.0;
    for (const CirculationStage &stage : m_data.stages) {
        bool ok = true;
        cardH = std::max(cardH, cardHeight(stage, cardWidth, f, &ok));
        widthOk = widthOk && ok;
    }
    // The return arrow's band: the badge (label, rate, note) with room around it.
    const double badgeH = lineHeight(f.small) + lineHeight(f.rate) +
                          (m_data.rateNote.isEmpty() ? 0.0 : lineHeight(f.small)) + f.pad;
    const double badgeW = std::max({textWidth(f.small, m_data.rateLabel), textWidth(f.rate, u"000.0"_s + m_data.percentSuffix),
                                    textWidth(f.small, m_data.rateNote)}) + 3 * f.pad;
    const double top = l.title.bottom() + (titleHeight > 0 ? f.pad : 0.0);
    const double bottom = l.footnote.top() - (footHeight > 0 ? 0.5 * f.pad : 0.0);
    const double needed = cardH + f.pad + badgeH;
    const double spare = std::max(0.0, bottom - top - needed);
    const double y = top + 0.2 * spare;   // a little air above, the rest shared below
    for (int s = 0; s < 3; ++s)
        l.cards[std::size_t(s)] = QRectF(area.left() + s * (cardWidth + f.gap), y, cardWidth, cardH);
    l.badge = QRectF(area.center().x() - badgeW / 2, y + cardH + f.pad + 0.45 * spare, badgeW, badgeH);
    *fits = widthOk && needed <= bottom - top && badgeW <= cardWidth + 2 * f.gap;
    l.fits = *fits;
    return l;
}

CirculationDiagram::Layout CirculationDiagram::layout(const QRectF &target) const
{
    bool fits = false;
    for (double scale = kMaxScale; scale >= kMinScale - 1e-9; scale -= 0.05) {
        Layout l = layoutWith(target, scale, &fits);
        if (fits)
            return l;
    }
    return layoutWith(target, kMinScale, &fits);
}

void CirculationDiagram::paintCard(QPainter *p, const QRectF &card, int s, const Fonts &f) const
{
    const CirculationStage &stage = m_data.stages[std::size_t(s)];
    const QColor colour = stageColour(s);
    p->save();
    p->setClipRect(card.adjusted(-1, -1, 1, 1));
    QColor fill = colour;
    fill.setAlpha(22);
    p->setPen(QPen(colour, 1.5));
    p->setBrush(fill);
    p->drawRoundedRect(card, f.pad, f.pad);
    const double inner = card.width() - 2 * f.pad;
    double y = card.top() + f.pad;
    const double x = card.left() + f.pad;
    p->setPen(colour.darker(130));
    p->setFont(f.header);
    p->drawText(QRectF(x, y, inner, lineHeight(f.header)), Qt::AlignLeft | Qt::AlignVCenter, stage.name);
    y += lineHeight(f.header);
    p->setPen(Qt::black);
    p->setFont(f.total);
    p->drawText(QRectF(x, y, inner, lineHeight(f.total)), Qt::AlignLeft | Qt::AlignVCenter, amount(stage.total));
    y += lineHeight(f.total) + 0.4 * f.pad;

    double largest = 0.0;
    for (const CirculationItem &item : stage.items)
        if (std::isfinite(item.value))
            largest = std::max(largest, std::abs(item.value));
    const double reference = std::isfinite(stage.total) && stage.total > 0 ? std::max(stage.total, largest) : largest;
    p->setFont(f.body);
    for (const CirculationItem &item : stage.items) {
        const QString value = amount(item.value, item.value < 0);
        bool ok = true;
        const int lines = rowLines(f.body, item.label, value, inner, f.pad, &ok);
        p->setPen(QColor(0x22, 0x22, 0x22));
        p->drawText(QRectF(x, y, inner, lineHeight(f.body)), Qt::AlignLeft | Qt::AlignVCenter, item.label);
        p->drawText(QRectF(x, y + (lines - 1) * lineHeight(f.body), inner, lineHeight(f.body)),
                    Qt::AlignRight | Qt::AlignVCenter, value);
        y += lines * lineHeight(f.body);
        if (std::isfinite(item.value) && reference > 0) {
            const double w = inner * std::min(1.0, std::abs(item.value) / reference);
            p->setPen(Qt::NoPen);
            p->setBrush(item.value < 0 ? outflowColour() : colour);
            p->drawRect(QRectF(x, y, w, f.bar));
        }
        y += f.bar + 0.6 * f.pad;
    }
    if (!stage.flows.isEmpty()) {
        y += 0.2 * f.pad;
        p->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0, Qt::DashLine));
        p->drawLine(QPointF(x, y), QPointF(x + inner, y));
        y += 0.4 * f.pad;
        p->setPen(QColor(0x44, 0x44, 0x44));
        p->setFont(f.smallBold);
        p->drawText(QRectF(x, y, inner, lineHeight(f.smallBold)), Qt::AlignLeft | Qt::AlignVCenter,
                    flowsHeading(stage));
        y += lineHeight(f.smallBold);
        p->setFont(f.small);
        for (const CirculationFlow &flow : stage.flows) {
            if (flow.kind == CirculationFlow::Kind::Note) {
                const double h = wrappedHeight(f.small, flow.label, inner);
                p->setPen(QColor(0x44, 0x44, 0x44));
                p->drawText(QRectF(x, y, inner, h), kWrap, flow.label);
                y += h;
            } else {
                const bool in = flow.kind == CirculationFlow::Kind::Inflow;
                const QString label = (in ? u"↓ "_s : u"↑ "_s) + flow.label, value = amount(flow.value);
                bool ok = true;
                const int lines = rowLines(f.small, label, value, inner, f.pad, &ok);
                p->setPen(in ? inflowColour() : outflowColour());
                p->drawText(QRectF(x, y, inner, lineHeight(f.small)), Qt::AlignLeft | Qt::AlignVCenter, label);
                p->drawText(QRectF(x, y + (lines - 1) * lineHeight(f.small), inner, lineHeight(f.small)),
                            Qt::AlignRight | Qt::AlignVCenter, value);
                y += lines * lineHeight(f.small);
            }
            y += 0.2 * f.pad;
        }
    }
    p->restore();
}

void CirculationDiagram::render(QPainter *p, const QRectF &target) const
{
    if (!p || target.isEmpty())
        return;
    const Layout l = layout(target);
    const Fonts f = fonts(l.fontScale);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->fillRect(target, Qt::white);
    p->setPen(Qt::black);
    p->setFont(f.title);
    p->drawText(l.title, kWrap, m_title);
    p->setFont(f.small);
    p->setPen(QColor(0x55, 0x55, 0x55));
    p->drawText(l.footnote, kWrap, m_footnote);

    const bool empty = std::all_of(m_data.stages.begin(), m_data.stages.end(),
                                   [](const CirculationStage &s) { return !std::isfinite(s.total); });
    if (empty) {
        p->setFont(f.body);
        p->drawText(QRectF(target.left(), l.title.bottom(), target.width(), l.footnote.top() - l.title.bottom()),
                    Qt::AlignCenter | Qt::TextWordWrap, m_data.emptyText);
        p->restore();
        return;
    }

    // Block arrows between the stages, level with the totals.
    const QColor arrow(0xb0, 0xb0, 0xb0);
    p->setPen(Qt::NoPen);
    p->setBrush(arrow);
    const double ay = l.cards[0].top() + f.pad + lineHeight(f.header) + 0.5 * lineHeight(f.total);
    const double shaft = 0.45 * f.gap, head = 0.8 * f.gap;
    for (int s = 0; s < 2; ++s) {
        const double x0 = l.cards[std::size_t(s)].right() + 0.15 * f.gap;
        const double x1 = l.cards[std::size_t(s) + 1].left() - 0.15 * f.gap;
        const double xh = x1 - 0.45 * (x1 - x0);
        QPolygonF poly;
        poly << QPointF(x0, ay - shaft / 2) << QPointF(xh, ay - shaft / 2) << QPointF(xh, ay - head / 2)
             << QPointF(x1, ay) << QPointF(xh, ay + head / 2) << QPointF(xh, ay + shaft / 2)
             << QPointF(x0, ay + shaft / 2);
        p->drawPolygon(poly);
    }
    // The return from 支出 to 生産 under the cards, through the rate badge.
    const double by = l.badge.center().y();
    const double xr = l.cards[2].center().x(), xl = l.cards[0].center().x();
    QPainterPath back;
    back.moveTo(xr, l.cards[2].bottom());
    back.lineTo(xr, by);
    back.lineTo(xl, by);
    back.lineTo(xl, l.cards[0].bottom() + 0.6 * f.gap);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(arrow, shaft * 0.6, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    p->drawPath(back);
    p->setPen(Qt::NoPen);
    p->setBrush(arrow);
    QPolygonF tip;
    tip << QPointF(xl - head / 2, l.cards[0].bottom() + 0.6 * f.gap) << QPointF(xl, l.cards[0].bottom() + 1)
        << QPointF(xl + head / 2, l.cards[0].bottom() + 0.6 * f.gap);
    p->drawPolygon(tip);

    for (int s = 0; s < 3; ++s)
        paintCard(p, l.cards[std::size_t(s)], s, f);

    // The badge: 地域経済循環率.
    p->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2));
    p->setBrush(Qt::white);
    p->drawRoundedRect(l.badge, f.pad, f.pad);
    double y = l.badge.top() + 0.5 * f.pad;
    p->setFont(f.small);
    p->drawText(QRectF(l.badge.left(), y, l.badge.width(), lineHeight(f.small)), Qt::AlignCenter, m_data.rateLabel);
    y += lineHeight(f.small);
    p->setFont(f.rate);
    const QString rate = std::isfinite(m_data.circulationRate)
                             ? formatNumber(100.0 * m_data.circulationRate, 1) + m_data.percentSuffix
                             : u"–"_s;
    p->drawText(QRectF(l.badge.left(), y, l.badge.width(), lineHeight(f.rate)), Qt::AlignCenter, rate);
    y += lineHeight(f.rate);
    if (!m_data.rateNote.isEmpty()) {
        p->setFont(f.small);
        p->setPen(QColor(0x55, 0x55, 0x55));
        p->drawText(QRectF(l.badge.left(), y, l.badge.width(), lineHeight(f.small)), Qt::AlignCenter,
                    m_data.rateNote);
    }
    p->restore();
}

FigurePaint CirculationDiagram::figurePaint() const
{
    return [this](QPainter *painter, const QRectF &target) { render(painter, target); };
}

QImage CirculationDiagram::toImage(const QSize &size) const
{
    return paintFigureImage(figurePaint(), size);
}

void CirculationDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    render(&p, QRectF(rect()));
}

void CirculationDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
