// SPDX-License-Identifier: GPL-3.0-or-later
// Region × industry analyses: lq (特化係数), shift-share, indices
// (specialisation and concentration). Input: a tidy CSV (--input FILE
// --measure M) or a store indicator (--indicator ID [--level L]); both go
// through the adapters of datasets/adapters with the conventions the GUI
// and the report use, each stated on stderr as a note and overridable:
// the nation is the "00" rows when the data has them (--reference national
// insists on them), else the sum of the regions (--reference sum); a
// region's total is the sum over its industries (--totals given uses its
// TOTAL row, as RESAS does); aggregate industries are left out when their
// members are in the data, otherwise kept; --group ID adds the row of a
// group (preset, block or a list of codes). Rows are regions by code, then
// the group; industries by code; --top ranks by LQ, equal LQs by the lower
// industry_code, and never ranks a missing LQ.
#include "analysissupport.h"

#include "datasets/adapters/lqadapter.h"
#include "datasets/adapters/shiftshareadapter.h"
#include "datasets/adapters/specialisationadapter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::cli {
namespace {

using support::IndustrySource;
using support::Labels;
using support::OutputFormat;
using support::TableWriter;

Labels industryLabels(const QStringList &regions, const QStringList &industries)
{
    return {u"region"_s, regions, u"industry"_s, industries};
}

double at(const QVector<double> &v, int i)
{
    return i < v.size() ? v.at(i) : std::nan("");
}

} // namespace

int runLocationQuotients(Context &ctx)
{
    OutputFormat format;
    std::optional<int> top;
    QString totals;
    if (!support::parseFormat(ctx, &format) || !support::intOption(ctx, u"--top"_s, 1, &top))
        return BadInput;
    if (ctx.args.has(u"--totals"_s) && !support::choiceOption(ctx, u"--totals"_s, {u"given"_s, u"sum"_s}, &totals))
        return BadInput;
    IndustrySource source;
    if (const int code = support::openIndustrySource(ctx, &source); code != Ok)
        return code;
    datasets::LqRequest request;
    if (!support::pickYear(ctx, u"--year"_s, source.years, source.label, &request.year))
        return BadInput;
    request.regionTotal =
        totals == u"given" ? datasets::RegionTotalRule::TotalRow : datasets::RegionTotalRule::SumOfIndustries;
    request.additive = ctx.args.has(u"--additive"_s);
    request.topN = top.value_or(0);
    request.earningPower = false;
    const datasets::LqInputs in = support::loadInputs(source, request);
    if (!support::checkNationRows(ctx, in.data))
        return BadInput;
    if (totals == u"given" && (in.data.tables.isEmpty() || !in.data.tables.first().hasTotals)) {
        // Name the regions without one: a single missing row must not pass unseen.
        QStringList lacking;
        if (!in.data.tables.isEmpty()) {
            const datasets::IndustryTable &t = in.data.tables.first();
            for (int i = 0; i < t.regions.size() && i < t.totals.size(); ++i)
                if (std::isnan(t.totals(i)))
                    lacking << t.regions.at(i);
        }
        ctx.err << support::prefix(ctx) << "--totals given needs an industry_code TOTAL row for every region in "
                << source.label << " for " << request.year;
        if (!lacking.isEmpty() && in.data.tables.first().totals.array().isFinite().any())
            ctx.err << " (" << lacking.size() << " lack one: " << lacking.mid(0, 5).join(u", "_s)
                    << (lacking.size() > 5 ? ", …" : "") << ")";
        ctx.err << "; use --totals sum\n";
        return BadInput;
    }
    const datasets::LqResult r = datasets::compute(in);
    support::reportConventions(ctx, r.conventions);
    support::reportWarnings(ctx, r.issues, industryLabels(r.regions, r.industries));
    if (!support::resultIsUsable(ctx, r.issues, source.label))
        return BadInput;

    if (top) {
        TableWriter out(ctx, format, {u"region_code"_s, u"rank"_s, u"industry_code"_s, u"lq"_s});
        for (int row = 0; row < r.regions.size() && row < r.topIndustries.size(); ++row) {
            const QList<int> &best = r.topIndustries.at(row);
            for (int k = 0; k < best.size(); ++k) {
                out << r.regions.at(row) << k + 1 << r.industries.at(best.at(k)) << r.lq.at(row, best.at(k));
                out.endRow();
            }
        }
        return Ok;
    }
    QStringList columns{u"region_code"_s, u"industry_code"_s, u"year"_s, u"value"_s, u"lq"_s};
    if (request.additive)
        columns << u"additive"_s;
    TableWriter out(ctx, format, columns);
    for (int row = 0; row < r.regions.size(); ++row)
        for (int c = 0; c < r.industries.size(); ++c) {
            out << r.regions.at(row) << r.industries.at(c) << r.year << r.values.at(row, c) << r.lq.at(row, c);
            if (request.additive)
                out << r.additive.at(row, c);
            out.endRow();
        }
    return Ok;
}

int runShiftShare(Context &ctx)
{
    OutputFormat format;
    QString method;
    if (!support::parseFormat(ctx, &format)
        || !support::choiceOption(ctx, u"--method"_s, {u"classic"_s, u"esteban-marquillas"_s, u"gerfin"_s}, &method))
        return BadInput;
    const bool dynamic = ctx.args.has(u"--dynamic"_s);
    const bool rates = ctx.args.has(u"--rates"_s);
    if ((dynamic || rates) && method != u"classic") {
        ctx.err << support::prefix(ctx) << (dynamic ? "--dynamic" : "--rates") << " works with --method classic only\n";
        return BadInput;
    }
    if (dynamic && rates) {
        ctx.err << support::prefix(ctx) << "--dynamic and --rates cannot be combined\n";
        return BadInput;
    }
    IndustrySource source;
    if (const int code = support::openIndustrySource(ctx, &source); code != Ok)
        return code;
    if (source.years.size() < 2) {
        ctx.err << support::prefix(ctx) << source.label << " has one year only; shift-share needs two\n";
        return BadInput;
    }
    datasets::ShiftShareRequest request;
    request.startYear = source.years.first();
    request.endYear = source.years.last();
    if ((ctx.args.has(u"--from"_s)
         && !support::pickYear(ctx, u"--from"_s, source.years, source.label, &request.startYear))
        || (ctx.args.has(u"--to"_s) && !support::pickYear(ctx, u"--to"_s, source.years, source.label, &request.endYear)))
        return BadInput;
    if (request.startYear >= request.endYear) {
        ctx.err << support::prefix(ctx) << "--from (" << request.startYear << ") must be before --to ("
                << request.endYear << ")\n";
        return BadInput;
    }
    request.dynamic = dynamic;
    request.estebanMarquillas = method == u"esteban-marquillas";
    const datasets::ShiftShareInputs in = support::loadInputs(source, request);
    if (!support::checkNationRows(ctx, in.data))
        return BadInput;
    const datasets::GrowthFactors r = datasets::compute(in);
    support::reportConventions(ctx, r.conventions);
    support::reportWarnings(ctx, r.issues, industryLabels(r.regions, r.industries));
    if (!support::resultIsUsable(ctx, r.issues, source.label))
        return BadInput;

    // --rates prints the growth-rate form (each component ÷ the start value)
    // under its own names: growth_rate = national_rate + industry_mix_rate +
    // regional_rate, never under the level columns' names.
    QStringList columns = rates ? QStringList{u"region_code"_s, u"start"_s, u"end"_s, u"growth_rate"_s,
                                              u"national_rate"_s, u"industry_mix_rate"_s, u"regional_rate"_s}
                                : QStringList{u"region_code"_s, u"start"_s, u"end"_s, u"change"_s, u"national"_s,
                                              u"industry_mix"_s, u"regional"_s};
    if (method == u"esteban-marquillas")
        columns << u"homothetic_regional"_s << u"allocation"_s;
    else if (method == u"gerfin")
        columns << u"gerfin_structural"_s << u"gerfin_regional"_s << u"gerfin_total"_s;
    TableWriter out(ctx, format, columns);
    for (int i = 0; i < r.regions.size() && i < r.actualChange.size(); ++i) {
        out << r.regions.at(i) << r.startValue.at(i) << r.endValue.at(i);
        if (rates)
            out << at(r.growthRate, i) << r.nationalGrowthRate << at(r.industryFactor, i) << at(r.regionalFactor, i);
        else
            out << r.actualChange.at(i) << r.nationalShare.at(i) << r.industryMix.at(i) << r.regionalShift.at(i);
        if (method == u"esteban-marquillas")
            out << at(r.homotheticRegionalShift, i) << at(r.allocationEffect, i);
        else if (method == u"gerfin")
            out << at(r.gerfinStructural, i) << at(r.gerfinRegional, i) << at(r.gerfinTotal, i);
        out.endRow();
    }
    return Ok;
}

int runIndices(Context &ctx)
{
    OutputFormat format;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    IndustrySource source;
    if (const int code = support::openIndustrySource(ctx, &source); code != Ok)
        return code;
    datasets::SpecialisationRequest request;
    if (!support::pickYear(ctx, u"--year"_s, source.years, source.label, &request.year))
        return BadInput;
    const datasets::SpecialisationInputs in = support::loadInputs(source, request);
    if (!support::checkNationRows(ctx, in.data))
        return BadInput;
    const datasets::SpecialisationIndices r = datasets::compute(in);
    support::reportConventions(ctx, r.conventions);
    support::reportWarnings(ctx, r.issues, industryLabels(r.regions, r.industries));
    if (!support::resultIsUsable(ctx, r.issues, source.label))
        return BadInput;
    TableWriter out(ctx, format,
                    {u"region_code"_s, u"krugman"_s, u"krugman_others"_s, u"hoover"_s, u"gini"_s, u"herfindahl"_s,
                     u"herfindahl_normalized"_s, u"herfindahl_equivalent"_s, u"theil"_s});
    for (int i = 0; i < r.regions.size() && i < r.krugman.size(); ++i) {
        out << r.regions.at(i) << r.krugman.at(i) << r.krugmanVsOthers.at(i) << r.hoover.at(i) << r.gini.at(i)
            << r.herfindahl.at(i) << r.herfindahlNormalised.at(i) << r.herfindahlEquivalent.at(i) << r.theil.at(i);
        out.endRow();
    }
    return Ok;
}

} // namespace regionlens::cli
