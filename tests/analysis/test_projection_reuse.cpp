// SPDX-License-Identifier: GPL-3.0-or-later
// projectPopulation into a previous result (the recomputation after a
// scenario change reuses its matrices): every figure equals a fresh
// projection's exactly, whatever the previous result's shape (more or fewer
// scenarios, steps or regions, a region not projected), and a recomputation
// of the same shape keeps the buffers.
#include "analysis/projection.h"

#include <QTest>

#include <random>

using namespace regionlens::analysis;

namespace {

// n regions of a plausible shape, rates from two censuses 5 years apart; region `missing` (if ≥ 0) without a table.
ProjectionInput input(Eigen::Index n, Eigen::Index missing = -1)
{
    std::mt19937_64 rng(20151001);
    std::uniform_real_distribution<double> noise(0.9, 1.1);
    Eigen::VectorXd s = Eigen::VectorXd::Constant(kProjectionAges, 0.995);
    s.tail(6) << 0.97, 0.95, 0.92, 0.87, 0.78, 0.40;
    const SurvivalRatios survival{s, s};
    AgeSexTable t0 = AgeSexTable::zero(n), t1 = AgeSexTable::zero(n);
    for (Eigen::Index r = 0; r < n; ++r)
        for (Eigen::Index a = 0; a < kProjectionAges; ++a) {
            t0.male(r, a) = 1000.0 * noise(rng);
            t0.female(r, a) = 1000.0 * noise(rng);
            t1.male(r, a) = 1000.0 * noise(rng);
            t1.female(r, a) = 1000.0 * noise(rng);
        }
    ProjectionInput in;
    in.baseYear = 2015;
    in.rates = estimateRates({{t0, t1, survival}}).rates;
    in.base = t1;
    if (missing >= 0)
        in.base.male.row(missing).setConstant(kNaN);
    in.survival = {survival, survival, survival};
    in.currentTfr = Eigen::VectorXd::Constant(n, 1.4);
    return in;
}

ProjectionConfig config(int horizon, std::size_t scenarios)
{
    ProjectionConfig c;
    c.horizon = horizon;
    c.scenarios = standardScenarios();
    c.scenarios.resize(scenarios);
    return c;
}

// Bitwise equal, NaN equal to NaN.
bool same(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && ((a.array() == b.array()) || (a.array().isNaN() && b.array().isNaN())).all();
}

bool same(const ProjectionResult &a, const ProjectionResult &b)
{
    if (a.scenarios.size() != b.scenarios.size() || a.projected != b.projected || a.cancelled != b.cancelled
        || a.warnings.size() != b.warnings.size())
        return false;
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const ScenarioProjection &x = a.scenarios[i], &y = b.scenarios[i];
        if (x.name != y.name || x.years != y.years || x.population.size() != y.population.size())
            return false;
        for (std::size_t j = 0; j < x.population.size(); ++j)
            if (!same(x.population[j].male, y.population[j].male) || !same(x.population[j].female, y.population[j].female))
                return false;
        for (auto m : {&ScenarioProjection::total, &ScenarioProjection::male, &ScenarioProjection::female,
                       &ScenarioProjection::age0to14, &ScenarioProjection::age15to64, &ScenarioProjection::age65plus,
                       &ScenarioProjection::age75plus, &ScenarioProjection::share0to14,
                       &ScenarioProjection::share15to64, &ScenarioProjection::share65plus,
                       &ScenarioProjection::share75plus, &ScenarioProjection::dependencyRatio,
                       &ScenarioProjection::index})
            if (!same(x.*m, y.*m))
                return false;
    }
    return true;
}

} // namespace

class TestProjectionReuse : public QObject
{
    Q_OBJECT

private slots:
    // A sequence of requests into one result, each compared with a fresh projection.
    void sameAsFresh()
    {
        struct Step
        {
            Eigen::Index regions;
            Eigen::Index missing;
            int horizon;
            std::size_t scenarios;
        };
        const Step steps[] = {{6, -1, 2045, 4}, {6, -1, 2045, 4}, {6, -1, 2070, 1}, {6, 2, 2030, 2},
                              {9, -1, 2045, 4}, {3, 0, 2045, 3},  {3, -1, 2020, 4}};
        ProjectionResult reused;
        for (const Step &s : steps) {
            const ProjectionInput in = input(s.regions, s.missing);
            const ProjectionConfig c = config(s.horizon, s.scenarios);
            projectPopulation(in, c, &reused);
            const ProjectionResult fresh = projectPopulation(in, c);
            QVERIFY(!fresh.scenarios.empty());
            QVERIFY2(same(reused, fresh), qPrintable(QStringLiteral("%1 regions to %2").arg(s.regions).arg(s.horizon)));
        }
        // Bad input empties the result (and says why), as a fresh call does.
        projectPopulation(input(3), config(2047, 1), &reused);
        QVERIFY(reused.scenarios.empty());
        QVERIFY(!reused.warnings.empty());
    }

    // The same shape again: the tables are written where they were.
    void keepsTheBuffers()
    {
        const ProjectionInput in = input(5);
        const ProjectionConfig c = config(2045, 4);
        ProjectionResult r;
        projectPopulation(in, c, &r);
        const double *table = r.scenarios[3].population[4].female.data();
        const double *total = r.scenarios[0].total.data();
        projectPopulation(in, c, &r);
        QCOMPARE(r.scenarios[3].population[4].female.data(), table);
        QCOMPARE(r.scenarios[0].total.data(), total);
        QVERIFY(same(r, projectPopulation(in, c)));
    }
};

QTEST_GUILESS_MAIN(TestProjectionReuse)
#include "test_projection_reuse.moc"
