// SPDX-License-Identifier: GPL-3.0-or-later
// The one export path (widgets/figureexport.h) that charts, maps and the
// application's "Export figure" share: PNG, SVG and PDF files that are what
// they say (magic bytes, a decodable image or document of the figure, the
// title in the metadata and, where poppler's pdftotext is installed, in the
// PDF's text), written through QSaveFile so that a failed write leaves
// nothing behind; the charts' and maps' own save functions write the same.
#include "chartsamples.h"
#include "figurecheck.h"

#include "widgets/choroplethmap.h"
#include "widgets/figureexport.h"
#include "widgets/flowmap.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;
using widgets::FigureFormat;

namespace {

// "Q" is drawn nowhere else in the sample figures.
const QString kTitle = u"Quarterly population 人口 2020"_s;

QPolygonF square(double lon, double lat, double d)
{
    return QPolygonF({QPointF(lon, lat), QPointF(lon + d, lat), QPointF(lon + d, lat + d), QPointF(lon, lat + d),
                      QPointF(lon, lat)});
}

// A small map of three prefectures (squares near the real places).
void fillMap(widgets::ChoroplethMap &map)
{
    map.setFeatures({{u"13"_s, u"東京都"_s, {square(139.3, 35.5, 0.5)}},
                     {u"14"_s, u"神奈川県"_s, {square(139.2, 35.1, 0.4)}},
                     {u"27"_s, u"大阪府"_s, {square(135.3, 34.4, 0.5)}}});
    map.setValues({{u"13"_s, 14.0}, {u"14"_s, 9.2}, {u"27"_s, 8.8}});
    map.setTitle(kTitle);
    map.setBackgroundRendering(false);
}

void addFormatRows()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<FigureFormat>("format");
    for (const QString &figure : {u"TimeSeriesChart"_s, u"PyramidChart"_s, u"ChoroplethMap"_s, u"FlowMap"_s})
        for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf})
            QTest::newRow(qPrintable(figure + u" "_s + widgets::figureSuffix(format))) << figure << format;
}

// The figure's widget, filled with sample data and titled kTitle.
std::unique_ptr<QWidget> makeFigure(const QString &figure)
{
    if (figure == u"ChoroplethMap" || figure == u"FlowMap") {
        std::unique_ptr<widgets::ChoroplethMap> map;
        if (figure == u"FlowMap") {
            auto flows = std::make_unique<widgets::FlowMap>();
            fillMap(*flows);
            flows->setFlows({{u"14"_s, u"13"_s, 5000}, {u"27"_s, u"13"_s, 1200}});
            map = std::move(flows);
        } else {
            map = std::make_unique<widgets::ChoroplethMap>();
            fillMap(*map);
        }
        return map;
    }
    std::unique_ptr<QWidget> chart = test::makeChart(figure);
    test::setSampleData(chart.get());
    qobject_cast<widgets::AnalysisChart *>(chart.get())->setTitle(kTitle);
    return chart;
}

widgets::FigurePaint paintOf(QWidget *figure)
{
    if (auto *map = qobject_cast<widgets::ChoroplethMap *>(figure))
        return map->figurePaint();   // a flow map's draws its arrows too
    return qobject_cast<widgets::AnalysisChart *>(figure)->figurePaint();
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private slots:
    void formatBySuffix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FigureFormat>("format");
        QTest::newRow("png") << u"a/b.png"_s << FigureFormat::Png;
        QTest::newRow("SVG upper case") << u"b.SVG"_s << FigureFormat::Svg;
        QTest::newRow("pdf") << u"/tmp/x.y.pdf"_s << FigureFormat::Pdf;
        QTest::newRow("no suffix: PNG") << u"figure"_s << FigureFormat::Png;
    }

    void formatBySuffix()
    {
        QFETCH(QString, path);
        QFETCH(FigureFormat, format);
        QCOMPARE(widgets::figureFormatOf(path), format);
    }

    void writesValidFiles_data() { addFormatRows(); }

    void writesValidFiles()
    {
        QFETCH(QString, figure);
        QFETCH(FigureFormat, format);
        QTemporaryDir dir;
        const std::unique_ptr<QWidget> widget = makeFigure(figure);
        const QSize size(1000, 700);
        const QString path = dir.filePath(u"figure."_s + widgets::figureSuffix(format));
        QString error;
        QVERIFY2(widgets::writeFigureFile(paintOf(widget.get()), path, size, kTitle, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        test::checkFigureFile(path, format, size, kTitle);
        // Only the file itself: QSaveFile's temporary is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});
    }

    // The widgets' own save functions write through the same path.
    void saveFunctions_data() { addFormatRows(); }

    void saveFunctions()
    {
        QFETCH(QString, figure);
        QFETCH(FigureFormat, format);
        QTemporaryDir dir;
        const std::unique_ptr<QWidget> widget = makeFigure(figure);
        const QSize size(900, 600);
        const QString path = dir.filePath(u"saved."_s + widgets::figureSuffix(format));
        bool ok = false;
        if (auto *chart = qobject_cast<widgets::AnalysisChart *>(widget.get())) {
            ok = format == FigureFormat::Png   ? chart->savePng(path, size)
                 : format == FigureFormat::Svg ? chart->saveSvg(path, size)
                                               : chart->savePdf(path, size);
        } else if (auto *map = qobject_cast<widgets::ChoroplethMap *>(widget.get())) {
            ok = format == FigureFormat::Png   ? map->savePng(path, size)
                 : format == FigureFormat::Svg ? map->saveSvg(path, size)
                                               : map->savePdf(path, size);
        }
        QVERIFY(ok);
        test::checkFigureFile(path, format, size, kTitle);
    }

    // The PDF's text holds the title drawn in the figure (needs pdftotext).
    void pdfText_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::newRow("chart") << u"TimeSeriesChart"_s;
        QTest::newRow("map") << u"ChoroplethMap"_s;
    }

    void pdfText()
    {
        QFETCH(QString, figure);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QTemporaryDir dir;
        const std::unique_ptr<QWidget> widget = makeFigure(figure);
        const QString path = dir.filePath(u"figure.pdf"_s);
        QVERIFY(widgets::writeFigureFile(paintOf(widget.get()), path, QSize(1000, 700), kTitle));
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(kTitle), qPrintable(text.left(300)));
    }

    // A file that cannot be written: false, a message naming it, nothing left.
    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const std::unique_ptr<QWidget> widget = makeFigure(u"TimeSeriesChart"_s);
        const QString path = dir.filePath(u"no/such/folder/figure.pdf"_s);
        QString error;
        QVERIFY(!widgets::writeFigureFile(paintOf(widget.get()), path, QSize(800, 600), kTitle, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        // Nothing to paint: refused.
        QVERIFY(!widgets::writeFigureFile({}, dir.filePath(u"x.png"_s), QSize(800, 600), kTitle, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"x.png"_s)));
    }

    // An existing file is replaced whole, never half-written.
    void replacesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"figure.svg"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(50000, 'x'));
        old.close();
        const std::unique_ptr<QWidget> widget = makeFigure(u"ChoroplethMap"_s);
        QVERIFY(widgets::writeFigureFile(paintOf(widget.get()), path, QSize(800, 600), kTitle));
        test::checkFigureFile(path, FigureFormat::Svg, QSize(800, 600), kTitle);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("xxxxxxxx"));
    }
};

QTEST_MAIN(TestFigureExport)
#include "test_figureexport.moc"
