// SPDX-License-Identifier: GPL-3.0-or-later
// Vertical bars of signed values around zero (QCustomPlot): net migration by
// age class, or the components of population change by region. Gains and
// losses in two colour-blind-safe colours, value labels on the bars, "no
// data" marked where a value is NaN. Output to any painter.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QPainter;

namespace regionlens::widgets {

struct NetBarData
{
    QStringList categories;   // left to right
    QVector<double> values;   // NaN = no data
};

class NetBarChart : public QWidget
{
    Q_OBJECT

public:
    explicit NetBarChart(QWidget *parent = nullptr);

    void setData(const NetBarData &data);
    const NetBarData &data() const { return m_data; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(const QString &unit);          // value axis caption
    void setValueLabels(bool on);               // numbers on the bars
    void setEmptyText(const QString &text);     // shown when there is no data at all
    void setLargeFonts(bool on);

    QColor gainColour() const;
    QColor lossColour() const;
    // Widget pixel x of a category's centre and y of a value.
    QPointF barPixel(int index) const;
    double zeroPixel() const;

    QCustomPlot *plot() const { return m_plot; }
    void render(QPainter *painter, const QRectF &target) const;
    QImage toImage(const QSize &size) const;

    QSize sizeHint() const override { return {420, 300}; }
    QSize minimumSizeHint() const override { return {220, 160}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFonts();

    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_titleElement = nullptr;
    NetBarData m_data;
    QString m_title;
    QString m_unit;
    QString m_emptyText;
    bool m_valueLabels = true;
    bool m_large = false;
};

} // namespace regionlens::widgets
