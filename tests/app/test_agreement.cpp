// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI and the CLI agree: each shared figure is computed twice on the
// same starter store — in process, through the adapter with the request the
// GUI's pages and the region report use (default conventions), and by
// `regionlens-cli … --format json` as a process — and every value of the
// chosen rows must be identical to 1e-12 relative.
//
// Adding a figure: one row in figures_data() — the CLI arguments, the JSON
// columns that name a row (keys) and those compared (values), the rows to
// compare, and a function computing the same table through the adapter.//
// The machinery is in agreementsupport.h, the figures in agreementfigures.h.
#include "agreementfigures.h"
#include "testhelpers.h"
#include "municipaltesthelpers.h"

#include "datasets/adapters/keyfigures.h"
#include "datasets/adapters/projectionadapter.h"
#include "datasets/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
using namespace regionlens::test::agreement;
namespace keyfigures = regionlens::datasets::keyfigures;
namespace projection = regionlens::datasets::projection;

class TestAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    QString m_db;

    void check(const Figure &figure)
    {
        const QString difference = compare(figure, m_store, m_db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_db, &error), qPrintable(error));
    }

    void figures_data()
    {
        using datasets::RegionLevel;
        QTest::addColumn<Figure>("figure");
        const QList<datasets::RegionAggregate> tokyo = preset(u"tokyo_area"_s);

        // --- LQ and shift-share (産業構造, 成長要因): the pages' entry points ---
        const QStringList lqKeys{u"region_code"_s, u"industry_code"_s};
        const QStringList lqValues{u"lq"_s, u"value"_s};
        const QStringList ssKeys{u"region_code"_s};
        const QStringList ssValues{u"start"_s, u"end"_s, u"change"_s, u"national"_s, u"industry_mix"_s,
                                   u"regional"_s};
        const QStringList ssRateValues{u"start"_s,         u"end"_s,           u"growth_rate"_s,
                                       u"national_rate"_s, u"industry_mix_rate"_s, u"regional_rate"_s};
        const QStringList lqEmployees{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s};
        const QStringList lqGdp{u"lq"_s, u"--indicator"_s, u"gdp_nominal"_s, u"--year"_s, u"2021"_s};
        const QStringList ssEmployees{u"shift-share"_s, u"--indicator"_s, u"employees"_s, u"--from"_s, u"2016"_s,
                                      u"--to"_s, u"2021"_s};
        const QStringList ssGdp{u"shift-share"_s, u"--indicator"_s, u"gdp_nominal"_s, u"--from"_s, u"2011"_s,
                                u"--to"_s, u"2022"_s};
        const QStringList municipal{u"--level"_s, u"municipality"_s};
        const QStringList group{u"--group"_s, u"tokyo_area"_s};
        const QStringList rates{u"--rates"_s};

        // 北海道 (01)
        QTest::newRow("LQ employees 2021, 北海道")
            << Figure{lqEmployees, lqKeys, lqValues, lqRows(u"01"_s, false),
                      lqFigure(u"employees"_s, 2021, RegionLevel::Prefecture)};
        QTest::newRow("LQ GDP FY2021, 北海道")
            << Figure{lqGdp, lqKeys, lqValues, lqRows(u"01"_s, true),
                      lqFigure(u"gdp_nominal"_s, 2021, RegionLevel::Prefecture)};
        QTest::newRow("shift-share employees 2016-2021, 北海道")
            << Figure{ssEmployees, ssKeys, ssValues, {u"01"_s},
                      shiftShareFigure(u"employees"_s, 2016, 2021, RegionLevel::Prefecture, false)};
        QTest::newRow("shift-share rates employees 2016-2021, 北海道")
            << Figure{ssEmployees + rates, ssKeys, ssRateValues, {u"01"_s},
                      shiftShareFigure(u"employees"_s, 2016, 2021, RegionLevel::Prefecture, true)};
        QTest::newRow("shift-share GDP FY2011-FY2022, 北海道")
            << Figure{ssGdp, ssKeys, ssValues, {u"01"_s},
                      shiftShareFigure(u"gdp_nominal"_s, 2011, 2022, RegionLevel::Prefecture, false)};
        QTest::newRow("shift-share rates GDP FY2011-FY2022, 北海道")
            << Figure{ssGdp + rates, ssKeys, ssRateValues, {u"01"_s},
                      shiftShareFigure(u"gdp_nominal"_s, 2011, 2022, RegionLevel::Prefecture, true)};

        // 豊田市 (23211), municipal level (employees: GDP is published for prefectures only)
        QTest::newRow("LQ employees 2021, 豊田市")
            << Figure{lqEmployees + municipal, lqKeys, lqValues, lqRows(u"23211"_s, false),
                      lqFigure(u"employees"_s, 2021, RegionLevel::Municipality)};
        QTest::newRow("shift-share employees 2016-2021, 豊田市")
            << Figure{ssEmployees + municipal, ssKeys, ssValues, {u"23211"_s},
                      shiftShareFigure(u"employees"_s, 2016, 2021, RegionLevel::Municipality, false)};
        QTest::newRow("shift-share rates employees 2016-2021, 豊田市")
            << Figure{ssEmployees + municipal + rates, ssKeys, ssRateValues, {u"23211"_s},
                      shiftShareFigure(u"employees"_s, 2016, 2021, RegionLevel::Municipality, true)};

        // 東京圏 (tokyo_area: 埼玉, 千葉, 東京, 神奈川) as one region, and a member beside it
        QTest::newRow("LQ employees 2021, 東京圏")
            << Figure{lqEmployees + group, lqKeys, lqValues, lqRows(u"group:tokyo_area"_s, false) + lqRows(u"13"_s, false),
                      lqFigure(u"employees"_s, 2021, RegionLevel::Prefecture, tokyo)};
        QTest::newRow("LQ GDP FY2021, 東京圏")
            << Figure{lqGdp + group, lqKeys, lqValues, lqRows(u"group:tokyo_area"_s, true),
                      lqFigure(u"gdp_nominal"_s, 2021, RegionLevel::Prefecture, tokyo)};
        QTest::newRow("shift-share employees 2016-2021, 東京圏")
            << Figure{ssEmployees + group, ssKeys, ssValues, {u"group:tokyo_area"_s, u"13"_s},
                      shiftShareFigure(u"employees"_s, 2016, 2021, RegionLevel::Prefecture, false, tokyo)};
        QTest::newRow("shift-share rates GDP FY2011-FY2022, 東京圏")
            << Figure{ssGdp + group + rates, ssKeys, ssRateValues, {u"group:tokyo_area"_s},
                      shiftShareFigure(u"gdp_nominal"_s, 2011, 2022, RegionLevel::Prefecture, true, tokyo)};

        // --- migration and the report's key figures ---
        const QStringList flowsSummary{u"flows"_s, u"--indicator"_s, u"migration"_s, u"--year"_s, u"2025"_s};
        const QStringList flowValues{u"inflow"_s, u"outflow"_s, u"net"_s, u"turnover"_s, u"net_rate"_s};
        const QStringList figureKey{u"figure"_s};
        const QStringList seriesValues{u"value"_s, u"year"_s, u"previous_value"_s, u"previous_year"_s, u"change"_s};
        const QStringList seriesRows{u"population"_s, u"employees"_s, u"establishments"_s};
        const QStringList migrationValues{u"value"_s, u"year"_s, u"inflow"_s, u"outflow"_s};
        const QStringList rankValues{u"rank"_s, u"rank_of"_s};
        const auto keyFigures = [](const QString &region) {
            return QStringList{u"key-figures"_s, u"--region"_s, region};
        };

        // The flows summary of 2025 (rates per the 2022 population estimate) …
        QTest::newRow("flows 2025: MEI, ANMR, CMP")
            << Figure{flowsSummary + QStringList{u"--summary"_s}, {}, {u"mei"_s, u"anmr"_s, u"cmp"_s}, {QString()},
                      flowsFigure(2025)};
        // … per prefecture (北海道, 東京都) and for 東京圏 as one region.
        QTest::newRow("flows 2025: 北海道, 東京都, 東京圏")
            << Figure{flowsSummary + QStringList{u"--group"_s, u"tokyo_area"_s}, {u"region_code"_s}, flowValues,
                      {u"01"_s, u"13"_s, u"group:tokyo_area"_s}, flowsFigure(2025, tokyo)};

        // … and the region view of 愛知県: its partners and its net by 地域ブロック.
        const QStringList aichi = flowsSummary + QStringList{u"--region"_s, u"23"_s};
        QTest::newRow("flows 2025: 愛知県's partners")
            << Figure{aichi + QStringList{u"--partners"_s}, {u"partner_code"_s},
                      {u"inflow"_s, u"outflow"_s, u"net"_s, u"in_share"_s, u"out_share"_s},
                      {u"13"_s, u"21"_s, u"24"_s, u"01"_s, u"47"_s}, regionFlowsFigure(2025, u"23"_s)};
        QTest::newRow("flows 2025: 愛知県 by 地域ブロック")
            << Figure{aichi + QStringList{u"--blocks"_s}, {u"block_id"_s}, {u"inflow"_s, u"outflow"_s, u"net"_s},
                      {u"hokkaido"_s, u"kanto"_s, u"chubu"_s, u"kinki"_s, u"kyushu"_s},
                      regionFlowsFigure(2025, u"23"_s)};

        // The report's key figures: 東京都, 北海道, 東京圏 and 千代田区 (municipal).
        for (const QString &region : {u"13"_s, u"01"_s}) {
            QTest::newRow(qPrintable(u"key figures %1"_s.arg(region)))
                << Figure{keyFigures(region), figureKey, seriesValues, seriesRows + QStringList{u"gross_product"_s},
                          keyFiguresFigure(region)};
            QTest::newRow(qPrintable(u"key figures %1: rank"_s.arg(region)))
                << Figure{keyFigures(region), figureKey, rankValues, {u"population"_s}, keyFiguresFigure(region)};
            QTest::newRow(qPrintable(u"key figures %1: net migration"_s.arg(region)))
                << Figure{keyFigures(region), figureKey, migrationValues, {u"net_migration"_s}, keyFiguresFigure(region)};
        }
        QTest::newRow("key figures 東京圏")
            << Figure{keyFigures(u"group:tokyo_area"_s), figureKey, seriesValues,
                      seriesRows + QStringList{u"gross_product"_s}, keyFiguresFigure(u"group:tokyo_area"_s, tokyo)};
        QTest::newRow("key figures 東京圏: net migration")
            << Figure{keyFigures(u"group:tokyo_area"_s), figureKey, migrationValues, {u"net_migration"_s},
                      keyFiguresFigure(u"group:tokyo_area"_s, tokyo)};
        QTest::newRow("key figures 千代田区")
            << Figure{keyFigures(u"13101"_s), figureKey, seriesValues, seriesRows, keyFiguresFigure(u"13101"_s)};
        // The population projection: 東京都 and 秋田県, rates held and シミュレーション2.
        const QStringList projectionRegions{u"13"_s, u"05"_s};
        const QStringList projectionScenarios{u"baseline"_s, u"fertility+zero-migration"_s};
        QTest::newRow("projection 2015-2045: 東京都, 秋田県")
            << Figure{{u"project"_s, u"--region"_s, projectionRegions.join(u','), u"--scenario"_s,
                       projectionScenarios.join(u',')},
                      {u"region_code"_s, u"year"_s, u"sex"_s, u"age_class"_s, u"scenario"_s},
                      {u"population"_s}, projectionRows(projectionRegions, projectionScenarios),
                      projectionFigure(projectionRegions, projectionScenarios)};
        QTest::newRow("projection 2015-2045: 東京圏 as one region")
            << Figure{{u"project"_s, u"--group"_s, u"tokyo_area"_s, u"--scenario"_s, u"fertility"_s},
                      {u"region_code"_s, u"year"_s, u"sex"_s, u"age_class"_s, u"scenario"_s},
                      {u"population"_s}, projectionRows({u"group:tokyo_area"_s}, {u"fertility"_s}),
                      projectionFigure({}, {u"fertility"_s}, tokyo)};
        // As the 将来人口 page asks (app/gui/projectionview: one region, all four scenarios, the defaults): 愛知県.
        QTest::newRow("projection 2015-2045 as the page asks: 愛知県, every scenario")
            << Figure{{u"project"_s, u"--region"_s, u"23"_s, u"--scenario"_s, projection::scenarioNames().join(u',')},
                      {u"region_code"_s, u"year"_s, u"sex"_s, u"age_class"_s, u"scenario"_s},
                      {u"population"_s}, projectionRows({u"23"_s}, projection::scenarioNames()),
                      projectionFigure({u"23"_s}, projection::scenarioNames())};
        // Issue 14: 豊田市 (23211) as the region report and the pages show it: its key figures
        // (population, employees, establishments, its rank) and its projection from the
        // municipal base (住基 2022, to 2047 as the page asks: the step nearest 2045).
        QTest::newRow("key figures 豊田市")
            << Figure{keyFigures(u"23211"_s), figureKey, seriesValues, seriesRows, keyFiguresFigure(u"23211"_s)};
        QTest::newRow("key figures 豊田市: rank")
            << Figure{keyFigures(u"23211"_s), figureKey, rankValues, {u"population"_s}, keyFiguresFigure(u"23211"_s)};
        QTest::newRow("projection 2022-2047 as the page asks: 豊田市, every scenario")
            << Figure{{u"project"_s, u"--region"_s, u"23211"_s, u"--level"_s, u"municipality"_s, u"--to"_s, u"2047"_s,
                       u"--scenario"_s, projection::scenarioNames().join(u',')},
                      {u"region_code"_s, u"year"_s, u"sex"_s, u"age_class"_s, u"scenario"_s},
                      {u"population"_s}, projectionRows({u"23211"_s}, projection::scenarioNames(), {u"2032"_s, u"2047"_s}),
                      municipalProjectionFigure(u"23211"_s, 2047)};
        QTest::newRow("key figures 千代田区: rank")
            << Figure{keyFigures(u"13101"_s), figureKey, rankValues, {u"population"_s}, keyFiguresFigure(u"13101"_s)};

        // --- input–output (経済波及効果, 地域経済循環): 静岡県's bundled 2015 table ---
        const QStringList ioSectors{u"農林水産業"_s, u"鉱業"_s, u"製造業"_s, u"建設"_s, u"電力・ガス・水道・廃棄物処理"_s,
                                    u"商業"_s, u"金融・保険・不動産"_s, u"運輸・郵便"_s, u"情報通信"_s, u"公務"_s,
                                    u"サービス"_s, u"分類不明"_s};
        QTest::newRow("io multipliers type I, 静岡県")
            << Figure{{u"io"_s, u"multipliers"_s, u"--region"_s, u"22"_s},
                      {u"sector"_s},
                      {u"output_multiplier"_s, u"value_added_multiplier"_s, u"income_multiplier"_s,
                       u"backward_linkage"_s, u"forward_linkage"_s, u"employment_multiplier"_s},
                      ioSectors,
                      ioFigure(u"22"_s)};
        // A demand by sector (index in ioSectors → 百万円): the file `io impact
        // --demand` reads, and the same amounts in the table's order.
        const auto demandFile = [&](const QString &name, const QList<std::pair<int, double>> &cells) {
            QByteArray csv("sector,amount\n");
            QVector<double> amounts(12, 0.0);
            for (const auto &[sector, amount] : cells) {
                csv += ioSectors.at(sector).toUtf8() + ',' + QByteArray::number(amount) + '\n';
                amounts[sector] = amount;
            }
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
                qFatal("cannot write %s", qPrintable(file.fileName()));
            return std::make_pair(file.fileName(), amounts);
        };
        // A visitors' spending of 450 百万円 (商業 100, 運輸・郵便 50, サービス 300).
        const auto [demandPath, amounts] = demandFile(u"demand.csv"_s, {{5, 100.0}, {7, 50.0}, {10, 300.0}});
        QStringList impactRows;
        for (const QString &effect : {u"direct"_s, u"indirect1"_s, u"indirect2"_s, u"total"_s})
            for (const QString &sector : ioSectors)
                impactRows << key({effect, sector});
        QTest::newRow("io impact type II, 静岡県")
            << Figure{{u"io"_s, u"impact"_s, u"--region"_s, u"22"_s, u"--demand"_s, demandPath, u"--type"_s, u"2"_s},
                      {u"effect"_s, u"sector"_s},
                      {u"output"_s, u"value_added"_s, u"income"_s, u"employees"_s},
                      impactRows,
                      ioFigure(u"22"_s, amounts)};
        // The 経済波及効果 page's request for a region without an official
        // table (東京都): official else estimated (FLQ, δ 0.2), type II, a
        // 消費転換係数 entered on the page, the tourism template's demand
        // (3,000 百万円: 農林水産業 90, 製造業 360, 商業 300, 運輸・郵便 600,
        // サービス 1,650) — against io impact --table estimated.
        const auto [tourismFile, tourismAmounts] =
            demandFile(u"tourism.csv"_s, {{0, 90.0}, {2, 360.0}, {5, 300.0}, {7, 600.0}, {10, 1650.0}});
        QTest::newRow("io impact type II, 東京都 estimated (the impact page's request)")
            << Figure{{u"io"_s, u"impact"_s, u"--region"_s, u"13"_s, u"--table"_s, u"estimated"_s, u"--delta"_s,
                       u"0.2"_s, u"--demand"_s, tourismFile, u"--type"_s, u"2"_s, u"--consumption-ratio"_s, u"0.7"_s},
                      {u"effect"_s, u"sector"_s},
                      {u"output"_s, u"value_added"_s, u"income"_s, u"employees"_s},
                      impactRows,
                      ioFigure(
                          u"13"_s, tourismAmounts,
                          [](io::Request &q) {
                              q.delta = 0.2;
                              q.consumptionRatio = 0.7;
                              q.consumptionRatioSource = io::ConsumptionRatioSource::Given;
                          },
                          true)};
        // The 地域経済循環 page: 愛知県's official table, and 東京都's estimate
        // (no official table) against io circulation --table estimated.
        QStringList circulationRows;
        for (const QString &item : {u"production|gross_value_added"_s, u"distribution|compensation"_s,
                                    u"distribution|other_income"_s, u"expenditure|household_consumption"_s,
                                    u"expenditure|government_consumption"_s, u"expenditure|investment"_s,
                                    u"expenditure|exports"_s, u"expenditure|imports"_s, u"expenditure|net_exports"_s,
                                    u"expenditure|total"_s, u"circulation_rate|circulation_rate"_s})
            circulationRows << key(item.split(u'|'));
        for (const QString &sector : ioSectors)
            circulationRows << key({u"production"_s, u"gross_value_added:"_s + sector})
                            << key({u"expenditure"_s, u"net_exports:"_s + sector});
        // --- 自治体比較 and derived measures (issue 12) ---
        const QStringList compareValues{u"value"_s, u"peer_median"_s, u"percentile"_s, u"rank"_s, u"n"_s};
        QTest::newRow("compare 豊田市, 医療・福祉 per capita, similar peers")
            << Figure{{u"compare"_s, u"--region"_s, u"23211"_s, u"--theme"_s, u"health_welfare"_s, u"--per"_s,
                       u"capita"_s},
                      {u"indicator_id"_s}, compareValues,
                      {u"ssdse.i510120"_s, u"ssdse.i6100"_s, u"ssdse.a1303"_s, u"ssdse.c220850"_s},
                      compareFigure(u"23211"_s, u"health_welfare"_s, datasets::indicatoradapter::Per::Capita)};
        QTest::newRow("compare 愛知県, 観光, similar prefectures")
            << Figure{{u"compare"_s, u"--region"_s, u"23"_s, u"--theme"_s, u"tourism"_s},
                      {u"indicator_id"_s}, compareValues, {u"ssdse.g7101"_s, u"ssdse.g7102"_s},
                      compareFigure(u"23"_s, u"tourism"_s, datasets::indicatoradapter::Per::None)};
        QTest::newRow("export 一般病院数 per 100,000, municipalities")
            << Figure{{u"export"_s, u"--indicator"_s, u"ssdse.i510120"_s, u"--per"_s, u"100000"_s},
                      {u"region_code"_s}, {u"value"_s, u"numerator"_s, u"denominator"_s},
                      {u"23211"_s, u"13101"_s, u"01100"_s},
                      derivedFigure(u"ssdse.i510120"_s, datasets::indicatoradapter::Per::HundredThousand)};
        QTest::newRow("io circulation, 愛知県 (the circulation page)")
            << Figure{{u"io"_s, u"circulation"_s, u"--region"_s, u"23"_s}, {u"stage"_s, u"item"_s}, {u"value"_s},
                      circulationRows, circulationFigure(u"23"_s)};
        QTest::newRow("io circulation, 東京都 estimated (the circulation page)")
            << Figure{{u"io"_s, u"circulation"_s, u"--region"_s, u"13"_s, u"--table"_s, u"estimated"_s},
                      {u"stage"_s, u"item"_s}, {u"value"_s}, circulationRows, circulationFigure(u"13"_s)};

        // --- economic complexity (関連性 / Smart specialisation page) ---
        const QStringList cxPrefectures{u"01"_s, u"13"_s, u"23"_s, u"27"_s, u"47"_s};
        QStringList cxCells;
        for (const QString &region : {u"13"_s, u"23"_s})
            for (char c = 'A'; c <= 'R'; ++c)
                cxCells << key({region, QString(QLatin1Char(c))});
        QStringList cxIndustries;
        for (char c = 'A'; c <= 'R'; ++c)
            cxIndustries << QString(QLatin1Char(c));
        const QStringList cxEmployees{u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s};
        QTest::newRow("complexity: ECI of the prefectures 2021")
            << Figure{QStringList{u"complexity"_s} + cxEmployees, {u"region_code"_s}, {u"diversity"_s, u"eci"_s},
                      cxPrefectures, complexityFigure(RegionLevel::Prefecture, u"regions"_s)};
        QTest::newRow("complexity: PCI of the industries 2021")
            << Figure{QStringList{u"complexity"_s, u"--industries"_s} + cxEmployees, {u"industry_code"_s},
                      {u"ubiquity"_s, u"pci"_s}, cxIndustries, complexityFigure(RegionLevel::Prefecture, u"industries"_s)};
        QTest::newRow("relatedness: RCA, density, COG of 東京都 and 愛知県 2021")
            << Figure{QStringList{u"relatedness"_s} + cxEmployees, {u"region_code"_s, u"industry_code"_s},
                      {u"rca"_s, u"density"_s, u"cog"_s}, cxCells, complexityFigure(RegionLevel::Prefecture, u"cells"_s)};
        QTest::newRow("complexity: ECI of municipalities 2021")
            << Figure{QStringList{u"complexity"_s} + cxEmployees + municipal, {u"region_code"_s},
                      {u"diversity"_s, u"eci"_s}, {u"01100"_s, u"13101"_s, u"23202"_s, u"47201"_s},
                      complexityFigure(RegionLevel::Municipality, u"regions"_s)};
    }

    void figures()
    {
        QFETCH(Figure, figure);
        check(figure);
    }

    // Municipal net migration from SSDSE-A's movers in and out (imported
    // here: the starter store has no municipal migration): the flows page's
    // municipal map and the report's key figure against `flows --level
    // municipality` and `key-figures`, for 豊田市 and 港区.
    void municipalInOut()
    {
        const QString file = ssdseFile();
        if (file.isEmpty())
            QSKIP("../shared/data/ssdse_a_municipal is absent: the starter store has no municipal migration");
        if (!m_store.indicator(u"ssdse_a5101"_s)) {
            datasets::ImportRequest request;
            request.fileName = file;
            request.measures = {u"A5101"_s, u"A5102"_s};
            QString error;
            QVERIFY2(test::importFile(m_store, request, &error), qPrintable(error));
        }
        const QStringList rows{u"23211"_s, u"13103"_s};
        check(Figure{{u"flows"_s, u"--indicator"_s, u"migration"_s, u"--year"_s, u"2025"_s, u"--level"_s,
                      u"municipality"_s},
                     {u"region_code"_s},
                     {u"inflow"_s, u"outflow"_s, u"net"_s, u"net_rate"_s},
                     rows,
                     municipalFigure(2025)});
        if (QTest::currentTestFailed())
            return;
        for (const QString &code : rows) {
            check(Figure{{u"key-figures"_s, u"--region"_s, code},
                         {u"figure"_s},
                         {u"value"_s, u"year"_s, u"inflow"_s, u"outflow"_s},
                         {u"net_migration"_s},
                         keyFiguresFigure(code)});
            if (QTest::currentTestFailed())
                return;
        }
        // 豊田市 as published in SSDSE-A (2024): 転入 11,413, 転出 12,889.
        const keyfigures::Result r = keyfigures::compute(keyfigures::load(m_store, {u"23211"_s, {}}));
        const keyfigures::KeyFigure *net = r.find(keyfigures::Figure::NetMigration);
        QVERIFY(net);
        QCOMPARE(net->basis, keyfigures::MigrationBasis::MunicipalInOut);
        const auto items = test::ssdseItems(file, {u"A5101"_s, u"A5102"_s});
        QCOMPARE(net->inflow, items.value(u"23211"_s).value(u"A5101"_s));
        QCOMPARE(net->outflow, items.value(u"23211"_s).value(u"A5102"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
