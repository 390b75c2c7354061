// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartprobe.h"

#include "widgets/bubblechart.h"

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestBubbleChart : public QObject
{
    Q_OBJECT

private slots:
    void quadrants_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<QRgb>("colour");
        QTest::newRow("specialised and productive") << 1.6 << 1.1 << QRgb(0x0072b2);
        QTest::newRow("productive only") << 0.5 << 1.3 << QRgb(0x009e73);
        QTest::newRow("specialised only") << 2.0 << 0.7 << QRgb(0xe69f00);
        QTest::newRow("neither") << 0.3 << 0.8 << QRgb(0x999999);
        QTest::newRow("on the lines") << 1.0 << 1.0 << QRgb(0x0072b2);
    }

    void quadrants()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(QRgb, colour);
        widgets::BubbleChart chart;
        chart.setLogarithmic(true);
        chart.setBubbles({{u"a"_s, x, y, 100}, {u"b"_s, 1.2, 1.2, 400}});
        QCOMPARE(chart.bubbleColour(0).rgb() & 0xffffff, colour);
        test::showAt(chart, chart.plot(), QSize(700, 500));
        // Near the centre (off the dashed quadrant lines) the bubble carries
        // the quadrant's hue (translucent on white).
        const QColor seen = test::colourAt(chart, chart.bubbleCentre(0) + QPointF(5, 5));
        const QColor expected(colour);
        QVERIFY2(std::abs(seen.hueF() - expected.hueF()) < 0.05 || expected.saturation() == 0,
                 qPrintable(seen.name() + u" vs "_s + expected.name()));
        QCOMPARE(chart.bubbleAt(chart.bubbleCentre(0).toPoint()), 0);
    }

    void sizesAndMissing()
    {
        widgets::BubbleChart chart;
        chart.setLogarithmic(true);
        chart.setBubbles({{u"big"_s, 1.5, 1.5, 400},
                          {u"quarter"_s, 0.7, 0.7, 100},
                          {u"nan"_s, std::nan(""), 1, 50},
                          {u"zero LQ"_s, 0.0, 1, 50}});
        QCOMPARE(chart.countDrawn(), 2);   // NaN and 0 cannot sit on a log axis
        // Area ∝ size: a quarter of the size, half the diameter.
        QCOMPARE(chart.bubbleDiameter(1) * 2, chart.bubbleDiameter(0));
        QCOMPARE(chart.plot()->graphCount(), 2);
        QCOMPARE(chart.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        // Quadrant lines and the two labels.
        int lines = 0, texts = 0;
        for (int i = 0; i < chart.plot()->itemCount(); ++i) {
            lines += qobject_cast<QCPItemStraightLine *>(chart.plot()->item(i)) ? 1 : 0;
            texts += qobject_cast<QCPItemText *>(chart.plot()->item(i)) ? 1 : 0;
        }
        QCOMPARE(lines, 2);
        QCOMPARE(texts, 2);
    }

    void labelsDoNotOverlap()
    {
        widgets::BubbleChart chart;
        chart.setLogarithmic(true);
        QList<widgets::Bubble> bubbles;
        for (int i = 0; i < 8; ++i)
            bubbles.append({u"産業 %1"_s.arg(i), 0.8 + 0.05 * i, 1.3 - 0.08 * i, 1000.0 * (i + 1)});
        chart.setBubbles(bubbles);
        test::showAt(chart, chart.plot(), QSize(800, 600));
        QList<QRectF> rects;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto *t = qobject_cast<QCPItemText *>(chart.plot()->item(i)); t && t->text().startsWith(u"産業"))
                rects.append(QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition()).normalized());
        QCOMPARE(rects.size(), 8);
        for (int a = 0; a < rects.size(); ++a)
            for (int b = a + 1; b < rects.size(); ++b)
                QVERIFY2(!rects.at(a).adjusted(1, 1, -1, -1).intersects(rects.at(b)), qPrintable(u"%1/%2"_s.arg(a).arg(b)));
    }

    void renderForExport()
    {
        widgets::BubbleChart chart;
        chart.setTitle(u"稼ぐ力"_s);
        chart.setBubbles({{u"製造業"_s, 1.6, 1.1, 900000}});
        const QImage image = chart.toImage(QSize(800, 600));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c(image.pixel(x, y));
                coloured += c.blue() > c.red() + 60 ? 1 : 0;
            }
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    }
};

QTEST_MAIN(TestBubbleChart)
#include "test_bubblechart.moc"
