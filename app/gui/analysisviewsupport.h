// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the industry-structure and shift-share pages:
// display names, short industry labels for charts, the aggregate row of a
// preset group, and the common page frame (controls, charts, commentary).
#pragma once

#include "datasets/industrystructure.h"
#include "datasets/store.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QLabel;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class RegionSelection;

// Runs a page's job in the background: load(const Store &) reads the store
// and returns the inputs, compute(inputs) returns the result. Both run on a
// worker, load through that thread's read-only connection
// (Store::threadReader), so the GUI thread reads nothing. A store in memory
// cannot be opened twice: then load runs here and only compute on a worker.
// load and compute must not touch the page (copy what they need).
template<typename Load, typename Compute>
auto readAndCompute(const datasets::Store &store, Load load, Compute compute)
{
    if (store.readableFromOtherThreads())
        return QtConcurrent::run([path = store.path(), load = std::move(load), compute = std::move(compute)] {
            return compute(load(datasets::Store::threadReader(path)));
        });
    return QtConcurrent::run([inputs = load(store), compute = std::move(compute)] { return compute(inputs); });
}

// The municipalities × industries table of indicator in year (every
// municipality; columns as given, e.g. industryColumns()). For worker jobs.
datasets::IndustryTable municipalIndustryTable(const datasets::Store &store, const QString &indicator, int year,
                                               const QStringList &columns);

// Region code → display name for the nation, prefectures and municipalities.
QHash<QString, QString> regionDisplayNames(const datasets::Store &store, bool japanese);
// The same with municipalities named with their prefecture ("東京都 府中市",
// "Fuchu, Hiroshima"): 府中市 is in 東京都 and 広島県. For maps and tables that
// list municipalities of several prefectures.
QHash<QString, QString> qualifiedRegionNames(const datasets::Store &store, bool japanese);
// Industry code → full display name from the store's catalogue.
QHash<QString, QString> industryDisplayNames(const datasets::Store &store, bool japanese);
// A short label for charts (JSIC divisions and 県民経済計算 activities);
// falls back to fullName.
QString shortIndustryName(const QString &code, bool japanese, const QString &fullName);

// When the selection is a group to be treated as one region (aggregated and
// more than one member), its aggregate row; otherwise an empty list.
QList<datasets::RegionAggregate> selectionAggregates(const RegionSelection &selection);
// Display name of that aggregate: the preset's name, or "N regions (sum)".
QString aggregateName(const datasets::Store &store, const RegionSelection &selection, bool japanese);

// "1.23" for ratios, "–" for NaN.
QString ratioText(double value, int decimals = 2);
// "+3.2 %" / "−0.4 pt" style with a sign; value in percent or points.
QString signedText(double value, int decimals, const QString &suffix);

} // namespace regionlens::app
