// SPDX-License-Identifier: GPL-3.0-or-later
// Bubble chart (RESAS's 稼ぐ力 chart): x and y per bubble, bubble area
// proportional to a size value, quadrant lines (e.g. at 1.0 / 1.0), labelled
// bubbles that avoid each other, and bubbles coloured by quadrant.
#pragma once

#include "widgets/analysischart.h"

#include <QList>
#include <QStringList>

class QCPItemText;

namespace regionlens::widgets {

struct Bubble
{
    QString label;
    double x = 0;
    double y = 0;
    double size = 0;  // area ∝ size; ≤ 0 or NaN draws the smallest bubble
};

class BubbleChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit BubbleChart(QWidget *parent = nullptr);

    // Bubbles with a non-finite x or y are left out (countDrawn() says how many are drawn).
    void setBubbles(const QList<Bubble> &bubbles);
    void clear() { setBubbles({}); }
    const QList<Bubble> &bubbles() const { return m_bubbles; }
    int countDrawn() const { return m_drawn; }

    void setAxisLabels(const QString &x, const QString &y);
    // Quadrant lines; NaN hides a line.
    void setQuadrantLines(double x, double y);
    // Corner captions: top right, top left, bottom left, bottom right.
    void setQuadrantLabels(const QStringList &labels);
    // Logarithmic axes (ratios such as LQs read symmetrically around 1).
    void setLogarithmic(bool on);
    bool logarithmic() const { return m_log; }
    void setEmptyText(const QString &text);
    // A label that finds no free spot beside its bubble is hidden instead of
    // overlapping another (default: drawn to the right regardless).
    void setHideCrowdedLabels(bool on);

    // Fill colour of bubble i as drawn (by quadrant), invalid when not drawn.
    QColor bubbleColour(int index) const;
    // Widget position of bubble i's centre (for tests and hit testing).
    QPointF bubbleCentre(int index) const;
    // Diameter in pixels of bubble i (at the current font scale).
    double bubbleDiameter(int index) const;
    int bubbleAt(const QPoint &pos) const;

signals:
    void bubbleClicked(int index);

protected:
    void rebuild() override;
    void relayout() override;

private:
    QList<Bubble> m_bubbles;
    QList<QCPItemText *> m_labels;   // per bubble, nullptr when not drawn
    QString m_xLabel, m_yLabel, m_emptyText;
    QStringList m_quadrantLabels;
    double m_qx = 1.0, m_qy = 1.0;
    double m_maxSize = 0;
    bool m_log = false;
    bool m_hideCrowded = false;
    int m_drawn = 0;
};

} // namespace regionlens::widgets
