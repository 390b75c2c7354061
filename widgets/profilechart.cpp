// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilechart.h"

#include <qcustomplot.h>

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

ProfileChart::ProfileChart(QWidget *parent) : AnalysisChart(parent)
{
    plot()->yAxis->setRangeReversed(true);
    plot()->yAxis->grid()->setPen(QPen(QColor(0xee, 0xee, 0xee), 0, Qt::SolidLine));
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->setSubTickLength(0, 0);
    plot()->xAxis->grid()->setVisible(false);
    plot()->installEventFilter(this);
    refresh();
}

void ProfileChart::setRows(const QList<ProfileRow> &rows)
{
    setAndRefresh(m_rows, rows);
}

void ProfileChart::setAxisLabel(const QString &label)
{
    setAndRefresh(m_axisLabel, label);
}

void ProfileChart::setNotes(const QString &note, const QString &omitted)
{
    m_note = note;
    m_omitted = omitted;
    refresh();
}

namespace {

// Breaks a long name at spaces into lines of about kWrap characters
// (Japanese names, without spaces, stay on one line: they are short).
QString wrappedLabel(const QString &text)
{
    constexpr int kWrap = 44;
    if (text.size() <= kWrap)
        return text;
    QStringList lines{QString()};
    for (const QString &word : text.split(u' ')) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > kWrap)
            lines << QString();
        lines.last() += (lines.last().isEmpty() ? QString() : u" "_s) + word;
    }
    return lines.join(u'\n');
}

} // namespace

int ProfileChart::capacity() const
{
    // Title, axis ticks and caption, a two-line footnote and margins take about six lines.
    const double line = QFontMetricsF(tickFont()).height();
    int lines = 1;
    for (const ProfileRow &r : m_rows)
        lines = std::max(lines, int(wrappedLabel(r.label).count(u'\n')) + 1);
    const double room = (height() > 100 ? height() : 420) - 6 * line - 24;
    return std::max(4, int(room / (lines * line + 4)));
}

void ProfileChart::resizeEvent(QResizeEvent *event)
{
    AnalysisChart::resizeEvent(event);
    if (capacity() != m_capacity)
        refresh();
}

void ProfileChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QColor ProfileChart::dotColour(double percentile)
{
    // Okabe–Ito blue (top quarter), orange (bottom quarter), grey between.
    if (percentile >= 75.0)
        return QColor(0x00, 0x72, 0xb2);
    if (percentile <= 25.0)
        return QColor(0xd5, 0x5e, 0x00);
    return QColor(0x88, 0x88, 0x88);
}

int ProfileChart::rowAt(const QPoint &pos) const
{
    const QPoint p = plot()->mapFrom(this, pos);
    const QRect area = plot()->axisRect()->rect();
    // The tick labels left of the axis rect belong to their rows too.
    if (m_drawnRows.isEmpty() || p.x() > area.right() || p.y() < area.top() || p.y() > area.bottom())
        return -1;
    const int index = int(std::lround(plot()->yAxis->pixelToCoord(p.y()))) - 1;
    return index >= 0 && index < m_drawnRows.size() ? m_drawnRows.at(index) : -1;
}

bool ProfileChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == plot() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(plot()->mapTo(this, help->pos()));
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_rows.at(row).tooltip, plot());
        else
            QToolTip::hideText();
        return true;
    }
    return AnalysisChart::eventFilter(watched, event);
}

void ProfileChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    m_emptyItem = nullptr;   // deleted with the items
    applyFonts();
    m_drawnRows.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        if (std::isfinite(m_rows.at(i).percentile))
            m_drawnRows << i;
    const qsizetype all = m_drawnRows.size();
    m_capacity = capacity();
    const int first = (m_capacity + 1) / 2, last = m_capacity / 2;
    if (all > m_capacity)
        m_drawnRows = m_drawnRows.mid(0, first) + m_drawnRows.mid(all - last);
    m_drawn = int(m_drawnRows.size());
    QString foot = m_note;
    if (all > m_capacity && !m_omitted.isEmpty())
        foot += (foot.isEmpty() ? QString() : u" "_s) + m_omitted.arg(first).arg(last).arg(all);
    if (foot != footnote())
        setFootnote(foot);
    const double s = scale();

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int k = 0; k < m_drawn; ++k)
        ticker->addTick(k + 1, wrappedLabel(m_rows.at(m_drawnRows.at(k)).label));
    p->yAxis->setTicker(ticker);
    QSharedPointer<QCPAxisTickerFixed> xTicker(new QCPAxisTickerFixed);
    xTicker->setTickStep(25.0);
    xTicker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    p->xAxis->setTicker(xTicker);
    p->xAxis->setLabel(m_axisLabel);
    // Nothing to draw: the message alone (wrapped in relayout()), no empty axes.
    p->xAxis->setVisible(m_drawn > 0);
    p->yAxis->setVisible(m_drawn > 0);
    if (m_drawn == 0) {
        if (!m_emptyText.isEmpty()) {
            m_emptyItem = new QCPItemText(p);
            m_emptyItem->position->setType(QCPItemPosition::ptAxisRectRatio);
            m_emptyItem->position->setCoords(0.5, 0.5);
            m_emptyItem->setFont(labelFont());
            m_emptyItem->setColor(QColor(0x55, 0x55, 0x55));
            m_emptyItem->setTextAlignment(Qt::AlignCenter);
            m_emptyItem->setText(m_emptyText);
        }
        return;
    }

    // The top and bottom 10 % shaded; the peers' median as a dashed line.
    for (const auto &[from, to] : {std::pair{0.0, 10.0}, std::pair{90.0, 100.0}}) {
        auto *band = new QCPItemRect(p);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(from, 0.0);
        band->bottomRight->setCoords(to, 1.0);
        band->setPen(Qt::NoPen);
        band->setBrush(from < 50 ? QColor(0xd5, 0x5e, 0x00, 28) : QColor(0x00, 0x72, 0xb2, 28));
        band->setLayer(u"background"_s);
    }
    auto *median = new QCPItemStraightLine(p);
    median->point1->setCoords(50, 0);
    median->point2->setCoords(50, 1);
    median->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2 * s, Qt::DashLine));

    // One graph per colour (dots), a stem per row from the median.
    QCPGraph *graphs[3] = {};
    for (int k = 0; k < m_drawn; ++k) {
        const double pct = m_rows.at(m_drawnRows.at(k)).percentile;
        const QColor colour = dotColour(pct);
        const int g = pct >= 75.0 ? 0 : pct <= 25.0 ? 1 : 2;
        if (!graphs[g]) {
            graphs[g] = p->addGraph(p->yAxis, p->xAxis);
            graphs[g]->setLineStyle(QCPGraph::lsNone);
            graphs[g]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour.darker(130), colour, 10 * s));
            graphs[g]->removeFromLegend();
        }
        graphs[g]->addData(k + 1, pct);
        auto *stem = new QCPItemLine(p);
        stem->start->setCoords(50, k + 1);
        stem->end->setCoords(pct, k + 1);
        stem->setPen(QPen(colour, 2.0 * s));
    }
    p->xAxis->setRange(-3, 103);
    p->yAxis->setRange(0.4, std::max(1, m_drawn) + 0.6);
}

void ProfileChart::relayout()
{
    // The message broken into lines that fit the chart (at spaces, and where Japanese may break).
    if (m_emptyItem)
        m_emptyItem->setText(wrapped(m_emptyText, m_emptyItem->font()));
}

} // namespace regionlens::widgets
