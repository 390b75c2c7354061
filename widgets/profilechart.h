// SPDX-License-Identifier: GPL-3.0-or-later
// Profile of a region against its peers (自治体比較, issue 12): one row per
// indicator, the region's percentile among its peers on a 0–100 axis as a
// dot on a stem from the peers' median (50), blue where it is in the top
// quarter, orange in the bottom quarter, grey between; the top and bottom
// 10 % are shaded. Rows are drawn in the order given (top first); the
// numbers of a row show on hover (ProfileRow::tooltip). Long names wrap at
// spaces; when the rows do not all fit the chart's height, the first and the
// last rows of the order are drawn (the strongest and the weakest when the
// page sorts by percentile) and the footnote says how many.
#pragma once

#include "widgets/analysischart.h"

#include <QList>
#include <QString>

class QCPItemText;

namespace regionlens::widgets {

struct ProfileRow
{
    QString label;        // the indicator's name
    double percentile = 0;   // 0–100; NaN rows are left out
    QString tooltip;      // value, peers' median, percentile, rank (formatted by the page)
};

class ProfileChart : public AnalysisChart
{
    Q_OBJECT

public:
    explicit ProfileChart(QWidget *parent = nullptr);

    void setRows(const QList<ProfileRow> &rows);
    const QList<ProfileRow> &rows() const { return m_rows; }
    int countDrawn() const { return m_drawn; }
    // The axis caption (say which end is above the peers).
    void setAxisLabel(const QString &label);
    // The footnote: note, then omitted.arg(first drawn).arg(last drawn).arg(rows) when rows are left out.
    void setNotes(const QString &note, const QString &omitted);
    void setEmptyText(const QString &text);

    // Index into rows() of the row at a widget position, -1 for none.
    int rowAt(const QPoint &pos) const;
    // Fill colour of a percentile's dot.
    static QColor dotColour(double percentile);

protected:
    void rebuild() override;
    void relayout() override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<ProfileRow> m_rows;
    QList<int> m_drawnRows;   // rows() index per drawn row, top first
    // How many rows fit the current height.
    int capacity() const;
    QString m_axisLabel, m_emptyText, m_note, m_omitted;
    int m_capacity = 0;
    int m_drawn = 0;
    QCPItemText *m_emptyItem = nullptr;   // the message when nothing is drawn (wrapped to the plot's width)
};

} // namespace regionlens::widgets
