// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartprobe.h"

#include "widgets/stackedbarchart.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestStackedBarChart : public QObject
{
    Q_OBJECT

private slots:
    void segments_data()
    {
        QTest::addColumn<QVector<double>>("values");   // three components of one category
        QTest::addColumn<QVector<double>>("spans");    // from, to per component
        QTest::newRow("all positive") << QVector<double>{2, 1, 3} << QVector<double>{0, 2, 2, 3, 3, 6};
        QTest::newRow("mixed signs") << QVector<double>{2, -1, 3} << QVector<double>{0, 2, -1, 0, 2, 5};
        QTest::newRow("all negative") << QVector<double>{-1, -2, -0.5} << QVector<double>{-1, 0, -3, -1, -3.5, -3};
        QTest::newRow("NaN is zero") << QVector<double>{1.5, std::nan(""), -1} << QVector<double>{0, 1.5, 1.5, 1.5, -1, 0};
    }

    void segments()
    {
        QFETCH(QVector<double>, values);
        QFETCH(QVector<double>, spans);
        widgets::StackedBarChart chart;
        QList<widgets::StackComponent> comps;
        for (double v : values)
            comps.append({u"c"_s, {v}, {}});
        chart.setData({u"東京都"_s}, comps);
        for (int c = 0; c < 3; ++c) {
            const auto [from, to] = chart.segment(c, 0);
            QCOMPARE(from, spans.at(2 * c));
            QCOMPARE(to, spans.at(2 * c + 1));
        }
        QCOMPARE(chart.plot()->plottableCount(), 3);
    }

    void pixels()
    {
        widgets::StackedBarChart chart;
        const QColor colours[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73)};
        chart.setData({u"北海道"_s, u"沖縄県"_s},
                      {{u"national"_s, {2.0, 2.0}, colours[0]},
                       {u"mix"_s, {-1.0, 0.5}, colours[1]},
                       {u"regional"_s, {-2.0, 3.0}, colours[2]}});
        chart.setTotals({-1.0, 5.5}, u"growth"_s);
        chart.setHighlighted({1});
        test::showAt(chart, chart.plot(), QSize(700, 400));
        for (int i = 0; i < 2; ++i)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(test::colourAt(chart, chart.segmentCentre(c, i)).rgb(), colours[c].rgb());
        QCOMPARE(chart.categoryAt(chart.segmentCentre(0, 1).toPoint()), 1);
        // Totals as a marker graph, the legend lists components and the marker.
        QCOMPARE(chart.plot()->graphCount(), 1);
        QCOMPARE(chart.plot()->graph(0)->dataCount(), 2);
        QCOMPARE(chart.plot()->legend->itemCount(), 4);
    }

    // 47 rows: every row labelled when the chart is tall enough, every k-th
    // row (and always the highlighted one) when the labels would overlap, with
    // no two labels closer than a line.
    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("thinned");
        QTest::newRow("tall") << 1400 << false;
        QTest::newRow("1366 × 768 page") << 430 << true;
    }

    void labelsDoNotOverlap()
    {
        QFETCH(int, height);
        QFETCH(bool, thinned);
        widgets::StackedBarChart chart;
        QStringList names;
        QVector<double> values;
        for (int i = 0; i < 47; ++i) {
            names << u"県%1"_s.arg(i + 1);
            values << i;
        }
        chart.setData(names, {{u"c"_s, values, {}}});
        chart.setHighlighted({22});
        test::showAt(chart, chart.plot(), QSize(600, height));
        QCOMPARE(chart.labelStep() > 1, thinned);
        const auto ticker = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QList<double> ticks = ticker->ticks().keys();
        QVERIFY(ticks.contains(23.0));   // the highlighted row
        QVERIFY(ticker->ticks().value(23.0).startsWith(u"▶"_s));
        const double line = QFontMetricsF(chart.plot()->yAxis->tickLabelFont()).height();
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const double gap = std::abs(chart.plot()->yAxis->coordToPixel(ticks.at(i))
                                        - chart.plot()->yAxis->coordToPixel(ticks.at(i - 1)));
            QVERIFY2(gap >= line - 0.5, qPrintable(u"%1 px between rows %2 and %3"_s.arg(gap).arg(ticks.at(i - 1)).arg(ticks.at(i))));
        }
        if (!thinned)
            QCOMPARE(ticks.size(), 47);
    }

    // Setters inside a Batch: one replot when it ends, and the same picture
    // as the setters one by one (each of which replots).
    void batchRedrawsOnce_data()
    {
        QTest::addColumn<bool>("batched");
        QTest::addColumn<int>("replots");
        QTest::newRow("one by one") << false << 5;
        QTest::newRow("batched") << true << 1;
    }

    void batchRedrawsOnce()
    {
        QFETCH(bool, batched);
        QFETCH(int, replots);
        widgets::StackedBarChart chart;
        test::showAt(chart, chart.plot(), QSize(700, 400));
        int count = 0;
        connect(chart.plot(), &QCustomPlot::afterReplot, this, [&count] { ++count; });
        const QColor colours[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73)};
        {
            std::optional<widgets::AnalysisChart::Batch> batch;
            if (batched)
                batch.emplace(&chart);
            chart.setTitle(u"成長要因"_s);
            chart.setData({u"北海道"_s, u"沖縄県"_s},
                          {{u"national"_s, {2.0, 2.0}, colours[0]},
                           {u"mix"_s, {-1.0, 0.5}, colours[1]},
                           {u"regional"_s, {-2.0, 3.0}, colours[2]}});
            chart.setTotals({-1.0, 5.5}, u"growth"_s);
            chart.setHighlighted({1});
            chart.setFootnote(u"◆ = growth"_s);
            if (batched)
                QCOMPARE(count, 0);
        }
        QCOMPARE(count, replots);
        for (int i = 0; i < 2; ++i)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(test::colourAt(chart, chart.segmentCentre(c, i)).rgb(), colours[c].rgb());
        QCOMPARE(chart.plot()->graph(0)->dataCount(), 2);
    }

    void renderForExport()
    {
        widgets::StackedBarChart chart;
        chart.setTitle(u"成長要因"_s);
        const QColor regional(0x00, 0x9e, 0x73);
        chart.setData({u"愛知県"_s}, {{u"regional"_s, {1.0}, regional}});
        const QImage image = chart.toImage(QSize(800, 500));
        QVERIFY(test::countColour(image, regional) > 1000);
    }
};

QTEST_MAIN(TestStackedBarChart)
#include "test_stackedbarchart.moc"
