// SPDX-License-Identifier: GPL-3.0-or-later
// The printable region report (A4 PDF): a cover with key figures (and a
// comparison with peer regions), one section per analysis page (its figures
// and commentary for the region), and the sources; or its two-page summary
// (key figures, strengths, growth, population, migration). Sections are
// chosen by page id, so a page added to the registry is in both. Written
// through QSaveFile; used by the GUI (ReportDialog), --report and
// `regionlens-cli report`.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace regionlens::datasets {
class Store;
}

class QWidget;

namespace regionlens::app {

class AnalysisPage;
struct PageContext;

// One line of the cover's key-figure table.
struct KeyFigure
{
    QString label;
    QString value;
    QString note;    // year, change, rank…
    QString source;
};

// Key figures of a prefecture from the store (population, employees, gross
// prefectural product, net migration), in the UI language. Figures whose data
// is absent are left out, never estimated.
QList<KeyFigure> keyFigures(const datasets::Store &store, const QString &region, bool japanese);

// The key figures of several regions side by side (the comparison table):
// one row per figure, one value per region ("" where it has none), from the
// same adapter as keyFigures() and `regionlens-cli key-figures`.
struct PeerRow
{
    QString label;
    QStringList values;   // formatted as on the cover, one per region
};
QList<PeerRow> peerTable(const datasets::Store &store, const QStringList &regions, bool japanese);

struct ReportOptions
{
    QStringList regions;    // codes; one report covering each in turn
    QStringList sections;   // page ids (AnalysisPage::pageId()), in the registry's order; empty: every page
                            // (the summary: summarySections())
    QStringList peers;      // the comparison table's peer regions (codes); empty: no table
    bool summary = false;   // the two-page summary instead of the full report
    bool japanese = false;
};

// The pages a summary shows when no sections are chosen: strengths
// (industry), growth (shiftshare), population, migration (flows), and every
// page that asks for it (AnalysisPage::inSummary()).
QStringList summarySections(const QList<AnalysisPage *> &pages);

// "" when every id is a page of the registry, else a message naming the first
// unknown one and the known ids.
QString unknownSection(const QStringList &ids);

struct ReportResult
{
    bool ok = false;
    QString error;
    int pages = 0;
};

// pages: the analysis pages, already following a selection of `region`
// (waitForIdle() is called on each before it is drawn).
ReportResult writeRegionReport(const datasets::Store &store, const QList<AnalysisPage *> &pages,
                               const QString &region, bool japanese, const QString &path);

// The report of options.regions: select(code) makes the pages follow that
// region before its part is drawn (waitForIdle() follows). Unknown section
// ids are an error naming the known ones.
ReportResult writeRegionReport(const datasets::Store &store, const QList<AnalysisPage *> &pages,
                               const ReportOptions &options, const QString &path,
                               const std::function<void(const QString &code)> &select);

// The report's sections: every page of the page registry, in its order,
// made offscreen as children of host (context.selection: the region).
QList<AnalysisPage *> createReportPages(const PageContext &context, QWidget *host);

// Builds the analysis pages offscreen for `region` (createReportPages()) and
// writes its report: the command line's `report` uses it. Needs a QApplication.
ReportResult writeRegionReport(datasets::Store &store, const QString &region, bool japanese, const QString &path);
ReportResult writeRegionReport(datasets::Store &store, const ReportOptions &options, const QString &path);

} // namespace regionlens::app
