// SPDX-License-Identifier: GPL-3.0-or-later
// Layout probe: finds what a user would see as broken in a window or widget.
//
//   const QStringList problems = test::probeLayout(&window);
//   QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
//
// Every visible widget is painted, one at a time, into a device whose paint
// engine records each piece of text drawn (its string and rectangle); charts
// (AnalysisChart) are drawn through their render() path and bare QCustomPlots
// through renderPlot(), so axis tick labels, legends, text items and titles
// are seen as text too. The probe then reports:
//   - "outside":  a widget that lies (partly) outside the window (widgets in
//                 a scroll area's contents are exempt: they scroll);
//   - "clipped":  text that does not fit in its own widget (a cut title, a
//                 label taller than its room, a tab scrolled away); and a
//                 word-wrapped label lower than its text at its width: Qt
//                 draws only the lines inside the label, so a line it cuts
//                 off is never drawn and no drawn text shows it (a source
//                 line squeezed to one line ends mid-word at the right edge);
//   - "arrow":    a tool button's menu arrow (drawn inside the button, over
//                 its text: Qt's size hint leaves it no room) on its text or
//                 closer to it than 3 px;
//   - "elided":   text drawn with "…" that its widget does not hold (a label,
//                 button, combo box, tab or table cell shortened by Qt), and
//                 any "…" drawn in a chart;
//   - "overlap":  two pieces of text whose rectangles overlap (anywhere in the
//                 window, between widgets too), beyond a pixel or two;
//   - "on axis":  chart text crossing a visible axis line;
//   - "legend":   a chart legend inside the plot that covers bars or points.
// Text scrolled out of a scroll area's viewport is ignored (it scrolls).
#pragma once

#include "widgets/analysischart.h"
#include "widgets/chartrendering.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QTabBar>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QWidget>

#include <qcustomplot.h>

#include <algorithm>

namespace regionlens::test {

struct DrawnText
{
    QString text;
    QRectF rect;        // in the painted widget's coordinates, then the window's
    QWidget *widget = nullptr;
};

namespace layoutprobe_detail {

using namespace Qt::StringLiterals;

// A paint engine that keeps the text and nothing else.
class TextRecorder : public QPaintEngine
{
public:
    TextRecorder() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override
    {
        m_transform = QTransform();
        return true;
    }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.trimmed().isEmpty())
            return;
        const QRectF local(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        texts.append({text, m_transform.mapRect(local), nullptr});
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawEllipse(const QRect &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawPoints(const QPoint *, int) override {}
    Type type() const override { return QPaintEngine::User; }

    QList<DrawnText> texts;

private:
    QTransform m_transform;
};

class TextDevice : public QPaintDevice
{
public:
    explicit TextDevice(const QSize &size) : m_size(size) {}
    ~TextDevice() override
    {
        // QPaintDevice's destructor asks for the engine; keep it alive.
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QList<DrawnText> take() { return std::exchange(m_engine.texts, {}); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    QSize m_size;
    mutable TextRecorder m_engine;
};

inline QString stripMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

inline QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The texts a widget holds (what it would draw in full).
inline QStringList heldTexts(QWidget *w)
{
    QStringList held;
    if (auto *label = qobject_cast<QLabel *>(w))
        held << plain(label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        held << stripMnemonic(button->text());
    if (auto *combo = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < combo->count(); ++i)
            held << combo->itemText(i);
    if (auto *box = qobject_cast<QGroupBox *>(w))
        held << stripMnemonic(box->title());
    if (auto *tabs = qobject_cast<QTabBar *>(w))
        for (int i = 0; i < tabs->count(); ++i)
            held << stripMnemonic(tabs->tabText(i));
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        held << edit->text() << edit->placeholderText();
    if (auto *bar = qobject_cast<QMenuBar *>(w))
        for (QAction *a : bar->actions())
            held << stripMnemonic(a->text());
    // An item view paints in its viewport; a header is a view of its own.
    QAbstractItemView *view = qobject_cast<QAbstractItemView *>(w);
    if (!view && w->parentWidget())
        view = qobject_cast<QAbstractItemView *>(w->parentWidget());
    if (view && view->model()) {
        const QAbstractItemModel *model = view->model();
        const int rows = std::min(model->rowCount(view->rootIndex()), 5000);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model->columnCount(view->rootIndex()); ++c)
                held << model->index(r, c, view->rootIndex()).data().toString();
        for (int c = 0; c < model->columnCount(); ++c)
            held << model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < std::min(model->rowCount(), 5000); ++r)
            held << model->headerData(r, Qt::Vertical).toString();
    }
    return held;
}

// The part of w that can be seen: its rect in window coordinates, clipped by
// its ancestors (a scroll area's viewport clips its contents).
inline QRect visibleRect(QWidget *w, QWidget *window)
{
    QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        r &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
    return r & window->rect();
}

inline bool inScrolledContents(QWidget *w, QWidget *window)
{
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true;
    return false;
}

inline bool isViewport(QWidget *w)
{
    auto *area = w->parentWidget() ? qobject_cast<QAbstractScrollArea *>(w->parentWidget()) : nullptr;
    return area && area->viewport() == w;
}

inline QString describe(QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    for (QWidget *p = w->parentWidget(); p && name.size() < 60; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
            name += u" in #"_s + p->objectName();
            break;
        }
    return name;
}

inline QString rectText(const QRectF &r)
{
    return u"(%1,%2 %3×%4)"_s.arg(qRound(r.x())).arg(qRound(r.y())).arg(qRound(r.width())).arg(qRound(r.height()));
}

// Pixel rectangles of the bars and points of the plottables in axisRect.
inline QList<QRectF> dataRects(QCustomPlot *plot, QCPAxisRect *axisRect)
{
    QList<QRectF> out;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        if (!p->visible() || !p->keyAxis() || p->keyAxis()->axisRect() != axisRect)
            continue;
        QCPAxis *key = p->keyAxis();
        QCPAxis *value = p->valueAxis();
        if (auto *bars = qobject_cast<QCPBars *>(p)) {
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
                double base = 0;
                for (QCPBars *below = bars->barBelow(); below; below = below->barBelow()) {
                    auto b = below->data()->findBegin(it->key, false);
                    if (b != below->data()->constEnd() && qFuzzyCompare(b->key + 1, it->key + 1)
                        && (b->value >= 0) == (it->value >= 0))
                        base += b->value;
                }
                const double half = bars->width() / 2;
                const double k1 = key->coordToPixel(it->key - half), k2 = key->coordToPixel(it->key + half);
                const double v1 = value->coordToPixel(base), v2 = value->coordToPixel(base + it->value);
                const bool horizontal = key->orientation() == Qt::Horizontal;
                out << (horizontal ? QRectF(QPointF(k1, v1), QPointF(k2, v2)) : QRectF(QPointF(v1, k1), QPointF(v2, k2)))
                           .normalized();
            }
        } else if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                const QPointF at = graph->coordsToPixels(it->key, it->value);
                out << QRectF(at - QPointF(2, 2), QSizeF(4, 4));
            }
        }
    }
    return out;
}

// Chart-specific checks, in the chart's coordinates.
inline void probeChartGeometry(QWidget *chart, QCustomPlot *plot, const QList<DrawnText> &texts, QStringList &problems)
{
    const QPoint offset = plot->mapTo(chart, QPoint(0, 0));
    for (QCPAxisRect *axisRect : plot->axisRects()) {
        const QRectF area = QRectF(axisRect->rect()).translated(offset);
        struct Edge { QCPAxis *axis; QLineF line; };
        const Edge edges[] = {
            {axisRect->axis(QCPAxis::atBottom), QLineF(area.bottomLeft(), area.bottomRight())},
            {axisRect->axis(QCPAxis::atLeft), QLineF(area.topLeft(), area.bottomLeft())},
            {axisRect->axis(QCPAxis::atTop), QLineF(area.topLeft(), area.topRight())},
            {axisRect->axis(QCPAxis::atRight), QLineF(area.topRight(), area.bottomRight())},
        };
        for (const Edge &e : edges) {
            if (!e.axis || !e.axis->visible() || e.axis->basePen().style() == Qt::NoPen)
                continue;
            for (const DrawnText &t : texts) {
                const QRectF r = t.rect.adjusted(2, 2, -2, -2);
                const bool crosses = e.line.dx() != 0
                    ? r.top() < e.line.y1() && r.bottom() > e.line.y1() && r.right() > area.left() && r.left() < area.right()
                    : r.left() < e.line.x1() && r.right() > e.line.x1() && r.bottom() > area.top() && r.top() < area.bottom();
                if (crosses)
                    problems << u"on axis: \"%1\" %2 crosses the axis line of %3"_s.arg(t.text, rectText(t.rect),
                                                                                        describe(chart));
            }
        }
        if (plot->legend && plot->legend->visible() && plot->legend->layout() == axisRect->insetLayout()) {
            const QRectF legend = QRectF(plot->legend->outerRect()).translated(offset).adjusted(2, 2, -2, -2);
            for (const QRectF &d : dataRects(plot, axisRect))
                if (d.translated(offset).intersects(legend)) {
                    problems << u"legend: the legend %1 of %2 covers data at %3"_s.arg(rectText(legend), describe(chart),
                                                                                      rectText(d.translated(offset)));
                    break;
                }
        }
    }
}

// What a widget hides of its own text without drawing it (see the top):
// word-wrapped labels too low for their lines, menu arrows over a button's
// text (texts: what w drew, in w's coordinates).
inline void probeHiddenText(QWidget *w, const QList<DrawnText> &texts, QStringList &problems)
{
    if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap() && !label->text().isEmpty()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 2)
            problems << u"clipped: %1 needs %2 px for its lines at its width %3 but has %4: \"%5\""_s.arg(
                describe(w)).arg(needed).arg(label->width()).arg(label->height()).arg(plain(label->text()).left(80));
    }
    auto *button = qobject_cast<QToolButton *>(w);
    if (button && button->menu() && button->popupMode() != QToolButton::MenuButtonPopup) {
        // Where QCommonStyle and Fusion draw the arrow of a button with a menu.
        const int mbi = button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        const QRect r = button->rect();
        const QRectF arrow(r.right() + 5 - mbi, r.y() + r.height() - mbi + 4, mbi - 6, mbi - 6);
        for (const DrawnText &t : texts)
            if (t.rect.intersects(arrow.adjusted(-3, 0, 0, 0)))   // touching, or closer than 3 px
                problems << u"arrow: the menu arrow %1 of %2 is drawn on or against its text \"%3\" %4"_s.arg(
                    rectText(arrow), describe(w), t.text, rectText(t.rect));
    }
}

// Draws w (not its children) and returns its text, in w's coordinates.
inline QList<DrawnText> drawnTexts(QWidget *w, QStringList &problems)
{
    TextDevice device(w->size());
    if (auto *chart = qobject_cast<widgets::AnalysisChart *>(w)) {
        {
            QPainter painter(&device);
            chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(w->size())));
        }
        QList<DrawnText> texts = device.take();
        probeChartGeometry(w, chart->plot(), texts, problems);
        return texts;
    }
    if (auto *plot = qobject_cast<QCustomPlot *>(w)) {
        if (qobject_cast<widgets::AnalysisChart *>(w->parentWidget()))
            return {};   // drawn with its chart
        {
            QPainter painter(&device);
            widgets::renderPlot(plot, &painter, QRectF(QPointF(0, 0), QSizeF(w->size())));
        }
        QList<DrawnText> texts = device.take();
        probeChartGeometry(w, plot, texts, problems);
        return texts;
    }
    w->render(&device, QPoint(), QRegion(), QWidget::RenderFlags());
    return device.take();
}

} // namespace layoutprobe_detail

// Every piece of text the visible widgets of window draw, in window
// coordinates, with the problems found while drawing (see the top).
inline QList<DrawnText> collectText(QWidget *window, QStringList &problems)
{
    using namespace layoutprobe_detail;
    QList<DrawnText> all;
    const QRect windowRect = window->rect();
    QList<QWidget *> widgets{window};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(window) && w != window)
            continue;
        if (w->isWindow() && w != window)
            continue;   // menus, dialogs, tool tips
        const QRect visible = visibleRect(w, window);
        if (visible.isEmpty())
            continue;
        const QRect own(w->mapTo(window, QPoint(0, 0)), w->size());
        const bool scrolled = inScrolledContents(w, window);
        if (!scrolled && !windowRect.contains(own))
            problems << u"outside: %1 %2 lies outside the window %3"_s.arg(describe(w), rectText(own), rectText(windowRect));
        const QList<DrawnText> texts = drawnTexts(w, problems);
        if (!scrolled)
            probeHiddenText(w, texts, problems);
        const bool chart = qobject_cast<widgets::AnalysisChart *>(w) || qobject_cast<QCustomPlot *>(w);
        const QStringList held = chart ? QStringList{} : heldTexts(w);
        for (DrawnText t : texts) {
            t.widget = w;
            const QRectF inner = QRectF(QPointF(0, 0), QSizeF(w->size())).adjusted(-1.5, -1.5, 1.5, 1.5);
            if (!isViewport(w) && !inner.contains(t.rect) && t.rect.intersects(inner))
                problems << u"clipped: \"%1\" %2 does not fit in %3 %4"_s.arg(t.text, rectText(t.rect), describe(w),
                                                                             rectText(QRectF(QPointF(0, 0), QSizeF(w->size()))));
            if (t.text.contains(u'…')) {
                const QString drawn = t.text.trimmed();
                const bool whole = std::any_of(held.begin(), held.end(),
                                               [&](const QString &h) { return h.contains(drawn); });
                if (!whole)
                    problems << u"elided: \"%1\" in %2"_s.arg(t.text, describe(w));
            }
            // What a viewport or a scroll area cuts off is not seen.
            t.rect = t.rect.translated(own.topLeft()) & QRectF(visible);
            if (t.rect.isEmpty())
                continue;   // scrolled away or drawn outside the widget
            all.append(t);
        }
    }
    return all;
}

// Pairs of overlapping text: the rectangles overlap by more than 2 px across
// and by more than a third of the lower one's height.
inline QStringList overlaps(QList<DrawnText> texts)
{
    using namespace layoutprobe_detail;
    QStringList problems;
    std::sort(texts.begin(), texts.end(), [](const DrawnText &a, const DrawnText &b) { return a.rect.left() < b.rect.left(); });
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QRectF &a = texts[i].rect;
        for (qsizetype j = i + 1; j < texts.size() && texts[j].rect.left() < a.right() - 2; ++j) {
            const QRectF &b = texts[j].rect;
            const QRectF both = a & b;
            if (both.width() > 2 && both.height() > std::max(2.0, std::min(a.height(), b.height()) / 3))
                problems << u"overlap: \"%1\" %2 (%3) and \"%4\" %5 (%6)"_s.arg(
                    texts[i].text, rectText(a), describe(texts[i].widget), texts[j].text, rectText(b),
                    describe(texts[j].widget));
        }
    }
    return problems;
}

// All the problems of window (see the top of this file); empty when it is fine.
inline QStringList probeLayout(QWidget *window)
{
    QStringList problems;
    const QList<DrawnText> texts = collectText(window, problems);
    problems += overlaps(texts);
    problems.removeDuplicates();
    return problems;
}

} // namespace regionlens::test
