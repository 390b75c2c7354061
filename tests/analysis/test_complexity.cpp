// SPDX-License-Identifier: GPL-3.0-or-later
// Economic complexity and relatedness (analysis/complexity.h).
//
// Reference outputs: the Harvard Growth Lab's Stata package `ecomplexity`
// run on py-ecomplexity's sample trade data, as stored in py-ecomplexity's
// test fixtures (MIT licence):
//   https://github.com/cid-harvard/py-ecomplexity/blob/master/tests/fixtures/stata_ground_truth.csv
//     (`ecomplexity export_val, i(origin) p(hs92) t(year)`: RCA threshold 1,
//      discrete symmetric proximity)
//   https://github.com/cid-harvard/py-ecomplexity/blob/master/tests/fixtures/stata_continuous.csv
//     (the same with `cont`: correlation-based proximity, density over RCA)
// Only the 1995 rows are used; the input is test_complexity_refdata.h. Stata
// held export_val as a float (the fixtures show 43653868 for 43653866.43), so
// the test rounds the input to float as Stata did; with the exact values the
// RCAs differ by ~3e-8 (relative) and every figure below by less than 1e-6.
// The numbers are transcribed from those files (columns eci, pci, diversity,
// ubiquity, coi, rca, M, density, cog), never produced by this code.
//
// The toy network is a nested 3 × 3 network in the spirit of Hidalgo &
// Hausmann (2009, PNAS 106: 10570, Fig. 1), worked by hand in the comments.
#include "analysis/complexity.h"

#include "test_complexity_refdata.h"
#include "testhelpers.h"

#include <QTest>

#include <cmath>
#include <cstring>

using namespace regionlens::analysis;
namespace ref = regionlens::test::complexityref;

namespace {

Eigen::Index countryIndex(const QString &code)
{
    for (std::size_t i = 0; i < ref::kCountries.size(); ++i)
        if (code == QLatin1StringView(ref::kCountries[i]))
            return Eigen::Index(i);
    return -1;
}

Eigen::Index productIndex(const QString &code)
{
    for (std::size_t i = 0; i < ref::kProducts.size(); ++i)
        if (code == QLatin1StringView(ref::kProducts[i]))
            return Eigen::Index(i);
    return -1;
}

// The 1995 sample as Stata held it (float export values).
Eigen::MatrixXd trade1995()
{
    Eigen::MatrixXd m(10, 30);
    for (Eigen::Index r = 0; r < 10; ++r)
        for (Eigen::Index c = 0; c < 30; ++c)
            m(r, c) = double(float(ref::kExports1995[std::size_t(r * 30 + c)]));
    return m;
}

const ComplexityResult &reference()
{
    static const ComplexityResult r = complexity(trade1995());
    return r;
}

const ComplexityResult &continuousReference()
{
    static const ComplexityResult r = [] {
        ComplexityConfig cfg;
        cfg.proximity = ProximityRule::Correlation;
        return complexity(trade1995(), cfg);
    }();
    return r;
}

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning &w) { return w.kind == kind; });
}

// Nested toy network: c1 has p1 p2 p3, c2 has p1 p2, c3 has p1.
Eigen::MatrixXd toyPresence()
{
    Eigen::MatrixXd m(3, 3);
    m << 1, 1, 1, 1, 1, 0, 1, 0, 0;
    return m;
}

constexpr double kTol = 1e-9;

} // namespace

class TestComplexity : public QObject
{
    Q_OBJECT

private slots:
    void stataRegions_data();
    void stataRegions();
    void stataProducts_data();
    void stataProducts();
    void stataCells_data();
    void stataCells();
    void stataContinuous_data();
    void stataContinuous();
    void eciFollowsDiversity();
    void reflectionsMatchEigenvector();
    void toyNetwork();
    void toyNetworkReflections();
    void fixedReflectionSteps();
    void presenceRule();
    void zeroTotalsDropped();
    void otherStandardisations();
    void cancel();
    void industrySpace();
};

// Stata ground truth, 1995: eci, diversity, coi of every country.
void TestComplexity::stataRegions_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<double>("eci");
    QTest::addColumn<double>("diversity");
    QTest::addColumn<double>("coi");
    QTest::newRow("aut") << QStringLiteral("aut") << 1.073207217992253 << 14.0 << -.9940121728867501;
    QTest::newRow("blx") << QStringLiteral("blx") << -.3159764634559932 << 16.0 << 1.073851078082253;
    QTest::newRow("che") << QStringLiteral("che") << 1.06773721349865 << 16.0 << -1.489194423334662;
    QTest::newRow("deu") << QStringLiteral("deu") << 1.200861157616729 << 15.0 << -1.382249032555092;
    QTest::newRow("dnk") << QStringLiteral("dnk") << -.9777046345252988 << 11.0 << 1.155769407885882;
    QTest::newRow("esp") << QStringLiteral("esp") << .0180390442936879 << 16.0 << .4207036089900156;
    QTest::newRow("gbr") << QStringLiteral("gbr") << .5359206138129307 << 20.0 << -.8461268439107059;
    QTest::newRow("ita") << QStringLiteral("ita") << -.421184002398617 << 9.0 << .6531998940796336;
    QTest::newRow("pol") << QStringLiteral("pol") << -2.170709342895322 << 7.0 << .8628190011104738;
    QTest::newRow("svn") << QStringLiteral("svn") << -.0101908039390183 << 14.0 << .5452394825389525;
}

void TestComplexity::stataRegions()
{
    QFETCH(QString, country);
    QFETCH(double, eci);
    QFETCH(double, diversity);
    QFETCH(double, coi);
    const ComplexityResult &r = reference();
    const Eigen::Index i = countryIndex(country);
    QVERIFY(i >= 0);
    QCOMPARE(r.diversity(i), diversity);
    RL_COMPARE_NEAR(r.eci(i), eci, kTol);
    RL_COMPARE_NEAR(r.coi(i), coi, kTol);
}

// Stata ground truth, 1995: pci and ubiquity (PCI standardised with the ECI's
// mean and sd, as the package does).
void TestComplexity::stataProducts_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<double>("pci");
    QTest::addColumn<double>("ubiquity");
    QTest::newRow("1704") << QStringLiteral("1704") << -1.470491886427003 << 6.0;
    QTest::newRow("1806") << QStringLiteral("1806") << .9898334389413032 << 3.0;
    QTest::newRow("2105") << QStringLiteral("2105") << -3.323137535581785 << 4.0;
    QTest::newRow("3917") << QStringLiteral("3917") << 2.794806326517154 << 4.0;
    QTest::newRow("4905") << QStringLiteral("4905") << .2528276298920076 << 3.0;
    QTest::newRow("6810") << QStringLiteral("6810") << -3.047699996853477 << 5.0;
    QTest::newRow("7325") << QStringLiteral("7325") << -.928657059139727 << 6.0;
    QTest::newRow("8431") << QStringLiteral("8431") << 2.140168306589086 << 5.0;
    QTest::newRow("8474") << QStringLiteral("8474") << -.1620847904245116 << 4.0;
    QTest::newRow("9403") << QStringLiteral("9403") << -3.434600369331548 << 4.0;
}

void TestComplexity::stataProducts()
{
    QFETCH(QString, product);
    QFETCH(double, pci);
    QFETCH(double, ubiquity);
    const ComplexityResult &r = reference();
    const Eigen::Index i = productIndex(product);
    QVERIFY(i >= 0);
    QCOMPARE(r.ubiquity(i), ubiquity);
    RL_COMPARE_NEAR(r.pci(i), pci, kTol);
}

// Stata ground truth, 1995: single cells (rca, M, density, cog).
void TestComplexity::stataCells_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("product");
    QTest::addColumn<double>("rca");
    QTest::addColumn<double>("presence");
    QTest::addColumn<double>("density");
    QTest::addColumn<double>("cog");
    QTest::newRow("aut 1704") << QStringLiteral("aut") << QStringLiteral("1704") << .5708342888507129 << 0.0
                              << .4624999999999999 << -.6248181469470029;
    QTest::newRow("aut 3917") << QStringLiteral("aut") << QStringLiteral("3917") << 1.335727626937514 << 1.0
                              << .6070959264126149 << 0.0;
    QTest::newRow("dnk 3208") << QStringLiteral("dnk") << QStringLiteral("3208") << .8530984607625515 << 0.0
                              << .3075170842824601 << .6039802910118486;
    QTest::newRow("gbr 6810") << QStringLiteral("gbr") << QStringLiteral("6810") << .5368380081277225 << 0.0
                              << .6013289036544852 << -.5419179064316618;
    QTest::newRow("ita 7310") << QStringLiteral("ita") << QStringLiteral("7310") << .7281520442209037 << 0.0
                              << .2192513368983957 << -.0007853579774686;
    QTest::newRow("pol 7325") << QStringLiteral("pol") << QStringLiteral("7325") << 4.111938069015488 << 1.0
                              << .2469135802469136 << 0.0;
    QTest::newRow("pol 8431") << QStringLiteral("pol") << QStringLiteral("8431") << .5274264514986233 << 0.0
                              << .1425233644859813 << .8333457049302115;
    QTest::newRow("svn 7608") << QStringLiteral("svn") << QStringLiteral("7608") << 1.001706197539841 << 1.0
                              << .5205128205128206 << 0.0;
}

void TestComplexity::stataCells()
{
    QFETCH(QString, country);
    QFETCH(QString, product);
    QFETCH(double, rca);
    QFETCH(double, presence);
    QFETCH(double, density);
    QFETCH(double, cog);
    const ComplexityResult &r = reference();
    const Eigen::Index c = countryIndex(country);
    const Eigen::Index p = productIndex(product);
    QVERIFY(c >= 0 && p >= 0);
    RL_COMPARE_NEAR(r.rca(c, p), rca, kTol);
    QCOMPARE(r.presence(c, p), presence);
    RL_COMPARE_NEAR(r.density(c, p), density, kTol);
    RL_COMPARE_NEAR(r.cog(c, p), cog, kTol);
}

// Stata `cont` ground truth, 1995: density over RCA with proximity
// (1 + ρ)/2, COI and COG; ECI and PCI are those of the discrete run.
void TestComplexity::stataContinuous_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("product");
    QTest::addColumn<double>("density");
    QTest::addColumn<double>("cog");
    QTest::addColumn<double>("coi");
    QTest::newRow("aut 1704") << QStringLiteral("aut") << QStringLiteral("1704") << 1.006892260398717
                              << -.574893170803652 << -1.20240409767509;
    QTest::newRow("aut 3917") << QStringLiteral("aut") << QStringLiteral("3917") << 1.113196590290956 << 0.0
                              << -1.20240409767509;
    QTest::newRow("blx 3917") << QStringLiteral("blx") << QStringLiteral("3917") << 1.028493806524209
                              << .4578141991659812 << .9145728474546302;
    QTest::newRow("che 9403") << QStringLiteral("che") << QStringLiteral("9403") << 1.022832879899515
                              << -.6093955593420145 << -1.360043376518995;
    QTest::newRow("deu 6810") << QStringLiteral("deu") << QStringLiteral("6810") << .9509016257601257
                              << -.7383271793697077 << -1.393827344856911;
}

void TestComplexity::stataContinuous()
{
    QFETCH(QString, country);
    QFETCH(QString, product);
    QFETCH(double, density);
    QFETCH(double, cog);
    QFETCH(double, coi);
    const ComplexityResult &r = continuousReference();
    const Eigen::Index c = countryIndex(country);
    const Eigen::Index p = productIndex(product);
    RL_COMPARE_NEAR(r.density(c, p), density, kTol);
    RL_COMPARE_NEAR(r.cog(c, p), cog, kTol);
    RL_COMPARE_NEAR(r.coi(c), coi, kTol);
    RL_COMPARE_NEAR(r.eci(c), reference().eci(c), kTol);
}

void TestComplexity::eciFollowsDiversity()
{
    const ComplexityResult &r = reference();
    const Eigen::ArrayXd d = r.diversity.array() - r.diversity.mean();
    const Eigen::ArrayXd e = r.eci.array() - r.eci.mean();
    QVERIFY((d * e).sum() > 0.0);
    // Long-table standardisation: Σ_r ECI² = (R·P − 1)/P = 299/30.
    RL_COMPARE_NEAR(r.eci.squaredNorm(), 299.0 / 30.0, 1e-12);
    RL_COMPARE_NEAR(r.eci.mean(), 0.0, 1e-12);
    QVERIFY(r.warnings.empty());
    QVERIFY(r.eigenvalue > 0.0 && r.eigenvalue < 1.0);
}

// Iterated reflections reach the second eigenvector: the same figures.
void TestComplexity::reflectionsMatchEigenvector()
{
    ComplexityConfig cfg;
    cfg.method = ComplexityMethod::Reflections;
    const ComplexityResult r = complexity(trade1995(), cfg);
    const ComplexityResult &e = reference();
    QVERIFY(r.reflectionSteps > 2);
    QVERIFY(!hasWarning(r.warnings, WarningKind::NotConverged));
    for (Eigen::Index i = 0; i < 10; ++i) {
        RL_COMPARE_NEAR(r.eci(i), e.eci(i), 1e-8);
        RL_COMPARE_NEAR(r.coi(i), e.coi(i), 1e-8);
    }
    for (Eigen::Index i = 0; i < 30; ++i)
        RL_COMPARE_NEAR(r.pci(i), e.pci(i), 1e-8);
    RL_COMPARE_NEAR(r.eigenvalue, e.eigenvalue, 1e-8);
}

// Nested toy network, worked by hand:
//   M = [1 1 1; 1 1 0; 1 0 0]; k_c0 = (3, 2, 1), k_p0 = (3, 2, 1).
//   k_c1 (mean ubiquity) = (6/3, 5/2, 3/1) = (2, 2.5, 3);
//   k_p1 (mean diversity) = (6/3, 5/2, 3) likewise.
//   M̃_pp' = Σ_c M_cp M_cp' / (k_c0 k_p0) = [11/18 5/18 1/9; 5/12 5/12 1/6; 1/3 1/3 1/3],
//   eigenvalues 1, 1/4, 1/9 (trace 49/36, determinant 1/36);
//   eigenvector of 1/4: k_p = (−1/2, 1/4, 1); k_c = M k_p / k_c0 = (1/4, −1/8, −1/2)
//   (correlates positively with diversity: sign kept).
//   Long table of 9 rows: mean −1/8, Σ (k_c − mean)² = 3 · (9/64 + 0 + 9/64) = 27/32,
//   sd = √((27/32)/8) = 3√3/16. ECI = (2/√3, 0, −2/√3);
//   PCI = (k_p + 1/8)/sd = (−2/√3, 2/√3, 6/√3).
//   Proximity: C = M'M, φ_pq = C_pq / max(k_p0, k_q0): φ12 = 2/3, φ13 = 1/3, φ23 = 1/2.
//   Density: c2·p3 = (φ31 + φ32)/(φ31 + φ32) = 1; c3·p2 = φ21/(φ21 + φ23) = (2/3)/(7/6) = 4/7;
//   c3·p3 = φ31/(φ31 + φ32) = (1/3)/(5/6) = 2/5.
void TestComplexity::toyNetwork()
{
    const ComplexityResult r = complexityFromPresence(toyPresence());
    const double s3 = std::sqrt(3.0);
    QCOMPARE(r.diversity, Eigen::Vector3d(3, 2, 1));
    QCOMPARE(r.ubiquity, Eigen::Vector3d(3, 2, 1));
    RL_COMPARE_NEAR(r.averageUbiquity(0), 2.0, kTol);
    RL_COMPARE_NEAR(r.averageUbiquity(1), 2.5, kTol);
    RL_COMPARE_NEAR(r.averageUbiquity(2), 3.0, kTol);
    RL_COMPARE_NEAR(r.averageDiversity(1), 2.5, kTol);
    RL_COMPARE_NEAR(r.eigenvalue, 0.25, kTol);
    RL_COMPARE_NEAR(r.eci(0), 2.0 / s3, kTol);
    RL_COMPARE_NEAR(r.eci(1), 0.0, kTol);
    RL_COMPARE_NEAR(r.eci(2), -2.0 / s3, kTol);
    RL_COMPARE_NEAR(r.pci(0), -2.0 / s3, kTol);
    RL_COMPARE_NEAR(r.pci(1), 2.0 / s3, kTol);
    RL_COMPARE_NEAR(r.pci(2), 6.0 / s3, kTol);
    RL_COMPARE_NEAR(r.proximity(0, 1), 2.0 / 3.0, kTol);
    RL_COMPARE_NEAR(r.proximity(2, 0), 1.0 / 3.0, kTol);
    RL_COMPARE_NEAR(r.proximity(1, 2), 0.5, kTol);
    QCOMPARE(r.proximity(1, 1), 0.0);
    RL_COMPARE_NEAR(r.density(1, 2), 1.0, kTol);
    RL_COMPARE_NEAR(r.density(2, 1), 4.0 / 7.0, kTol);
    RL_COMPARE_NEAR(r.density(2, 2), 2.0 / 5.0, kTol);
    QVERIFY(std::isnan(r.rca(0, 0)));
    // COG is 0 where the industry is present.
    QCOMPARE(r.cog(0, 2), 0.0);
    QVERIFY(r.cog(2, 2) != 0.0);
}

void TestComplexity::toyNetworkReflections()
{
    ComplexityConfig cfg;
    cfg.method = ComplexityMethod::Reflections;
    const ComplexityResult r = complexityFromPresence(toyPresence(), cfg);
    const double s3 = std::sqrt(3.0);
    RL_COMPARE_NEAR(r.eci(0), 2.0 / s3, 1e-10);
    RL_COMPARE_NEAR(r.pci(2), 6.0 / s3, 1e-10);
    // Converges at the rate λ3/λ2 = 4/9 per product step.
    RL_COMPARE_NEAR(r.eigenvalue, 0.25, 1e-10);
    QVERIFY(r.reflectionSteps < 60);
}

// N fixed product steps: no convergence warning, the steps reported.
void TestComplexity::fixedReflectionSteps()
{
    ComplexityConfig cfg;
    cfg.method = ComplexityMethod::Reflections;
    cfg.reflectionSteps = 2;
    const ComplexityResult r = complexity(trade1995(), cfg);
    QCOMPARE(r.reflectionSteps, 2);
    QVERIFY(!hasWarning(r.warnings, WarningKind::NotConverged));
    QVERIFY(r.eci.allFinite());
    cfg.reflectionSteps = 0;
    cfg.maxReflectionSteps = 1;
    QVERIFY(hasWarning(complexity(trade1995(), cfg).warnings, WarningKind::NotConverged));
}

// RCA exactly 1: present under ≥ (default, py-ecomplexity), absent under >
// (Stata). Hand-worked 2 × 2: x = [1 1; 1 3], total 6, industry shares
// (2/6, 4/6); region 1 shares (1/2, 1/2) → RCA (1.5, 0.75); region 2
// (1/4, 3/4) → RCA (0.75, 1.125). Threshold 1.5: only cell (0,0), RCA = 1.5.
void TestComplexity::presenceRule()
{
    Eigen::MatrixXd x(2, 2);
    x << 1, 1, 1, 3;
    ComplexityConfig cfg;
    cfg.threshold = 1.5;
    const ComplexityResult atLeast = complexity(x, cfg);
    RL_COMPARE_NEAR(atLeast.rca(0, 0), 1.5, 1e-15);
    RL_COMPARE_NEAR(atLeast.rca(1, 1), 1.125, 1e-15);
    QCOMPARE(atLeast.presence(0, 0), 1.0);
    QCOMPARE(atLeast.presence(1, 1), 0.0);
    cfg.presence = PresenceRule::Above;
    QCOMPARE(complexity(x, cfg).presence(0, 0), 0.0);
    // Region 2 has no industry at RCA ≥ 1.5: diversity 0, ECI NaN, warned.
    QCOMPARE(atLeast.diversity(1), 0.0);
    QVERIFY(std::isnan(atLeast.eci(1)));
    QVERIFY(hasWarning(atLeast.warnings, WarningKind::ZeroTotal));
}

// A region and an industry with zero totals (and a NaN cell counted as 0)
// are dropped with warnings; the others get the reference figures.
void TestComplexity::zeroTotalsDropped()
{
    const Eigen::MatrixXd base = trade1995();
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(11, 31);
    x.block(0, 0, 5, 30) = base.topRows(5);
    x.block(6, 0, 5, 30) = base.bottomRows(5);
    x(5, 30) = kNaN;
    const ComplexityResult r = complexity(x);
    QVERIFY(!r.regionKept[5]);
    QVERIFY(!r.industryKept[30]);
    QVERIFY(hasWarning(r.warnings, WarningKind::ZeroTotal));
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    QVERIFY(std::isnan(r.eci(5)));
    QVERIFY(std::isnan(r.pci(30)));
    QVERIFY(std::isnan(r.rca(5, 0)));
    RL_COMPARE_NEAR(r.eci(0), 1.073207217992253, kTol);
    RL_COMPARE_NEAR(r.eci(6), .0180390442936879, kTol);   // esp
    RL_COMPARE_NEAR(r.pci(7), 2.794806326517154, kTol);
    RL_COMPARE_NEAR(r.density(10, 17), reference().density(9, 17), kTol);
}

// Regions: mean 0 and population sd 1 over the regions; None: the raw
// eigenvector, whose sign still follows diversity.
void TestComplexity::otherStandardisations()
{
    ComplexityConfig cfg;
    cfg.standardisation = Standardisation::Regions;
    const ComplexityResult r = complexity(trade1995(), cfg);
    RL_COMPARE_NEAR(r.eci.mean(), 0.0, 1e-12);
    RL_COMPARE_NEAR(r.eci.squaredNorm() / 10.0, 1.0, 1e-12);
    // The same vector rescaled by one factor.
    const double factor = r.eci(0) / reference().eci(0);
    for (Eigen::Index i = 1; i < 10; ++i)
        RL_COMPARE_NEAR(r.eci(i), factor * reference().eci(i), 1e-10);
    cfg.standardisation = Standardisation::None;
    const ComplexityResult raw = complexity(trade1995(), cfg);
    QVERIFY(std::abs(raw.eci.mean()) > 1e-6);   // raw k_c: not centred
    const Eigen::ArrayXd d = raw.diversity.array() - raw.diversity.mean();
    QVERIFY((d * (raw.eci.array() - raw.eci.mean())).sum() > 0.0);
}

void TestComplexity::cancel()
{
    int calls = 0;
    const ComplexityResult r = complexity(trade1995(), {}, [&](double) { return ++calls < 2; });
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 2);
    const ComplexityResult done = complexity(trade1995(), {}, [](double) { return true; });
    QVERIFY(!done.cancelled);
}

// Toy proximities φ12 = 2/3, φ13 = 1/3, φ23 = 1/2 (see toyNetwork): the
// maximum spanning tree is 1–2 and 2–3; 1–3 is the one link left. A fourth,
// dropped industry (NaN row) stays out.
void TestComplexity::industrySpace()
{
    Eigen::MatrixXd phi = Eigen::MatrixXd::Constant(4, 4, kNaN);
    phi.topLeftCorner(3, 3) = complexityFromPresence(toyPresence()).proximity;
    const std::vector<ProximityEdge> all = industrySpaceEdges(phi, 5);
    QCOMPARE(all.size(), std::size_t(3));
    QVERIFY(all[0].spanning && all[0].a == 0 && all[0].b == 1);
    RL_COMPARE_NEAR(all[0].proximity, 2.0 / 3.0, 1e-15);
    QVERIFY(all[1].spanning && all[1].a == 1 && all[1].b == 2);
    QVERIFY(!all[2].spanning && all[2].a == 0 && all[2].b == 2);
    QCOMPARE(industrySpaceEdges(phi, 0).size(), std::size_t(2));
    QCOMPARE(industrySpaceEdges(phi, 5, 0.4).size(), std::size_t(2));
    // The sample's 30 products are connected: a tree of 29 edges.
    const std::vector<ProximityEdge> tree = industrySpaceEdges(reference().proximity, 0);
    QCOMPARE(tree.size(), std::size_t(29));
}

QTEST_APPLESS_MAIN(TestComplexity)
#include "test_complexity.moc"
