// SPDX-License-Identifier: GPL-3.0-or-later
// Common base of every chart (ranked bars, bubbles, stacked bars, waterfall,
// net bars, population pyramid, time series): a QCustomPlot with a title row
// and an optional footnote, one font scheme (a Japanese-capable font, normal
// or large for projectors), one batching of setters (Batch), and one output
// to any painter (screen image, SVG, PDF page) through render(), which the
// exports (figureexport.h) use.
#pragma once

#include "widgets/figureexport.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QWidget>

#include <functional>
#include <utility>

class QCustomPlot;
class QCPTextElement;
class QPainter;

namespace regionlens::widgets {

class AnalysisChart : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // The title as drawn: broken into lines for the chart's width.
    QString shownTitle() const;
    // A small note drawn under the plot (e.g. the source or a caveat).
    void setFootnote(const QString &text);
    QString footnote() const { return m_footnote; }
    void setLargeFonts(bool large);
    bool largeFonts() const { return m_large; }

    QCustomPlot *plot() const { return m_plot; }
    // Draws the whole chart into target (vector output on SVG and PDF
    // painters). The chart is laid out for target's size in device pixels
    // divided by the device's scale (its logical DPI / 96).
    void render(QPainter *painter, const QRectF &target) const;
    QImage toImage(const QSize &size) const;
    // render() as a paint function (for PageFigure, writeFigureFile); it
    // refers to this chart, so it must not outlive it.
    FigurePaint figurePaint() const;
    // Files through the shared export path (QSaveFile; see figureexport.h).
    bool savePng(const QString &path, const QSize &size) const;
    bool saveSvg(const QString &path, const QSize &size) const;
    bool savePdf(const QString &path, const QSize &size) const;

    // Groups several setters into one rebuild and replot: each setter alone
    // rebuilds and replots (about 3 ms for 47 stacked bars), so a page that
    // sets data, totals, highlight, title and footnote for one change holds a
    // Batch meanwhile and the chart is redrawn once, when the last Batch ends.
    class Batch
    {
    public:
        explicit Batch(AnalysisChart *chart) : m_chart(chart) { ++m_chart->m_batchDepth; }
        ~Batch()
        {
            if (--m_chart->m_batchDepth == 0 && std::exchange(m_chart->m_batchDirty, false))
                m_chart->refresh();
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        AnalysisChart *m_chart;
    };

    QSize sizeHint() const override { return {560, 420}; }
    QSize minimumSizeHint() const override { return {260, 200}; }

protected:
    // Rebuilds the plottables and items from the data; refresh() replots.
    virtual void rebuild() = 0;
    // Called when the layout of an existing plot changes size (labels that
    // depend on pixel positions); default: nothing.
    virtual void relayout() {}
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    // Fonts for the current size mode: ticks, legend and value labels at the
    // base size, axis captions 1.1×, footnotes 0.9×, the title bold 1.3×
    // (1.15× in large mode, whose base is kLargeFontScale × the application font).
    QFont baseFont() const;
    QFont tickFont() const;
    QFont labelFont() const;
    QFont smallFont() const;
    double scale() const;
    void applyFonts();
    // Rebuilds and replots now, or when the last Batch ends. Setters call it.
    void refresh();
    // Replots now, or when the last Batch ends (a change that needs no rebuild).
    void replotUnlessBatched();
    // The body of a plain setter: stores value, then refresh().
    template <typename T, typename V>
    void setAndRefresh(T &member, V &&value)
    {
        member = std::forward<V>(value);
        refresh();
    }
    // Moves the legend out of the plot, into a row of its own under it, its
    // entries side by side (wrapping): it never covers data.
    void placeLegendBelow();
    // For a press on the plot: clicked(index) when indexAt(the press's widget
    // position) finds an item (index ≥ 0).
    void forwardClicks(std::function<int(const QPoint &)> indexAt, std::function<void(int)> clicked);
    // text broken into lines (at spaces and between Japanese phrases, textwrap.h) no wider than the chart.
    QString wrapped(const QString &text, const QFont &font) const;

private:
    // Fewer ticks on a numeric axis whose tick labels would touch (large
    // fonts, a narrow chart): called after every layout pass.
    void fitTickCounts();
    bool fitAxisTitles();
    void fitTexts();
    void keepTextsInside();

    QCustomPlot *m_plot = nullptr;
    QHash<const void *, int> m_tickWishes;   // per ticker: the tick count it came with
    QCPTextElement *m_titleElement = nullptr;
    QCPTextElement *m_footElement = nullptr;
    QString m_title;
    QString m_footnote;
    bool m_large = false;
    bool m_legendBelow = false;   // placeLegendBelow(): fitTexts() sets its columns
    int m_batchDepth = 0;
    bool m_batchDirty = false;   // a setter ran inside a Batch
};

// The one rule for signs: digits (the absolute value already formatted)
// with "−" (U+2212) before them when value < 0 and "+" when value > 0 and
// plus, but no sign at all when the digits shown are all zero — a value that
// rounds to zero at the precision shown reads "0.0", never "−0.0" or "+0.0".
QString withSign(double value, const QString &digits, bool plus = true);
// "1,234" / "1.23" with the C locale's digits, "−" for minus (typographic).
QString formatNumber(double value, int decimals);
// formatNumber with "+" for a positive value: "+1,234", "−0.1", "0.0".
QString formatSigned(double value, int decimals);

} // namespace regionlens::widgets
