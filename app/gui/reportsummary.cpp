// SPDX-License-Identifier: GPL-3.0-or-later
// The two-page summary: page 1 the region's key figures (and its peers) and
// the first boxes, page 2 the rest and the sources. Each box is a page of
// the registry: its title, as many whole paragraphs of its commentary as fit,
// and one figure drawn at a readable size.
#include "reportsummary.h"

#include "reportcanvas.h"

#include "analysispage.h"
#include "datasets/store.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

constexpr double kTextPoint = 9.0;
constexpr double kMinTextPoint = 7.5;

// The figure a page shows in the summary: its own choice, else the one that
// reads best at a third of a page, else its first.
PageFigure summaryFigure(const AnalysisPage *page)
{
    static const QHash<QString, QString> preferred = {{u"industry"_s, u"lq_ranking"_s},
                                                      {u"shiftshare"_s, u"shiftshare_waterfall"_s},
                                                      {u"population"_s, u"population_series"_s},
                                                      {u"flows"_s, u"net_migration_by_partner"_s}};
    const QList<PageFigure> figures = page->figures();
    QString id = page->summaryFigure();
    if (id.isEmpty())
        id = preferred.value(page->pageId());
    for (const PageFigure &figure : figures)
        if (figure.id == id && figure.paint)
            return figure;
    for (const PageFigure &figure : figures)
        if (figure.paint)
            return figure;
    return {};
}

// The commentary's top-level blocks (paragraphs and lists), without the
// region's heading and the on-screen hints in italics.
QStringList commentaryBlocks(const QString &html)
{
    static const QRegularExpression block(u"<(p|ul|ol|table)(\\s[^>]*)?>.*?</\\1>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = block.globalMatch(html); it.hasNext();) {
        const QString b = it.next().captured(0);
        if (!b.startsWith(u"<p><i>"_s))
            blocks << b;
    }
    if (blocks.isEmpty() && !html.trimmed().isEmpty())
        blocks << html;
    return blocks;
}

// As many whole blocks as fit height at the largest point size that takes at
// least two (or all there are); at the smallest size at least the first.
std::pair<QString, double> fitText(ReportCanvas &c, const QStringList &blocks, double width, double height)
{
    QString best;
    for (double pt = kTextPoint; pt >= kMinTextPoint; pt -= 0.5) {
        QString text;
        int count = 0;
        for (const QString &b : blocks) {
            if (c.measure(text + b, pt, width) > height)
                break;
            text += b;
            ++count;
        }
        if (count >= std::min<qsizetype>(2, blocks.size()))
            return {text, pt};
        if (pt - 0.5 < kMinTextPoint)
            best = count > 0 ? text : blocks.value(0);
    }
    return {best, kMinTextPoint};
}

// One box: the page's title, its text and figure side by side (or the
// figure under the text when the box is tall).
void drawBox(ReportCanvas &c, AnalysisPage *page, const QRectF &box)
{
    const double heading = c.htmlAt(u"<h3>%1</h3>"_s.arg(page->title().toHtmlEscaped()), 11, box.topLeft(),
                                    box.width());
    const QRectF inner(box.left(), box.top() + heading + 1 * c.mm, box.width(),
                       box.height() - heading - 1 * c.mm);
    const QStringList blocks = commentaryBlocks(page->commentary());
    const PageFigure figure = summaryFigure(page);
    const bool stacked = inner.height() > 110 * c.mm;
    QRectF textRect = stacked ? QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.38)
                              : QRectF(inner.left(), inner.top(), inner.width() * 0.42, inner.height());
    if (!figure.paint)
        textRect = inner;
    const auto [text, pt] = fitText(c, blocks, textRect.width(), textRect.height());
    c.painter->save();
    c.painter->setClipRect(textRect);
    const double used = c.htmlAt(text, pt, textRect.topLeft(), textRect.width());
    c.painter->restore();
    if (!figure.paint)
        return;
    const double gap = 3 * c.mm;
    const QRectF figureRect = stacked
        ? QRectF(inner.left(), inner.top() + std::min(used, textRect.height()) + gap, inner.width(),
                 inner.bottom() - inner.top() - std::min(used, textRect.height()) - gap)
        : QRectF(textRect.right() + gap, inner.top(), inner.right() - textRect.right() - gap, inner.height());
    c.figure(figure, figureRect, 0.8);
}

// How many boxes go on page 1: the split that makes the smallest box largest.
qsizetype boxesOnFirstPage(qsizetype count, double first, double second)
{
    qsizetype best = 0;
    double bestHeight = -1;
    for (qsizetype k = 0; k <= count; ++k) {
        const double h1 = k > 0 ? first / double(k) : first;
        const double h2 = count - k > 0 ? second / double(count - k) : second;
        const double smallest = std::min(k > 0 ? h1 : 1e9, count - k > 0 ? h2 : 1e9);
        if (smallest > bestHeight + 1e-9) {
            bestHeight = smallest;
            best = k;
        }
    }
    return best;
}

void drawBoxes(ReportCanvas &c, const QList<AnalysisPage *> &pages, double top, double bottom)
{
    if (pages.isEmpty())
        return;
    const double gap = 4 * c.mm;
    const double height = (bottom - top - gap * double(pages.size() - 1)) / double(pages.size());
    double y = top;
    for (AnalysisPage *page : pages) {
        drawBox(c, page, QRectF(c.body.left(), y, c.body.width(), height));
        y += height + gap;
    }
}

} // namespace

QString keyFigureTable(const QList<KeyFigure> &figures)
{
    if (figures.isEmpty())
        return u"<p>%1</p>"_s.arg(RegionReport::tr("The store holds no figures for this region.").toHtmlEscaped());
    QString table = u"<table width='100%' cellspacing='0' cellpadding='5' border='0'>"_s;
    for (const KeyFigure &k : figures) {
        table += u"<tr><td style='border-bottom:1px solid #bbb'><b>%1</b></td>"
                 "<td align='right' style='border-bottom:1px solid #bbb'><b>%2</b></td>"
                 "<td style='border-bottom:1px solid #bbb; color:#444'>%3</td></tr>"_s.arg(
            k.label.toHtmlEscaped(), k.value.toHtmlEscaped(), k.note.toHtmlEscaped());
    }
    return table + u"</table>"_s;
}

QString peerTableHtml(const datasets::Store &store, const QString &region, const QStringList &peers, bool japanese)
{
    const QStringList codes = QStringList{region} + peers;
    QString html = u"<h3>%1</h3><table width='100%' cellspacing='0' cellpadding='4' border='0'><tr><td></td>"_s.arg(
        RegionReport::tr("Compared with peer regions").toHtmlEscaped());
    for (const QString &code : codes) {
        const QString name = reportRegionName(store, code, japanese);
        html += u"<td align='right' style='border-bottom:1px solid #888'><b>%1</b></td>"_s.arg(name.toHtmlEscaped());
    }
    html += u"</tr>"_s;
    for (const PeerRow &row : peerTable(store, codes, japanese)) {
        html += u"<tr><td style='border-bottom:1px solid #ccc'>%1</td>"_s.arg(row.label.toHtmlEscaped());
        for (qsizetype i = 0; i < row.values.size(); ++i)
            html += u"<td align='right' style='border-bottom:1px solid #ccc'>%1%2%3</td>"_s.arg(
                i == 0 ? u"<b>"_s : QString(), row.values.at(i).toHtmlEscaped(), i == 0 ? u"</b>"_s : QString());
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

void drawSummary(ReportCanvas &c, const datasets::Store &store, const QString &region, const QString &name,
                 const QList<AnalysisPage *> &pages, const ReportOptions &options)
{
    const bool japanese = options.japanese;
    const QString date = QLocale(japanese ? QLocale::Japanese : QLocale::English)
                             .toString(QDate::currentDate(), QLocale::LongFormat);
    // Page 1: who, the key figures, the peers.
    c.y = c.body.top();
    c.htmlAt(u"<p style='color:#555'>%1</p>"_s.arg(RegionReport::tr("RegionLens region summary").toHtmlEscaped()), 10,
             c.body.topLeft(), c.body.width());
    c.htmlAt(u"<p style='color:#555' align='right'>%1 · %2</p>"_s.arg(region, date.toHtmlEscaped()), 10,
             c.body.topLeft(), c.body.width());
    c.y += c.measure(u"<p>%1</p>"_s.arg(region), 10, c.body.width()) + 1 * c.mm;
    c.y += c.htmlAt(u"<h1>%1</h1>"_s.arg(name.toHtmlEscaped()), 22, QPointF(c.body.left(), c.y), c.body.width());
    c.space(2);
    const QList<KeyFigure> key = keyFigures(store, region, japanese);
    c.y += c.htmlAt(keyFigureTable(key), 9.5, QPointF(c.body.left(), c.y), c.body.width());
    if (!options.peers.isEmpty()) {
        c.space(3);
        c.y += c.htmlAt(peerTableHtml(store, region, options.peers, japanese), 8.5, QPointF(c.body.left(), c.y),
                        c.body.width());
    }
    c.space(5);

    // The sources of what the summary shows, in small print under page 2.
    QStringList sources;
    for (const KeyFigure &k : key)
        if (!k.source.isEmpty() && !sources.contains(k.source))
            sources << k.source;
    for (AnalysisPage *page : pages)
        for (const QString &s : page->sources())
            if (!sources.contains(s))
                sources << s;
    const QString sourceText = u"<p style='color:#444'><b>%1</b> %2</p><p style='color:#444'>%3 %4</p>"_s.arg(
        RegionReport::tr("Sources:").toHtmlEscaped(), sources.join(japanese ? u"／"_s : u"; "_s).toHtmlEscaped(),
        sourcesLicence().toHtmlEscaped(), sourcesNote().toHtmlEscaped());
    const double sourceHeight = c.measure(sourceText, 7, c.body.width());

    const double first = c.body.bottom() - c.y;
    const double second = c.body.height() - sourceHeight - 4 * c.mm;
    const qsizetype onFirst = boxesOnFirstPage(pages.size(), first, second);
    drawBoxes(c, pages.mid(0, onFirst), c.y, c.body.bottom());
    c.footer();

    // Page 2: the other boxes and the sources.
    c.newPage();
    drawBoxes(c, pages.mid(onFirst), c.body.top(), c.body.top() + second);
    c.htmlAt(sourceText, 7, QPointF(c.body.left(), c.body.bottom() - sourceHeight), c.body.width());
    c.footer();
}

} // namespace regionlens::app
