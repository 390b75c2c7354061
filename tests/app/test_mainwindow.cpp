// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen on a fresh store: the map shows the 47
// prefectures, selecting regions drives the chart, the Japanese UI is
// translated, and the screenshot is written. Status messages belong to the
// page that shows them; the data catalogue dock shows a useful number of
// rows and the sources dialog fits a laptop screen after a large import.
#include "testhelpers.h"

#include "analysispage.h"
#include "catalogsource.h"
#include "catalogview.h"
#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "workspace.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    // Each test starts as a first start: no region, level or page remembered
    // (the settings are the test's own, see testhelpers.h).
    void init() { QSettings().clear(); }

    void initTestCase()
    {
        // Settings (window geometry, language) in a temporary folder, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("titleFragment");
        QTest::addColumn<QString>("indicatorName");
        QTest::newRow("ja") << u"ja"_s << u"地域経済分析"_s << u"総人口"_s;
        QTest::newRow("en") << u"en"_s << u"regional economy analysis"_s << u"Population"_s;
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, titleFragment);
        QFETCH(QString, indicatorName);
        app::LanguageManager manager;
        QCOMPARE(manager.install(language), language);
        app::MainWindow window(m_store, manager);
        QVERIFY2(window.windowTitle().contains(titleFragment), qPrintable(window.windowTitle()));
        auto *indicator = window.mapView()->findChild<QComboBox *>();
        QVERIFY(indicator);
        QCOMPARE(indicator->currentText(), indicatorName);
    }

    void selectionDrivesChart_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<int>("series");
        QTest::newRow("one") << QStringList{u"23"_s} << 1;
        QTest::newRow("東京圏") << QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s} << 4;
        QTest::newRow("none shows Japan") << QStringList{} << 1;
    }

    void selectionDrivesChart()
    {
        QFETCH(QStringList, codes);
        QFETCH(int, series);
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.mapView()->selectRegions(codes);
        window.mapView()->waitForIdle();   // the series are read on a worker
        QCOMPARE(window.mapView()->selectedRegions(), codes);
        QCOMPARE(window.mapView()->chart()->seriesCount(), series);
        QCOMPARE(window.mapView()->map()->selectedCodes(), codes);
    }

    void mapClickSelects()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        widgets::ChoroplethMap *map = window.mapView()->map();
        const QPoint aichi = map->projectedPoint(137.2, 35.0).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, {}, aichi);
        window.mapView()->waitForIdle();   // the series are read on a worker
        QCOMPARE(window.mapView()->selectedRegions(), QStringList{u"23"_s});
        QCOMPARE(window.mapView()->chart()->seriesCount(), 1);
    }

    void showsSource()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        auto *source = window.mapView()->findChild<QLabel *>(u"sourceLabel"_s);
        QVERIFY(source);
        QVERIFY2(source->text().contains(u"国勢調査"_s), qPrintable(source->text()));
        QVERIFY(source->text().contains(u"政府標準利用規約"_s));
    }

    // A page's status message goes when another page is shown, and a hidden
    // page's message never reaches the status bar.
    void statusIsPageScoped_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("industry → population") << u"industry"_s << u"population"_s;
        QTest::newRow("shiftshare → map") << u"shiftshare"_s << u"map"_s;
        QTest::newRow("map → industry") << u"map"_s << u"industry"_s;
        QTest::newRow("flows → start") << u"flows"_s << u"start"_s;
    }

    void statusIsPageScoped()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Workspace *workspace = window.workspace();
        const auto say = [&](const QString &page, const QString &text) {
            if (page == u"map")
                emit window.mapView()->statusMessage(text);
            else
                emit workspace->page(page)->statusMessage(text);
        };
        workspace->showPage(from);
        say(from, u"愛知県: LQ 1.57"_s);
        QCOMPARE(window.statusBar()->currentMessage(), u"愛知県: LQ 1.57"_s);
        workspace->showPage(to);
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        say(from, u"late"_s);   // from the page now hidden
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        if (to != u"start") {
            say(to, u"shown"_s);
            QCOMPARE(window.statusBar()->currentMessage(), u"shown"_s);
        }
    }

    // View → Data catalogue at laptop sizes: six whole rows or more (five
    // with large fonts); it was given five (four with large fonts).
    void catalogueDockShowsRows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366×768") << QSize(1366, 768);
        QTest::newRow("1280×720") << QSize(1280, 720);
        QTest::newRow("1600×1000") << QSize(1600, 1000);
    }

    void catalogueDockShowsRows()
    {
        QFETCH(QSize, size);
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(u"catalogueDock"_s);
        QVERIFY(dock);
        dock->toggleViewAction()->trigger();
        QTest::qWait(50);   // the dock is laid out
        QVERIFY(dock->isVisible());
        // Ten rows where the window has room for them, up to 40 % of its height.
        QVERIFY2(window.catalogView()->visibleRows() >= 6, qPrintable(QString::number(window.catalogView()->visibleRows())));
        QVERIFY(window.catalogView()->indicatorCount() >= 6);
        window.setLargeFonts(true);   // projector: taller rows, still five
        QTest::qWait(50);
        QVERIFY2(window.catalogView()->visibleRows() >= 5, qPrintable(QString::number(window.catalogView()->visibleRows())));
        QVERIFY(window.height() <= size.height());   // the window did not grow for it
    }

    // Help → Data sources after an import of 60 indicators: the dialog lists
    // them all and scrolls, within 1366 × 768 and 1280 × 720.
    void sourcesDialogFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366×768") << QSize(1366, 768);
        QTest::newRow("1280×720") << QSize(1280, 720);
    }

    void sourcesDialogFitsTheScreen()
    {
        QFETCH(QSize, screen);
        if (!m_store.indicator(u"extra_59"_s)) {
            QByteArray csv("region_code,year,measure,value\n");
            for (int i = 0; i < 60; ++i)
                csv += QByteArray("13,2020,extra_") + QByteArray::number(i) + ",1\n";
            datasets::ImportRequest request;
            request.fileName = m_dir.filePath(u"extra.csv"_s);
            request.data = csv;
            request.format = u"tidy"_s;
            const datasets::ImportResult result = datasets::readImport(request);
            QVERIFY2(result.ok(), qPrintable(result.errorString()));
            QString error;
            QVERIFY2(datasets::commitImport(m_store, result, &error), qPrintable(error));
        }
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDialog *dialog = window.openSourcesDialog(screen);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(dialog->height() <= screen.height() * 9 / 10, qPrintable(QString::number(dialog->height())));
        QVERIFY(dialog->width() <= screen.width());
        auto *text = dialog->findChild<QTextBrowser *>(u"sources"_s);
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(u"extra_59"_s));
        QVERIFY(text->toPlainText().contains(u"総人口"_s));
        QVERIFY(text->verticalScrollBar()->maximum() > 0);   // the list scrolls
        dialog->close();
    }

    void screenshot()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(u"main.png"_s);
        QVERIFY(window.saveScreenshot(path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
