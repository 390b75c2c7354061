// SPDX-License-Identifier: GPL-3.0-or-later
// Scatter plot of two indicators over every region of a level (自治体比較,
// issue 12): the other regions as small grey dots, the peers highlighted and
// named, the region compared marked and named, and a straight line (the
// OLS fit the page computes) with its caption ("r = 0.53, n = 1,741").
// Names that find no free spot beside their dot are hidden rather than drawn
// over another (the region's own name always shows); every dot's name and
// numbers show on hover; a click on a dot emits pointClicked().
#pragma once

#include "widgets/analysischart.h"

#include <QList>
#include <QString>

class QCPItemText;

namespace regionlens::widgets {

struct ScatterPoint
{
    enum Role { Other, Peer, Focus };
    QString label;
    double x = 0;
    double y = 0;
    Role role = Other;
    QString tooltip;   // "" = the label
};

class PeerScatterChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit PeerScatterChart(QWidget *parent = nullptr);

    // Points with a non-finite x or y are left out.
    void setPoints(const QList<ScatterPoint> &points);
    const QList<ScatterPoint> &points() const { return m_points; }
    int countDrawn() const { return m_drawn; }
    void setAxisLabels(const QString &x, const QString &y);
    // y = intercept + slope · x across the plot; NaN slope hides it.
    void setFitLine(double slope, double intercept, const QString &caption);
    void setLegendLabels(const QString &others, const QString &peers, const QString &focus);
    void setEmptyText(const QString &text);

    // The labels drawn (not hidden as crowded), for tests.
    QStringList visibleLabels() const;
    int pointAt(const QPoint &pos) const;

signals:
    // A left click on a dot (its index in points()).
    void pointClicked(int index);

protected:
    void rebuild() override;
    void relayout() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<ScatterPoint> m_points;
    QList<QCPItemText *> m_labels;   // per point, nullptr when not named
    QString m_xLabel, m_yLabel, m_emptyText, m_fitCaption;
    QString m_othersLabel, m_peersLabel, m_focusLabel;
    double m_slope = 0, m_intercept = 0;
    bool m_fit = false;
    int m_drawn = 0;
};

} // namespace regionlens::widgets
