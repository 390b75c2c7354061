// SPDX-License-Identifier: GPL-3.0-or-later
// Choropleth class breaks. Expectations are derived by hand in the comments;
// the two natural-breaks rows are the published examples of simple-statistics
// (test/jenks.test.js: jenks([1,2,4,5,7,9,10,20], 3) = [1, 7, 20, 20] and
// jenks([2,32,33,34,100], 3) = [2, 32, 100, 100], given there as class lower
// limits plus the maximum; here as upper bounds).
#include "analysis/classification.h"
#include "testhelpers.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace regionlens::analysis;
using namespace Qt::StringLiterals;
using Doubles = std::vector<double>;
using Ints = std::vector<int>;

Q_DECLARE_METATYPE(Doubles)
Q_DECLARE_METATYPE(Ints)
Q_DECLARE_METATYPE(regionlens::analysis::ClassificationMethod)

namespace {

const double kNoData = std::nan("");

ClassificationConfig config(ClassificationMethod method, int classes, Doubles user = {})
{
    ClassificationConfig c;
    c.method = method;
    c.classes = classes;
    c.userBreaks = std::move(user);
    return c;
}

QString join(const Doubles &v)
{
    QStringList parts;
    for (double d : v)
        parts << QString::number(d, 'g', 10);
    return parts.join(u", ");
}

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT

private slots:
    void breaks_data()
    {
        QTest::addColumn<ClassificationMethod>("method");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Doubles>("userBreaks");
        QTest::addColumn<Doubles>("values");
        QTest::addColumn<Doubles>("breaks");
        QTest::addColumn<Ints>("classOf");
        using M = ClassificationMethod;

        // Quantiles of 1..10 (type 7): position p·(n − 1) = 1.8, 3.6, 5.4, 7.2
        // → 2.8, 4.6, 6.4, 8.2; two values per class.
        QTest::newRow("quantile 1..10 k=5")
            << M::Quantile << 5 << Doubles{} << Doubles{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
            << Doubles{1, 2.8, 4.6, 6.4, 8.2, 10} << Ints{4, 4, 3, 3, 2, 2, 1, 1, 0, 0};
        // Ties: quartiles of {1,1,1,1,1,2,3,4} are 1, 1, 2.25 → break 1 twice,
        // one dropped; 3 classes instead of 4.
        QTest::newRow("quantile ties")
            << M::Quantile << 4 << Doubles{} << Doubles{1, 1, 1, 1, 1, 2, 3, 4}
            << Doubles{1, 1, 2.25, 4} << Ints{0, 0, 0, 0, 0, 1, 2, 2};
        // Equal intervals over 0..10 in 5: width 2; a value on a break belongs
        // to the class below (closed above).
        QTest::newRow("equal 0..10 k=5")
            << M::EqualInterval << 5 << Doubles{} << Doubles{0, 2, 3, 10, 8.5}
            << Doubles{0, 2, 4, 6, 8, 10} << Ints{0, 0, 1, 4, 4};
        // NaN is ignored and gets class −1.
        QTest::newRow("equal with NaN")
            << M::EqualInterval << 2 << Doubles{} << Doubles{1, kNoData, 3, 2}
            << Doubles{1, 2, 3} << Ints{0, -1, 1, 0};
        // simple-statistics example 1: {1,2,4,5}{7,9,10}{20}; within-class SSD
        // 10 + 4.67 + 0 = 14.67, the minimum (e.g. {1..7}{9,10}{20} gives 23.3).
        QTest::newRow("jenks simple-statistics 1")
            << M::NaturalBreaks << 3 << Doubles{} << Doubles{1, 2, 4, 5, 7, 9, 10, 20}
            << Doubles{1, 5, 10, 20} << Ints{0, 0, 0, 0, 1, 1, 1, 2};
        // simple-statistics example 2: {2}{32,33,34}{100}.
        QTest::newRow("jenks simple-statistics 2")
            << M::NaturalBreaks << 3 << Doubles{} << Doubles{2, 32, 33, 34, 100}
            << Doubles{2, 2, 34, 100} << Ints{0, 1, 1, 1, 2};
        // Outlier: {1,2,3}{4,6}{1000}: SSD 2 + 2 = 4 beats {1,2}{3,4,6} (5.17)
        // and {1,2,3,4}{6} (5); the outlier keeps a class of its own and no
        // class is empty.
        QTest::newRow("jenks outlier")
            << M::NaturalBreaks << 3 << Doubles{} << Doubles{1000, 1, 2, 3, 4, 6}
            << Doubles{1, 3, 6, 1000} << Ints{2, 0, 0, 0, 1, 1};
        // Fewer distinct values than classes: {1,1,2} → 2 classes.
        QTest::newRow("jenks few distinct")
            << M::NaturalBreaks << 5 << Doubles{} << Doubles{1, 1, 2}
            << Doubles{1, 1, 2} << Ints{0, 0, 1};
        // {2,4,4,4,5,5,7,9}: mean 5, population σ 2 → 1, 3, 5, 7, 9; 1 lies
        // below the minimum and 9 is the maximum, both dropped.
        QTest::newRow("stddev")
            << M::StandardDeviation << 0 << Doubles{} << Doubles{2, 4, 4, 4, 5, 5, 7, 9}
            << Doubles{2, 3, 5, 7, 9} << Ints{0, 1, 1, 1, 1, 1, 2, 3};
        // Box map of 1..8, 100: Q1 = 3, median 5, Q3 = 7, IQR 4 → fences −3
        // (dropped) and 13; 100 is an upper outlier.
        QTest::newRow("box map")
            << M::BoxMap << 0 << Doubles{} << Doubles{1, 2, 3, 4, 5, 6, 7, 8, 100}
            << Doubles{1, 3, 5, 7, 13, 100} << Ints{0, 0, 0, 1, 1, 2, 2, 3, 4};
        // User breaks, unsorted on input; the frame is the data range.
        QTest::newRow("user")
            << M::UserBreaks << 0 << Doubles{20, 10} << Doubles{5, 10, 15, 25}
            << Doubles{5, 10, 20, 25} << Ints{0, 0, 1, 2};
        // User breaks outside the data widen the frame (LQ around 1.0).
        QTest::newRow("user outside data")
            << M::UserBreaks << 0 << Doubles{0.5, 1.0, 2.0} << Doubles{0.8, 1.2}
            << Doubles{0.5, 0.5, 1.0, 2.0, 2.0} << Ints{1, 2};
        QTest::newRow("constant")
            << M::Quantile << 5 << Doubles{} << Doubles{3, 3, 3}
            << Doubles{3, 3} << Ints{0, 0, 0};
        QTest::newRow("all NaN")
            << M::Quantile << 5 << Doubles{} << Doubles{kNoData, kNoData}
            << Doubles{} << Ints{-1, -1};
    }

    void breaks()
    {
        QFETCH(ClassificationMethod, method);
        QFETCH(int, classes);
        QFETCH(Doubles, userBreaks);
        QFETCH(Doubles, values);
        QFETCH(Doubles, breaks);
        QFETCH(Ints, classOf);

        const ClassificationResult r = classify(values, config(method, classes, userBreaks));
        QVERIFY2(r.breaks.size() == breaks.size(),
                 qPrintable(u"breaks [%1], expected [%2]"_s.arg(join(r.breaks), join(breaks))));
        for (std::size_t i = 0; i < breaks.size(); ++i)
            RL_COMPARE_NEAR(r.breaks[i], breaks[i], 1e-12);
        QCOMPARE(r.classOf, classOf);
        QCOMPARE(r.classCount(), breaks.empty() ? 0 : int(breaks.size()) - 1);

        // Counts agree with classOf; NaN are reported as missing.
        Ints counts(std::size_t(r.classCount()), 0);
        Eigen::Index missing = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (std::isnan(values[i]))
                ++missing;
            else
                ++counts[std::size_t(r.classOf[i])];
        }
        QCOMPARE(r.counts, counts);
        QCOMPARE(r.missing, missing);
        if (missing > 0) {
            const bool reported = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const Warning &w) {
                return w.kind == WarningKind::MissingValue && w.count == missing;
            });
            QVERIFY(reported);
        }

        // The Eigen overload gives the same answer.
        const Eigen::VectorXd v = Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size()));
        QCOMPARE(classify(v, config(method, classes, userBreaks)).classOf, classOf);
    }

    // Natural breaks never leave a class empty, exact or on merged groups, even with a
    // far outlier; the approximate breaks are close to the exact ones.
    void naturalBreaksLarge_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("classes");
        QTest::newRow("n=2000 k=5") << 2000 << 5;
        QTest::newRow("n=5000 k=7") << 5000 << 7;
        QTest::newRow("n=20000 k=9") << 20000 << 9;
    }

    void naturalBreaksLarge()
    {
        QFETCH(int, n);
        QFETCH(int, classes);
        std::mt19937 rng(42);
        std::lognormal_distribution<double> dist(8.0, 1.2); // municipal-population-like skew
        Doubles values(static_cast<std::size_t>(n), 0.0);
        for (double &v : values)
            v = dist(rng);
        values[7] = 5.0e7; // one far outlier

        ClassificationConfig c = config(ClassificationMethod::NaturalBreaks, classes);
        c.naturalBreaksMaxValues = 1000;
        const ClassificationResult sampled = classify(values, c);
        QVERIFY(sampled.approximated);
        QCOMPARE(sampled.classCount(), classes);
        for (int count : sampled.counts)
            QVERIFY(count > 0);
        QCOMPARE(sampled.counts.back(), 1); // the outlier alone
        QCOMPARE(sampled.classOf[7], classes - 1);
        QVERIFY(std::is_sorted(sampled.breaks.begin(), sampled.breaks.end()));

        if (n <= 5000) {
            c.naturalBreaksMaxValues = n;
            const ClassificationResult exact = classify(values, c);
            QVERIFY(!exact.approximated);
            QCOMPARE(exact.classCount(), classes);
            // Breaks agree within a few percent of the data's spread below the outlier.
            const double spread = exact.breaks[std::size_t(classes) - 1] - exact.breaks[0];
            for (int i = 1; i < classes - 1; ++i)
                QVERIFY2(std::abs(sampled.breaks[std::size_t(i)] - exact.breaks[std::size_t(i)]) < 0.05 * spread,
                         qPrintable(u"sampled [%1] exact [%2]"_s.arg(join(sampled.breaks), join(exact.breaks))));
        }
    }

    // Quantile classes hold equal counts when there are no ties.
    void quantileCounts()
    {
        Doubles values;
        for (int i = 0; i < 47; ++i)
            values.push_back(std::sin(i) * 100.0 + i);
        const ClassificationResult r = classify(values, config(ClassificationMethod::Quantile, 5));
        QCOMPARE(r.classCount(), 5);
        for (int count : r.counts)
            QVERIFY2(count == 9 || count == 10, qPrintable(QString::number(count)));
    }

    void classIndexClamps()
    {
        const Doubles breaks{0, 1, 2, 3};
        QCOMPARE(classIndex(breaks, -5.0), 0);
        QCOMPARE(classIndex(breaks, 0.0), 0);
        QCOMPARE(classIndex(breaks, 1.0), 0);
        QCOMPARE(classIndex(breaks, 1.5), 1);
        QCOMPARE(classIndex(breaks, 3.0), 2);
        QCOMPARE(classIndex(breaks, 99.0), 2);
        QCOMPARE(classIndex(breaks, kNoData), -1);
        QCOMPARE(classIndex({}, 1.0), -1);
    }
};

QTEST_APPLESS_MAIN(TestClassification)
#include "test_classification.moc"
