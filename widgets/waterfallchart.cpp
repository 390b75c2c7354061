// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfallchart.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

WaterfallChart::WaterfallChart(QWidget *parent) : AnalysisChart(parent)
{
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setSubTickLength(0, 0);
    plot()->yAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0, Qt::DotLine));
    plot()->yAxis->grid()->setZeroLinePen(QPen(QColor(0x33, 0x33, 0x33), 1));
    refresh();
}

QColor WaterfallChart::riseColour() { return QColor(0x00, 0x72, 0xb2); }
QColor WaterfallChart::fallColour() { return QColor(0xd5, 0x5e, 0x00); }
QColor WaterfallChart::totalColour() { return QColor(0x4d, 0x4d, 0x4d); }

void WaterfallChart::setSteps(const QList<WaterfallStep> &steps)
{
    setAndRefresh(m_steps, steps);
}

void WaterfallChart::setValueAxisLabel(const QString &label)
{
    setAndRefresh(m_valueLabel, label);
}

void WaterfallChart::setDecimals(int decimals)
{
    setAndRefresh(m_decimals, decimals);
}

void WaterfallChart::setValueSuffix(const QString &suffix)
{
    setAndRefresh(m_suffix, suffix);
}

void WaterfallChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

std::pair<double, double> WaterfallChart::barSpan(int index) const
{
    double running = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        const WaterfallStep &s = m_steps.at(i);
        const double v = std::isfinite(s.value) ? s.value : 0.0;
        if (s.total) {
            const double top = s.useValue ? v : running;
            if (i == index)
                return {std::min(0.0, top), std::max(0.0, top)};
            continue;
        }
        if (i == index)
            return {std::min(running, running + v), std::max(running, running + v)};
        running += v;
    }
    return {0, 0};
}

QColor WaterfallChart::barColour(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return {};
    const WaterfallStep &s = m_steps.at(index);
    if (s.total)
        return totalColour();
    return s.value >= 0 ? riseColour() : fallColour();
}

namespace {

// text with each line broken again to width pixels in font (at spaces, or
// between Japanese characters).
QString brokenToWidth(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        QTextLayout layout(line, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine part = layout.createLine(); part.isValid(); part = layout.createLine()) {
            part.setLineWidth(width);
            lines << line.mid(part.textStart(), part.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines.join(u'\n');
}

} // namespace

void WaterfallChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    m_labels.clear();
    applyFonts();
    const int n = int(m_steps.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(i + 1, m_steps.at(i).label);
    p->xAxis->setTicker(ticker);
    p->yAxis->setLabel(m_valueLabel);
    p->yAxis->setNumberFormat(u"f"_s);

    double lo = 0, hi = 0;
    double running = 0;
    const double half = 0.32;
    for (int i = 0; i < n; ++i) {
        const auto [bottom, top] = barSpan(i);
        lo = std::min(lo, bottom);
        hi = std::max(hi, top);
        auto *rect = new QCPItemRect(p);
        rect->topLeft->setCoords(i + 1 - half, top);
        rect->bottomRight->setCoords(i + 1 + half, bottom);
        rect->setPen(Qt::NoPen);
        rect->setBrush(barColour(i));
        const WaterfallStep &s = m_steps.at(i);
        const double shown = s.total ? (s.useValue ? s.value : running) : s.value;
        auto *label = new QCPItemText(p);
        label->setClipToAxisRect(false);
        const bool up = s.total ? shown >= 0 : s.value >= 0;
        label->position->setCoords(i + 1, up ? top : bottom);
        label->setPositionAlignment(Qt::AlignHCenter | (up ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(2, 3, 2, 3));
        QFont f = tickFont();
        f.setBold(s.total);
        label->setFont(f);
        label->setText((s.total ? formatNumber(shown, m_decimals) : formatSigned(shown, m_decimals)) + m_suffix);
        label->setProperty("rlFull", label->text());
        m_labels.append(label);
        if (!s.total)
            running += std::isfinite(s.value) ? s.value : 0.0;
        // Connector to the next bar at the running level.
        if (i + 1 < n) {
            auto *line = new QCPItemLine(p);
            const double level = s.total ? (s.useValue ? s.value : running) : running;
            line->start->setCoords(i + 1 + half, level);
            line->end->setCoords(i + 2 - half, level);
            line->setPen(QPen(QColor(0x77, 0x77, 0x77), 1, Qt::DashLine));
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
    if (hi == lo)
        hi = lo + 1;
    const double span = hi - lo;
    p->yAxis->setNumberPrecision(span >= 100 ? 0 : span >= 10 ? 1 : 2);
    // Room for the value labels (two lines when the slots are narrow).
    p->yAxis->setRange(lo - span * (lo < 0 ? 0.22 : 0.02), hi + span * 0.22);
    p->xAxis->setRange(0.4, std::max(1, n) + 0.6);
    p->legend->setVisible(false);
}

// Each value label fits the slot of its bar (one x unit): the number and its
// unit on two lines, then a smaller font (down to 70 %), so that neighbours
// never run into each other ("+0.54ポイン1.83ポイント") or over the axis. The
// step names below the axis shrink the same way when the widest is wider
// than a slot.
void WaterfallChart::relayout()
{
    QCustomPlot *p = plot();
    const double slot = std::abs(p->xAxis->coordToPixel(2) - p->xAxis->coordToPixel(1)) * 0.94;
    if (slot <= 0)
        return;
    const auto widest = [](const QFont &font, const QString &text) {
        const QFontMetricsF metrics(font);
        double w = 0;
        for (const QString &line : text.split(u'\n'))
            w = std::max(w, metrics.horizontalAdvance(line));
        return w;
    };
    // A plot too short for two-line labels above and below the bars (projector
    // fonts at 1280 × 720) drops the unit from the labels: the value axis's
    // title names it.
    const double line = QFontMetricsF(tickFont()).height();
    const bool roomForTwoLines = p->yAxis->axisRect()->height() >= 8 * line;
    for (QCPItemText *label : std::as_const(m_labels)) {
        const bool bold = label->font().bold();
        QString text = label->property("rlFull").toString();   // as rebuild() made it
        QFont font = tickFont();
        font.setBold(bold);
        if (widest(font, text) > slot && !m_suffix.isEmpty() && text.endsWith(m_suffix))
            text = roomForTwoLines ? text.chopped(m_suffix.size()) + u'\n' + m_suffix : text.chopped(m_suffix.size());
        const double w = widest(font, text);
        if (w > slot)
            font.setPointSizeF(font.pointSizeF() * std::max(0.7, slot / w));
        label->setText(text);
        label->setFont(font);
    }
    double names = 0;
    for (const WaterfallStep &s : std::as_const(m_steps))
        names = std::max(names, widest(tickFont(), s.label));
    QFont ticks = tickFont();
    if (names > slot)
        ticks.setPointSizeF(ticks.pointSizeF() * std::max(0.7, slot / names));
    p->xAxis->setTickLabelFont(ticks);
    // Still wider than a slot at 70 % (projector fonts, a narrow chart): each
    // line of a name broken again where it is too long ("全国成長\n要因"),
    // and the plot laid out once more for the taller names.
    auto ticker = p->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker)
        return;
    bool changed = false;
    for (int i = 0; i < int(m_steps.size()); ++i) {
        const QString name = widest(ticks, m_steps.at(i).label) > slot ? brokenToWidth(m_steps.at(i).label, ticks, slot)
                                                                       : m_steps.at(i).label;
        if (ticker->ticks().value(i + 1) != name) {
            ticker->addTick(i + 1, name);
            changed = true;
        }
    }
    if (changed) {
        for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
            p->plotLayout()->update(phase);
    }
    fitValueRange();
}

// The value range leaves room, in pixels, for every value label on its side
// of its bar: a label below a falling bar (or a negative total) ends above the
// axis line and the step names, one above a rising bar below the top of the
// plot, however short the chart (a fixed share of the span was not enough for
// "−1.15 / ポイント" on two lines in a 190 px chart). For a label of height h
// hanging down from value d in a plot R px tall showing [L, H]:
// (H − d) / (H − L) · R + h ≤ R, i.e. L ≤ H − (H − d) / (1 − h / R); the rising
// side likewise. The two ends depend on each other, so a few rounds settle them.
void WaterfallChart::fitValueRange()
{
    QCustomPlot *p = plot();
    const double pixels = p->yAxis->axisRect()->height();
    if (pixels <= 0 || m_steps.isEmpty())
        return;
    double lo = 0, hi = 0;
    for (int i = 0; i < int(m_steps.size()); ++i) {
        const auto [bottom, top] = barSpan(i);
        lo = std::min(lo, bottom);
        hi = std::max(hi, top);
    }
    if (hi == lo)
        hi = lo + 1;
    const double span = hi - lo;
    double low = lo - span * 0.02, high = hi + span * 0.02;
    for (int round = 0; round < 4; ++round) {
        for (const QCPItemText *label : std::as_const(m_labels)) {
            const QMargins pad = label->padding();
            const double h = QFontMetricsF(label->font()).height() * (label->text().count(u'\n') + 1) + pad.top()
                             + pad.bottom() + 2;
            const double keep = std::max(0.4, 1.0 - h / pixels);   // never squeeze the bars to nothing
            const double at = label->position->value();
            if (label->positionAlignment() & Qt::AlignTop)
                low = std::min(low, high - (high - at) / keep);
            else
                high = std::max(high, low + (at - low) / keep);
        }
    }
    const QCPRange now = p->yAxis->range();
    if (std::abs(now.lower - low) < span * 1e-9 && std::abs(now.upper - high) < span * 1e-9)
        return;
    p->yAxis->setRange(low, high);
    // New ticks may need a wider margin: lay the plot out again for them, so
    // that the first drawing is the settled one.
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        p->plotLayout()->update(phase);
}

} // namespace regionlens::widgets
