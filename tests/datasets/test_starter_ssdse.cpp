// SPDX-License-Identifier: GPL-3.0-or-later
// The SSDSE tables of the starter pack (issue 12) on a fresh starter store:
// every table reproduces the totals its PROVENANCE.md lists, missing cells
// stay missing, the catalogue finds indicators by Japanese or English name,
// theme and category. The figures are the public tables' (quoted from
// ../shared/data/ssdse_*/PROVENANCE.md or read by hand from the CSVs there).
#include "testhelpers.h"

#include "datasets/catalogsnapshot.h"
#include "datasets/indicatorcatalog.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

class TestStarterSsdse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    CatalogSnapshot m_snapshot;

    double sum(const QString &indicator, int year, RegionLevel level, int *count = nullptr) const
    {
        ObservationQuery q;
        q.indicator = indicator;
        q.year = year;
        q.level = level;
        double total = 0;
        int n = 0;
        for (const Observation &o : m_store.observations(q)) {
            total += o.value;
            ++n;
        }
        if (count)
            *count = n;
        return total;
    }

    double value(const QString &indicator, int year, const QString &region) const
    {
        ObservationQuery q;
        q.indicator = indicator;
        q.year = year;
        q.region = region;
        const QList<Observation> rows = m_store.observations(q);
        return rows.size() == 1 ? rows.first().value : std::numeric_limits<double>::quiet_NaN();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
        m_snapshot = CatalogSnapshot::build(m_store);
    }

    // Σ over the 47 prefectures or the 1,741 municipalities, as PROVENANCE.md lists them.
    void totals_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("municipal");
        QTest::addColumn<int>("regions");
        QTest::addColumn<double>("total");
        // SSDSE-A: 2026 edition = census 2020, 2021 edition = census 2015.
        QTest::newRow("A-2026 population") << u"ssdse.a1101"_s << 2020 << true << 1741 << 126146099.0;
        QTest::newRow("A-2021 population") << u"ssdse.a1101"_s << 2015 << true << 1741 << 127094745.0;
        // SSDSE-A employees (民営): 2016 and 2021 経済センサス.
        QTest::newRow("A employees 2016") << u"ssdse.c2208"_s << 2016 << true << 1741 << 56854058.0;
        QTest::newRow("A employees 2021") << u"ssdse.c2208"_s << 2021 << true << 1741 << 57937290.0;
        // SSDSE-B: census years and the 2022 estimate.
        QTest::newRow("B population 2020") << u"ssdse.a1101"_s << 2020 << false << 47 << 126146099.0;
        QTest::newRow("B population 2015") << u"ssdse.a1101"_s << 2015 << false << 47 << 127094745.0;
        QTest::newRow("B population 2022") << u"ssdse.a1101"_s << 2022 << false << 47 << 124946000.0;
        // SSDSE-E: 県内総生産 FY2019, Σ 47 = 全国 580,846,867 (million yen).
        QTest::newRow("E GDP 2019") << u"ssdse.c1121"_s << 2019 << false << 47 << 580846867.0;
    }

    void totals()
    {
        QFETCH(QString, indicator);
        QFETCH(int, year);
        QFETCH(bool, municipal);
        QFETCH(int, regions);
        QFETCH(double, total);
        int n = 0;
        QCOMPARE(sum(indicator, year, municipal ? RegionLevel::Municipality : RegionLevel::Prefecture, &n), total);
        QCOMPARE(n, regions);
    }

    // Single cells read by hand from the tables.
    void cells_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("expected");
        QTest::newRow("東京都 population 2020 (B)") << u"ssdse.a1101"_s << 2020 << u"13"_s << 14047594.0;
        QTest::newRow("東京都 2015 (B)") << u"ssdse.a1101"_s << 2015 << u"13"_s << 13515271.0;
        QTest::newRow("全国 GDP FY2019 (E)") << u"ssdse.c1121"_s << 2019 << u"00"_s << 580846867.0;
        QTest::newRow("全国 2022 (E)") << u"ssdse.a1101"_s << 2022 << u"00"_s << 124947000.0;
        // SSDSE-C: 全国 食料（合計） 1,033,514; 東京都区部 1,202,765 (under 13); 那覇市 914,741 (under 47).
        QTest::newRow("C 全国 food") << u"ssdse.lb00"_s << 2024 << u"00"_s << 1033514.0;
        QTest::newRow("C 東京都区部 food") << u"ssdse.lb00"_s << 2024 << u"13"_s << 1202765.0;
        QTest::newRow("C 那覇市 food") << u"ssdse.lb00"_s << 2024 << u"47"_s << 914741.0;
        // SSDSE-B: 東京都 保育所等利用待機児童数 2022, 2021, 2020: 300, 969, 2,343.
        QTest::newRow("B 待機児童 東京都 2022") << u"ssdse.b_children_on_day_care_waiting_lists"_s << 2022 << u"13"_s
                                           << 300.0;
        QTest::newRow("B 待機児童 東京都 2020") << u"ssdse.b_children_on_day_care_waiting_lists"_s << 2020 << u"13"_s
                                           << 2343.0;
        // SSDSE-A-2026: 豊田市 一般病院数 2023 = 14, 総面積 2024 = 91,832 ha; A-2021: 2015 population 422,542.
        QTest::newRow("A 豊田市 hospitals") << u"ssdse.i510120"_s << 2023 << u"23211"_s << 14.0;
        QTest::newRow("A 豊田市 area") << u"ssdse.b1101"_s << 2024 << u"23211"_s << 91832.0;
        QTest::newRow("A-2021 豊田市 2015") << u"ssdse.a1101"_s << 2015 << u"23211"_s << 422542.0;
    }

    void cells()
    {
        QFETCH(QString, indicator);
        QFETCH(int, year);
        QFETCH(QString, region);
        QFETCH(double, expected);
        QCOMPARE(value(indicator, year, region), expected);
    }

    // SSDSE-B has no national row: 全国 of 2020 is not there, not 0 (E's 全国 is for 2022 only).
    void missingStaysMissing()
    {
        QVERIFY(std::isnan(value(u"ssdse.a1101"_s, 2020, u"00"_s)));
        ObservationQuery q;
        q.indicator = u"ssdse.a1101"_s;
        q.region = u"00"_s;
        QCOMPARE(m_store.observations(q).size(), 1);   // 2022 only
        // No SSDSE value is stored as a status or a NaN: an empty cell is simply not a row.
        QSqlQuery check(m_store.database());
        QVERIFY(check.exec(u"SELECT count(*) FROM observations WHERE indicator LIKE 'ssdse.%' AND (value IS NULL OR "
                           "status <> '')"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);
    }

    // Every item keeps its code, both names, unit, 出典 and licence.
    void metadata()
    {
        const std::optional<IndicatorInfo> info = m_snapshot.indicator(u"ssdse.i6100"_s);
        QVERIFY(info);
        QCOMPARE(info->nameJa, u"医師数"_s);
        QCOMPARE(info->nameEn, u"Physicians"_s);
        QCOMPARE(info->unitJa, u"人"_s);
        QVERIFY(info->sourceJa.contains(u"SSDSE-A-2026"_s));
        QVERIFY(info->sourceJa.contains(u"SSDSE-E-2024"_s));
        QVERIFY(info->licence.contains(u"政府標準利用規約"_s));
        const CatalogEntry e = indicatorcatalog::entryOf(m_snapshot, u"ssdse.i6100"_s);
        QCOMPARE(e.itemCode, u"I6100"_s);
        QCOMPARE(e.category, u"health"_s);
        QVERIFY(e.themes.contains(u"health_welfare"_s));
        QVERIFY(e.additive);
        QVERIFY(!indicatorcatalog::entryOf(m_snapshot, u"ssdse.d2203"_s).additive);   // 経常収支比率 (%)
        QString error;
        const auto &items = indicatorcatalog::bundledSsdseItems(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(items.size(), 441);
        for (const auto &it : items) {
            QVERIFY2(!it.info.nameEn.isEmpty() && !it.info.unitJa.isEmpty() && !it.info.sourceJa.isEmpty()
                         && !it.info.licence.isEmpty() && !it.entry.category.isEmpty(),
                     qPrintable(it.info.id));
            QVERIFY2(m_snapshot.indicator(it.info.id), qPrintable(it.info.id));
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("notFound");
        QTest::newRow("Japanese") << u"病院"_s << QString() << QString() << u"ssdse.i510120"_s << u"ssdse.i6100"_s;
        QTest::newRow("English, any case") << u"HOSPITALS"_s << QString() << QString() << u"ssdse.i510120"_s
                                           << u"ssdse.i5102"_s;
        QTest::newRow("full-width digits and ～") << u"１５-６４"_s << QString() << QString() << u"ssdse.a1302"_s
                                                 << u"ssdse.a1301"_s;
        QTest::newRow("item code") << u"C1121"_s << QString() << QString() << u"ssdse.c1121"_s << u"gdp_nominal"_s;
        QTest::newRow("two words") << u"guest foreign"_s << QString() << QString() << u"ssdse.g7102"_s
                                   << u"ssdse.g7101"_s;
        QTest::newRow("theme tourism") << QString() << u"tourism"_s << QString() << u"ssdse.g7101"_s << u"ssdse.i6100"_s;
        QTest::newRow("theme finance") << u"民生費"_s << u"finance"_s << QString() << u"ssdse.d320303"_s
                                       << u"ssdse.d3201"_s;
        QTest::newRow("category 家計") << u"米"_s << QString() << u"household_budget"_s << u"ssdse.lb011001"_s
                                       << u"ssdse.a1101"_s;
        QTest::newRow("starter indicator") << u"県内総生産"_s << u"business"_s << QString() << u"gdp_nominal"_s
                                           << u"ssdse.i6100"_s;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, theme);
        QFETCH(QString, category);
        QFETCH(QString, found);
        QFETCH(QString, notFound);
        QStringList ids;
        for (const IndicatorInfo &info : indicatorcatalog::findIndicators(m_snapshot, text, theme, category))
            ids << info.id;
        QVERIFY2(ids.contains(found), qPrintable(ids.join(u' ')));
        QVERIFY2(!ids.contains(notFound), qPrintable(ids.join(u' ')));
    }

    void themesAndCategories()
    {
        QStringList themes, categories;
        for (const IndicatorTheme &t : indicatorcatalog::themesIn(m_snapshot))
            themes << t.id;
        for (const IndicatorCategory &c : indicatorcatalog::categoriesIn(m_snapshot))
            categories << c.id;
        for (const QString &t : {u"business"_s, u"consumption"_s, u"tourism"_s, u"health_welfare"_s, u"finance"_s,
                                 u"employment"_s})
            QVERIFY2(themes.contains(t), qPrintable(t));
        for (const QString &c : {u"population"_s, u"environment"_s, u"economy"_s, u"administration"_s,
                                 u"education"_s, u"labour"_s, u"housing"_s, u"health"_s, u"welfare"_s})
            QVERIFY2(categories.contains(c), qPrintable(c));
        QVERIFY(!categories.contains(u"safety"_s));   // no K item is bundled
    }
};

QTEST_GUILESS_MAIN(TestStarterSsdse)
#include "test_starter_ssdse.moc"
