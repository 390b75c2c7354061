// SPDX-License-Identifier: GPL-3.0-or-later
// The flows adapter and the key-figures adapter without a window: every
// convention of the Request on hand-worked OD tables (totals rule for sexes
// and ages, level, population year, groups, municipal net from flows and
// from in/out counts), then the starter store read through load(store).
#include "testhelpers.h"

#include "analysis/csvfixture.h"

#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/keyfigures.h"
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
