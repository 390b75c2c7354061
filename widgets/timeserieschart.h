// SPDX-License-Identifier: GPL-3.0-or-later
// Line chart of one or several time series (QCustomPlot), with title, axis
// labels, unit, legend, colour-blind-safe series colours and a Japanese-capable
// font.
#pragma once

#include <QList>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace regionlens::widgets {

struct Series
{
    QString label;
    QVector<double> x;  // e.g. years
    QVector<double> y;  // NaN = gap
};

class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);
    void clear() { setSeries({}); }
    int seriesCount() const { return int(m_series.size()); }
    const QList<Series> &series() const { return m_series; }

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setAxisLabels(const QString &x, const QString &y);
    // Shown after the y label, "Population (persons)".
    void setUnit(const QString &unit);
    // Larger fonts and thicker lines for slides and screenshots.
    void setLargeFonts(bool large);
    bool largeFonts() const { return m_large; }

    QCustomPlot *plot() const { return m_plot; }
    QImage toImage(const QSize &size) const;
    bool savePng(const QString &path, const QSize &size) const;
    bool savePdf(const QString &path, const QSize &size) const;
    bool saveSvg(const QString &path, const QSize &size) const;

    QSize sizeHint() const override { return {520, 360}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFonts();

    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_titleElement = nullptr;
    QList<Series> m_series;
    QString m_title;
    QString m_xLabel;
    QString m_yLabel;
    QString m_unit;
    bool m_large = false;
};

} // namespace regionlens::widgets
