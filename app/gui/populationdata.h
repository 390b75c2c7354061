// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind the 人口 / Population page: what is read from the store
// (on the GUI thread, fast) and what is computed from it (in a worker):
// population series, raw or indexed, a population pyramid with its outline
// year, age-group shares, and social change (net inter-prefectural migration)
// next to natural change where the store has it. No widgets here.
#pragma once

#include "datasets/store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace regionlens::app {

// A region as the page shows it: one prefecture, the nation, or a group of
// prefectures treated as one (values are summed over its members).
struct RegionSpec
{
    QString key;          // region code, or "group:<id>"
    QString label;
    QStringList members;  // region codes summed
};

struct PopulationInput
{
    int generation = 0;
    // Time series.
    QList<RegionSpec> regions;
    QHash<QString, QList<datasets::SeriesPoint>> census;   // member code → population series
    bool indexed = false;
    int baseYear = 0;     // index base (0 = each series' first year)
    // Pyramid of one region: rows of the chosen indicator and of the outline's.
    RegionSpec pyramidRegion;
    QString pyramidIndicator;
    int pyramidYear = 0;
    QString outlineIndicator;   // empty = no outline
    int outlineYear = 0;
    QList<datasets::Observation> pyramidRows;   // sex male/female, every age class
    QList<datasets::Observation> outlineRows;
    bool percent = false;
    // Social change: all-ages flows of one year; population for per 1,000.
    QList<datasets::Flow> flows;
    int flowYear = 0;
    QHash<QString, double> population;   // code → persons
    int populationYear = 0;
    // Natural change (births − deaths) by region, when the store has it.
    QHash<QString, double> natural;
    int naturalYear = 0;
};

struct SeriesSummary
{
    QString key;
    QString label;
    QVector<double> years;
    QVector<double> values;   // persons (NaN = not surveyed)
    QVector<double> shown;    // values, or indexed to baseYear = 100
    int firstYear = 0;
    double firstValue = std::numeric_limits<double>::quiet_NaN();
    int lastYear = 0;
    double lastValue = std::numeric_limits<double>::quiet_NaN();
    int previousYear = 0;     // the survey before lastYear
    double previousValue = std::numeric_limits<double>::quiet_NaN();
    int peakYear = 0;
    double peakValue = std::numeric_limits<double>::quiet_NaN();
};

struct PyramidSummary
{
    bool valid = false;
    QString label;            // region label
    QString indicator;
    int year = 0;
    QStringList ageCodes;     // "0-4" … "85+", youngest first
    QVector<double> male;     // persons
    QVector<double> female;
    double knownTotal = 0.0;  // Σ classes, both sexes (unknown age excluded)
    double maleTotal = 0.0;
    double femaleTotal = 0.0;
    double shareUnder15 = std::numeric_limits<double>::quiet_NaN();   // % of knownTotal
    double share15to64 = std::numeric_limits<double>::quiet_NaN();
    double share65plus = std::numeric_limits<double>::quiet_NaN();
    QString largestClass;
    double largestValue = 0.0;
};

struct ChangeSummary
{
    QString key;
    QString label;
    double in = std::numeric_limits<double>::quiet_NaN();
    double out = std::numeric_limits<double>::quiet_NaN();
    double net = std::numeric_limits<double>::quiet_NaN();          // social change
    double perThousand = std::numeric_limits<double>::quiet_NaN();
    double natural = std::numeric_limits<double>::quiet_NaN();      // NaN = not in the store
};

struct PopulationResult
{
    int generation = 0;
    QList<SeriesSummary> series;
    bool indexed = false;
    int baseYear = 0;
    PyramidSummary pyramid;
    PyramidSummary outline;
    bool percent = false;
    QList<ChangeSummary> change;
    int flowYear = 0;
    int populationYear = 0;
    bool hasNatural = false;
    int naturalYear = 0;
    QStringList notes;        // English, for the log
};

// Pure computation; safe to run in a worker thread.
PopulationResult computePopulation(const PopulationInput &input);

// Pyramid of the rows (summed over members) for one indicator and year.
PyramidSummary computePyramid(const QList<datasets::Observation> &rows, const RegionSpec &region,
                              const QString &indicator, int year);

} // namespace regionlens::app
