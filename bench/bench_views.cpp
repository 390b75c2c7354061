// SPDX-License-Identifier: GPL-3.0-or-later
// Switching between views (issue 5): the Workspace on a fresh starter store,
// 1500 × 940, offscreen. For each analysis page (産業構造, 成長要因, 人口,
// 人口移動) and the map:
//   switch/<page>  start page → page, then back to the start page;
//   region/<page>  on the page, the selected region changes 東京都 ↔ 秋田県.
// Two figures per step:
//   gui_ms   (the benchmark's time) from the call (showPage, selectRegion)
//            until the window is repainted — the synchronous GUI-thread part,
//            what a user feels as a freeze. Posted events (layout requests,
//            finished-watcher events already queued) are delivered with
//            sendPostedEvents() before repaint(); no event loop is spun;
//   shown_ms from the call until every page's background job has finished,
//            its result is applied and the window is repainted again;
//   gui_cpu_ms the GUI thread's CPU time in the gui_ms part (robust to load);
//   back_ms  (switch only) page → start page, repainted.
// And, to say where a region change's time goes, each page on its own (own
// RegionSelection, not shown, so no painting): react/<page> is the GUI-thread
// time of selection.set() (store reads, posting the job), applied_ms until its
// result is applied (waitForIdle()).
// Target ≤ 16 ms on the GUI thread on a 2-core machine. Run:
//   QT_QPA_PLATFORM=offscreen bench/bench_views --benchmark_repetitions=10
#include "analysispage.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "flowsview.h"
#include "industryview.h"
#include "mapview.h"
#include "populationview.h"
#include "regionselection.h"
#include "shiftshareview.h"
#include "workspace.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using regionlens::app::AnalysisPage;
using regionlens::app::Workspace;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    regionlens::datasets::Store store;
    std::unique_ptr<Workspace> workspace;
};

Fixture *g_fixture = nullptr;

Fixture &fixture()
{
    if (!g_fixture) {
        auto *fx = new Fixture;
        QString error;
        if (!regionlens::datasets::openOrCreateStore(fx->store, fx->dir.filePath(u"bench.sqlite"_s), &error))
            qFatal("cannot create the starter store: %s", qPrintable(error));
        fx->workspace = std::make_unique<Workspace>(fx->store, true);
        fx->workspace->resize(1500, 940);
        fx->workspace->show();
        for (AnalysisPage *p : fx->workspace->pages())
            p->waitForIdle();
        QCoreApplication::sendPostedEvents();
        fx->workspace->repaint();
        g_fixture = fx;
    }
    return *g_fixture;
}

void paintNow(Workspace &w)
{
    QCoreApplication::sendPostedEvents();
    w.repaint();
}

void waitForAllPages(Workspace &w)
{
    for (AnalysisPage *p : w.pages())
        p->waitForIdle();
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the calling (GUI) thread: less disturbed than wall time when
// other processes compete for the two cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void switchTo(benchmark::State &state, const QString &pageId)
{
    Workspace &w = *fixture().workspace;
    w.selectRegion(u"13"_s);
    waitForAllPages(w);
    w.showPage(u"start"_s);
    paintNow(w);
    double shown = 0;
    double back = 0;
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        w.showPage(pageId);
        paintNow(w);
        const double gui = msSince(t);
        cpu += threadCpuMs() - cpu0;
        waitForAllPages(w);
        paintNow(w);
        shown += msSince(t);
        state.SetIterationTime(gui / 1000.0);
        t.restart();
        w.showPage(u"start"_s);
        paintNow(w);
        back += msSince(t);
    }
    state.counters["shown_ms"] = benchmark::Counter(shown, benchmark::Counter::kAvgIterations);
    state.counters["back_ms"] = benchmark::Counter(back, benchmark::Counter::kAvgIterations);
    state.counters["gui_cpu_ms"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
}

void changeRegion(benchmark::State &state, const QString &pageId)
{
    Workspace &w = *fixture().workspace;
    w.showPage(pageId);
    w.selectRegion(u"05"_s);
    waitForAllPages(w);
    paintNow(w);
    bool tokyo = true;
    double shown = 0;
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        w.selectRegion(tokyo ? u"13"_s : u"05"_s);
        paintNow(w);
        const double gui = msSince(t);
        cpu += threadCpuMs() - cpu0;
        waitForAllPages(w);
        paintNow(w);
        shown += msSince(t);
        state.SetIterationTime(gui / 1000.0);
        tokyo = !tokyo;
    }
    state.counters["shown_ms"] = benchmark::Counter(shown, benchmark::Counter::kAvgIterations);
    state.counters["gui_cpu_ms"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
}

// One page alone on the shared store, hidden: its own reaction to a new selection.
void pageReaction(benchmark::State &state, const QString &pageId)
{
    regionlens::datasets::Store &store = fixture().store;
    regionlens::app::RegionSelection selection;
    std::unique_ptr<AnalysisPage> page;
    std::unique_ptr<regionlens::app::MapView> map;
    if (pageId == u"industry")
        page = std::make_unique<regionlens::app::IndustryView>(store, selection, true);
    else if (pageId == u"shiftshare")
        page = std::make_unique<regionlens::app::ShiftShareView>(store, selection, true);
    else if (pageId == u"population")
        page = std::make_unique<regionlens::app::PopulationView>(store, selection, true);
    else if (pageId == u"flows")
        page = std::make_unique<regionlens::app::FlowsView>(store, selection, true);
    else
        map = std::make_unique<regionlens::app::MapView>(store, true);
    if (page)
        page->waitForIdle();
    QCoreApplication::sendPostedEvents();
    bool tokyo = true;
    double applied = 0;
    double cpu = 0;
    for (auto _ : state) {
        const QStringList codes{tokyo ? u"13"_s : u"05"_s};
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        if (page)
            selection.set(codes);
        else
            map->selectRegions(codes);
        QCoreApplication::sendPostedEvents();
        state.SetIterationTime(msSince(t) / 1000.0);
        cpu += threadCpuMs() - cpu0;
        if (page)
            page->waitForIdle();
        applied += msSince(t);
        tokyo = !tokyo;
    }
    state.counters["applied_ms"] = benchmark::Counter(applied, benchmark::Counter::kAvgIterations);
    state.counters["gui_cpu_ms"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
}

} // namespace

#define VIEW_BENCH(fn, name, id)                                                                                     \
    BENCHMARK_CAPTURE(fn, name, QStringLiteral(id))->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond)

VIEW_BENCH(switchTo, industry, "industry");
VIEW_BENCH(switchTo, shiftshare, "shiftshare");
VIEW_BENCH(switchTo, population, "population");
VIEW_BENCH(switchTo, flows, "flows");
VIEW_BENCH(switchTo, map, "map");
VIEW_BENCH(changeRegion, start, "start");
VIEW_BENCH(changeRegion, industry, "industry");
VIEW_BENCH(changeRegion, shiftshare, "shiftshare");
VIEW_BENCH(changeRegion, population, "population");
VIEW_BENCH(changeRegion, flows, "flows");
VIEW_BENCH(changeRegion, map, "map");
VIEW_BENCH(pageReaction, industry, "industry");
VIEW_BENCH(pageReaction, shiftshare, "shiftshare");
VIEW_BENCH(pageReaction, population, "population");
VIEW_BENCH(pageReaction, flows, "flows");
VIEW_BENCH(pageReaction, map, "map");

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Offscreen windows warn about size hints on every show; keep the report readable.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (!msg.contains(u"propagateSizeHints"_s))
            fprintf(stderr, "%s%s\n", type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg ? "warning: " : "", qPrintable(msg));
    });
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete g_fixture;   // the workspace before the store, both before the application
    return 0;
}
