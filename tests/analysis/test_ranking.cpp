// SPDX-License-Identifier: GPL-3.0-or-later
// Ranks, orders and the LQ map's class breaks that the pages and the
// report state in words; values worked by hand.
#include "analysis/ranking.h"

#include "testhelpers.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace regionlens::analysis;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private slots:
    // Competition ranks: 1 + the finite values strictly larger.
    void rankAmong_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("own");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("count");
        const std::vector<double> v{2.5, 0.5, 1.0, kNaN, 2.5, 0.8};   // 5 finite
        QTest::newRow("largest, shared") << v << 2.5 << 1 << 5;        // nothing larger
        QTest::newRow("after a tie") << v << 1.0 << 3 << 5;            // 2.5, 2.5 larger
        QTest::newRow("smallest") << v << 0.5 << 5 << 5;               // 4 larger
        QTest::newRow("own missing") << v << kNaN << 0 << 5;
        QTest::newRow("infinity not counted") << std::vector<double>{kInf, 3.0, -kInf} << 3.0 << 1 << 1;
        QTest::newRow("empty") << std::vector<double>{} << 1.0 << 1 << 0;
        // A value not among them (a group's LQ ranked among the prefectures): 2 larger.
        QTest::newRow("outsider") << v << 2.0 << 3 << 5;
    }

    void rankAmong()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, own);
        QFETCH(int, rank);
        QFETCH(int, count);
        const Rank r = regionlens::analysis::rankAmong(values, own);
        QCOMPARE(r.rank, rank);
        QCOMPARE(r.count, count);
    }

    // Finite values largest first, ties in input order, NaN dropped.
    void descendingOrder_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::vector<int>>("order");
        QTest::newRow("ties stable") << std::vector<double>{1.0, 3.0, kNaN, 3.0, -2.0}
                                     << std::vector<int>{1, 3, 0, 4};
        QTest::newRow("all missing") << std::vector<double>{kNaN, kInf} << std::vector<int>{};
        QTest::newRow("ascending input") << std::vector<double>{0.1, 0.2, 0.3} << std::vector<int>{2, 1, 0};
    }

    void descendingOrder()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::vector<int>, order);
        QCOMPARE(regionlens::analysis::descendingOrder(values), order);
    }

    // Candidates 0.25 0.5 0.8 1 1.2 1.5 2 4: only those strictly inside
    // [min, max] of the data, and 1 always.
    void lqClassBreaks_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::vector<double>>("breaks");
        QTest::newRow("wide range") << std::vector<double>{0.1, 5.0, 1.0}
                                    << std::vector<double>{0.25, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 4.0};
        QTest::newRow("narrow, above 1") << std::vector<double>{1.1, 1.7, kNaN}
                                         << std::vector<double>{1.0, 1.2, 1.5};
        QTest::newRow("a break equal to the extreme is left out") << std::vector<double>{0.5, 2.0}
                                                                   << std::vector<double>{0.8, 1.0, 1.2, 1.5};
        QTest::newRow("no data") << std::vector<double>{kNaN} << std::vector<double>{1.0};
    }

    void lqClassBreaks()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::vector<double>, breaks);
        QCOMPARE(regionlens::analysis::lqClassBreaks(values), breaks);
    }

    // Another centre and unsorted candidates: sorted, centre added once.
    void breaksInRange()
    {
        const std::vector<double> values{-3.0, 4.0};
        const std::vector<double> candidates{5.0, 2.0, -2.0, 0.0, -5.0};
        QCOMPARE(regionlens::analysis::breaksInRange(values, candidates, 0.0), (std::vector<double>{-2.0, 0.0, 2.0}));
        QCOMPARE(regionlens::analysis::breaksInRange(values, candidates, 1.0), (std::vector<double>{-2.0, 0.0, 1.0, 2.0}));
    }
};

QTEST_APPLESS_MAIN(TestRanking)
#include "test_ranking.moc"
