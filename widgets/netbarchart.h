// SPDX-License-Identifier: GPL-3.0-or-later
// Vertical bars of signed values around zero (QCustomPlot): net migration by
// age class, or the components of population change by region. Gains and
// losses in two colour-blind-safe colours, value labels on the bars, "no
// data" marked where a value is NaN. Title, fonts, batching and output to
// any painter come from AnalysisChart. Horizontal (categories top to bottom)
// for long names such as a region's partners; with in and out given, each
// row shows in to the right of zero and out to the left in light colours,
// the net as a narrower dark bar over them, and a legend says which is which.
#pragma once

#include "widgets/analysischart.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace regionlens::widgets {

struct NetBarData
{
    QStringList categories;   // left to right
    QVector<double> values;   // NaN = no data
    // Optional, one per category: movers in (drawn ≥ 0) and out (drawn ≤ 0).
    QVector<double> inflow;
    QVector<double> outflow;
    QString inName;           // legend entries when in/out are given
    QString outName;
    QString netName;
};

class NetBarChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit NetBarChart(QWidget *parent = nullptr);

    void setData(const NetBarData &data);
    const NetBarData &data() const { return m_data; }
    void setUnit(const QString &unit);          // value axis caption
    void setValueLabels(bool on);               // numbers on the bars
    void setEmptyText(const QString &text);     // shown when there is no data at all
    void setHorizontal(bool on);                // categories down the left, first at the top
    bool horizontal() const { return m_horizontal; }

    QColor gainColour() const;
    QColor lossColour() const;
    // Widget pixel x of a category's centre and y of a value.
    QPointF barPixel(int index) const;
    double zeroPixel() const;

    QSize sizeHint() const override { return {420, 300}; }
    QSize minimumSizeHint() const override { return {220, 160}; }

protected:
    void rebuild() override;
    void relayout() override;

private:
    NetBarData m_data;
    double m_lo = 0.0;   // the values' extent on the value axis, without room for labels
    double m_hi = 0.0;
    QString m_unit;
    QString m_emptyText;
    bool m_valueLabels = true;
    bool m_horizontal = false;
};

} // namespace regionlens::widgets
