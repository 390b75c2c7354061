// SPDX-License-Identifier: GPL-3.0-or-later
// The map page's figures (the map and the time series of the selection)
// export through the same path as every other figure: PNG, SVG and PDF files
// that are what they claim, written through QSaveFile.
#include "../widgets/figurecheck.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "mapview.h"
#include "widgets/timeserieschart.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;
using widgets::FigureFormat;

class TestMapViewExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"store.sqlite"_s), &error), qPrintable(error));
    }

    void figures()
    {
        app::MapView view(m_store, false);
        const QList<app::PageFigure> figures = view.figures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).id, u"map"_s);
        QCOMPARE(figures.at(0).caption, view.map()->title());
        QCOMPARE(figures.at(1).id, u"map_series"_s);
        QCOMPARE(figures.at(1).caption, view.chart()->title());
        QVERIFY(!figures.at(0).caption.isEmpty());
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<int>("figure");
        QTest::addColumn<FigureFormat>("format");
        for (int figure : {0, 1})
            for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf})
                QTest::newRow(qPrintable(u"%1 %2"_s.arg(figure == 0 ? u"map"_s : u"series"_s,
                                                        widgets::figureSuffix(format))))
                    << figure << format;
    }

    void exportsEveryFormat()
    {
        QFETCH(int, figure);
        QFETCH(FigureFormat, format);
        app::MapView view(m_store, false);
        view.selectRegions({u"13"_s, u"27"_s});
        view.waitForIdle();   // the time series is read on a worker
        const app::PageFigure f = view.figures().at(figure);
        QTemporaryDir out;
        const QString path = out.filePath(f.id + u'.' + widgets::figureSuffix(format));
        const QSize size(1600, 1200);
        QString error;
        QVERIFY2(app::writeFigure(f, path, size, &error), qPrintable(error));
        test::checkFigureFile(path, format, size, f.caption);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});
    }

    // Nothing half-written: a failed write leaves no file.
    void failedExport()
    {
        app::MapView view(m_store, false);
        QTemporaryDir out;
        const QString path = out.filePath(u"missing/map.pdf"_s);
        QString error;
        QVERIFY(!app::writeFigure(view.figures().constFirst(), path, QSize(1600, 1200), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestMapViewExport)
#include "test_mapview_export.moc"
