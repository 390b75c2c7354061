// SPDX-License-Identifier: GPL-3.0-or-later
// The 人口移動 / Flows page standalone on a fresh starter store (2025
// inter-prefectural movers): Tokyo's net in-migration in the commentary, net
// migration summing to zero, indices against sums worked by hand from the
// published table, the flows table driving the shared selection, figure
// exports, and screenshots in out/.
#include "testhelpers.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "flowsview.h"
#include "regionselection.h"
#include "topflowsmodel.h"
#include "widgets/choroplethmap.h"
#include "widgets/flowmap.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestFlowsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

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
        const app::FlowsResult &r = view.result();
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
        const app::FlowsResult &r = view.result();
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
        QString error;
        QVERIFY2(app::writeFigure(view.figures().first(), out + u"/flows-map-export.png"_s, QSize(1400, 1100), &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestFlowsView)
#include "test_flowsview.moc"
