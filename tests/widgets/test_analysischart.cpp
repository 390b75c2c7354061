// SPDX-License-Identifier: GPL-3.0-or-later
// What every chart shares through AnalysisChart: it is one, it renders into
// any painter (an image here) the same picture as toImage(), large fonts draw
// bigger tick labels, and setters held in a Batch replot once and give the
// same picture as the setters one by one.
#include "chartprobe.h"
#include "chartsamples.h"

#include "widgets/analysischart.h"

#include <QPainter>

#include <qcustomplot.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

void addKindRows()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : test::chartKinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

QImage paintedBy(const widgets::AnalysisChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace

class TestAnalysisChart : public QObject
{
    Q_OBJECT

private slots:
    void rendersIntoAnyPainter_data() { addKindRows(); }

    void rendersIntoAnyPainter()
    {
        QFETCH(QString, kind);
        const std::unique_ptr<QWidget> widget = test::makeChart(kind);
        auto *chart = qobject_cast<widgets::AnalysisChart *>(widget.get());
        QVERIFY2(chart, qPrintable(kind + u" is not an AnalysisChart"_s));
        const QImage empty = paintedBy(*chart, QSize(800, 560));
        QVERIFY(test::setSampleData(chart) > 0);
        chart->setTitle(u"東京都 2022"_s);
        const QImage image = paintedBy(*chart, QSize(800, 560));
        QCOMPARE(image.size(), QSize(800, 560));
        const int inked = test::inkedPixels(image);
        QVERIFY2(inked > 1500, qPrintable(u"%1 inked pixels"_s.arg(inked)));
        QVERIFY2(inked > test::inkedPixels(empty) + 500, qPrintable(u"%1 inked pixels"_s.arg(inked)));
        // toImage() is the same drawing.
        QCOMPARE(chart->toImage(QSize(800, 560)), image);
    }

    void largeFontsDrawBiggerTickLabels_data() { addKindRows(); }

    void largeFontsDrawBiggerTickLabels()
    {
        QFETCH(QString, kind);
        const std::unique_ptr<QWidget> widget = test::makeChart(kind);
        auto *chart = qobject_cast<widgets::AnalysisChart *>(widget.get());
        QVERIFY(chart);
        test::setSampleData(chart);
        chart->setTitle(u"東京都 2022"_s);
        test::showAt(*chart, chart->plot(), QSize(640, 480));
        QCPAxis *x = chart->plot()->xAxis;
        QCPAxis *y = chart->plot()->yAxis;
        const double normalX = QFontMetricsF(x->tickLabelFont()).height();
        const double normalY = QFontMetricsF(y->tickLabelFont()).height();
        const QMargins normal = chart->plot()->axisRect()->margins();
        QVERIFY(!chart->largeFonts());

        chart->setLargeFonts(true);
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(chart->largeFonts());
        const double largeX = QFontMetricsF(x->tickLabelFont()).height();
        const double largeY = QFontMetricsF(y->tickLabelFont()).height();
        QVERIFY2(largeX > normalX * 1.3, qPrintable(u"x ticks %1 → %2 px"_s.arg(normalX).arg(largeX)));
        QVERIFY2(largeY > normalY * 1.3, qPrintable(u"y ticks %1 → %2 px"_s.arg(normalY).arg(largeY)));
        // The bigger labels take more room beside and below the plot.
        const QMargins large = chart->plot()->axisRect()->margins();
        QVERIFY2(large.left() > normal.left(), qPrintable(u"left %1 → %2"_s.arg(normal.left()).arg(large.left())));
        QVERIFY2(large.bottom() > normal.bottom(),
                 qPrintable(u"bottom %1 → %2"_s.arg(normal.bottom()).arg(large.bottom())));

        chart->setLargeFonts(false);
        QCOMPARE(QFontMetricsF(x->tickLabelFont()).height(), normalX);
    }

    // Title, data setters and footnote: one replot per setter one by one,
    // one in all inside a Batch (none before it ends), the same picture.
    void batchReplotsOnce_data() { addKindRows(); }

    void batchReplotsOnce()
    {
        QFETCH(QString, kind);
        QImage pictures[2];
        for (bool batched : {false, true}) {
            const std::unique_ptr<QWidget> widget = test::makeChart(kind);
            auto *chart = qobject_cast<widgets::AnalysisChart *>(widget.get());
            QVERIFY(chart);
            test::showAt(*chart, chart->plot(), QSize(640, 440));
            int replots = 0;
            connect(chart->plot(), &QCustomPlot::afterReplot, this, [&replots] { ++replots; });
            int setters = 0;
            {
                std::optional<widgets::AnalysisChart::Batch> batch;
                if (batched)
                    batch.emplace(chart);
                chart->setTitle(u"東京都 2022"_s);
                setters = 1 + test::setSampleData(chart);
                chart->setFootnote(u"出典: 国勢調査"_s);
                ++setters;
                if (batched)
                    QCOMPARE(replots, 0);
            }
            QVERIFY(setters >= 4);
            QCOMPARE(replots, batched ? 1 : setters);
            pictures[batched ? 1 : 0] = chart->grab().toImage();
        }
        QCOMPARE(pictures[1], pictures[0]);
    }
};

QTEST_MAIN(TestAnalysisChart)
#include "test_analysischart.moc"
