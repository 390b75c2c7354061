// SPDX-License-Identifier: GPL-3.0-or-later
// The 関連性と多角化 / Smart specialisation page's redraw (issue 13: ≤ 16 ms of
// GUI-thread time): the page on a fresh starter store, 1160 × 660, shown,
// offscreen; the selection alternates between two regions whose figures are
// already computed, so each change is a redraw — the opportunities chart and
// table, the industry space, the ECI map, the commentary — and a repaint:
//   redraw/prefectures     愛知県 ↔ 東京都 (47 prefectures × 18 divisions)
//   redraw/municipalities  豊田市 ↔ 千代田区 (1,741 municipalities; the map
//                          shows the prefectures, 愛知県 or 東京都 marked)
// gui_cpu_ms is the GUI thread's CPU time (robust to the machine's load).
//   QT_QPA_PLATFORM=offscreen build/bench/bench_complexity_page --benchmark_repetitions=10
#include "complexityview.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "regionselection.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

regionlens::datasets::Store &store()
{
    static QTemporaryDir dir;
    static regionlens::datasets::Store s;
    static const bool opened = [] {
        QString error;
        return regionlens::datasets::openOrCreateStore(s, dir.filePath(u"s.sqlite"_s), &error);
    }();
    Q_UNUSED(opened);
    return s;
}

void redraw(benchmark::State &state, const QString &a, const QString &b)
{
    regionlens::app::RegionSelection selection;
    selection.set({a});
    regionlens::app::ComplexityView view(store(), selection, true);
    view.resize(1160, 660);
    view.show();
    // Both regions' figures computed once (the municipal result serves both municipalities).
    view.waitForIdle();
    selection.set({b});
    view.waitForIdle();
    QCoreApplication::sendPostedEvents();
    view.repaint();
    if (view.focusResult().row(b) < 0) {
        state.SkipWithError("no figures for the region");
        return;
    }
    double cpu = 0;
    bool first = true;
    for (auto _ : state) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        selection.set({first ? a : b});
        QCoreApplication::sendPostedEvents();
        view.repaint();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        cpu += threadCpuMs() - cpu0;
        if (view.isBusy())   // a recompute would not be a redraw
            state.SkipWithError("the selection change started a computation");
        first = !first;
    }
    state.counters["gui_cpu_ms"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
}

} // namespace

BENCHMARK_CAPTURE(redraw, prefectures, u"23"_s, u"13"_s)
    ->UseManualTime()
    ->Iterations(30)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redraw, municipalities, u"23211"_s, u"13101"_s)
    ->UseManualTime()
    ->Iterations(30)
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (!msg.contains(u"propagateSizeHints"_s))
            fprintf(stderr, "%s%s\n", type == QtWarningMsg || type == QtCriticalMsg ? "warning: " : "",
                    qPrintable(msg));
    });
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
