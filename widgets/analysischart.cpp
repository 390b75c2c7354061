// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysischart.h"

#include "chartrendering.h"
#include "figureexport.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

AnalysisChart::AnalysisChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setBackground(Qt::white);
    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(m_plot, QString());
    m_titleElement->setMargins(QMargins(6, 6, 6, 2));
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.01);
    QLocale locale(QLocale::English);
    locale.setNumberOptions({});
    m_plot->setLocale(locale);
    m_plot->legend->setBrush(QColor(255, 255, 255, 225));
    m_plot->legend->setBorderPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
    applyFonts();
    // Pixel-dependent items (labels that avoid each other) are placed after
    // every layout pass, on screen and in toPainter() for exports alike.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { relayout(); });
}

void AnalysisChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleElement->setText(title);
    m_titleElement->setVisible(!title.isEmpty());
    replotUnlessBatched();
}

void AnalysisChart::setFootnote(const QString &text)
{
    m_footnote = text;
    if (text.isEmpty()) {
        if (m_footElement) {
            m_plot->plotLayout()->remove(m_footElement);
            m_plot->plotLayout()->simplify();
            m_footElement = nullptr;
        }
    } else {
        if (!m_footElement) {
            m_footElement = new QCPTextElement(m_plot, QString());
            m_footElement->setTextColor(QColor(0x55, 0x55, 0x55));
            m_footElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);   // one line: QCPTextElement sizes wrapped text wrongly
            m_footElement->setMargins(QMargins(8, 2, 8, 4));
            const int row = m_plot->plotLayout()->rowCount();
            m_plot->plotLayout()->addElement(row, 0, m_footElement);
            m_plot->plotLayout()->setRowStretchFactor(row, 0.01);
        }
        m_footElement->setText(text);
        m_footElement->setFont(smallFont());
    }
    replotUnlessBatched();
}

void AnalysisChart::setLargeFonts(bool large)
{
    if (m_large == large)
        return;
    m_large = large;
    applyFonts();
    refresh();
}

QFont AnalysisChart::baseFont() const
{
    QFont base = chartFont(font());
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    base.setPointSizeF(m_large ? size * 1.5 : size);
    return base;
}

QFont AnalysisChart::tickFont() const
{
    return baseFont();
}

QFont AnalysisChart::labelFont() const
{
    QFont f = baseFont();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    return f;
}

QFont AnalysisChart::smallFont() const
{
    QFont f = baseFont();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

void AnalysisChart::applyFonts()
{
    QFont title = baseFont();
    title.setPointSizeF(title.pointSizeF() * (m_large ? 1.15 : 1.3));
    title.setBold(true);
    m_titleElement->setFont(title);
    if (m_footElement)
        m_footElement->setFont(smallFont());
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabelFont(tickFont());
        axis->setLabelFont(labelFont());
    }
    m_plot->legend->setFont(tickFont());
}

void AnalysisChart::refresh()
{
    if (m_batchDepth > 0) {
        m_batchDirty = true;
        return;
    }
    rebuild();
    replotIfSized(m_plot);
}

void AnalysisChart::replotUnlessBatched()
{
    if (m_batchDepth > 0)
        m_batchDirty = true;
    else
        replotIfSized(m_plot);
}

void AnalysisChart::forwardClicks(std::function<int(const QPoint &)> indexAt, std::function<void(int)> clicked)
{
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this, indexAt = std::move(indexAt), clicked = std::move(clicked)](QMouseEvent *event) {
                const int index = indexAt(m_plot->mapTo(this, event->position().toPoint()));
                if (index >= 0)
                    clicked(index);
            });
}

void AnalysisChart::render(QPainter *painter, const QRectF &target) const
{
    renderPlot(m_plot, painter, target);
}

FigurePaint AnalysisChart::figurePaint() const
{
    return [this](QPainter *painter, const QRectF &target) { render(painter, target); };
}

QImage AnalysisChart::toImage(const QSize &size) const
{
    return renderPlotImage(m_plot, size);
}

bool AnalysisChart::savePng(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Png, path, size, m_title);
}

bool AnalysisChart::saveSvg(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Svg, path, size, m_title);
}

bool AnalysisChart::savePdf(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Pdf, path, size, m_title);
}

void AnalysisChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AnalysisChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"–"_s;
    QLocale locale(QLocale::English);
    QString text = locale.toString(std::abs(value), 'f', decimals);
    if (value < 0 && text.contains(QRegularExpression(u"[1-9]"_s)))
        text.prepend(QChar(0x2212));
    return text;
}

} // namespace regionlens::widgets
