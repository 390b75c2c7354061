// SPDX-License-Identifier: GPL-3.0-or-later
// key-figures: the region report's key figures (population, employees,
// establishments, gross prefectural product, net migration) as numbers, from
// the same adapter as the report (datasets/adapters/keyfigures.h), so that the
// report's cover can be checked from the command line.
#include "analysissupport.h"

#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/keyfigures.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace keyfigures = regionlens::datasets::keyfigures;

namespace regionlens::cli {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Years and ranks of 0 mean "none": an empty cell (null in JSON).
QVariant optionalInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(kNaN);
}

} // namespace

int runKeyFigures(Context &ctx)
{
    support::OutputFormat format;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    QString region = ctx.args.value(u"--region"_s);
    if (ctx.args.has(u"--group"_s))
        region = u"group:"_s + ctx.args.value(u"--group"_s);
    if (region.isEmpty()) {
        ctx.err << support::prefix(ctx) << "give --region CODE (a prefecture or municipality) or --region group:ID "
                                           "(a preset or block id, or a comma-separated list of codes)\n";
        return BadInput;
    }
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    keyfigures::Request request{region, {}};
    if (region.startsWith(u"group:")) {
        datasets::RegionAggregate group;
        QString error;
        if (!datasets::flows::resolveGroup(&store, region, &group, &error)) {
            ctx.err << support::prefix(ctx) << error << '\n';
            return BadInput;
        }
        request = {group.code, group.members};
    } else if (!store.region(region)) {
        ctx.err << support::prefix(ctx) << "no region '" << region << "' (see 'regionlens-cli regions')\n";
        return BadInput;
    }
    const keyfigures::Result result = keyfigures::compute(keyfigures::load(store, request));
    if (const keyfigures::KeyFigure *k = result.find(keyfigures::Figure::NetMigration))
        ctx.err << support::prefix(ctx) << "note: net migration of " << k->year << " from "
                << keyfigures::basisKey(k->basis) << " (indicator '" << k->indicator << "')\n";
    if (result.figures.isEmpty())
        ctx.err << support::prefix(ctx) << "note: the store holds no figures for " << region << '\n';

    support::OutputTable out;
    out.columns = {u"figure"_s,   u"indicator"_s, u"year"_s,   u"value"_s,   u"previous_year"_s, u"previous_value"_s,
                   u"change"_s,   u"rank"_s,      u"rank_of"_s, u"inflow"_s, u"outflow"_s,       u"basis"_s};
    for (const keyfigures::KeyFigure &k : result.figures)
        out.rows.append({keyfigures::figureKey(k.figure), k.indicator, optionalInt(k.year), k.value,
                         optionalInt(k.previousYear), k.previous, k.change, optionalInt(k.rank), optionalInt(k.rankOf),
                         k.inflow, k.outflow, keyfigures::basisKey(k.basis)});
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace regionlens::cli
