// SPDX-License-Identifier: GPL-3.0-or-later
// Population projection speed (issue 11) on synthetic age tables of realistic
// shape: all regions × the four standard scenarios, 2015 → 2070 (11 steps).
// Targets (Release, one core): 47 prefectures ≤ 5 ms; 1,741 municipalities
// ≤ 20 ms. Links regionlens_analysis (Eigen + std) and benchmark only.
#include "analysis/projection.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace regionlens::analysis;

namespace {

// A Japanese-like age profile scaled by a log-normal region size, with noise;
// rates estimated from two such censuses 5 years apart.
ProjectionInput syntheticInput(Eigen::Index regions)
{
    std::mt19937_64 rng(20150101);
    std::lognormal_distribution<double> size(9.5, 1.3);
    std::normal_distribution<double> noise(1.0, 0.05);
    const double profile[kProjectionAges] = {4.0, 4.2, 4.4, 4.7, 4.8, 5.2, 5.9, 6.8, 7.9, 7.0,
                                             6.4, 6.1, 6.8, 7.8, 6.3, 5.0, 4.0, 3.9};
    Eigen::VectorXd s = Eigen::VectorXd::Constant(kProjectionAges, 0.995);
    s.tail(8) << 0.99, 0.98, 0.97, 0.95, 0.92, 0.87, 0.78, 0.40;
    const SurvivalRatios survival{s, s};
    AgeSexTable t0 = AgeSexTable::zero(regions);
    AgeSexTable t1 = AgeSexTable::zero(regions);
    for (Eigen::Index r = 0; r < regions; ++r) {
        const double n = size(rng) / 100.0;
        for (Eigen::Index a = 0; a < kProjectionAges; ++a) {
            t0.male(r, a) = n * profile[a] * noise(rng);
            t0.female(r, a) = n * profile[a] * noise(rng);
            t1.male(r, a) = n * profile[a > 0 ? a - 1 : 0] * noise(rng) * s(a > 0 ? a - 1 : 0);
            t1.female(r, a) = n * profile[a > 0 ? a - 1 : 0] * noise(rng) * s(a > 0 ? a - 1 : 0);
        }
    }
    ProjectionInput in;
    in.baseYear = 2015;
    in.base = t1;
    in.rates = estimateRates({{t0, t1, survival}}).rates;
    in.survival.assign(11, survival);
    in.currentTfr = Eigen::VectorXd::Constant(regions, 1.45);
    return in;
}

void projectAll(benchmark::State &state)
{
    const ProjectionInput in = syntheticInput(state.range(0));
    ProjectionConfig config;
    config.horizon = 2070;
    config.scenarios = standardScenarios();
    for (auto _ : state) {
        ProjectionResult r = projectPopulation(in, config);
        benchmark::DoNotOptimize(r.scenarios.back().total.data());
    }
}

// The same after a scenario change: into the previous result, whose matrices are reused.
void recomputeAll(benchmark::State &state)
{
    const ProjectionInput in = syntheticInput(state.range(0));
    ProjectionConfig config;
    config.horizon = 2070;
    config.scenarios = standardScenarios();
    ProjectionResult r = projectPopulation(in, config);
    for (auto _ : state) {
        config.scenarios[1].targetTfr = config.scenarios[1].targetTfr == 2.07 ? 1.8 : 2.07;
        projectPopulation(in, config, &r);
        benchmark::DoNotOptimize(r.scenarios.back().total.data());
    }
}

void estimateAll(benchmark::State &state)
{
    const ProjectionInput in = syntheticInput(state.range(0));
    const std::vector<RatePeriod> periods = {{in.base, in.base, in.survival.front()}};
    for (auto _ : state) {
        RateEstimationResult r = estimateRates(periods);
        benchmark::DoNotOptimize(r.rates.childWomanRatio.data());
    }
}

} // namespace

BENCHMARK(projectAll)->Arg(47)->Arg(1741)->Unit(benchmark::kMillisecond);
BENCHMARK(recomputeAll)->Arg(47)->Arg(1741)->Unit(benchmark::kMillisecond);
BENCHMARK(estimateAll)->Arg(47)->Arg(1741)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
