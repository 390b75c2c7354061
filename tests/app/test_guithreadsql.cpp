// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: once the workspace is open (its catalogue snapshot built on a
// worker, as main.cpp does), picking a region runs no SQL statement on the
// GUI thread — on every page, whether the pick comes from the region bar (a
// prefecture, a group, nothing) or from a click on a municipality of a map at
// municipal level. Store::statementCount() counts the statements of every
// Store connection per thread; the test reads the GUI thread's count around
// each pick, including the results the pages apply afterwards.
#include "testhelpers.h"

#include "analysispage.h"
#include "catalogsource.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "pageregistry.h"
#include "regionselection.h"
#include "widgets/choroplethmap.h"
#include "workspace.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// Squares near the real places, for municipal maps (the starter pack has no
// municipal boundaries).
datasets::MultiPolygon square(double lon, double lat)
{
    const double d = 0.03;
    return {{{QPointF(lon, lat), QPointF(lon + d, lat), QPointF(lon + d, lat + d), QPointF(lon, lat + d),
              QPointF(lon, lat)}}};
}


} // namespace

class TestGuiThreadSql : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    app::LanguageManager m_language;
    std::unique_ptr<app::CatalogSource> m_catalog;
    std::unique_ptr<app::MainWindow> m_window;

    app::Workspace *workspace() const { return m_window->workspace(); }

    // Waits until the shown page and the map page have applied their results
    // (outside the counted steps: waitForIdle() may run a job that has not
    // started yet on this thread, as QFuture::waitForFinished() does).
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            if (app::AnalysisPage *page = workspace()->currentAnalysisPage())
                page->waitForIdle();
            workspace()->mapView()->waitForIdle();
            QCoreApplication::sendPostedEvents();
        }
    }

    // The same inside the counted steps: waits for the workers to finish
    // without running their jobs here, then delivers their results (which
    // may start further jobs).
    static void settleWithoutStealing()
    {
        for (int i = 0; i < 4; ++i) {
            QThreadPool::globalInstance()->waitForDone(60000);
            QCoreApplication::sendPostedEvents();
        }
    }

    // The map of the shown page (the map page's, or an analysis page's) with
    // its level chooser set to municipalities.
    // The map page, and the pages built on MapPage (a "mapLevel" chooser);
    // pages without a map (e.g. 地域経済循環) have no municipal row.
    bool hasLevelChooser(const QString &pageId)
    {
        const app::AnalysisPage *page = workspace()->page(pageId);
        return pageId == u"map" || (page && page->findChild<QComboBox *>(u"mapLevel"_s));
    }

    widgets::ChoroplethMap *municipalMap(const QString &pageId)
    {
        if (pageId == u"map") {
            workspace()->mapView()->setLevel(u"municipality"_s);
            return workspace()->mapView()->map();
        }
        app::AnalysisPage *page = workspace()->page(pageId);
        auto *level = page ? page->findChild<QComboBox *>(u"mapLevel"_s) : nullptr;
        if (!level || level->findData(u"municipality"_s) < 0)
            return nullptr;
        level->setCurrentIndex(level->findData(u"municipality"_s));
        for (widgets::ChoroplethMap *map : page->findChildren<widgets::ChoroplethMap *>())
            if (map->isVisible() && !map->interiorPoint(u"13101"_s).isNull())
                return map;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        QVERIFY(m_store.transaction([&](QString *error) {
            return m_store.writeBoundaries(datasets::RegionLevel::Municipality, u"test"_s,
                                           {{u"13101"_s, QString(), square(139.75, 35.69)},
                                            {u"13102"_s, QString(), square(139.78, 35.67)},
                                            {u"13103"_s, QString(), square(139.74, 35.65)},
                                            {u"27100"_s, QString(), square(135.50, 34.69)}},
                                           error);
        }));
        m_language.install(u"ja"_s);

        // As main.cpp starts: the catalogue is built on a worker, then the window opens.
        m_catalog = std::make_unique<app::CatalogSource>(m_store, true);
        const quint64 before = datasets::Store::statementCount();
        m_catalog->rebuild();
        QVERIFY(m_catalog->isBuilding());
        QVERIFY(QTest::qWaitFor([&] { return m_catalog->isReady(); }, 60000));
        QCOMPARE(datasets::Store::statementCount(), before);   // built on the worker
        // Opening the workspace: every page built and shown from the
        // snapshot, their first results read and computed on workers.
        const quint64 beforeWindow = datasets::Store::statementCount();
        datasets::Store::setStatementLog(true);
        m_window = std::make_unique<app::MainWindow>(*m_catalog, m_language);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const QString &page : app::workspacePageIds()) {
            workspace()->showPage(page);
            settleWithoutStealing();
        }
        const quint64 opening = datasets::Store::statementCount() - beforeWindow;
        const QStringList log = datasets::Store::takeStatementLog();
        datasets::Store::setStatementLog(false);
        QVERIFY2(opening == 0, qPrintable(u"%1 statement(s) on the GUI thread while opening:\n%2"_s.arg(opening).arg(
                                   log.mid(0, 12).join(u"\n"_s))));
        for (app::AnalysisPage *page : workspace()->pages())
            page->waitForIdle();
        settle();
    }

    void cleanupTestCase()
    {
        datasets::Store::setStatementLog(false);
        m_window.reset();
        m_catalog.reset();
    }

    void noSqlOnPick_data()
    {
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<QString>("pick");   // a region-bar entry, or "municipality"
        for (const QString &page : app::workspacePageIds()) {
            QTest::newRow(qPrintable(page + u"/prefecture"_s)) << page << u"23"_s;
            QTest::newRow(qPrintable(page + u"/group"_s)) << page << u"group:tokyo_area"_s;
            QTest::newRow(qPrintable(page + u"/Japan"_s)) << page << QString();
            QTest::newRow(qPrintable(page + u"/other prefecture"_s)) << page << u"05"_s;
            if (page != u"start" && page != u"population" && hasLevelChooser(page))   // the pages with a level chooser
                QTest::newRow(qPrintable(page + u"/municipality"_s)) << page << u"municipality"_s;
        }
    }

    void noSqlOnPick()
    {
        QFETCH(QString, pageId);
        QFETCH(QString, pick);
        app::Workspace *ws = workspace();
        ws->showPage(pageId);
        QCOMPARE(ws->currentPageId(), pageId);
        settle();

        widgets::ChoroplethMap *map = nullptr;
        if (pick == u"municipality") {
            map = municipalMap(pageId);
            QVERIFY2(map, "no municipal map on this page");
        } else {
            ws->selectRegion(pick == u"01" ? u"02"_s : u"01"_s);   // so that the pick is a change
        }
        settle();

        const quint64 before = datasets::Store::statementCount();
        datasets::Store::setStatementLog(true);
        if (map) {
            QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(u"13102"_s).toPoint());
            QCOMPARE(map->selectedCodes(), QStringList{u"13102"_s});
        } else {
            auto *picker = ws->findChild<QComboBox *>(u"regionPicker"_s);
            const int index = picker->findData(pick);
            QVERIFY2(index >= 0, qPrintable(pick));
            picker->setCurrentIndex(index);
            emit picker->activated(index);
            QVERIFY(pick.isEmpty() ? ws->selection().codes().isEmpty() : !ws->selection().codes().isEmpty());
        }
        settleWithoutStealing();
        const quint64 statements = datasets::Store::statementCount() - before;
        const QStringList log = datasets::Store::takeStatementLog();
        datasets::Store::setStatementLog(false);

        if (map && pageId == u"map")   // back to prefectures for the next rows
            ws->mapView()->setLevel(u"prefecture"_s);
        else if (map)
            ws->page(pageId)->findChild<QComboBox *>(u"mapLevel"_s)->setCurrentIndex(0);
        settle();

        QVERIFY2(statements == 0, qPrintable(u"%1 statement(s) on the GUI thread:\n%2"_s.arg(statements).arg(
                                      log.mid(0, 12).join(u"\n"_s))));
    }
};

QTEST_MAIN(TestGuiThreadSql)
#include "test_guithreadsql.moc"
