// SPDX-License-Identifier: GPL-3.0-or-later
// The 関連性 / Smart specialisation page offscreen on a fresh starter store:
// its figures are the complexity adapter's (the same path as regionlens-cli
// complexity and relatedness), the opportunities chart and table list the
// industries the region is not specialised in by density, the industry space
// colours the region's specialisations, the ECI map follows the level, a
// picked municipality is described, the layout fits a small screen, and a
// screenshot of each tab is written to out/. A municipality typed in the
// region bar is described at the prefecture map level too, and a finer table
// imported as tidy CSV (30 industries, municipalities only) is offered and
// reproduces the Stata ecomplexity reference outputs.
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
#include "../analysis/test_complexity_refdata.h"

#include <QComboBox>
#include <QFile>
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
        // The opportunities (chart and, for the report, table), the industry space, the ECI map.
        QCOMPARE(view.figures().size(), 4);
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

    // 豊田市 typed in the region bar while the map shows prefectures: its
    // figures among the 1,741 municipalities (it had "no data" until the map
    // was switched to municipalities).
    void municipalityAtPrefectureLevel()
    {
        app::RegionSelection selection;
        app::ComplexityView view(m_store, selection, true, nullptr);
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLevel(u"prefecture"_s);
        view.setYear(2021);
        selection.set({u"23211"_s});
        view.waitForIdle();
        QVERIFY(!view.municipal());
        QCOMPARE(view.focusCode(), u"23211"_s);
        const datasets::ComplexityFigures expected = adapterFigures(m_store, datasets::RegionLevel::Municipality);
        QCOMPARE(view.focusResult().eci, expected.eci);
        const int row = expected.row(u"23211"_s);
        const QList<datasets::Opportunity> list = datasets::opportunities(expected, row);
        QVERIFY(!list.isEmpty());
        QCOMPARE(view.opportunityTable()->rowCount(), int(list.size()));
        QCOMPARE(view.opportunityChart()->countDrawn(), int(list.size()));
        QCOMPARE(view.industrySpaceChart()->nodes().size(), expected.industries.size());
        QVERIFY(view.inReport());
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"豊田市"_s) && text.contains(QString::number(expected.eci.at(row), 'f', 2))
                     && text.contains(u"1741"_s),
                 qPrintable(text));
        // The map stays at the prefectures, 愛知県 marked.
        QVERIFY(view.map()->classOf(u"23"_s) >= 0);
        // The report's table: the opportunities named, first row first.
        const QString html = view.opportunityTableHtml(100);
        QVERIFY2(html.contains(QString::number(list.first().density, 'f', 3)), qPrintable(html));
        QVERIFY(view.figures().size() == 4 && view.figures().at(1).id == u"opportunity_table"_s);
        QVERIFY2(test::smallScreenMisfit(view).isEmpty(), qPrintable(test::smallScreenMisfit(view)));
        view.grab().save(test::sourceDir() + u"/out/complexity-toyota-prefecture-level.png"_s);
        // Back to a prefecture: the prefecture result again.
        selection.set({u"23"_s});
        view.waitForIdle();
        QCOMPARE(view.focusCode(), u"23"_s);
        QCOMPARE(&view.focusResult(), &view.result());
    }

    // A finer table imported by a user (tidy CSV, municipal codes, 30
    // industry codes): py-ecomplexity's sample trade data (10 countries × 30
    // HS92 products, 1995; see tests/analysis/test_complexity.cpp), its
    // countries as ten 愛知県 municipalities. The page offers the indicator,
    // computes it at the municipal level and gives the Stata ecomplexity
    // outputs: ECI of aut 1.073207217992253 (here 豊田市), of pol
    // −2.170709342895322; PCI of 3917 2.794806326517154 (stata_ground_truth.csv).
    void importedFinerTable()
    {
        namespace ref = test::complexityref;
        const QStringList codes{u"23211"_s, u"23202"_s, u"23203"_s, u"23204"_s, u"23205"_s,
                                u"23206"_s, u"23207"_s, u"23208"_s, u"23209"_s, u"23210"_s};
        QByteArray csv = "region_code,industry_code,year,measure,value\n";
        for (std::size_t r = 0; r < ref::kCountries.size(); ++r)
            for (std::size_t c = 0; c < ref::kProducts.size(); ++c)   // float values, as Stata held them
                csv += codes.at(qsizetype(r)).toUtf8() + ',' + ref::kProducts[c] + ",1995,export_val,"
                    + QByteArray::number(double(float(ref::kExports1995[r * ref::kProducts.size() + c])), 'g', 17)
                    + '\n';
        const QString path = m_dir.filePath(u"trade.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        datasets::ImportRequest request;
        request.fileName = path;
        QString error;
        QVERIFY2(test::importFile(m_store, request, &error), qPrintable(error));

        app::RegionSelection selection;
        selection.set({u"23211"_s});
        app::ComplexityView view(m_store, selection, true, nullptr);
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QComboBox *measures = view.findChild<QComboBox *>();
        QVERIFY(measures && measures->findData(u"export_val"_s) >= 0);
        view.setMeasure(u"export_val"_s);
        QCOMPARE(view.year(), 1995);
        view.waitForIdle();
        const datasets::ComplexityFigures &f = view.focusResult();
        QStringList sorted = codes;
        sorted.sort();
        QCOMPARE(f.regions, sorted);   // the ten municipalities with rows
        QCOMPARE(f.industries.size(), 30);
        QVERIFY(test::fuzzyEqual(f.eci.at(f.row(u"23211"_s)), 1.073207217992253, 1e-10));
        QVERIFY(test::fuzzyEqual(f.eci.at(f.row(u"23209"_s)), -2.170709342895322, 1e-10));
        QVERIFY(test::fuzzyEqual(f.pci.at(f.column(u"3917"_s)), 2.794806326517154, 1e-10));
        QCOMPARE(f.diversity.at(f.row(u"23211"_s)), 14.0);   // aut
        QCOMPARE(view.opportunityTable()->rowCount(), 30 - 14);
        QVERIFY2(view.commentary().contains(u"1.07"_s), qPrintable(view.commentary()));
        QVERIFY(view.inReport());
        view.grab().save(test::sourceDir() + u"/out/complexity-imported-finer-table.png"_s);
        // A prefecture has no rows of this table: nothing to report, and the chart says why.
        selection.set({u"23"_s});
        view.waitForIdle();
        QVERIFY(!view.inReport());
        QCOMPARE(view.opportunityTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestComplexityView)
#include "test_complexityview.moc"
