// SPDX-License-Identifier: GPL-3.0-or-later
// project: the cohort-component population projection (将来人口推計) with the
// 人口ビジョン scenarios, through the same adapter as the GUI
// (datasets/adapters/projectionadapter.h). The stable contract (issue 11):
//   project (--region CODE[,CODE…] | --all) [--base 2015] [--to 2045]
//           [--rates-from 2010] [--scenario baseline|fertility|zero-migration|
//           fertility+zero-migration] [--tfr-target 2.07 --tfr-year 2040]
//           [--migration-zero-from 2025] [--input FILE]
//   → region_code,year,sex,age_class,population,scenario
// (--scenario may list several, comma-separated; --rate-periods N averages net
// migration over N periods ending at --rates-from + 5; --group ID|CODES adds a group
// shown as one region, the sum of its members; --level municipality with --all
// projects the 1,741 municipalities; --format json as elsewhere).
// Municipalities (a municipal --region, or --all --level municipality) default
// to the latest municipal age table as the base (住民基本台帳 1 January 2022 in
// the starter pack) and a horizon 30 years later (2052), with their
// prefectures' rates (the adapter's notes say so).
// The conventions used are notes on stderr; bad input exits 2 naming the file,
// line and column.
#include "analysissupport.h"
#include "tidyinput.h"

#include "datasets/adapters/projectionadapter.h"

#include <cmath>

using namespace Qt::StringLiterals;
namespace projection = regionlens::datasets::projection;

namespace regionlens::cli {

namespace {

// A real-valued option: absent → untouched; present but not a finite number → message and false.
bool doubleOption(Context &ctx, const QString &name, double *value)
{
    if (!ctx.args.has(name))
        return true;
    bool ok = false;
    const double v = ctx.args.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        ctx.err << support::prefix(ctx) << name << " must be a number, not '" << ctx.args.value(name) << "'\n";
        return false;
    }
    *value = v;
    return true;
}

// The options as the adapter's request; false after a message.
bool parseRequest(Context &ctx, projection::Request *request)
{
    const bool all = ctx.args.has(u"--all"_s);
    const QString regions = ctx.args.value(u"--region"_s);
    if ((all && !regions.isEmpty()) || (!all && regions.isEmpty() && !ctx.args.has(u"--group"_s))) {
        ctx.err << support::prefix(ctx) << "give either --region CODE[,CODE…] or --all (and/or --group ID|CODES)\n";
        return false;
    }
    request->showAll = all;
    if (ctx.args.has(u"--level"_s)) {
        const QString level = ctx.args.value(u"--level"_s);
        if (level != u"prefecture" && level != u"municipality") {
            ctx.err << support::prefix(ctx) << "--level must be prefecture or municipality, not '" << level << "'\n";
            return false;
        }
        request->level = level == u"municipality" ? datasets::RegionLevel::Municipality
                                                  : datasets::RegionLevel::Prefecture;
    }
    for (const QString &code : regions.split(u',', Qt::SkipEmptyParts))
        request->regions << code.trimmed();
    std::optional<int> base, to, ratesFrom, zeroFrom, ratePeriods;
    if (!support::intOption(ctx, u"--base"_s, 1800, &base) || !support::intOption(ctx, u"--to"_s, 1800, &to)
        || !support::intOption(ctx, u"--rates-from"_s, 1800, &ratesFrom)
        || !support::intOption(ctx, u"--rate-periods"_s, 1, &ratePeriods)
        || !support::intOption(ctx, u"--migration-zero-from"_s, 1800, &zeroFrom)
        || !doubleOption(ctx, u"--tfr-target"_s, &request->tfrTarget)
        || !doubleOption(ctx, u"--tfr-year"_s, &request->tfrYear))
        return false;
    request->baseYear = base.value_or(request->baseYear);
    request->horizon = to.value_or(request->horizon);
    request->ratesFrom = ratesFrom.value_or(request->ratesFrom);
    request->ratePeriods = ratePeriods.value_or(request->ratePeriods);
    if (zeroFrom)
        request->migrationZeroFrom = *zeroFrom;
    if (ctx.args.has(u"--scenario"_s)) {
        request->scenarios.clear();
        for (const QString &s : ctx.args.value(u"--scenario"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!projection::scenarioNames().contains(s.trimmed())) {
                ctx.err << support::prefix(ctx) << "unknown --scenario '" << s << "' (one of "
                        << projection::scenarioNames().join(u", "_s) << ")\n";
                return false;
            }
            request->scenarios << s.trimmed();
        }
    }
    if ((ctx.args.has(u"--tfr-target"_s) || ctx.args.has(u"--tfr-year"_s)) && !request->needsFertility())
        ctx.err << support::prefix(ctx) << "note: --tfr-target and --tfr-year apply to the fertility scenarios only\n";
    return true;
}

// --group ID|CODES: one group shown as one region (the sum of its members'
// projections), after the regions asked (--region, or every one with --all).
bool parseGroup(Context &ctx, const datasets::Store *store, projection::Request *request)
{
    if (!ctx.args.has(u"--group"_s))
        return true;
    datasets::RegionAggregate group;
    QString error;
    if (!datasets::flows::resolveGroup(store, ctx.args.value(u"--group"_s), &group, &error)) {
        ctx.err << support::prefix(ctx) << error << '\n';
        return false;
    }
    request->groups = {group};
    return true;
}

} // namespace

int runProject(Context &ctx)
{
    support::OutputFormat format;
    projection::Request request;
    if (!support::parseFormat(ctx, &format) || !parseRequest(ctx, &request))
        return BadInput;

    projection::Inputs inputs;
    const QString file = ctx.args.value(u"--input"_s);
    if (!file.isEmpty()) {
        if (!parseGroup(ctx, nullptr, &request))
            return BadInput;
        QList<datasets::Observation> rows;
        QString error;
        if (!tidyinput::readAgeTable(file, &rows, &error)) {
            ctx.err << support::prefix(ctx) << error << '\n';
            return BadInput;
        }
        inputs = projection::load(rows, request, file);
        if (!inputs.error.isEmpty()) {
            ctx.err << support::prefix(ctx) << file << ": " << inputs.error << '\n';
            return BadInput;
        }
        // The regions' TFR for a fertility scenario: from the store, when it has them.
        if (request.needsFertility()) {
            datasets::Store store;
            if (!support::openStore(ctx, store))
                return Failure;
            projection::loadFertility(store, &inputs);
        }
    } else {
        datasets::Store store;
        if (!support::openStore(ctx, store))
            return Failure;
        if (!parseGroup(ctx, &store, &request))
            return BadInput;
        projection::applyLevelDefaults(store, &request, ctx.args.has(u"--base"_s), ctx.args.has(u"--to"_s));
        inputs = projection::load(store, request);
        if (!inputs.error.isEmpty()) {
            ctx.err << support::prefix(ctx) << inputs.error << '\n';
            return BadInput;
        }
    }

    const projection::Result result = projection::compute(inputs);
    for (const QString &note : result.notes)
        ctx.err << support::prefix(ctx) << "note: " << note << '\n';
    for (const QString &warning : result.warnings)
        ctx.err << support::prefix(ctx) << "warning: " << warning << '\n';
    if (!result.error.isEmpty()) {
        ctx.err << support::prefix(ctx) << result.error << '\n';
        return Failure;
    }
    support::OutputTable out;
    out.columns = {u"region_code"_s, u"year"_s, u"sex"_s, u"age_class"_s, u"population"_s, u"scenario"_s};
    const QList<projection::TidyRow> rows = result.tidyRows();
    out.rows.reserve(rows.size());
    for (const projection::TidyRow &r : rows)
        out.rows.append({r.region, r.year, r.sex, r.ageClass, r.population, r.scenario});
    for (const QString &code : std::as_const(result.asked))
        if (const int i = result.row(code); i >= 0 && !result.projection.projected.at(std::size_t(i)))
            ctx.err << support::prefix(ctx) << "warning: region " << code << " could not be projected (see above)\n";
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace regionlens::cli
