// SPDX-License-Identifier: GPL-3.0-or-later
// The linkage chart (影響力係数 × 感応度係数): quadrant lines at 1, bubbles
// coloured by quadrant, sector labels that never overlap each other and stay
// inside the plot, at the page's sizes and in projector mode, and export.
#include "chartprobe.h"

#include "widgets/linkagechart.h"

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// 愛知県's 2015 table at 12 sectors (type I), as `regionlens-cli io multipliers
// --region 23` prints them (backward_linkage, forward_linkage), with the
// table's output (百万円, rounded) as the bubble size: a real, crowded case
// (nine sectors within 0.87–1.06 of the backward axis).
QList<widgets::LinkageSector> aichi()
{
    return {
        {u"農林水産業"_s, 0.984316478808, 0.76197198357, 311000},
        {u"鉱業"_s, 1.05184060599, 0.725333178515, 25000},
        {u"製造業"_s, 1.04617960434, 1.45546116203, 47700000},
        {u"建設"_s, 1.01800199232, 0.730252933739, 3400000},
        {u"電力・ガス・水道・廃棄物処理"_s, 0.930633519659, 0.846728603426, 1500000},
        {u"商業"_s, 0.928283723901, 0.964655674262, 5300000},
        {u"金融・保険・不動産"_s, 0.874862516024, 1.07949857031, 5600000},
        {u"運輸・郵便"_s, 1.04216576853, 1.1941917888, 3300000},
        {u"情報通信"_s, 1.06400875268, 1.02344833742, 1500000},
        {u"公務"_s, 0.917044448766, 0.914759697948, 1600000},
        {u"サービス"_s, 0.957037227318, 1.52656033528, 10400000},
        {u"分類不明"_s, 1.18562536168, 0.777137734699, 250000},
    };
}

} // namespace

class TestLinkageChart : public QObject
{
    Q_OBJECT

private slots:
    void quadrantLinesAtOne()
    {
        widgets::LinkageChart chart;
        chart.setSectors(aichi());
        QCOMPARE(chart.countDrawn(), 12);
        int lines = 0;
        for (int i = 0; i < chart.plot()->itemCount(); ++i) {
            auto *line = qobject_cast<QCPItemStraightLine *>(chart.plot()->item(i));
            if (!line)
                continue;
            ++lines;
            // Vertical at x = 1 or horizontal at y = 1.
            const bool vertical = line->point1->coords().x() == line->point2->coords().x();
            QCOMPARE(vertical ? line->point1->coords().x() : line->point1->coords().y(), 1.0);
        }
        QCOMPARE(lines, 2);
        QVERIFY(chart.plot()->xAxis->range().contains(1.0));
        QVERIFY(chart.plot()->yAxis->range().contains(1.0));
        QVERIFY(chart.plot()->xAxis->range().contains(1.18562536168));
        QVERIFY(chart.plot()->yAxis->range().contains(1.52656033528));
    }

    void colourByQuadrant_data()
    {
        QTest::addColumn<int>("sector");
        QTest::addColumn<QRgb>("colour");
        QTest::newRow("製造業: both above 1") << 2 << QRgb(0x0072b2);
        QTest::newRow("金融・保険・不動産: forward only") << 6 << QRgb(0x009e73);
        QTest::newRow("分類不明: backward only") << 11 << QRgb(0xe69f00);
        QTest::newRow("公務: neither") << 9 << QRgb(0x999999);
    }

    void colourByQuadrant()
    {
        QFETCH(int, sector);
        QFETCH(QRgb, colour);
        widgets::LinkageChart chart;
        chart.setSectors(aichi());
        QCOMPARE(chart.bubbleColour(sector).rgb() & 0xffffff, colour);
    }

    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("large");
        QTest::newRow("page at 1366×768") << QSize(620, 430) << false;
        QTest::newRow("small") << QSize(520, 380) << false;
        QTest::newRow("export") << QSize(900, 560) << false;
        QTest::newRow("projector at 1920×1080") << QSize(900, 620) << true;
    }

    void labelsDoNotOverlap()
    {
        QFETCH(QSize, size);
        QFETCH(bool, large);
        widgets::LinkageChart chart;
        chart.setLargeFonts(large);
        chart.setTitle(u"影響力係数と感応度係数"_s);
        chart.setSectors(aichi());
        test::showAt(chart, chart.plot(), size);
        const QList<QRectF> rects = chart.labelRects();
        QCOMPARE(rects.size(), 12);
        const QRectF area = QRectF(chart.plot()->axisRect()->rect()).translated(chart.plot()->mapTo(&chart, QPoint()));
        for (int a = 0; a < rects.size(); ++a) {
            QVERIFY2(!rects.at(a).isNull(), qPrintable(chart.sectors().at(a).label));
            QVERIFY2(area.adjusted(-1, -1, 1, 1).contains(rects.at(a)), qPrintable(chart.sectors().at(a).label));
            for (int b = a + 1; b < rects.size(); ++b)
                QVERIFY2(!rects.at(a).adjusted(1, 1, -1, -1).intersects(rects.at(b)),
                         qPrintable(chart.sectors().at(a).label + u" / "_s + chart.sectors().at(b).label));
        }
    }

    void missingAndEmpty()
    {
        widgets::LinkageChart chart;
        QList<widgets::LinkageSector> sectors = aichi();
        sectors[1].backward = std::nan("");
        chart.setSectors(sectors);
        QCOMPARE(chart.countDrawn(), 11);
        QVERIFY(chart.labelRects().at(1).isNull());
        chart.setSectors({});
        QCOMPARE(chart.countDrawn(), 0);
    }

    void renderForExport()
    {
        widgets::LinkageChart chart;
        chart.setTitle(u"影響力係数と感応度係数"_s);
        chart.setSectors(aichi());
        const QImage image = chart.toImage(QSize(900, 560));
        int blue = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c(image.pixel(x, y));
                blue += c.blue() > c.red() + 60 ? 1 : 0;
            }
        QVERIFY2(blue > 200, qPrintable(QString::number(blue)));
    }
};

QTEST_MAIN(TestLinkageChart)
#include "test_linkagechart.moc"
