// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysischart.h"

#include "chartrendering.h"
#include "figureexport.h"
#include "textwrap.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
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
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        // An axis title put on two lines changes the margins: lay out again
        // (twice: a bottom title on two lines shortens the left axis).
        for (int pass = 0; pass < 2 && fitAxisTitles(); ++pass)
            for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
                m_plot->plotLayout()->update(phase);
        fitTickCounts();
        relayout();
        keepTextsInside();
    });
}

namespace {

// text on two lines, broken at the space or opening bracket nearest its
// middle; text itself when it has no such place or has two lines already.
QString inTwoLines(const QString &text)
{
    if (text.contains(u'\n'))
        return text;
    qsizetype best = -1;
    for (qsizetype k = 1; k < text.size(); ++k)
        if ((text.at(k) == u' ' || text.at(k) == u'(' || text.at(k) == u'（')
            && (best < 0 || std::abs(k - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = k;
    return best > 0 ? text.left(best).trimmed() + u'\n' + text.mid(best).trimmed() : text;
}

} // namespace

// An axis title longer than its axis (a vertical "Population (persons)" on a
// low chart, "Location quotient (LQ)" under a narrow one) goes on two lines.
// Each pass starts from the chart's own title. True when a title changed.
bool AnalysisChart::fitAxisTitles()
{
    bool changed = false;
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            const QString label = axis->label();
            if (!axis->visible() || label.isEmpty())
                continue;
            if (axis->property("rlShownLabel").toString() != label)
                axis->setProperty("rlLabel", label);
            const QString original = axis->property("rlLabel").toString();
            const double length = axis->orientation() == Qt::Horizontal ? rect->width() : rect->height();
            const bool tooLong = length > 0 && QFontMetricsF(axis->labelFont()).horizontalAdvance(original) > length;
            const QString shown = tooLong ? inTwoLines(original) : original;
            axis->setProperty("rlShownLabel", shown);
            if (shown != label) {
                axis->setLabel(shown);
                changed = true;
            }
        }
    }
    return changed;
}

// A text item anchored near the plot's right (left) edge and running past it
// ("LQ = 1 (national share)" at a reference line near the end of the axis, an
// end-of-line label) is first broken onto two lines at a space or bracket
// near its middle, else turned to run the other way from its anchor. Each
// pass starts from the item's own text and alignment.
void AnalysisChart::keepTextsInside()
{
    const QRect view = m_plot->viewport();
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(m_plot->item(i));
        if (!text || !text->visible() || text->rotation() != 0)
            continue;
        // The chart's own text and alignment, unless they are what this
        // function set last time (a relayout() may have set new ones).
        if (text->property("rlShown").toString() != text->text()
            || text->property("rlShownAlign").toInt() != int(text->positionAlignment())) {
            text->setProperty("rlText", text->text());
            text->setProperty("rlAlign", int(text->positionAlignment()));
        }
        const QString original = text->property("rlText").toString();
        const Qt::Alignment align = Qt::Alignment(text->property("rlAlign").toInt());
        const Qt::Alignment vertical = align & Qt::AlignVertical_Mask;
        const QFontMetricsF metrics(text->font());
        const auto widthOf = [&](const QString &t) {
            double w = 0;
            for (const QString &line : t.split(u'\n'))
                w = std::max(w, metrics.horizontalAdvance(line));
            return w + text->padding().left() + text->padding().right();
        };
        const double x = text->position->pixelPosition().x();
        // The room is the axis rect when the item is clipped to it (a label
        // running past it is cut, or crosses the axis and its tick labels).
        const QRectF room = text->clipToAxisRect() && text->clipAxisRect() ? QRectF(text->clipAxisRect()->rect())
                                                                            : QRectF(view);
        const auto fits = [&](const QString &t, Qt::Alignment a) {
            const double w = widthOf(t);
            return a & Qt::AlignLeft    ? x + w <= room.right() + 1
                   : a & Qt::AlignRight ? x - w >= room.left() - 1
                                        : x - w / 2 >= room.left() - 1 && x + w / 2 <= room.right() + 1;
        };
        QString shown = original;
        Qt::Alignment shownAlign = align;
        // A centred item (a value in its bar, an empty chart's note) stays as it is.
        if (!(align & Qt::AlignHCenter) && !fits(original, align)) {
            const QString two = inTwoLines(original);
            const bool breakable = two != original;
            const Qt::Alignment flipped = (align & Qt::AlignLeft ? Qt::AlignRight : Qt::AlignLeft) | vertical;
            const Qt::Alignment centred = Qt::AlignHCenter | vertical;
            // The first that fits: two lines on its side, the other side,
            // two lines there, then centred on its anchor (one line or two).
            const std::pair<QString, Qt::Alignment> tries[] = {
                {two, align}, {original, flipped}, {two, flipped}, {original, centred}, {two, centred}};
            bool placed = false;
            for (const auto &[t, a] : tries)
                if ((t != original || a != align) && fits(t, a)) {
                    shown = t;
                    shownAlign = a;
                    placed = true;
                    break;
                }
            if (!placed && breakable)
                shown = two;
        }
        if (text->text() != shown)
            text->setText(shown);
        if (text->positionAlignment() != shownAlign)
            text->setPositionAlignment(shownAlign);
        text->setProperty("rlShown", shown);
        text->setProperty("rlShownAlign", int(shownAlign));
    }
}

void AnalysisChart::fitTickCounts()
{
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        bool changed = false;
        for (QCPAxis *axis : rect->axes()) {
            const QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
            if (!axis->visible() || !axis->tickLabels() || !ticker || ticker.dynamicCast<QCPAxisTickerText>()
                || axis->tickLabelRotation() != 0)
                continue;
            const int wish = m_tickWishes.value(ticker.data(), ticker->tickCount());
            m_tickWishes.insert(ticker.data(), wish);
            const QFontMetricsF metrics(axis->tickLabelFont());
            const bool horizontal = axis->orientation() == Qt::Horizontal;
            const double gap = metrics.height() * (horizontal ? 0.8 : 0.3);
            const int before = ticker->tickCount();
            int count = wish;
            for (; count > 2; --count) {
                ticker->setTickCount(count);
                QVector<double> ticks;
                QVector<QString> labels;
                ticker->generate(axis->range(), m_plot->locale(), axis->numberFormat().at(0), axis->numberPrecision(),
                                 ticks, nullptr, &labels);
                bool fits = true;
                for (qsizetype i = 1; i < ticks.size() && fits; ++i) {
                    const double distance = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
                    const double extent = horizontal ? (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2
                                                     : metrics.height();
                    fits = distance >= extent + gap;
                }
                if (fits)
                    break;
            }
            ticker->setTickCount(count);
            changed = changed || before != count;
        }
        if (changed)
            rect->update(QCPLayoutElement::upPreparation);   // the tick vectors again
    }
}

void AnalysisChart::placeLegendBelow()
{
    QCPLegend *legend = m_plot->legend;
    if (m_plot->plotLayout()->hasElement(2, 0) && m_plot->plotLayout()->element(2, 0) == legend)
        return;
    m_plot->axisRect()->insetLayout()->take(legend);
    m_plot->plotLayout()->insertRow(2);
    m_plot->plotLayout()->addElement(2, 0, legend);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(3);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(6, 2, 6, 2));
    legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    m_legendBelow = true;
}

void AnalysisChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleElement->setText(wrapped(title, m_titleElement->font()));
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
        m_footElement->setFont(smallFont());
        m_footElement->setText(wrapped(text, smallFont()));
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
    base.setPointSizeF(size * scale());
    return base;
}

double AnalysisChart::scale() const
{
    return m_large ? kLargeFontScale : 1.0;
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
    fitTexts();
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
    fitTexts();
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
    // The plot has replotted for its new size already (its resize comes
    // first): what fitTexts() changes for this width needs another replot,
    // or the screen kept the legend's old columns (entries cut at the right).
    const int columns = m_plot->legend->wrap();
    const QString title = m_titleElement->text();
    const QString foot = m_footElement ? m_footElement->text() : QString();
    fitTexts();
    if (columns != m_plot->legend->wrap() || title != m_titleElement->text()
        || (m_footElement && foot != m_footElement->text()))
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    QWidget::resizeEvent(event);
}

// title, broken into lines (explicit: QCPTextElement sizes only those
// right) where it is wider than the chart: a title or footnote is never cut,
// and Japanese breaks between phrases, not inside a word (textwrap.h).
QString AnalysisChart::wrapped(const QString &text, const QFont &font) const
{
    const double room = width() - 24;
    if (text.isEmpty() || room < 80 || QFontMetricsF(font).horizontalAdvance(text) <= room)
        return text;
    return wrapLines(text, font, room).join(u'\n');
}

QString AnalysisChart::shownTitle() const
{
    return m_titleElement->text();
}

// The title and footnote wrapped for the current width; a legend under the
// plot (placeLegendBelow) in as many columns as fit.
void AnalysisChart::fitTexts()
{
    m_titleElement->setText(wrapped(m_title, m_titleElement->font()));
    if (m_footElement)
        m_footElement->setText(wrapped(m_footnote, m_footElement->font()));
    QCPLegend *legend = m_plot->legend;
    if (m_legendBelow) {
        double widest = 1;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (QCPAbstractLegendItem *item = legend->item(i))   // wrapping leaves empty cells
                widest = std::max(widest, double(item->minimumOuterSizeHint().width()));
        const int columns = std::clamp(int((width() - 20) / (widest + legend->columnSpacing())), 1, 4);
        if (columns != legend->wrap()) {
            // setWrap() alone only places entries added later: the entries
            // there are placed again, or a narrower chart squeezed them over
            // each other ("Current tre" under "Fertility 2.07 by").
            legend->setWrap(columns);
            legend->setFillOrder(legend->fillOrder(), true);
        }
    }
}

QString withSign(double value, const QString &digits, bool plus)
{
    const bool nonZero = std::any_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'1' && c <= u'9'; });
    if (!std::isfinite(value) || !nonZero)
        return digits;
    if (value < 0)
        return QChar(0x2212) + digits;
    return plus && value > 0 ? u'+' + digits : digits;
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"–"_s;
    return withSign(value, QLocale(QLocale::English).toString(std::abs(value), 'f', decimals), false);
}

QString formatSigned(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"–"_s;
    return withSign(value, QLocale(QLocale::English).toString(std::abs(value), 'f', decimals), true);
}

} // namespace regionlens::widgets
