// SPDX-License-Identifier: GPL-3.0-or-later
// Population projection speed on the real bundled data (issue 11): the 1,741
// municipalities of the starter pack's 住民基本台帳 table of 1 January 2022,
// with their prefectures' rates, through the projection adapter as the CLI
// and the GUI run it: all four standard scenarios, 2022 → 2072 (10 steps).
// The store is made once (starter pack in a temporary directory) and the
// inputs read once; the benchmarks time compute() (fresh, and into the
// previous result after a scenario change) and load() separately.
#include "datasets/adapters/projectionadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
namespace projection = regionlens::datasets::projection;
using regionlens::datasets::RegionLevel;
using regionlens::datasets::Store;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Store store;
    projection::Request request;
    projection::Inputs inputs;

    Fixture()
    {
        QString error;
        if (!regionlens::datasets::openOrCreateStore(store, dir.filePath(u"starter.sqlite"_s), &error))
            std::fprintf(stderr, "bench_projection_real: %s\n", qPrintable(error));
        request.level = RegionLevel::Municipality;
        request.scenarios = projection::scenarioNames();
        projection::applyLevelDefaults(store, &request, false, false);
        request.horizon = request.baseYear + 50;
        inputs = projection::load(store, request);
        if (!inputs.error.isEmpty())
            std::fprintf(stderr, "bench_projection_real: %s\n", qPrintable(inputs.error));
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void municipalCompute(benchmark::State &state)
{
    const projection::Inputs &in = fixture().inputs;
    for (auto _ : state) {
        projection::Result r = projection::compute(in);
        benchmark::DoNotOptimize(r.projection.scenarios.back().total.data());
    }
    state.counters["regions"] = double(in.codes.size());
}

void municipalRecompute(benchmark::State &state)
{
    projection::Inputs in = fixture().inputs;
    projection::Result r = projection::compute(in);
    for (auto _ : state) {
        in.request.tfrTarget = in.request.tfrTarget == 2.07 ? 1.8 : 2.07;
        r = projection::compute(in, {}, std::move(r));
        benchmark::DoNotOptimize(r.projection.scenarios.back().total.data());
    }
}

void municipalLoad(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        projection::Inputs in = projection::load(f.store, f.request);
        benchmark::DoNotOptimize(in.codes.size());
    }
}

} // namespace

BENCHMARK(municipalCompute)->Unit(benchmark::kMillisecond);
BENCHMARK(municipalRecompute)->Unit(benchmark::kMillisecond);
BENCHMARK(municipalLoad)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
