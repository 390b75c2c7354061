// SPDX-License-Identifier: GPL-3.0-or-later
// The printable region report (A4 PDF): a cover with key figures, one section
// per analysis page (its figures and commentary for the region), and the
// sources. Written through QSaveFile; used by the GUI, --report and
// `regionlens-cli report`.
#pragma once

#include <QList>
#include <QString>

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

// The report's sections: every page of the page registry, in its order,
// made offscreen as children of host (context.selection: the region).
QList<AnalysisPage *> createReportPages(const PageContext &context, QWidget *host);

// Builds the analysis pages offscreen for `region` (createReportPages()) and
// writes its report: the command line's `report` uses it. Needs a QApplication.
ReportResult writeRegionReport(datasets::Store &store, const QString &region, bool japanese, const QString &path);

} // namespace regionlens::app
