// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartprobe.h"

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
