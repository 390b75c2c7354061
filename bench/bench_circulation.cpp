// SPDX-License-Identifier: GPL-3.0-or-later
// Input–output speed (issue 10) and the 地域経済循環 page's redraw:
//   inverse37        the Leontief inverse [I − (I − M̂)A]⁻¹ of a 37-sector
//                    table (target ≪ 1 ms). No 37-sector table is in
//                    ../shared/data (io_2015_national has the 37-sector
//                    codes only), so the table is synthetic: 37 sectors,
//                    outputs 10⁴–10⁶, input coefficients drawn uniformly and
//                    scaled to column sums 0.3–0.7 (Japan's 2015 table:
//                    0.2–0.8), imports 10–40 % of regional demand; seed 37.
//   model37          ioModel() of that table (coefficients, import shares,
//                    the inverse, ratios): what a page does once per table.
//   impact37         ioImpact() of a demand in 3 sectors, type II (direct,
//                    1st and 2nd indirect effects), on the model (≪ 1 ms).
//   flqMunicipal     FLQ tables (δ = 0.15) for all 1,741 municipalities at 12
//                    sectors: analysis::regionalise() of the starter store's
//                    national table with each municipality's 2021 employees
//                    by JSIC division, read once (target ≤ 50 ms).
//   circulationMunicipal  the same plus each one's estimated 地域経済循環
//                    (estimatedRegionalTable + ioCirculation, population 2015).
//   redraw           the circulation page (1160 × 660, shown, 愛知県): GUI-thread
//                    time of redraw() (diagram data, both bar charts, texts)
//                    and a synchronous repaint (target ≤ 16 ms); gui_cpu_ms is
//                    the GUI thread's CPU time.
// Run: QT_QPA_PLATFORM=offscreen bench/bench_circulation --benchmark_repetitions=5
#include "circulationview.h"
#include "datasets/adapters/ioadapter.h"
#include "datasets/iostore.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "regionselection.h"

#include "analysis/inputoutput.h"
#include "analysis/ioregional.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
namespace a = regionlens::analysis;

namespace {

a::IoTable synthetic(int n)
{
    std::mt19937 rng(37);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    a::IoTable t;
    Eigen::VectorXd x(n);
    for (int j = 0; j < n; ++j) {
        t.sectors.push_back("s" + std::to_string(j + 1));
        x(j) = 1e4 * std::pow(100.0, unit(rng));
    }
    Eigen::MatrixXd coefficients(n, n);
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < n; ++i)
            coefficients(i, j) = unit(rng) * unit(rng);   // many small, a few large
        coefficients.col(j) *= (0.3 + 0.4 * unit(rng)) / coefficients.col(j).sum();
    }
    t.transactions = coefficients * x.asDiagonal();
    const Eigen::VectorXd intermediate = t.transactions.rowwise().sum();
    // Final demand: households 60 %, exports 40 % of what output leaves after
    // intermediate sales and imports; imports 10–40 % of regional demand.
    t.finalDemand.resize(n, 2);
    t.imports.resize(n);
    for (int i = 0; i < n; ++i) {
        const double share = 0.1 + 0.3 * unit(rng);
        const double rest = std::max(0.05 * x(i), x(i) - intermediate(i));
        const double consumption = 0.6 * rest;
        t.imports(i) = share * (intermediate(i) + consumption);
        t.finalDemand(i, 0) = consumption;
        t.finalDemand(i, 1) = x(i) + t.imports(i) - intermediate(i) - consumption;
    }
    t.finalDemandNames = {"households", "exports"};
    t.finalDemandKinds = {a::FinalDemandKind::HouseholdConsumption, a::FinalDemandKind::Exports};
    t.valueAdded = (x.transpose() - t.transactions.colwise().sum());
    t.valueAddedNames = {"compensation"};
    t.valueAddedKinds = {a::ValueAddedKind::Compensation};
    t.output = x;
    return t;
}

struct Store
{
    QTemporaryDir dir;
    regionlens::datasets::Store store;
    a::IoTable national;
    a::IoModel nationalModel;
    Eigen::VectorXd nationalEmployees;
    std::vector<Eigen::VectorXd> municipalEmployees;
    std::vector<double> municipalPopulation;
    double nationalPopulation = 0.0;
};

Store &store()
{
    static Store *s = [] {
        auto *fx = new Store;
        QString error;
        if (!regionlens::datasets::openOrCreateStore(fx->store, fx->dir.filePath(u"bench.sqlite"_s), &error))
            qFatal("cannot create the starter store: %s", qPrintable(error));
        fx->national = regionlens::datasets::iostore::readTable(fx->store, u"00"_s,
                                                                regionlens::datasets::iostore::TableKind::Official)
                           ->table;
        fx->nationalModel = a::ioModel(fx->national);
        using regionlens::datasets::RegionLevel;
        fx->nationalEmployees = Eigen::VectorXd::Zero(12);
        for (const auto &o : fx->store.observations({u"employees"_s, 2021, RegionLevel::Prefecture, std::nullopt, std::nullopt}))
            if (const int s = o.industry.size() == 1 ? a::ioSector12OfJsicDivision(o.industry.at(0).toLatin1()) : -1; s >= 0)
                fx->nationalEmployees(s) += o.value;
        QHash<QString, int> index;
        for (const auto &o : fx->store.observations({u"employees"_s, 2021, RegionLevel::Municipality, std::nullopt, std::nullopt})) {
            const int s = o.industry.size() == 1 ? a::ioSector12OfJsicDivision(o.industry.at(0).toLatin1()) : -1;
            if (s < 0 || !std::isfinite(o.value))
                continue;
            auto it = index.find(o.region);
            if (it == index.end()) {
                it = index.insert(o.region, int(fx->municipalEmployees.size()));
                fx->municipalEmployees.push_back(Eigen::VectorXd::Zero(12));
                fx->municipalPopulation.push_back(0.0);
            }
            fx->municipalEmployees[std::size_t(*it)](s) += o.value;
        }
        for (const auto &o : fx->store.observations({u"population"_s, 2015, RegionLevel::Municipality, std::nullopt}))
            if (index.contains(o.region))
                fx->municipalPopulation[std::size_t(index.value(o.region))] = o.value;
        for (const auto &o : fx->store.observations({u"population"_s, 2015, RegionLevel::Prefecture, std::nullopt}))
            fx->nationalPopulation += o.value;
        return fx;
    }();
    return *s;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void inverse37(benchmark::State &state)
{
    const a::IoModel model = a::ioModel(synthetic(37));
    if (!model.valid())
        state.SkipWithError("singular synthetic table");
    for (auto _ : state) {
        a::WarningCollector warnings;
        benchmark::DoNotOptimize(a::leontiefInverse(model.regional, warnings));
    }
}

void model37(benchmark::State &state)
{
    const a::IoTable table = synthetic(37);
    for (auto _ : state)
        benchmark::DoNotOptimize(a::ioModel(table));
}

void impact37(benchmark::State &state)
{
    const a::IoModel model = a::ioModel(synthetic(37));
    Eigen::VectorXd demand = Eigen::VectorXd::Zero(37);
    demand(3) = 1000.0;
    demand(17) = 500.0;
    demand(30) = 250.0;
    for (auto _ : state)
        benchmark::DoNotOptimize(a::ioImpact(model, demand));
}

void flqMunicipal(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state)
        for (const Eigen::VectorXd &e : s.municipalEmployees)
            benchmark::DoNotOptimize(a::regionalise(s.nationalModel, s.nationalEmployees, e));
    state.counters["regions"] = double(s.municipalEmployees.size());
}

void circulationMunicipal(benchmark::State &state)
{
    Store &s = store();
    for (auto _ : state) {
        for (std::size_t r = 0; r < s.municipalEmployees.size(); ++r) {
            const a::RegionalisationResult rr = a::regionalise(s.nationalModel, s.nationalEmployees, s.municipalEmployees[r]);
            a::IoRegionalDemandConfig dc;
            dc.householdShare = dc.governmentShare = s.municipalPopulation[r] / s.nationalPopulation;
            benchmark::DoNotOptimize(a::ioCirculation(a::estimatedRegionalTable(s.national, rr.model, dc).table));
        }
    }
    state.counters["regions"] = double(s.municipalEmployees.size());
}

void redraw(benchmark::State &state)
{
    Store &s = store();
    regionlens::app::RegionSelection selection;
    selection.set({u"23"_s});
    regionlens::app::CirculationView view(s.store, selection, true);
    view.resize(1160, 660);
    view.show();
    view.waitForIdle();
    QCoreApplication::sendPostedEvents();
    view.repaint();
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        view.redraw();
        QCoreApplication::sendPostedEvents();
        view.repaint();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        cpu += threadCpuMs() - cpu0;
    }
    state.counters["gui_cpu_ms"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
}

} // namespace

BENCHMARK(inverse37)->Unit(benchmark::kMicrosecond);
BENCHMARK(model37)->Unit(benchmark::kMicrosecond);
BENCHMARK(impact37)->Unit(benchmark::kMicrosecond);
BENCHMARK(flqMunicipal)->Unit(benchmark::kMillisecond);
BENCHMARK(circulationMunicipal)->Unit(benchmark::kMillisecond);
BENCHMARK(redraw)->UseManualTime()->Iterations(30)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (!msg.contains(u"propagateSizeHints"_s))
            fprintf(stderr, "%s%s\n", type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg ? "warning: " : "",
                    qPrintable(msg));
    });
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
