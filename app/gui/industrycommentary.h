// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 産業構造 page: what the location quotients, the map's
// industry and the 稼ぐ力 chart say for the regions shown. Pure: the result,
// the names and the options in, HTML out (translated with the installed
// translator; names in the language asked).
#pragma once

#include "commentarycontext.h"
#include "datasets/industrystructure.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

struct IndustryCommentaryInput
{
    CommentaryContext context;               // names, selection, municipal map
    datasets::IndustryStructure result;      // prefectures (and an aggregate)
    QStringList regions;                     // the regions of the bar chart (1 to 5; municipalities
                                             // from municipalResult)
    QString focusRegion;                     // the region of the 稼ぐ力 chart
    QString yearText;                        // "2021", "FY2021"
    QString measureName;                     // "employees" (translated)
    QString mapIndustry;                     // industry code shown on the map
    QHash<QString, QString> industryNames;   // code → full name
    bool japanese = true;                    // short industry names in Japanese

    // The municipal map (when context.municipal is true).
    bool municipalMeasure = true;            // the measure exists for municipalities
    bool municipalCurrent = false;           // municipalResult is of this measure and year
    datasets::IndustryStructure municipalResult;
};

QString industryCommentary(const IndustryCommentaryInput &in);

// "1.23"; three decimals where two would round a quotient next to 1 to
// "1.00"; "–" for NaN.
QString lqText(double value);
// The region of the 稼ぐ力 chart for the focus region: a municipality's
// prefecture (value added is published for prefectures only).
QString earningPowerRegion(const QString &region);

// How to read the page's figures (plain text, translated).
QString industryHowToRead();
// The note under the 稼ぐ力 chart on the JSIC → 県民経済計算 concordance (HTML).
QString industryConcordanceNote(int activities);

} // namespace regionlens::app
