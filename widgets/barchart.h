// SPDX-License-Identifier: GPL-3.0-or-later
// Horizontal ranked bars (first category on top), one or several series
// side by side, an optional reference line (e.g. LQ = 1.0) and value labels.
#pragma once

#include "widgets/analysischart.h"

#include <QList>
#include <QStringList>
#include <QVector>

namespace regionlens::widgets {

struct BarSeries
{
    QString label;
    QVector<double> values;  // one per category; NaN = no bar
};

class BarChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    // Categories from top to bottom; each series has one value per category.
    void setData(const QStringList &categories, const QList<BarSeries> &series);
    void clear() { setData({}, {}); }
    QStringList categories() const { return m_categories; }
    const QList<BarSeries> &series() const { return m_series; }
    int seriesCount() const { return int(m_series.size()); }

    void setValueAxisLabel(const QString &label);
    void setDecimals(int decimals);
    // A vertical line at value (e.g. 1.0) with a label; NaN removes it.
    void setReferenceLine(double value, const QString &label = QString());
    double referenceValue() const { return m_reference; }
    // With one series: bars at or above the reference in the series colour,
    // the others in a light grey-blue, so that "above" stands out.
    void setEmphasiseAboveReference(bool on);
    // Draws a short message in the plot when there is nothing to show.
    void setEmptyText(const QString &text);

    // Colour used for bar (series, category), as drawn.
    QColor barColour(int series, int category) const;
    // Category under a widget position (−1 for none).
    int categoryAt(const QPoint &pos) const;

signals:
    void categoryClicked(int index);

protected:
    void rebuild() override;
    void relayout() override;

private:
    QStringList m_categories;
    QList<BarSeries> m_series;
    QString m_valueLabel;
    QString m_emptyText;
    QString m_referenceLabel;
    double m_reference;
    int m_decimals = 2;
    bool m_emphasise = false;
};

} // namespace regionlens::widgets
