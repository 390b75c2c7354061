// SPDX-License-Identifier: GPL-3.0-or-later
// Key-figure arithmetic: the latest value of a series and its change, a rank
// among regions, a group's series as its members' sums. Hand-worked numbers.
#include "analysis/regionfigures.h"

#include "testhelpers.h"

#include <QTest>

#include <cmath>

using namespace regionlens::analysis;

class TestRegionFigures : public QObject
{
    Q_OBJECT

private slots:
    void latest_data()
    {
        const double nan = std::nan("");
        QTest::addColumn<std::vector<int>>("years");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("previousYear");
        QTest::addColumn<double>("change");
        // 110 / 100 − 1 = 0.1; the missing 2015 is skipped.
        QTest::newRow("gap") << std::vector<int>{2010, 2015, 2020} << std::vector<double>{100, nan, 110} << 2020
                             << 110.0 << 2010 << 0.1;
        QTest::newRow("trailing NaN") << std::vector<int>{2016, 2021, 2022} << std::vector<double>{200, 150, nan}
                                      << 2021 << 150.0 << 2016 << -0.25;
        QTest::newRow("one point") << std::vector<int>{2020} << std::vector<double>{5} << 2020 << 5.0 << 0 << nan;
        QTest::newRow("previous 0") << std::vector<int>{2019, 2020} << std::vector<double>{0, 5} << 2020 << 5.0
                                    << 2019 << nan;
        QTest::newRow("none") << std::vector<int>{2020} << std::vector<double>{nan} << 0 << nan << 0 << nan;
    }

    void latest()
    {
        QFETCH(std::vector<int>, years);
        QFETCH(std::vector<double>, values);
        QFETCH(int, year);
        QFETCH(double, value);
        QFETCH(int, previousYear);
        QFETCH(double, change);
        const LatestChange c = latestChange({years, values});
        QCOMPARE(c.found, year > 0);
        QCOMPARE(c.year, year);
        RL_COMPARE_NEAR(c.value, value, 1e-15);
        QCOMPARE(c.previousYear, previousYear);
        RL_COMPARE_NEAR(c.change, change, 1e-15);
    }

    // A {2015: 10, 2020: 20}, B {2015: 1, 2020: –, 2021: 5}: only 2015 has
    // both, 11.
    void groupSums()
    {
        const YearSeries a{{2015, 2020}, {10, 20}};
        const YearSeries b{{2015, 2020, 2021}, {1, std::nan(""), 5}};
        const YearSeries s = sumSeries({a, b});
        QCOMPARE(s.years, std::vector<int>{2015});
        QCOMPARE(s.values, std::vector<double>{11});
        QCOMPARE(sumSeries({a}).values, a.values);
        QVERIFY(sumSeries({}).years.empty());
    }
};

QTEST_GUILESS_MAIN(TestRegionFigures)
#include "test_regionfigures.moc"
