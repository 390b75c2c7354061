// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementfigures.h"

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

#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::test::agreement {

namespace flows = regionlens::datasets::flows;
namespace keyfigures = regionlens::datasets::keyfigures;
namespace projection = regionlens::datasets::projection;

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
std::function<Table(const datasets::Store &)> flowsFigure(int year, const QList<datasets::RegionAggregate> &groups)
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
                                                              const QList<datasets::RegionAggregate> &group)
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
                                                      const QList<datasets::RegionAggregate> &groups)
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
                                                              const QList<datasets::RegionAggregate> &groups)
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
std::function<Table(const datasets::Store &)> ioFigure(const QString &region, const QVector<double> &demand,
                                                       const std::function<void(io::Request &)> &adjust,
                                                       bool officialOrEstimated)
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
                                                               const QList<datasets::RegionAggregate> &groups)
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
                           const QStringList &years)
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

QString ssdseFile()
{
    const QString data = test::sharedDataDir();
    const QString file = data + u"/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv"_s;
    return !data.isEmpty() && QFile::exists(file) ? file : QString();
}

} // namespace regionlens::test::agreement
