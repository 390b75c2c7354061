// SPDX-License-Identifier: GPL-3.0-or-later
// The flows adapter and the key-figures adapter without a window: every
// convention of the Request on hand-worked OD tables (totals rule for sexes
// and ages, level, population year, groups, municipal net from flows and
// from in/out counts), then the starter store read through load(store); the
// focus region's own flows (per partner, shares of its own totals, net by
// 地域ブロック) by hand and on the bundled 2025 OD, and a second, imported year.
#include "testhelpers.h"

#include "analysis/csvfixture.h"

#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/keyfigures.h"
#include "datasets/catalog.h"
#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace flows = regionlens::datasets::flows;
namespace keyfigures = regionlens::datasets::keyfigures;
using datasets::Flow;
using datasets::Observation;

namespace {

Flow flow(const QString &o, const QString &d, double v, int year = 2020, const QString &sex = u"total"_s,
          const QString &age = QString())
{
    Flow f;
    f.origin = o;
    f.destination = d;
    f.value = v;
    f.year = year;
    f.sex = sex;
    f.ageClass = age;
    return f;
}

Observation population(const QString &region, int year, double value)
{
    Observation o;
    o.region = region;
    o.year = year;
    o.value = value;
    return o;
}

// 3 prefectures, the diagonal ignored:
//          to 01  to 02  to 03
// from 01  (100)    10      5
// from 02     4      –      6
// from 03     1      2      –
// in 01 = 4 + 1 = 5, 02 = 10 + 2 = 12, 03 = 5 + 6 = 11; out 15, 10, 3;
// net −10, +2, +8; turnover 20, 22, 14; total 28.
// MEI = 100 Σ|net| / Σ turnover = 100 · 20 / 56; with population 1000, 2000,
// 1000: ANMR = 100 · ½ · 20 / 4000 = 0.25, CMP = 100 · 28 / 4000 = 0.7,
// net per 1,000 = −10, +1, +8.
QList<Flow> od3(int year = 2020)
{
    return {flow(u"01"_s, u"01"_s, 100, year), flow(u"01"_s, u"02"_s, 10, year), flow(u"01"_s, u"03"_s, 5, year),
            flow(u"02"_s, u"01"_s, 4, year),   flow(u"02"_s, u"03"_s, 6, year),   flow(u"03"_s, u"01"_s, 1, year),
            flow(u"03"_s, u"02"_s, 2, year)};
}

flows::PopulationRows population3(const QString &label, int year, double scale = 1.0)
{
    return {label,
            {population(u"01"_s, year, 1000 * scale), population(u"02"_s, year, 2000 * scale),
             population(u"03"_s, year, 1000 * scale)}};
}

flows::Request given()
{
    flows::Request r;
    r.population = flows::PopulationSource::Given;
    return r;
}

} // namespace

class TestAdaptersFlows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    void handWorkedSummary_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QList<double>>("expected");   // inflow, outflow, net, turnover, per 1,000
        QTest::newRow("01") << u"01"_s << QList<double>{5, 15, -10, 20, -10};
        QTest::newRow("02") << u"02"_s << QList<double>{12, 10, 2, 22, 1};
        QTest::newRow("03") << u"03"_s << QList<double>{11, 3, 8, 14, 8};
    }

    void handWorkedSummary()
    {
        QFETCH(QString, region);
        QFETCH(QList<double>, expected);
        flows::Request request = given();
        request.focus = u"01"_s;
        const flows::Result r = flows::compute(flows::load(od3(), {population3(u"pop.csv"_s, 2020)}, request));
        QCOMPARE(r.regions, (QStringList{u"01"_s, u"02"_s, u"03"_s}));
        QCOMPARE(r.inflow.value(region), expected.at(0));
        QCOMPARE(r.outflow.value(region), expected.at(1));
        QCOMPARE(r.net.value(region), expected.at(2));
        QCOMPARE(r.turnover.value(region), expected.at(3));
        RL_COMPARE_NEAR(r.netPerThousand.value(region), expected.at(4), 1e-15);
        QCOMPARE(r.totalFlows, 28.0);
        RL_COMPARE_NEAR(r.effectiveness, 2000.0 / 56.0, 1e-15);
        RL_COMPARE_NEAR(r.aggregateNetMigrationRate, 0.25, 1e-15);
        RL_COMPARE_NEAR(r.crudeMigrationProbability, 0.7, 1e-15);
        QCOMPARE(r.gaining, 2);
        QCOMPARE(r.losing, 1);
        QCOMPARE(r.largestGain, u"03"_s);
        QCOMPARE(r.largestLoss, u"01"_s);
        QCOMPARE(r.netRank, 3);
        // 01's largest inflow 02 → 01 (4), largest outflow 01 → 02 (10).
        QCOMPARE(r.focusInflows.first().origin, u"02"_s);
        QCOMPARE(r.focusOutflows.first().destination, u"02"_s);
        QCOMPARE(r.focusOutflows.first().value, 10.0);
        QCOMPARE(r.populationYear, 2020);
        QCOMPARE(r.populationIndicator, u"pop.csv"_s);
        QCOMPARE(r.flows.size(), 6);   // off-diagonal flows > 0
    }

    // Group {01, 02}: 01 ↔ 02 (10 + 4) cancels; in from 03 = 1 + 2 = 3, out to
    // 03 = 5 + 6 = 11; net −8 = −10 + 2; per 1,000 of 3000: −8/3.
    void groupCancels()
    {
        flows::Request request = given();
        request.groups = {{u"group:west"_s, {u"01"_s, u"02"_s}}};
        request.focus = u"group:west"_s;
        const flows::Result r = flows::compute(flows::load(od3(), {population3(u"pop.csv"_s, 2020)}, request));
        const flows::GroupFlows *g = r.group(u"group:west"_s);
        QVERIFY(g);
        QCOMPARE(g->internal, 14.0);
        QCOMPARE(g->inflow, 3.0);
        QCOMPARE(g->outflow, 11.0);
        QCOMPARE(g->net, r.net.value(u"01"_s) + r.net.value(u"02"_s));
        RL_COMPARE_NEAR(g->netPerThousand, -8.0 / 3.0, 1e-15);
        QCOMPARE(r.focusInflows.size(), 1);
        QCOMPARE(r.focusInflows.first().origin, u"03"_s);
        QCOMPARE(r.focusInflows.first().destination, u"group:west"_s);
        QCOMPARE(r.netRank, 0);
    }

    // Sexes and ages: the total rows where the year has them, else summed.
    void totalsRule_data()
    {
        QTest::addColumn<QList<Flow>>("rows");
        QTest::addColumn<double>("flow0102");   // the 01 → 02 flow used
        QTest::addColumn<bool>("sexesSummed");
        QTest::addColumn<bool>("agesSummed");
        QTest::addColumn<int>("ageClasses");
        QTest::newRow("total rows") << QList<Flow>{flow(u"01"_s, u"02"_s, 9), flow(u"01"_s, u"02"_s, 4, 2020, u"male"_s),
                                                   flow(u"01"_s, u"02"_s, 5, 2020, u"female"_s),
                                                   flow(u"02"_s, u"01"_s, 1)}
                                    << 9.0 << false << false << 0;
        QTest::newRow("sexes summed") << QList<Flow>{flow(u"01"_s, u"02"_s, 4, 2020, u"male"_s),
                                                     flow(u"01"_s, u"02"_s, 5, 2020, u"female"_s),
                                                     flow(u"02"_s, u"01"_s, 1, 2020, u"male"_s)}
                                      << 9.0 << true << false << 0;
        // 0-4 and 5-9 without an all-ages row: 3 + 7; the TOTAL row of another
        // year does not count.
        QTest::newRow("ages summed") << QList<Flow>{flow(u"01"_s, u"02"_s, 3, 2020, u"total"_s, u"0-4"_s),
                                                    flow(u"01"_s, u"02"_s, 7, 2020, u"total"_s, u"5-9"_s),
                                                    flow(u"02"_s, u"01"_s, 1, 2020, u"total"_s, u"0-4"_s),
                                                    flow(u"01"_s, u"02"_s, 99, 2019, u"total"_s, u"TOTAL"_s)}
                                     << 10.0 << false << true << 2;
        QTest::newRow("TOTAL with classes") << QList<Flow>{flow(u"01"_s, u"02"_s, 10, 2020, u"total"_s, u"TOTAL"_s),
                                                           flow(u"01"_s, u"02"_s, 3, 2020, u"total"_s, u"0-4"_s),
                                                           flow(u"01"_s, u"02"_s, 7, 2020, u"total"_s, u"5-9"_s)}
                                            << 10.0 << false << false << 2;
    }

    void totalsRule()
    {
        QFETCH(QList<Flow>, rows);
        QFETCH(double, flow0102);
        QFETCH(bool, sexesSummed);
        QFETCH(bool, agesSummed);
        QFETCH(int, ageClasses);
        flows::Request request;
        request.year = 2020;
        request.focus = u"01"_s;
        const flows::Result r = flows::compute(flows::load(rows, {}, request));
        QCOMPARE(r.outflow.value(u"01"_s), flow0102);
        QCOMPARE(r.sexesSummed, sexesSummed);
        QCOMPARE(r.agesSummed, agesSummed);
        QCOMPARE(r.ageClasses.size(), ageClasses);
        QCOMPARE(r.hasAges, ageClasses > 0);
        if (ageClasses == 2) {
            QCOMPARE(r.ageClasses, (QStringList{u"0-4"_s, u"5-9"_s}));
            // 01 sends 3 (0-4) and 7 (5-9) to 02; net of 01 aged 5-9 = −7.
            QCOMPARE(r.ageOutflow.at(0, 0) + r.ageOutflow.at(0, 1), 10.0);
            QCOMPARE(r.focusNetByAge.size(), 2);
            QCOMPARE(r.focusNetByAge.at(1), -7.0);
        }
        QVERIFY(flows::conventionNotes(r).first().contains(sexesSummed ? u"sexes summed"_s : u"'total' rows"_s));
    }

    // Prefecture flows (two-digit) and municipal flows (five-digit) in one table.
    void level_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<int>("leftOut");
        QTest::newRow("prefecture") << int(flows::Level::Prefecture) << QStringList{u"01"_s, u"13"_s} << 3;
        QTest::newRow("municipality") << int(flows::Level::Municipality) << QStringList{u"13101"_s, u"13103"_s} << 2;
        QTest::newRow("from data") << int(flows::Level::FromData) << QStringList{u"01"_s, u"13"_s} << 3;
    }

    void level()
    {
        QFETCH(int, level);
        QFETCH(QStringList, regions);
        QFETCH(int, leftOut);
        const QList<Flow> rows{flow(u"01"_s, u"13"_s, 5), flow(u"13101"_s, u"13103"_s, 300),
                               flow(u"13103"_s, u"13101"_s, 100), flow(u"01"_s, u"13101"_s, 2)};
        flows::Request request;
        request.level = flows::Level(level);
        const flows::Inputs in = flows::load(rows, {}, request);
        QCOMPARE(in.regions, regions);
        QCOMPARE(in.otherLevelFlows, leftOut);
        QCOMPARE(in.year, 2020);   // the latest year of the flows
        // A table of municipal flows only is municipal "from data".
        request.level = flows::Level::FromData;
        QCOMPARE(flows::load(rows.mid(1, 2), {}, request).level, flows::Level::Municipality);
    }

    // Population for rates: the latest year ≤ the flows' year among the
    // tables (the first table on a tie), else the earliest. Census 2015 and
    // 2020 (scale 1), estimate 2022 (scale 1.25): CMP = 100 · 28 / Σ population.
    void populationYear_data()
    {
        QTest::addColumn<int>("flowYear");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("after");
        QTest::addColumn<double>("cmp");
        QTest::newRow("2025: estimate 2022") << 2025 << u"estimate"_s << 2022 << false << 100.0 * 28 / 5000;
        QTest::newRow("2021: census 2020") << 2021 << u"census"_s << 2020 << false << 100.0 * 28 / 4000;
        QTest::newRow("2020: tie, census first") << 2020 << u"census"_s << 2020 << false << 100.0 * 28 / 4000;
        QTest::newRow("2010: earliest, 2015") << 2010 << u"census"_s << 2015 << true << 100.0 * 28 / 2000;
    }

    void populationYear()
    {
        QFETCH(int, flowYear);
        QFETCH(QString, table);
        QFETCH(int, year);
        QFETCH(bool, after);
        QFETCH(double, cmp);
        flows::PopulationRows census = population3(u"census"_s, 2015, 0.5);
        census.rows += population3(u"census"_s, 2020).rows;
        flows::PopulationRows estimate = population3(u"estimate"_s, 2022, 1.25);
        estimate.rows += population3(u"estimate"_s, 2020, 3.0).rows;   // loses the tie
        const flows::Result r = flows::compute(flows::load(od3(flowYear), {census, estimate}, given()));
        QCOMPARE(r.populationIndicator, table);
        QCOMPARE(r.populationYear, year);
        QCOMPARE(r.populationAfterFlows, after);
        RL_COMPARE_NEAR(r.crudeMigrationProbability, cmp, 1e-15);
        QVERIFY(flows::conventionNotes(r).join(u' ').contains(u"%1 of %2"_s.arg(table).arg(year)));
        // Without population there are no rates.
        flows::Request none = given();
        none.population = flows::PopulationSource::None;
        const flows::Result n = flows::compute(flows::load(od3(flowYear), {census, estimate}, none));
        QVERIFY(std::isnan(n.crudeMigrationProbability));
        QVERIFY(n.netPerThousand.isEmpty());
    }

    // A region without population: its rate is NaN, the others are kept.
    void partialPopulation()
    {
        flows::PopulationRows p = population3(u"pop"_s, 2020);
        p.rows.removeLast();
        const flows::Result r = flows::compute(flows::load(od3(), {p}, given()));
        QVERIFY(std::isnan(r.netPerThousand.value(u"03"_s)));
        RL_COMPARE_NEAR(r.netPerThousand.value(u"01"_s), -10.0, 1e-15);
        QVERIFY(!r.warnings.isEmpty());
    }

    void cancel()
    {
        const flows::Inputs in = flows::load(od3(), {}, flows::Request{});
        const flows::Result r = flows::compute(in, [](double) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(r.net.isEmpty());
    }

    // Municipal net from flows between five-digit codes (repeated pairs summed),
    // and from in/out counts.
    void municipal()
    {
        flows::MunicipalInputs in;
        in.source = flows::MunicipalInputs::Source::Flows;
        in.year = 2025;
        in.flows = {flow(u"23211"_s, u"23100"_s, 500, 2025), flow(u"23100"_s, u"23211"_s, 300, 2025),
                    flow(u"13103"_s, u"23211"_s, 30, 2025), flow(u"13103"_s, u"23211"_s, 20, 2025)};
        in.population = {{u"23211"_s, 420000.0}};
        flows::MunicipalResult r = flows::computeMunicipal(in);
        // 豊田市 23211: in 300 + 50 = 350, out 500 → −150; 名古屋市 +200; 港区 −50.
        QCOMPARE(r.net.value(u"23211"_s), -150.0);
        QCOMPARE(r.net.value(u"23100"_s), 200.0);
        QCOMPARE(r.net.value(u"13103"_s), -50.0);
        QCOMPARE(r.inflow.value(u"23211"_s), 350.0);
        RL_COMPARE_NEAR(r.netPerThousand.value(u"23211"_s), -150.0 / 420.0, 1e-15);
        QVERIFY(!r.netPerThousand.contains(u"23100"_s));
        QCOMPARE(r.flows.size(), 3);
        QCOMPARE(r.flows.first().value, 500.0);
        QCOMPARE(r.flows.last().value, 50.0);
        QCOMPARE(r.totalFlows, 850.0);

        flows::MunicipalInputs counts;
        counts.source = flows::MunicipalInputs::Source::InOut;
        counts.in = {{u"23211"_s, 11413.0}, {u"13103"_s, 18514.0}, {u"01100"_s, 5.0}};
        counts.out = {{u"23211"_s, 12889.0}, {u"13103"_s, 18750.0}};
        r = flows::computeMunicipal(counts);
        QCOMPARE(r.net.size(), 2);   // 01100 has no outflow count
        QCOMPARE(r.net.value(u"23211"_s), 11413.0 - 12889.0);
        QCOMPARE(r.net.value(u"13103"_s), -236.0);
    }

    void groups_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("members");
        QTest::newRow("preset") << u"tokyo_area"_s << u"group:tokyo_area"_s
                                << QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s};
        QTest::newRow("block, prefixed") << u"group:shikoku"_s << u"group:shikoku"_s
                                         << QStringList{u"36"_s, u"37"_s, u"38"_s, u"39"_s};
        QTest::newRow("list") << u"13, 東京, 神奈川"_s << u"group:selection"_s << QStringList{u"13"_s, u"14"_s};
        QTest::newRow("unknown") << u"nowhere"_s << QString() << QStringList{};
        QTest::newRow("unknown member") << u"13,xx"_s << QString() << QStringList{};
    }

    void groups()
    {
        QFETCH(QString, spec);
        QFETCH(QString, code);
        QFETCH(QStringList, members);
        for (const datasets::Store *store : {static_cast<const datasets::Store *>(&m_store), static_cast<const datasets::Store *>(nullptr)}) {
            datasets::RegionAggregate group;
            QString error;
            QCOMPARE(flows::resolveGroup(store, spec, &group, &error), !code.isEmpty());
            QCOMPARE(group.code, code);
            QCOMPARE(group.members, members);
            QCOMPARE(error.isEmpty(), !code.isEmpty());
        }
    }

    // The starter store: 2025 flows between the 47 prefectures; the rates use
    // the 2022 estimate (the latest population year ≤ 2025). CMP is checked
    // against Σ of the estimate's 47 prefecture totals read from the CSV.
    void starterStore()
    {
        flows::Request request;
        request.focus = u"01"_s;
        request.groups = {{u"group:tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s}}};
        const flows::Result r = flows::compute(flows::load(m_store, request));
        QCOMPARE(r.year, 2025);
        QCOMPARE(r.regions.size(), 47);
        QCOMPARE(r.totalFlows, 2515731.0);
        QCOMPARE(r.populationIndicator, u"population_age_sex_estimate"_s);
        QCOMPARE(r.populationYear, 2022);
        const auto table = test::readCsv(test::starterPath(u"population_age_sex_prefecture.csv"_s));
        double estimate = 0;
        for (const QStringList &row : table.rows)
            if (row[1] == u"2022" && row[2] == u"総数" && row[3] == u"total" && row[0] != u"00")
                estimate += row[4].toDouble();
        RL_COMPARE_NEAR(r.crudeMigrationProbability, 100.0 * 2515731.0 / estimate, 1e-12);
        // 北海道 from the OD table: Σ flows into and out of 01.
        const auto od = test::readCsv(test::starterPath(u"migration_od_prefecture.csv"_s));
        double in = 0, out = 0, groupIn = 0, groupOut = 0;
        const QStringList tokyoArea{u"11"_s, u"12"_s, u"13"_s, u"14"_s};
        for (const QStringList &row : od.rows) {
            const double v = row[3].toDouble();
            in += row[1] == u"01" && row[0] != u"01" ? v : 0;
            out += row[0] == u"01" && row[1] != u"01" ? v : 0;
            groupIn += tokyoArea.contains(row[1]) && !tokyoArea.contains(row[0]) ? v : 0;
            groupOut += tokyoArea.contains(row[0]) && !tokyoArea.contains(row[1]) ? v : 0;
        }
        QCOMPARE(r.inflow.value(u"01"_s), in);
        QCOMPARE(r.outflow.value(u"01"_s), out);
        const flows::GroupFlows *g = r.group(u"group:tokyo_area"_s);
        QVERIFY(g);
        QCOMPARE(g->inflow, groupIn);
        QCOMPARE(g->outflow, groupOut);
        // Σ of the members' nets (the flows between them cancel).
        double members = 0;
        for (const QString &code : tokyoArea)
            members += r.net.value(code);
        QCOMPARE(g->net, members);
        // The same flows and population given as rows build the same Inputs.
        QList<flows::PopulationRows> population = flows::populationFromStore(m_store, request);
        const flows::Result rows = flows::compute(flows::load(m_store.flows(u"migration"_s), population, request));
        QCOMPARE(rows.crudeMigrationProbability, r.crudeMigrationProbability);
        QCOMPARE(rows.net, r.net);
        QCOMPARE(rows.netPerThousand, r.netPerThousand);
    }

    // The focus's own flows on od3: 01 takes 4 from 02 and 1 from 03 (in 5),
    // sends 10 to 02 and 5 to 03 (out 15). Partners by turnover: 02 (14),
    // 03 (6); shares of 01's own totals: 02 4/5 of the in-moves, 10/15 of the
    // out-moves. Blocks: 01 is 北海道, 02 and 03 are 東北: in 5, out 15, net −10.
    // The group {01, 02}: only 03 is a partner, in 1 + 2 = 3, out 5 + 6 = 11.
    void regionFlowsHandWorked()
    {
        flows::Request request = given();
        request.focus = u"01"_s;
        request.groups = {{u"group:x"_s, {u"01"_s, u"02"_s}}};
        flows::Result r = flows::compute(flows::load(od3(), {}, request));
        const flows::RegionFlows &f = r.focusFlows;
        QCOMPARE(f.region, u"01"_s);
        QCOMPARE(f.year, 2020);
        QCOMPARE(f.inflow, 5.0);
        QCOMPARE(f.outflow, 15.0);
        QCOMPARE(f.net, -10.0);
        QCOMPARE(f.partners.size(), 2);
        QCOMPARE(f.partners.at(0).partner, u"02"_s);
        QCOMPARE(f.partners.at(0).inflow, 4.0);
        QCOMPARE(f.partners.at(0).outflow, 10.0);
        QCOMPARE(f.partners.at(0).net, -6.0);
        RL_COMPARE_NEAR(f.partners.at(0).inShare, 0.8, 1e-15);
        RL_COMPARE_NEAR(f.partners.at(0).outShare, 10.0 / 15.0, 1e-15);
        QCOMPARE(f.partners.at(1).partner, u"03"_s);
        RL_COMPARE_NEAR(f.partners.at(1).inShare, 0.2, 1e-15);
        QCOMPARE(f.topByNet(1).first().partner, u"02"_s);   // |−6| > |−4|
        QCOMPARE(f.ownBlock, u"hokkaido"_s);
        QCOMPARE(f.blocks.size(), 8);
        QCOMPARE(f.blocks.at(0).id, u"hokkaido"_s);
        QCOMPARE(f.blocks.at(0).net, 0.0);   // 01 itself is left out of its block
        QCOMPARE(f.blocks.at(1).id, u"tohoku"_s);
        QCOMPARE(f.blocks.at(1).partners, (QStringList{u"02"_s, u"03"_s}));
        QCOMPARE(f.blocks.at(1).inflow, 5.0);
        QCOMPARE(f.blocks.at(1).outflow, 15.0);
        QCOMPARE(f.blocks.at(1).net, -10.0);

        const flows::RegionFlows g = flows::regionFlows(r, u"group:x"_s);
        QCOMPARE(g.partners.size(), 1);
        QCOMPARE(g.partners.first().partner, u"03"_s);
        QCOMPARE(g.inflow, 3.0);
        QCOMPARE(g.outflow, 11.0);
        QCOMPARE(g.partners.first().outShare, 1.0);
        QVERIFY(g.ownBlock.isEmpty());   // 01 and 02 lie in two blocks
        QCOMPARE(g.blocks.at(1).net, -8.0);
        QVERIFY(flows::regionFlows(r, u"99"_s).isEmpty());
        QVERIFY(flows::regionFlows(r, QString()).isEmpty());
        QCOMPARE(flows::blockOf(u"23211"_s), u"chubu"_s);
        QCOMPARE(flows::blockOf(u"24"_s), u"kinki"_s);
        QCOMPARE(flows::blockOf(u"47"_s), u"kyushu"_s);
    }

    // The bundled 2025 OD (住民基本台帳人口移動報告 2025 第2表): the figures
    // published in ../shared/data/migration_pref_od_2025/PROVENANCE.md by hand
    // (埼玉→東京 66,159, 東京→埼玉 71,169, 神奈川→東京 88,983, 東京→神奈川
    // 87,758; 東京都 net +65,219), the rest against sums over the starter CSV.
    void regionFlowsStarter_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("partner");
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        QTest::addColumn<double>("net");
        QTest::newRow("東京都, 神奈川県") << u"13"_s << u"14"_s << 88983.0 << 87758.0 << 65219.0;
        QTest::newRow("東京都, 埼玉県") << u"13"_s << u"11"_s << 66159.0 << 71169.0 << 65219.0;
        QTest::newRow("埼玉県, 東京都") << u"11"_s << u"13"_s << 71169.0 << 66159.0 << 22427.0;
        QTest::newRow("神奈川県, 東京都") << u"14"_s << u"13"_s << 87758.0 << 88983.0 << 28052.0;
        QTest::newRow("愛知県, 東京都") << u"23"_s << u"13"_s << -1.0 << -1.0 << -1.0;   // −1: from the CSV
    }

    void regionFlowsStarter()
    {
        QFETCH(QString, region);
        QFETCH(QString, partner);
        QFETCH(double, in);
        QFETCH(double, out);
        QFETCH(double, net);
        flows::Request request;
        request.focus = region;
        const flows::Result r = flows::compute(flows::load(m_store, request));
        const flows::RegionFlows &f = r.focusFlows;
        QCOMPARE(f.year, 2025);
        QCOMPARE(f.partners.size(), 46);

        // Independently: the starter CSV summed per partner and per block.
        const auto od = test::readCsv(test::starterPath(u"migration_od_prefecture.csv"_s));
        QHash<QString, double> csvIn, csvOut, blockNet;
        double totalIn = 0, totalOut = 0;
        for (const QStringList &row : od.rows) {
            const double v = row[3].toDouble();
            if (row[0] == row[1] || row[2] != u"2025")
                continue;
            if (row[1] == region) {
                csvIn[row[0]] += v;
                totalIn += v;
            } else if (row[0] == region) {
                csvOut[row[1]] += v;
                totalOut += v;
            }
        }
        for (const datasets::RegionGroup &b : datasets::catalog::blocks())
            for (const QString &m : b.members)
                blockNet[b.id] += m == region ? 0.0 : csvIn.value(m) - csvOut.value(m);
        if (in < 0) {
            in = csvIn.value(partner);
            out = csvOut.value(partner);
            net = totalIn - totalOut;
        }
        QCOMPARE(f.inflow, totalIn);
        QCOMPARE(f.outflow, totalOut);
        QCOMPARE(f.inflow, r.inflow.value(region));
        QCOMPARE(f.outflow, r.outflow.value(region));
        QCOMPARE(f.net, net);
        const flows::PartnerFlow *p = f.partner(partner);
        QVERIFY(p);
        QCOMPARE(p->inflow, in);
        QCOMPARE(p->outflow, out);
        QCOMPARE(p->net, in - out);
        // Shares of the region's own in- and out-moves, not of the nation's 2,515,731.
        RL_COMPARE_NEAR(p->inShare, in / totalIn, 1e-15);
        RL_COMPARE_NEAR(p->outShare, out / totalOut, 1e-15);
        double inShares = 0, outShares = 0, blocks = 0;
        for (const flows::PartnerFlow &q : f.partners) {
            inShares += q.inShare;
            outShares += q.outShare;
        }
        RL_COMPARE_NEAR(inShares, 1.0, 1e-12);
        RL_COMPARE_NEAR(outShares, 1.0, 1e-12);
        QCOMPARE(f.blocks.size(), 8);
        for (const flows::BlockNet &b : f.blocks) {
            QCOMPARE(b.net, blockNet.value(b.id));
            blocks += b.net;
        }
        QCOMPARE(blocks, net);   // the eight blocks hold every partner once
        QCOMPARE(f.ownBlock, flows::blockOf(region));
        // Partners by turnover; the top by |net| has no larger |net| behind it.
        for (qsizetype i = 1; i < f.partners.size(); ++i)
            QVERIFY(f.partners.at(i - 1).turnover() >= f.partners.at(i).turnover());
        const QList<flows::PartnerFlow> top = f.topByNet(10);
        QCOMPARE(top.size(), 10);
        for (const flows::PartnerFlow &q : f.partners)
            QVERIFY(std::abs(q.net) <= std::abs(top.first().net));
        for (qsizetype i = 1; i < top.size(); ++i)
            QVERIFY(std::abs(top.at(i - 1).net) >= std::abs(top.at(i).net));
    }

    // 愛知県 2025 by hand from the starter CSV: its largest partner by |net| is
    // 東京都 (in 13,732, out 20,087: −6,355); net by block 関東 −9,703, 中部
    // +3,750 (岐阜 +1,752 among them; 愛知 itself left out).
    void aichiBlocks()
    {
        flows::Request request;
        request.focus = u"23"_s;
        const flows::RegionFlows f = flows::compute(flows::load(m_store, request)).focusFlows;
        QCOMPARE(f.topByNet(1).first().partner, u"13"_s);
        QCOMPARE(f.topByNet(1).first().net, -6355.0);
        QCOMPARE(f.net, -2181.0);
        QCOMPARE(f.ownBlock, u"chubu"_s);
        QCOMPARE(f.blocks.at(2).id, u"kanto"_s);
        QCOMPARE(f.blocks.at(2).net, -9703.0);
        QCOMPARE(f.blocks.at(3).id, u"chubu"_s);
        QCOMPARE(f.blocks.at(3).net, 3750.0);
        QVERIFY(!f.blocks.at(3).partners.contains(u"23"_s));
        QCOMPARE(f.blocks.at(3).partners.size(), 8);
    }

    // A second year imported next to the bundled 2025 (a hand-made 2024 table
    // of five flows): year 0 still means the latest (2025), year 2024 reads
    // only the imported flows. 愛知県 2024: in 100 (東京) + 40 (岐阜) = 140,
    // out 300 + 60 = 360, net −220; 関東 −200, 中部 −20.
    void secondYear()
    {
        datasets::Store store;
        QString error;
        QVERIFY2(datasets::openOrCreateStore(store, m_dir.filePath(u"two-years.sqlite"_s), &error), qPrintable(error));
        datasets::ImportRequest import;
        import.fileName = u"od-2024.csv"_s;
        import.data = "origin_code,destination_code,year,value\n"
                      "23,13,2024,300\n13,23,2024,100\n21,23,2024,40\n23,21,2024,60\n01,13,2024,10\n"_ba;
        import.indicator = u"migration"_s;
        import.regions = store.regions();
        const datasets::ImportResult read = datasets::readImport(import);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QVERIFY2(datasets::commitImport(store, read, &error), qPrintable(error));
        QCOMPARE(store.years(u"migration"_s), (QList<int>{2024, 2025}));

        flows::Request request;
        request.focus = u"23"_s;
        QCOMPARE(flows::compute(flows::load(store, request)).focusFlows.year, 2025);
        request.year = 2024;
        const flows::Result r = flows::compute(flows::load(store, request));
        QCOMPARE(r.year, 2024);
        QCOMPARE(r.totalFlows, 510.0);
        const flows::RegionFlows &f = r.focusFlows;
        QCOMPARE(f.year, 2024);
        QCOMPARE(f.inflow, 140.0);
        QCOMPARE(f.outflow, 360.0);
        QCOMPARE(f.net, -220.0);
        QCOMPARE(f.partners.size(), 2);
        QCOMPARE(f.partners.first().partner, u"13"_s);
        RL_COMPARE_NEAR(f.partners.first().inShare, 100.0 / 140.0, 1e-15);
        RL_COMPARE_NEAR(f.partners.first().outShare, 300.0 / 360.0, 1e-15);
        QCOMPARE(f.blocks.at(2).net, -200.0);
        QCOMPARE(f.blocks.at(3).net, -20.0);
    }

    // Key figures of 東京都, 東京圏 and 千代田区 from the starter CSVs.
    void keyFiguresStarter()
    {
        keyfigures::Result r = keyfigures::compute(keyfigures::load(m_store, {u"13"_s, {}}));
        const keyfigures::KeyFigure *p = r.find(keyfigures::Figure::Population);
        QVERIFY(p);
        QCOMPARE(p->value, 14047594.0);   // census 2020
        QCOMPARE(p->year, 2020);
        QCOMPARE(p->previousYear, 2015);
        RL_COMPARE_NEAR(p->change, 14047594.0 / 13515271.0 - 1.0, 1e-15);
        QCOMPARE(p->rank, 1);
        QCOMPARE(p->rankOf, 47);
        const keyfigures::KeyFigure *net = r.find(keyfigures::Figure::NetMigration);
        QVERIFY(net);
        QCOMPARE(net->inflow, 451843.0);
        QCOMPARE(net->outflow, 386624.0);
        QCOMPARE(net->value, 65219.0);
        QCOMPARE(net->basis, keyfigures::MigrationBasis::PrefectureFlows);
        QVERIFY(r.find(keyfigures::Figure::GrossProduct));
        QVERIFY(!net->sourceJa.isEmpty());

        // 東京圏: the members' census populations summed; no rank.
        const auto census = test::readCsv(test::starterPath(u"population_census_prefecture.csv"_s));
        double sum = 0;
        for (const QStringList &row : census.rows)
            if (row[1] == u"2020" && row[2] == u"total" && QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s}.contains(row[0]))
                sum += row[3].toDouble();
        r = keyfigures::compute(
            keyfigures::load(m_store, {u"group:tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s}}));
        QVERIFY(r.group);
        QCOMPARE(r.find(keyfigures::Figure::Population)->value, sum);
        QCOMPARE(r.find(keyfigures::Figure::Population)->rank, 0);
        QCOMPARE(r.find(keyfigures::Figure::NetMigration)->basis, keyfigures::MigrationBasis::GroupFlows);

        // 千代田区: municipal census 2015 → 2020, ranked among 1,741; no GDP,
        // no municipal migration in the starter store.
        r = keyfigures::compute(keyfigures::load(m_store, {u"13101"_s, {}}));
        p = r.find(keyfigures::Figure::Population);
        QVERIFY(p);
        QCOMPARE(p->value, 66680.0);
        QCOMPARE(p->previous, 58406.0);
        QCOMPARE(p->rankOf, 1741);
        QVERIFY(r.find(keyfigures::Figure::Employees));
        QVERIFY(!r.find(keyfigures::Figure::GrossProduct));
        QVERIFY(!r.find(keyfigures::Figure::NetMigration));
        QVERIFY(keyfigures::compute(keyfigures::load(m_store, {u"99"_s, {}})).figures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdaptersFlows)
#include "test_adapters_flows.moc"
