// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis-layer speed on synthetic data of realistic shape:
// 1,741 municipalities × 100 industries × 10 years, a 1,741 × 1,741 OD
// matrix and a 47 × 47 gravity fit. Targets (Release, one core):
//   LQ for all 10 years ≤ 5 ms; classic shift-share ≤ 0.3 ms; dynamic
//   shift-share over 10 years ≤ 3 ms; OD summary ≤ 2 ms; doubly-constrained
//   gravity 47 × 47 ≤ 20 ms.
// Links: regionlens_analysis (Eigen + std) and benchmark::benchmark only.
#include "analysis/gravity.h"
#include "analysis/locationquotient.h"
#include "analysis/migration.h"
#include "analysis/shiftshare.h"
#include "analysis/specialisation.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

using namespace regionlens::analysis;

namespace {

constexpr Eigen::Index kMunicipalities = 1741;
constexpr Eigen::Index kIndustries = 100;
constexpr int kYears = 10;

// Employees: a municipality size (log-normal) × an industry weight, noise,
// about 15 % empty cells, and slow year-on-year drift.
const std::vector<Eigen::MatrixXd> &panel()
{
    static const std::vector<Eigen::MatrixXd> years = [] {
        std::mt19937_64 rng(20240601);
        std::lognormal_distribution<double> size(8.0, 1.5);
        std::lognormal_distribution<double> weight(0.0, 1.0);
        std::lognormal_distribution<double> noise(0.0, 0.5);
        std::normal_distribution<double> drift(0.0, 0.03);
        std::bernoulli_distribution empty(0.15);
        Eigen::VectorXd sizes(kMunicipalities);
        Eigen::RowVectorXd weights(kIndustries);
        for (auto &s : sizes)
            s = size(rng);
        for (auto &w : weights)
            w = weight(rng);
        weights /= weights.sum();
        Eigen::MatrixXd base(kMunicipalities, kIndustries);
        for (Eigen::Index c = 0; c < kIndustries; ++c)
            for (Eigen::Index r = 0; r < kMunicipalities; ++r)
                base(r, c) = empty(rng) ? 0.0 : std::round(sizes(r) * weights(c) * noise(rng) * 10.0);
        std::vector<Eigen::MatrixXd> out;
        out.push_back(base);
        for (int y = 1; y < kYears; ++y) {
            Eigen::MatrixXd next = out.back();
            for (Eigen::Index c = 0; c < kIndustries; ++c)
                for (Eigen::Index r = 0; r < kMunicipalities; ++r)
                    next(r, c) = std::round(next(r, c) * std::exp(drift(rng)));
            out.push_back(std::move(next));
        }
        return out;
    }();
    return years;
}

// OD flows between 1,741 municipalities: gravity-like with noise, many zeros.
const Eigen::MatrixXd &odMatrix()
{
    static const Eigen::MatrixXd od = [] {
        std::mt19937_64 rng(7);
        std::lognormal_distribution<double> pop(9.0, 1.2);
        std::uniform_real_distribution<double> coord(0.0, 1500.0);
        std::poisson_distribution<int> dummy(1);
        const Eigen::Index n = kMunicipalities;
        Eigen::VectorXd p(n), x(n), y(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            p(i) = pop(rng);
            x(i) = coord(rng);
            y(i) = coord(rng);
        }
        Eigen::MatrixXd m(n, n);
        for (Eigen::Index j = 0; j < n; ++j)
            for (Eigen::Index i = 0; i < n; ++i) {
                const double d = std::hypot(x(i) - x(j), y(i) - y(j)) + 5.0;
                m(i, j) = i == j ? std::nan("") : std::floor(1e-6 * p(i) * p(j) / (d * d));
            }
        return m;
    }();
    return od;
}

const Eigen::VectorXd &odPopulation()
{
    static const Eigen::VectorXd pop = Eigen::VectorXd::Constant(kMunicipalities, 70000.0);
    return pop;
}

struct GravityData
{
    Eigen::MatrixXd flows, distances;
};

// 47 prefectures on a 1,500 km strip, doubly-constrained-shaped flows.
const GravityData &gravityData()
{
    static const GravityData g = [] {
        std::mt19937_64 rng(47);
        std::lognormal_distribution<double> pop(14.5, 0.7);
        std::uniform_real_distribution<double> lat(31.0, 43.0), lon(129.0, 145.0);
        const int n = 47;
        Eigen::VectorXd p(n), la(n), lo(n);
        for (int i = 0; i < n; ++i) {
            p(i) = pop(rng);
            la(i) = lat(rng);
            lo(i) = lon(rng);
        }
        GravityData d;
        d.distances = greatCircleDistances(la, lo);
        d.flows.resize(n, n);
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                if (i == j) {
                    d.flows(i, j) = std::nan("");
                    continue;
                }
                const double mu = 1e-7 * p(i) * p(j) * std::exp(-0.004 * d.distances(i, j));
                d.flows(i, j) = static_cast<double>(std::poisson_distribution<long>(mu + 0.1)(rng));
            }
        return d;
    }();
    return g;
}

void BM_LocationQuotient10Years(benchmark::State &state)
{
    const auto &years = panel();
    LocationQuotientConfig cfg;
    cfg.topN = static_cast<int>(state.range(0));
    for (auto _ : state) {
        for (const auto &m : years) {
            auto r = locationQuotients(m, cfg);
            benchmark::DoNotOptimize(r.lq.data());
        }
    }
    state.SetItemsProcessed(state.iterations() * kYears * kMunicipalities * kIndustries);
}
BENCHMARK(BM_LocationQuotient10Years)->Arg(0)->Arg(5)->Unit(benchmark::kMillisecond);

void BM_ShiftShareClassic(benchmark::State &state)
{
    const auto &years = panel();
    ShiftShareConfig cfg;
    cfg.estebanMarquillas = state.range(0) != 0;
    for (auto _ : state) {
        auto r = shiftShare(years.front(), years.back(), cfg);
        benchmark::DoNotOptimize(r.regionalShift.data());
    }
}
BENCHMARK(BM_ShiftShareClassic)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_DynamicShiftShare10Years(benchmark::State &state)
{
    const auto &years = panel();
    for (auto _ : state) {
        auto r = dynamicShiftShare(years);
        benchmark::DoNotOptimize(r.regionalShiftTotal.data());
    }
}
BENCHMARK(BM_DynamicShiftShare10Years)->Unit(benchmark::kMillisecond);

void BM_Specialisation(benchmark::State &state)
{
    const auto &years = panel();
    for (auto _ : state) {
        auto r = specialisation(years.front());
        benchmark::DoNotOptimize(r.gini.data());
    }
}
BENCHMARK(BM_Specialisation)->Unit(benchmark::kMillisecond);

void BM_MigrationSummary(benchmark::State &state)
{
    const auto &od = odMatrix();
    MigrationConfig cfg;
    cfg.population = odPopulation();
    cfg.topN = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto r = migrationSummary(od, cfg);
        benchmark::DoNotOptimize(r.net.data());
        benchmark::DoNotOptimize(r.effectiveness);
    }
    state.SetItemsProcessed(state.iterations() * kMunicipalities * kMunicipalities);
}
BENCHMARK(BM_MigrationSummary)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_GravityDoubly47(benchmark::State &state)
{
    const auto &g = gravityData();
    GravityConfig cfg;
    cfg.model = GravityModel::DoublyConstrained;
    cfg.decay = state.range(0) == 0 ? DistanceDecay::Exponential : DistanceDecay::Power;
    int iterations = 0;
    for (auto _ : state) {
        auto r = fitGravity(g.flows, g.distances, cfg);
        iterations = r.iterations;
        benchmark::DoNotOptimize(r.parameters.data());
    }
    state.counters["irls_iterations"] = iterations;
}
BENCHMARK(BM_GravityDoubly47)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
