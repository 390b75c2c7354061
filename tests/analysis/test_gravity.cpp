// SPDX-License-Identifier: GPL-3.0-or-later
// Gravity / spatial interaction models (Poisson GLM by IRLS) against the
// Python package spint, exact-fit recovery, margins, haversine distances and
// a fit on the real 2025 inter-prefectural migration matrix.
#include "analysis/gravity.h"

#include "csvfixture.h"
#include "testhelpers.h"

#include <QTest>

#include <Eigen/Dense>

#include <cmath>
#include <numbers>

using namespace regionlens::analysis;

namespace {

// Austria migration data (Dennett 2012) as used by spint's test suite,
// pysal/spint spint/tests/test_gravity.py (setUp): 9 NUTS-2 regions
// AT11, AT12, AT13, AT21, AT22, AT31, AT32, AT33, AT34; 72 flows listed
// origin by origin, destinations in the same order without the origin itself.
constexpr int kRegions = 9;
constexpr double kFlows[72] = {
    1131, 1887, 69,   738,  98,   31,   43,   19,   1633, 14055, 416, 1276, 1850, 388,  303,
    159,  2301, 20164, 1080, 1831, 1943, 742, 674, 407,  85,   379,  1597, 1608, 328,  317,
    469,  114,  762,  1110, 2973, 1252, 1081, 622, 425,  262,  196,  2027, 3498, 346,  1332,
    2144, 821,  274,  49,   378,  1349, 310,  851, 2117, 630,  106,  87,   424,  978,  490,
    670,  577,  546,  569,  33,   128,  643,  154, 328,  199,  112,  587};
constexpr double kDistances[72] = {
    103.001845, 84.204666,  220.811933, 132.00748,  214.511814, 246.933305, 390.85611,  505.089539,
    103.001845, 45.796272,  216.994739, 129.878172, 140.706671, 201.232355, 343.50075,  453.515594,
    84.204666,  45.796272,  249.932874, 158.630661, 186.420738, 244.108305, 387.61776,  498.407152,
    220.811933, 216.994739, 249.932874, 92.407958,  151.777157, 92.894408,  194.851669, 306.105825,
    132.00748,  129.878172, 158.630661, 92.407958,  124.563096, 122.433524, 261.893783, 376.34667,
    214.511814, 140.706671, 186.420738, 151.777157, 124.563096, 81.753652,  208.456383, 314.793199,
    246.933305, 201.232355, 244.108305, 92.894408,  122.433524, 81.753652,  145.076472, 258.591197,
    390.85611,  343.50075,  387.61776,  194.851669, 261.893783, 208.456383, 145.076472, 114.46325,
    505.089539, 453.515594, 498.407152, 306.105825, 376.34667,  314.793199, 258.591197, 114.46325};
// o_var per origin and d_var per destination (the same populations).
constexpr double kOriginMass[kRegions] = {4320, 21478, 30500, 5012, 8811, 11349, 6021, 4477, 2275};
constexpr double kDestinationMass[kRegions] = {5452, 27169, 28710, 4354, 9069, 8577, 4963, 3923, 2026};

Eigen::MatrixXd square(const double (&list)[72], double diagonal)
{
    Eigen::MatrixXd m = Eigen::MatrixXd::Constant(kRegions, kRegions, diagonal);
    int k = 0;
    for (int i = 0; i < kRegions; ++i)
        for (int j = 0; j < kRegions; ++j)
            if (i != j)
                m(i, j) = list[k++];
    return m;
}

GravityConfig austriaConfig(GravityModel model)
{
    GravityConfig cfg;
    cfg.model = model;
    cfg.decay = DistanceDecay::Exponential;
    cfg.originMass = Eigen::Map<const Eigen::VectorXd>(kOriginMass, kRegions);
    cfg.destinationMass = Eigen::Map<const Eigen::VectorXd>(kDestinationMass, kRegions);
    return cfg;
}

void compareVector(const Eigen::VectorXd &actual, const std::vector<double> &expected, double absTol)
{
    QCOMPARE(actual.size(), Eigen::Index(expected.size()));
    for (std::size_t k = 0; k < expected.size(); ++k)
        if (std::abs(actual(Eigen::Index(k)) - expected[k]) > absTol)
            QFAIL(qPrintable(QStringLiteral("element %1: %2, expected %3 (abs. tol. %4)")
                                 .arg(k)
                                 .arg(actual(Eigen::Index(k)), 0, 'g', 12)
                                 .arg(expected[k], 0, 'g', 12)
                                 .arg(absTol)));
}

// Standard errors: spint reports √diag((XᵀWX)⁻¹) with W from its last IRLS
// step (it stops at a looser tolerance), so they agree to ~1e-4 relative; the
// exact values are cross-checked against a dense design in
// standardErrorsMatchDenseDesign().
void compareVectorRel(const Eigen::VectorXd &actual, const std::vector<double> &expected, double relTol)
{
    QCOMPARE(actual.size(), Eigen::Index(expected.size()));
    for (std::size_t k = 0; k < expected.size(); ++k)
        if (std::abs(actual(Eigen::Index(k)) - expected[k]) > relTol * std::abs(expected[k]))
            QFAIL(qPrintable(QStringLiteral("element %1: %2, expected %3 (rel. tol. %4)")
                                 .arg(k)
                                 .arg(actual(Eigen::Index(k)), 0, 'g', 12)
                                 .arg(expected[k], 0, 'g', 12)
                                 .arg(relTol)));
}

// Saturated Poisson log-likelihood Σ y ln y − y − ln y! of the 72 Austrian flows.
// Deviance = 2 (ℓ_sat − ℓ) (McCullagh & Nelder); spint's printed deviances are
// not exactly 2 (ℓ_sat − ℓ) of its own printed ℓ (they differ in the 8th
// digit), so the deviance is checked against spint's ℓ through this identity
// and against spint's printed deviance at 1e-7 relative.
double saturatedLogLikelihood()
{
    double s = 0.0;
    for (const double y : kFlows)
        s += y * std::log(y) - y - std::lgamma(y + 1.0);
    return s;
}

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning &w) { return w.kind == kind; });
}

} // namespace

class TestGravity : public QObject
{
    Q_OBJECT

private slots:
    void spintUnconstrained();
    void spintProduction();
    void spintAttraction();
    void spintDoubly();
    void exactFitRecoversParameters_data();
    void exactFitRecoversParameters();
    void constrainedMarginsArePreserved();
    void standardErrorsMatchDenseDesign();
    void dataProblems();
    void haversine();
    void prefectureMigration2025();
};

// spint test_Gravity: Gravity(f, o_var, d_var, dij, 'exp', constant=True).
void TestGravity::spintUnconstrained()
{
    const auto r = fitGravity(square(kFlows, std::nan("")), square(kDistances, 0.0),
                              austriaConfig(GravityModel::Unconstrained));
    QVERIFY(r.converged);
    QCOMPARE(r.observations, 72);
    compareVector(r.parameters, {-7.95447436, 8.63867812e-01, 8.80474585e-01, -6.20544765e-03}, 1e-6);
    compareVectorRel(r.standardErrors, {7.55583451e-02, 5.16838440e-03, 4.78122141e-03, 5.18488192e-05}, 1e-4);
    RL_COMPARE_NEAR(r.aic, 20395.085388908723, 1e-9);
    RL_COMPARE_NEAR(r.deviance, 2.0 * (saturatedLogLikelihood() - -10193.542694454361), 1e-10);
    RL_COMPARE_NEAR(r.deviance, 19806.408696637576, 1e-7);
    RL_COMPARE_NEAR(r.logLikelihood, -10193.542694454361, 1e-9);
    RL_COMPARE_NEAR(r.nullLogLikelihood, -88037.0499629, 1e-9);
    RL_COMPARE_NEAR(r.pseudoR2, 0.88421303645743465, 1e-7);
    RL_COMPARE_NEAR(r.adjustedPseudoR2, 0.88416760104130376, 1e-7);
    RL_COMPARE_NEAR(r.devianceR2, 0.88713874099960177, 1e-7);
    RL_COMPARE_NEAR(r.ssi, 0.72706171189789603, 1e-7);
    RL_COMPARE_NEAR(r.srmse, 0.62063116008447083, 1e-7);
    RL_COMPARE_NEAR(r.distanceParameter, -6.20544765e-03, 1e-6);
    RL_COMPARE_NEAR(r.originMassExponent, 8.63867812e-01, 1e-7);
    QVERIFY(r.warnings.empty());
}

// spint test_Production: Production(f, o, d_var, dij, 'exp', constant=True);
// parameters: constant, 8 origin effects (AT11 is the reference), ln d_var, β.
void TestGravity::spintProduction()
{
    const auto r = fitGravity(square(kFlows, std::nan("")), square(kDistances, 0.0),
                              austriaConfig(GravityModel::ProductionConstrained));
    QVERIFY(r.converged);
    compareVector(r.parameters,
                  {-1.11700938, 1.68662317, 2.15188689, 0.60300297, 0.88380784, 1.20926104, 0.68938983,
                   1.15472804, 1.02479968, 0.89278717, -0.00727113},
                  1e-4);
    RL_COMPARE_NEAR(r.standardErrors(9), 4.66889578e-03, 1e-6);
    RL_COMPARE_NEAR(r.standardErrors(10), 5.26601057e-05, 1e-6);
    RL_COMPARE_NEAR(r.standardErrors(0), 5.08397030e-02, 1e-6);
    RL_COMPARE_NEAR(r.aic, 15882.651018068489, 1e-9);
    RL_COMPARE_NEAR(r.deviance, 2.0 * (saturatedLogLikelihood() - -7930.3255090342445), 1e-10);
    RL_COMPARE_NEAR(r.deviance, 15279.974241770311, 1e-7);
    RL_COMPARE_NEAR(r.logLikelihood, -7930.3255090342445, 1e-9);
    RL_COMPARE_NEAR(r.pseudoR2, 0.909920590111, 1e-7);
    RL_COMPARE_NEAR(r.adjustedPseudoR2, 0.909795642717, 1e-7);
    RL_COMPARE_NEAR(r.devianceR2, 0.912931356874, 1e-7);
    RL_COMPARE_NEAR(r.ssi, 0.740619203383, 1e-7);
    RL_COMPARE_NEAR(r.srmse, 0.46622685091043831, 1e-7);
    QCOMPARE(r.parameterNames.size(), std::size_t(11));
}

// spint test_Attraction: Production(f, d, o_var, dij, 'exp') — destination
// effects with the origin mass, i.e. the attraction-constrained model.
void TestGravity::spintAttraction()
{
    const auto r = fitGravity(square(kFlows, std::nan("")), square(kDistances, 0.0),
                              austriaConfig(GravityModel::AttractionConstrained));
    QVERIFY(r.converged);
    compareVector(r.parameters,
                  {-0.88439723, 1.62180605, 1.92772078, 0.12462001, 0.62378812, 0.69646073, 0.20909411,
                   0.6856777, 0.48539625, 0.89235874, -0.00693755},
                  1e-3);
    RL_COMPARE_NEAR(r.standardErrors(9), 5.14257895e-03, 1e-6);
    RL_COMPARE_NEAR(r.standardErrors(10), 5.12438958e-05, 1e-6);
    RL_COMPARE_NEAR(r.aic, 16275.899321893821, 1e-9);
    RL_COMPARE_NEAR(r.deviance, 2.0 * (saturatedLogLikelihood() - -8126.9496609469106), 1e-10);
    RL_COMPARE_NEAR(r.deviance, 15673.222613627502, 1e-7);
    RL_COMPARE_NEAR(r.logLikelihood, -8126.9496609469106, 1e-9);
    RL_COMPARE_NEAR(r.pseudoR2, 0.90768716507, 1e-7);
    RL_COMPARE_NEAR(r.devianceR2, 0.910690541438, 1e-7);
    RL_COMPARE_NEAR(r.ssi, 0.750634498293, 1e-7);
    RL_COMPARE_NEAR(r.srmse, 0.59478477816884223, 1e-7);
}

// spint test_Doubly: Doubly(f, o, d, dij, 'exp', constant=True).
// AIC is not listed there; from its llf: −2 · (−4970.5795707251054) + 2 · 18 = 9977.159141450211.
void TestGravity::spintDoubly()
{
    const auto r = fitGravity(square(kFlows, std::nan("")), square(kDistances, 0.0),
                              austriaConfig(GravityModel::DoublyConstrained));
    QVERIFY(r.converged);
    compareVector(r.parameters,
                  {6.20471518, 1.5449095, 2.4414292, 0.69924374, 0.94869185, 1.28967637, 0.74270015,
                   1.19468573, 0.98874193, 1.49709841, 2.18492741, 0.18784818, 0.66434515, 0.74264938,
                   0.21334535, 0.66765781, 0.39986094, -0.00791533},
                  1e-5);
    compareVectorRel(r.standardErrors,
                  {2.23984552e-02, 1.76016753e-02, 1.77717586e-02, 2.17639650e-02, 1.93560527e-02,
                   1.88287651e-02, 2.09658404e-02, 2.34162372e-02, 2.85372580e-02, 1.55744567e-02,
                   1.62454834e-02, 2.13024018e-02, 1.78126603e-02, 1.80681617e-02, 2.03636073e-02,
                   2.25133694e-02, 2.84200070e-02, 5.06213514e-05},
                  3e-4);
    RL_COMPARE_NEAR(r.deviance, 2.0 * (saturatedLogLikelihood() - -4970.5795707251054), 1e-10);
    RL_COMPARE_NEAR(r.deviance, 9360.482092561484, 1e-7);
    RL_COMPARE_NEAR(r.logLikelihood, -4970.5795707251054, 1e-9);
    RL_COMPARE_NEAR(r.aic, 9977.159141450211, 1e-9);
    RL_COMPARE_NEAR(r.pseudoR2, 0.943539912198, 1e-7);
    RL_COMPARE_NEAR(r.adjustedPseudoR2, 0.943335452826, 1e-7);
    RL_COMPARE_NEAR(r.devianceR2, 0.946661920897, 1e-7);
    RL_COMPARE_NEAR(r.ssi, 0.811852110904, 1e-7);
    RL_COMPARE_NEAR(r.srmse, 0.37925654532618808, 1e-7);
    RL_COMPARE_NEAR(r.distanceStandardError, 5.06213514e-05, 1e-6);
    QCOMPARE(r.distanceStandardError, r.standardErrors(17));
}

// Flows generated exactly from a model are its own maximum-likelihood fit
// (the Poisson score Xᵀ(y − μ) vanishes at y = μ), so the fit must return the
// generating parameters and zero deviance. μ_ij = exp(k) V_i^α W_j^γ f(d_ij),
// k = −2, α = 0.8, γ = 0.6, β = −1.5 (power) or −0.004 (exponential).
void TestGravity::exactFitRecoversParameters_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("decay");
    QTest::addColumn<double>("beta");
    QTest::newRow("unconstrained power") << int(GravityModel::Unconstrained) << int(DistanceDecay::Power) << -1.5;
    QTest::newRow("unconstrained exp") << int(GravityModel::Unconstrained) << int(DistanceDecay::Exponential) << -0.004;
    QTest::newRow("production power") << int(GravityModel::ProductionConstrained) << int(DistanceDecay::Power) << -1.5;
    QTest::newRow("attraction exp") << int(GravityModel::AttractionConstrained) << int(DistanceDecay::Exponential) << -0.004;
    QTest::newRow("doubly power") << int(GravityModel::DoublyConstrained) << int(DistanceDecay::Power) << -1.5;
}

void TestGravity::exactFitRecoversParameters()
{
    QFETCH(int, model);
    QFETCH(int, decay);
    QFETCH(double, beta);
    const Eigen::MatrixXd d = square(kDistances, 0.0);
    GravityConfig cfg = austriaConfig(GravityModel(model));
    cfg.decay = DistanceDecay(decay);
    Eigen::MatrixXd flows = Eigen::MatrixXd::Zero(kRegions, kRegions);
    for (int i = 0; i < kRegions; ++i)
        for (int j = 0; j < kRegions; ++j)
            if (i != j)
                flows(i, j) = std::exp(-2.0) * std::pow(kOriginMass[i], 0.8) * std::pow(kDestinationMass[j], 0.6)
                              * (cfg.decay == DistanceDecay::Power ? std::pow(d(i, j), beta) : std::exp(beta * d(i, j)));
    const auto r = fitGravity(flows, d, cfg);
    QVERIFY(r.converged);
    RL_COMPARE_NEAR(r.distanceParameter, beta, 1e-7);
    QVERIFY(std::abs(r.deviance) < 1e-8);
    if (cfg.model == GravityModel::Unconstrained) {
        RL_COMPARE_NEAR(r.parameters(0), -2.0, 1e-7);
        RL_COMPARE_NEAR(r.originMassExponent, 0.8, 1e-7);
        RL_COMPARE_NEAR(r.destinationMassExponent, 0.6, 1e-7);
    }
    for (int i = 0; i < kRegions; ++i)
        for (int j = 0; j < kRegions; ++j)
            if (i != j)
                RL_COMPARE_NEAR(r.fitted(i, j), flows(i, j), 1e-7);
}

// With origin (destination) effects the fitted row (column) sums equal the
// observed ones: the score equation of each dummy.
void TestGravity::constrainedMarginsArePreserved()
{
    const Eigen::MatrixXd f = square(kFlows, 0.0);
    const auto r = fitGravity(f, square(kDistances, 0.0), austriaConfig(GravityModel::DoublyConstrained));
    const Eigen::MatrixXd fitted = r.fitted.array().isFinite().select(r.fitted, 0.0);
    QVERIFY((fitted.rowwise().sum() - f.rowwise().sum()).cwiseAbs().maxCoeff() < 1e-6);
    QVERIFY((fitted.colwise().sum() - f.colwise().sum()).cwiseAbs().maxCoeff() < 1e-6);
    QVERIFY(std::isnan(r.fitted(0, 0)));
}

// The structured XᵀWX must equal the textbook dense XᵀWX built here from an
// explicit 72 × 18 design (constant, origin and destination dummies with
// AT11 as reference, distance), evaluated at the fitted μ.
void TestGravity::standardErrorsMatchDenseDesign()
{
    const Eigen::MatrixXd f = square(kFlows, 0.0);
    const Eigen::MatrixXd d = square(kDistances, 0.0);
    const auto r = fitGravity(f, d, austriaConfig(GravityModel::DoublyConstrained));
    Eigen::MatrixXd X = Eigen::MatrixXd::Zero(72, 18);
    Eigen::VectorXd w(72);
    int k = 0;
    for (int i = 0; i < kRegions; ++i) {
        for (int j = 0; j < kRegions; ++j) {
            if (i == j)
                continue;
            X(k, 0) = 1.0;
            if (i > 0)
                X(k, i) = 1.0;
            if (j > 0)
                X(k, 8 + j) = 1.0;
            X(k, 17) = d(i, j);
            w(k++) = r.fitted(i, j);
        }
    }
    const Eigen::MatrixXd info = X.transpose() * w.asDiagonal() * X;
    const Eigen::VectorXd se = info.inverse().diagonal().cwiseSqrt();
    QVERIFY(r.standardErrors.isApprox(se, 1e-9));
    // Score equations at the optimum: Xᵀ(y − μ) = 0.
    Eigen::VectorXd y(72);
    k = 0;
    for (int i = 0; i < kRegions; ++i)
        for (int j = 0; j < kRegions; ++j)
            if (i != j)
                y(k++) = f(i, j);
    QVERIFY((X.transpose() * (y - w)).cwiseAbs().maxCoeff() < 1e-6);
}

void TestGravity::dataProblems()
{
    Eigen::MatrixXd f = square(kFlows, std::nan(""));
    f(0, 1) = std::nan("");
    f(2, 3) = -4;
    Eigen::MatrixXd d = square(kDistances, 0.0);
    d(4, 5) = 0.0;  // unusable with power decay
    GravityConfig cfg = austriaConfig(GravityModel::DoublyConstrained);
    cfg.decay = DistanceDecay::Power;
    const auto r = fitGravity(f, d, cfg);
    QCOMPARE(r.observations, 72 - 3);
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    QVERIFY(hasWarning(r.warnings, WarningKind::InvalidInput));
    QVERIFY(std::isnan(r.fitted(0, 1)));
    QVERIFY(r.converged);

    GravityConfig noMass = austriaConfig(GravityModel::Unconstrained);
    noMass.originMass.resize(3);
    QVERIFY(hasWarning(fitGravity(f, d, noMass).warnings, WarningKind::ShapeMismatch));

    const auto cancelled = fitGravity(square(kFlows, 0.0), square(kDistances, 0.0),
                                      austriaConfig(GravityModel::DoublyConstrained),
                                      [](double p) { return p < 0.02; });
    QVERIFY(cancelled.cancelled);
}

// Analytic great-circle distances on a sphere of radius R = 6371.0088 km:
// 1° of longitude on the equator = 2πR/360 = 111.19508 km; pole to equator
// = πR/2; antipodes = πR.
void TestGravity::haversine()
{
    constexpr double R = 6371.0088;
    RL_COMPARE_NEAR(haversineKm(0, 0, 0, 1), 2 * std::numbers::pi * R / 360.0, 1e-12);
    RL_COMPARE_NEAR(haversineKm(90, 0, 0, 45), std::numbers::pi * R / 2.0, 1e-12);
    RL_COMPARE_NEAR(haversineKm(0, 0, 0, 180), std::numbers::pi * R, 1e-12);
    RL_COMPARE_NEAR(haversineKm(35, 139, 35, 139), 0.0, 1e-15);
    const Eigen::MatrixXd m = greatCircleDistances(Eigen::Vector3d(0, 0, 90), Eigen::Vector3d(0, 1, 0));
    QVERIFY(m.isApprox(m.transpose()));
    RL_COMPARE_NEAR(m(0, 1), 2 * std::numbers::pi * R / 360.0, 1e-12);
    RL_COMPARE_NEAR(m(2, 0), std::numbers::pi * R / 2.0, 1e-12);
}

// Real data: 2025 inter-prefectural movers (starter pack) and prefectural
// office coordinates (../shared/data/pref_codes). Doubly-constrained fits
// with exponential and power decay: migration falls with distance, the fit
// converges and reproduces each prefecture's published in/out totals.
void TestGravity::prefectureMigration2025()
{
    RL_REQUIRE_SHARED_DATA(dir);
    const auto capitals = regionlens::test::readCsv(dir + QStringLiteral("/pref_codes/dataofjapan_prefecturalCapital.csv"));
    QVERIFY2(capitals.isValid(), qPrintable(capitals.error));
    QCOMPARE(capitals.rows.size(), 47);
    Eigen::VectorXd lat(47), lon(47);
    for (const QStringList &row : capitals.rows) {
        const int id = row[0].toInt();
        QVERIFY(id >= 1 && id <= 47);
        lat(id - 1) = row[2].toDouble();
        lon(id - 1) = row[3].toDouble();
    }
    const Eigen::MatrixXd dist = greatCircleDistances(lat, lon);
    // 東京都庁 – 大阪府庁 straight-line distance is about 400 km.
    QVERIFY(dist(12, 26) > 390.0 && dist(12, 26) < 410.0);

    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("migration_od_prefecture.csv")));
    const auto od = regionlens::test::pivot(table, QStringLiteral("origin_code"), QStringLiteral("destination_code"),
                                            QStringLiteral("value"), [](const QStringList &) { return true; });
    QCOMPARE(od.rows.size(), 47);
    for (const DistanceDecay decay : {DistanceDecay::Exponential, DistanceDecay::Power}) {
        GravityConfig cfg;
        cfg.model = GravityModel::DoublyConstrained;
        cfg.decay = decay;
        const auto r = fitGravity(od.values, dist, cfg);
        QVERIFY(r.converged);
        QCOMPARE(r.observations, 47 * 46);
        QVERIFY(r.distanceParameter < 0.0);
        QVERIFY(r.pseudoR2 > 0.5 && r.pseudoR2 < 1.0);
        const Eigen::MatrixXd flows = od.values.array().isFinite().select(od.values, 0.0);
        const Eigen::MatrixXd fitted = r.fitted.array().isFinite().select(r.fitted, 0.0);
        QVERIFY((fitted.rowwise().sum() - flows.rowwise().sum()).cwiseAbs().maxCoeff() < 1e-3);
        QVERIFY((fitted.colwise().sum() - flows.colwise().sum()).cwiseAbs().maxCoeff() < 1e-3);
        RL_COMPARE_NEAR(fitted.sum(), 2515731.0, 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestGravity)
#include "test_gravity.moc"
