// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include "flowsadapter.h"
#include "analysis/ranking.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::keyfigures {

namespace {

struct Definition
{
    Figure figure;
    const char16_t *indicator;
    const char16_t *industry;
};

// In the order of the report's cover.
constexpr Definition kSeries[] = {
    {Figure::Population, u"population", u""},
    {Figure::Employees, u"employees", u"TOTAL"},
    {Figure::Establishments, u"establishments", u"TOTAL"},
    {Figure::GrossProduct, u"gdp_nominal", u"TOTAL"},
};

const QString kMigration = u"migration"_s;

analysis::YearSeries toSeries(const QList<SeriesPoint> &points)
{
    analysis::YearSeries s;
    for (const SeriesPoint &p : points) {
        s.years.push_back(p.year);
        s.values.push_back(p.value);
    }
    return s;
}

void loadMigration(const Store &store, const Request &request, Inputs &in)
{
    if (!request.members.isEmpty() || in.level == RegionLevel::Prefecture) {
        flows::Request r;
        r.indicator = kMigration;
        r.population = flows::PopulationSource::None;
        if (!request.members.isEmpty())
            r.groups = {RegionAggregate{request.region, request.members}};
        const flows::Result f = flows::compute(flows::load(store, r));
        if (const flows::GroupFlows *g = f.group(request.region); g && !g->members.isEmpty()) {
            in.migrationBasis = MigrationBasis::GroupFlows;
            in.inflow = g->inflow;
            in.outflow = g->outflow;
        } else if (request.members.isEmpty() && f.inflow.contains(request.region)) {
            in.migrationBasis = MigrationBasis::PrefectureFlows;
            in.inflow = f.inflow.value(request.region);
            in.outflow = f.outflow.value(request.region);
        }
        in.migrationYear = f.year;
        in.migrationIndicator = kMigration;
    } else if (in.level == RegionLevel::Municipality) {
        flows::MunicipalRequest r;
        r.indicator = kMigration;
        r.population = flows::PopulationSource::None;
        const flows::MunicipalResult m = flows::computeMunicipal(flows::loadMunicipal(store, r));
        if (m.net.contains(request.region)) {
            in.migrationBasis = m.source == flows::MunicipalInputs::Source::Flows ? MigrationBasis::MunicipalFlows
                                                                                 : MigrationBasis::MunicipalInOut;
            in.inflow = m.inflow.value(request.region);
            in.outflow = m.outflow.value(request.region);
            in.migrationIndicator = m.source == flows::MunicipalInputs::Source::Flows ? kMigration : m.inIndicator;
        }
        in.migrationYear = m.year;
    }
    if (in.migrationBasis == MigrationBasis::None)
        in.migrationYear = 0;
}

} // namespace

QString figureKey(Figure figure)
{
    switch (figure) {
    case Figure::Population:
        return u"population"_s;
    case Figure::Employees:
        return u"employees"_s;
    case Figure::Establishments:
        return u"establishments"_s;
    case Figure::GrossProduct:
        return u"gross_product"_s;
    case Figure::NetMigration:
        return u"net_migration"_s;
    }
    return {};
}

QString basisKey(MigrationBasis basis)
{
    switch (basis) {
    case MigrationBasis::None:
        break;
    case MigrationBasis::PrefectureFlows:
        return u"prefecture_flows"_s;
    case MigrationBasis::GroupFlows:
        return u"group_flows"_s;
    case MigrationBasis::MunicipalFlows:
        return u"municipal_flows"_s;
    case MigrationBasis::MunicipalInOut:
        return u"in_out_counts"_s;
    }
    return {};
}

const KeyFigure *Result::find(Figure figure) const
{
    for (const KeyFigure &k : figures)
        if (k.figure == figure)
            return &k;
    return nullptr;
}

Inputs load(const Store &store, const Request &request)
{
    Inputs in;
    in.region = request.region;
    in.members = request.members;
    if (request.members.isEmpty()) {
        const std::optional<Region> region = store.region(request.region);
        if (!region)
            return in;
        in.level = region->level;
    }
    for (const Definition &d : kSeries) {
        SeriesInput s;
        s.figure = d.figure;
        s.indicator = QString::fromUtf16(d.indicator);
        const QString industry = QString::fromUtf16(d.industry);
        if (request.members.isEmpty()) {
            s.series = toSeries(store.series(s.indicator, request.region, industry));
        } else {
            std::vector<analysis::YearSeries> members;
            for (const QString &m : request.members)
                members.push_back(toSeries(store.series(s.indicator, m, industry)));
            s.series = analysis::sumSeries(members);
        }
        const analysis::LatestChange latest = analysis::latestChange(s.series);
        if (!latest.found)
            continue;
        if (d.figure == Figure::Population && in.level) {
            ObservationQuery q;
            q.indicator = s.indicator;
            q.year = latest.year;
            q.level = *in.level;
            for (double v : store.values(q))
                s.levelValues.push_back(v);
        }
        if (const std::optional<IndicatorInfo> info = store.indicator(s.indicator))
            in.indicators.append(*info);
        in.series.append(s);
    }
    loadMigration(store, request, in);
    if (in.migrationBasis != MigrationBasis::None)
        if (const std::optional<IndicatorInfo> info = store.indicator(in.migrationIndicator))
            in.indicators.append(*info);
    return in;
}

Result compute(const Inputs &in)
{
    Result r;
    r.region = in.region;
    r.group = !in.members.isEmpty();
    r.level = in.level;
    const auto source = [&](KeyFigure &k) {
        for (const IndicatorInfo &info : in.indicators)
            if (info.id == k.indicator) {
                k.sourceJa = info.sourceJa;
                k.sourceEn = info.sourceEn;
            }
    };
    for (const SeriesInput &s : in.series) {
        const analysis::LatestChange c = analysis::latestChange(s.series);
        if (!c.found)
            continue;
        KeyFigure k;
        k.figure = s.figure;
        k.indicator = s.indicator;
        k.year = c.year;
        k.value = c.value;
        k.previousYear = c.previousYear;
        k.previous = c.previous;
        k.change = c.change;
        if (!s.levelValues.empty()) {
            k.rank = analysis::rankAmong(s.levelValues, c.value).rank;
            k.rankOf = int(std::count_if(s.levelValues.cbegin(), s.levelValues.cend(),
                                         [](double v) { return std::isfinite(v); }));
        }
        source(k);
        r.figures.append(k);
    }
    if (in.migrationBasis != MigrationBasis::None) {
        KeyFigure k;
        k.figure = Figure::NetMigration;
        k.indicator = in.migrationIndicator;
        k.year = in.migrationYear;
        k.inflow = in.inflow;
        k.outflow = in.outflow;
        k.value = in.inflow - in.outflow;
        k.basis = in.migrationBasis;
        source(k);
        r.figures.append(k);
    }
    return r;
}

} // namespace regionlens::datasets::keyfigures
