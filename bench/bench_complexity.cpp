// SPDX-License-Identifier: GPL-3.0-or-later
// Economic complexity speed (issue 13): ECI, PCI, proximity, density, COI and
// COG for all regions at once. Targets (Release, one core):
//   1,741 regions × 100 industries ≤ 20 ms; 1,741 × 19 ≤ 2 ms.
// Synthetic employees of the shape of bench_analysis.cpp (log-normal
// municipality sizes × industry weights × noise, about 15 % empty cells),
// plus the real 1,741 municipalities × 18 JSIC divisions of the starter pack
// through the adapter (compute only; the inputs are loaded once).
#include "analysis/complexity.h"
#include "datasets/adapters/complexityadapter.h"
#include "datasets/starterpack.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace regionlens;
using namespace regionlens::analysis;

namespace {

Eigen::MatrixXd synthetic(Eigen::Index regions, Eigen::Index industries)
{
    std::mt19937_64 rng(20261207);
    std::lognormal_distribution<double> size(8.0, 1.5);
    std::lognormal_distribution<double> weight(0.0, 1.0);
    std::lognormal_distribution<double> noise(0.0, 0.5);
    std::bernoulli_distribution empty(0.15);
    Eigen::VectorXd sizes(regions);
    Eigen::RowVectorXd weights(industries);
    for (auto &s : sizes)
        s = size(rng);
    for (auto &w : weights)
        w = weight(rng);
    weights /= weights.sum();
    Eigen::MatrixXd m(regions, industries);
    for (Eigen::Index c = 0; c < industries; ++c)
        for (Eigen::Index r = 0; r < regions; ++r)
            m(r, c) = empty(rng) ? 0.0 : std::round(sizes(r) * weights(c) * noise(rng) * 10.0);
    return m;
}

void run(benchmark::State &state, Eigen::Index industries, const ComplexityConfig &cfg)
{
    const Eigen::MatrixXd values = synthetic(1741, industries);
    for (auto _ : state) {
        ComplexityResult r = complexity(values, cfg);
        benchmark::DoNotOptimize(r.eci.data());
        benchmark::DoNotOptimize(r.density.data());
    }
}

void BM_Complexity_1741x100(benchmark::State &state)
{
    run(state, 100, {});
}
BENCHMARK(BM_Complexity_1741x100)->Unit(benchmark::kMillisecond);

void BM_Complexity_1741x19(benchmark::State &state)
{
    run(state, 19, {});
}
BENCHMARK(BM_Complexity_1741x19)->Unit(benchmark::kMillisecond);

void BM_Complexity_1741x100_EciPciOnly(benchmark::State &state)
{
    ComplexityConfig cfg;
    cfg.relatedness = false;
    run(state, 100, cfg);
}
BENCHMARK(BM_Complexity_1741x100_EciPciOnly)->Unit(benchmark::kMillisecond);

void BM_Complexity_1741x100_Reflections(benchmark::State &state)
{
    ComplexityConfig cfg;
    cfg.method = ComplexityMethod::Reflections;
    run(state, 100, cfg);
}
BENCHMARK(BM_Complexity_1741x100_Reflections)->Unit(benchmark::kMillisecond);

void BM_Complexity_1741x100_Correlation(benchmark::State &state)
{
    ComplexityConfig cfg;
    cfg.proximity = ProximityRule::Correlation;
    run(state, 100, cfg);
}
BENCHMARK(BM_Complexity_1741x100_Correlation)->Unit(benchmark::kMillisecond);

// The starter pack's employees 2021, 1,741 municipalities × 18 divisions,
// through the adapter (what the page and the CLI compute).
void BM_ComplexityAdapter_Municipal2021(benchmark::State &state)
{
    static const datasets::ComplexityInputs in = [] {
        QTemporaryDir dir;
        datasets::Store store;
        QString error;
        datasets::openOrCreateStore(store, dir.filePath(QStringLiteral("s.sqlite")), &error);
        datasets::ComplexityRequest request;
        request.indicator = QStringLiteral("employees");
        request.level = datasets::RegionLevel::Municipality;
        request.year = 2021;
        return datasets::load(store, request);
    }();
    if (in.data.regions.size() != 1741) {
        state.SkipWithError("the starter store has no 1,741 municipalities");
        return;
    }
    for (auto _ : state) {
        datasets::ComplexityFigures f = datasets::compute(in);
        benchmark::DoNotOptimize(f.eci.data());
    }
}
BENCHMARK(BM_ComplexityAdapter_Municipal2021)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
