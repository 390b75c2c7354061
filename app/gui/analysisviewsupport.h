// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the industry-structure and shift-share pages:
// display names, short industry labels for charts, the aggregate row of a
// preset group, and the common page frame (controls, charts, commentary).
#pragma once

#include "datasets/industrystructure.h"
#include "datasets/store.h"

#include <QFuture>
#include <QHash>
#include <QMargins>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QColor;
class QComboBox;

class QFont;
class QLabel;
class QTableWidgetItem;

namespace regionlens::datasets {
class CatalogSnapshot;
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

// Runs work() on the global thread pool. Unlike QtConcurrent::run, waiting
// for the future (QFuture::waitForFinished, a page's waitForIdle()) never
// runs work on the waiting thread — Qt runs a QtConcurrent task that has not
// started yet in the thread that waits for it — so a GUI thread that waits
// still reads nothing itself.
template<typename Work>
QFuture<std::invoke_result_t<Work>> runOnWorker(Work work)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

// Reads on a worker through its read-only connection (a store in memory,
// which cannot be opened twice: here, at once); load(const Store &) must not
// touch the caller's objects (copy what it needs).
template<typename Load>
QFuture<std::invoke_result_t<Load, const datasets::Store &>> readOnWorker(const datasets::Store &store, Load load)
{
    if (store.readableFromOtherThreads())
        return runOnWorker([path = store.path(), load = std::move(load)] {
            return load(datasets::Store::threadReader(path));
        });
    return runOnWorker([result = load(store)] { return result; });
}

// Region code → display name for the nation, prefectures and municipalities.
// The rules live in datasets::CatalogSnapshot; a page with a CatalogSource
// takes them from there (catalog().regionNames() …, made once per snapshot).
// The Store overloads read the store on the calling thread.
QHash<QString, QString> regionDisplayNames(const datasets::CatalogSnapshot &catalog, bool japanese);
QHash<QString, QString> regionDisplayNames(const datasets::Store &store, bool japanese);
// The same with municipalities named with their prefecture ("東京都 府中市",
// "Fuchu, Hiroshima"): 府中市 is in 東京都 and 広島県. For maps and tables that
// list municipalities of several prefectures.
QHash<QString, QString> qualifiedRegionNames(const datasets::CatalogSnapshot &catalog, bool japanese);
QHash<QString, QString> qualifiedRegionNames(const datasets::Store &store, bool japanese);
// Industry code → full display name from the catalogue.
QHash<QString, QString> industryDisplayNames(const datasets::CatalogSnapshot &catalog, bool japanese);
QHash<QString, QString> industryDisplayNames(const datasets::Store &store, bool japanese);
// A short label for charts (JSIC divisions and 県民経済計算 activities);
// falls back to fullName.
QString shortIndustryName(const QString &code, bool japanese, const QString &fullName);

// When the selection is a group to be treated as one region (aggregated and
// more than one member), its aggregate row; otherwise an empty list.
QList<datasets::RegionAggregate> selectionAggregates(const RegionSelection &selection);
// Display name of that aggregate: the preset's name, or "N regions (sum)".
QString aggregateName(const datasets::CatalogSnapshot &catalog, const RegionSelection &selection, bool japanese);
QString aggregateName(const datasets::Store &store, const RegionSelection &selection, bool japanese);

// A label's text colour (and padding in pixels) through its palette and
// margin, not a style sheet: a widget with a style sheet keeps the font it
// had when polished, so it would not follow the large fonts of projector mode.
void setLabelColour(QLabel *label, const QColor &colour, const QMargins &padding = {});

// Fills a year chooser with years (label(year) as text; the number when
// label is empty), keeping the current year where it is still offered, else
// the latest (no signal).
void fillYearChooser(QComboBox *box, const QList<int> &years, const std::function<QString(int)> &label = {});
// text broken onto lines no wider than width pixels in font (at spaces and
// between Japanese phrases, widgets/textwrap.h); the line breaks it has are
// kept. For table headers that must fit their columns in projector fonts.
QString wrapToWidth(const QString &text, const QFont &font, int width);

// "1.23" for ratios, "–" for NaN.
QString ratioText(double value, int decimals = 2);
// "+3.2 %" / "−0.4 pt" style with a sign; value in percent or points. A value
// that rounds to zero at decimals has no sign ("0.0", widgets::withSign).
QString signedText(double value, int decimals, const QString &suffix);
// What follows a number in percent: " %" in English, "%" in Japanese (no
// space, tr()). Every percent a page or commentary writes in code uses it.
QString percentSuffix();

// How a page shows an amount stored in unitJa / unitEn: shown(the stored
// value), in unit (UI language). GDP-type indicators stored in 百万円 (million
// yen: 県内総生産, 県民所得) show in 億円 (¥100 million), as on the productivity
// page, in its exports and in the report; any other unit as stored (no scale).
// Raw values (CSV, MapView::values()) stay in the stored unit.
struct ShownUnit
{
    double (*scale)(double) = nullptr;   // null: as stored
    QString unit;
    double shown(double stored) const { return scale ? scale(stored) : stored; }
};
ShownUnit shownUnit(const QString &unitJa, const QString &unitEn, bool japanese);
// "億円" / "¥100 million": the unit of GDP amounts on screen.
QString okuYenUnit();

// A right-aligned, read-only number cell showing text; the value itself is kept
// in Qt::UserRole (sorting, tool tips) and RawValueRole (CSV and clipboard copies).
QTableWidgetItem *numberCell(double value, const QString &text);

} // namespace regionlens::app
