// SPDX-License-Identifier: GPL-3.0-or-later
// The net bar chart: vertical (net by age) and horizontal with in and out
// (a region's partners): the first category on top, gains right of zero and
// losses left, in and out bars and their legend, the exports.
#include "widgets/netbarchart.h"

#include <QTest>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using regionlens::widgets::NetBarChart;
using regionlens::widgets::NetBarData;

class TestNetBarChart : public QObject
{
    Q_OBJECT

private slots:
    void vertical()
    {
        NetBarChart chart;
        chart.resize(500, 360);
        chart.setData({{u"0-4"_s, u"5-9"_s}, {120, -340}});
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!chart.horizontal());
        QVERIFY(chart.barPixel(0).y() < chart.zeroPixel());   // a gain rises above zero
        QVERIFY(chart.barPixel(1).y() > chart.zeroPixel());
        QVERIFY(chart.barPixel(0).x() < chart.barPixel(1).x());
        QVERIFY(!chart.plot()->legend->visible());
    }

    // 愛知県's two largest partners by |net| (2025): 東京都 in 13,732, out
    // 20,087, net −6,355; 三重県 in 10,975, out 8,939, net +2,036.
    void horizontalInOut()
    {
        NetBarChart chart;
        chart.resize(560, 360);
        NetBarData data;
        data.categories = {u"東京都"_s, u"三重県"_s};
        data.values = {-6355, 2036};
        data.inflow = {13732, 10975};
        data.outflow = {20087, 8939};
        data.inName = u"in"_s;
        data.outName = u"out"_s;
        data.netName = u"net"_s;
        chart.setHorizontal(true);
        chart.setData(data);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.horizontal());
        // The first category on top; a loss left of zero, a gain right of it.
        QVERIFY(chart.barPixel(0).y() < chart.barPixel(1).y());
        QVERIFY(chart.barPixel(0).x() < chart.zeroPixel());
        QVERIFY(chart.barPixel(1).x() > chart.zeroPixel());
        // In, out, net: four bar series (in, out, gains, losses), three legend entries.
        QCOMPARE(chart.plot()->plottableCount(), 4);
        QVERIFY(chart.plot()->legend->visible());
        QCOMPARE(chart.plot()->legend->itemCount(), 3);
        // The value axis spans out (−20,087) to beyond in (13,732) with room for the labels.
        QVERIFY(chart.plot()->xAxis->range().lower <= -20087);
        QVERIFY(chart.plot()->xAxis->range().upper > 13732);
        // Net labels: "−6,355" and "+2,036".
        QStringList labels;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)))
                labels << text->text();
        QCOMPARE(labels, (QStringList{u"−6,355"_s, u"+2,036"_s}));
        // Back to vertical: the categories along x again.
        chart.setHorizontal(false);
        chart.plot()->replot();
        QVERIFY(chart.barPixel(0).x() < chart.barPixel(1).x());
        QVERIFY(!chart.toImage(QSize(400, 300)).isNull());
    }
};

QTEST_MAIN(TestNetBarChart)
#include "test_netbarchart.moc"
