// SPDX-License-Identifier: GPL-3.0-or-later
// The 人口移動 / Flows page standalone on a fresh starter store (2025
// inter-prefectural movers): Tokyo's net in-migration in the commentary, net
// migration summing to zero, indices against sums worked by hand from the
// published table, the flows table driving the shared selection, figure
// exports, and screenshots in out/.
#include "testhelpers.h"
#include "pagetesthelpers.h"
#include "municipaltesthelpers.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "flowsview.h"
#include "languagemanager.h"
#include "maplevelcontrol.h"
#include "regionselection.h"
#include "topflowsmodel.h"
#include "widgets/choroplethmap.h"
#include "widgets/flowmap.h"
#include "widgets/netbarchart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestFlowsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    datasets::Store m_municipalStore;   // N03 boundaries, then SSDSE-A 転入/転出 (opened on first use)
    QString m_ssdse;
    datasets::Store m_odStore;          // N03 boundaries and a hand-made municipal OD table (opened on first use)

    // Flows between real municipalities of the page's year (2025), by hand:
    // 千代田区 13101 → 港区 13103 300, 13103 → 13101 100, さいたま市 11100 →
    // 13101 50, and one outside Tokyo, 大阪市 27100 → 堺市 27140 200.
    bool odStore(QString *error)
    {
        if (m_odStore.isOpen())
            return true;
        if (!test::openMunicipalStore(m_odStore, m_dir.filePath(u"od-map.sqlite"_s), error))
            return false;
        datasets::ImportRequest request;
        request.fileName = u"municipal-od.csv"_s;
        request.data = "origin_code,destination_code,year,value\n"
                       "13101,13103,2025,300\n"
                       "13103,13101,2025,100\n"
                       "11100,13101,2025,50\n"
                       "27100,27140,2025,200\n"_ba;
        request.indicator = u"migration"_s;
        return test::importFile(m_odStore, request, error);
    }

    static QStringList arrowsOf(const QList<widgets::FlowArrow> &flows)
    {
        QStringList out;
        for (const widgets::FlowArrow &f : flows)
            out << u"%1>%2=%3"_s.arg(f.origin, f.destination).arg(f.value);
        return out;
    }

    bool municipalStore()
    {
        if (m_municipalStore.isOpen())
            return true;
        QString error;
        if (!test::openMunicipalStore(m_municipalStore, m_dir.filePath(u"municipal.sqlite"_s), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    static bool settle(const app::FlowsView &view)
    {
        return QTest::qWaitFor([&view] { return !view.isBusy(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void nationalSummary()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        QCOMPARE(view.pageId(), u"flows"_s);
        QVERIFY(settle(view));
        const datasets::flows::Result &r = view.result();
        QCOMPARE(r.year, 2025);
        QCOMPARE(r.regions.size(), 47);
        // Total movers 2025 (第2表): 2,515,731.
        QCOMPARE(r.totalFlows, 2515731.0);
        // Σ net = 0 over the prefectures.
        double sum = 0.0;
        for (double v : r.net)
            sum += v;
        QCOMPARE(sum, 0.0);
        // By hand from the table: Σ|net| = 289,380, so MEI = 100 · 289,380 / (2 · 2,515,731) = 5.7514.
        RL_COMPARE_NEAR(r.effectiveness, 100.0 * 289380.0 / (2.0 * 2515731.0), 1e-9);
        QCOMPARE(r.gaining, 7);
        QCOMPARE(r.losing, 40);
        QCOMPARE(r.largestGain, u"13"_s);
        QCOMPARE(r.largestLoss, u"34"_s);   // 広島県 −9,921
        QVERIFY(std::isfinite(r.crudeMigrationProbability));
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"2,515,731"_s), qPrintable(text));
        QVERIFY2(text.contains(u"広島県 (−9,921)"_s), qPrintable(text));
        // The flow map draws the default top 30; no age breakdown is said plainly.
        QCOMPARE(view.flowMap()->visibleFlows().size(), 30);
        QCOMPARE(view.tableModel()->rowCount(), 30);
        // Under the arrows every prefecture is drawn in the one light class, not hatched as "no data".
        QCOMPARE(view.flowMap()->features().size(), 47);
        for (const widgets::MapFeature &f : view.flowMap()->features())
            QVERIFY2(view.flowMap()->classOf(f.code) == 0, qPrintable(f.code));
        QVERIFY(!r.hasAges);
        auto *ageNote = view.findChild<QLabel *>(u"ageNote"_s);
        QVERIFY(ageNote && ageNote->text().contains(u"no age classes"_s));
        // The net map is centred on 0 with a diverging palette.
        QVERIFY(view.netMap()->breaks().contains(0.0));
    }

    void tokyoHasNetInMigration()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        selection.set({u"13"_s});
        QVERIFY(settle(view));
        const datasets::flows::Result &r = view.result();
        // Summed by hand from the 2025 table: in 451,843, out 386,624.
        QCOMPARE(r.inflow.value(u"13"_s), 451843.0);
        QCOMPARE(r.outflow.value(u"13"_s), 386624.0);
        QCOMPARE(r.net.value(u"13"_s), 65219.0);
        QCOMPARE(r.netRank, 1);
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"<b>東京都</b> gained 65,219 people net"_s), qPrintable(text));
        QVERIFY2(text.contains(u"(in 451,843, out 386,624)"_s), qPrintable(text));
        // Largest inflow 神奈川県 → 東京都 88,983; largest outflow 東京都 → 神奈川県 87,758.
        QVERIFY2(text.contains(u"largest inflow came from 神奈川県 (88,983)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"largest outflow went to 神奈川県 (87,758)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+1,225"_s), qPrintable(text));
        QCOMPARE(view.flowMap()->focusRegion(), u"13"_s);
        QCOMPARE(view.netMap()->selectedCodes(), QStringList{u"13"_s});

        // Only Tokyo's flows: 46 in + 46 out, top 30 shown; each touches Tokyo.
        view.setFocusOnly(true);
        view.setTopN(200);
        QCOMPARE(view.flowMap()->visibleFlows().size(), 92);
        for (const widgets::FlowArrow &f : view.flowMap()->visibleFlows())
            QVERIFY(f.origin == u"13" || f.destination == u"13");
        QCOMPARE(view.tableModel()->rowCount(), 92);
    }

    void tableSelectionSetsSharedSelection()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        QVERIFY(settle(view));
        QAbstractItemModelTester tester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = view.table();
        // Sorted by movers, largest first: 神奈川県 → 東京都 (88,983).
        const QModelIndex top = table->model()->index(0, app::TopFlowsModel::Movers);
        QCOMPARE(top.data().toString(), u"88,983"_s);
        table->selectRow(0);
        QCOMPARE(selection.codes(), (QStringList{u"14"_s, u"13"_s}));
        QVERIFY(settle(view));
        // With Tokyo in focus, picking 神奈川県 → 東京都 keeps Tokyo first.
        selection.set({u"13"_s});
        QVERIFY(settle(view));
        table->clearSelection();
        table->selectRow(0);
        QCOMPARE(selection.codes(), (QStringList{u"13"_s, u"14"_s}));
        QVERIFY(settle(view));
        // Sorting by origin works on codes (北海道 first).
        table->sortByColumn(app::TopFlowsModel::Origin, Qt::AscendingOrder);
        QVERIFY(!table->model()->index(0, 0).data().toString().isEmpty());
        // Clicking Aichi on the net map selects it everywhere.
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        widgets::ChoroplethMap *map = view.netMap();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(u"23"_s).toPoint());
        QCOMPARE(selection.codes(), QStringList{u"23"_s});
        QVERIFY(settle(view));
        QCOMPARE(view.flowMap()->focusRegion(), u"23"_s);
    }

    void exportsFigures_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
        QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    }

    void exportsFigures()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        selection.set({u"13"_s});
        QVERIFY(settle(view));
        view.setFocusOnly(false);   // the national overview: its two maps, the top-30 table
        QVERIFY(settle(view));
        const QList<app::PageFigure> figures = view.figures();
        QCOMPARE(figures.size(), 2);   // no by-age chart without ages
        for (const app::PageFigure &f : figures) {
            const QString path = m_dir.filePath(f.id + u'.' + suffix);
            QString error;
            QVERIFY2(app::writeFigure(f, path, QSize(1400, 1000), &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.size() > 5000, qPrintable(u"%1: %2 bytes"_s.arg(path).arg(file.size())));
            QVERIFY(file.read(magic.size()) == magic);
        }
        // The table as CSV: header plus the 30 rows.
        const QString csv = app::tableAsCsv(*view.table()->model());
        QCOMPARE(csv.count(u"\r\n"_s), 31);
        QVERIFY(csv.contains(u"東京都"_s));

        // The region view: also net by partner and by block; the table holds
        // all 92 flows of 東京都 (46 partners both ways), raw numbers, the
        // share of 東京都's own in-moves (神奈川県 → 東京都 88,983 of 451,843).
        view.setFocusOnly(true);
        QVERIFY(settle(view));
        QStringList ids;
        for (const app::PageFigure &f : view.figures()) {
            ids << f.id;
            const QString path = m_dir.filePath(u"region-"_s + f.id + u'.' + suffix);
            QString error;
            QVERIFY2(app::writeFigure(f, path, QSize(1400, 1000), &error), qPrintable(error));
            QVERIFY(QFile(path).size() > 2000);
        }
        QCOMPARE(ids, (QStringList{u"flow_map"_s, u"net_migration_map"_s, u"net_migration_by_partner"_s,
                                   u"net_migration_by_block"_s}));
        const QString regionCsv = app::tableAsCsv(*view.table()->model());
        QCOMPARE(regionCsv.count(u"\r\n"_s), 93);
        QVERIFY2(regionCsv.contains(u"神奈川県,東京都,88983,%1"_s.arg(100.0 * 88983.0 / 451843.0, 0, 'g', 15)),
                 qPrintable(regionCsv.left(400)));
    }

    // 愛知県 selected: its own flows by default, not the national top 30. The
    // map zooms to 愛知県 and the partners of its 16 largest flows (埼玉県 …
    // 大阪府: the 2025 table, worked in test_adapters_flows), the arrows keep
    // their heads away from Nagoya, the largest partners are labelled with
    // 愛知県's net; the table's shares are of 愛知県's own moves (愛知県 →
    // 東京都 20,087 of 127,037 out-movers = 15.81 %).
    void regionViewAichi()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({u"23"_s});
        QVERIFY(settle(view));
        QVERIFY(view.regionView());
        widgets::FlowMap *map = view.flowMap();
        QVERIFY(map->focusOnly());
        QCOMPARE(map->focusRegion(), u"23"_s);
        QCOMPARE(map->topN(), 16);
        const QList<widgets::FlowArrow> flows = map->visibleFlows();
        QCOMPARE(flows.size(), 16);
        QSet<QString> partners;
        for (const widgets::FlowArrow &f : flows) {
            QVERIFY(f.origin == u"23" || f.destination == u"23");
            partners.insert(f.origin == u"23" ? f.destination : f.origin);
        }
        QCOMPARE(partners, (QSet<QString>{u"11"_s, u"12"_s, u"13"_s, u"14"_s, u"21"_s, u"22"_s, u"24"_s, u"27"_s}));
        QVERIFY2(map->title().contains(u"愛知県"_s) && !map->title().contains(u"Largest"_s), qPrintable(map->title()));
        // Zoomed: 愛知県, its partners and what lies between, not 北海道 or 沖縄県.
        QStringList shown;
        for (const widgets::MapFeature &f : map->features())
            shown << f.code;
        for (const QString &code : partners)
            QVERIFY2(shown.contains(code), qPrintable(code));
        QVERIFY(shown.contains(u"23"_s));
        QVERIFY(!shown.contains(u"01"_s) && !shown.contains(u"47"_s));
        QVERIFY(shown.size() < 30);
        // Every flow is drawn; no head within 12 px of the ring round Nagoya;
        // in and out of one partner never share a head position.
        const QRectF target(QPointF(0, 0), QSizeF(map->size()));
        const QList<widgets::FlowMap::ArrowShape> shapes = map->arrowShapes(target);
        QCOMPARE(shapes.size(), 16);
        const QPointF hub = map->interiorPoints(target).value(u"23"_s);
        for (const widgets::FlowMap::ArrowShape &a : shapes) {
            const double d = std::hypot(a.to.x() - hub.x(), a.to.y() - hub.y());
            QVERIFY2(d > 12.0 + 0.9 * map->maxArrowWidth(target), qPrintable(QString::number(d)));
            for (const widgets::FlowMap::ArrowShape &b : shapes)
                if (a.flow.origin == b.flow.destination && a.flow.destination == b.flow.origin)
                    QVERIFY(!a.head.intersects(b.head));
        }
        const QList<widgets::FlowMap::PartnerLabel> labels = map->partnerLabels(target);
        QVERIFY(labels.size() >= 4);
        QStringList texts;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            texts << labels.at(i).text;
            QVERIFY(target.contains(labels.at(i).rect));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels.at(i).rect.intersects(labels.at(j).rect));
        }
        QVERIFY2(texts.contains(u"東京都 −6,355"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.contains(u"岐阜県 +1,752"_s), qPrintable(texts.join(u" | "_s)));

        // The table: all 92 flows of 愛知県, shares of its own in-/out-moves.
        app::TopFlowsModel *model = view.tableModel();
        QCOMPARE(model->rowCount(), 92);
        const int row = model->rowOf(u"23"_s, u"13"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, app::TopFlowsModel::Share).data().toString(), u"15.81"_s);
        QCOMPARE(model->index(model->rowOf(u"21"_s, u"23"_s), app::TopFlowsModel::Share).data().toString(),
                 u"12.81"_s);   // 15,999 of 124,856 in-movers
        QVERIFY(model->headerData(app::TopFlowsModel::Share, Qt::Horizontal).toString().contains(u"its"_s));

        // Net per partner: 東京都 first (|−6,355| the largest), then 三重県 +2,036.
        const widgets::NetBarData bars = view.partnerChart()->data();
        QCOMPARE(bars.categories.size(), 12);
        QCOMPARE(bars.categories.at(0), u"東京都"_s);
        QCOMPARE(bars.values.at(0), -6355.0);
        QCOMPARE(bars.inflow.at(0), 13732.0);
        QCOMPARE(bars.outflow.at(0), 20087.0);
        QCOMPARE(bars.categories.at(1), u"三重県"_s);
        // Net by block (北海道 … 九州・沖縄), 愛知県 left out of 中部.
        const widgets::NetBarData blocks = view.blockChart()->data();
        QCOMPARE(blocks.values, (QVector<double>{-222, 522, -9703, 3750, 651, 1313, 557, 951}));
        QCOMPARE(blocks.categories.at(3), u"中部 (own block)"_s);
        // The commentary speaks of 愛知県's own moves.
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"Of the 124,856 people who moved into 愛知県"_s), qPrintable(text));
        QVERIFY2(text.contains(u"12.8% came from 岐阜県"_s), qPrintable(text));
        QVERIFY2(text.contains(u"15.8% went to 東京都"_s), qPrintable(text));
        QVERIFY2(text.contains(u"the largest net loss to 東京都 (−6,355)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"gains most from 中部 (+3,750) and loses most to 関東 (−9,703)"_s), qPrintable(text));
        QTest::qWait(50);
        QVERIFY(view.grab().save(QString::fromUtf8(REGIONLENS_OUT_DIR) + u"/flows-aichi-region-ja.png"_s));
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs && tabs->count() == 2);
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(view.grab().save(QString::fromUtf8(REGIONLENS_OUT_DIR) + u"/flows-aichi-partners-ja.png"_s));
        tabs->setCurrentIndex(0);

        // The national overview keeps the old top-N view of all Japan.
        view.setFocusOnly(false);
        QVERIFY(!view.regionView());
        QCOMPARE(map->topN(), 30);
        QCOMPARE(map->visibleFlows().size(), 30);
        QCOMPARE(map->features().size(), 47);
        QVERIFY(map->title().startsWith(u"Largest migration flows"_s));
        QCOMPARE(model->rowCount(), 30);
        QCOMPARE(model->index(0, app::TopFlowsModel::Share).data().toString(), u"3.54"_s);   // 88,983 of 2,515,731
        view.setFocusOnly(true);
        QCOMPARE(map->topN(), 16);
    }

    // A municipality selected: the bundled table is prefectural, so the page
    // shows its prefecture's flows and says how to get the municipality's.
    // (The starter store names no municipality: 豊田市 is shown as its code.)
    void municipalitySelected()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        selection.set({u"23211"_s});
        QVERIFY(settle(view));
        QVERIFY(view.regionView());
        QCOMPARE(view.result().focus, u"23"_s);
        QCOMPARE(view.flowMap()->focusRegion(), u"23"_s);
        const QString note = view.flowMapNote();
        QVERIFY2(note.startsWith(u"愛知県 豊田市 is a municipality"_s) && note.contains(u"the flows of 愛知県"_s)
                     && note.contains(u"five-digit"_s) && note.contains(u"Import data"_s),
                 qPrintable(note));
        QVERIFY(!view.findChild<QLabel *>(u"flowMapNote"_s)->isHidden());
        QVERIFY(view.commentary().contains(u"five-digit municipality codes"_s));
    }

    // A second year imported next to the bundled 2025: the year chooser offers
    // both; 2024 (a hand-made table) gives 愛知県 in 100 + 40 = 140, out 300 +
    // 60 = 360, net −220; 関東 −200, 中部 −20.
    void secondYear()
    {
        datasets::Store store;
        QString error;
        QVERIFY2(datasets::openOrCreateStore(store, m_dir.filePath(u"two-years.sqlite"_s), &error), qPrintable(error));
        datasets::ImportRequest request;
        request.fileName = u"od-2024.csv"_s;
        request.data = "origin_code,destination_code,year,value\n"
                       "23,13,2024,300\n13,23,2024,100\n21,23,2024,40\n23,21,2024,60\n01,13,2024,10\n"_ba;
        request.indicator = u"migration"_s;
        QVERIFY2(test::importFile(store, request, &error), qPrintable(error));
        app::RegionSelection selection;
        app::FlowsView view(store, selection, false);
        selection.set({u"23"_s});
        QVERIFY(settle(view));
        QCOMPARE(view.year(), 2025);
        QVERIFY(view.setYear(2024));
        QVERIFY(settle(view));
        const datasets::flows::RegionFlows &f = view.result().focusFlows;
        QCOMPARE(f.year, 2024);
        QCOMPARE(f.net, -220.0);
        QVERIFY(view.flowMap()->title().contains(u"2024"_s));
        QCOMPARE(view.flowMap()->visibleFlows().size(), 4);
        QCOMPARE(view.tableModel()->rowCount(), 4);
        QCOMPARE(view.tableModel()->index(view.tableModel()->rowOf(u"13"_s, u"23"_s), app::TopFlowsModel::Share)
                     .data()
                     .toString(),
                 u"71.43"_s);   // 100 of 140
        QCOMPARE(view.blockChart()->data().values.at(2), -200.0);
        QCOMPARE(view.blockChart()->data().values.at(3), -20.0);
        QVERIFY(view.commentary().contains(u"2024"_s));
        QVERIFY(view.setYear(2025));
        QVERIFY(settle(view));
        QCOMPARE(view.result().focusFlows.net, -2181.0);
    }

    void screenshot()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        view.resize(1500, 940);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(view));
        const QString out = QString::fromUtf8(REGIONLENS_OUT_DIR);
        QDir().mkpath(out);
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/flows-japan-ja.png"_s));
        selection.set({u"13"_s});
        view.setFocusOnly(true);
        view.setTopN(20);
        QVERIFY(settle(view));
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/flows-tokyo-ja.png"_s));
        // What a 1366 × 768 screen leaves the page: its layout fits without clipping.
        const QString misfit = test::smallScreenMisfit(view);
        QVERIFY2(misfit.isEmpty(), qPrintable(misfit));
        view.resize(test::smallScreenPage());
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/flows-tokyo-1366x768-ja.png"_s));
        QString error;
        QVERIFY2(app::writeFigure(view.figures().first(), out + u"/flows-map-export.png"_s, QSize(1400, 1100), &error),
                 qPrintable(error));
    }

    void municipalNetNeedsData()
    {
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        QVERIFY(municipalStore());
        if (m_municipalStore.indicator(u"ssdse_a5101"_s))
            QSKIP("run alone: SSDSE-A is already imported");
        app::RegionSelection selection;
        app::FlowsView view(m_municipalStore, selection, false);
        QVERIFY(settle(view));
        QCOMPARE(view.findChild<QComboBox *>(u"mapLevel"_s)->count(), 2);
        view.setLevel(u"municipality"_s);
        QVERIFY(settle(view));
        // Neither municipal flows nor SSDSE-A: the page says what to import.
        QCOMPARE(view.netMap()->features().size(), 1741);
        QVERIFY2(view.mapLevels()->note().contains(u"A5101"_s), qPrintable(view.mapLevels()->note()));
        QVERIFY(view.commentary().contains(u"SSDSE-A"_s));
        QVERIFY(view.municipalResult().net.isEmpty());
        // No flows between municipalities: the arrow map stays on the 47 prefectures and says why.
        QVERIFY(!view.flowMapMunicipal());
        QCOMPARE(view.flowMap()->features().size(), 47);
        QCOMPARE(view.flowMap()->visibleFlows().size(), 30);
        QVERIFY2(view.flowMapNote().contains(u"five-digit"_s), qPrintable(view.flowMapNote()));
        QVERIFY(!view.findChild<QLabel *>(u"flowMapNote"_s)->isHidden());
        // Back at prefecture level the note goes.
        view.setLevel(u"prefecture"_s);
        QVERIFY(settle(view));
        QVERIFY(view.flowMapNote().isEmpty());
        QVERIFY(view.findChild<QLabel *>(u"flowMapNote"_s)->isHidden());
    }

    void municipalNet_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        // As read from SSDSE-A-2026 (utf8 copy), items A5101 転入者数 and A5102
        // 転出者数 of 2024; the test reads the file again below.
        QTest::newRow("豊田市, 愛知県") << u"23211"_s << u"23"_s << 11413.0 << 12889.0;   // net −1,476
        QTest::newRow("港区, 東京都") << u"13103"_s << u"13"_s << 18514.0 << 18750.0;      // net −236
        QTest::newRow("札幌市, Japan") << u"01100"_s << QString() << 110212.0 << 99469.0;  // net +10,743
    }

    void municipalNet()
    {
        QFETCH(QString, code);
        QFETCH(QString, filter);
        QFETCH(double, in);
        QFETCH(double, out);
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        const QString file = test::sharedDataDir() + u"/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv"_s;
        if (!QFile::exists(file))
            QSKIP("../shared/data/ssdse_a_municipal is absent");
        QVERIFY(municipalStore());
        if (!m_municipalStore.indicator(u"ssdse_a5101"_s)) {
            datasets::ImportRequest request;
            request.fileName = file;
            request.measures = {u"A5101"_s, u"A5102"_s};
            QString error;
            QVERIFY2(test::importFile(m_municipalStore, request, &error), qPrintable(error));
        }
        const auto items = test::ssdseItems(file, {u"A5101"_s, u"A5102"_s});
        QCOMPARE(items.size(), 1741);
        QCOMPARE(items.value(code).value(u"A5101"_s), in);
        QCOMPARE(items.value(code).value(u"A5102"_s), out);

        app::LanguageManager language;
        language.install(u"ja"_s);
        app::RegionSelection selection;
        app::FlowsView view(m_municipalStore, selection, true);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(view));
        view.setLevel(u"municipality"_s);
        view.setPrefectureFilter(filter);
        QVERIFY(settle(view));

        const datasets::flows::MunicipalResult &m = view.municipalResult();
        QCOMPARE(m.source, datasets::flows::MunicipalInputs::Source::InOut);
        QCOMPARE(m.year, 2024);
        QCOMPARE(m.net.size(), 1741);
        QCOMPARE(m.net.value(code), in - out);
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            QCOMPARE(m.net.value(it.key()), it.value().value(u"A5101"_s) - it.value().value(u"A5102"_s));

        QStringList expected;
        for (const datasets::Region &r : m_municipalStore.regions(datasets::RegionLevel::Municipality))
            if (filter.isEmpty() || r.parent == filter)
                expected << r.code;
        widgets::ChoroplethMap *map = view.netMap();
        QStringList shown;
        int coloured = 0;
        for (const widgets::MapFeature &f : map->features()) {
            shown << f.code;
            coloured += map->classOf(f.code) >= 0 ? 1 : 0;
        }
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(coloured, int(expected.size()));
        QVERIFY(map->title().contains(u"2024"_s));
        // Gains and losses on either side of 0.
        QVERIFY(map->breaks().contains(0.0));
        const int zero = int(map->breaks().indexOf(0.0));
        QVERIFY2((in - out < 0) == (map->classOf(code) < zero), qPrintable(QString::number(map->classOf(code))));

        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(code).toPoint());
        QCOMPARE(view.municipalSelection(), QStringList{code});
        // The municipality itself is the shared selection (issue 14: every page follows it).
        QCOMPARE(selection.codes(), QStringList{code});
        QVERIFY(settle(view));
        const QString text = view.commentary();
        const QString net = (in - out > 0 ? u"+"_s : u"−"_s) + QLocale(QLocale::English).toString(std::abs(in - out), 'f', 0);
        QVERIFY2(text.contains(m_municipalStore.region(code)->nameJa), qPrintable(text));
        QVERIFY2(text.contains(net), qPrintable(net + u" in "_s + text));
        QVERIFY(!view.mapLevels()->note().isEmpty());   // in − out includes moves within the prefecture
        // SSDSE-A has no origin–destination pairs: the arrows stay between prefectures.
        QVERIFY(!view.flowMapMunicipal());
        QCOMPARE(view.flowMap()->features().size(), 47);
        QVERIFY2(view.flowMapNote().contains(u"SSDSE-A"_s), qPrintable(view.flowMapNote()));
        QVERIFY(view.grab().save(QString::fromUtf8(REGIONLENS_OUT_DIR) + u"/flows-municipal-%1.png"_s.arg(code + filter)));
    }

    void municipalOdFlows()
    {
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        datasets::Store store;
        QString error;
        QVERIFY2(test::openMunicipalStore(store, m_dir.filePath(u"od.sqlite"_s), &error), qPrintable(error));
        // A small municipal OD table of the page's year (2025), worked by hand:
        // 豊田市 23211: in 300 + 50 = 350, out 500 → net −150;
        // 名古屋市 23100: in 500, out 300 → net +200; 港区 13103: out 50 → net −50.
        datasets::ImportRequest request;
        request.fileName = u"municipal-od.csv"_s;
        request.data = "origin_code,destination_code,year,value\n"
                       "23211,23100,2025,500\n"
                       "23100,23211,2025,300\n"
                       "13103,23211,2025,50\n"_ba;
        request.indicator = u"migration"_s;
        QVERIFY2(test::importFile(store, request, &error), qPrintable(error));

        app::RegionSelection selection;
        app::FlowsView view(store, selection, false);
        QVERIFY(settle(view));
        // The prefecture matrix ignores the five-digit flows.
        QCOMPARE(view.result().regions.size(), 47);
        view.setLevel(u"municipality"_s);
        QVERIFY(settle(view));
        const datasets::flows::MunicipalResult &m = view.municipalResult();
        QCOMPARE(m.source, datasets::flows::MunicipalInputs::Source::Flows);
        QCOMPARE(m.year, 2025);
        QCOMPARE(m.net.size(), 3);
        QCOMPARE(m.net.value(u"23211"_s), -150.0);
        QCOMPARE(m.net.value(u"23100"_s), 200.0);
        QCOMPARE(m.net.value(u"13103"_s), -50.0);
        QCOMPARE(m.inflow.value(u"23211"_s), 350.0);
        QVERIFY(view.netMap()->classOf(u"23100"_s) >= 0);
        QCOMPARE(view.netMap()->classOf(u"01100"_s), -1);   // no flows recorded: no data, not 0
        QVERIFY(view.mapLevels()->note().isEmpty());
    }

    void municipalFlowMap_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("arrows");     // largest first, "origin>destination=value"
        QTest::addColumn<QStringList>("partners");   // municipalities shown outside the filter's prefecture
        QTest::addColumn<QString>("click");
        QTest::addColumn<QStringList>("clickArrows");   // only the clicked municipality's in/out
        // Drawn into 800 × 600, smallest first: at the scale of Japan the wards
        // 千代田区 and 港区 (about 3 km apart) fall under 2 px and get no arrow.
        QTest::addColumn<QStringList>("drawn");
        QTest::newRow("Japan") << QString()
                               << QStringList{u"13101>13103=300"_s, u"27100>27140=200"_s, u"13103>13101=100"_s,
                                              u"11100>13101=50"_s}
                               << QStringList() << u"13101"_s
                               << QStringList{u"13101>13103=300"_s, u"13103>13101=100"_s, u"11100>13101=50"_s}
                               << QStringList{u"11100>13101=50"_s, u"27100>27140=200"_s};
        QTest::newRow("Tokyo") << u"13"_s
                               << QStringList{u"13101>13103=300"_s, u"13103>13101=100"_s, u"11100>13101=50"_s}
                               << QStringList{u"11100"_s} << u"13103"_s
                               << QStringList{u"13101>13103=300"_s, u"13103>13101=100"_s}
                               << QStringList{u"11100>13101=50"_s, u"13103>13101=100"_s, u"13101>13103=300"_s};
    }

    void municipalFlowMap()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, arrows);
        QFETCH(QStringList, partners);
        QFETCH(QString, click);
        QFETCH(QStringList, clickArrows);
        QFETCH(QStringList, drawn);
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        QString error;
        QVERIFY2(odStore(&error), qPrintable(error));

        app::RegionSelection selection;
        app::FlowsView view(m_odStore, selection, false);
        view.resize(1500, 940);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(view));
        QCOMPARE(view.year(), 2025);
        QCOMPARE(view.flowMap()->features().size(), 47);   // prefecture level first
        view.setLevel(u"municipality"_s);
        view.setPrefectureFilter(filter);
        QVERIFY(settle(view));

        QVERIFY(view.flowMapMunicipal());
        QVERIFY2(view.flowMapNote().isEmpty(), qPrintable(view.flowMapNote()));
        QStringList expected = partners;
        for (const datasets::Region &r : m_odStore.regions(datasets::RegionLevel::Municipality))
            if (filter.isEmpty() || r.parent == filter)
                expected << r.code;
        QStringList shown;
        for (const widgets::MapFeature &f : view.flowMap()->features())
            shown << f.code;
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);
        if (filter.isEmpty())
            QCOMPARE(shown.size(), 1741);
        QCOMPARE(arrowsOf(view.flowMap()->visibleFlows()), arrows);
        QCOMPARE(view.tableModel()->rowCount(), int(arrows.size()));
        QCOMPARE(view.tableModel()->index(0, app::TopFlowsModel::Movers).data().toString(), u"300"_s);
        QVERIFY2(view.flowMap()->title().contains(u"municipalities"_s), qPrintable(view.flowMap()->title()));
        // The arrows are drawn between the municipalities' interior points.
        QList<widgets::FlowArrow> drawnFlows;
        for (const widgets::FlowMap::ArrowShape &a : view.flowMap()->arrowShapes(QRectF(0, 0, 800, 600)))
            drawnFlows << a.flow;
        QCOMPARE(arrowsOf(drawnFlows), drawn);
        // The prefecture matrix is untouched by the five-digit flows.
        QCOMPARE(view.result().regions.size(), 47);

        // Clicking a municipality on the arrow map: only its in- and outflows.
        view.setFocusOnly(true);
        widgets::FlowMap *map = view.flowMap();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(click).toPoint());
        QVERIFY(settle(view));
        QCOMPARE(view.municipalSelection(), QStringList{click});
        QCOMPARE(selection.codes(), QStringList{click});   // the municipality itself (issue 14)
        QCOMPARE(map->focusRegion(), click);
        QCOMPARE(arrowsOf(map->visibleFlows()), clickArrows);
        QCOMPARE(view.tableModel()->rowCount(), int(clickArrows.size()));
        QTest::qWait(50);
        QVERIFY(view.grab().save(QString::fromUtf8(REGIONLENS_OUT_DIR) + u"/flows-municipal-arrows-%1.png"_s.arg(
                                     QString::fromUtf8(QTest::currentDataTag()))));

        // Back at prefecture level: the 47 prefectures and their flows again.
        view.setLevel(u"prefecture"_s);
        QVERIFY(settle(view));
        QVERIFY(!view.flowMapMunicipal());
        QCOMPARE(map->features().size(), 47);
        // The municipality stays selected (issue 14): the note says how to draw its own flows.
        QVERIFY2(view.flowMapNote().contains(u"is a municipality"_s)
                     && view.flowMapNote().contains(u"choose the municipal level"_s),
                 qPrintable(view.flowMapNote()));
    }
};

QTEST_MAIN(TestFlowsView)
#include "test_flowsview.moc"
