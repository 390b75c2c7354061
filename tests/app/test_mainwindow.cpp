// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen on a fresh store: the map shows the 47
// prefectures, selecting regions drives the chart, the Japanese UI is
// translated, and the screenshot is written.
#include "testhelpers.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
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
