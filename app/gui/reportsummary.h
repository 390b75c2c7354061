// SPDX-License-Identifier: GPL-3.0-or-later
// Parts of the region report shared by the full report and its two-page
// summary (internal to regionreport*.cpp).
#pragma once

#include "regionreport.h"

#include <QList>
#include <QString>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class AnalysisPage;
struct ReportCanvas;

// The region's name as the report shows it: Japanese, or English (a
// municipality without one: its Japanese name and its prefecture, "豊田市, Aichi").
QString reportRegionName(const datasets::Store &store, const QString &code, bool japanese);
// The key figures as an HTML table (label, value, note); a sentence when there are none.
QString keyFigureTable(const QList<KeyFigure> &figures);
// The comparison of region with peers (peerTable()) as an HTML table with its heading.
QString peerTableHtml(const datasets::Store &store, const QString &region, const QStringList &peers, bool japanese);
// The licence and the note on the sources page (and under the summary).
QString sourcesLicence();
QString sourcesNote();

// Exactly two A4 pages for region: its name and key figures (and peers), then
// one box per page of `pages` (heading, the first paragraphs of its
// commentary, its summary figure), and the sources in small print.
void drawSummary(ReportCanvas &c, const datasets::Store &store, const QString &region, const QString &name,
                 const QList<AnalysisPage *> &pages, const ReportOptions &options);

} // namespace regionlens::app
