// SPDX-License-Identifier: GPL-3.0-or-later
// 強みと成長 and 生産性と経済 (issue 15), the numbers of the two pages:
//   growth       → industry_code,start,end,change,percent,contribution_pt,
//                  nation_percent,national_share,industry_mix,regional_shift,lq,share_percent
//                  (one row per industry of the region, then TOTAL)
//   productivity → section,key,year,value,unit rows: gdp (億円) per fiscal
//                  year, composition/contribution per activity, GDP per
//                  worker (万円) per census year with its rank, by activity
// growth reads a tidy file (--input FILE --measure M) or a store indicator
// (--indicator ID, employees by default) through datasets/adapters/growthadapter
// with the page's conventions, stated on stderr; productivity reads the
// store through datasets/adapters/productivityadapter.
#include "analysissupport.h"

#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/growthadapter.h"
#include "datasets/adapters/productivityadapter.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::cli {
namespace {

using support::OutputFormat;
using support::OutputTable;

// --region CODE or group:ID (--group ID is the same); "" after a message.
QString regionOption(Context &ctx)
{
    QString region = ctx.args.value(u"--region"_s);
    if (region.startsWith(u"group:")) {
        ctx.args.options.insert(u"--group"_s, region.mid(6));
        region.clear();
    }
    if (region.isEmpty() && ctx.args.has(u"--group"_s))
        region = u"group:"_s + ctx.args.value(u"--group"_s);
    if (region.isEmpty())
        ctx.err << support::prefix(ctx) << "give --region CODE (a prefecture or municipality) or --region group:ID "
                                           "(a preset or block id, or a comma-separated list of codes)\n";
    return region;
}

bool yearOption(Context &ctx, const QString &name, const QList<int> &years, const QString &label, int *year)
{
    *year = 0;
    return !ctx.args.has(name) || support::pickYear(ctx, name, years, label, year);
}

} // namespace

int runGrowth(Context &ctx)
{
    OutputFormat format;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    QString region = regionOption(ctx);
    if (region.isEmpty())
        return BadInput;
    if (!ctx.args.has(u"--input"_s) && !ctx.args.has(u"--indicator"_s))
        ctx.args.options.insert(u"--indicator"_s, u"employees"_s);
    // The level of the region, as the page chooses it: a municipality, or a group of municipalities.
    const QStringList codes = region.startsWith(u"group:") ? region.mid(6).split(u',') : QStringList{region};
    const bool municipal = std::all_of(codes.cbegin(), codes.cend(), [](const QString &c) { return c.size() == 5; });
    if (!ctx.args.has(u"--level"_s) && municipal)
        ctx.args.options.insert(u"--level"_s, u"municipality"_s);
    support::IndustrySource source;
    if (const int code = support::openIndustrySource(ctx, &source); code != Ok)
        return code;
    datasets::GrowthRequest request;
    if (!yearOption(ctx, u"--from"_s, source.years, source.label, &request.startYear)
        || !yearOption(ctx, u"--to"_s, source.years, source.label, &request.endYear))
        return BadInput;
    if (!source.request.groups.isEmpty())
        region = source.request.groups.first().code;
    request.region = region;
    const datasets::GrowthInputs in = support::loadInputs(source, request);
    const datasets::IndustryGrowth g = datasets::compute(in);
    support::reportConventions(ctx, g.conventions);
    for (const QString &w : g.warnings)
        ctx.err << support::prefix(ctx) << "warning: " << w << '\n';
    if (!g.found) {
        ctx.err << support::prefix(ctx) << source.label << " has no region '" << region << "' at the "
                << datasets::regionLevelKey(source.request.level) << " level for " << g.startYear << " and "
                << g.endYear << '\n';
        return BadInput;
    }
    ctx.err << support::prefix(ctx) << "note: " << g.startYear << " to " << g.endYear
            << "; contribution_pt = change / the region's start total x 100; lq at " << g.endYear << '\n';
    OutputTable out;
    out.columns = {u"industry_code"_s, u"start"_s,          u"end"_s,          u"change"_s,
                   u"percent"_s,       u"contribution_pt"_s, u"nation_percent"_s, u"national_share"_s,
                   u"industry_mix"_s,  u"regional_shift"_s, u"lq"_s,           u"share_percent"_s};
    for (const datasets::IndustryGrowthRow &r : g.rows)
        out.rows.append({r.industry, r.start, r.end, r.change, r.percent, r.contribution, r.nationPercent,
                         r.nationalShare, r.industryMix, r.regionalShift, r.lq, r.share});
    out.rows.append({u"TOTAL"_s, g.start, g.end, g.change, g.percent, g.percent, g.nationPercent, g.nationalShare,
                     g.industryMix, g.regionalShift, 1.0, 100.0});
    support::writeTable(ctx, out, format);
    return Ok;
}

int runProductivity(Context &ctx)
{
    OutputFormat format;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    const QString region = regionOption(ctx);
    if (region.isEmpty())
        return BadInput;
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    datasets::ProductivityRequest request;
    request.region = region;
    if (region.startsWith(u"group:")) {
        datasets::RegionAggregate group;
        QString error;
        if (!datasets::flows::resolveGroup(&store, region, &group, &error)) {
            ctx.err << support::prefix(ctx) << error << '\n';
            return BadInput;
        }
        request.region = group.code;
        request.groups << group;
    } else if (!store.region(region)) {
        ctx.err << support::prefix(ctx) << "no region '" << region << "' (see 'regionlens-cli regions')\n";
        return BadInput;
    }
    const QList<int> years = store.years(u"gdp_nominal"_s, datasets::RegionLevel::Prefecture);
    const QString label = u"indicator 'gdp_nominal'"_s;
    if (!yearOption(ctx, u"--from"_s, years, label, &request.startYear)
        || !yearOption(ctx, u"--to"_s, years, label, &request.endYear))
        return BadInput;
    const datasets::Productivity p = datasets::compute(datasets::load(store, request));
    for (const QString &note : p.notes)
        ctx.err << support::prefix(ctx) << "note: " << note << '\n';
    for (const QString &w : p.warnings)
        ctx.err << support::prefix(ctx) << "warning: " << w << '\n';
    if (!p.found()) {
        ctx.err << support::prefix(ctx) << "the store has no gross prefectural product for '" << region << "'\n";
        return BadInput;
    }
    namespace units = datasets::units;
    OutputTable out;
    out.columns = {u"section"_s, u"key"_s, u"year"_s, u"value"_s, u"unit"_s, u"rank"_s, u"rank_of"_s};
    const QVariant none = analysis::kNaN;
    const auto rank = [&](int r) { return r > 0 ? QVariant(r) : none; };
    for (int i = 0; i < p.years.size(); ++i)
        out.rows.append({u"gdp"_s, p.row, p.years.at(i), units::okuYen(p.gdp.at(i)), u"100m_yen"_s,
                         p.years.at(i) == p.endYear ? rank(p.gdpRank) : none,
                         p.years.at(i) == p.endYear ? rank(p.gdpRankOf) : none});
    out.rows.append({u"growth"_s, p.row, p.endYear, p.growthPercent, u"percent_since_%1"_s.arg(p.startYear), none, none});
    for (const datasets::ActivityEconomy &a : p.activities) {
        out.rows.append({u"composition"_s, a.activity, p.endYear, a.share, u"percent"_s, none, none});
        out.rows.append({u"contribution"_s, a.activity, p.endYear, a.contribution, u"pt_since_%1"_s.arg(p.startYear),
                         none, none});
    }
    out.rows.append({u"contribution"_s, u"TAXES"_s, p.endYear, p.taxesContribution,
                     u"pt_since_%1"_s.arg(p.startYear), none, none});
    for (const datasets::PerWorkerYear &w : p.perWorker) {
        out.rows.append({u"gdp_per_worker"_s, p.row, w.censusYear, units::manYen(w.perWorker), u"10k_yen"_s,
                         rank(w.rank), rank(w.rankOf)});
        out.rows.append({u"gdp_per_worker"_s, u"00"_s, w.censusYear, units::manYen(w.nationPerWorker), u"10k_yen"_s,
                         none, none});
    }
    if (const datasets::PerWorkerYear *last = p.latestPerWorker())
        for (const datasets::ActivityEconomy &a : p.activities)
            if (std::isfinite(a.perWorker))
                out.rows.append({u"activity_per_worker"_s, a.activity, last->censusYear, units::manYen(a.perWorker),
                                 u"10k_yen"_s, none, none});
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace regionlens::cli
