// SPDX-License-Identifier: GPL-3.0-or-later
// Waterfall: each step floats from the running sum of the steps before it;
// total steps stand on zero and show the sum. Rises and falls in Okabe–Ito
// blue and vermillion, totals in dark grey, with value labels and dashed
// connectors.
#pragma once

#include "widgets/analysischart.h"

#include <QList>

class QCPItemText;

namespace regionlens::widgets {

struct WaterfallStep
{
    QString label;
    double value = 0;      // the step (ignored for totals unless useValue)
    bool total = false;    // a bar from 0 to the running sum
    bool useValue = false; // totals: draw value instead of the running sum
};

class WaterfallChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit WaterfallChart(QWidget *parent = nullptr);

    void setSteps(const QList<WaterfallStep> &steps);
    void clear() { setSteps({}); }
    const QList<WaterfallStep> &steps() const { return m_steps; }
    void setValueAxisLabel(const QString &label);
    void setDecimals(int decimals);
    void setValueSuffix(const QString &suffix);   // appended to value labels, e.g. " pt"
    void setEmptyText(const QString &text);

    // Bottom and top of step i's bar in plot units.
    std::pair<double, double> barSpan(int index) const;
    QColor barColour(int index) const;
    static QColor riseColour();
    static QColor fallColour();
    static QColor totalColour();

protected:
    void rebuild() override;
    // Value labels and step names fitted to their bar's slot (see the .cpp).
    void relayout() override;

private:
    void fitValueRange();
    QList<WaterfallStep> m_steps;
    QList<QCPItemText *> m_labels;   // one per step, made by rebuild()
    QString m_valueLabel, m_suffix, m_emptyText;
    int m_decimals = 1;
};

} // namespace regionlens::widgets
