// SPDX-License-Identifier: GPL-3.0-or-later
// 自治体比較 linked with the map page (issue 12) in a main window offscreen on
// a fresh starter store: "Show on map" opens the map page at the
// comparison's level with the region and its peers selected; a click on the
// map (a municipality at municipal level, a prefecture at prefecture level)
// selects that region and the comparison follows it. Without municipal
// boundaries (the starter pack) the button is disabled and says why.
#include "testhelpers.h"

#include "compareview.h"
#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "indicatorpicker.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "regionselection.h"
#include "widgets/choroplethmap.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// The comparison page of window (shown at 1366 × 768 when show), region selected, results in.
app::CompareView *openCompare(app::MainWindow &window, const QString &region, bool show)
{
    if (show) {
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
    }
    app::Workspace *ws = window.workspace();
    ws->selectRegion(region);
    ws->showPage(u"compare"_s);
    auto *page = qobject_cast<app::CompareView *>(ws->page(u"compare"_s));
    if (page && !QTest::qWaitFor([page] { return !page->isBusy(); }, 30000))
        return nullptr;
    return page;
}

} // namespace

class TestCompareLinked : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    bool m_municipalMap = false;   // N03 imported (importMunicipalBoundaries)

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    // Without municipal boundaries (the starter pack has none) a municipality's comparison
    // cannot be marked on the map: the button says why instead.
    void withoutMunicipalBoundaries()
    {
        app::LanguageManager language;
        language.install(u"en"_s);
        app::MainWindow window(m_store, language);
        app::Workspace *ws = window.workspace();
        app::CompareView *page = openCompare(window, u"23211"_s, false);
        QVERIFY(page);
        QCOMPARE(page->comparedRegions().size(), 31);
        QVERIFY(!page->showOnMapButton()->isEnabled());
        QVERIFY2(page->showOnMapButton()->toolTip().contains(u"N03"_s), qPrintable(page->showOnMapButton()->toolTip()));
        emit page->showOnMap(page->comparedRegions());   // even when asked: the shared selection stays
        QCOMPARE(ws->selection().codes(), QStringList{u"23211"_s});
        ws->selectRegion(u"23"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY(page->showOnMapButton()->isEnabled());   // prefectures are always on the map
    }

    // The real N03 boundaries (TopoJSON, 1 %, designated cities whole) for the municipal map.
    void importMunicipalBoundaries()
    {
        RL_REQUIRE_SHARED_DATA(data);
        const QString file = QDir(data).filePath(
            u"boundaries_n03_2021_smartnews/original/topojson_s0010_N03-21_210101_designated_city.json"_s);
        if (!QFile::exists(file))
            QSKIP("the N03 TopoJSON (designated cities, 1%) is not in ../shared/data");
        datasets::ImportRequest request;
        request.fileName = file;
        request.regions = m_store.regions();
        const datasets::ImportResult result = datasets::readImport(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QString error;
        QVERIFY2(datasets::commitImport(m_store, result, &error), qPrintable(error));
        m_municipalMap = true;
    }

    // The page as a user sees it in a 1366 × 768 window, each tab, ja and en (PNGs in out/): the
    // scatter's and the ranking's indicator choosers show their whole names and search hints.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("region");
        QTest::newRow("ja 豊田市") << u"ja"_s << u"23211"_s;
        QTest::newRow("en 豊田市") << u"en"_s << u"23211"_s;
        QTest::newRow("ja 愛知県") << u"ja"_s << u"23"_s;
        QTest::newRow("en 愛知県") << u"en"_s << u"23"_s;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QString, region);
        app::LanguageManager languages;
        languages.install(language);
        app::MainWindow window(m_store, languages);
        app::CompareView *page = openCompare(window, region, true);
        QVERIFY(page);
        auto *tabs = page->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
            QCoreApplication::sendPostedEvents();
            QCOMPARE(window.size(), QSize(1366, 768));   // nothing made the window grow
            for (app::IndicatorPicker *picker : {page->xPicker(), page->yPicker(), page->rankPicker()}) {
                if (!picker->isVisible())
                    continue;
                const QComboBox *box = picker->indicatorBox();
                QVERIFY2(box->fontMetrics().horizontalAdvance(box->currentText()) + 30 <= box->width(),
                         qPrintable(u"%1: '%2' in %3 px"_s.arg(tab).arg(box->currentText()).arg(box->width())));
                const QLineEdit *search = picker->searchEdit();
                QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) + 12 <= search->width(),
                         qPrintable(search->placeholderText()));
            }
            window.grab().save(test::sourceDir()
                               + u"/out/compare-1366-%1-%2-tab%3.png"_s.arg(language, region).arg(tab));
        }
    }

    void mapAndComparison_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("peers");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("clicked");
        // 豊田市 and the other municipalities of 愛知県: the map zooms to 愛知県; 岡崎市 clicked.
        QTest::newRow("municipality, same prefecture") << u"23211"_s << int(datasets::compareadapter::PeerMode::Prefecture)
                                                       << u"municipality"_s << u"23"_s << u"23202"_s;
        // 豊田市 and its 30 most similar municipalities (all over Japan): the whole municipal map.
        QTest::newRow("municipality, similar") << u"23211"_s << int(datasets::compareadapter::PeerMode::Similar)
                                               << u"municipality"_s << QString() << u"23202"_s;
        // 愛知県 and the prefectures of its block: the prefecture map; 静岡県 clicked.
        QTest::newRow("prefecture, block") << u"23"_s << int(datasets::compareadapter::PeerMode::Prefecture)
                                           << u"prefecture"_s << QString() << u"22"_s;
    }

    void mapAndComparison()
    {
        QFETCH(QString, region);
        QFETCH(int, peers);
        QFETCH(QString, level);
        QFETCH(QString, filter);
        QFETCH(QString, clicked);
        if (level == u"municipality" && !m_municipalMap)
            QSKIP("no municipal boundaries (../shared/data N03 absent)");
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::MainWindow window(m_store, language);
        app::CompareView *page = openCompare(window, region, true);
        QVERIFY(page);
        app::Workspace *ws = window.workspace();
        page->setPeerMode(datasets::compareadapter::PeerMode(peers));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        const QStringList compared = page->comparedRegions();
        QCOMPARE(compared.first(), region);
        QVERIFY(compared.size() > 2);

        // Show on map: the map page, the comparison's level, the region and its peers selected.
        page->showOnMapButton()->click();
        QCOMPARE(ws->currentPageId(), u"map"_s);
        app::MapView *map = ws->mapView();
        QCOMPARE(map->level(), level);
        QCOMPARE(map->prefectureFilter(), filter);
        map->waitForIdle();
        QStringList marked = map->map()->selectedCodes(), expected = compared;
        std::sort(marked.begin(), marked.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(marked, expected);
        QCOMPARE(ws->selection().primary(), region);   // the comparison is still the region's
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QCOMPARE(page->result().region, region);
        QCOMPARE(page->comparedRegions(), compared);
        const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_').remove(u',');
        window.grab().save(test::sourceDir() + u"/out/compare-on-map-%1.png"_s.arg(tag));

        // A click on the map selects that region; the comparison follows.
        widgets::ChoroplethMap *choropleth = map->map();
        const QPointF at = choropleth->interiorPoint(clicked);
        QCOMPARE(choropleth->regionAt(at), clicked);
        QTest::mouseClick(choropleth, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(ws->selection().codes(), QStringList{clicked});
        ws->showPage(u"compare"_s);   // a hidden page catches up with the selection when shown
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QCOMPARE(page->result().region, clicked);
        QCOMPARE(page->comparedRegions().first(), clicked);
    }
};

QTEST_MAIN(TestCompareLinked)
#include "test_compare_linked.moc"
