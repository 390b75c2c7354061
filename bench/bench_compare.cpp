// SPDX-License-Identifier: GPL-3.0-or-later
// The SSDSE starter pack, the catalogue and the comparison (issue 12):
//   first_start   loadStarterPack into a new store (everything, SSDSE included)
//   snapshot      CatalogSnapshot::build on the starter store (what every later start does)
//   derive/…      one derived measure for the 1,741 municipalities (the map's switch to an indicator):
//                 load (store reads, worker) and compute (the GUI-free part)
//   profile/…     compareadapter for 豊田市: every indicator with municipal values × 1,741 municipalities,
//                 30 similar peers, per capita — load (worker) and compute (percentiles within peers)
// REGIONLENS_BENCH_STORE=PATH measures snapshot on that store instead.
// Run: bench/bench_compare --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "datasets/adapters/compareadapter.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace compare = regionlens::datasets::compareadapter;
namespace derived = regionlens::datasets::indicatoradapter;

namespace {

QTemporaryDir &dir()
{
    static QTemporaryDir d;
    return d;
}

Store &starterStore()
{
    static Store store;
    if (!store.isOpen()) {
        QString error;
        // REGIONLENS_BENCH_STORE: an existing store instead (e.g. one made by an older build, for "before").
        const QString given = qEnvironmentVariable("REGIONLENS_BENCH_STORE");
        if (!openOrCreateStore(store, given.isEmpty() ? dir().filePath(u"starter.sqlite"_s) : given, &error))
            qFatal("%s", qPrintable(error));
    }
    return store;
}

void BM_FirstStart(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir().filePath(u"first_%1.sqlite"_s.arg(n++));
        Store store;
        state.ResumeTiming();
        QString error;
        if (!openOrCreateStore(store, path, &error))
            state.SkipWithError(qPrintable(error));
        state.PauseTiming();
        store.close();
        QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FirstStart)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Snapshot(benchmark::State &state)
{
    Store &store = starterStore();
    for (auto _ : state)
        benchmark::DoNotOptimize(CatalogSnapshot::build(store));
}
BENCHMARK(BM_Snapshot)->Unit(benchmark::kMillisecond);

derived::Request deriveRequest()
{
    derived::Request r;
    r.indicator = u"ssdse.i510120"_s;
    r.per = derived::Per::HundredThousand;
    return r;
}

void BM_DeriveLoad(benchmark::State &state)
{
    Store &store = starterStore();
    const derived::Request r = deriveRequest();
    for (auto _ : state)
        benchmark::DoNotOptimize(derived::load(store, r));
}
BENCHMARK(BM_DeriveLoad)->Name("derive/load")->Unit(benchmark::kMillisecond);

void BM_DeriveCompute(benchmark::State &state)
{
    const derived::Request r = deriveRequest();
    const derived::Inputs in = derived::load(starterStore(), r);
    for (auto _ : state)
        benchmark::DoNotOptimize(derived::compute(in, r));
}
BENCHMARK(BM_DeriveCompute)->Name("derive/compute")->Unit(benchmark::kMillisecond);

compare::Request profileRequest()
{
    compare::Request r;
    r.region = u"23211"_s;
    r.per = derived::Per::Capita;
    return r;
}

void BM_ProfileLoad(benchmark::State &state)
{
    Store &store = starterStore();
    const compare::Request r = profileRequest();
    for (auto _ : state)
        benchmark::DoNotOptimize(compare::load(store, r));
}
BENCHMARK(BM_ProfileLoad)->Name("profile/load")->Unit(benchmark::kMillisecond);

void BM_ProfileCompute(benchmark::State &state)
{
    const compare::Request r = profileRequest();
    const compare::Inputs in = compare::load(starterStore(), r);
    std::size_t rows = 0;
    for (auto _ : state) {
        const compare::Result res = compare::compute(in, r);
        rows = std::size_t(res.rows.size());
        benchmark::DoNotOptimize(res);
    }
    state.counters["indicators"] = double(rows);
}
BENCHMARK(BM_ProfileCompute)->Name("profile/compute")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
