// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12's GUI-thread targets, measured on the real pages (offscreen, 1366 × 768):
//   mapSwitch/<measure>  the map page (MapView) at municipal level, all Japan, on a starter store with the real
//                        N03 municipal boundaries (../shared/data; skipped without them). Each iteration switches
//                        to the next SSDSE indicator with municipal values — every one in turn, as the picker
//                        lists them — as published or per 100,000 people. Target: ≤ 16 ms of GUI-thread time.
//   comparePage/redraw   the comparison page's GUI-thread time when a full profile arrives (豊田市, every
//                        indicator with municipal values, 30 similar municipalities): table, dot plot, scatter of
//                        1,741 points with labels, ranking, commentary.
// Figures per benchmark:
//   gui_cpu_ms  (the benchmark's time) the GUI thread's CPU time from the call until the result is on screen
//               (setIndicator / delivery → values, classes, legend, title, repaint); the store reads and the
//               computation run on the page's worker and are not GUI time;
//   shown_ms    wall time until shown (includes the worker and waiting for it);
//   max_gui_ms  the slowest indicator's GUI-thread CPU time (mapSwitch).
// bench_compare has the worker parts (derive/load, derive/compute, profile/load, profile/compute).
// Run: QT_QPA_PLATFORM=offscreen bench/bench_compare_gui --benchmark_repetitions=3
#include "catalogsource.h"
#include "compareview.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "indicatorpicker.h"
#include "mapview.h"
#include "measurecontrol.h"
#include "regionselection.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;
using Per = datasets::indicatoradapter::Per;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Fixture
{
    QTemporaryDir dir;
    datasets::Store store;
    bool municipalBoundaries = false;
};

Fixture &fixture()
{
    static Fixture *fx = [] {
        auto *f = new Fixture;
        QString error;
        if (!datasets::openOrCreateStore(f->store, f->dir.filePath(u"bench.sqlite"_s), &error))
            qFatal("cannot create the starter store: %s", qPrintable(error));
        const QString n03 = QStringLiteral(REGIONLENS_SOURCE_DIR "/../shared/data/boundaries_n03_2021_smartnews/"
                                           "original/topojson_s0010_N03-21_210101_designated_city.json");   // (the 0.1 % file has a degenerate ring)
        if (QFile::exists(n03)) {
            datasets::ImportRequest request;
            request.fileName = n03;
            request.regions = f->store.regions();
            const datasets::ImportResult result = datasets::readImport(request);
            f->municipalBoundaries = result.ok() && datasets::commitImport(f->store, result, &error);
            if (!f->municipalBoundaries)
                qWarning("N03 not imported: %s", qPrintable(result.ok() ? error : result.errorString()));
        }
        return f;
    }();
    return *fx;
}

void mapSwitch(benchmark::State &state, Per per)
{
    Fixture &fx = fixture();
    if (!fx.municipalBoundaries) {
        state.SkipWithError("no N03 municipal boundaries in ../shared/data");
        return;
    }
    app::MapView view(fx.store, true);
    view.resize(1366, 768);
    view.show();
    view.setLevel(u"municipality"_s);
    view.setPrefectureFilter(QString());
    view.waitForIdle();
    if (view.level() != u"municipality") {
        state.SkipWithError("the municipal level is not offered");
        return;
    }
    // Every SSDSE indicator with municipal values the picker offers (per 100,000: those it may divide).
    QStringList ids;
    for (const QString &id : view.indicatorPicker()->offeredIndicators())
        if (id.startsWith(u"ssdse."_s))
            ids << id;
    if (per != Per::None) {
        QStringList divisible;
        for (const QString &id : std::as_const(ids)) {
            view.setIndicator(id);
            if (view.measureControl()->setPer(per))
                divisible << id;
        }
        ids = divisible;
        view.waitForIdle();
    }
    if (ids.isEmpty()) {
        state.SkipWithError("no SSDSE indicator at municipal level");
        return;
    }
    qsizetype next = 0;
    double shown = 0, worst = 0;
    for (auto _ : state) {
        const QString id = ids.at(next++ % ids.size());
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        view.setIndicator(id);   // the measure stays (every id here allows it)
        view.waitForIdle();   // the worker's reading; its delivery runs here, on the GUI thread
        QCoreApplication::sendPostedEvents();
        view.repaint();
        const double cpu = threadCpuMs() - cpu0;
        shown += double(t.nsecsElapsed()) / 1e6;
        worst = std::max(worst, cpu);
        state.SetIterationTime(cpu / 1000.0);
    }
    state.counters["shown_ms"] = benchmark::Counter(shown, benchmark::Counter::kAvgIterations);
    state.counters["max_gui_ms"] = worst;
    state.counters["indicators"] = double(ids.size());
}
BENCHMARK_CAPTURE(mapSwitch, as_published, Per::None)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(128);
BENCHMARK_CAPTURE(mapSwitch, per_100000, Per::HundredThousand)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(64);

void comparePage(benchmark::State &state)
{
    Fixture &fx = fixture();
    app::RegionSelection selection;
    app::CompareView view(fx.store, selection, true);
    view.resize(1366, 700);
    view.show();
    view.setScope(QString());   // every indicator
    view.setPer(Per::Capita);
    const QStringList regions{u"23211"_s, u"23202"_s};   // 豊田市 ↔ 岡崎市
    qsizetype next = 0;
    double shown = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        selection.set({regions.at(next++ % regions.size())});
        view.waitForIdle();   // load and compute on the worker; the delivery (redraw) here
        QCoreApplication::sendPostedEvents();
        view.repaint();
        const double cpu = threadCpuMs() - cpu0;
        shown += double(t.nsecsElapsed()) / 1e6;
        state.SetIterationTime(cpu / 1000.0);
    }
    state.counters["shown_ms"] = benchmark::Counter(shown, benchmark::Counter::kAvgIterations);
    state.counters["indicators"] = double(view.result().rows.size());
}
BENCHMARK(comparePage)->Name("comparePage/redraw")->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
