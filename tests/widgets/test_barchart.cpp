// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartprobe.h"

#include "widgets/barchart.h"
#include "widgets/palette.h"

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestBarChart : public QObject
{
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<int>("series");
        QTest::addColumn<bool>("emphasise");
        QTest::addColumn<int>("plottables");
        QTest::newRow("one series, emphasised") << 1 << true << 2;   // above / below the reference
        QTest::newRow("one series, plain") << 1 << false << 1;
        QTest::newRow("three regions compared") << 3 << true << 3;
    }

    void structure()
    {
        QFETCH(int, series);
        QFETCH(bool, emphasise);
        QFETCH(int, plottables);
        widgets::BarChart chart;
        chart.setEmphasiseAboveReference(emphasise);
        chart.setReferenceLine(1.0, u"LQ = 1"_s);
        QList<widgets::BarSeries> s;
        for (int i = 0; i < series; ++i)
            s.append({u"region %1"_s.arg(i), {2.0, 1.0, 0.5, std::nan("")}});
        chart.setData({u"製造業"_s, u"建設業"_s, u"漁業"_s, u"鉱業"_s}, s);
        QCOMPARE(chart.plot()->plottableCount(), plottables);
        int bars = 0;
        for (int i = 0; i < chart.plot()->plottableCount(); ++i)
            bars += chart.plot()->plottable(i)->interface1D()->dataCount();
        QCOMPARE(bars, 3 * series);   // NaN draws no bar
        QCOMPARE(chart.plot()->legend->visible(), series > 1);
        QCOMPARE(chart.plot()->yAxis->rangeReversed(), true);   // first category on top
    }

    void colours()
    {
        widgets::BarChart chart;
        chart.setReferenceLine(1.0);
        chart.setEmphasiseAboveReference(true);
        chart.setData({u"A"_s, u"B"_s, u"C"_s}, {{u"x"_s, {2.0, 1.0, 0.5}}});
        QCOMPARE(chart.barColour(0, 0), widgets::seriesColour(0));
        QCOMPARE(chart.barColour(0, 1), widgets::seriesColour(0));   // LQ = 1 counts as "at or above"
        QVERIFY(chart.barColour(0, 2) != widgets::seriesColour(0));
        test::showAt(chart, chart.plot(), QSize(600, 400));
        QCustomPlot *p = chart.plot();
        for (int i = 0; i < 3; ++i) {
            const double v = std::vector<double>{2.0, 1.0, 0.5}[std::size_t(i)];
            const QPointF inPlot(p->xAxis->coordToPixel(v * 0.3), p->yAxis->coordToPixel(i + 1));   // clear of the line at 1.0
            QCOMPARE(test::colourAt(chart, p->mapTo(&chart, inPlot.toPoint())).rgb(), chart.barColour(0, i).rgb());
            QCOMPARE(chart.categoryAt(p->mapTo(&chart, inPlot.toPoint())), i);
        }
        // The reference line: dark pixels at x = 1.0 between the bars.
        const QPoint line = p->mapTo(&chart, QPointF(p->xAxis->coordToPixel(1.0), p->yAxis->coordToPixel(1.5)).toPoint());
        QVERIFY(qGray(test::colourAt(chart, line).rgb()) < 120);
    }

    void renderForExport()
    {
        widgets::BarChart chart;
        chart.setTitle(u"特化係数"_s);
        chart.setReferenceLine(1.0, u"LQ = 1"_s);
        chart.setData({u"製造業"_s, u"建設業"_s}, {{u"愛知県"_s, {1.6, 0.9}}, {u"東京都"_s, {0.4, 0.8}}});
        const QImage image = chart.toImage(QSize(900, 600));
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(test::countColour(image, widgets::seriesColour(0)) > 500);
        QVERIFY(test::countColour(image, widgets::seriesColour(1)) > 200);
        chart.setLargeFonts(true);
        QVERIFY(chart.largeFonts());
        QVERIFY(chart.plot()->yAxis->tickLabelFont().pointSizeF() > 10);
    }
};

QTEST_MAIN(TestBarChart)
#include "test_barchart.moc"
