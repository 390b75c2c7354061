// SPDX-License-Identifier: GPL-3.0-or-later
// Horizontal stacked bars of signed components (positive parts stack right
// of zero, negative parts left), one row per category (first on top), an
// optional marker per row for the total (e.g. the actual growth), and
// highlighted rows (the selected regions).
#pragma once

#include "widgets/analysischart.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QVector>

namespace regionlens::widgets {

struct StackComponent
{
    QString label;
    QVector<double> values;  // one per category; NaN counts as 0
    QColor colour;           // invalid = the series colour of its index
};

class StackedBarChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    void setData(const QStringList &categories, const QList<StackComponent> &components);
    // One marker per category (NaN = none), drawn as a black diamond.
    void setTotals(const QVector<double> &totals, const QString &label);
    void setHighlighted(const QList<int> &categories);
    void setValueAxisLabel(const QString &label);
    void setDecimals(int decimals);

    QStringList categories() const { return m_categories; }
    const QList<StackComponent> &components() const { return m_components; }
    QColor componentColour(int index) const;
    // Plot span [from, to] of component c in category i, as stacked.
    std::pair<double, double> segment(int component, int category) const;
    int categoryAt(const QPoint &pos) const;
    // Widget position of the middle of a segment (for tests).
    QPointF segmentCentre(int component, int category) const;

signals:
    void categoryClicked(int index);

public:
    // Every how many rows a category is labelled: 1 while the labels fit
    // their rows, more when they would overlap (47 prefectures on a low
    // chart); highlighted rows are always labelled.
    int labelStep() const { return m_labelStep; }

protected:
    void rebuild() override;
    void relayout() override;

private:
    void applyTicker();

    QStringList m_categories;
    QList<StackComponent> m_components;
    QVector<double> m_totals;
    QString m_totalLabel;
    QList<int> m_highlighted;
    QString m_valueLabel;
    int m_decimals = 1;
    int m_labelStep = 0;   // 0: not yet laid out
};

} // namespace regionlens::widgets
