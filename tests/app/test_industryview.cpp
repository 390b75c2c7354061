// SPDX-License-Identifier: GPL-3.0-or-later
// The 産業構造 page offscreen on a fresh starter store: the shared selection
// drives the bar chart, the table and the map set it, the commentary states
// Aichi's manufacturing specialisation, figures export to PNG/SVG/PDF, and a
// screenshot of each tab is written to out/.
#include "testhelpers.h"
#include "municipaltesthelpers.h"

#include "analysispage.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "industryview.h"
#include "languagemanager.h"
#include "lqtablemodel.h"
#include "maplevelcontrol.h"
#include "regionselection.h"
#include "shiftshareview.h"
#include "widgets/barchart.h"
#include "widgets/bubblechart.h"
#include "widgets/choroplethmap.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// LQ of one JSIC division straight from the starter CSV (independent of the
// store and the analysis layer): (x_ri / Σ_i x_ri) / (Σ_r x_ri / Σ_r Σ_i x_ri).
double csvLq(const QString &region, const QString &industry, int year, const QString &measure)
{
    QFile file(test::sourceDir() + u"/datasets/starter/establishments_employees_prefecture.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nan("");
    double regionIndustry = 0, regionTotal = 0, nationIndustry = 0, nationTotal = 0;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() < 5 || f[1].toInt() != year || f[3] != measure || f[2] == u"TOTAL")
            continue;
        const double v = f[4].toDouble();
        nationTotal += v;
        if (f[2] == industry)
            nationIndustry += v;
        if (f[0] == region) {
            regionTotal += v;
            if (f[2] == industry)
                regionIndustry += v;
        }
    }
    return (regionIndustry / regionTotal) / (nationIndustry / nationTotal);
}

void waitIdle(app::IndustryView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 10000);
}

} // namespace

class TestIndustryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    datasets::Store m_municipalStore;   // the starter store with the real N03 boundaries (opened on first use)
    QList<test::StarterRow> m_rows;

    bool municipalStore()
    {
        if (m_municipalStore.isOpen())
            return true;
        QString error;
        if (!test::openMunicipalStore(m_municipalStore, m_dir.filePath(u"municipal.sqlite"_s), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_rows = test::starterMunicipalRows();
        return !m_rows.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void pageIdentity()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        QCOMPARE(view.pageId(), u"industry"_s);
        QVERIFY(!view.howToRead().isEmpty());
        QCOMPARE(view.figures().size(), 3);
        QVERIFY(view.sources().join(u' ').contains(u"経済センサス"_s));
        QVERIFY(view.sources().join(u' ').contains(u"県民経済計算"_s));
    }

    void selectionDrivesBarChart_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("aggregated");
        QTest::addColumn<int>("series");
        QTest::addColumn<QString>("firstSeries");
        QTest::newRow("none shows 東京都") << QStringList{} << false << 1 << u"東京都"_s;
        QTest::newRow("愛知県") << QStringList{u"23"_s} << false << 1 << u"愛知県"_s;
        QTest::newRow("compare two") << QStringList{u"23"_s, u"13"_s} << false << 2 << u"愛知県"_s;
        QTest::newRow("compare three") << QStringList{u"01"_s, u"23"_s, u"47"_s} << false << 3 << u"北海道"_s;
        QTest::newRow("東京圏 combined") << QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s} << true << 1 << u"東京圏"_s;
    }

    void selectionDrivesBarChart()
    {
        QFETCH(QStringList, codes);
        QFETCH(bool, aggregated);
        QFETCH(int, series);
        QFETCH(QString, firstSeries);
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.setAggregated(aggregated);
        if (aggregated)
            selection.setGroup(u"tokyo_area"_s, codes);
        else
            selection.set(codes);
        waitIdle(view);
        QCOMPARE(view.barChart()->seriesCount(), series);
        QCOMPARE(view.barChart()->series().first().label, firstSeries);
        QCOMPARE(view.barChart()->categories().size(), 18);   // JSIC A..R
        QCOMPARE(view.map()->selectedCodes(), codes);
    }

    // Issue 14: a municipality selected (typed in the region bar, picked on
    // any page) gets its own LQ ranking: the adapter at the level of its code,
    // whatever level the map shows. The quotients are worked by hand from
    // establishments_employees_municipality.csv (2021, JSIC A–R summed, nation =
    // the sum of the 1,741 municipalities; see municipalLevel below).
    void municipalRanking_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<double>("handLq");
        QTest::newRow("豊田市 製造業 employees") << u"23211"_s << u"豊田市"_s << u"employees"_s << u"製造業"_s << 3.02674;
        QTest::newRow("港区 情報通信業 establishments")
            << u"13103"_s << u"港区"_s << u"establishments"_s << u"情報通信業"_s << 6.45054;
    }

    void municipalRanking()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, measure);
        QFETCH(QString, industry);
        QFETCH(double, handLq);
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);   // prefecture boundaries only
        view.setMeasure(measure);
        view.setYear(2021);
        waitIdle(view);
        selection.set({code});
        view.waitForIdle();
        QCOMPARE(view.level(), u"prefecture"_s);
        QVERIFY2(view.barChart()->title().contains(name), qPrintable(view.barChart()->title()));
        QVERIFY(!view.barChart()->title().contains(code));
        QCOMPARE(view.barChart()->categories().size(), 18);
        const qsizetype c = view.barChart()->categories().indexOf(industry);
        QVERIFY(c >= 0);
        RL_COMPARE_NEAR(view.barChart()->series().first().values.at(c), handLq, 2e-6);
        RL_COMPARE_NEAR(view.barChart()->series().first().values.at(c),
                        test::csvMunicipalLq(test::starterMunicipalRows(), code, code == u"23211" ? u"E"_s : u"G"_s,
                                             2021, measure),
                        1e-9);
        // The commentary ranks it among the municipalities; the map marks its prefecture.
        QVERIFY2(view.commentary().contains(name), qPrintable(view.commentary()));
        QVERIFY2(view.commentary().contains(u"municipalities"_s) || view.commentary().contains(u"市区町村"_s),
                 qPrintable(view.commentary()));
        QCOMPARE(view.map()->selectedCodes(), QStringList{code.left(2)});
        // 稼ぐ力 is its prefecture's, labelled as such.
        QVERIFY2(view.bubbleChart()->title().contains(code == u"23211" ? u"愛知県"_s : u"東京都"_s),
                 qPrintable(view.bubbleChart()->title()));

        // Value added is published for prefectures only: no bars, and the page says why.
        view.setMeasure(u"gdp_nominal"_s);
        view.waitForIdle();
        QVERIFY(view.barChart()->categories().isEmpty());
        QVERIFY2(view.commentary().contains(u"prefectures only"_s) || view.commentary().contains(u"都道府県"_s),
                 qPrintable(view.commentary()));
    }

    // Issue 14: the ranking's caption follows the compare mode — "blue bars:
    // LQ ≥ 1" only in one colour; comparing, blue is a region.
    void captionFollowsCompareMode_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("blueMeansAbove");
        QTest::newRow("one region") << QStringList{u"23"_s} << true;
        QTest::newRow("compared") << QStringList{u"23"_s, u"13"_s} << false;
        QTest::newRow("a municipality and a prefecture") << QStringList{u"23211"_s, u"23"_s} << false;
    }

    void captionFollowsCompareMode()
    {
        QFETCH(QStringList, codes);
        QFETCH(bool, blueMeansAbove);
        app::LanguageManager language;
        language.install(u"en"_s);
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, false, nullptr);
        waitIdle(view);
        selection.set(codes);
        view.waitForIdle();
        QCOMPARE(view.barChart()->seriesCount(), int(codes.size()));
        QCOMPARE(view.barChart()->footnote().contains(u"Bars in blue: LQ ≥ 1"_s), blueMeansAbove);
        if (!blueMeansAbove)
            QVERIFY2(view.barChart()->footnote().contains(u"one colour per region"_s),
                     qPrintable(view.barChart()->footnote()));
    }

    // Issue 14: one level and prefecture filter for every page.
    void levelIsShared()
    {
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        QVERIFY(municipalStore());
        app::RegionSelection selection;
        app::IndustryView industry(m_municipalStore, selection, true);
        app::ShiftShareView shift(m_municipalStore, selection, true);
        QCOMPARE(shift.level(), u"prefecture"_s);
        industry.setLevel(u"municipality"_s);
        QCOMPARE(selection.level(), u"municipality"_s);
        QCOMPARE(shift.level(), u"municipality"_s);
        shift.setPrefectureFilter(u"23"_s);
        QCOMPARE(selection.prefectureFilter(), u"23"_s);
        QCOMPARE(industry.mapLevels()->prefectureFilter(), u"23"_s);
        // A page made later starts at the shared level.
        app::IndustryView later(m_municipalStore, selection, true);
        QCOMPARE(later.level(), u"municipality"_s);
        QCOMPARE(later.mapLevels()->prefectureFilter(), u"23"_s);
        shift.setLevel(u"prefecture"_s);
        QCOMPARE(industry.level(), u"prefecture"_s);
        QCOMPARE(later.level(), u"prefecture"_s);
    }

    void aichiManufacturing()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        QCOMPARE(view.measure(), u"employees"_s);
        QCOMPARE(view.year(), 2021);
        selection.set({u"23"_s});
        waitIdle(view);
        // Manufacturing heads Aichi's ranking, at the LQ worked from the CSV.
        QCOMPARE(view.barChart()->categories().first(), u"製造業"_s);
        const double expected = csvLq(u"23"_s, u"E"_s, 2021, u"employees"_s);
        QVERIFY(expected > 1.5);   // published: Aichi's manufacturing share is about 1.6× Japan's
        RL_COMPARE_NEAR(view.barChart()->series().first().values.first(), expected, 1e-9);
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"LQ &gt; 1"_s) || text.contains(u"LQ > 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"製造業 (%1)"_s.arg(expected, 0, 'f', 2)), qPrintable(text));
        QVERIFY2(text.contains(u"2021"_s), qPrintable(text));
    }

    void storeInMemoryReadsOnGuiThread_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("region");
        QTest::newRow("employees, 愛知県") << u"employees"_s << u"23"_s;
        QTest::newRow("establishments, 沖縄県") << u"establishments"_s << u"47"_s;
        QTest::newRow("value added, 東京都") << u"gdp_nominal"_s << u"13"_s;
    }

    // A store on a file is read on the worker (its own connection), one in
    // memory on the GUI thread: the same figures and words either way, and
    // the LQ the one worked from the CSV.
    void storeInMemoryReadsOnGuiThread()
    {
        QFETCH(QString, measure);
        QFETCH(QString, region);
        datasets::Store memory;
        QString error;
        QVERIFY2(datasets::openOrCreateStore(memory, u":memory:"_s, &error), qPrintable(error));
        QVERIFY(!memory.readableFromOtherThreads());
        QVERIFY(m_store.readableFromOtherThreads());
        QStringList text;
        QList<QList<double>> bars;
        for (datasets::Store *store : {&m_store, &memory}) {
            app::RegionSelection selection;
            app::IndustryView view(*store, selection, true, nullptr);
            view.setMeasure(measure);
            selection.set({region});
            view.waitForIdle();
            QVERIFY(!view.isBusy());
            text << view.commentary();
            bars << view.barChart()->series().first().values;
            if (measure == u"employees")
                RL_COMPARE_NEAR(view.barChart()->series().first().values.at(
                                    view.barChart()->categories().indexOf(u"製造業"_s)),
                                csvLq(region, u"E"_s, 2021, measure), 1e-9);
        }
        QVERIFY(!bars.first().isEmpty());
        QCOMPARE(bars.at(1), bars.at(0));
        QCOMPARE(text.at(1), text.at(0));
    }

    void establishmentsAndValueAdded()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.set({u"23"_s});
        view.setMeasure(u"gdp_nominal"_s);
        waitIdle(view);
        QCOMPARE(view.year(), 2021);   // the year is kept when the new measure has it
        QCOMPARE(view.barChart()->categories().size(), 16);   // S01..S16
        // 製造業 is Aichi's specialisation in value added too (about 40 % of GDP vs about 20 % nationally).
        QCOMPARE(view.barChart()->categories().first(), u"製造業"_s);
        view.setMeasure(u"establishments"_s);
        waitIdle(view);
        QCOMPARE(view.year(), 2021);
        RL_COMPARE_NEAR(view.barChart()->series().first().values.at(
                            view.barChart()->categories().indexOf(u"製造業"_s)),
                        csvLq(u"23"_s, u"E"_s, 2021, u"establishments"_s), 1e-9);
    }

    void earningPowerUsesConcordance()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.set({u"23"_s});
        waitIdle(view);
        // 15 activities: the 16 of 県民経済計算 without 公務.
        QCOMPARE(view.bubbleChart()->bubbles().size(), 15);
        QCOMPARE(view.result().employeesYear, 2021);
        QCOMPARE(view.result().valueAddedYear, 2021);
        auto *note = view.findChild<QLabel *>(u"concordanceNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u"Concordance"_s) || note->text().contains(u"対応"_s));
        // Bubble size = employees of manufacturing (JSIC E alone maps to S03).
        const int s03 = int(view.result().activities.indexOf(u"S03"_s));
        QCOMPARE(view.bubbleChart()->bubbles().at(s03).size, 908754.0);   // starter CSV: 23, 2021, E, employees
        QVERIFY(view.commentary().contains(u"Earning power"_s) || view.commentary().contains(u"稼ぐ力"_s));
    }

    void tableSelectionSetsSelection()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        QAbstractItemModelTester tester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.tableModel()->rowCount(), 47);
        QCOMPARE(view.tableModel()->columnCount(), 19);
        QTableView *table = view.tableView();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(proxy);
        // Sort by manufacturing LQ, descending: the top row is the most specialised prefecture.
        const int eColumn = 1 + int(view.result().industries.indexOf(u"E"_s));
        table->sortByColumn(eColumn, Qt::DescendingOrder);
        double previous = 1e9;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const double v = proxy->index(r, eColumn).data(int(app::LqTableModel::Role::Value)).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        const int row27 = proxy->mapFromSource(view.tableModel()->index(view.tableModel()->rowOf(u"27"_s), 0)).row();
        table->selectRow(row27);
        QCOMPARE(selection.codes(), QStringList{u"27"_s});
        // And back: the shared selection selects the table row.
        selection.set({u"01"_s});
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(int(app::LqTableModel::Role::RegionCode)).toString(), u"01"_s);
    }

    void mapClickSetsSelection()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        widgets::ChoroplethMap *map = view.map();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(u"23"_s).toPoint());
        QCOMPARE(selection.codes(), QStringList{u"23"_s});
        QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, map->interiorPoint(u"13"_s).toPoint());
        QCOMPARE(selection.codes(), (QStringList{u"23"_s, u"13"_s}));
        waitIdle(view);
        QCOMPARE(view.barChart()->seriesCount(), 2);
    }

    void mapIsDivergingAroundOne()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        QVERIFY(view.map()->breaks().contains(1.0));
        // Aichi (LQ > 1 in manufacturing) is in a class above 1, Tokyo (below) in one under it.
        const QList<double> breaks = view.map()->breaks();
        QVERIFY(breaks.at(view.map()->classOf(u"23"_s)) >= 1.0);
        QVERIFY(breaks.at(view.map()->classOf(u"13"_s) + 1) <= 1.0);
    }

    void exportFigures_data()
    {
        QTest::addColumn<int>("figure");
        QTest::addColumn<QString>("suffix");
        for (int f = 0; f < 3; ++f)
            for (const QString &s : {u"png"_s, u"svg"_s, u"pdf"_s})
                QTest::addRow("%d.%s", f, qPrintable(s)) << f << s;
    }

    void exportFigures()
    {
        QFETCH(int, figure);
        QFETCH(QString, suffix);
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.set({u"23"_s});
        waitIdle(view);
        const app::PageFigure fig = view.figures().at(figure);
        const QString path = m_dir.filePath(fig.id + u'.' + suffix);
        QString error;
        QVERIFY2(app::writeFigure(fig, path, QSize(1200, 800), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() > 2000, qPrintable(QString::number(bytes.size())));
        if (suffix == u"png") {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1200, 800));
            int dark = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        } else if (suffix == u"svg") {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("</svg>"));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.contains("%%EOF"));
        }
    }

    void screenshots()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true, nullptr);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        selection.set({u"23"_s});
        waitIdle(view);
        const QString out = test::sourceDir() + u"/out"_s;
        QDir().mkpath(out);
        const char *names[] = {"ranking", "earningpower", "table"};
        for (int t = 0; t < 3; ++t) {
            view.tabs()->setCurrentIndex(t);
            QTest::qWait(50);
            QVERIFY(view.grab().save(out + u"/industry-%1.png"_s.arg(QLatin1StringView(names[t]))));
        }
        view.tabs()->setCurrentIndex(0);
        selection.set({u"23"_s, u"13"_s, u"01"_s});
        waitIdle(view);
        QVERIFY(view.grab().save(out + u"/industry-compare.png"_s));
        selection.setAggregated(true);
        selection.setGroup(u"tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s});
        waitIdle(view);
        view.tabs()->setCurrentIndex(1);
        view.setLargeFonts(true);
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/industry-group-large.png"_s));
        for (const app::PageFigure &f : view.figures())
            QVERIFY(app::writeFigure(f, out + u"/industry-fig-"_s + f.id + u".png"_s, QSize(1200, 800), nullptr));
        QVERIFY(app::writeFigure(view.figures().at(2), out + u"/industry-fig-earning_power.pdf"_s, QSize(1200, 800), nullptr));
    }

    void municipalLevelNeedsBoundaries()
    {
        app::RegionSelection selection;
        app::IndustryView view(m_store, selection, true);   // the starter store: prefecture boundaries only
        auto *level = view.findChild<QComboBox *>(u"mapLevel"_s);
        QVERIFY(level);
        QCOMPARE(level->count(), 1);
        QVERIFY(!level->isEnabled());
        QVERIFY(level->toolTip().contains(u"N03"_s));
        QCOMPARE(view.level(), u"prefecture"_s);
    }

    void municipalLevel_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<double>("handLq");
        // Worked by hand from establishments_employees_municipality.csv, 2021,
        // JSIC divisions A–R summed (TOTAL left out):
        // 豊田市 (23211) employees: E 114,018 of 247,911 = 0.459915; Japan E
        // 8,803,565 of 57,937,011 = 0.151951; LQ = 0.459915 / 0.151951 = 3.02674.
        QTest::newRow("豊田市 E employees, Japan") << u"employees"_s << u"E"_s << u"23211"_s << QString() << 3.02674;
        QTest::newRow("豊田市 E employees, 愛知県") << u"employees"_s << u"E"_s << u"23211"_s << u"23"_s << 3.02674;
        // 港区 (13103) establishments: G 3,931 of 41,049 = 0.0957636; Japan G
        // 76,539 of 5,155,589 = 0.0148458; LQ = 6.45054.
        QTest::newRow("港区 G establishments, 東京都")
            << u"establishments"_s << u"G"_s << u"13103"_s << u"13"_s << 6.45054;
    }

    void municipalLevel()
    {
        QFETCH(QString, measure);
        QFETCH(QString, industry);
        QFETCH(QString, code);
        QFETCH(QString, filter);
        QFETCH(double, handLq);
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        QVERIFY(municipalStore());
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::RegionSelection selection;
        app::IndustryView view(m_municipalStore, selection, true);
        view.resize(1600, 950);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        auto *level = view.findChild<QComboBox *>(u"mapLevel"_s);
        QCOMPARE(level->count(), 2);
        QVERIFY(level->isEnabled());
        view.setMeasure(measure);
        view.setYear(2021);
        view.setMapIndustry(industry);
        QElapsedTimer timer;
        timer.start();
        view.setLevel(u"municipality"_s);
        view.setPrefectureFilter(filter);
        waitIdle(view);
        qInfo("municipal level: LQ of the 1,741 municipalities read, computed and drawn in %lld ms", timer.elapsed());
        QCOMPARE(view.level(), u"municipality"_s);

        // The map: every municipality (or the filter's), each with a value.
        QStringList expected;
        for (const datasets::Region &r : m_municipalStore.regions(datasets::RegionLevel::Municipality))
            if (filter.isEmpty() || r.parent == filter)
                expected << r.code;
        QCOMPARE(expected.size() > 0, true);
        if (filter.isEmpty())
            QCOMPARE(expected.size(), 1741);
        widgets::ChoroplethMap *map = view.map();
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
        QVERIFY(map->title().contains(u"2021"_s));
        QVERIFY(map->breaks().contains(1.0));   // diverging at LQ 1 at this level too

        // The quotient: from the CSV, and the number worked by hand.
        const datasets::IndustryStructure &m = view.municipalResult();
        const double lq = m.lq.at(m.row(code), int(m.industries.indexOf(industry)));
        RL_COMPARE_NEAR(lq, test::csvMunicipalLq(m_rows, code, industry, 2021, measure), 1e-9);
        RL_COMPARE_NEAR(lq, handLq, 2e-6);

        // The table lists the municipalities on the map, sortable by the industry.
        app::LqTableModel *model = view.tableModel();
        QCOMPARE(model->rowCount(), int(expected.size()));
        QVERIFY(model->rowOf(code) >= 0);
        const int column = int(m.industries.indexOf(industry)) + 1;
        view.tableView()->sortByColumn(column, Qt::DescendingOrder);
        const QAbstractItemModel *proxy = view.tableView()->model();
        const auto value = [&](int row) { return proxy->index(row, column).data(int(app::LqTableModel::Role::Value)).toDouble(); };
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY2(value(r - 1) >= value(r), qPrintable(QString::number(r)));
        if (filter == u"23") {
            view.tabs()->setCurrentIndex(2);
            QVERIFY(view.grab().save(test::sourceDir() + u"/out/industry-municipal-table-aichi.png"_s));
            view.tabs()->setCurrentIndex(0);
        }

        // Clicking the municipality: its LQ in the commentary, the municipality
        // itself the shared selection (issue 14: every page follows it).
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(code).toPoint());
        QCOMPARE(view.municipalSelection(), QStringList{code});
        QCOMPARE(selection.codes(), QStringList{code});
        waitIdle(view);
        const QString text = view.commentary();
        QVERIFY2(text.contains(QString::number(handLq, 'f', 2)), qPrintable(text));
        const QString name = m_municipalStore.region(code)->nameJa;
        QVERIFY2(text.contains(name), qPrintable(text));
        // The page is in Japanese (translated strings since 72ca513), spaced as Japanese is
        // (issue 15, tools/ja_spacing.py): "…、全国の1741市区町村中65位".
        QVERIFY2(text.contains(u"の%1市区町村中"_s.arg(expected.size())), qPrintable(text));
        QVERIFY(view.grab().save(test::sourceDir() + u"/out/industry-municipal-%1.png"_s.arg(code + filter)));

        // Value added exists for prefectures only: the page says so.
        view.setMeasure(u"gdp_nominal"_s);
        waitIdle(view);
        QVERIFY(!view.mapLevels()->note().isEmpty());
        QVERIFY(view.commentary().contains(u"都道府県別にしか公表されていない"_s));
        int withValue = 0;
        for (const widgets::MapFeature &f : map->features())
            withValue += map->classOf(f.code) >= 0 ? 1 : 0;
        QCOMPARE(withValue, 0);
        if (filter == u"23")
            QVERIFY(view.grab().save(test::sourceDir() + u"/out/industry-municipal-valueadded.png"_s));

        // Back to prefectures: 47 features, the note gone.
        view.setMeasure(measure);
        view.setLevel(u"prefecture"_s);
        waitIdle(view);
        QCOMPARE(map->features().size(), 47);
        QVERIFY(view.mapLevels()->note().isEmpty());
        QCOMPARE(view.tableModel()->rowCount(), 47);
    }
};

QTEST_MAIN(TestIndustryView)
#include "test_industryview.moc"
