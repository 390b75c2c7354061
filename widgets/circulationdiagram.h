// SPDX-License-Identifier: GPL-3.0-or-later
// The 地域経済循環 diagram (as RESAS's 地域経済循環マップ): three stages side
// by side — 生産 (gross value added) → 分配 (income) → 支出 (expenditure) —
// each with its total, its parts as small bars, and the money that flows into
// or out of the region at that stage; an arrow from 支出 back to 生産 carries
// the 地域経済循環率. Renders a plain value struct (the page fills it from
// the input–output adapter); painting only, no data access. Fonts shrink
// (never below 60 %) until every text fits the target, so the figure reads
// the same on screen, in the report and in exports (render()); with room to
// spare they grow up to 135 %.
#pragma once

#include "widgets/figureexport.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <array>
#include <limits>

class QPainter;

namespace regionlens::widgets {

struct CirculationItem
{
    QString label;
    double value = std::numeric_limits<double>::quiet_NaN();   // in the diagram's unit; may be negative
};

struct CirculationFlow
{
    enum class Kind { Inflow, Outflow, Note };
    Kind kind = Kind::Note;
    QString label;                                              // a Note is drawn as wrapped text
    double value = std::numeric_limits<double>::quiet_NaN();    // ignored for a Note
};

struct CirculationStage
{
    QString name;                    // e.g. "生産（付加価値額）"
    double total = std::numeric_limits<double>::quiet_NaN();
    QList<CirculationItem> items;    // parts, shares of total drawn as bars
    QList<CirculationFlow> flows;    // across the region's boundary
    QString flowsHeading;            // "" = CirculationDiagramData::flowsHeading
};

struct CirculationDiagramData
{
    std::array<CirculationStage, 3> stages;   // production, distribution, expenditure
    double circulationRate = std::numeric_limits<double>::quiet_NaN();   // 生産 ÷ 分配 (1 = 100 %)
    QString rateLabel;               // e.g. "地域経済循環率"
    QString rateNote;                // under the rate, e.g. "place-of-work basis"
    QString unit;                    // appended to every amount, e.g. "億円"
    int decimals = 0;
    QString percentSuffix = QStringLiteral(" %");   // after the rate: "%" in Japanese
    QString flowsHeading;            // heading of each stage's flows, e.g. "地域外との流れ"
    QString emptyText;               // drawn when every total is NaN
};

class CirculationDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit CirculationDiagram(QWidget *parent = nullptr);

    void setData(const CirculationDiagramData &data);
    const CirculationDiagramData &data() const { return m_data; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setFootnote(const QString &text);
    QString footnote() const { return m_footnote; }
    void setLargeFonts(bool large);
    bool largeFonts() const { return m_large; }

    // Where everything goes in target (logical pixels at 96 dpi), and the
    // font scale chosen (the largest from 1.35 down to 0.6) so that it fits (fits = false when even the smallest
    // scale overflows; the text is then clipped to its card).
    struct Layout
    {
        QRectF title, footnote, badge;
        std::array<QRectF, 3> cards;
        double fontScale = 1.0;
        bool fits = true;
    };
    Layout layout(const QRectF &target) const;

    void render(QPainter *painter, const QRectF &target) const;
    FigurePaint figurePaint() const;
    QImage toImage(const QSize &size) const;

    static QColor stageColour(int stage);
    static QColor inflowColour();
    static QColor outflowColour();

    QSize sizeHint() const override { return {820, 520}; }
    QSize minimumSizeHint() const override { return {480, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Fonts;
    Fonts fonts(double scale) const;
    // Height a card needs at width w with these fonts; widthOk = every row fits.
    double cardHeight(const CirculationStage &stage, double w, const Fonts &f, bool *widthOk) const;
    Layout layoutWith(const QRectF &target, double scale, bool *fits) const;
    void paintCard(QPainter *p, const QRectF &card, int stage, const Fonts &f) const;
    QString amount(double value, bool sign = false) const;
    QString flowsHeading(const CirculationStage &stage) const;

    CirculationDiagramData m_data;
    QString m_title;
    QString m_footnote;
    bool m_large = false;
};

} // namespace regionlens::widgets
