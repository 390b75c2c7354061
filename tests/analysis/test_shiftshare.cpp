// SPDX-License-Identifier: GPL-3.0-or-later
// Shift-share: Dunn levels, growth-rate form, Esteban-Marquillas, Gerfin,
// per-industry and dynamic variants; identities on real data.
#include "analysis/shiftshare.h"

#include "csvfixture.h"
#include "testhelpers.h"

#include <QTest>

using namespace regionlens::analysis;
using regionlens::test::Pivot;

namespace {

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning &w) { return w.kind == kind; });
}

// R package REAT, shift() documentation example "from Farhauer/Kroell (2013)":
//   region_A_t <- c(90,20,10,60);   region_A_t1 <- c(100,40,10,55)
//   region_B_t <- c(60,30,30,40);   region_B_t1 <- c(85,55,40,35)
//   region_C_t <- c(250,100,110,300); region_C_t1 <- c(255,115,85,390)
//   nation_X_t <- c(400,150,150,400); nation_X_t1 <- c(440,210,135,480)
// https://search.r-project.org/CRAN/refmans/REAT/html/shift.html
// The three regions add up to the nation exactly, so SumOfRegions and the
// given national rows must agree.
Eigen::MatrixXd farhauerStart()
{
    Eigen::MatrixXd m(3, 4);
    m << 90, 20, 10, 60,  //
        60, 30, 30, 40,   //
        250, 100, 110, 300;
    return m;
}
Eigen::MatrixXd farhauerEnd()
{
    Eigen::MatrixXd m(3, 4);
    m << 100, 40, 10, 55,  //
        85, 55, 40, 35,    //
        255, 115, 85, 390;
    return m;
}

void verifyIdentity(const ShiftShareResult &r, double relTol)
{
    for (Eigen::Index i = 0; i < r.actualChange.size(); ++i) {
        const double sum = r.nationalShare(i) + r.industryMix(i) + r.regionalShift(i);
        const double scale = std::max({1.0, std::abs(r.start(i)), std::abs(r.end(i))});
        if (std::abs(sum - r.actualChange(i)) > relTol * scale)
            QFAIL(qPrintable(QStringLiteral("identity fails for region %1: %2 vs %3")
                                 .arg(i)
                                 .arg(sum, 0, 'g', 17)
                                 .arg(r.actualChange(i), 0, 'g', 17)));
    }
}

} // namespace

class TestShiftShare : public QObject
{
    Q_OBJECT

private slots:
    void dunnFarhauerKroell_data();
    void dunnFarhauerKroell();
    void givenNationAgrees();
    void growthRateForm();
    void gerfin();
    void estebanMarquillas();
    void perIndustry();
    void dataProblems();
    void cancel();
    void dynamicMatchesConsecutivePeriods();
    void onePassAndMaskedPathsAgree_data();
    void onePassAndMaskedPathsAgree();
    void municipalEmployees2016to2021();
    void prefectureGdp2011to2022();
};

// Expected values worked by hand from the REAT example inputs.
// Nation: x_N0 = 1100, x_N1 = 1265 → G = 0.15; x_Ni1/x_Ni0 = 1.1, 1.4, 0.9, 1.2.
// A: x0 = 180, x1 = 205. NS = 180·0.15 = 27.
//    Σ x_ri0 x_Ni1/x_Ni0 = 90·1.1 + 20·1.4 + 10·0.9 + 60·1.2 = 99 + 28 + 9 + 72 = 208.
//    mix = 208 − 180·1.15 = 208 − 207 = 1; regional = 205 − 208 = −3; net total = −2.
// B: x0 = 160, x1 = 215. NS = 24; Σ = 66 + 42 + 27 + 48 = 183; mix = 183 − 184 = −1;
//    regional = 215 − 183 = 32; net total = 31.
// C: x0 = 760, x1 = 845. NS = 114; Σ = 275 + 140 + 99 + 360 = 874; mix = 874 − 874 = 0;
//    regional = 845 − 874 = −29; net total = −29.
void TestShiftShare::dunnFarhauerKroell_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<double>("change");
    QTest::addColumn<double>("nationalShare");
    QTest::addColumn<double>("industryMix");
    QTest::addColumn<double>("regionalShift");
    QTest::addColumn<double>("netTotalShift");
    QTest::newRow("A") << 0 << 25.0 << 27.0 << 1.0 << -3.0 << -2.0;
    QTest::newRow("B") << 1 << 55.0 << 24.0 << -1.0 << 32.0 << 31.0;
    QTest::newRow("C") << 2 << 85.0 << 114.0 << 0.0 << -29.0 << -29.0;
}

void TestShiftShare::dunnFarhauerKroell()
{
    QFETCH(int, region);
    QFETCH(double, change);
    QFETCH(double, nationalShare);
    QFETCH(double, industryMix);
    QFETCH(double, regionalShift);
    QFETCH(double, netTotalShift);
    const auto r = shiftShare(farhauerStart(), farhauerEnd());
    RL_COMPARE_NEAR(r.actualChange(region), change, 1e-12);
    RL_COMPARE_NEAR(r.nationalShare(region), nationalShare, 1e-12);
    RL_COMPARE_NEAR(r.industryMix(region), industryMix, 1e-12);
    RL_COMPARE_NEAR(r.regionalShift(region), regionalShift, 1e-12);
    RL_COMPARE_NEAR(r.netTotalShift(region), netTotalShift, 1e-12);
    QVERIFY(r.warnings.empty());
}

void TestShiftShare::givenNationAgrees()
{
    ShiftShareConfig cfg;
    cfg.nation = NationSource::Given;
    cfg.givenNationStart = Eigen::RowVector4d(400, 150, 150, 400);
    cfg.givenNationEnd = Eigen::RowVector4d(440, 210, 135, 480);
    const auto given = shiftShare(farhauerStart(), farhauerEnd(), cfg);
    const auto summed = shiftShare(farhauerStart(), farhauerEnd());
    QVERIFY(given.industryMix.isApprox(summed.industryMix, 1e-14));
    QVERIFY(given.regionalShift.isApprox(summed.regionalShift, 1e-14));
    RL_COMPARE_NEAR(given.nationalGrowthRate, 0.15, 1e-14);
}

// Growth-rate form for region A (s_A = 90/180, 20/180, 10/180, 60/180):
// 全国成長要因 G = 0.15.
// 産業構造要因 Σ (g_Ni − G) s_ri = (−0.05·90 + 0.25·20 − 0.25·10 + 0.05·60)/180
//             = (−4.5 + 5 − 2.5 + 3)/180 = 1/180.
// 地域特殊要因 Σ (g_ri − g_Ni) s_ri = Σ (x_ri1 − x_ri0 (1+g_Ni))/180
//             = (1 + 12 + 1 − 17)/180 = −3/180.
// Sum 0.15 + 1/180 − 3/180 = 25/180 = growth rate 205/180 − 1.
void TestShiftShare::growthRateForm()
{
    const auto r = shiftShare(farhauerStart(), farhauerEnd());
    RL_COMPARE_NEAR(r.nationalGrowthRate, 0.15, 1e-14);
    RL_COMPARE_NEAR(r.industryStructureFactor(0), 1.0 / 180.0, 1e-12);
    RL_COMPARE_NEAR(r.regionSpecificFactor(0), -3.0 / 180.0, 1e-12);
    RL_COMPARE_NEAR(r.regionalGrowthRate(0), 25.0 / 180.0, 1e-12);
    for (int i = 0; i < 3; ++i)
        RL_COMPARE_NEAR(r.nationalGrowthRate + r.industryStructureFactor(i) + r.regionSpecificFactor(i),
                        r.regionalGrowthRate(i), 1e-12);
}

// Gerfin index form as REAT shift(shift.method = "Gerfin") defines it, region A:
// structural = (208/180)/(1265/1100) = 208/207; regional = (205/180)/(208/180) = 205/208;
// total = (205/180)/(1265/1100) = 205/207 = structural × regional.
void TestShiftShare::gerfin()
{
    const auto r = shiftShare(farhauerStart(), farhauerEnd());
    RL_COMPARE_NEAR(r.gerfinStructural(0), 208.0 / 207.0, 1e-12);
    RL_COMPARE_NEAR(r.gerfinRegional(0), 205.0 / 208.0, 1e-12);
    RL_COMPARE_NEAR(r.gerfinTotal(0), 205.0 / 207.0, 1e-12);
    for (int i = 0; i < 3; ++i)
        RL_COMPARE_NEAR(r.gerfinStructural(i) * r.gerfinRegional(i), r.gerfinTotal(i), 1e-12);
}

// Esteban-Marquillas as REAT shift(shift.method = "Esteban"), region A:
// ĥ_i = 180 · x_Ni0 / 1100 = (9/55) x_Ni0.
// g_ri − g_Ni = 1/90, 0.6, 0.1, −17/60.
// homothetic = (9/55)(400/90 + 150·0.6 + 150·0.1 − 400·17/60)
//            = (9/55)(4.444… + 90 + 15 − 113.333…) = (9/55)(−35/9) = −7/11.
// allocation = regional − homothetic = −3 + 7/11 = −26/11.
void TestShiftShare::estebanMarquillas()
{
    const auto r = shiftShare(farhauerStart(), farhauerEnd());
    RL_COMPARE_NEAR(r.homotheticRegionalShift(0), -7.0 / 11.0, 1e-12);
    RL_COMPARE_NEAR(r.allocationEffect(0), -26.0 / 11.0, 1e-12);
    for (int i = 0; i < 3; ++i)
        RL_COMPARE_NEAR(r.homotheticRegionalShift(i) + r.allocationEffect(i), r.regionalShift(i), 1e-12);
}

// Per industry (REAT shifti-style), region A industry 2 (20 → 40, nation ×1.4):
// NS = 20·0.15 = 3; mix = 20·(1.4 − 1.15) = 5; regional = 40 − 20·1.4 = 12.
void TestShiftShare::perIndustry()
{
    ShiftShareConfig cfg;
    cfg.perIndustry = true;
    const auto r = shiftShare(farhauerStart(), farhauerEnd(), cfg);
    RL_COMPARE_NEAR(r.nationalShareByIndustry(0, 1), 3.0, 1e-12);
    RL_COMPARE_NEAR(r.industryMixByIndustry(0, 1), 5.0, 1e-12);
    RL_COMPARE_NEAR(r.regionalShiftByIndustry(0, 1), 12.0, 1e-12);
    QVERIFY(r.nationalShareByIndustry.rowwise().sum().isApprox(r.nationalShare, 1e-12));
    QVERIFY(r.industryMixByIndustry.rowwise().sum().isApprox(r.industryMix, 1e-12));
    QVERIFY(r.regionalShiftByIndustry.rowwise().sum().isApprox(r.regionalShift, 1e-12));
}

void TestShiftShare::dataProblems()
{
    Eigen::MatrixXd s = farhauerStart();
    Eigen::MatrixXd e = farhauerEnd();
    s(1, 2) = std::nan("");   // missing cell: left out of both years
    s(2, 0) = 0;              // empty start cell (EM substitution)
    e.row(0).setZero();       // region A vanishes: change −180
    const auto r = shiftShare(s, e);
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    QVERIFY(hasWarning(r.warnings, WarningKind::Substituted));
    verifyIdentity(r, 1e-12);
    RL_COMPARE_NEAR(r.actualChange(0), -180.0, 1e-12);
    RL_COMPARE_NEAR(r.actualChange(1), (85 + 55 + 35) - (60 + 30 + 40), 1e-12);
    QVERIFY(r.homotheticRegionalShift.allFinite());

    Eigen::MatrixXd zero = farhauerStart();
    zero.row(1).setZero();
    const auto z = shiftShare(zero, farhauerEnd());
    QVERIFY(std::isnan(z.regionalGrowthRate(1)));
    QVERIFY(std::isnan(z.gerfinTotal(1)));
    QVERIFY(hasWarning(z.warnings, WarningKind::ZeroTotal));

    const auto bad = shiftShare(farhauerStart(), farhauerEnd().leftCols(3));
    QVERIFY(hasWarning(bad.warnings, WarningKind::ShapeMismatch));
    QCOMPARE(bad.actualChange.size(), 0);
}

void TestShiftShare::cancel()
{
    const auto r = shiftShare(farhauerStart(), farhauerEnd(), {}, [](double f) { return f < 0.4; });
    QVERIFY(r.cancelled);
    const auto d = dynamicShiftShare({farhauerStart(), farhauerEnd(), farhauerStart()}, {},
                                     [](double) { return false; });
    QVERIFY(d.cancelled);
}

// Dynamic shift-share (REAT shiftd, Dunn): components of each consecutive pair,
// summed. Period 0 must equal the classic result A: NS 27, mix 1, RS −3;
// period 1 (end → start, i.e. back to the original) is checked against an
// independent classic run; the sums equal the overall change (0 here).
void TestShiftShare::dynamicMatchesConsecutivePeriods()
{
    const std::vector<Eigen::MatrixXd> years{farhauerStart(), farhauerEnd(), farhauerStart()};
    const auto d = dynamicShiftShare(years);
    QCOMPARE(d.nationalShare.cols(), 2);
    RL_COMPARE_NEAR(d.nationalShare(0, 0), 27.0, 1e-12);
    RL_COMPARE_NEAR(d.industryMix(0, 0), 1.0, 1e-12);
    RL_COMPARE_NEAR(d.regionalShift(0, 0), -3.0, 1e-12);
    const auto back = shiftShare(farhauerEnd(), farhauerStart());
    QVERIFY(d.regionalShift.col(1).isApprox(back.regionalShift, 1e-12));
    for (int i = 0; i < 3; ++i) {
        RL_COMPARE_NEAR(d.actualChange(i), 0.0, 1e-12);
        RL_COMPARE_NEAR(d.nationalShareTotal(i) + d.industryMixTotal(i) + d.regionalShiftTotal(i), 0.0, 1e-12);
    }
    const auto tooFew = dynamicShiftShare({farhauerStart()});
    QVERIFY(hasWarning(tooFew.warnings, WarningKind::InvalidInput));
}

// Clean data take a one-pass path (sums and expected values fused); a single
// NaN cell anywhere switches to the pairwise-masking path. Both must agree:
// an extra region of zeros with one NaN cell changes neither the nation nor
// the other regions. Industry 3 has no national start value in the first
// year, so the national-rate substitution is exercised in both paths.
void TestShiftShare::onePassAndMaskedPathsAgree_data()
{
    QTest::addColumn<bool>("givenNation");
    QTest::newRow("nation = sum of regions") << false;
    QTest::newRow("given nation") << true;
}

void TestShiftShare::onePassAndMaskedPathsAgree()
{
    QFETCH(bool, givenNation);
    Eigen::MatrixXd y0 = farhauerStart();
    y0.col(3).setZero();
    const std::vector<Eigen::MatrixXd> clean{y0, farhauerEnd(), farhauerStart()};
    std::vector<Eigen::MatrixXd> masked;
    for (const Eigen::MatrixXd &m : clean) {
        Eigen::MatrixXd withRow = Eigen::MatrixXd::Zero(4, 4);
        withRow.topRows(3) = m;
        masked.push_back(withRow);
    }
    masked[0](3, 1) = std::nan("");
    DynamicShiftShareConfig dc;
    ShiftShareConfig sc;
    if (givenNation) {
        dc.nation = NationSource::Given;
        for (const Eigen::MatrixXd &m : clean)
            dc.givenNation.push_back(m.colwise().sum() * 1.5);
        sc.nation = NationSource::Given;
        sc.givenNationStart = dc.givenNation[0];
        sc.givenNationEnd = dc.givenNation[1];
    }
    const auto a = dynamicShiftShare(clean, dc);
    const auto b = dynamicShiftShare(masked, dc);
    QVERIFY(hasWarning(a.warnings, WarningKind::Substituted));
    QVERIFY(hasWarning(b.warnings, WarningKind::MissingValue));
    QVERIFY(a.nationalShare.isApprox(b.nationalShare.topRows(3), 1e-12));
    QVERIFY(a.industryMix.isApprox(b.industryMix.topRows(3), 1e-12));
    QVERIFY(a.regionalShift.isApprox(b.regionalShift.topRows(3), 1e-12));
    QVERIFY(a.actualChange.isApprox(b.actualChange.head(3), 1e-12));

    const auto c = shiftShare(clean[0], clean[1], sc);
    const auto d = shiftShare(masked[0], masked[1], sc);
    QVERIFY(hasWarning(d.warnings, WarningKind::MissingValue));
    QVERIFY(c.industryMix.isApprox(d.industryMix.head(3), 1e-12));
    QVERIFY(c.regionalShift.isApprox(d.regionalShift.head(3), 1e-12));
    QVERIFY(c.homotheticRegionalShift.isApprox(d.homotheticRegionalShift.head(3), 1e-12));
    QVERIFY(c.gerfinStructural.isApprox(d.gerfinStructural.head(3), 1e-12));
    verifyIdentity(c, 1e-12);
    // Period 0 of the dynamic run is the classic run of the first two years.
    QVERIFY(a.industryMix.col(0).isApprox(c.industryMix, 1e-12));
    QVERIFY(a.regionalShift.col(0).isApprox(c.regionalShift, 1e-12));
}

// 経済センサス employees 2016 → 2021, all 1,741 municipalities, 18 divisions;
// nation = Σ municipalities. Identity to 1e-9 relative; with the nation summed
// from the regions the mix and regional shifts cancel over the nation.
void TestShiftShare::municipalEmployees2016to2021()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("establishments_employees_municipality.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    const auto year = [&](const QString &y) {
        return regionlens::test::pivot(
            table, QStringLiteral("municipality_code"), QStringLiteral("industry_code"),
            QStringLiteral("value"),
            [&](const QStringList &r) { return r[1] == y && r[3] == QLatin1String("employees"); },
            regionlens::test::jsicDivisions());
    };
    const Pivot p16 = year(QStringLiteral("2016"));
    const Pivot p21 = year(QStringLiteral("2021"));
    QCOMPARE(p16.rows.size(), 1741);
    QCOMPARE(p16.rows, p21.rows);
    const auto r = shiftShare(p16.values, p21.values);
    QCOMPARE(r.actualChange.size(), 1741);
    verifyIdentity(r, 1e-9);
    const double n0 = r.start.sum();
    RL_COMPARE_NEAR(r.industryMix.sum(), 0.0, 1e-9 * n0);
    RL_COMPARE_NEAR(r.regionalShift.sum(), 0.0, 1e-9 * n0);
    RL_COMPARE_NEAR(r.nationalShare.sum(), r.actualChange.sum(), 1e-9);
    for (Eigen::Index i = 0; i < r.homotheticRegionalShift.size(); ++i)
        if (std::isfinite(r.homotheticRegionalShift(i)))
            RL_COMPARE_NEAR(r.homotheticRegionalShift(i) + r.allocationEffect(i), r.regionalShift(i), 1e-9);
}

// 県民経済計算 nominal GDP FY2011 → FY2022, 47 prefectures × 16 activities;
// no national row is published, so nation = Σ prefectures. Also the dynamic
// variant over all 12 fiscal years.
void TestShiftShare::prefectureGdp2011to2022()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("gdp_by_activity_prefecture.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    const QStringList aggregates{QStringLiteral("第1次産業(計)"), QStringLiteral("第2次産業(計)"),
                                 QStringLiteral("第3次産業(計)"), QStringLiteral("県内総生産(合計)")};
    std::vector<Eigen::MatrixXd> years;
    for (int fy = 2011; fy <= 2022; ++fy) {
        const QString y = QString::number(fy);
        const Pivot p = regionlens::test::pivot(
            table, QStringLiteral("region_code"), QStringLiteral("activity"),
            QStringLiteral("value_million_yen"),
            [&](const QStringList &r) { return r[1] == y && !aggregates.contains(r[2]); });
        QCOMPARE(p.values.rows(), 47);
        QCOMPARE(p.values.cols(), 16);
        years.push_back(p.values);
    }
    const auto r = shiftShare(years.front(), years.back());
    verifyIdentity(r, 1e-9);
    RL_COMPARE_NEAR(r.industryMix.sum(), 0.0, 1e-9 * r.start.sum());
    for (Eigen::Index i = 0; i < 47; ++i)
        RL_COMPARE_NEAR(r.nationalGrowthRate + r.industryStructureFactor(i) + r.regionSpecificFactor(i),
                        r.regionalGrowthRate(i), 1e-9);

    const auto d = dynamicShiftShare(years);
    QCOMPARE(d.nationalShare.cols(), 11);
    for (Eigen::Index i = 0; i < 47; ++i) {
        const double total = d.nationalShareTotal(i) + d.industryMixTotal(i) + d.regionalShiftTotal(i);
        RL_COMPARE_NEAR(total, r.actualChange(i), 1e-9 * std::max(1.0, r.start(i)) / std::max(1.0, std::abs(r.actualChange(i))));
        RL_COMPARE_NEAR(d.actualChange(i), r.actualChange(i), 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestShiftShare)
#include "test_shiftshare.moc"
