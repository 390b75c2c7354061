// SPDX-License-Identifier: GPL-3.0-or-later
// Population pyramid (QCustomPlot): horizontal bars by age class, males to
// the left of the centre line and females to the right, youngest at the
// bottom; a second pyramid (another year) can be overlaid as an outline to
// show how the structure changed. Colour-blind-safe colours; title, fonts,
// batching and output to any painter come from AnalysisChart.
#pragma once

#include "widgets/analysischart.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace regionlens::widgets {

struct PyramidData
{
    QString label;            // legend text, e.g. "2022"
    QStringList ageLabels;    // youngest first
    QVector<double> male;     // same length as ageLabels; NaN = no data
    QVector<double> female;

    bool isEmpty() const { return ageLabels.isEmpty(); }
};

class PyramidChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit PyramidChart(QWidget *parent = nullptr);

    void setPyramid(const PyramidData &data);
    // Drawn as an outline over the bars; the age labels must match (an
    // overlay with other classes is ignored). Empty = none.
    void setOutline(const PyramidData &data);
    void clear();
    const PyramidData &pyramid() const { return m_data; }
    const PyramidData &outline() const { return m_outline; }
    bool hasOutline() const { return !m_outline.isEmpty(); }

    // Value axis caption, e.g. "persons" or "% of total".
    void setUnit(const QString &unit);
    // Percent values get one decimal on the axis.
    void setPercent(bool on);
    void setSexLabels(const QString &male, const QString &female);
    // Shown in the middle when there is nothing to draw.
    void setEmptyText(const QString &text);

    // Widget pixel position of a bar end: sex 0 = male, 1 = female.
    QPointF valuePixel(int sex, int ageIndex) const;
    double centrePixel() const;
    QColor maleColour() const;
    QColor femaleColour() const;

    QSize sizeHint() const override { return {460, 420}; }
    QSize minimumSizeHint() const override { return {240, 220}; }

protected:
    void rebuild() override;
    void relayout() override;

private:
    void applyAgeTicks();

    PyramidData m_data;
    PyramidData m_outline;
    QString m_unit;
    QString m_maleLabel;
    QString m_femaleLabel;
    QString m_emptyText;
    bool m_percent = false;
    int m_labelStep = 0;   // every m_labelStep-th age class labelled (0: not yet)
};

} // namespace regionlens::widgets
