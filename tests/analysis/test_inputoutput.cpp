// SPDX-License-Identifier: GPL-3.0-or-later
// The input–output engine on textbook and hand-made tables: Miller & Blair's
// two-sector example, a competitive-import table worked by hand, the
// household-closed (type II) model, location-quotient regionalisation, the
// 地域経済循環 identities, and the warnings of unusable tables.
#include "analysis/inputoutput.h"
#include "analysis/ioregional.h"

#include "testhelpers.h"

#include <QTest>

#include <cmath>

using namespace regionlens::analysis;

Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(Eigen::VectorXd)
Q_DECLARE_METATYPE(regionlens::analysis::WarningKind)
Q_DECLARE_METATYPE(regionlens::analysis::LqMethod)

namespace {

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [kind](const Warning &w) { return w.kind == kind; });
}

// A closed table from Z and X (value added = the column remainder, all compensation).
IoTable closedTable(const Eigen::MatrixXd &z, const Eigen::VectorXd &x)
{
    IoTable t;
    for (Eigen::Index i = 0; i < z.rows(); ++i)
        t.sectors.push_back("s" + std::to_string(i + 1));
    t.transactions = z;
    t.output = x;
    t.finalDemand = (x - z.rowwise().sum());
    t.finalDemandNames = {"final demand"};
    t.finalDemandKinds = {FinalDemandKind::HouseholdConsumption};
    t.valueAdded = (x.transpose() - z.colwise().sum());
    t.valueAddedNames = {"雇用者所得"};
    t.valueAddedKinds = {ValueAddedKind::Compensation};
    return t;
}

// Two sectors with imports, balanced by construction (worked in the comments):
//   Z = [20 30; 10 40], 民間消費 = [30 50], 移輸出 = [40 20], 移輸入 = [20 10]
//   X = [20+30+30+40−20, 10+40+50+20−10] = [100, 110]
//   value added: 雇用者所得 [40 25], 営業余剰 [30 15] (columns: 30+70 = 100, 70+40 = 110)
//   m_1 = 20 / (50 + 30) = 0.25, m_2 = 10 / (50 + 50) = 0.1
IoTable importTable()
{
    IoTable t;
    t.sectors = {"goods", "services"};
    t.transactions.resize(2, 2);
    t.transactions << 20, 30, 10, 40;
    t.finalDemand.resize(2, 2);
    t.finalDemand << 30, 40, 50, 20;
    t.finalDemandNames = {"民間消費支出", "移輸出"};
    t.finalDemandKinds = {FinalDemandKind::HouseholdConsumption, FinalDemandKind::Exports};
    t.imports = positiveImports(Eigen::Vector2d(-20, -10));  // published sign
    t.valueAdded.resize(2, 2);
    t.valueAdded << 40, 25, 30, 15;
    t.valueAddedNames = {"雇用者所得", "営業余剰"};
    t.valueAddedKinds = {ValueAddedKind::Compensation, ValueAddedKind::OperatingSurplus};
    t.output = Eigen::Vector2d(100, 110);
    t.employees = Eigen::Vector2d(10, 22);
    return t;
}

Eigen::Matrix2d inverse2(const Eigen::Matrix2d &m)  // closed form, independent of Eigen's LU
{
    const double det = m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0);
    Eigen::Matrix2d inv;
    inv << m(1, 1), -m(0, 1), -m(1, 0), m(0, 0);
    return inv / det;
}

} // namespace

class TestInputOutput : public QObject
{
    Q_OBJECT

private slots:
    // Miller & Blair, Input–Output Analysis, 2nd ed. (2009), §2.3.1 "Numerical
    // Example: Hypothetical Figures – Approach I" (pp. 21–24): Z = [150 500;
    // 200 100], X = [1000 2000] give A = [.15 .25; .2 .05] and
    // L = (I − A)⁻¹ = [1.254 .330; .264 1.122] (printed to 3 decimals), and
    // f_new = [600 1500] gives x_new = [1247.52 1841.58]. (Checked by hand:
    // det(I − A) = .85·.95 − .25·.2 = .7575; L = [.95 .25; .2 .85]/.7575.)
    void millerBlairTwoSector()
    {
        Eigen::Matrix2d z;
        z << 150, 500, 200, 100;
        const IoModel model = ioModel(closedTable(z, Eigen::Vector2d(1000, 2000)));
        QVERIFY(model.valid());
        QVERIFY(!model.competitiveImports);
        QVERIFY(model.warnings.empty());
        const double a[2][2] = {{0.15, 0.25}, {0.2, 0.05}};
        const double l[2][2] = {{1.254, 0.330}, {0.264, 1.122}};
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j) {
                RL_COMPARE_NEAR(model.technical(i, j), a[i][j], 1e-12);
                QVERIFY2(std::abs(model.inverse(i, j) - l[i][j]) < 5e-4, "L to the book's 3 decimals");
            }
        RL_COMPARE_NEAR(model.inverse(0, 0), 0.95 / 0.7575, 1e-12);
        const Eigen::VectorXd x = model.inverse * Eigen::Vector2d(600, 1500);
        QVERIFY(std::abs(x(0) - 1247.52) < 0.005);
        QVERIFY(std::abs(x(1) - 1841.58) < 0.005);
        // Output multipliers = column sums of L (M&B §6.2.1): 1.518, 1.452.
        const IoMultipliers m = ioMultipliers(model);
        RL_COMPARE_NEAR(m.output(0), (0.95 + 0.2) / 0.7575, 1e-12);
        RL_COMPARE_NEAR(m.output(1), (0.25 + 0.85) / 0.7575, 1e-12);
        // Rasmussen: column sum / mean column sum, row sum / mean row sum.
        const double mean = (m.output(0) + m.output(1)) / 2;
        RL_COMPARE_NEAR(m.backwardLinkage(0), m.output(0) / mean, 1e-12);
        RL_COMPARE_NEAR(m.forwardLinkage(0), (0.95 + 0.25) / 0.7575 / mean, 1e-12);
    }

    // Household-closed model (Miller & Blair §2.5): households as a third
    // sector with input row [.3 .25], consumption column [.05 .4] and own
    // coefficient .05. The expected inverse was computed independently by
    // Gauss–Jordan elimination (Python, double precision):
    //   [1.365086 .425260 .250904; .527323 1.348076 .595365; .569849 .489050 1.288539]
    void closedModel()
    {
        Eigen::Matrix2d a;
        a << 0.15, 0.25, 0.2, 0.05;
        WarningCollector warnings;
        const Eigen::MatrixXd closed = closedInverse(a, Eigen::RowVector2d(0.3, 0.25), Eigen::Vector2d(0.05, 0.4),
                                                     0.05, warnings);
        QVERIFY(warnings.empty());
        const double expected[3][3] = {{1.365086115245588, 0.425260472039124, 0.25090367850308326},
                                       {0.5273229853285138, 1.348075696364023, 0.5953646608547738},
                                       {0.5698490325324262, 0.4890495428449927, 1.2885392302785459}};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                RL_COMPARE_NEAR(closed(i, j), expected[i][j], 1e-12);
        const Eigen::MatrixXd typeTwo =
            typeTwoInverse(a, Eigen::RowVector2d(0.3, 0.25), Eigen::Vector2d(0.05, 0.4), 0.05, warnings);
        const Eigen::Matrix2d typeOne = inverse2(Eigen::Matrix2d::Identity() - a);
        QCOMPARE(typeTwo.rows(), 2);
        QVERIFY(((typeTwo - typeOne).array() >= 0.0).all());  // type II ≥ type I cell by cell
    }

    // The competitive-import model on importTable(), every step by hand.
    void competitiveImports()
    {
        const IoTable table = importTable();
        const IoBalance balance = ioBalance(table);
        QCOMPARE(balance.maxAbsRowError, 0.0);
        QCOMPARE(balance.maxAbsColumnError, 0.0);
        QVERIFY(balance.warnings.empty());

        const IoModel model = ioModel(table);
        QVERIFY(model.valid());
        QVERIFY(model.competitiveImports);
        QVERIFY(model.warnings.empty());
        RL_COMPARE_NEAR(model.importCoefficients(0), 0.25, 1e-15);
        RL_COMPARE_NEAR(model.importCoefficients(1), 0.1, 1e-15);
        RL_COMPARE_NEAR(model.selfSufficiency(0), 0.75, 1e-15);
        RL_COMPARE_NEAR(model.incomeRatio(1), 25.0 / 110.0, 1e-15);
        RL_COMPARE_NEAR(model.valueAddedRatio(0), 0.7, 1e-15);
        RL_COMPARE_NEAR(model.employeesPerOutput(1), 0.2, 1e-15);
        RL_COMPARE_NEAR(model.consumptionShares(0), 30.0 / 80.0, 1e-15);

        // The model reproduces the table: X = B [(I − M̂) F_d + E] = B [.75·30 + 40, .9·50 + 20].
        Eigen::Matrix2d regional;
        regional << 0.75 * 0.2, 0.75 * 30 / 110.0, 0.9 * 0.1, 0.9 * 40 / 110.0;
        const Eigen::Matrix2d b = inverse2(Eigen::Matrix2d::Identity() - regional);
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j)
                RL_COMPARE_NEAR(model.inverse(i, j), b(i, j), 1e-12);
        const Eigen::VectorXd x = model.inverse * Eigen::Vector2d(62.5, 65);
        RL_COMPARE_NEAR(x(0), 100, 1e-12);
        RL_COMPARE_NEAR(x(1), 110, 1e-12);
    }

    // Re-exports: sector 1 imports 90 against a regional demand of 80 (exports
    // 110 > output 100), m_1 = 1.125. As computed the model still reproduces
    // X; clipped, m_1 = 1. Both warn.
    void reExports()
    {
        IoTable t = importTable();
        t.finalDemand(0, 1) = 110;
        t.imports(0) = 90;
        QCOMPARE(ioBalance(t).maxAbsRowError, 0.0);
        const IoModel asComputed = ioModel(t);
        RL_COMPARE_NEAR(asComputed.importCoefficients(0), 1.125, 1e-15);
        QVERIFY(hasWarning(asComputed.warnings, WarningKind::InvalidInput));
        const Eigen::VectorXd x = asComputed.inverse * Eigen::Vector2d(-0.125 * 30 + 110, 0.9 * 50 + 20);
        RL_COMPARE_NEAR(x(0), 100, 1e-12);
        RL_COMPARE_NEAR(x(1), 110, 1e-12);
        IoModelConfig config;
        config.clipImportCoefficients = true;
        const IoModel clipped = ioModel(t, config);
        QCOMPARE(clipped.importCoefficients(0), 1.0);
        QCOMPARE(clipped.selfSufficiency(0), 0.0);
        QVERIFY(hasWarning(clipped.warnings, WarningKind::InvalidInput));
    }

    // 経済波及効果 of ΔF = [10, 0] on importTable(), by hand:
    //   direct ΔX₀ = [.75·10, 0] = [7.5, 0]; ΔX₀ + ΔX₁ = B ΔX₀;
    //   W = .4·x₁ + (25/110)·x₂; C = c·W; ΔX₂ = B [.75·(30/80)·C, .9·(50/80)·C].
    void impact_data()
    {
        QTest::addColumn<bool>("secondIndirect");
        QTest::addColumn<double>("consumptionRatio");
        QTest::newRow("type II, default 消費転換係数") << true << kDefaultConsumptionRatio;
        QTest::newRow("type II, c = 0.6") << true << 0.6;
        QTest::newRow("type I") << false << kDefaultConsumptionRatio;
    }

    void impact()
    {
        QFETCH(bool, secondIndirect);
        QFETCH(double, consumptionRatio);
        const IoModel model = ioModel(importTable());
        IoImpactConfig config;
        config.secondIndirect = secondIndirect;
        config.consumptionRatio = consumptionRatio;
        const IoImpactResult r = ioImpact(model, Eigen::Vector2d(10, 0), config);
        QVERIFY(r.warnings.empty());

        Eigen::Matrix2d regional;
        regional << 0.75 * 0.2, 0.75 * 30 / 110.0, 0.9 * 0.1, 0.9 * 40 / 110.0;
        const Eigen::Matrix2d b = inverse2(Eigen::Matrix2d::Identity() - regional);
        const Eigen::Vector2d x0(7.5, 0);
        const Eigen::Vector2d x01 = b * x0;
        const double w = 0.4 * x01(0) + 25.0 / 110.0 * x01(1);
        const double c = secondIndirect ? consumptionRatio * w : 0.0;
        const Eigen::Vector2d x2 = b * Eigen::Vector2d(0.75 * 30 / 80 * c, 0.9 * 50 / 80 * c);

        RL_COMPARE_NEAR(r.direct.output(0), 7.5, 1e-15);
        QCOMPARE(r.direct.output(1), 0.0);
        for (int i = 0; i < 2; ++i) {
            RL_COMPARE_NEAR(r.indirect1.output(i), x01(i) - x0(i), 1e-12);
            RL_COMPARE_NEAR(r.indirect2.output(i), x2(i), 1e-12);
            RL_COMPARE_NEAR(r.total.output(i), x01(i) + x2(i), 1e-12);
        }
        if (secondIndirect) {
            RL_COMPARE_NEAR(r.inducedIncome, w, 1e-12);
            RL_COMPARE_NEAR(r.inducedConsumption, c, 1e-12);
        }
        // Ratios per sector: value added .7 and .4/1.1·... of each effect's output.
        RL_COMPARE_NEAR(r.total.valueAdded(0), 0.7 * r.total.output(0), 1e-12);
        RL_COMPARE_NEAR(r.total.valueAdded(1), 40.0 / 110 * r.total.output(1), 1e-12);
        RL_COMPARE_NEAR(r.direct.income(0), 0.4 * 7.5, 1e-12);
        RL_COMPARE_NEAR(r.total.employees(1), 0.2 * r.total.output(1), 1e-12);
        RL_COMPARE_NEAR(r.outputRatio, (x01.sum() + x2.sum()) / 7.5, 1e-12);
        RL_COMPARE_NEAR(r.incomeRatio, r.total.totalIncome() / (0.4 * 7.5), 1e-12);
        QVERIFY(r.outputRatio >= 1.0);
    }

    // Type II output multipliers include the type I ones, on a table with imports.
    void typeTwoMultipliers()
    {
        const IoModel model = ioModel(importTable());
        const IoMultipliers one = ioMultipliers(model);
        IoMultiplierConfig config;
        config.type = MultiplierType::TypeII;
        const IoMultipliers two = ioMultipliers(model, config);
        QVERIFY(two.warnings.empty());
        for (int j = 0; j < 2; ++j) {
            QVERIFY(two.output(j) > one.output(j));
            QVERIFY(two.income(j) > one.income(j));
            QVERIFY(two.employment(j) > one.employment(j));
        }
        // The closed model with c = 0 is the open one.
        config.consumptionRatio = 0.0;
        const IoMultipliers zero = ioMultipliers(model, config);
        for (int j = 0; j < 2; ++j)
            RL_COMPARE_NEAR(zero.output(j), one.output(j), 1e-12);
    }

    // Unusable tables: a warning of the right kind, no crash, no silent NaN.
    void warnings_data()
    {
        QTest::addColumn<Eigen::MatrixXd>("z");
        QTest::addColumn<Eigen::VectorXd>("x");
        QTest::addColumn<WarningKind>("kind");
        QTest::addColumn<bool>("valid");
        Eigen::MatrixXd z(2, 2);
        z << 100, 0, 0, 0;  // sector 1 only supplies itself: a_11 = 1, I − A singular
        QTest::newRow("singular") << z << Eigen::VectorXd(Eigen::Vector2d(100, 50)) << WarningKind::Singular << false;
        z << 10, 0, 5, 0;   // sector 2 produces nothing
        QTest::newRow("zero output") << z << Eigen::VectorXd(Eigen::Vector2d(100, 0)) << WarningKind::ZeroTotal << true;
        z << 10, -5, 5, 20;
        QTest::newRow("negative transaction")
            << z << Eigen::VectorXd(Eigen::Vector2d(100, 100)) << WarningKind::NegativeValue << true;
        z << 60, 0, 70, 10; // column 1 inputs 130 > output 100
        QTest::newRow("inputs exceed output")
            << z << Eigen::VectorXd(Eigen::Vector2d(100, 100)) << WarningKind::InvalidInput << true;
        z << 10, 0, 5, 0;
        QTest::newRow("negative output")
            << z << Eigen::VectorXd(Eigen::Vector2d(100, -3)) << WarningKind::InvalidInput << true;
    }

    void warnings()
    {
        QFETCH(Eigen::MatrixXd, z);
        QFETCH(Eigen::VectorXd, x);
        QFETCH(WarningKind, kind);
        QFETCH(bool, valid);
        const IoModel model = ioModel(closedTable(z, x));
        QVERIFY(hasWarning(model.warnings, kind));
        QCOMPARE(model.valid(), valid);
        QVERIFY(model.technical.allFinite());
        const IoImpactResult r = ioImpact(model, Eigen::Vector2d(1, 1));
        const IoMultipliers m = ioMultipliers(model);
        if (!valid) {
            QVERIFY(hasWarning(r.warnings, WarningKind::Singular));
            QVERIFY(hasWarning(m.warnings, WarningKind::Singular));
            QCOMPARE(r.total.output.size(), 0);
            QCOMPARE(m.output.size(), 0);
        } else {
            QVERIFY(r.total.output.allFinite());
            QVERIFY(m.output.allFinite());
        }
    }

    void shapeMismatch()
    {
        IoTable t = importTable();
        t.imports = Eigen::Vector3d(1, 2, 3);
        const IoModel model = ioModel(t);
        QVERIFY(!model.valid());
        QVERIFY(hasWarning(model.warnings, WarningKind::ShapeMismatch));
        QVERIFY(hasWarning(ioBalance(t).warnings, WarningKind::ShapeMismatch));
        const IoImpactResult r = ioImpact(ioModel(importTable()), Eigen::Vector3d(1, 2, 3));
        QVERIFY(hasWarning(r.warnings, WarningKind::ShapeMismatch));
    }

    // Location quotients on three sectors, by hand: NE = [100 200 700],
    // RE = [20 10 70] → TRE/TNE = 0.1, SLQ = [2, 0.5, 1];
    // CILQ_ij = SLQ_i / SLQ_j off the diagonal, SLQ_i on it;
    // λ = log₂(1.1)^δ; AFLQ multiplies column 1 (SLQ 2 > 1) by log₂(3).
    void regionalisation_data()
    {
        QTest::addColumn<LqMethod>("method");
        QTest::addColumn<double>("delta");
        QTest::newRow("SLQ") << LqMethod::Slq << 0.0;
        QTest::newRow("CILQ") << LqMethod::Cilq << 0.0;
        QTest::newRow("FLQ δ=0.3") << LqMethod::Flq << 0.3;
        QTest::newRow("FLQ δ=0.1") << LqMethod::Flq << 0.1;
        QTest::newRow("AFLQ δ=0.3") << LqMethod::Aflq << 0.3;
    }

    void regionalisation()
    {
        QFETCH(LqMethod, method);
        QFETCH(double, delta);
        Eigen::Matrix3d z;
        z << 10, 20, 30, 5, 40, 20, 15, 10, 60;
        const IoModel national = ioModel(closedTable(z, Eigen::Vector3d(100, 200, 300)));
        const Eigen::Vector3d ne(100, 200, 700), re(20, 10, 70);
        RegionalisationConfig config;
        config.method = method;
        config.delta = delta;
        const RegionalisationResult r = regionalise(national, ne, re, config);
        QVERIFY(r.model.valid());
        QVERIFY(r.model.estimated);
        const double slq[3] = {2, 0.5, 1};
        const double lambda = (method == LqMethod::Flq || method == LqMethod::Aflq)
                                  ? std::pow(std::log2(1.1), delta) : 1.0;
        RL_COMPARE_NEAR(r.lambda, lambda, 1e-15);
        for (int i = 0; i < 3; ++i) {
            RL_COMPARE_NEAR(r.slq(i), slq[i], 1e-15);
            RL_COMPARE_NEAR(r.output(i), re(i) * national.output(i) / ne(i), 1e-12);
            for (int j = 0; j < 3; ++j) {
                double t = slq[i];
                if (method != LqMethod::Slq && i != j)
                    t = slq[i] / slq[j];
                t *= lambda;
                if (method == LqMethod::Aflq && j == 0)
                    t *= std::log2(3.0);
                RL_COMPARE_NEAR(r.quotients(i, j), t, 1e-14);
                RL_COMPARE_NEAR(r.model.regional(i, j), std::min(t, 1.0) * national.technical(i, j), 1e-14);
            }
        }
        // 自給率 = regional supply of intermediate demand at the estimated output.
        const Eigen::VectorXd supplied = r.model.regional * r.output;
        const Eigen::VectorXd demanded = national.technical * r.output;
        for (int i = 0; i < 3; ++i)
            RL_COMPARE_NEAR(r.model.selfSufficiency(i), supplied(i) / demanded(i), 1e-12);
    }

    // FLQ with δ → 0 is CILQ (λ → 1).
    void flqLimitIsCilq()
    {
        Eigen::Matrix3d z;
        z << 10, 20, 30, 5, 40, 20, 15, 10, 60;
        const IoModel national = ioModel(closedTable(z, Eigen::Vector3d(100, 200, 300)));
        const Eigen::Vector3d ne(100, 200, 700), re(20, 10, 70);
        RegionalisationConfig cilq;
        cilq.method = LqMethod::Cilq;
        RegionalisationConfig flq;
        flq.method = LqMethod::Flq;
        flq.delta = 1e-12;
        const auto a = regionalise(national, ne, re, cilq);
        const auto b = regionalise(national, ne, re, flq);
        QVERIFY((a.model.regional - b.model.regional).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((a.model.inverse - b.model.inverse).cwiseAbs().maxCoeff() < 1e-11);
    }

    // A sector without national employees (分類不明) and one absent from the region.
    void regionalisationGaps()
    {
        Eigen::Matrix3d z;
        z << 10, 20, 30, 5, 40, 20, 15, 10, 60;
        const IoModel national = ioModel(closedTable(z, Eigen::Vector3d(100, 200, 300)));
        const auto r = regionalise(national, Eigen::Vector3d(100, 200, 0), Eigen::Vector3d(0, 10, 0));
        QVERIFY(hasWarning(r.warnings, WarningKind::Substituted));
        QVERIFY(hasWarning(r.warnings, WarningKind::ZeroTotal));
        QCOMPARE(r.slq(2), 1.0);
        QCOMPARE(r.slq(0), 0.0);
        QVERIFY(r.model.valid());
        QVERIFY(r.model.regional.allFinite());
        QVERIFY(r.model.selfSufficiency.allFinite());
        const auto bad = regionalise(national, Eigen::Vector3d(1, 1, 1), Eigen::Vector3d::Zero());
        QVERIFY(hasWarning(bad.warnings, WarningKind::ZeroTotal));
        QVERIFY(!bad.model.valid());
    }

    // JSIC → 12 IO sectors (0-based: 0 農林水産業 … 10 サービス).
    void concordance()
    {
        QCOMPARE(ioSector12OfJsicDivision('A'), 0);
        QCOMPARE(ioSector12OfJsicDivision('E'), 2);
        QCOMPARE(ioSector12OfJsicDivision('K'), 6);
        QCOMPARE(ioSector12OfJsicDivision('S'), 9);
        QCOMPARE(ioSector12OfJsicDivision('T'), -1);
        QCOMPARE(ioSector12OfJsicMajorGroup(9), 2);    // 食料品製造業
        QCOMPARE(ioSector12OfJsicMajorGroup(68), 6);   // 不動産取引業
        QCOMPARE(ioSector12OfJsicMajorGroup(70), 10);  // 物品賃貸業 → 対事業所サービス
        QCOMPARE(ioSector12OfJsicMajorGroup(86), 7);   // 郵便局
        QCOMPARE(ioSector12OfJsicMajorGroup(88), 4);   // 廃棄物処理業
        QCOMPARE(ioSector12OfJsicMajorGroup(97), 9);   // 国家公務
        QCOMPARE(ioSector12OfJsicMajorGroup(99), -1);
        QCOMPARE(ioSector12OfJsicMajorGroup(0), -1);
    }

    // 生産 (GDP-type value added) = 支出 (final demand + 移輸出 − 移輸入).
    void circulation()
    {
        const IoCirculation c = ioCirculation(importTable());
        RL_COMPARE_NEAR(c.production, 110, 1e-15);        // 70 + 40
        RL_COMPARE_NEAR(c.compensation, 65, 1e-15);
        RL_COMPARE_NEAR(c.otherIncome, 45, 1e-15);
        RL_COMPARE_NEAR(c.circulationRate, 1.0, 1e-15);   // place of work
        RL_COMPARE_NEAR(c.householdConsumption, 80, 1e-15);
        RL_COMPARE_NEAR(c.netExports, 60 - 30, 1e-15);
        RL_COMPARE_NEAR(c.netExportsBySector(0), 20, 1e-15);
        RL_COMPARE_NEAR(c.expenditure, 110, 1e-15);
        QCOMPARE(c.discrepancy, 0.0);
        QVERIFY(std::isnan(c.residenceCirculationRate));
        IoCirculationConfig config;
        config.residenceIncome = 125;
        const IoCirculation r = ioCirculation(importTable(), config);
        RL_COMPARE_NEAR(r.residenceCirculationRate, 110.0 / 125.0, 1e-15);
        RL_COMPARE_NEAR(r.incomeInflow, 15, 1e-15);
    }
};

QTEST_GUILESS_MAIN(TestInputOutput)
#include "test_inputoutput.moc"
