// SPDX-License-Identifier: GPL-3.0-or-later
// Specialisation indices: Krugman, Hoover, Gini of specialisation, Herfindahl
// (raw, normalised, equivalent), relative Theil.
#include "analysis/specialisation.h"

#include "csvfixture.h"
#include "testhelpers.h"

#include <QTest>

#include <cmath>

using namespace regionlens::analysis;

namespace {

bool hasWarning(const std::vector<Warning> &warnings, WarningKind kind)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const Warning &w) { return w.kind == kind; });
}

SpecialisationConfig givenNation(const Eigen::RowVectorXd &nation)
{
    SpecialisationConfig cfg;
    cfg.nation = NationSource::Given;
    cfg.givenNation = nation;
    return cfg;
}

} // namespace

class TestSpecialisation : public QObject
{
    Q_OBJECT

private slots:
    void reatGiniSpecExample();
    void handWorked_data();
    void handWorked();
    void krugmanAgainstOtherRegions();
    void extremes();
    void dataProblems();
    void negativeNationIsNotMissing();
    void municipalEmployees2021Bounds();
};

// R package REAT, gini.spec() documentation example (Farhauer/Kröll 2013):
//   E_ij <- c(700,600,500,10000,40000); E_i <- c(30000,15000,10000,60000,50000)
//   gini.spec(E_ij, E_i)  # "Returns the Gini coefficient of regional specialization (0.6222222)"
// https://search.r-project.org/CRAN/refmans/REAT/html/gini.spec.html
void TestSpecialisation::reatGiniSpecExample()
{
    Eigen::MatrixXd region(1, 5);
    region << 700, 600, 500, 10000, 40000;
    Eigen::RowVectorXd nation(5);
    nation << 30000, 15000, 10000, 60000, 50000;
    const auto r = specialisation(region, givenNation(nation));
    RL_COMPARE_NEAR(r.gini(0), 0.6222222, 1e-6);
}

// Hand-worked: region shares s = (0.5, 0.3, 0.2), nation s_N = (0.2, 0.3, 0.5).
// Krugman = 0.3 + 0 + 0.3 = 0.6; Hoover = 0.3.
// Herfindahl = 0.25 + 0.09 + 0.04 = 0.38; normalised (0.38 − 1/3)/(2/3) = 0.07;
// equivalent 1/0.38 = 2.6315789…
// Theil = 0.5 ln 2.5 + 0.3 ln 1 + 0.2 ln 0.4 = 0.3 ln 2.5 = 0.27488721…
// Gini over LQs (2.5, 1, 0.4): sorted (0.4, 1, 2.5), mean 1.3,
// Σ λ (R − mean) = −0.9 − 0.6 + 3.6 = 2.1, G = 2/(9 · 1.3) · 2.1 = 4.2/11.7 = 0.35897436…
void TestSpecialisation::handWorked_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<double>("expected");
    QTest::newRow("krugman") << QStringLiteral("krugman") << 0.6;
    QTest::newRow("hoover") << QStringLiteral("hoover") << 0.3;
    QTest::newRow("herfindahl") << QStringLiteral("herfindahl") << 0.38;
    QTest::newRow("herfindahl normalised") << QStringLiteral("herfindahlNormalised") << 0.07;
    QTest::newRow("herfindahl equivalent") << QStringLiteral("herfindahlEquivalent") << 1.0 / 0.38;
    QTest::newRow("theil") << QStringLiteral("theil") << 0.3 * std::log(2.5);
    QTest::newRow("gini") << QStringLiteral("gini") << 4.2 / 11.7;
}

void TestSpecialisation::handWorked()
{
    QFETCH(QString, index);
    QFETCH(double, expected);
    const auto r = specialisation(Eigen::RowVector3d(50, 30, 20), givenNation(Eigen::RowVector3d(20, 30, 50)));
    const QHash<QString, double> got{
        {QStringLiteral("krugman"), r.krugman(0)},
        {QStringLiteral("hoover"), r.hoover(0)},
        {QStringLiteral("herfindahl"), r.herfindahl(0)},
        {QStringLiteral("herfindahlNormalised"), r.herfindahlNormalised(0)},
        {QStringLiteral("herfindahlEquivalent"), r.herfindahlEquivalent(0)},
        {QStringLiteral("theil"), r.theil(0)},
        {QStringLiteral("gini"), r.gini(0)},
    };
    QVERIFY(got.contains(index));
    RL_COMPARE_NEAR(got.value(index), expected, 1e-12);
}

// REAT krugman.spec2 compares a region with the unweighted mean shares of the
// other regions. Regions (totals 100): R1 (50, 30, 20), R2 (20, 20, 60), R3 (10, 50, 40).
// R1: mean of others = (0.15, 0.35, 0.5) → |0.35| + |−0.05| + |−0.3| = 0.7.
// R2: others (0.3, 0.4, 0.3) → 0.1 + 0.2 + 0.3 = 0.6.
// Against the summed nation (80, 100, 120)/300, R1: 0.2333… + 0.0333… + 0.2 = 0.4666…
void TestSpecialisation::krugmanAgainstOtherRegions()
{
    Eigen::MatrixXd m(3, 3);
    m << 50, 30, 20, 20, 20, 60, 10, 50, 40;
    const auto r = specialisation(m);
    RL_COMPARE_NEAR(r.krugmanVsOthers(0), 0.7, 1e-12);
    RL_COMPARE_NEAR(r.krugmanVsOthers(1), 0.6, 1e-12);
    RL_COMPARE_NEAR(r.krugman(0), 7.0 / 15.0, 1e-12);
}

void TestSpecialisation::extremes()
{
    // A region that mirrors the nation is not specialised at all.
    const auto same = specialisation(Eigen::RowVector3d(2, 3, 5), givenNation(Eigen::RowVector3d(20, 30, 50)));
    RL_COMPARE_NEAR(same.krugman(0), 0.0, 1e-15);
    RL_COMPARE_NEAR(same.theil(0), 0.0, 1e-15);
    RL_COMPARE_NEAR(same.gini(0), 0.0, 1e-15);
    // Complete specialisation: H = 1, normalised 1, one equivalent industry.
    const auto one = specialisation(Eigen::RowVector3d(7, 0, 0), givenNation(Eigen::RowVector3d(1, 1, 1)));
    RL_COMPARE_NEAR(one.herfindahl(0), 1.0, 1e-15);
    RL_COMPARE_NEAR(one.herfindahlNormalised(0), 1.0, 1e-15);
    RL_COMPARE_NEAR(one.herfindahlEquivalent(0), 1.0, 1e-15);
    RL_COMPARE_NEAR(one.theil(0), std::log(3.0), 1e-14);   // 1 · ln(1 / (1/3))
    RL_COMPARE_NEAR(one.krugman(0), 4.0 / 3.0, 1e-14);     // 2/3 + 1/3 + 1/3
}

void TestSpecialisation::dataProblems()
{
    Eigen::MatrixXd m(3, 3);
    m << 50, 30, 20, 0, 0, 0, 10, std::nan(""), 40;
    const auto r = specialisation(m);
    QVERIFY(std::isnan(r.krugman(1)));
    QVERIFY(std::isnan(r.gini(1)));
    QVERIFY(std::isnan(r.herfindahl(1)));
    QVERIFY(std::isfinite(r.krugman(2)));
    QVERIFY(hasWarning(r.warnings, WarningKind::ZeroTotal));
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    // A region active in an industry the given nation lacks: Theil undefined.
    const auto t = specialisation(Eigen::RowVector3d(1, 1, 1), givenNation(Eigen::RowVector3d(1, 1, 0)));
    QVERIFY(std::isnan(t.theil(0)));
    QVERIFY(!t.warnings.empty());
}

// Issue 17, defect 18: a negative national value is reported as negative,
// not as "no national value".
void TestSpecialisation::negativeNationIsNotMissing()
{
    const auto r = specialisation(Eigen::RowVector3d(1, 1, 1), givenNation(Eigen::RowVector3d(5, 5, -1)));
    bool negative = false;
    for (const Warning &w : r.warnings) {
        QVERIFY2(w.message.find("no national value") == std::string::npos, w.message.c_str());
        negative = negative || w.message.find("negative national value") != std::string::npos;
    }
    QVERIFY(negative);
}

// Real data (経済センサス 2021, 1,741 municipalities): every index stays in
// its documented range and Hoover is half of Krugman.
void TestSpecialisation::municipalEmployees2021Bounds()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("establishments_employees_municipality.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    const auto p = regionlens::test::pivot(
        table, QStringLiteral("municipality_code"), QStringLiteral("industry_code"), QStringLiteral("value"),
        [](const QStringList &r) { return r[1] == QLatin1String("2021") && r[3] == QLatin1String("employees"); },
        regionlens::test::jsicDivisions());
    const auto r = specialisation(p.values);
    QCOMPARE(r.krugman.size(), 1741);
    for (Eigen::Index i = 0; i < 1741; ++i) {
        QVERIFY(r.krugman(i) >= 0.0 && r.krugman(i) <= 2.0);
        QVERIFY(r.krugmanVsOthers(i) >= 0.0 && r.krugmanVsOthers(i) <= 2.0);
        RL_COMPARE_NEAR(r.hoover(i), r.krugman(i) / 2.0, 1e-15);
        QVERIFY(r.gini(i) >= 0.0 && r.gini(i) < 1.0);
        QVERIFY(r.herfindahlNormalised(i) >= 0.0 && r.herfindahlNormalised(i) <= 1.0);
        QVERIFY(r.herfindahlEquivalent(i) >= 1.0 && r.herfindahlEquivalent(i) <= 18.0);
        QVERIFY(r.theil(i) >= 0.0);
    }
    // Shares of each municipality sum to 1.
    QVERIFY((r.shares.rowwise().sum().array() - 1.0).abs().maxCoeff() < 1e-12);
}

QTEST_GUILESS_MAIN(TestSpecialisation)
#include "test_specialisation.moc"
