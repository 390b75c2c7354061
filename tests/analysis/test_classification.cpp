// SPDX-License-Identifier: GPL-3.0-or-later
// Choropleth class breaks. Expectations are derived by hand in the comments;
// the two natural-breaks rows are the published examples of simple-statistics
// (test/jenks.test.js: jenks([1,2,4,5,7,9,10,20], 3) = [1, 7, 20, 20] and
// jenks([2,32,33,34,100], 3) = [2, 32, 100, 100], given there as class lower
// limits plus the maximum; here as upper bounds). The California example is
// the 58-county employment density of PySAL mapclassify
// (mapclassify/datasets/calemp/calempdensity.csv, the same values as
// riatelab/statsbreaks test/test-data.js); its published Fisher–Jenks result
// for k = 5 (mapclassify README, statsbreaks test/jenks.test.js) is the upper
// bounds 75.29, 192.05, 370.50, 722.85, 4111.45 with counts 49, 3, 4, 1, 1.
// The exact natural breaks are also checked against a brute-force O(k·n²)
// dynamic programme (Fisher 1958, as in Jenks' code) kept here in the test.
#include "analysis/classification.h"
#include "testhelpers.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
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

const Doubles kCaliforniaEmploymentDensity{
    329.92, 0.42,   5.9,   14.03, 2.78,  1.34,   181.27, 1.65,  10.03,  16.7,  1.32,  3.99,  3.16,  0.22,   8.7,
    6.56,   3.27,   0.33,  370.5, 4.51,  75.29,  0.99,   2.74,  8.68,   0.14,  0.92,  12.63, 28.7,  12.02,  722.85,
    36.68,  0.74,   29.82, 192.05, 3.38, 11.15,  110.74, 4111.45, 49.47, 10.33, 317.11, 20.47, 264.93, 66.26, 5.39,
    0.13,   0.61,   50.65, 40.48, 36.67, 13.09,  1.81,   0.2,   7.6,    2.51,  57.26, 24.32, 6.97};

// Within-class sum of squared deviations of a classification, two-pass per class.
double withinClassSsd(const Doubles &values, const Ints &classOf, int classes)
{
    Doubles sum(std::size_t(classes), 0.0), count(std::size_t(classes), 0.0), ssd(std::size_t(classes), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (classOf[i] >= 0) {
            sum[std::size_t(classOf[i])] += values[i];
            count[std::size_t(classOf[i])] += 1.0;
        }
    for (std::size_t i = 0; i < values.size(); ++i)
        if (classOf[i] >= 0) {
            const double d = values[i] - sum[std::size_t(classOf[i])] / count[std::size_t(classOf[i])];
            ssd[std::size_t(classOf[i])] += d * d;
        }
    double total = 0.0;
    for (double v : ssd)
        total += v;
    return total;
}

// Brute force: Fisher's O(k·n²) programme over the sorted finite values, the
// class cost accumulated value by value (Welford) while the last class grows
// downwards from j; a class may only start where the value changes (tied
// values stay together) and every class holds at least one value. Returns the
// least total SSD for min(k, distinct values) classes.
double bruteForceJenksSsd(Doubles values, int k)
{
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    // SSD does not change with a shift; centring keeps Welford's running mean exact
    // enough for data far from zero.
    const double centre = values[n / 2];
    for (double &v : values)
        v -= centre;
    std::size_t d = 0;
    for (std::size_t i = 0; i < n; ++i)
        d += (i == 0 || values[i] != values[i - 1]) ? 1 : 0;
    const std::size_t classes = std::min(std::size_t(k), d);
    const double inf = std::numeric_limits<double>::infinity();
    // best[c][j]: least SSD of values 0..j in c + 1 classes, j the end of a run of ties.
    std::vector<Doubles> best(classes, Doubles(n, inf));
    auto canEnd = [&](std::size_t j) { return j + 1 == n || values[j + 1] != values[j]; };
    for (std::size_t c = 0; c < classes; ++c)
        for (std::size_t j = 0; j < n; ++j) {
            if (!canEnd(j))
                continue;
            double mean = 0.0, m2 = 0.0;
            for (std::size_t i = j + 1; i-- > 0;) { // last class = values i..j
                const double count = double(j - i + 1);
                const double delta = values[i] - mean;
                mean += delta / count;
                m2 += delta * (values[i] - mean);
                if (i > 0 && values[i - 1] == values[i])
                    continue; // a class cannot split ties
                if (c == 0) {
                    if (i == 0)
                        best[0][j] = m2;
                } else if (i > 0 && best[c - 1][i - 1] < inf) {
                    best[c][j] = std::min(best[c][j], best[c - 1][i - 1] + m2);
                }
            }
        }
    return best[classes - 1][n - 1];
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

    // Published Fisher–Jenks result on the California employment densities.
    void naturalBreaksPublished_data()
    {
        QTest::addColumn<Doubles>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Doubles>("breaks");
        QTest::addColumn<Ints>("counts");
        QTest::newRow("mapclassify calemp k=5")
            << kCaliforniaEmploymentDensity << 5 << Doubles{0.13, 75.29, 192.05, 370.5, 722.85, 4111.45}
            << Ints{49, 3, 4, 1, 1};
        // The same data with two counties without data: NaN is left out.
        Doubles withMissing = kCaliforniaEmploymentDensity;
        withMissing.insert(withMissing.begin() + 3, kNoData);
        withMissing.push_back(kNoData);
        QTest::newRow("calemp k=5 with NaN")
            << withMissing << 5 << Doubles{0.13, 75.29, 192.05, 370.5, 722.85, 4111.45} << Ints{49, 3, 4, 1, 1};
    }

    void naturalBreaksPublished()
    {
        QFETCH(Doubles, values);
        QFETCH(int, classes);
        QFETCH(Doubles, breaks);
        QFETCH(Ints, counts);
        const ClassificationResult r = classify(values, config(ClassificationMethod::NaturalBreaks, classes));
        QVERIFY2(r.breaks == breaks, qPrintable(u"breaks [%1], expected [%2]"_s.arg(join(r.breaks), join(breaks))));
        QCOMPARE(r.counts, counts);
        QVERIFY(!r.approximated);
    }

    // The exact programme (divide and conquer over monotone split points)
    // reaches the brute-force minimum on random data: continuous, skewed,
    // heavily tied, with outliers and with NaN; no class is ever empty and
    // the classes are min(k, distinct values).
    void naturalBreaksMatchBruteForce_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("classes");
        QTest::addColumn<unsigned>("seed");
        const QStringList shapes{u"uniform"_s, u"lognormal"_s, u"ties"_s, u"outliers"_s, u"nan"_s, u"offset"_s};
        const std::vector<std::pair<int, int>> sizes{{6, 5}, {12, 4}, {60, 5}, {150, 7}, {400, 6}, {400, 9}};
        unsigned seed = 1;
        for (const QString &shape : shapes)
            for (const auto &[n, k] : sizes) {
                const QByteArray name = u"%1 n=%2 k=%3"_s.arg(shape).arg(n).arg(k).toUtf8();
                QTest::newRow(name.constData()) << shape << n << k << seed++;
            }
    }

    void naturalBreaksMatchBruteForce()
    {
        QFETCH(QString, shape);
        QFETCH(int, n);
        QFETCH(int, classes);
        QFETCH(unsigned, seed);
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> uniform(0.0, 100.0);
        std::lognormal_distribution<double> lognormal(8.0, 1.5);
        std::uniform_int_distribution<int> small(0, 7);
        std::normal_distribution<double> normal(50.0, 10.0);
        Doubles values(static_cast<std::size_t>(n), 0.0);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (shape == u"uniform" || shape == u"nan")
                values[i] = uniform(rng);
            else if (shape == u"lognormal")
                values[i] = lognormal(rng);
            else if (shape == u"offset")
                values[i] = 1.0e8 + uniform(rng); // large common offset: prefix sums must not lose the spread
            else if (shape == u"ties")
                values[i] = small(rng); // at most 8 distinct values
            else
                values[i] = normal(rng);
        }
        if (shape == u"outliers") {
            values[0] = 1.0e6;
            values[values.size() / 2] = -5.0e4;
        }
        if (shape == u"nan")
            for (std::size_t i = 0; i < values.size(); i += 3)
                values[i] = kNoData;

        Doubles finite = values;
        std::erase_if(finite, [](double v) { return std::isnan(v); });
        std::sort(finite.begin(), finite.end());
        const int distinct = int(std::unique(finite.begin(), finite.end()) - finite.begin());

        const double expected = bruteForceJenksSsd(values, classes);
        ClassificationConfig c = config(ClassificationMethod::NaturalBreaks, classes);
        const ClassificationResult r = classify(values, c);
        QVERIFY(!r.approximated);
        QCOMPARE(r.classCount(), std::min(classes, distinct));
        for (int count : r.counts)
            QVERIFY2(count > 0, qPrintable(u"empty class, breaks [%1]"_s.arg(join(r.breaks))));
        const double actual = withinClassSsd(values, r.classOf, r.classCount());
        // Equal up to rounding.
        QVERIFY2(std::abs(actual - expected) <= 1e-9 * std::max(1.0, expected),
                 qPrintable(u"SSD %1, brute force %2, breaks [%3]"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)
                                .arg(join(r.breaks))));
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

        {
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

    // Nearest-rank percentiles 33/67/90 of |value| (zeros and NaN left out), two significant digits.
    void symmetricBreaks_data()
    {
        QTest::addColumn<Doubles>("values");
        QTest::addColumn<Doubles>("breaks");
        // |v| = 1…10: ranks round(0.33·9) = 3, round(0.67·9) = 6, round(0.9·9) = 8 → 4, 7, 9.
        QTest::newRow("1 to 10") << Doubles{1, -2, 3, -4, 5, 6, 7, 8, 9, 10} << Doubles{-9, -7, -4, 0, 4, 7, 9};
        // |v| = 91, 1,234, 5,678: ranks 1, 1, 2 → 1,200 (once), 5,700.
        QTest::newRow("rounded, equal kept once") << Doubles{-1234, 5678, 91, 0, kNoData}
                                                  << Doubles{-5700, -1200, 0, 1200, 5700};
        QTest::newRow("only zeros") << Doubles{0, 0, kNoData} << Doubles{0};
        QTest::newRow("empty") << Doubles{} << Doubles{0};
    }

    void symmetricBreaks()
    {
        QFETCH(Doubles, values);
        QFETCH(Doubles, breaks);
        QCOMPARE(regionlens::analysis::symmetricBreaks(values), breaks);
    }
};

QTEST_APPLESS_MAIN(TestClassification)
#include "test_classification.moc"
