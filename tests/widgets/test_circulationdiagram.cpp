// SPDX-License-Identifier: GPL-3.0-or-later
// The 地域経済循環 diagram: its layout fits the page's figure area, the
// report's figure and projector mode (cards inside the target, side by side,
// the rate badge below them, nothing overflowing), what it paints (each
// stage's colour, the in/outflow colours, the empty text), and export through
// the shared figure path (PNG, SVG, PDF).
#include "chartsamples.h"
#include "figurecheck.h"

#include "widgets/circulationdiagram.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
using widgets::CirculationDiagram;
using widgets::CirculationFlow;

namespace {

// 愛知県 2015 in 億円 (regionlens-cli io circulation --region 23, 百万円 ÷ 100), as the page fills it.
widgets::CirculationDiagramData aichi()
{
    widgets::CirculationDiagramData d;
    d.unit = u"億円"_s;
    d.rateLabel = u"地域経済循環率"_s;
    d.rateNote = u"従業地ベース"_s;
    d.flowsHeading = u"地域外との流れ"_s;
    d.circulationRate = 1.0;
    d.stages[0] = {u"生産（付加価値額）"_s, 361745.19,
                   {{u"製造業"_s, 112379.7}, {u"サービス"_s, 87563.83}, {u"金融・保険・不動産"_s, 50761.24},
                    {u"その他"_s, 111040.42}},
                   {{CirculationFlow::Kind::Inflow, u"純移輸出 製造業"_s, 68195.14}}};
    d.stages[1] = {u"分配（所得）"_s, 361745.19,
                   {{u"雇用者所得"_s, 183916.25}, {u"その他所得"_s, 177828.94}},
                   {{CirculationFlow::Kind::Note, u"従業地ベース：通勤や財産所得による地域外との所得の出入りは含まない"_s}}};
    d.stages[2] = {u"支出"_s, 361745.19,
                   {{u"民間消費"_s, 185862.43}, {u"政府消費"_s, 46768.41}, {u"投資"_s, 102826.4},
                    {u"域際収支"_s, 26287.95}},
                   {{CirculationFlow::Kind::Inflow, u"移輸出"_s, 314646.67},
                    {CirculationFlow::Kind::Outflow, u"移輸入"_s, 288358.72}}};
    return d;
}

bool hasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 6 && std::abs(c.green() - colour.green()) < 6 &&
                std::abs(c.blue() - colour.blue()) < 6)
                return true;
        }
    return false;
}

} // namespace

class TestCirculationDiagram : public QObject
{
    Q_OBJECT

private slots:
    void layoutFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("large");
        QTest::addColumn<double>("minScale");   // fonts shrunk at most to this
        // The page's figure area at 1366×768, the report's figure (900 × 0.62),
        // projector mode at 1920×1080, and a small window.
        QTest::newRow("page 1366x768") << QSize(800, 520) << false << 0.99;
        QTest::newRow("report") << QSize(900, 558) << false << 0.99;
        QTest::newRow("projector 1920x1080") << QSize(1150, 780) << true << 0.99;
        QTest::newRow("projector 1366x768") << QSize(800, 520) << true << 0.6;
        QTest::newRow("small") << QSize(560, 380) << false << 0.6;
    }

    void layoutFits()
    {
        QFETCH(QSize, size);
        QFETCH(bool, large);
        QFETCH(double, minScale);
        CirculationDiagram d;
        d.setData(aichi());
        d.setTitle(u"地域経済循環：愛知県（2015年、公式表）"_s);
        d.setFootnote(u"出典：愛知県「平成27年（2015年）愛知県産業連関表」（CC BY 2.1 JP）を基に作成"_s);
        d.setLargeFonts(large);
        const QRectF target(QPointF(0, 0), QSizeF(size));
        const CirculationDiagram::Layout l = d.layout(target);
        QVERIFY2(l.fits, qPrintable(u"scale %1"_s.arg(l.fontScale)));
        QVERIFY2(l.fontScale >= minScale - 1e-9, qPrintable(u"scale %1"_s.arg(l.fontScale)));
        for (int s = 0; s < 3; ++s) {
            const QRectF &c = l.cards[std::size_t(s)];
            QVERIFY(target.contains(c));
            QVERIFY(c.top() >= l.title.bottom());
            if (s > 0)
                QVERIFY(l.cards[std::size_t(s - 1)].right() < c.left());   // side by side, a gap for the arrow
            QVERIFY(!c.intersects(l.badge));
        }
        QVERIFY(target.contains(l.badge));
        QVERIFY(l.badge.bottom() <= l.footnote.top());
        QVERIFY(l.footnote.bottom() <= target.bottom());
    }

    void paints()
    {
        CirculationDiagram d;
        d.setData(aichi());
        d.setTitle(u"地域経済循環"_s);
        const QImage image = d.toImage(QSize(800, 520));
        if (const QString out = qEnvironmentVariable("REGIONLENS_SAVE_FIGURES"); !out.isEmpty()) {   // to look at
            image.save(out + u"/circulationdiagram.png"_s);
            d.setLargeFonts(true);
            d.toImage(QSize(800, 520)).save(out + u"/circulationdiagram-large.png"_s);
            d.setLargeFonts(false);
        }
        QVERIFY(test::inkedPixels(image, 3) > 2000);
        for (int s = 0; s < 3; ++s)
            QVERIFY2(hasColour(image, CirculationDiagram::stageColour(s)), qPrintable(QString::number(s)));
        QVERIFY(hasColour(image, CirculationDiagram::outflowColour()));   // 移輸入
        // Large fonts: more ink for the same data.
        d.setLargeFonts(true);
        QVERIFY(test::inkedPixels(d.toImage(QSize(1150, 780)), 3) > test::inkedPixels(image, 3));
    }

    void empty()
    {
        CirculationDiagram d;
        widgets::CirculationDiagramData data;
        data.emptyText = u"No input-output table for this region"_s;
        d.setData(data);
        const QImage image = d.toImage(QSize(600, 400));
        QVERIFY(test::inkedPixels(image, 2) > 20);   // the message
        QVERIFY(!hasColour(image, CirculationDiagram::stageColour(0)));   // no cards
    }

    void exports_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(widgets::FigureFormat::Png);
        QTest::newRow("svg") << int(widgets::FigureFormat::Svg);
        QTest::newRow("pdf") << int(widgets::FigureFormat::Pdf);
    }

    void exports()
    {
        QFETCH(int, format);
        const auto f = widgets::FigureFormat(format);
        QTemporaryDir dir;
        CirculationDiagram d;
        d.setData(aichi());
        d.setTitle(u"Regional economic circulation"_s);
        const QString path = dir.filePath(u"circulation."_s + widgets::figureSuffix(f));
        QString error;
        QVERIFY2(widgets::writeFigureFile(d.figurePaint(), f, path, QSize(900, 558), d.title(), &error),
                 qPrintable(error));
        test::checkFigureFile(path, f, QSize(900, 558), d.title());
    }
};

QTEST_MAIN(TestCirculationDiagram)
#include "test_circulationdiagram.moc"
