// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 関連性 / Smart specialisation page: the region's ECI and
// its rank, its specialisations, and the industries it could diversify into
// (not yet specialised, highest relatedness density first, with their
// complexity). Pure: the adapter's figures, the names and the options in,
// HTML out (translated with the installed translator).
#pragma once

#include "commentarycontext.h"
#include "datasets/adapters/complexityadapter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

struct ComplexityCommentaryInput
{
    CommentaryContext context;
    datasets::ComplexityFigures result;      // every region of the level (and a group row)
    QString focusRegion;                     // the row described
    QString yearText;                        // "2021"
    QString measureName;                     // "employees" (translated)
    QHash<QString, QString> industryNames;   // code → full name
    bool japanese = true;                    // short industry names in Japanese
    int opportunities = 3;                   // how many to name
};

QString complexityCommentary(const ComplexityCommentaryInput &in);

// The focus region's diversification opportunities as an HTML table (the
// region report's figure): a title, the columns headers (No., industry,
// density, PCI, COG, RCA), the first maxRows rows and, when rows are left
// out, how many; emptyText when there is none.
QString complexityOpportunityTable(const ComplexityCommentaryInput &in, const QStringList &headers, int maxRows,
                                   const QString &emptyText);

// How to read the page's figures (plain text, translated).
QString complexityHowToRead();

} // namespace regionlens::app
