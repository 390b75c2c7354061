// SPDX-License-Identifier: GPL-3.0-or-later
// The population pyramid: males left of the centre line and females right,
// bar length proportional to the value, the outline overlay only when the age
// classes match, and vector exports.
#include "widgets/pyramidchart.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using regionlens::widgets::PyramidChart;
using regionlens::widgets::PyramidData;

namespace {

PyramidData sample()
{
    PyramidData d;
    d.label = u"2022"_s;
    d.ageLabels = {u"0～4歳"_s, u"5～9歳"_s, u"10～14歳"_s};
    d.male = {100, 200, 300};
    d.female = {110, 190, 320};
    return d;
}

} // namespace

class TestPyramidChart : public QObject
{
    Q_OBJECT

private slots:
    void sidesAndLengths_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<double>("male");
        QTest::addColumn<double>("female");
        QTest::newRow("0-4") << 0 << 100.0 << 110.0;
        QTest::newRow("5-9") << 1 << 200.0 << 190.0;
        QTest::newRow("10-14") << 2 << 300.0 << 320.0;
    }

    void sidesAndLengths()
    {
        QFETCH(int, age);
        QFETCH(double, male);
        QFETCH(double, female);
        PyramidChart chart;
        chart.setPyramid(sample());
        chart.resize(640, 520);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const double centre = chart.centrePixel();
        const QPointF m = chart.valuePixel(0, age);
        const QPointF f = chart.valuePixel(1, age);
        QVERIFY2(m.x() < centre - 5, qPrintable(u"male end %1, centre %2"_s.arg(m.x()).arg(centre)));
        QVERIFY2(f.x() > centre + 5, qPrintable(u"female end %1, centre %2"_s.arg(f.x()).arg(centre)));
        // Lengths in pixels against the 100-person male 0–4 bar.
        const double unit = (centre - chart.valuePixel(0, 0).x()) / 100.0;
        QVERIFY(std::abs((centre - m.x()) - male * unit) < 2.0);
        QVERIFY(std::abs((f.x() - centre) - female * unit) < 2.0);

        // Pixels: blue (male) half-way along the left bar, vermillion on the right.
        const QImage image = chart.grab().toImage();
        const QRgb left = image.pixel(QPointF((centre + m.x()) / 2, m.y()).toPoint());
        const QRgb right = image.pixel(QPointF((centre + f.x()) / 2, f.y()).toPoint());
        QVERIFY2(qBlue(left) > qRed(left) + 60, qPrintable(QColor(left).name()));
        QVERIFY2(qRed(right) > qBlue(right) + 60, qPrintable(QColor(right).name()));
    }

    void outline_data()
    {
        QTest::addColumn<bool>("matching");
        QTest::addColumn<int>("plottables");
        QTest::newRow("same classes: outline drawn") << true << 4;
        QTest::newRow("other classes: ignored") << false << 2;
    }

    void outline()
    {
        QFETCH(bool, matching);
        QFETCH(int, plottables);
        PyramidChart chart;
        chart.setPyramid(sample());
        QCOMPARE(chart.plot()->plottableCount(), 2);
        PyramidData other = sample();
        other.label = u"2015"_s;
        if (!matching)
            other.ageLabels.removeLast();
        chart.setOutline(other);
        QCOMPARE(chart.plot()->plottableCount(), plottables);
        chart.clear();
        QCOMPARE(chart.plot()->plottableCount(), 0);
    }

    void exports()
    {
        PyramidChart chart;
        chart.setTitle(u"東京都 2022"_s);
        chart.setPyramid(sample());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(800, 600));
        QPainter painter(&svg);
        chart.render(&painter, QRectF(0, 0, 800, 600));
        painter.end();
        QVERIFY(buffer.data().size() > 2000);
        const QImage image = chart.toImage(QSize(800, 600));
        QCOMPARE(image.size(), QSize(800, 600));
        // Something other than white was drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                coloured += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        QVERIFY(coloured > 200);
    }
};

QTEST_MAIN(TestPyramidChart)
#include "test_pyramidchart.moc"
