// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison with peers (issue 12): median, mid-rank percentile, rank,
// n and the nearest neighbours on standardised features; values worked by
// hand in the comments.
#include "analysis/peercompare.h"

#include "testhelpers.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace regionlens::analysis;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)

using Values = std::vector<double>;

class TestPeerCompare : public QObject
{
    Q_OBJECT

private slots:
    void median_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("median");
        QTest::newRow("odd") << Values{5, 1, 3} << 3.0;
        QTest::newRow("even: mean of the middle two") << Values{4, 1, 3, 10} << 3.5;   // (3 + 4) / 2
        QTest::newRow("missing skipped") << Values{kNaN, 2, 8} << 5.0;
        QTest::newRow("one") << Values{7} << 7.0;
    }
    void median()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, median);
        QCOMPARE(medianOf(values), median);
    }

    void medianOfNothingIsMissing()
    {
        QVERIFY(std::isnan(medianOf(Values{})));
        QVERIFY(std::isnan(medianOf(Values{kNaN, kNaN})));
    }

    void position_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<std::vector<double>>("peers");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("percentile");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("n");
        const std::vector<double> peers{10, 20, 30, 40, kNaN};   // 4 peers with a value
        // 25: 2 below, 0 equal → 100 × 2 / 4 = 50; 30 and 40 larger → rank 3 of 5.
        QTest::newRow("middle") << 25.0 << peers << 25.0 << 50.0 << 3 << 5;
        // 30: 2 below, 1 equal → 100 × 2.5 / 4 = 62.5; only 40 larger → rank 2.
        QTest::newRow("tie with a peer") << 30.0 << peers << 25.0 << 62.5 << 2 << 5;
        QTest::newRow("above all") << 50.0 << peers << 25.0 << 100.0 << 1 << 5;
        QTest::newRow("below all") << 5.0 << peers << 25.0 << 0.0 << 5 << 5;
    }
    void position()
    {
        QFETCH(double, value);
        QFETCH(std::vector<double>, peers);
        QFETCH(double, median);
        QFETCH(double, percentile);
        QFETCH(int, rank);
        QFETCH(int, n);
        const PeerPosition p = peerPosition(value, peers);
        QCOMPARE(p.peerMedian, median);
        QCOMPARE(p.percentile, percentile);
        QCOMPARE(p.rank, rank);
        QCOMPARE(p.n, n);
        QCOMPARE(p.peersWithValue, 4);
    }

    // A region without a value: no percentile and no rank, never 0; n counts the peers only.
    void missingValueStaysMissing()
    {
        const PeerPosition p = peerPosition(kNaN, Values{1, 2, 3});
        QVERIFY(std::isnan(p.percentile));
        QCOMPARE(p.rank, 0);
        QCOMPARE(p.n, 3);
        QCOMPARE(p.peerMedian, 2.0);
        const PeerPosition none = peerPosition(4.0, Values{kNaN});
        QVERIFY(std::isnan(none.percentile));
        QCOMPARE(none.rank, 1);
        QCOMPARE(none.n, 1);
    }

    // Feature 0: 0, 1, 2, 3, 10 (mean 3.2, sd 3.962); feature 1 constant (no spread: left out).
    // From row 1 (value 1): |0−1| = |2−1| = 1 → rows 0 and 2 tie, the earlier row first; then 3, then 10.
    void neighbours()
    {
        const std::vector<Values> f{{0, 5}, {1, 5}, {2, 5}, {3, 5}, {10, 5}, {kNaN, 5}};
        const Neighbours nb = nearestNeighbours(f, 1, 3);
        QCOMPARE(nb.indices, (std::vector<int>{0, 2, 3}));
        QCOMPARE(nb.featuresUsed, (std::vector<int>{0}));
        // sd of 0,1,2,3,10 (n − 1): mean 3.2, Σd² = 10.24 + 4.84 + 1.44 + 0.04 + 46.24 = 62.8, /4 = 15.7.
        const double sd = std::sqrt(15.7);
        QVERIFY(std::abs(nb.distances[0] - 1.0 / sd) < 1e-12);
        QVERIFY(std::abs(nb.distances[2] - 2.0 / sd) < 1e-12);
    }

    // Two features weigh equally once standardised: a unit change in a feature with a
    // tenfold spread counts a tenth.
    void standardisedFeaturesWeighEqually()
    {
        // Feature 0 spread ~10× feature 1. Row 0 is the target.
        const std::vector<Values> f{{0, 0}, {10, 0}, {0, 1}, {-10, 0}, {0, -1}};
        // sd0 = sqrt(200/4) = 7.071, sd1 = sqrt(2/4) = 0.7071: row 1 is 10/7.071 = 1.414 away, row 2 1/0.7071 = 1.414.
        const Neighbours nb = nearestNeighbours(f, 0, 4);
        QCOMPARE(nb.indices.size(), size_t(4));
        QVERIFY(std::abs(nb.distances[0] - nb.distances[3]) < 1e-12);   // all four equally far
        QCOMPARE(nb.indices, (std::vector<int>{1, 2, 3, 4}));           // ties in row order
    }

    void targetWithoutFeatures()
    {
        const Neighbours nb = nearestNeighbours({{kNaN}, {1}, {2}}, 0, 2);
        QVERIFY(nb.indices.empty());
        QCOMPARE(nb.warnings.size(), size_t(1));
    }

    // By hand: x 1 2 3 4, y 2 4 5 8 (the NaN pair left out): means 2.5 and 4.75, Sxx = 5,
    // Sxy = 9.5, Syy = 18.75; slope 9.5 / 5 = 1.9, intercept 4.75 − 1.9·2.5 = 0,
    // r = 9.5 / √(5·18.75) = 0.981124…
    void linearFitByHand()
    {
        const Values x{1, 2, kNaN, 3, 4}, y{2, 4, 9, 5, 8};
        const LinearFit fit = linearFit(x, y);
        QCOMPARE(fit.n, 4);
        QVERIFY(std::abs(fit.slope - 1.9) < 1e-12);
        QVERIFY(std::abs(fit.intercept) < 1e-12);
        QVERIFY(std::abs(fit.r - 9.5 / std::sqrt(93.75)) < 1e-12);
        QVERIFY(std::isnan(linearFit(Values{1, 1, 1}, Values{1, 2, 3}).slope));   // no spread in x
        QCOMPARE(linearFit(Values{1}, Values{2}).n, 1);
        QVERIFY(std::isnan(linearFit(Values{1}, Values{2}).r));
    }
};

QTEST_GUILESS_MAIN(TestPeerCompare)
#include "test_peercompare.moc"
