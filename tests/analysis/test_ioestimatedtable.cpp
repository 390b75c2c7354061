// SPDX-License-Identifier: GPL-3.0-or-later
// analysis::estimatedRegionalTable: the regional table behind the estimated
// 地域経済循環 (regions without an official table), worked by hand on a
// two-sector national table, its balances and 生産 = 支出, the clipping of
// exports, and a shape mismatch.
#include "analysis/inputoutput.h"
#include "analysis/ioregional.h"

#include "testhelpers.h"

#include <QTest>

using namespace regionlens::analysis;

namespace {

// National table (hand-made, balanced):
//   Z = [20 30; 10 40]; final demand HE [5 5], C [30 50], G [0 20], I [15 5],
//   E [40 20]; imports [20 10] → X = [120 140] by rows.
//   Value added: HE row [4 6] (Σ 10 = Σ HE column), 雇用者所得 [50 40],
//   営業余剰 [36 24] → X = [120 140] by columns; GVA (GDP type) = 150.
IoTable nationalTable()
{
    IoTable t;
    t.sectors = {"a", "b"};
    t.transactions.resize(2, 2);
    t.transactions << 20, 30, 10, 40;
    t.finalDemand.resize(2, 5);
    t.finalDemand << 5, 30, 0, 15, 40, 5, 50, 20, 5, 20;
    t.finalDemandNames = {"HE", "C", "G", "I", "E"};
    t.finalDemandKinds = {FinalDemandKind::HouseholdExternal, FinalDemandKind::HouseholdConsumption,
                          FinalDemandKind::GovernmentConsumption, FinalDemandKind::FixedCapital,
                          FinalDemandKind::Exports};
    t.imports = Eigen::Vector2d(20, 10);
    t.valueAdded.resize(3, 2);
    t.valueAdded << 4, 6, 50, 40, 36, 24;
    t.valueAddedNames = {"HE", "comp", "surplus"};
    t.valueAddedKinds = {ValueAddedKind::HouseholdExternal, ValueAddedKind::Compensation,
                         ValueAddedKind::OperatingSurplus};
    t.output = Eigen::Vector2d(120, 140);
    return t;
}

// The estimated model as regionalise() would give it: X̃ = [60 35], the
// national technical coefficients and value-added ratios, 自給率 ŝ.
IoModel estimatedModel(const IoTable &n, const Eigen::Vector2d &selfSufficiency)
{
    IoModel m = ioModel(n);
    m.output = Eigen::Vector2d(60, 35);
    m.selfSufficiency = selfSufficiency;
    m.estimated = true;
    return m;
}

} // namespace

class TestIoEstimatedTable : public QObject
{
    Q_OBJECT

private slots:
    void byHand()
    {
        const IoTable n = nationalTable();
        QVERIFY(ioBalance(n).maxAbsRowError < 1e-12 && ioBalance(n).maxAbsColumnError < 1e-12);
        IoRegionalDemandConfig config;
        config.householdShare = config.governmentShare = 0.25;
        const IoEstimatedTable e = estimatedRegionalTable(n, estimatedModel(n, {0.5, 0.8}), config);
        const IoTable &t = e.table;
        // Z̃ = A_N X̂̃: column a = [20 10]/120·60 = [10 5]; column b = [30 40]/140·35 = [7.5 10].
        RL_COMPARE_NEAR(t.transactions(0, 0), 10.0, 1e-12);
        RL_COMPARE_NEAR(t.transactions(1, 0), 5.0, 1e-12);
        RL_COMPARE_NEAR(t.transactions(0, 1), 7.5, 1e-12);
        RL_COMPARE_NEAR(t.transactions(1, 1), 10.0, 1e-12);
        // Value added: HE [2 1.5], comp [25 10], surplus [18 6]; GVA = 59.
        RL_COMPARE_NEAR(t.valueAdded(1, 0), 25.0, 1e-12);
        RL_COMPARE_NEAR(t.valueAdded(2, 1), 6.0, 1e-12);
        // Shares: HE 3.5/10; investment (default) = GVA share 59/150.
        RL_COMPARE_NEAR(e.householdExternalShare, 0.35, 1e-12);
        RL_COMPARE_NEAR(e.investmentShare, 59.0 / 150.0, 1e-12);
        RL_COMPARE_NEAR(t.finalDemand(1, 1), 12.5, 1e-12);     // C_b = 50 × 0.25
        RL_COMPARE_NEAR(t.finalDemand(1, 2), 5.0, 1e-12);      // G_b = 20 × 0.25
        RL_COMPARE_NEAR(t.finalDemand(0, 3), 5.9, 1e-12);      // I_a = 15 × 59/150
        // Regional demand D = Z̃1 + F̃ (non-export):
        //   D_a = 17.5 + 1.75 + 7.5 + 0 + 5.9 = 32.65
        //   D_b = 15 + 1.75 + 12.5 + 5 + 5 × 59/150 = 36.21666…
        const double da = 32.65, db = 34.25 + 5.0 * 59.0 / 150.0;
        // Exports = X̃ − ŝD, imports = (1 − ŝ)D.
        RL_COMPARE_NEAR(t.finalDemand(0, 4), 60.0 - 0.5 * da, 1e-12);   // 43.675
        RL_COMPARE_NEAR(t.finalDemand(1, 4), 35.0 - 0.8 * db, 1e-12);
        RL_COMPARE_NEAR(t.imports(0), 0.5 * da, 1e-12);
        RL_COMPARE_NEAR(t.imports(1), 0.2 * db, 1e-12);

        const IoBalance b = ioBalance(t);
        QVERIFY2(b.maxAbsRowError < 1e-12 && b.maxAbsColumnError < 1e-12, "the estimated table balances");
        const IoCirculation c = ioCirculation(t);
        RL_COMPARE_NEAR(c.production, 59.0, 1e-12);
        RL_COMPARE_NEAR(c.compensation, 35.0, 1e-12);
        RL_COMPARE_NEAR(c.householdConsumption, 20.0, 1e-12);
        RL_COMPARE_NEAR(c.governmentConsumption, 5.0, 1e-12);
        RL_COMPARE_NEAR(c.netExportsBySector(0), 60.0 - da, 1e-12);   // 27.35: earns from outside
        RL_COMPARE_NEAR(c.netExportsBySector(1), 35.0 - db, 1e-12);   // −1.2167
        RL_COMPARE_NEAR(c.expenditure, c.production, 1e-12);
        QVERIFY(std::abs(c.discrepancy) < 1e-12);
    }

    void exportsClipped()
    {
        // ŝ_b = 1: the region would meet all of D_b = 36.2 from X̃_b = 35:
        // exports 0, imports = D_b − X̃_b; 純移輸出 is unchanged.
        const IoTable n = nationalTable();
        IoRegionalDemandConfig config;
        config.householdShare = config.governmentShare = 0.25;
        const IoEstimatedTable e = estimatedRegionalTable(n, estimatedModel(n, {0.5, 1.0}), config);
        const double db = 34.25 + 5.0 * 59.0 / 150.0;
        QCOMPARE(e.table.finalDemand(1, 4), 0.0);
        RL_COMPARE_NEAR(e.table.imports(1), db - 35.0, 1e-12);
        QVERIFY(std::any_of(e.warnings.begin(), e.warnings.end(),
                            [](const Warning &w) { return w.row == 1 && w.kind == WarningKind::Substituted; }));
        QVERIFY(ioBalance(e.table).maxAbsRowError < 1e-12);
    }

    void missingShareAndShape()
    {
        const IoTable n = nationalTable();
        const IoEstimatedTable none = estimatedRegionalTable(n, estimatedModel(n, {0.5, 0.8}));
        QVERIFY(std::any_of(none.warnings.begin(), none.warnings.end(),
                            [](const Warning &w) { return w.kind == WarningKind::MissingValue; }));
        QVERIFY(std::isnan(ioCirculation(none.table).householdConsumption));
        IoModel wrong = estimatedModel(n, {0.5, 0.8});
        wrong.output = Eigen::Vector3d(1, 2, 3);
        const IoEstimatedTable bad = estimatedRegionalTable(n, wrong);
        QCOMPARE(bad.table.sectorCount(), Eigen::Index(0));
        QCOMPARE(bad.warnings.front().kind, WarningKind::ShapeMismatch);
    }
};

QTEST_APPLESS_MAIN(TestIoEstimatedTable)
#include "test_ioestimatedtable.moc"
