// SPDX-License-Identifier: GPL-3.0-or-later
// Linkage chart (産業連関の影響力係数 × 感応度係数): one bubble per sector at
// (backward linkage, forward linkage), its area proportional to the sector's
// output, dashed quadrant lines at 1.0 (the average sector), the quadrants
// named, and sector labels placed so that they do not overlap. A bubble
// chart with the linkage conventions; the value struct in, never SQL.
#pragma once

#include "widgets/bubblechart.h"

#include <QList>
#include <QRectF>

namespace regionlens::widgets {

struct LinkageSector
{
    QString label;
    double backward = 0;   // 影響力係数 (Rasmussen): column sum of the inverse ÷ their mean
    double forward = 0;    // 感応度係数: row sum of the inverse ÷ their mean
    double output = 0;     // bubble area ∝ output; ≤ 0 or NaN draws the smallest bubble
};

class LinkageChart : public BubbleChart
{
    Q_OBJECT

public:
    explicit LinkageChart(QWidget *parent = nullptr);

    // Sectors with a non-finite coefficient are left out (countDrawn()).
    void setSectors(const QList<LinkageSector> &sectors);
    const QList<LinkageSector> &sectors() const { return m_sectors; }

    // The sector labels as drawn (widget coordinates), in sector order;
    // a null rect for a sector not drawn. For tests and hit testing.
    QList<QRectF> labelRects() const;

private:
    void retranslate();
    void changeEvent(QEvent *event) override;

    QList<LinkageSector> m_sectors;
};

} // namespace regionlens::widgets
