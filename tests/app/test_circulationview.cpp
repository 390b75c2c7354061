// SPDX-License-Identifier: GPL-3.0-or-later
// The 地域経済循環 page offscreen on a fresh starter store: an official table
// (愛知県) shown as the adapter computes it, an estimate where there is none
// (東京都, a municipality, a group, or asked for), the labels on screen
// (official / estimated with δ, 出典 and licence, place-of-work basis), the
// bars, the figures' export, and the room it needs on a small screen.
#include "testhelpers.h"
#include "pagetesthelpers.h"

#include "circulationcommentary.h"
#include "circulationview.h"
#include "datasets/adapters/ioadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/barchart.h"
#include "widgets/circulationdiagram.h"
#include "widgets/figureexport.h"

#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace io = regionlens::datasets::inputoutput;
using app::CirculationView;

namespace {

int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return n;
}

} // namespace

class TestCirculationView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

    io::Result adapter(const QString &region, bool estimated = false, const QStringList &members = {})
    {
        io::Request q;
        q.region = region;
        q.members = members;
        if (estimated) {
            q.table = datasets::iostore::TableKind::Estimated;
            return io::compute(io::load(m_store, q));
        }
        return io::compute(io::loadOfficialOrEstimated(m_store, q));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    // 愛知県 has a bundled official table (CC BY 2.1 JP): the page shows the
    // adapter's figures, in ¥ bn in English (百万円 ÷ 1,000).
    void officialTable()
    {
        app::RegionSelection selection;
        selection.set({u"23"_s});
        CirculationView view(m_store, selection, false, nullptr);
        view.waitForIdle();
        QCOMPARE(view.pageId(), u"circulation"_s);
        QVERIFY(view.hasResult());
        QCOMPARE(view.shownRegion(), u"23"_s);
        QVERIFY(!view.result().estimated);
        const io::Result expected = adapter(u"23"_s);
        const io::Circulation &c = view.result().circulation;
        QCOMPARE(c.production, expected.circulation.production);
        QCOMPARE(c.netExports, expected.circulation.netExports);
        QCOMPARE(view.tableLabel(), u"official table 2015"_s);

        const widgets::CirculationDiagramData &d = view.diagram()->data();
        RL_COMPARE_NEAR(d.stages[0].total, expected.circulation.production / 1000.0, 1e-12);
        RL_COMPARE_NEAR(d.stages[1].items.at(0).value, expected.circulation.compensation / 1000.0, 1e-12);
        RL_COMPARE_NEAR(d.stages[2].items.last().value, expected.circulation.netExports / 1000.0, 1e-12);
        RL_COMPARE_NEAR(d.stages[2].flows.at(0).value, expected.circulation.exports / 1000.0, 1e-12);
        RL_COMPARE_NEAR(d.stages[2].flows.at(1).value, expected.circulation.imports / 1000.0, 1e-12);
        QCOMPARE(d.circulationRate, 1.0);
        QCOMPARE(d.unit, u"¥ bn"_s);
        QCOMPARE(d.rateNote, u"place-of-work basis"_s);
        QVERIFY(view.diagram()->title().contains(u"official table 2015"_s));
        QVERIFY(view.diagram()->footnote().contains(u"place-of-work basis"_s));
        QVERIFY(view.diagram()->footnote().contains(u"https://www.pref.aichi.jp"_s));   // the full 出典 in the figure

        const QString sources = view.sources().join(u'\n');
        QVERIFY2(sources.contains(u"愛知県「平成27年（2015年）愛知県産業連関表」"_s), qPrintable(sources));
        QVERIFY(sources.contains(u"CC BY 2.1 JP"_s));

        // Net exports: every sector, largest first, in ¥ bn; 製造業 earns most.
        const widgets::BarChart *bars = view.netExportsChart();
        QCOMPARE(bars->categories().size(), 12);
        QCOMPARE(bars->categories().first(), u"製造業"_s);
        const QVector<double> &v = bars->series().first().values;
        QVERIFY(std::is_sorted(v.begin(), v.end(), std::greater<double>()));
        RL_COMPARE_NEAR(v.first(), expected.circulation.netExportsBySector.at(2) / 1000.0, 1e-12);
        // Self-sufficiency in %, sectors with output only.
        const widgets::BarChart *self = view.selfSufficiencyChart();
        QVERIFY(self->categories().size() >= 11);
        const int i = int(expected.sectors.indexOf(self->categories().first()));
        RL_COMPARE_NEAR(self->series().first().values.first(), 100.0 * expected.selfSufficiency.at(i), 1e-12);

        QVERIFY(view.commentary().contains(u"From the official 2015 input–output table of"_s));
        QVERIFY(!view.howToRead().isEmpty());
    }

    // Regions without an official table get the estimate, labelled as such.
    void estimated_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("ask");      // choose "Estimated" although an official table exists
        QTest::newRow("東京都") << QStringList{u"13"_s} << false << false;
        QTest::newRow("沖縄県") << QStringList{u"47"_s} << false << false;
        QTest::newRow("名古屋市") << QStringList{u"23100"_s} << false << false;
        QTest::newRow("group 東京都+神奈川県") << QStringList{u"13"_s, u"14"_s} << true << false;
        QTest::newRow("愛知県 estimated on request") << QStringList{u"23"_s} << false << true;
    }

    void estimated()
    {
        QFETCH(QStringList, codes);
        QFETCH(bool, group);
        QFETCH(bool, ask);
        app::RegionSelection selection;
        if (group) {
            selection.setGroup(u"test"_s, codes);
            selection.setAggregated(true);
        } else {
            selection.set(codes);
        }
        CirculationView view(m_store, selection, false, nullptr);
        if (ask)
            view.setTableChoice(CirculationView::TableChoice::Estimated);
        view.waitForIdle();
        QVERIFY2(view.hasResult(), qPrintable(view.problem()));
        QVERIFY(view.result().estimated);
        const QString region = group ? u"group:test"_s : codes.first();
        QCOMPARE(view.shownRegion(), region);
        const io::Result expected = adapter(region, true, group ? codes : QStringList());
        QCOMPARE(view.result().circulation.production, expected.circulation.production);
        QCOMPARE(view.result().circulation.householdConsumption, expected.circulation.householdConsumption);
        QCOMPARE(view.tableLabel(), u"estimated (FLQ, δ = 0.15)"_s);
        QVERIFY(view.diagram()->title().contains(u"estimated (FLQ, δ = 0.15)"_s));
        QVERIFY(view.diagram()->footnote().contains(u"Estimated with employees 2021"_s));
        QVERIFY(view.sources().join(u'\n').contains(u"National table: 総務省"_s));
        QVERIFY(view.commentary().contains(u"<b>Estimate.</b>"_s));
        RL_COMPARE_NEAR(view.diagram()->data().stages[2].total, view.diagram()->data().stages[0].total, 1e-12);
    }

    // Following the selection: a new region is computed and shown.
    void followsSelection()
    {
        app::RegionSelection selection;
        selection.set({u"22"_s});
        CirculationView view(m_store, selection, true, nullptr);
        view.waitForIdle();
        QCOMPARE(view.shownRegion(), u"22"_s);
        const double shizuoka = view.result().circulation.production;
        selection.set({u"13"_s});
        view.waitForIdle();
        QCOMPARE(view.shownRegion(), u"13"_s);
        QVERIFY(view.result().estimated);
        QVERIFY(view.result().circulation.production > shizuoka);
        // Japanese: 億円 (百万円 ÷ 100), and the page's words through the commentary's unit.
        QCOMPARE(view.diagram()->data().unit, u"億円"_s);
        RL_COMPARE_NEAR(view.diagram()->data().stages[0].total, view.result().circulation.production / 100.0, 1e-12);
    }

    // Every figure draws and exports through the shared path.
    void figures()
    {
        app::RegionSelection selection;
        selection.set({u"23"_s});
        CirculationView view(m_store, selection, true, nullptr);
        view.resize(1160, 660);
        view.waitForIdle();
        const QList<app::PageFigure> figures = view.figures();
        QCOMPARE(figures.size(), 3);
        QCOMPARE(figures.at(0).id, u"circulation_diagram"_s);
        QTemporaryDir dir;
        for (const app::PageFigure &f : figures) {
            QVERIFY2(inked(widgets::paintFigureImage(f.paint, QSize(900, 558))) > 500, qPrintable(f.id));
            for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s}) {
                const QString path = dir.filePath(f.id + u'.' + suffix);
                QString error;
                QVERIFY2(widgets::writeFigureFile(f.paint, path, QSize(900, 558), f.caption, &error), qPrintable(error));
                QVERIFY(QFileInfo(path).size() > 1000);
            }
        }
        // The diagram fits the report's figure and the page without shrinking below 90 %.
        QVERIFY(view.diagram()->layout(QRectF(0, 0, 900, 558)).fits);
        QVERIFY(view.diagram()->layout(QRectF(0, 0, 900, 558)).fontScale >= 0.9);
        view.setLargeFonts(true);
        QVERIFY(view.diagram()->largeFonts());
        QVERIFY(view.diagram()->layout(QRectF(0, 0, 1150, 780)).fits);
    }

    void smallScreen()
    {
        app::RegionSelection selection;
        selection.set({u"13"_s});
        CirculationView view(m_store, selection, true, nullptr);
        view.waitForIdle();
        const QString misfit = test::smallScreenMisfit(view);
        QVERIFY2(misfit.isEmpty(), qPrintable(misfit));
    }
};

QTEST_MAIN(TestCirculationView)
#include "test_circulationview.moc"
