// SPDX-License-Identifier: GPL-3.0-or-later
// Location quotients, additive LQ, top-N industries and 稼ぐ力 inputs.
#include "analysis/locationquotient.h"

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

// Three regions of 100 each over three industries; nation = [100, 100, 100].
Eigen::MatrixXd handMatrix()
{
    Eigen::MatrixXd m(3, 3);
    m << 10, 30, 60,  //
        40, 40, 20,   //
        50, 30, 20;
    return m;
}

} // namespace

class TestLocationQuotient : public QObject
{
    Q_OBJECT

private slots:
    void reatLocqExample();
    void handWorked_data();
    void handWorked();
    void additive();
    void topIndustriesTieRule();
    void givenTotalsAndNation();
    void dataProblemsAreReported();
    void shapeMismatch();
    void overflowIsAnError();
    void earningPowerHandWorked();
    void prefectureEmployees2021();
    void municipalTotalsMatchPublished();
    void gdpTotalsMatchPublished();
};

// R package REAT, function locq(), documentation example (Farhauer/Kröll 2013):
// locq(1714, 79006, 879213, 15593224) "returns the location quotient (0.3847623)".
// https://search.r-project.org/CRAN/refmans/REAT/html/locq.html
void TestLocationQuotient::reatLocqExample()
{
    LocationQuotientConfig cfg;
    cfg.regionTotals = RegionTotalSource::Given;
    cfg.givenRegionTotals = Eigen::VectorXd::Constant(1, 79006);
    cfg.nation = NationSource::Given;
    cfg.givenNation = Eigen::RowVectorXd::Constant(1, 879213);
    cfg.givenNationTotal = 15593224;
    const auto r = locationQuotients(Eigen::MatrixXd::Constant(1, 1, 1714), cfg);
    RL_COMPARE_NEAR(r.lq(0, 0), 0.3847623, 1e-6);
    QVERIFY(r.warnings.empty());
}

// Hand-worked: every region totals 100, the nation 300 with 100 per industry,
// so s_Ni = 1/3 and LQ_ri = (x_ri/100) / (1/3) = 0.03 · x_ri.
void TestLocationQuotient::handWorked_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("industry");
    QTest::addColumn<double>("expected");
    QTest::newRow("R1 I1: 10 → 0.3") << 0 << 0 << 0.3;
    QTest::newRow("R1 I3: 60 → 1.8") << 0 << 2 << 1.8;
    QTest::newRow("R2 I2: 40 → 1.2") << 1 << 1 << 1.2;
    QTest::newRow("R3 I1: 50 → 1.5") << 2 << 0 << 1.5;
    QTest::newRow("R3 I3: 20 → 0.6") << 2 << 2 << 0.6;
}

void TestLocationQuotient::handWorked()
{
    QFETCH(int, region);
    QFETCH(int, industry);
    QFETCH(double, expected);
    const auto r = locationQuotients(handMatrix());
    RL_COMPARE_NEAR(r.lq(region, industry), expected, 1e-12);
    RL_COMPARE_NEAR(r.nationTotal, 300.0, 1e-15);
    QVERIFY(r.warnings.empty());
}

// Additive LQ = x_ri/x_r − x_Ni/x_N: R1 → 0.1 − 1/3, 0.3 − 1/3, 0.6 − 1/3.
void TestLocationQuotient::additive()
{
    LocationQuotientConfig cfg;
    cfg.additive = true;
    const auto r = locationQuotients(handMatrix(), cfg);
    QCOMPARE(r.additive.rows(), 3);
    RL_COMPARE_NEAR(r.additive(0, 0), 0.1 - 1.0 / 3.0, 1e-12);
    RL_COMPARE_NEAR(r.additive(0, 1), 0.3 - 1.0 / 3.0, 1e-12);
    RL_COMPARE_NEAR(r.additive(0, 2), 0.6 - 1.0 / 3.0, 1e-12);
    // Each region's additive LQs sum to 1 − 1 = 0.
    for (int row = 0; row < 3; ++row)
        QVERIFY(std::abs(r.additive.row(row).sum()) < 1e-12);
}

// Tie rule: higher LQ first, equal LQs by the lower column index.
// R1 LQs (0.3, 0.9, 1.8) → [2, 1]; R2 (1.2, 1.2, 0.6) → [0, 1]; R3 (1.5, 0.9, 0.6) → [0, 1].
void TestLocationQuotient::topIndustriesTieRule()
{
    LocationQuotientConfig cfg;
    cfg.topN = 2;
    const auto r = locationQuotients(handMatrix(), cfg);
    QCOMPARE(r.topIndustries.size(), std::size_t(3));
    QCOMPARE(r.topIndustries[0], (std::vector<int>{2, 1}));
    QCOMPARE(r.topIndustries[1], (std::vector<int>{0, 1}));
    QCOMPARE(r.topIndustries[2], (std::vector<int>{0, 1}));
    // NaN never ranks, and n larger than the finite count shortens the list.
    Eigen::MatrixXd m(1, 3);
    m << 1.0, std::nan(""), 2.0;
    QCOMPARE(topColumnsPerRow(m, 5)[0], (std::vector<int>{2, 0}));
}

// Given TOTAL column (200, includes unclassified) and a given national row
// [100, 100, 100] with national total 400:
// LQ = (x/200) / (100/400) = x / 50 → 10 → 0.2, 30 → 0.6, 60 → 1.2.
void TestLocationQuotient::givenTotalsAndNation()
{
    LocationQuotientConfig cfg;
    cfg.regionTotals = RegionTotalSource::Given;
    cfg.givenRegionTotals = Eigen::VectorXd::Constant(1, 200);
    cfg.nation = NationSource::Given;
    cfg.givenNation = Eigen::RowVectorXd::Constant(3, 100);
    cfg.givenNationTotal = 400;
    const auto r = locationQuotients(handMatrix().topRows(1), cfg);
    RL_COMPARE_NEAR(r.lq(0, 0), 0.2, 1e-12);
    RL_COMPARE_NEAR(r.lq(0, 1), 0.6, 1e-12);
    RL_COMPARE_NEAR(r.lq(0, 2), 1.2, 1e-12);

    // Without a given nation total, a given TOTAL column carries over:
    // x_N = Σ given totals = 200 + 100 + 100 = 400 → R1 I1 = (10/200)/(100/400) = 0.2.
    LocationQuotientConfig cfg2;
    cfg2.regionTotals = RegionTotalSource::Given;
    cfg2.givenRegionTotals = Eigen::Vector3d(200, 100, 100);
    const auto r2 = locationQuotients(handMatrix(), cfg2);
    RL_COMPARE_NEAR(r2.nationTotal, 400.0, 1e-15);
    RL_COMPARE_NEAR(r2.lq(0, 0), 0.2, 1e-12);
}

void TestLocationQuotient::dataProblemsAreReported()
{
    Eigen::MatrixXd m = handMatrix();
    m.row(1).setZero();               // zero region total
    m(2, 1) = std::nan("");           // missing cell
    m(0, 0) = -5;                     // negative value
    const auto r = locationQuotients(m);
    for (int c = 0; c < 3; ++c)
        QVERIFY(std::isnan(r.lq(1, c)));
    QVERIFY(std::isnan(r.lq(2, 1)));
    QVERIFY(std::isfinite(r.lq(2, 0)));
    QVERIFY(hasWarning(r.warnings, WarningKind::ZeroTotal));
    QVERIFY(hasWarning(r.warnings, WarningKind::MissingValue));
    QVERIFY(hasWarning(r.warnings, WarningKind::NegativeValue));

    // An industry absent from the nation: its column is NaN and reported.
    Eigen::MatrixXd z = handMatrix();
    z.col(2).setZero();
    const auto rz = locationQuotients(z);
    for (int row = 0; row < 3; ++row)
        QVERIFY(std::isnan(rz.lq(row, 2)));
    QVERIFY(hasWarning(rz.warnings, WarningKind::ZeroTotal));
    // Every NaN in the output is accounted for by a warning.
    QVERIFY(!rz.warnings.empty());
}

// Finite cells whose sums overflow (1e308 + 1e308 = inf) are an error that
// names the overflow, not "zero or missing" (issue 17, defect 9).
void TestLocationQuotient::overflowIsAnError()
{
    const Eigen::MatrixXd m = Eigen::MatrixXd::Constant(2, 2, 1e308);
    const auto r = locationQuotients(m);
    const auto error = std::find_if(r.warnings.begin(), r.warnings.end(),
                                    [](const Warning &w) { return w.severity == Severity::Error; });
    QVERIFY(error != r.warnings.end());
    QVERIFY2(error->message.find("overflow") != std::string::npos, error->message.c_str());
    for (const Warning &w : r.warnings)
        QVERIFY2(w.message.find("zero or missing") == std::string::npos, w.message.c_str());
}

void TestLocationQuotient::shapeMismatch()
{
    LocationQuotientConfig cfg;
    cfg.regionTotals = RegionTotalSource::Given;
    cfg.givenRegionTotals = Eigen::VectorXd::Ones(2);
    const auto r = locationQuotients(handMatrix(), cfg);
    QCOMPARE(r.lq.size(), 0);
    QVERIFY(hasWarning(r.warnings, WarningKind::ShapeMismatch));
}

// Hand-worked 稼ぐ力 inputs. VA = [[100, 300], [200, 400]], E = [[10, 20], [40, 30]].
// Nation: VA 300, 700 (total 1000); E 50, 50 (total 100).
// VA LQ R1 I1 = (100/400)/(300/1000) = 0.25/0.3 = 0.833333…
// E  LQ R2 I1 = (40/70)/(50/100) = 1.142857…
// Productivity R1 I2 = (300/20)/(700/50) = 15/14 = 1.0714286;
//              R2 I1 = (200/40)/(300/50) = 5/6 = 0.8333333.
void TestLocationQuotient::earningPowerHandWorked()
{
    Eigen::MatrixXd va(2, 2), e(2, 2);
    va << 100, 300, 200, 400;
    e << 10, 20, 40, 30;
    const auto r = earningPower(va, e);
    RL_COMPARE_NEAR(r.valueAddedLq(0, 0), 0.25 / 0.3, 1e-12);
    RL_COMPARE_NEAR(r.employeeLq(1, 0), (40.0 / 70.0) / 0.5, 1e-12);
    RL_COMPARE_NEAR(r.relativeProductivity(0, 1), 15.0 / 14.0, 1e-12);
    RL_COMPARE_NEAR(r.relativeProductivity(1, 0), 5.0 / 6.0, 1e-12);
    QVERIFY(r.warnings.empty());

    e(0, 0) = 0;  // value added without employees
    const auto z = earningPower(va, e);
    QVERIFY(std::isnan(z.relativeProductivity(0, 0)));
    QVERIFY(hasWarning(z.warnings, WarningKind::ZeroTotal));
}

// Real data: 経済センサス‐活動調査 2021 employees by JSIC division (starter
// pack, SSDSE-A). Published facts: manufacturing is 愛知県's most specialised
// division; 東京都 is specialised in 情報通信業 (LQ > 1, among its top).
void TestLocationQuotient::prefectureEmployees2021()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("establishments_employees_prefecture.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    const auto keep = [](const QStringList &r) {
        return r[1] == QLatin1String("2021") && r[3] == QLatin1String("employees");
    };
    const Pivot values = regionlens::test::pivot(table, QStringLiteral("region_code"),
                                                 QStringLiteral("industry_code"), QStringLiteral("value"),
                                                 keep, regionlens::test::jsicDivisions());
    const Pivot totals = regionlens::test::pivot(table, QStringLiteral("region_code"),
                                                 QStringLiteral("industry_code"), QStringLiteral("value"),
                                                 keep, {QStringLiteral("TOTAL")});
    QCOMPARE(values.rows.size(), 47);
    LocationQuotientConfig cfg;
    cfg.regionTotals = RegionTotalSource::Given;
    cfg.givenRegionTotals = totals.values.col(0);
    cfg.topN = 3;
    const auto r = locationQuotients(values.values, cfg);
    const int aichi = values.row(QStringLiteral("23"));
    const int tokyo = values.row(QStringLiteral("13"));
    const int e = values.col(QStringLiteral("E"));
    const int g = values.col(QStringLiteral("G"));
    QCOMPARE(regionlens::test::argMaxRow(r.lq, aichi), e);
    QCOMPARE(r.topIndustries[std::size_t(aichi)].front(), e);
    QVERIFY2(r.lq(tokyo, g) > 1.0, qPrintable(QString::number(r.lq(tokyo, g))));
    const auto &top = r.topIndustries[std::size_t(tokyo)];
    QVERIFY(std::find(top.begin(), top.end(), g) != top.end());
    // The nation total is the sum of the TOTAL column (published Σ, SSDSE-A
    // PROVENANCE: 57,937,290 for 2021).
    RL_COMPARE_NEAR(r.nationTotal, 57937290.0, 1e-15);
}

// ../shared/data/ssdse_a_municipal/PROVENANCE.md: Σ employees (民営) over the
// 1,741 municipalities 2016 = 56,854,058 and 2021 = 57,937,290. Municipal
// employee LQ: manufacturing is 豊田市's strongest division.
void TestLocationQuotient::municipalTotalsMatchPublished()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("establishments_employees_municipality.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    for (const auto &[year, published] : {std::pair{QStringLiteral("2016"), 56854058.0},
                                          std::pair{QStringLiteral("2021"), 57937290.0}}) {
        const auto keep = [&](const QStringList &r) {
            return r[1] == year && r[3] == QLatin1String("employees");
        };
        const Pivot values = regionlens::test::pivot(table, QStringLiteral("municipality_code"),
                                                     QStringLiteral("industry_code"),
                                                     QStringLiteral("value"), keep,
                                                     regionlens::test::jsicDivisions());
        const Pivot totals = regionlens::test::pivot(table, QStringLiteral("municipality_code"),
                                                     QStringLiteral("industry_code"),
                                                     QStringLiteral("value"), keep, {QStringLiteral("TOTAL")});
        QCOMPARE(values.rows.size(), 1741);
        LocationQuotientConfig cfg;
        cfg.regionTotals = RegionTotalSource::Given;
        cfg.givenRegionTotals = totals.values.col(0);
        const auto r = locationQuotients(values.values, cfg);
        RL_COMPARE_NEAR(r.nationTotal, published, 1e-15);
        // 豊田市 (23211), home of Toyota Motor, is a manufacturing city: 製造業 (E)
        // is its most specialised division in both censuses.
        QCOMPARE(regionlens::test::argMaxRow(r.lq, values.row(QStringLiteral("23211"))),
                 values.col(QStringLiteral("E")));
        // Sum of 18 divisions is within ~1,000 of the total (unclassified remainder).
        QVERIFY(std::abs(r.nation.sum() - published) < 5000.0);
        // Employee-weighted mean LQ of each industry is exactly 1 when
        // region totals are the sums: check with summed totals.
        const auto s = locationQuotients(values.values);
        const Eigen::VectorXd w = s.regionTotals / s.nationTotal;
        for (Eigen::Index c = 0; c < s.lq.cols(); ++c) {
            double weighted = 0.0;
            for (Eigen::Index row = 0; row < s.lq.rows(); ++row)
                if (std::isfinite(s.lq(row, c)))
                    weighted += w(row) * s.lq(row, c);
            RL_COMPARE_NEAR(weighted, 1.0, 1e-9);
        }
    }
}

// ../shared/data/gdp_pref_by_industry_fy2011_2022/PROVENANCE.md: 東京都 FY2022
// 県内総生産 120,219,929; Σ prefectures FY2019 579,224,181 (million yen).
void TestLocationQuotient::gdpTotalsMatchPublished()
{
    const auto table = regionlens::test::readCsv(
        regionlens::test::starterPath(QStringLiteral("gdp_by_activity_prefecture.csv")));
    QVERIFY2(table.isValid(), qPrintable(table.error));
    const QString total = QStringLiteral("県内総生産(合計)");
    const QStringList aggregates{QStringLiteral("第1次産業(計)"), QStringLiteral("第2次産業(計)"),
                                 QStringLiteral("第3次産業(計)"), total};
    for (const auto &[year, check] : {std::pair{QStringLiteral("2019"), 0}, std::pair{QStringLiteral("2022"), 1}}) {
        const auto keepYear = [&](const QStringList &r) { return r[1] == year; };
        const auto keepActivity = [&](const QStringList &r) {
            return r[1] == year && !aggregates.contains(r[2]);
        };
        const Pivot va = regionlens::test::pivot(table, QStringLiteral("region_code"),
                                                 QStringLiteral("activity"),
                                                 QStringLiteral("value_million_yen"), keepActivity);
        const Pivot tot = regionlens::test::pivot(table, QStringLiteral("region_code"),
                                                  QStringLiteral("activity"),
                                                  QStringLiteral("value_million_yen"), keepYear, {total});
        QCOMPARE(va.columns.size(), 16);
        LocationQuotientConfig cfg;
        cfg.regionTotals = RegionTotalSource::Given;
        cfg.givenRegionTotals = tot.values.col(0);
        const auto r = locationQuotients(va.values, cfg);
        if (check == 0)
            RL_COMPARE_NEAR(r.nationTotal, 579224181.0, 1e-15);
        else
            RL_COMPARE_NEAR(r.regionTotals(va.row(QStringLiteral("13"))), 120219929.0, 1e-15);
        // 製造業 is 愛知県's most specialised activity by value added as well.
        QCOMPARE(regionlens::test::argMaxRow(r.lq, va.row(QStringLiteral("23"))),
                 va.col(QStringLiteral("製造業")));
    }
}

QTEST_GUILESS_MAIN(TestLocationQuotient)
#include "test_locationquotient.moc"
