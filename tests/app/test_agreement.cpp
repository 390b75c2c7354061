// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI and the CLI agree: each shared figure is computed twice on the
// same starter store — in process, through the adapter with the request the
// GUI's pages and the region report use (default conventions), and by
// `regionlens-cli … --format json` as a process — and every value of the
// chosen rows must be identical to 1e-12 relative.
//
// Adding a figure: one row in figures_data() — the CLI arguments, the JSON
// columns that name a row (keys) and those compared (values), the rows to
// compare, and a function computing the same table through the adapter.
#include "testhelpers.h"
#include "municipaltesthelpers.h"

#include "datasets/adapters/compareadapter.h"
#include "datasets/adapters/complexityadapter.h"
#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/adapters/ioadapter.h"
#include "datasets/adapters/keyfigures.h"
#include "datasets/adapters/projectionadapter.h"
#include "datasets/catalog.h"
#include "datasets/growthfactors.h"
#include "datasets/industrystructure.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace flows = regionlens::datasets::flows;
namespace keyfigures = regionlens::datasets::keyfigures;
namespace io = regionlens::datasets::inputoutput;
namespace projection = regionlens::datasets::projection;

namespace {

// key (the key columns' values joined by '|') → column → value.
using Table = QHash<QString, QHash<QString, double>>;

struct Figure
{
    QStringList cli;                 // command and options, without --db and --format
    QStringList keys;                // JSON columns naming a row, e.g. region_code, industry_code
    QStringList values;              // JSON columns compared
    QStringList rows;                // the keys compared (each must be in both tables)
    std::function<Table(const datasets::Store &)> adapter;
};

QString key(const QStringList &parts)
{
    return parts.join(u'|');
}

// The members of a preset group, as the page's selection holds them.
QList<datasets::RegionAggregate> preset(const QString &id)
{
    for (const datasets::RegionGroup &g : datasets::catalog::presets())
        if (g.id == id)
            return {{u"group:"_s + id, g.members}};
    return {};
}

// Economic complexity through the 関連性 page's adapter (its request: the
// measure, year and level): per region diversity and ECI, or per region ×
// industry RCA, density and COG, or per industry ubiquity and PCI.
std::function<Table(const datasets::Store &)> complexityFigure(datasets::RegionLevel level, const QString &what)
{
    return [=](const datasets::Store &store) {
        datasets::ComplexityRequest request;
        request.indicator = u"employees"_s;
        request.year = 2021;
        request.level = level;
        const datasets::ComplexityFigures f = datasets::compute(datasets::load(store, request));
        Table t;
        for (int r = 0; r < f.regions.size(); ++r) {
            if (what == u"regions")
                t.insert(f.regions.at(r), {{u"diversity"_s, f.diversity.at(r)}, {u"eci"_s, f.eci.at(r)}});
            else if (what == u"cells")
                for (int c = 0; c < f.industries.size(); ++c)
                    t.insert(key({f.regions.at(r), f.industries.at(c)}),
                             {{u"rca"_s, f.rca.at(r, c)}, {u"density"_s, f.density.at(r, c)}, {u"cog"_s, f.cog.at(r, c)}});
        }
        if (what == u"industries")
            for (int c = 0; c < f.industries.size(); ++c)
                t.insert(f.industries.at(c), {{u"ubiquity"_s, f.ubiquity.at(c)}, {u"pci"_s, f.pci.at(c)}});
        return t;
    };
}

// 自治体比較 (issue 12) through its adapter: per indicator the value, the peers' median, the percentile,
// rank and n; and a derived measure (export --per) per region.
std::function<Table(const datasets::Store &)> compareFigure(const QString &region, const QString &theme,
                                                           datasets::indicatoradapter::Per per)
{
    return [=](const datasets::Store &store) {
        datasets::compareadapter::Request request;
        request.region = region;
        request.theme = theme;
        request.per = per;
        const auto r = datasets::compareadapter::compute(datasets::compareadapter::load(store, request), request);
        Table t;
        for (const auto &row : r.rows)
            t.insert(row.indicator, {{u"value"_s, row.value},
                                     {u"peer_median"_s, row.peerMedian},
                                     {u"percentile"_s, row.percentile},
                                     {u"rank"_s, double(row.rank)},
                                     {u"n"_s, double(row.n)}});
        return t;
    };
}

std::function<Table(const datasets::Store &)> derivedFigure(const QString &indicator,
                                                           datasets::indicatoradapter::Per per)
{
    return [=](const datasets::Store &store) {
        datasets::indicatoradapter::Request request;
        request.indicator = indicator;
        request.per = per;
        const auto r = datasets::indicatoradapter::compute(datasets::indicatoradapter::load(store, request), request);
        Table t;
        for (const auto &v : r.values)
            t.insert(v.region, {{u"value"_s, v.value}, {u"numerator"_s, v.raw}, {u"denominator"_s, v.denominator}});
        return t;
    };
}

// The flows summary through the 人口移動 page's adapter (its default request):
// per region and group in, out, net, turnover, net per 1,000; the system
// indices under the key "" (mei, anmr, cmp).
std::function<Table(const datasets::Store &)> flowsFigure(int year, const QList<datasets::RegionAggregate> &groups = {})
{
    return [=](const datasets::Store &store) {
        flows::Request request;
        request.year = year;
        request.groups = groups;
        const flows::Result r = flows::compute(flows::load(store, request));
        Table t;
        t.insert(QString(), {{u"mei"_s, r.effectiveness},
                             {u"anmr"_s, r.aggregateNetMigrationRate},
                             {u"cmp"_s, r.crudeMigrationProbability}});
        for (const QString &code : r.regions)
            t.insert(code, {{u"inflow"_s, r.inflow.value(code)},
                            {u"outflow"_s, r.outflow.value(code)},
                            {u"net"_s, r.net.value(code)},
                            {u"turnover"_s, r.turnover.value(code)},
                            {u"net_rate"_s, r.netPerThousand.value(code, std::nan(""))}});
        for (const flows::GroupFlows &g : r.groups)
            t.insert(g.code, {{u"inflow"_s, g.inflow},
                              {u"outflow"_s, g.outflow},
                              {u"net"_s, g.net},
                              {u"turnover"_s, g.turnover},
                              {u"net_rate"_s, g.netPerThousand}});
        return t;
    };
}

// The selected region's own flows on the 人口移動 page (its region view): per
// partner in, out, net and shares of the region's own in-/out-moves (keyed by
// partner code), and net by 地域ブロック (keyed by block id).
std::function<Table(const datasets::Store &)> regionFlowsFigure(int year, const QString &region)
{
    return [=](const datasets::Store &store) {
        flows::Request request;
        request.year = year;
        request.focus = region;
        const flows::RegionFlows f = flows::compute(flows::load(store, request)).focusFlows;
        Table t;
        for (const flows::PartnerFlow &p : f.partners)
            t.insert(p.partner, {{u"inflow"_s, p.inflow},
                                 {u"outflow"_s, p.outflow},
                                 {u"net"_s, p.net},
                                 {u"in_share"_s, p.inShare},
                                 {u"out_share"_s, p.outShare}});
        for (const flows::BlockNet &b : f.blocks)
            t.insert(b.id, {{u"inflow"_s, b.inflow}, {u"outflow"_s, b.outflow}, {u"net"_s, b.net}});
        return t;
    };
}

// The municipal net of the page's municipal map (flows between municipalities
// of the year, else the movers in and out).
std::function<Table(const datasets::Store &)> municipalFigure(int year)
{
    return [=](const datasets::Store &store) {
        flows::MunicipalRequest request;
        request.year = year;
        const flows::MunicipalResult m = flows::computeMunicipal(flows::loadMunicipal(store, request));
        Table t;
        for (auto it = m.net.cbegin(); it != m.net.cend(); ++it)
            t.insert(it.key(), {{u"inflow"_s, m.inflow.value(it.key())},
                                {u"outflow"_s, m.outflow.value(it.key())},
                                {u"net"_s, it.value()},
                                {u"net_rate"_s, m.netPerThousand.value(it.key(), std::nan(""))}});
        return t;
    };
}

// The region report's key figures, keyed by figure.
std::function<Table(const datasets::Store &)> keyFiguresFigure(const QString &region,
                                                              const QList<datasets::RegionAggregate> &group = {})
{
    return [=](const datasets::Store &store) {
        const keyfigures::Request request{region, group.isEmpty() ? QStringList() : group.first().members};
        const keyfigures::Result r = keyfigures::compute(keyfigures::load(store, request));
        const auto optional = [](int v) { return v > 0 ? double(v) : std::nan(""); };
        Table t;
        for (const keyfigures::KeyFigure &k : r.figures)
            t.insert(keyfigures::figureKey(k.figure), {{u"value"_s, k.value},
                                                       {u"year"_s, optional(k.year)},
                                                       {u"previous_value"_s, k.previous},
                                                       {u"previous_year"_s, optional(k.previousYear)},
                                                       {u"change"_s, k.change},
                                                       {u"rank"_s, optional(k.rank)},
                                                       {u"rank_of"_s, optional(k.rankOf)},
                                                       {u"inflow"_s, k.inflow},
                                                       {u"outflow"_s, k.outflow}});
        return t;
    };
}

// LQ through the 産業構造 page's entry point: columns lq and value per region|industry.
std::function<Table(const datasets::Store &)> lqFigure(const QString &indicator, int year, datasets::RegionLevel level,
                                                      const QList<datasets::RegionAggregate> &groups = {})
{
    return [=](const datasets::Store &store) {
        const datasets::IndustryStructure r =
            datasets::computeIndustryStructure(datasets::loadIndustryStructure(store, indicator, year, groups, level));
        Table t;
        for (int row = 0; row < r.regions.size(); ++row)
            for (int c = 0; c < r.industries.size(); ++c)
                t.insert(key({r.regions.at(row), r.industries.at(c)}),
                         {{u"lq"_s, r.lq.at(row, c)}, {u"value"_s, r.values.at(row, c)}});
        return t;
    };
}

// Shift-share through the 成長要因 page's entry point; rates = the growth-rate
// form (the CLI's --rates prints it as growth_rate, national_rate, industry_mix_rate, regional_rate).
std::function<Table(const datasets::Store &)> shiftShareFigure(const QString &indicator, int from, int to,
                                                              datasets::RegionLevel level, bool rates,
                                                              const QList<datasets::RegionAggregate> &groups = {})
{
    return [=](const datasets::Store &store) {
        const datasets::GrowthFactors g =
            datasets::computeGrowthFactors(datasets::loadGrowthFactors(store, indicator, from, to, groups, level));
        Table t;
        for (int r = 0; r < g.regions.size() && r < g.actualChange.size(); ++r) {
            QHash<QString, double> row{{u"start"_s, g.startValue.at(r)}, {u"end"_s, g.endValue.at(r)}};
            if (rates) {
                row[u"growth_rate"_s] = g.growthRate.at(r);
                row[u"national_rate"_s] = g.nationalGrowthRate;
                row[u"industry_mix_rate"_s] = g.industryFactor.at(r);
                row[u"regional_rate"_s] = g.regionalFactor.at(r);
            } else {
                row[u"change"_s] = g.actualChange.at(r);
                row[u"national"_s] = g.nationalShare.at(r);
                row[u"industry_mix"_s] = g.industryMix.at(r);
                row[u"regional"_s] = g.regionalShift.at(r);
            }
            t.insert(g.regions.at(r), row);
        }
        return t;
    };
}

// Input–output multipliers (type I) or the impact of a demand (type II) of a
// table bundled in the starter pack, as the 経済波及効果 and 地域経済循環 pages
// ask the adapter: multipliers keyed by sector, the impact by effect|sector.
// adjust: the request as a page states it beyond region and demand;
// officialOrEstimated: loaded as the pages load it (io::loadOfficialOrEstimated).
std::function<Table(const datasets::Store &)> ioFigure(const QString &region, const QVector<double> &demand = {},
                                                       const std::function<void(io::Request &)> &adjust = {},
                                                       bool officialOrEstimated = false)
{
    return [=](const datasets::Store &store) {
        io::Request request;
        request.region = region;
        request.demand = demand;
        if (!demand.isEmpty())
            request.type = analysis::MultiplierType::TypeII;
        if (adjust)
            adjust(request);
        const io::Result r = io::compute(officialOrEstimated ? io::loadOfficialOrEstimated(store, request)
                                                             : io::load(store, request));
        Table t;
        for (qsizetype i = 0; i < r.sectors.size(); ++i) {
            if (demand.isEmpty()) {
                t.insert(r.sectors.at(i), {{u"output_multiplier"_s, r.outputMultiplier.at(i)},
                                           {u"value_added_multiplier"_s, r.valueAddedMultiplier.at(i)},
                                           {u"income_multiplier"_s, r.incomeMultiplier.at(i)},
                                           {u"backward_linkage"_s, r.backwardLinkage.at(i)},
                                           {u"forward_linkage"_s, r.forwardLinkage.at(i)},
                                           {u"employment_multiplier"_s, r.employmentMultiplier.value(i, std::nan(""))}});
                continue;
            }
            const std::pair<QString, const io::Effect *> effects[] = {
                {u"direct"_s, &r.direct}, {u"indirect1"_s, &r.indirect1}, {u"indirect2"_s, &r.indirect2},
                {u"total"_s, &r.total}};
            for (const auto &[name, e] : effects)
                t.insert(key({name, r.sectors.at(i)}), {{u"output"_s, e->output.at(i)},
                                                        {u"value_added"_s, e->valueAdded.at(i)},
                                                        {u"income"_s, e->income.at(i)},
                                                        {u"employees"_s, e->employees.value(i, std::nan(""))}});
        }
        return t;
    };
}

// The 地域経済循環 as the circulation page asks the adapter (official where
// stored, else estimated), keyed stage|item as regionlens-cli io circulation.
std::function<Table(const datasets::Store &)> circulationFigure(const QString &region)
{
    return [=](const datasets::Store &store) {
        io::Request request;
        request.region = region;
        const io::Result r = io::compute(io::loadOfficialOrEstimated(store, request));
        const io::Circulation &c = r.circulation;
        Table t;
        const std::pair<QStringList, double> items[] = {
            {{u"production"_s, u"gross_value_added"_s}, c.production},
            {{u"distribution"_s, u"compensation"_s}, c.compensation},
            {{u"distribution"_s, u"other_income"_s}, c.otherIncome},
            {{u"expenditure"_s, u"household_consumption"_s}, c.householdConsumption},
            {{u"expenditure"_s, u"government_consumption"_s}, c.governmentConsumption},
            {{u"expenditure"_s, u"investment"_s}, c.investment},
            {{u"expenditure"_s, u"exports"_s}, c.exports},
            {{u"expenditure"_s, u"imports"_s}, c.imports},
            {{u"expenditure"_s, u"net_exports"_s}, c.netExports},
            {{u"expenditure"_s, u"total"_s}, c.expenditure},
            {{u"circulation_rate"_s, u"circulation_rate"_s}, c.circulationRate}};
        for (const auto &[parts, value] : items)
            t.insert(key(parts), {{u"value"_s, value}});
        for (qsizetype i = 0; i < r.sectors.size(); ++i) {
            t.insert(key({u"production"_s, u"gross_value_added:"_s + r.sectors.at(i)}),
                     {{u"value"_s, c.grossValueAdded.at(i)}});
            t.insert(key({u"expenditure"_s, u"net_exports:"_s + r.sectors.at(i)}),
                     {{u"value"_s, c.netExportsBySector.at(i)}});
        }
        return t;
    };
}

// The 18 JSIC divisions A–R of region, or the 16 activities S01–S16.
// The population projection (将来人口推計): the adapter's tidy rows, keyed as the CLI's.
std::function<Table(const datasets::Store &)> projectionFigure(const QStringList &regions, const QStringList &scenarios,
                                                               const QList<datasets::RegionAggregate> &groups = {})
{
    return [regions, scenarios, groups](const datasets::Store &store) {
        namespace projection = datasets::projection;
        projection::Request request;   // the defaults: 2015 → 2045, rates 2010 → 2015
        request.regions = regions;
        request.scenarios = scenarios;
        request.groups = groups;
        Table t;
        for (const projection::TidyRow &r : projection::compute(projection::load(store, request)).tidyRows())
            t[key({r.region, QString::number(r.year), r.sex, r.ageClass, r.scenario})].insert(u"population"_s,
                                                                                              r.population);
        return t;
    };
}

// A municipality's projection as the 将来人口 page asks for a selected
// municipality: the municipal defaults (base 住基 2022), every scenario, the
// given horizon.
std::function<Table(const datasets::Store &)> municipalProjectionFigure(const QString &region, int horizon)
{
    return [region, horizon](const datasets::Store &store) {
        namespace projection = datasets::projection;
        projection::Request request;
        request.regions = {region};
        request.scenarios = projection::scenarioNames();
        projection::applyLevelDefaults(store, &request, false, false);
        request.horizon = horizon;
        Table t;
        for (const projection::TidyRow &r : projection::compute(projection::load(store, request)).tidyRows())
            t[key({r.region, QString::number(r.year), r.sex, r.ageClass, r.scenario})].insert(u"population"_s,
                                                                                              r.population);
        return t;
    };
}

// Rows of the projection compared: every sex, a few classes and the TOTAL, in 2030 and 2045.
QStringList projectionRows(const QStringList &regions, const QStringList &scenarios,
                           const QStringList &years = {QStringLiteral("2030"), QStringLiteral("2045")})
{
    QStringList rows;
    for (const QString &region : regions)
        for (const QString &scenario : scenarios)
            for (const QString &year : years)
                for (const QString &sex : {u"total"_s, u"male"_s, u"female"_s})
                    for (const QString &age : {u"0-4"_s, u"40-44"_s, u"85+"_s, u"TOTAL"_s})
                        rows << key({region, year, sex, age, scenario});
    return rows;
}

QStringList lqRows(const QString &region, bool activities)
{
    QStringList out;
    if (activities)
        for (int i = 1; i <= 16; ++i)
            out << key({region, u"S%1"_s.arg(i, 2, 10, QLatin1Char('0'))});
    else
        for (char c = 'A'; c <= 'R'; ++c)
            out << key({region, QString(QLatin1Char(c))});
    return out;
}

// Identical up to 1e-12 relative (NaN = null in the JSON on both sides).
bool agree(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

QString ssdseFile()
{
    const QString data = test::sharedDataDir();
    const QString file = data + u"/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv"_s;
    return !data.isEmpty() && QFile::exists(file) ? file : QString();
}

} // namespace

Q_DECLARE_METATYPE(Figure)

class TestAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    QString m_db;

    Table runCli(const Figure &f, QString *error)
    {
        QProcess p;
        p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
        p.setArguments(f.cli + QStringList{u"--db"_s, m_db, u"--format"_s, u"json"_s});
        p.start();
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        Table t;
        const QJsonArray array = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QStringList parts;
            for (const QString &k : f.keys)
                parts << o.value(k).toVariant().toString();
            QHash<QString, double> row;
            for (const QString &c : f.values)
                row.insert(c, o.value(c).isNull() ? std::nan("") : o.value(c).toDouble(std::nan("")));
            t.insert(key(parts), row);
        }
        return t;
    }

    void check(const Figure &figure)
    {
        QString error;
        const Table cli = runCli(figure, &error);
        QVERIFY2(!cli.isEmpty(), qPrintable(u"regionlens-cli %1: %2"_s.arg(figure.cli.join(u' '), error)));
        const Table gui = figure.adapter(m_store);
        QVERIFY(!gui.isEmpty());
        for (const QString &row : figure.rows) {
            QVERIFY2(cli.contains(row), qPrintable(u"the CLI has no row %1"_s.arg(row)));
            QVERIFY2(gui.contains(row), qPrintable(u"the adapter has no row %1"_s.arg(row)));
            for (const QString &column : figure.values) {
                const double a = gui.value(row).value(column, std::nan(""));
                const double b = cli.value(row).value(column, std::nan(""));
                QVERIFY2(gui.value(row).contains(column), qPrintable(column));
                QVERIFY2(std::isfinite(a), qPrintable(u"%1 %2 is not a number"_s.arg(row, column)));
                if (!agree(a, b))
                    QFAIL(qPrintable(u"%1 %2: GUI adapter %3, CLI %4"_s.arg(row, column)
                                         .arg(a, 0, 'g', 17)
                                         .arg(b, 0, 'g', 17)));
            }
        }
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
