// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 成長要因 page: the national growth, each shown region's
// growth split into its three components and the rank of its regional
// component, the municipal map, and the extremes. Pure: the result, the
// names and the options in, HTML out (translated with the installed
// translator).
#pragma once

#include "commentarycontext.h"
#include "datasets/growthfactors.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

struct ShiftShareCommentaryInput
{
    CommentaryContext context;               // names, selection, municipal map
    datasets::GrowthFactors result;          // prefectures (and an aggregate)
    QStringList regions;                     // the regions described (1 to 5)
    QString measureName;                     // "employees" (translated)
    QString measureLabel;                    // the measure as the chooser says it
    bool fiscalYears = false;                // "FY2011" rather than "2011"

    // The municipal map (when context.municipal is true).
    bool municipalMeasure = true;            // both years exist for municipalities
    bool municipalCurrent = false;           // municipalResult is of this measure and these years
    datasets::GrowthFactors municipalResult;
};

QString shiftShareCommentary(const ShiftShareCommentaryInput &in);

// "2016", or "FY2011" for fiscal years (translated).
QString shiftShareYearLabel(int year, bool fiscal);

// How to read the page's figures (plain text, translated).
QString shiftShareHowToRead();

} // namespace regionlens::app
