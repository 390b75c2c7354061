// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 将来人口 / Population projection page: the region's
// population at the horizon under current trends and its change on the base
// census, the ageing, what each other scenario changes, the census after the
// base set beside the projection, and the map's extremes. Pure: the series
// (from the projection adapter), names and options in, HTML out (translated
// with the installed translator, in the page's translation context).
#pragma once

#include "analysis/regionfigures.h"
#include "datasets/adapters/projectionadapter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace regionlens::app {

struct ProjectionCommentaryInput
{
    QString regionCode;                  // the region described ("23", "group:tokyo_area", a municipality)
    QString regionName;                  // its display name
    bool noSelection = false;            // nothing selected: the page shows its default region
    QString error;                       // the projection failed (message), "" = none
    // The region under each scenario shown, in the page's order (the
    // sentences name "baseline" first when it is among them).
    QList<datasets::projection::RegionSeries> series;
    double tfrTarget = 2.07;             // the fertility scenarios' target …
    double tfrYear = 2040;               // … reached in this year
    double migrationZeroFrom = 2025;     // the zero-migration scenarios' first year
    int ratesFrom = 2010;                // rates of ratesFrom → ratesFrom + 5, held
    int regionsProjected = 0;            // projected together, net migration balanced over them (0 = unknown)
    bool prefectureRates = false;        // municipalities from a 住基 base with their prefectures' rates
    double currentTfr = std::numeric_limits<double>::quiet_NaN();   // the region's TFR (NaN = unknown)
    int currentTfrYear = 0;
    // The region's censuses: the first after the base year is set beside the projection.
    analysis::YearSeries census;
    // The map: index (base year = 100) of every region in mapYear under mapScenario.
    int mapYear = 0;
    QString mapScenario;                 // scenario name ("baseline", …)
    QHash<QString, double> mapIndex;     // code → index
    QHash<QString, QString> names;       // code → display name (map regions)
};

QString projectionCommentary(const ProjectionCommentaryInput &in);

// How to read the page's figures (plain text, translated).
QString projectionHowToRead();

// A scenario's name for legends and choosers ("Current trends", "Fertility
// to 2.07 by 2040", …), translated; the raw name when unknown.
QString projectionScenarioLabel(const QString &scenario, double tfrTarget, double tfrYear, double migrationZeroFrom);

} // namespace regionlens::app
