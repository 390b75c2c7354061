// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of the 将来人口 / Population projection page as values, made
// from the projection adapter's RegionSeries and the censuses: the lines of
// the time-series charts (censuses solid, scenarios dashed, one colour per
// scenario) and the pyramid of a projected year; the censuses read on a
// worker; and the layout helpers of the page. No tr(): the page passes its
// labels.
#pragma once

#include "analysis/regionfigures.h"
#include "datasets/adapters/projectionadapter.h"
#include "widgets/pyramidchart.h"
#include "widgets/timeserieschart.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QSplitter;
class QWidget;

namespace regionlens::app::projectionfigures {

// Okabe–Ito colours of the scenarios in projection::scenarioNames() order.
QColor scenarioColour(int index);

// The censuses from year `from` on as a solid dark line (x and y empty when none).
widgets::Series censusLine(const QString &label, const analysis::YearSeries &census, int from);
// values (one per projected year of s) as a dashed line in the scenario's colour.
widgets::Series scenarioLine(const QString &label, const datasets::projection::RegionSeries &s,
                             const QVector<double> &values, int scenarioIndex);
// The 0–14, 15–64 and 65+ counts of s, dashed (labels in that order); none when s is not valid.
QList<widgets::Series> ageGroupLines(const datasets::projection::RegionSeries &s, const QStringList &labels);
// The pyramid of s in its column-th year (empty when out of range), age classes named in the language.
widgets::PyramidData pyramid(const datasets::projection::RegionSeries &s, int column, bool japanese);

// Every region's census population of a level (code → population by census
// year, "population" indicator) and each group's as the sum of its members'
// (analysis::sumSeries). Reads the store: for a worker.
QHash<QString, analysis::YearSeries> readCensus(const datasets::Store &store, datasets::RegionLevel level,
                                                const QList<datasets::RegionAggregate> &groups);

// top above bottom in a vertical splitter with these stretch factors.
QSplitter *stacked(QWidget *top, QWidget *bottom, int topStretch, int bottomStretch, QWidget *parent);

} // namespace regionlens::app::projectionfigures
