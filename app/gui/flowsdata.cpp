// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsdata.h"

#include "analysis/migration.h"
#include "datasets/catalog.h"
#include "datasets/matrixadapter.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

FlowsResult computeFlows(const FlowsInput &input)
{
    FlowsResult r;
    r.generation = input.generation;
    r.year = input.year;
    r.regions = input.regions;
    r.focus = input.focus;
    r.populationYear = input.populationYear;
    r.populationIndicator = input.populationIndicator;
    if (input.flows.isEmpty() || input.regions.isEmpty())
        return r;

    const datasets::OdMatrix od = datasets::toOdMatrix(input.flows, input.regions);
    const int n = int(od.regions.size());
    analysis::MigrationConfig config;
    bool havePopulation = true;
    Eigen::VectorXd population(n);
    for (int i = 0; i < n; ++i) {
        const double p = input.population.value(od.regions.at(i), FlowsResult::kNaN);
        havePopulation = havePopulation && std::isfinite(p) && p > 0;
        population[i] = p;
    }
    if (havePopulation)
        config.population = population;
    config.focusRegion = int(od.regions.indexOf(input.focus));
    config.focusTopN = 5;
    const analysis::MigrationResult m = analysis::migrationSummary(od.values, config);
    for (const analysis::Warning &w : m.warnings)
        r.warnings << QString::fromStdString(w.message);

    for (int i = 0; i < n; ++i) {
        const QString code = od.regions.at(i);
        r.inflow.insert(code, m.inflow[i]);
        r.outflow.insert(code, m.outflow[i]);
        r.net.insert(code, m.net[i]);
        r.turnover.insert(code, m.turnover[i]);
        if (m.netPerThousand.size() == n)
            r.netPerThousand.insert(code, m.netPerThousand[i]);
        for (int j = 0; j < n; ++j)
            if (i != j && od.values(i, j) > 0)
                r.flows.append({code, od.regions.at(j), od.values(i, j)});
    }
    r.totalFlows = m.totalFlows;
    r.effectiveness = m.effectiveness;
    r.aggregateNetMigrationRate = m.aggregateNetMigrationRate;
    r.crudeMigrationProbability = m.crudeMigrationProbability;

    double best = -std::numeric_limits<double>::infinity();
    double worst = std::numeric_limits<double>::infinity();
    for (int i = 0; i < n; ++i) {
        const double v = m.net[i];
        r.gaining += v > 0 ? 1 : 0;
        r.losing += v < 0 ? 1 : 0;
        if (v > best) {
            best = v;
            r.largestGain = od.regions.at(i);
        }
        if (v < worst) {
            worst = v;
            r.largestLoss = od.regions.at(i);
        }
    }

    if (config.focusRegion >= 0) {
        const double own = m.net[config.focusRegion];
        r.netRank = 1;
        for (int i = 0; i < n; ++i)
            r.netRank += m.net[i] > own ? 1 : 0;
        for (const analysis::OdFlow &f : m.focusInflows)
            r.focusInflows.append({od.regions.at(f.origin), od.regions.at(f.destination), f.value});
        for (const analysis::OdFlow &f : m.focusOutflows)
            r.focusOutflows.append({od.regions.at(f.origin), od.regions.at(f.destination), f.value});
    }

    // Net by age: one matrix per age class (the all-ages class left out).
    QMap<int, QString> ages;   // lower bound → class
    for (const datasets::Flow &f : input.ageFlows) {
        const int lo = datasets::catalog::ageClassLowerBound(f.ageClass);
        if (lo >= 0)
            ages.insert(lo, f.ageClass);
    }
    if (!ages.isEmpty()) {
        std::vector<Eigen::MatrixXd> byAge;
        for (const QString &age : std::as_const(ages)) {
            QList<datasets::Flow> rows;
            for (const datasets::Flow &f : input.ageFlows)
                if (f.ageClass == age)
                    rows.append(f);
            byAge.push_back(datasets::toOdMatrix(rows, od.regions).values);
            r.ageClasses.append(age);
        }
        const analysis::AgeMigrationResult a = analysis::migrationByAge(byAge);
        r.hasAges = true;
        if (config.focusRegion >= 0)
            for (Eigen::Index c = 0; c < a.net.cols(); ++c)
                r.focusNetByAge.append(a.net(config.focusRegion, c));
    }
    return r;
}

MunicipalNetResult computeMunicipalNet(const MunicipalNetInput &input)
{
    MunicipalNetResult r;
    r.generation = input.generation;
    r.source = input.source;
    r.year = input.year;
    r.populationYear = input.populationYear;
    r.inIndicator = input.inIndicator;
    r.outIndicator = input.outIndicator;
    if (input.source == MunicipalNetInput::Source::Flows) {
        QHash<std::pair<QString, QString>, double> pairs;
        for (const datasets::Flow &f : input.flows) {
            if (f.origin == f.destination || !std::isfinite(f.value))
                continue;
            r.outflow[f.origin] += f.value;
            r.inflow[f.destination] += f.value;
            pairs[{f.origin, f.destination}] += f.value;
        }
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
            if (it.value() > 0) {
                r.flows.append({it.key().first, it.key().second, it.value()});
                r.totalFlows += it.value();
            }
        std::sort(r.flows.begin(), r.flows.end(), [](const FlowRecord &a, const FlowRecord &b) {
            if (a.value != b.value)
                return a.value > b.value;
            return a.origin != b.origin ? a.origin < b.origin : a.destination < b.destination;
        });
        // A municipality seen only on one side has 0 on the other.
        for (auto it = r.inflow.cbegin(); it != r.inflow.cend(); ++it)
            if (!r.outflow.contains(it.key()))
                r.outflow.insert(it.key(), 0.0);
        for (auto it = r.outflow.cbegin(); it != r.outflow.cend(); ++it)
            if (!r.inflow.contains(it.key()))
                r.inflow.insert(it.key(), 0.0);
    } else if (input.source == MunicipalNetInput::Source::InOut) {
        for (auto it = input.in.cbegin(); it != input.in.cend(); ++it) {
            const double out = input.out.value(it.key(), std::nan(""));
            if (std::isfinite(it.value()) && std::isfinite(out)) {
                r.inflow.insert(it.key(), it.value());
                r.outflow.insert(it.key(), out);
            }
        }
    }
    for (auto it = r.inflow.cbegin(); it != r.inflow.cend(); ++it) {
        const double net = it.value() - r.outflow.value(it.key());
        r.net.insert(it.key(), net);
        const double p = input.population.value(it.key(), std::nan(""));
        if (std::isfinite(p) && p > 0)
            r.netPerThousand.insert(it.key(), 1000.0 * net / p);
    }
    return r;
}

} // namespace regionlens::app
