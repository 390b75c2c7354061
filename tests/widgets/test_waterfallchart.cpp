// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartprobe.h"
#include "layoutprobe.h"

#include "widgets/waterfallchart.h"

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestWaterfallChart : public QObject
{
    Q_OBJECT

private slots:
    void spans_data()
    {
        QTest::addColumn<QVector<double>>("steps");    // three steps, then a total
        QTest::addColumn<QVector<double>>("spans");    // bottom, top per bar
        QTest::newRow("Aichi-like") << QVector<double>{1.91, -0.61, 0.54}
                                    << QVector<double>{0, 1.91, 1.30, 1.91, 1.30, 1.84, 0, 1.84};
        QTest::newRow("falls below zero") << QVector<double>{1.0, -0.5, -3.0}
                                          << QVector<double>{0, 1.0, 0.5, 1.0, -2.5, 0.5, -2.5, 0};
    }

    void spans()
    {
        QFETCH(QVector<double>, steps);
        QFETCH(QVector<double>, spans);
        widgets::WaterfallChart chart;
        chart.setSteps({{u"全国"_s, steps[0]}, {u"産業構造"_s, steps[1]}, {u"地域特殊"_s, steps[2]}, {u"成長率"_s, 0, true}});
        for (int i = 0; i < 4; ++i) {
            const auto [bottom, top] = chart.barSpan(i);
            QVERIFY2(std::abs(bottom - spans[2 * i]) < 1e-12, qPrintable(u"bar %1 bottom %2"_s.arg(i).arg(bottom)));
            QVERIFY2(std::abs(top - spans[2 * i + 1]) < 1e-12, qPrintable(u"bar %1 top %2"_s.arg(i).arg(top)));
        }
        QCOMPARE(chart.barColour(0), widgets::WaterfallChart::riseColour());
        QCOMPARE(chart.barColour(1), widgets::WaterfallChart::fallColour());
        QCOMPARE(chart.barColour(3), widgets::WaterfallChart::totalColour());
    }

    void pixels()
    {
        widgets::WaterfallChart chart;
        chart.setSteps({{u"a"_s, 2.0}, {u"b"_s, -1.0}, {u"total"_s, 1.0, true, true}});
        test::showAt(chart, chart.plot(), QSize(600, 400));
        QCustomPlot *p = chart.plot();
        for (int i = 0; i < 3; ++i) {
            const auto [bottom, top] = chart.barSpan(i);
            const QPoint at = p->mapTo(&chart, QPointF(p->xAxis->coordToPixel(i + 1),
                                                       p->yAxis->coordToPixel((bottom + top) / 2)).toPoint());
            QCOMPARE(test::colourAt(chart, at).rgb(), chart.barColour(i).rgb());
        }
    }

    // Value labels never run into each other, the step names or the axis,
    // whatever the signs: 豊田市 2016 → 2021 (employees, points; seen on the
    // shift-share page at 1366 × 768: "−1.15 ポイント" over 地域特殊要因 and
    // "−0.39 ポイント" over 成長率) and 愛知県, in a chart as short as the page's.
    void labelsKeepClear_data()
    {
        QTest::addColumn<QVector<double>>("steps");
        QTest::addColumn<QSize>("size");
        QTest::newRow("豊田市 short") << QVector<double>{1.91, -1.15, -1.15} << QSize(410, 190);
        QTest::newRow("豊田市 tall") << QVector<double>{1.91, -1.15, -1.15} << QSize(410, 400);
        QTest::newRow("愛知県 short") << QVector<double>{1.91, -0.61, 0.54} << QSize(410, 190);
        QTest::newRow("all fall, short") << QVector<double>{-0.4, -1.2, -2.0} << QSize(410, 190);
        QTest::newRow("narrow") << QVector<double>{1.91, -1.15, -1.15} << QSize(300, 220);
        // As short as the page's waterfall in projector fonts at 1280 × 720: one-line labels.
        QTest::newRow("very short") << QVector<double>{1.91, -0.61, 0.54} << QSize(360, 150);
        QTest::newRow("very short, falls") << QVector<double>{1.91, -1.15, -1.15} << QSize(360, 150);
    }

    void labelsKeepClear()
    {
        QFETCH(QVector<double>, steps);
        QFETCH(QSize, size);
        widgets::WaterfallChart chart;
        chart.setLargeFonts(QByteArray(QTest::currentDataTag()).startsWith("very short"));   // projector mode
        chart.setTitle(u"愛知県 豊田市: 2016 → 2021"_s);
        chart.setValueAxisLabel(u"ポイント"_s);
        chart.setValueSuffix(u"ポイント"_s);
        chart.setDecimals(2);
        chart.setSteps({{u"全国成長要因"_s, steps[0]}, {u"産業構造要因"_s, steps[1]},
                        {u"地域特殊要因"_s, steps[2]}, {u"成長率"_s, 0, true}});
        test::showAt(chart, chart.plot(), size);
        const QStringList problems = test::probeLayout(&chart);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void renderForExport()
    {
        widgets::WaterfallChart chart;
        chart.setTitle(u"愛知県"_s);
        chart.setSteps({{u"全国成長要因"_s, 1.9}, {u"成長率"_s, 0, true}});
        const QImage image = chart.toImage(QSize(700, 450));
        QVERIFY(test::countColour(image, widgets::WaterfallChart::riseColour()) > 1000);
        QVERIFY(test::countColour(image, widgets::WaterfallChart::totalColour()) > 1000);
    }
};

QTEST_MAIN(TestWaterfallChart)
#include "test_waterfallchart.moc"
