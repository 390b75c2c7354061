// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkagechart.h"

#include <qcustomplot.h>

#include <QEvent>

namespace regionlens::widgets {

LinkageChart::LinkageChart(QWidget *parent) : BubbleChart(parent)
{
    const Batch batch(this);
    setQuadrantLines(1.0, 1.0);
    setLogarithmic(false);
    retranslate();
}

void LinkageChart::retranslate()
{
    const Batch batch(this);
    setAxisLabels(tr("Backward linkage (影響力係数)"), tr("Forward linkage (感応度係数)"));
    // Corners: top right, top left, bottom left, bottom right.
    setQuadrantLabels({tr("Pulls and supplies the economy"), tr("Supplies other sectors"),
                       tr("Weak links either way"), tr("Pulls other sectors")});
    setEmptyText(tr("No input–output table"));
}

void LinkageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    BubbleChart::changeEvent(event);
}

void LinkageChart::setSectors(const QList<LinkageSector> &sectors)
{
    m_sectors = sectors;
    QList<Bubble> bubbles;
    for (const LinkageSector &s : sectors)
        bubbles.append({s.label, s.backward, s.forward, s.output});
    setBubbles(bubbles);
}

QList<QRectF> LinkageChart::labelRects() const
{
    // The sector labels are the plot's text items anchored at an absolute
    // position (the quadrant captions sit at axis-rect ratios).
    QHash<QString, QRectF> byText;
    QCustomPlot *p = plot();
    for (int i = 0; i < p->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(p->item(i));
        if (!text || text->position->type() != QCPItemPosition::ptAbsolute)
            continue;
        const QRectF r(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        byText.insert(text->text(), r.translated(p->mapTo(this, QPoint(0, 0))));
    }
    QList<QRectF> out;
    for (const LinkageSector &s : m_sectors)
        out.append(byText.value(s.label));
    return out;
}

} // namespace regionlens::widgets
