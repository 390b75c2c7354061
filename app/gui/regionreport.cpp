// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionreport.h"

#include "exportsupport.h"

#include "analysispage.h"
#include "catalogsource.h"
#include "pageregistry.h"
#include "regionselection.h"
#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/keyfigures.h"
#include "datasets/store.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

struct RegionReport
{
    Q_DECLARE_TR_FUNCTIONS(RegionReport)
};

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString percent(double fraction)
{
    return (fraction >= 0 ? u"+"_s : QString()) + number(fraction * 100.0, 1) + u" %"_s;
}

// Page geometry in device pixels.
struct Canvas
{
    QPdfWriter *writer = nullptr;
    QPainter *painter = nullptr;
    QRectF body;
    double y = 0;
    int pages = 1;
    double mm = 1;   // device pixels per millimetre
    QFont font;

    void newPage()
    {
        writer->newPage();
        ++pages;
        y = body.top();
    }
    void ensure(double height)
    {
        if (y + height > body.bottom() && y > body.top())
            newPage();
    }
    // Draws HTML across the body width; returns its height.
    double html(const QString &text, double pointSize)
    {
        QTextDocument doc;
        QFont f = font;
        f.setPointSizeF(pointSize);
        doc.setDefaultFont(f);
        doc.setDocumentMargin(0);
        doc.setTextWidth(body.width());
        doc.setHtml(text);
        // Scale: QTextDocument lays out in the painter's device pixels because the
        // font's point size is resolved against the PDF writer's resolution.
        doc.documentLayout()->setPaintDevice(writer);
        doc.setTextWidth(body.width());
        const double height = doc.size().height();
        ensure(height);
        painter->save();
        painter->translate(body.left(), y);
        doc.drawContents(painter);
        painter->restore();
        y += height;
        return height;
    }
    void space(double millimetres) { y += millimetres * mm; }
};

} // namespace

// The numbers come from the key-figures adapter (shared with
// `regionlens-cli key-figures`); this only words them. region may be a group
// ("group:tokyo_area" or "group:11,12,13").
QList<KeyFigure> keyFigures(const datasets::Store &store, const QString &region, bool japanese)
{
    namespace kf = datasets::keyfigures;
    kf::Request request{region, {}};
    if (region.startsWith(u"group:")) {
        datasets::RegionAggregate group;
        QString error;
        if (!datasets::flows::resolveGroup(&store, region, &group, &error))
            return {};
        request = {group.code, group.members};
    }
    const kf::Result result = kf::compute(kf::load(store, request));
    const QString persons = japanese ? u" 人"_s : u" persons"_s;
    const auto since = [](const kf::KeyFigure &k) {
        return std::isfinite(k.change)
            ? u", "_s + RegionReport::tr("%1 since %2").arg(percent(k.change)).arg(k.previousYear)
            : QString();
    };
    QList<KeyFigure> figures;
    for (const kf::KeyFigure &k : result.figures) {
        const QString source = japanese ? k.sourceJa : k.sourceEn;
        switch (k.figure) {
        case kf::Figure::Population: {
            QString note = RegionReport::tr("census %1").arg(k.year) + since(k);
            if (k.rankOf > 1)
                note += u", "_s + RegionReport::tr("rank %1 of %2").arg(k.rank).arg(k.rankOf);
            figures.append({RegionReport::tr("Population"), number(k.value) + persons, note, source});
            break;
        }
        case kf::Figure::Employees:
            figures.append({RegionReport::tr("Employees (private establishments)"), number(k.value) + persons,
                            RegionReport::tr("Economic Census %1").arg(k.year) + since(k), source});
            break;
        case kf::Figure::Establishments:
            figures.append({RegionReport::tr("Establishments (private)"), number(k.value),
                            RegionReport::tr("Economic Census %1").arg(k.year), source});
            break;
        case kf::Figure::GrossProduct: {
            QString note = RegionReport::tr("FY%1, nominal").arg(k.year);
            if (std::isfinite(k.change))
                note += u", "_s + RegionReport::tr("%1 on the year before").arg(percent(k.change));
            figures.append({RegionReport::tr("Gross prefectural product"),
                            number(k.value / 100.0, 0) + (japanese ? u" 億円"_s : u" × 100 million yen"_s), note,
                            source});
            break;
        }
        case kf::Figure::NetMigration: {
            const QString label = k.basis == kf::MigrationBasis::GroupFlows
                ? RegionReport::tr("Net migration from outside the group")
                : k.basis == kf::MigrationBasis::MunicipalFlows
                ? RegionReport::tr("Net migration from other municipalities")
                : k.basis == kf::MigrationBasis::MunicipalInOut ? RegionReport::tr("Net migration (movers in − out)")
                                                                 : RegionReport::tr("Net migration from other prefectures");
            figures.append({label, (k.value >= 0 ? u"+"_s : QString()) + number(k.value),
                            RegionReport::tr("%1: in %2, out %3").arg(k.year).arg(number(k.inflow), number(k.outflow)),
                            source});
            break;
        }
        }
    }
    return figures;
}

ReportResult writeRegionReport(const datasets::Store &store, const QList<AnalysisPage *> &allPages,
                               const QString &region, bool japanese, const QString &path)
{
    // A section for every page with something to report (AnalysisPage::inReport()).
    QList<AnalysisPage *> pages;
    for (AnalysisPage *page : allPages) {
        page->waitForIdle();
        if (page->inReport())
            pages.append(page);
    }
    ReportResult result;
    const auto info = store.region(region);
    if (!info) {
        result.error = RegionReport::tr("Unknown region code: %1").arg(region);
        return result;
    }
    const QString name = japanese ? info->nameJa : info->nameEn;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = RegionReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    QPdfWriter writer(&file);
    writer.setTitle(RegionReport::tr("Region report: %1").arg(name));
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

    Canvas c;
    c.writer = &writer;
    c.painter = &painter;
    c.body = QRectF(painter.viewport());
    c.mm = writer.resolution() / 25.4;
    c.body.setBottom(c.body.bottom() - 8 * c.mm);   // room for the footer
    c.y = c.body.top();
    c.font = QFont();

    const QString date = QLocale(japanese ? QLocale::Japanese : QLocale::English)
                             .toString(QDate::currentDate(), QLocale::LongFormat);
    auto footer = [&] {
        painter.save();
        QFont f = c.font;
        f.setPointSizeF(8);
        painter.setFont(f);
        painter.setPen(Qt::darkGray);
        const QRectF rect(c.body.left(), c.body.bottom() + 2 * c.mm, c.body.width(), 6 * c.mm);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, RegionReport::tr("RegionLens region report: %1").arg(name));
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, QString::number(c.pages));
        painter.restore();
    };

    // Cover.
    c.space(30);
    c.html(u"<p style='color:#555'>%1</p>"_s.arg(RegionReport::tr("RegionLens region report").toHtmlEscaped()), 14);
    c.html(u"<h1>%1</h1>"_s.arg(name.toHtmlEscaped()), 30);
    c.html(u"<p style='color:#555'>%1 · %2</p>"_s.arg(region, date.toHtmlEscaped()), 12);
    c.space(12);
    QString table = u"<h3>%1</h3><table width='100%' cellspacing='0' cellpadding='6' border='0'>"_s.arg(
        RegionReport::tr("Key figures").toHtmlEscaped());
    const QList<KeyFigure> key = keyFigures(store, region, japanese);
    for (const KeyFigure &k : key) {
        table += u"<tr><td style='border-bottom:1px solid #bbb'><b>%1</b></td>"
                 "<td align='right' style='border-bottom:1px solid #bbb'><b>%2</b></td>"
                 "<td style='border-bottom:1px solid #bbb; color:#444'>%3</td></tr>"_s.arg(
            k.label.toHtmlEscaped(), k.value.toHtmlEscaped(), k.note.toHtmlEscaped());
    }
    table += u"</table>"_s;
    if (key.isEmpty())
        table += u"<p>%1</p>"_s.arg(RegionReport::tr("The store holds no figures for this region.").toHtmlEscaped());
    c.html(table, 12);
    c.space(10);
    QString contents = u"<h3>%1</h3><ol>"_s.arg(RegionReport::tr("Contents").toHtmlEscaped());
    for (AnalysisPage *page : pages)
        contents += u"<li>%1</li>"_s.arg(page->title().toHtmlEscaped());
    contents += u"<li>%1</li></ol>"_s.arg(RegionReport::tr("Sources and licences").toHtmlEscaped());
    c.html(contents, 12);
    footer();

    // One section per page: figures, then the commentary and how to read them.
    QStringList sources;
    for (const KeyFigure &k : key) {
        if (!k.source.isEmpty() && !sources.contains(k.source))
            sources.append(k.source);
    }
    int section = 1;
    for (AnalysisPage *page : pages) {
        page->waitForIdle();
        c.newPage();
        c.html(u"<h2>%1. %2</h2>"_s.arg(section++).arg(page->title().toHtmlEscaped()), 18);
        c.space(2);
        c.html(page->commentary(), 11);
        c.space(2);
        c.html(u"<p style='color:#444'><i>%1</i> %2</p>"_s.arg(RegionReport::tr("How to read:").toHtmlEscaped(),
                                                                page->howToRead().toHtmlEscaped()),
               10);
        c.space(4);
        const QList<PageFigure> figures = page->figures();
        // Figures are laid out at a screen-like logical width, then scaled to the page.
        constexpr double kLogicalWidth = 900.0;
        constexpr double kAspect = 0.62;
        const double scale = c.body.width() / kLogicalWidth;
        const double figureHeight = c.body.width() * kAspect;
        for (const PageFigure &figure : figures) {
            if (!figure.paint)
                continue;
            if (c.y + figureHeight + 10 * c.mm > c.body.bottom()) {
                footer();
                c.newPage();
            }
            const QRectF target(c.body.left(), c.y, c.body.width(), figureHeight);
            painter.save();
            painter.setClipRect(target);
            painter.translate(target.topLeft());
            painter.scale(scale, scale);
            figure.paint(&painter, QRectF(0, 0, kLogicalWidth, kLogicalWidth * kAspect));
            painter.restore();
            c.y += figureHeight + 5 * c.mm;
        }

        for (const QString &s : page->sources()) {
            if (!sources.contains(s))
                sources.append(s);
        }
        footer();
    }

    // Sources.
    c.newPage();
    QString html = u"<h2>%1</h2><ul>"_s.arg(RegionReport::tr("Sources and licences").toHtmlEscaped());
    for (const QString &s : sources)
        html += u"<li>%1</li>"_s.arg(s.toHtmlEscaped());
    html += u"</ul><p>%1</p><p>%2</p>"_s.arg(
        RegionReport::tr("Statistics: published under the Government of Japan Standard Terms of Use (version 2.0), compatible "
           "with CC BY 4.0. Prefecture boundaries: Natural Earth 1:10m admin-1, public domain.")
            .toHtmlEscaped(),
        RegionReport::tr("Made with RegionLens (GPL-3.0-or-later). Figures are computed from the official tables in the store; "
           "suppressed or missing cells are left out, never estimated.")
            .toHtmlEscaped());
    c.html(html, 11);
    footer();
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
    if (!store.region(region)) {
        ReportResult result;
        result.error = RegionReport::tr("Unknown region code: %1").arg(region);
        return result;
    }
    RegionSelection selection;
    selection.set({region});
    CatalogSource catalog(store, japanese);
    catalog.rebuildNow();
    // The pages live in a hidden host widget at a report-friendly size
    // (destroyed first: they follow the selection and the catalogue).
    QWidget host;
    host.resize(1400, 900);
    const QList<AnalysisPage *> pages = createReportPages(PageContext{store, selection, catalog, japanese}, &host);
    for (AnalysisPage *page : pages)
        page->waitForIdle();
    return writeRegionReport(store, pages, region, japanese, path);
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
