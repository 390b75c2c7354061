// SPDX-License-Identifier: GPL-3.0-or-later
// Migration flows: in/out/net/turnover, MEI, ANMR, CMP, connectivity, top
// flows, net migration by age, gaining/losing and ranks, groups, net from
// in/out counts and from a list of flows; real 2025 inter-prefectural OD matrix.
#include "analysis/migration.h"

#include "csvfixture.h"
#include "testhelpers.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace regionlens::analysis;

namespace {

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning &w) { return w.kind == kind; });
}

// 3 regions, diagonal "-" (NaN) as in the published wide tables.
//        to 0  to 1  to 2
// from 0   -    10    20
// from 1   5     -    15
// from 2  30     0     -
Eigen::MatrixXd handOd()
{
    const double d = std::nan("");
    Eigen::MatrixXd m(3, 3);
    m << d, 10, 20, 5, d, 15, 30, 0, d;
    return m;
}

regionlens::test::Pivot starterOd()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("migration_od_prefecture.csv")));
    return regionlens::test::pivot(table, QStringLiteral("origin_code"), QStringLiteral("destination_code"),
                                   QStringLiteral("value"), [](const QStringList &) { return true; });
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedTotals();
    void handWorkedIndices();
    void topFlowsAndTies();
    void focusRegion();
    void dataProblems();
    void netByAge();
    void prefectures2025();
    void sharedWideMatrixAgrees();
    void netBalanceAndRank();
    void groupFlowsCancel();
    void groupProblems();
    void netFromCounts();
    void flowList();
};

// inflow = column sums without the diagonal: 5+30 = 35, 10+0 = 10, 20+15 = 35;
// outflow = row sums: 30, 20, 30; net = +5, −10, +5 (Σ = 0);
// turnover = 65, 30, 65.
void TestMigration::handWorkedTotals()
{
    const auto r = migrationSummary(handOd());
    QCOMPARE(r.inflow, Eigen::Vector3d(35, 10, 35));
    QCOMPARE(r.outflow, Eigen::Vector3d(30, 20, 30));
    QCOMPARE(r.net, Eigen::Vector3d(5, -10, 5));
    QCOMPARE(r.turnover, Eigen::Vector3d(65, 30, 65));
    RL_COMPARE_NEAR(r.totalFlows, 80.0, 1e-15);
    RL_COMPARE_NEAR(r.net.sum(), 0.0, 1e-15);
    // The NaN diagonal is ignored, not reported.
    QVERIFY(r.warnings.empty());
}

// Definitions as in R package migest (Abel), index_impact() and
// index_intensity() (https://search.r-project.org/CRAN/refmans/migest/html/index_impact.html):
//   effectiveness = 100 Σ|net| / Σ turnover = 100 · 20 / 160 = 12.5
//   anmr = 100 · 0.5 Σ|net| / Σ pop = 100 · 10 / 4000 = 0.25      (pop 1000, 2000, 1000)
//   cmp  = 100 · migrations / population = 100 · 80 / 4000 = 2
// index_connectivity(): share of non-zero flows = 5 of 6 off-diagonal cells.
// Net per 1,000: 5/1000·1000 = 5, −10/2000·1000 = −5, 5.
void TestMigration::handWorkedIndices()
{
    MigrationConfig cfg;
    cfg.population = Eigen::Vector3d(1000, 2000, 1000);
    cfg.connectivity = true;
    const auto r = migrationSummary(handOd(), cfg);
    RL_COMPARE_NEAR(r.effectiveness, 12.5, 1e-14);
    RL_COMPARE_NEAR(r.aggregateNetMigrationRate, 0.25, 1e-14);
    RL_COMPARE_NEAR(r.crudeMigrationProbability, 2.0, 1e-14);
    RL_COMPARE_NEAR(r.connectivity, 5.0 / 6.0, 1e-14);
    QCOMPARE(r.netPerThousand, Eigen::Vector3d(5, -5, 5));
    // Without population the population-based indices are NaN.
    const auto noPop = migrationSummary(handOd());
    QVERIFY(std::isnan(noPop.aggregateNetMigrationRate));
    QVERIFY(std::isnan(noPop.connectivity));  // not requested
    QCOMPARE(noPop.netPerThousand.size(), 0);
}

// Largest flows: 2→0 (30), 0→2 (20), 1→2 (15). Ties: larger value first,
// then lower origin, then lower destination.
void TestMigration::topFlowsAndTies()
{
    MigrationConfig cfg;
    cfg.topN = 3;
    const auto r = migrationSummary(handOd(), cfg);
    QCOMPARE(r.topFlows.size(), std::size_t(3));
    QCOMPARE(r.topFlows[0].origin, 2);
    QCOMPARE(r.topFlows[0].destination, 0);
    QCOMPARE(r.topFlows[1].origin, 0);
    QCOMPARE(r.topFlows[1].destination, 2);
    QCOMPARE(r.topFlows[2].value, 15.0);

    Eigen::MatrixXd tie = Eigen::MatrixXd::Constant(3, 3, 7.0);
    const auto t = largestFlows(tie, 4);
    QCOMPARE(t.size(), std::size_t(4));
    const int expected[4][2] = {{0, 1}, {0, 2}, {1, 0}, {1, 2}};
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(t[std::size_t(k)].origin, expected[k][0]);
        QCOMPARE(t[std::size_t(k)].destination, expected[k][1]);
    }
}

// Region 2: inflows 0→2 (20), 1→2 (15); outflows 2→0 (30), 2→1 (0).
void TestMigration::focusRegion()
{
    MigrationConfig cfg;
    cfg.focusRegion = 2;
    cfg.focusTopN = 1;
    const auto r = migrationSummary(handOd(), cfg);
    QCOMPARE(r.focusInflows.size(), std::size_t(1));
    QCOMPARE(r.focusInflows[0].origin, 0);
    QCOMPARE(r.focusInflows[0].value, 20.0);
    QCOMPARE(r.focusOutflows[0].destination, 0);
    QCOMPARE(r.focusOutflows[0].value, 30.0);
}

void TestMigration::dataProblems()
{
    Eigen::MatrixXd m = handOd();
    m(0, 1) = std::nan("");   // missing off-diagonal flow → counted as 0, reported
    m(1, 2) = -3;             // negative flow → reported
    MigrationConfig cfg;
    cfg.topN = 6;
    const auto r = migrationSummary(m, cfg);
    // 5 finite off-diagonal flows, each listed once (the NaN one is not).
    QCOMPARE(r.topFlows.size(), std::size_t(5));
    for (std::size_t a = 0; a < r.topFlows.size(); ++a)
        for (std::size_t b = a + 1; b < r.topFlows.size(); ++b)
            QVERIFY(r.topFlows[a].origin != r.topFlows[b].origin
                    || r.topFlows[a].destination != r.topFlows[b].destination);
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    QVERIFY(hasWarning(r.warnings, WarningKind::NegativeValue));
    RL_COMPARE_NEAR(r.outflow(0), 20.0, 1e-15);
    RL_COMPARE_NEAR(r.net.sum(), 0.0, 1e-15);
    QVERIFY(r.net.allFinite());

    const auto bad = migrationSummary(Eigen::MatrixXd::Zero(2, 3));
    QVERIFY(hasWarning(bad.warnings, WarningKind::ShapeMismatch));
    const auto none = migrationSummary(Eigen::MatrixXd::Zero(3, 3));
    QVERIFY(std::isnan(none.effectiveness));
    QVERIFY(hasWarning(none.warnings, WarningKind::ZeroTotal));
}

// Two age classes: the all-ages net equals the net of the summed matrix, and
// every age class nets to zero. Age 1 = hand matrix; age 2 has one flow 1→0 of 4:
// net age 2 = (+4, −4, 0); all ages = (9, −14, 5).
void TestMigration::netByAge()
{
    Eigen::MatrixXd age2 = Eigen::MatrixXd::Zero(3, 3);
    age2(1, 0) = 4;
    const auto r = migrationByAge({handOd(), age2});
    QCOMPARE(r.net.cols(), 2);
    QCOMPARE(Eigen::Vector3d(r.net.col(1)), Eigen::Vector3d(4, -4, 0));
    QCOMPARE(Eigen::Vector3d(r.netAllAges), Eigen::Vector3d(9, -14, 5));
    QVERIFY(r.net.colwise().sum().cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(r.warnings.empty());
}

// 住民基本台帳人口移動報告 2025 (starter pack). Published facts
// (../shared/data/migration_pref_od_2025/PROVENANCE.md): total 2,515,731;
// largest net gainers 東京都 +65,219, 神奈川県 +28,052, 埼玉県 +22,427,
// 大阪府 +15,667; 埼玉→東京 66,159, 東京→神奈川 87,758, 神奈川→東京 88,983.
void TestMigration::prefectures2025()
{
    const auto p = starterOd();
    QCOMPARE(p.rows.size(), 47);
    QCOMPARE(p.rows, p.columns);
    MigrationConfig cfg;
    cfg.topN = 10;
    cfg.focusRegion = p.row(QStringLiteral("13"));
    cfg.focusTopN = 46;
    const auto r = migrationSummary(p.values, cfg);
    RL_COMPARE_NEAR(r.totalFlows, 2515731.0, 1e-15);
    RL_COMPARE_NEAR(r.net.sum(), 0.0, 1e-15);
    const int tokyo = p.row(QStringLiteral("13"));
    Eigen::Index largest = -1;
    r.net.maxCoeff(&largest);
    QCOMPARE(int(largest), tokyo);
    RL_COMPARE_NEAR(r.net(tokyo), 65219.0, 1e-15);
    RL_COMPARE_NEAR(r.net(p.row(QStringLiteral("14"))), 28052.0, 1e-15);
    RL_COMPARE_NEAR(r.net(p.row(QStringLiteral("11"))), 22427.0, 1e-15);
    RL_COMPARE_NEAR(r.net(p.row(QStringLiteral("27"))), 15667.0, 1e-15);
    // The four largest net gainers, in this order.
    std::vector<int> order(47);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return r.net(a) > r.net(b); });
    QCOMPARE(p.rows[order[1]], QStringLiteral("14"));
    QCOMPARE(p.rows[order[2]], QStringLiteral("11"));
    QCOMPARE(p.rows[order[3]], QStringLiteral("27"));

    const auto find = [](const std::vector<OdFlow> &flows, int o, int d) {
        for (const OdFlow &f : flows)
            if (f.origin == o && f.destination == d)
                return f.value;
        return -1.0;
    };
    const int saitama = p.row(QStringLiteral("11"));
    const int kanagawa = p.row(QStringLiteral("14"));
    QCOMPARE(find(r.focusInflows, saitama, tokyo), 66159.0);
    QCOMPARE(find(r.focusInflows, kanagawa, tokyo), 88983.0);
    QCOMPARE(find(r.focusOutflows, tokyo, kanagawa), 87758.0);

    // Top flows are sorted and the first is the matrix maximum (found here by a plain scan).
    double maxFlow = -1.0;
    for (int i = 0; i < 47; ++i)
        for (int j = 0; j < 47; ++j)
            if (i != j && std::isfinite(p.values(i, j)))
                maxFlow = std::max(maxFlow, p.values(i, j));
    QCOMPARE(r.topFlows.size(), std::size_t(10));
    QCOMPARE(r.topFlows.front().value, maxFlow);
    for (std::size_t k = 1; k < r.topFlows.size(); ++k)
        QVERIFY(r.topFlows[k - 1].value >= r.topFlows[k].value);
    QVERIFY(r.effectiveness > 0.0 && r.effectiveness < 100.0);
}

// The wide 47 × 47 matrix as published ("-" on the diagonal) gives the same
// flows as the starter table, and the "-" diagonal raises no warning.
void TestMigration::sharedWideMatrixAgrees()
{
    RL_REQUIRE_SHARED_DATA(dir);
    const auto table = regionlens::test::readCsv(dir + QStringLiteral("/migration_pref_od_2025/jp-prefecture-migration-2025.csv"));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), 47);
    Eigen::MatrixXd wide(47, 47);
    for (int i = 0; i < 47; ++i) {
        QCOMPARE(table.rows[i].size(), 48);
        for (int j = 0; j < 47; ++j) {
            bool ok = false;
            const double v = table.rows[i][j + 1].toDouble(&ok);
            wide(i, j) = ok ? v : std::nan("");
        }
    }
    const auto r = migrationSummary(wide);
    QVERIFY(r.warnings.empty());
    const auto s = migrationSummary(starterOd().values);
    QCOMPARE(r.inflow, s.inflow);
    QCOMPARE(r.outflow, s.outflow);
    RL_COMPARE_NEAR(r.totalFlows, 2515731.0, 1e-15);
}

// Hand matrix: net = (+5, −10, +5). Two gain, one loses; the first of the
// tied gainers (region 0) is the largest gain. Region 2 shares rank 1 with
// region 0; region 1 is third.
void TestMigration::netBalanceAndRank()
{
    MigrationConfig cfg;
    cfg.focusRegion = 2;
    auto r = migrationSummary(handOd(), cfg);
    QCOMPARE(r.gaining, 2);
    QCOMPARE(r.losing, 1);
    QCOMPARE(r.largestGain, 0);
    QCOMPARE(r.largestLoss, 1);
    QCOMPARE(r.focusNetRank, 1);
    cfg.focusRegion = 1;
    r = migrationSummary(handOd(), cfg);
    QCOMPARE(r.focusNetRank, 3);
    QCOMPARE(migrationSummary(handOd()).focusNetRank, 0);   // no focus
    const auto none = migrationSummary(Eigen::MatrixXd::Zero(2, 2));
    QCOMPARE(none.gaining + none.losing, 0);
    QCOMPARE(none.largestGain, 0);   // all zero: the first region
}

// Group {0, 2} of the hand matrix: the flows between them (0→2 = 20, 2→0 = 30)
// cancel; inflow from region 1 = 5 + 15 = 20, outflow to it = 10 + 0 = 10;
// net +10 = net₀ + net₂ = 5 + 5; per 1,000 of 1000 + 1000: 5.
// A group of one region is that region.
void TestMigration::groupFlowsCancel()
{
    const Eigen::Vector3d population(1000, 2000, 1000);
    const GroupMigration g = groupMigration(handOd(), {0, 2}, population);
    QCOMPARE(g.internal, 50.0);
    QCOMPARE(g.inflow, 20.0);
    QCOMPARE(g.outflow, 10.0);
    QCOMPARE(g.net, 10.0);
    QCOMPARE(g.turnover, 30.0);
    QCOMPARE(g.population, 2000.0);
    QCOMPARE(g.netPerThousand, 5.0);
    QCOMPARE(g.inflows.size(), std::size_t(1));
    QCOMPARE(g.inflows[0].origin, 1);
    QCOMPARE(g.inflows[0].destination, -1);
    QCOMPARE(g.inflows[0].value, 20.0);
    QCOMPARE(g.outflows[0].destination, 1);
    QCOMPARE(g.outflows[0].value, 10.0);
    QVERIFY(g.warnings.empty());
    const auto all = migrationSummary(handOd());
    const GroupMigration one = groupMigration(handOd(), {1});
    QCOMPARE(one.inflow, all.inflow(1));
    QCOMPARE(one.outflow, all.outflow(1));
    QCOMPARE(one.internal, 0.0);
    QVERIFY(std::isnan(one.netPerThousand));   // no population given
    // Partners largest first: into region 1's group from 0 (10), then 2 (0).
    QCOMPARE(one.inflows[0].origin, 0);
    QCOMPARE(one.inflows[1].origin, 2);
    QCOMPARE(groupMigration(handOd(), {0, 1, 2}).net, 0.0);   // the whole system: everything internal
}

void TestMigration::groupProblems()
{
    const GroupMigration outOfRange = groupMigration(handOd(), {0, 7});
    QVERIFY(hasWarning(outOfRange.warnings, WarningKind::InvalidInput));
    QCOMPARE(outOfRange.net, 5.0);   // region 0 alone
    const GroupMigration noPop = groupMigration(handOd(), {0, 1}, Eigen::Vector3d(1000, std::nan(""), 1000));
    QVERIFY(std::isnan(noPop.netPerThousand));
    QVERIFY(hasWarning(noPop.warnings, WarningKind::InvalidInput));
    const GroupMigration shape = groupMigration(Eigen::MatrixXd::Zero(2, 3), {0});
    QVERIFY(hasWarning(shape.warnings, WarningKind::ShapeMismatch));
}

// in (100, 50, –), out (80, 70, 10), population (1000, 0, 500):
// net (+20, −20, NaN); per 1,000: 20, NaN (no population), NaN (no net).
void TestMigration::netFromCounts()
{
    const double nan = std::nan("");
    const CountMigration c = migrationFromCounts(Eigen::Vector3d(100, 50, nan), Eigen::Vector3d(80, 70, 10),
                                                 Eigen::Vector3d(1000, 0, 500));
    QCOMPARE(c.net(0), 20.0);
    QCOMPARE(c.net(1), -20.0);
    QVERIFY(std::isnan(c.net(2)));
    QCOMPARE(c.netPerThousand(0), 20.0);
    QVERIFY(std::isnan(c.netPerThousand(1)));
    QVERIFY(std::isnan(c.netPerThousand(2)));
    QVERIFY(migrationFromCounts(Eigen::Vector3d(1, 2, 3), Eigen::Vector3d(1, 1, 1)).netPerThousand.array().isNaN().all());
}

// Four regions, flows 0→1 300 and again 20 (summed: 320), 1→0 100, 2→0 50,
// 2→1 −5 (counted, not listed), 3→3 7 (diagonal) and 1→2 NaN (left out):
// out = 320, 100, 45, 0; in = 150, 315, 0, 0; net = −170, +215, −45, 0;
// region 3 is not involved. Pairs > 0: 320, 100, 50 (Σ 470). Per 1,000 of
// 1000, –, 900, 100: −170, NaN, −50, 0.
void TestMigration::flowList()
{
    const double nan = std::nan("");
    const std::vector<OdFlow> flows{{0, 1, 300}, {1, 0, 100}, {2, 0, 50}, {0, 1, 20},
                                    {2, 1, -5},  {3, 3, 7},   {1, 2, nan}, {0, 9, 4}};
    const FlowListMigration r = migrationFromFlowList(flows, 4, Eigen::Vector4d(1000, nan, 900, 100));
    QCOMPARE(r.outflow, Eigen::Vector4d(320, 100, 45, 0));
    QCOMPARE(r.inflow, Eigen::Vector4d(150, 315, 0, 0));
    QCOMPARE(r.net, Eigen::Vector4d(-170, 215, -45, 0));
    QCOMPARE(r.involved, (std::vector<bool>{true, true, true, false}));
    QCOMPARE(r.pairs.size(), std::size_t(3));
    QCOMPARE(r.pairs[0].value, 320.0);
    QCOMPARE(r.pairs[1].origin, 1);
    QCOMPARE(r.pairs[2].origin, 2);
    QCOMPARE(r.totalFlows, 470.0);
    QCOMPARE(r.netPerThousand(0), -170.0);
    QVERIFY(std::isnan(r.netPerThousand(1)));
    QCOMPARE(r.netPerThousand(2), -50.0);
    QCOMPARE(r.netPerThousand(3), 0.0);
    // The same totals as the dense summary of the same flows.
    Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(4, 4);
    dense(0, 1) = 320;
    dense(1, 0) = 100;
    dense(2, 0) = 50;
    dense(2, 1) = -5;
    const auto s = migrationSummary(dense);
    QCOMPARE(r.inflow, s.inflow);
    QCOMPARE(r.outflow, s.outflow);
    QVERIFY(migrationFromFlowList({{0, 1, 5}}, 2).netPerThousand.size() == 0);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
