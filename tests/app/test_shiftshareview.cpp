// SPDX-License-Identifier: GPL-3.0-or-later
// The 成長要因 page offscreen on a fresh starter store: defaults, the
// components add up to the actual change worked from the starter CSV,
// sorting, selection drives the waterfall, exports and screenshots.
#include "testhelpers.h"
#include "municipaltesthelpers.h"

#include "analysispage.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "languagemanager.h"
#include "maplevelcontrol.h"
#include "regionselection.h"
#include "shiftshareview.h"
#include "widgets/choroplethmap.h"
#include "widgets/stackedbarchart.h"
#include "widgets/waterfallchart.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// Σ over JSIC divisions (TOTAL left out) of one prefecture's employees in
// one year, read straight from the starter CSV; region "" = all prefectures.
double csvSum(const QString &region, int year)
{
    QFile file(test::sourceDir() + u"/datasets/starter/establishments_employees_prefecture.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nan("");
    double sum = 0;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() < 5 || f[1].toInt() != year || f[3] != u"employees" || f[2] == u"TOTAL")
            continue;
        if (region.isEmpty() || f[0] == region)
            sum += f[4].toDouble();
    }
    return sum;
}

void waitIdle(app::ShiftShareView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 10000);
}

} // namespace

class TestShiftShareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    datasets::Store m_municipalStore;   // with the real N03 boundaries, opened on first use
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

    void defaults()
    {
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        QCOMPARE(view.pageId(), u"shiftshare"_s);
        QCOMPARE(view.measure(), u"employees"_s);
        QCOMPARE(view.startYear(), 2016);
        QCOMPARE(view.endYear(), 2021);
        QCOMPARE(view.result().regions.size(), 47);
        view.setMeasure(u"gdp_nominal"_s);
        waitIdle(view);
        QCOMPARE(view.startYear(), 2011);
        QCOMPARE(view.endYear(), 2022);
        QCOMPARE(view.result().industries.size(), 16);
        QCOMPARE(view.figures().size(), 3);
    }

    void componentsAddUp_data()
    {
        QTest::addColumn<QString>("region");
        for (const char *code : {"01", "13", "23", "27", "47"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void componentsAddUp()
    {
        QFETCH(QString, region);
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        const datasets::GrowthFactors &g = view.result();
        const int r = g.row(region);
        QVERIFY(r >= 0);
        // The actual change is the CSV's 2021 sum minus its 2016 sum.
        const double change = csvSum(region, 2021) - csvSum(region, 2016);
        RL_COMPARE_NEAR(g.actualChange.at(r), change, 1e-12);
        RL_COMPARE_NEAR(g.nationalShare.at(r) + g.industryMix.at(r) + g.regionalShift.at(r), change, 1e-9);
        // Growth-rate form: 成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因.
        const double rate = change / csvSum(region, 2016);
        RL_COMPARE_NEAR(g.growthRate.at(r), rate, 1e-12);
        RL_COMPARE_NEAR(g.nationalGrowthRate + g.industryFactor.at(r) + g.regionalFactor.at(r), rate, 1e-9);
        RL_COMPARE_NEAR(g.nationalGrowthRate, csvSum(QString(), 2021) / csvSum(QString(), 2016) - 1.0, 1e-12);
        // The waterfall shows the same numbers in points, its total bar the growth rate.
        selection.set({region});
        const auto &steps = view.waterfall()->steps();
        QCOMPARE(steps.size(), 4);
        RL_COMPARE_NEAR(steps.at(0).value + steps.at(1).value + steps.at(2).value, 100.0 * rate, 1e-9);
        RL_COMPARE_NEAR(steps.at(3).value, 100.0 * rate, 1e-12);
        QVERIFY(steps.at(3).total);
    }

    void industryMixSumsToZeroNationally()
    {
        // Over all prefectures, the industry-mix and regional shifts cancel
        // (Σ_r x_ri0 (g_Ni − G) = 0 and Σ_r x_ri0 (g_ri − g_Ni) = 0).
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        double mix = 0, regional = 0, scale = 0;
        for (int r = 0; r < view.result().regions.size(); ++r) {
            mix += view.result().industryMix.at(r);
            regional += view.result().regionalShift.at(r);
            scale += std::abs(view.result().actualChange.at(r));
        }
        QVERIFY(std::abs(mix) < 1e-6 * scale);
        QVERIFY(std::abs(regional) < 1e-6 * scale);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("growth") << int(app::ShiftShareView::SortKey::Growth);
        QTest::newRow("industry mix") << int(app::ShiftShareView::SortKey::IndustryMix);
        QTest::newRow("regional") << int(app::ShiftShareView::SortKey::Regional);
    }

    void sorting()
    {
        QFETCH(int, key);
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        view.setSortKey(app::ShiftShareView::SortKey(key));
        const datasets::GrowthFactors &g = view.result();
        const QStringList order = view.barOrder();
        QCOMPARE(order.size(), 47);
        auto value = [&](const QString &code) {
            const int r = g.row(code);
            switch (app::ShiftShareView::SortKey(key)) {
            case app::ShiftShareView::SortKey::IndustryMix: return g.industryFactor.at(r);
            case app::ShiftShareView::SortKey::Regional: return g.regionalFactor.at(r);
            default: return g.growthRate.at(r);
            }
        };
        for (int i = 1; i < order.size(); ++i)
            QVERIFY2(value(order.at(i - 1)) >= value(order.at(i)), qPrintable(order.at(i)));
        QCOMPARE(view.stackedChart()->categories().size(), 47);
        view.setSortKey(app::ShiftShareView::SortKey::Code);
        QCOMPARE(view.barOrder().first(), u"01"_s);
        QCOMPARE(view.barOrder().last(), u"47"_s);
    }

    void commentaryStatesComponents()
    {
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.set({u"13"_s});
        const QString text = view.commentary();
        const double rate = 100.0 * (csvSum(u"13"_s, 2021) / csvSum(u"13"_s, 2016) - 1.0);
        const QString expected = (rate >= 0 ? u"+"_s : QString(QChar(0x2212))) + QString::number(std::abs(rate), 'f', 1);
        QVERIFY2(text.contains(expected), qPrintable(text + u" / "_s + expected));
        QVERIFY2(text.contains(u"2016"_s) && text.contains(u"2021"_s), qPrintable(text));
        QVERIFY(text.contains(u"東京都"_s));
        QVERIFY(text.contains(u"dominates"_s) || text.contains(u"主"_s));
    }

    void mapClickAndCombinedGroup()
    {
        app::RegionSelection selection;
        app::ShiftShareView view(m_store, selection, true, nullptr);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        QVERIFY(view.map()->breaks().contains(0.0));
        QTest::mouseClick(view.map(), Qt::LeftButton, {}, view.map()->interiorPoint(u"27"_s).toPoint());
        QCOMPARE(selection.codes(), QStringList{u"27"_s});
        QCOMPARE(view.focusRegion(), u"27"_s);
        selection.setAggregated(true);
        selection.setGroup(u"tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s});
        waitIdle(view);
        const datasets::GrowthFactors &g = view.result();
        const int agg = g.row(view.focusRegion());
        QVERIFY(agg >= 47);
        double change = 0;
        for (const QString &c : {u"11"_s, u"12"_s, u"13"_s, u"14"_s})
            change += csvSum(c, 2021) - csvSum(c, 2016);
        RL_COMPARE_NEAR(g.actualChange.at(agg), change, 1e-12);
        QCOMPARE(view.barOrder().first(), view.focusRegion());
        QCOMPARE(view.waterfall()->title().contains(u"東京圏"_s), true);
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
        app::ShiftShareView view(m_store, selection, true, nullptr);
        waitIdle(view);
        selection.set({u"23"_s});
        const app::PageFigure fig = view.figures().at(figure);
        const QString path = m_dir.filePath(fig.id + u'.' + suffix);
        QString error;
        QVERIFY2(app::writeFigure(fig, path, QSize(1200, 900), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() > 2000, qPrintable(QString::number(bytes.size())));
        if (suffix == u"png") {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1200, 900));
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
        app::ShiftShareView view(m_store, selection, true, nullptr);
        view.resize(1500, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        selection.set({u"23"_s});
        view.setSortKey(app::ShiftShareView::SortKey::Regional);
        const QString out = test::sourceDir() + u"/out"_s;
        QDir().mkpath(out);
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/shiftshare-employees.png"_s));
        view.setMeasure(u"gdp_nominal"_s);
        waitIdle(view);
        view.setForm(app::ShiftShareView::Form::Levels);
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/shiftshare-gdp-levels.png"_s));
        view.setForm(app::ShiftShareView::Form::GrowthRate);
        view.setLargeFonts(true);
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/shiftshare-gdp-large.png"_s));
        for (const app::PageFigure &f : view.figures())
            QVERIFY(app::writeFigure(f, out + u"/shiftshare-fig-"_s + f.id + u".png"_s, QSize(1200, 900), nullptr));
        QVERIFY(app::writeFigure(view.figures().at(0), out + u"/shiftshare-fig-bars.pdf"_s, QSize(1200, 900), nullptr));
    }

    void municipalLevel_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<double>("handGrowth");   // %
        // Worked by hand from establishments_employees_municipality.csv,
        // employees summed over JSIC A–R (TOTAL left out), 2016 → 2021:
        // 豊田市 (23211) 248,872 → 247,911: 247,911 / 248,872 − 1 = −0.386142 %.
        QTest::newRow("豊田市, Japan") << u"23211"_s << QString() << -0.386142;
        QTest::newRow("豊田市, 愛知県") << u"23211"_s << u"23"_s << -0.386142;
        // 札幌市 (01100) 838,908 → 872,779: +4.037511 %.
        QTest::newRow("札幌市, 北海道") << u"01100"_s << u"01"_s << 4.037511;
        // 港区 (13103) 989,196 → 1,117,898: +13.010768 %.
        QTest::newRow("港区, 東京都") << u"13103"_s << u"13"_s << 13.010768;
    }

    void municipalLevel()
    {
        QFETCH(QString, code);
        QFETCH(QString, filter);
        QFETCH(double, handGrowth);
        if (test::n03File().isEmpty())
            QSKIP("../shared/data/boundaries_n03_2021_smartnews is absent: the municipal level needs the N03 boundaries");
        QVERIFY(municipalStore());
        app::LanguageManager language;
        language.install(u"ja"_s);
        app::RegionSelection selection;
        app::ShiftShareView view(m_municipalStore, selection, true);
        view.resize(1600, 950);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitIdle(view);
        view.setMeasure(u"employees"_s);
        view.setYears(2016, 2021);
        QElapsedTimer timer;
        timer.start();
        view.setLevel(u"municipality"_s);
        view.setPrefectureFilter(filter);
        waitIdle(view);
        qInfo("municipal level: shift-share of the 1,741 municipalities read, computed and drawn in %lld ms", timer.elapsed());

        QStringList expected;
        for (const datasets::Region &r : m_municipalStore.regions(datasets::RegionLevel::Municipality))
            if (filter.isEmpty() || r.parent == filter)
                expected << r.code;
        if (filter.isEmpty())
            QCOMPARE(expected.size(), 1741);
        widgets::ChoroplethMap *map = view.map();
        QStringList shown, blank;
        for (const widgets::MapFeature &f : map->features()) {
            shown << f.code;
            if (map->classOf(f.code) < 0)
                blank << f.code;
        }
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        // 双葉町 (07546) had no employees in 2016 (evacuated since 2011; 19 in
        // 2021 per the CSV): its growth rate is undefined, no colour.
        QCOMPARE(blank, filter.isEmpty() ? QStringList{u"07546"_s} : QStringList());

        // Nation = all municipalities: 56,853,204 → 57,937,011 = +1.906325 % (by hand from the CSV).
        const datasets::GrowthFactors &g = view.municipalResult();
        QCOMPARE(g.regions.size(), 1741);
        RL_COMPARE_NEAR(100.0 * g.nationalGrowthRate, 1.906325, 1e-6);
        RL_COMPARE_NEAR(g.nationalGrowthRate,
                        test::csvMunicipalSum(m_rows, {}, 2021, u"employees"_s)
                                / test::csvMunicipalSum(m_rows, {}, 2016, u"employees"_s) - 1.0,
                        1e-12);
        const int r = g.row(code);
        QVERIFY(r >= 0);
        RL_COMPARE_NEAR(100.0 * g.growthRate.at(r), handGrowth, 1e-6);
        const double start = test::csvMunicipalSum(m_rows, code, 2016, u"employees"_s);
        const double end = test::csvMunicipalSum(m_rows, code, 2021, u"employees"_s);
        RL_COMPARE_NEAR(g.actualChange.at(r), end - start, 1e-12);
        // The identity for every municipality, in both forms.
        for (int i = 0; i < g.regions.size(); ++i) {
            if (g.regions.at(i) == u"07546")
                continue;
            RL_COMPARE_NEAR(g.growthRate.at(i), g.nationalGrowthRate + g.industryFactor.at(i) + g.regionalFactor.at(i), 1e-9);
            RL_COMPARE_NEAR(g.actualChange.at(i), g.nationalShare.at(i) + g.industryMix.at(i) + g.regionalShift.at(i), 1e-9);
        }

        // Clicking the municipality: its waterfall, the municipality itself the
        // shared selection (issue 14: every page follows it).
        QTest::mouseClick(map, Qt::LeftButton, {}, map->interiorPoint(code).toPoint());
        QCOMPARE(view.municipalSelection(), QStringList{code});
        QCOMPARE(selection.codes(), QStringList{code});
        waitIdle(view);
        const QString name = m_municipalStore.region(code)->nameJa;
        QVERIFY2(view.waterfall()->title().contains(name), qPrintable(view.waterfall()->title()));
        const QList<widgets::WaterfallStep> steps = view.waterfall()->steps();
        QCOMPARE(steps.size(), 4);
        RL_COMPARE_NEAR(steps.at(3).value, handGrowth, 1e-6);   // pt
        RL_COMPARE_NEAR(steps.at(0).value + steps.at(1).value + steps.at(2).value, steps.at(3).value, 1e-9);
        const QString text = view.commentary();
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY2(text.contains(QString::number(std::abs(handGrowth), 'f', 1)), qPrintable(text));
        if (filter.isEmpty())
            QVERIFY2(text.contains(m_municipalStore.region(u"07546"_s)->nameJa), qPrintable(text));
        QVERIFY(view.grab().save(test::sourceDir() + u"/out/shiftshare-municipal-%1.png"_s.arg(code + filter)));

        // Value added has no municipal figures: the page says so.
        view.setMeasure(u"gdp_nominal"_s);
        waitIdle(view);
        QVERIFY(!view.mapLevels()->note().isEmpty());
        int withValue = 0;
        for (const widgets::MapFeature &f : map->features())
            withValue += map->classOf(f.code) >= 0 ? 1 : 0;
        QCOMPARE(withValue, 0);
    }
};

QTEST_MAIN(TestShiftShareView)
#include "test_shiftshareview.moc"
