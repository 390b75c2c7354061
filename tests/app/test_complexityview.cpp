// SPDX-License-Identifier: GPL-3.0-or-later
// The 関連性 / Smart specialisation page offscreen on a fresh starter store:
// its figures are the complexity adapter's (the same path as regionlens-cli
// complexity and relatedness), the opportunities chart and table list the
// industries the region is not specialised in by density, the industry space
// colours the region's specialisations, the ECI map follows the level, a
// picked municipality is described, the layout fits a small screen, and a
// screenshot of each tab is written to out/.
#include "testhelpers.h"
#include "municipaltesthelpers.h"
#include "pagetesthelpers.h"

#include "complexityview.h"
#include "datasets/adapters/complexityadapter.h"
#include "datasets/starterpack.h"
#include "regionselection.h"
#include "widgets/bubblechart.h"
#include "widgets/choroplethmap.h"
#include "widgets/industryspacechart.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

void waitIdle(app::ComplexityView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
}

datasets::ComplexityFigures adapterFigures(const datasets::Store &store, datasets::RegionLevel level)
{
    datasets::ComplexityRequest request;
    request.indicator = u"employees"_s;
    request.year = 2021;
    request.level = level;
    return datasets::compute(datasets::load(store, request));
}

} // namespace

class TestComplexityView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QString error;
        const QString path = m_dir.filePath(u"s.sqlite"_s);
        // With the municipal boundaries when the real data is there (the municipal part needs them).
        QVERIFY2(test::n03File().isEmpty() ? datasets::openOrCreateStore(m_store, path, &error)
                                           : test::openMunicipalStore(m_store, path, &error),
                 qPrintable(error));
    }

    void pageIdentity()
    {
        app::RegionSelection selection;
        app::ComplexityView view(m_store, selection, true, nullptr);
        QCOMPARE(view.pageId(), u"complexity"_s);
        QVERIFY(!view.howToRead().isEmpty());
        QCOMPARE(view.figures().size(), 3);
        QVERIFY(view.sources().join(u' ').contains(u"経済センサス"_s));
        QVERIFY(view.sources().join(u' ').contains(u"Hidalgo"_s));
    }

    // 愛知県: the page's figures are the adapter's; the chart and the table
    // show its opportunities by density; the industry space its specialisations.
    void prefectureAgreesWithAdapter()
    {
        app::RegionSelection selection;
        app::ComplexityView view(m_store, selection, true, nullptr);
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({u"23"_s});
        view.setMeasure(u"employees"_s);
        view.setYear(2021);
        waitIdle(view);
        QVERIFY2(test::smallScreenMisfit(view).isEmpty(), qPrintable(test::smallScreenMisfit(view)));

        const datasets::ComplexityFigures expected = adapterFigures(m_store, datasets::RegionLevel::Prefecture);
        const datasets::ComplexityFigures &shown = view.result();
        QCOMPARE(shown.regions, expected.regions);
        QCOMPARE(shown.eci, expected.eci);
        QCOMPARE(shown.density.data, expected.density.data);
        QCOMPARE(view.focusCode(), u"23"_s);

        const int row = expected.row(u"23"_s);
        const QList<datasets::Opportunity> list = datasets::opportunities(expected, row);
        QVERIFY(!list.isEmpty());
        QCOMPARE(view.opportunityChart()->countDrawn(), int(list.size()));
        QTableWidget *table = view.opportunityTable();
        QCOMPARE(table->rowCount(), int(list.size()));
        QCOMPARE(table->item(0, 2)->data(Qt::UserRole).toDouble(), list.first().density);
        for (int r = 1; r < table->rowCount(); ++r)
            QVERIFY(table->item(r - 1, 2)->data(Qt::UserRole).toDouble()
                    >= table->item(r, 2)->data(Qt::UserRole).toDouble());
        // Bubble n is row n of the table.
        QCOMPARE(view.opportunityChart()->bubbles().first().label, u"1"_s);
        QCOMPARE(view.opportunityChart()->bubbles().first().x, list.first().density);

        // Industry space: one node per industry, blue exactly where RCA ≥ 1.
        widgets::IndustrySpaceChart *space = view.industrySpaceChart();
        QCOMPARE(space->nodes().size(), expected.industries.size());
        int specialised = 0;
        for (int i = 0; i < space->nodes().size(); ++i)
            specialised += space->nodes().at(i).rca >= 1.0 ? 1 : 0;
        int present = 0;
        for (int c = 0; c < expected.industries.size(); ++c)
            present += expected.presence.at(row, c) == 1.0 ? 1 : 0;
        QCOMPARE(specialised, present);
        QVERIFY(space->edges().size() >= expected.industries.size() - 1);   // a spanning tree at least

        // The map: ECI of the 47 prefectures; the commentary states 愛知県's ECI.
        widgets::ChoroplethMap *map = view.map();
        QVERIFY(map->classOf(u"13"_s) >= 0);
        const QString text = view.commentary();
        QVERIFY2(text.contains(QString::number(expected.eci.at(row), 'f', 2)), qPrintable(text));
        QVERIFY2(text.contains(u"愛知県"_s), qPrintable(text));

        view.grab().save(test::sourceDir() + u"/out/complexity-opportunities-aichi.png"_s);
        view.findChild<QTabWidget *>()->setCurrentIndex(1);
        view.grab().save(test::sourceDir() + u"/out/complexity-space-aichi.png"_s);
    }

    // A picked municipality: its own figures from the municipal result.
    void municipality()
    {
        if (test::n03File().isEmpty())
            QSKIP("../shared/data is absent: the municipal map needs the N03 boundaries");
        app::RegionSelection selection;
        app::ComplexityView view(m_store, selection, true, nullptr);
        view.resize(1600, 950);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setYear(2021);
        waitIdle(view);
        view.setLevel(u"municipality"_s);
        waitIdle(view);
        const datasets::ComplexityFigures expected = adapterFigures(m_store, datasets::RegionLevel::Municipality);
        QCOMPARE(view.municipalResult().eci, expected.eci);
        view.selectMunicipalities({u"23202"_s});   // 岡崎市
        waitIdle(view);
        QCOMPARE(view.focusCode(), u"23202"_s);
        const int row = expected.row(u"23202"_s);
        QCOMPARE(view.opportunityTable()->rowCount(), int(datasets::opportunities(expected, row).size()));
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"岡崎市"_s) && text.contains(u"1741"_s), qPrintable(text));
        QVERIFY(view.map()->classOf(u"23202"_s) >= 0);
        view.grab().save(test::sourceDir() + u"/out/complexity-municipal-okazaki.png"_s);
    }
};

QTEST_MAIN(TestComplexityView)
#include "test_complexityview.moc"
