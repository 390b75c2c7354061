// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionreport.h"

#include "reportcanvas.h"
#include "reportsummary.h"

#include "exportsupport.h"

#include "analysispage.h"
#include "catalogsource.h"
#include "pageregistry.h"
#include "regionselection.h"
#include "datasets/store.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// Height / width of a figure in the full report. Charts take a third of the
// page, maps a little more; the shift-share bars (one per prefecture) get a
// page of their own so that all 47 labels are readable.
double figureAspect(const QString &id)
{
    if (id == u"shiftshare_bars")
        return 1.3;
    if (id.endsWith(u"map"_s) || id.contains(u"_map"_s) || id == u"circulation_diagram")
        return 0.62;
    return 0.5;
}

// False when the page hides the figure's widget (no data for the region);
// pages of a tab or stack that are merely not current count as shown.
bool shownOnPage(const PageFigure &figure, const AnalysisPage *page)
{
    for (const QWidget *w = figure.widget; w && w != page; w = w->parentWidget())
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    return true;
}

// The cover of one region: name, code and date, key figures, the comparison
// with peers, the contents.
void drawCover(ReportCanvas &c, const datasets::Store &store, const QString &region, const QString &name,
               const QList<AnalysisPage *> &pages, const ReportOptions &options, QStringList *sources)
{
    const bool japanese = options.japanese;
    const QString date = QLocale(japanese ? QLocale::Japanese : QLocale::English)
                             .toString(QDate::currentDate(), QLocale::LongFormat);
    c.space(24);
    c.html(u"<p style='color:#555'>%1</p>"_s.arg(RegionReport::tr("RegionLens region report").toHtmlEscaped()), 14);
    c.html(u"<h1>%1</h1>"_s.arg(name.toHtmlEscaped()), 30);
    c.html(u"<p style='color:#555'>%1 · %2</p>"_s.arg(region, date.toHtmlEscaped()), 12);
    c.space(10);
    const QList<KeyFigure> key = keyFigures(store, region, japanese);
    for (const KeyFigure &k : key)
        if (!k.source.isEmpty() && !sources->contains(k.source))
            sources->append(k.source);
    c.html(u"<h3>%1</h3>"_s.arg(RegionReport::tr("Key figures").toHtmlEscaped()) + keyFigureTable(key), 12);
    if (!options.peers.isEmpty()) {
        c.space(6);
        c.html(peerTableHtml(store, region, options.peers, japanese), 10);
    }
    c.space(8);
    QString contents = u"<h3>%1</h3><ol>"_s.arg(RegionReport::tr("Contents").toHtmlEscaped());
    for (AnalysisPage *page : pages)
        contents += u"<li>%1</li>"_s.arg(page->title().toHtmlEscaped());
    contents += u"<li>%1</li></ol>"_s.arg(RegionReport::tr("Sources and licences").toHtmlEscaped());
    c.html(contents, 12);
    c.footer();
}

// One section per page: its commentary and how to read it, then its figures.
void drawSections(ReportCanvas &c, const QList<AnalysisPage *> &pages, int *section, QStringList *sources)
{
    for (AnalysisPage *page : pages) {
        page->waitForIdle();
        c.newPage();
        c.html(u"<h2>%1. %2</h2>"_s.arg((*section)++).arg(page->title().toHtmlEscaped()), 18);
        c.space(2);
        c.html(page->commentary(), 11);
        c.space(2);
        c.html(u"<p style='color:#444'><i>%1</i> %2</p>"_s.arg(RegionReport::tr("How to read:").toHtmlEscaped(),
                                                                page->howToRead().toHtmlEscaped()),
               10);
        c.space(4);
        for (const PageFigure &figure : page->figures()) {
            if (!figure.paint || !shownOnPage(figure, page))
                continue;
            const double height = std::min(c.body.width() * figureAspect(figure.id), c.body.height());
            c.ensure(height + 5 * c.mm);
            c.figure(figure, QRectF(c.body.left(), c.y, c.body.width(), height));
            c.y += height + 5 * c.mm;
        }
        for (const QString &s : page->sources())
            if (!sources->contains(s))
                sources->append(s);
        c.footer();
    }
}

void drawSources(ReportCanvas &c, const QStringList &sources)
{
    QString html = u"<h2>%1</h2><ul>"_s.arg(RegionReport::tr("Sources and licences").toHtmlEscaped());
    for (const QString &s : sources)
        html += u"<li>%1</li>"_s.arg(s.toHtmlEscaped());
    html += u"</ul><p>%1</p><p>%2</p>"_s.arg(sourcesLicence().toHtmlEscaped(), sourcesNote().toHtmlEscaped());
    c.html(html, 11);
    c.footer();
}

// The pages of options.sections (all when empty), in the registry's order.
bool chooseSections(const QList<AnalysisPage *> &allPages, const ReportOptions &options, QList<AnalysisPage *> *pages,
                    QString *error)
{
    QStringList known;
    for (AnalysisPage *page : allPages)
        known << page->pageId();
    const QStringList wanted = !options.sections.isEmpty() ? options.sections
        : options.summary                                   ? summarySections(allPages)
                                                            : known;
    for (const QString &id : wanted) {
        if (!known.contains(id)) {
            *error = RegionReport::tr("Unknown report section: %1 (the sections are %2)").arg(id, known.join(u", "_s));
            return false;
        }
    }
    for (AnalysisPage *page : allPages)
        if (wanted.contains(page->pageId()))
            pages->append(page);
    return true;
}

} // namespace

QString sourcesLicence()
{
    return RegionReport::tr("Statistics: published under the Government of Japan Standard Terms of Use (version 2.0), "
                            "compatible with CC BY 4.0. Prefecture boundaries: Natural Earth 1:10m admin-1, public "
                            "domain.");
}

QString sourcesNote()
{
    return RegionReport::tr("Made with RegionLens (GPL-3.0-or-later). Figures are computed from the official tables in "
                            "the store; suppressed or missing cells are left out, never estimated.");
}

QString unknownSection(const QStringList &ids)
{
    QStringList known;
    for (const PageEntry &entry : analysisPages())
        known << entry.id;
    for (const QString &id : ids)
        if (!known.contains(id))
            return RegionReport::tr("Unknown report section: %1 (the sections are %2)").arg(id, known.join(u", "_s));
    return {};
}

QStringList summarySections(const QList<AnalysisPage *> &pages)
{
    static const QStringList always = {u"industry"_s, u"shiftshare"_s, u"population"_s, u"flows"_s};
    QStringList ids;
    for (AnalysisPage *page : pages)
        if (always.contains(page->pageId()) || page->inSummary())
            ids << page->pageId();
    return ids;
}

ReportResult writeRegionReport(const datasets::Store &store, const QList<AnalysisPage *> &allPages,
                               const QString &region, bool japanese, const QString &path)
{
    ReportOptions options;
    options.regions = {region};
    options.japanese = japanese;
    return writeRegionReport(store, allPages, options, path, {});
}

ReportResult writeRegionReport(const datasets::Store &store, const QList<AnalysisPage *> &allPages,
                               const ReportOptions &options, const QString &path,
                               const std::function<void(const QString &code)> &select)
{
    ReportResult result;
    const bool japanese = options.japanese;
    QStringList names;
    for (const QString &region : options.regions) {
        if (!store.region(region)) {
            result.error = RegionReport::tr("Unknown region code: %1").arg(region);
            return result;
        }
        names << reportRegionName(store, region, japanese);
    }
    for (const QString &peer : options.peers) {
        if (!store.region(peer)) {
            result.error = RegionReport::tr("Unknown region code: %1").arg(peer);
            return result;
        }
    }
    if (names.isEmpty()) {
        result.error = RegionReport::tr("No region to report on.");
        return result;
    }
    QList<AnalysisPage *> chosen;
    if (!chooseSections(allPages, options, &chosen, &result.error))
        return result;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = RegionReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    const QString allNames = names.join(reporttext::separator(japanese));
    QPdfWriter writer(&file);
    writer.setTitle(options.summary ? RegionReport::tr("Region summary: %1").arg(allNames)
                                    : RegionReport::tr("Region report: %1").arg(allNames));
    writer.setCreator(u"RegionLens"_s);
    // 96 dpi: the figures' fonts (in points) come out at the size they have on
    // screen; text and lines stay vectors, so nothing is lost in print.
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 18),
                                     QPageLayout::Millimeter));
    QPainter painter(&writer);
    if (!painter.isActive()) {
        result.error = RegionReport::tr("Cannot start the PDF writer for %1.").arg(path);
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    ReportCanvas c;
    c.writer = &writer;
    c.painter = &painter;
    c.body = QRectF(painter.viewport());
    c.mm = writer.resolution() / 25.4;
    c.body.setBottom(c.body.bottom() - 8 * c.mm);   // room for the footer
    c.y = c.body.top();
    c.font = QFont();

    QStringList sources;
    int section = 1;
    for (qsizetype i = 0; i < options.regions.size(); ++i) {
        const QString &region = options.regions.at(i);
        if (select)
            select(region);
        // A section for every page with something to report (AnalysisPage::inReport()).
        QList<AnalysisPage *> pages;
        for (AnalysisPage *page : chosen) {
            page->waitForIdle();
            if (page->inReport())
                pages.append(page);
        }
        if (i > 0)
            c.newPage();
        c.footerText = options.summary ? RegionReport::tr("RegionLens region summary: %1").arg(names.at(i))
                                       : RegionReport::tr("RegionLens region report: %1").arg(names.at(i));
        if (options.summary) {
            drawSummary(c, store, region, names.at(i), pages, options);
            continue;
        }
        drawCover(c, store, region, names.at(i), pages, options, &sources);
        drawSections(c, pages, &section, &sources);
    }
    if (!options.summary) {
        c.newPage();
        drawSources(c, sources);
    }
    painter.end();
    if (!commitSaveFile(file, path, &result.error))
        return result;
    // The PDF engine stops writing at the first short write (a full disk)
    // without telling its device: a complete PDF ends with its %%EOF trailer.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.seek(std::max<qint64>(0, written.size() - 32))
        || !written.read(32).contains("%%EOF")) {
        written.close();
        QFile::remove(path);
        result.error = RegionReport::tr("Cannot write %1: the PDF is incomplete (is the disk full?)").arg(path);
        return result;
    }
    result.ok = true;
    result.pages = c.pages;
    return result;
}

ReportResult writeRegionReport(datasets::Store &store, const QString &region, bool japanese, const QString &path)
{
    ReportOptions options;
    options.regions = {region};
    options.japanese = japanese;
    return writeRegionReport(store, options, path);
}

ReportResult writeRegionReport(datasets::Store &store, const ReportOptions &options, const QString &path)
{
    for (const QString &region : options.regions) {
        if (!store.region(region)) {
            ReportResult result;
            result.error = RegionReport::tr("Unknown region code: %1").arg(region);
            return result;
        }
    }
    RegionSelection selection;
    selection.set({options.regions.value(0)});
    CatalogSource catalog(store, options.japanese);
    catalog.rebuildNow();
    // The pages live in a hidden host widget at a report-friendly size
    // (destroyed first: they follow the selection and the catalogue).
    QWidget host;
    host.resize(1400, 900);
    const QList<AnalysisPage *> pages =
        createReportPages(PageContext{store, selection, catalog, options.japanese}, &host);
    const auto select = [&](const QString &code) {
        if (selection.codes() != QStringList{code})
            selection.set({code});
    };
    return writeRegionReport(store, pages, options, path, select);
}

QList<AnalysisPage *> createReportPages(const PageContext &context, QWidget *host)
{
    QList<AnalysisPage *> pages;
    for (const PageEntry &entry : analysisPages()) {
        AnalysisPage *page = entry.create(context, host);
        page->resize(host->size());
        pages.append(page);
    }
    return pages;
}

} // namespace regionlens::app
