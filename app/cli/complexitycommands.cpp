// SPDX-License-Identifier: GPL-3.0-or-later
// Economic complexity and relatedness (issue 13's stable contract):
//   complexity  → region_code,diversity,eci   (--industries: industry_code,ubiquity,pci)
//   relatedness → region_code,industry_code,rca,density,cog (all regions or --region CODE)
//                 (--proximity: industry_a,industry_b,proximity, each pair once, a < b)
// Input: a tidy CSV (--input FILE --measure M) or a store indicator
// (--indicator ID [--level L]), through datasets/adapters/complexityadapter
// with the conventions the page uses, each stated on stderr as a note:
// RCA over the sum of the regions analysed, presence RCA ≥ --threshold (1;
// --strict: RCA > threshold), ECI/PCI by the eigenvector (--method
// reflections: the method of reflections), standardised over the long
// region × industry table; proximity by co-occurrence (--continuous:
// correlation of the RCA columns). A bad file exits 2 with file, line and
// column (tidyinput.h); so does a bad option.
#include "analysissupport.h"

#include "datasets/adapters/complexityadapter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::cli {
namespace {

using support::IndustrySource;
using support::OutputFormat;
using support::OutputTable;

// What both commands share: the format, the source opened and the figures
// computed (computeFigures returns Ok or the exit code to return).
struct Computed
{
    OutputFormat format = OutputFormat::Csv;
    IndustrySource source;
    datasets::ComplexityFigures figures;
};

bool thresholdOption(Context &ctx, double *threshold)
{
    if (!ctx.args.has(u"--threshold"_s))
        return true;
    bool ok = false;
    *threshold = ctx.args.value(u"--threshold"_s).toDouble(&ok);
    if (!ok || !(*threshold > 0.0) || !std::isfinite(*threshold)) {
        ctx.err << support::prefix(ctx) << "--threshold must be a positive number, not '"
                << ctx.args.value(u"--threshold"_s) << "'\n";
        return false;
    }
    return true;
}

int computeFigures(Context &ctx, bool relatedness, Computed *c)
{
    QString method;
    double threshold = 1.0;
    if (!support::parseFormat(ctx, &c->format)
        || !support::choiceOption(ctx, u"--method"_s, {u"eigen"_s, u"reflections"_s}, &method)
        || !thresholdOption(ctx, &threshold))
        return BadInput;
    if (ctx.args.has(u"--reference"_s)) {
        ctx.err << support::prefix(ctx) << "--reference does not apply: the RCA compares with the sum of the "
                                           "regions analysed\n";
        return BadInput;
    }
    if (const int code = support::openIndustrySource(ctx, &c->source); code != Ok)
        return code;
    datasets::ComplexityRequest request;
    if (!support::pickYear(ctx, u"--year"_s, c->source.years, c->source.label, &request.year))
        return BadInput;
    request.threshold = threshold;
    request.presence =
        ctx.args.has(u"--strict"_s) ? analysis::PresenceRule::Above : analysis::PresenceRule::AtLeast;
    request.method =
        method == u"reflections" ? analysis::ComplexityMethod::Reflections : analysis::ComplexityMethod::Eigenvector;
    request.proximity = ctx.args.has(u"--continuous"_s) ? analysis::ProximityRule::Correlation
                                                        : analysis::ProximityRule::CoOccurrence;
    request.relatedness = relatedness;
    const datasets::ComplexityInputs in = support::loadInputs(c->source, request);
    c->figures = datasets::compute(in);
    const datasets::ComplexityFigures &r = c->figures;
    support::reportConventions(ctx, r.conventions);
    for (const QString &note : datasets::complexityNotes(r))
        ctx.err << support::prefix(ctx) << "note: " << note << '\n';
    support::reportWarnings(ctx, r.issues, {u"region"_s, r.regions, u"industry"_s, r.industries});
    if (!support::resultIsUsable(ctx, r.issues, c->source.label))
        return BadInput;
    if (r.regions.isEmpty()) {
        ctx.err << support::prefix(ctx) << "no data for " << request.year << " in " << c->source.label << '\n';
        return BadInput;
    }
    return Ok;
}

} // namespace

int runComplexity(Context &ctx)
{
    Computed c;
    if (const int code = computeFigures(ctx, false, &c); code != Ok)
        return code;
    const datasets::ComplexityFigures &r = c.figures;
    OutputTable out;
    if (ctx.args.has(u"--industries"_s)) {
        out.columns = {u"industry_code"_s, u"ubiquity"_s, u"pci"_s};
        for (int i = 0; i < r.industries.size(); ++i)
            out.rows.append({r.industries.at(i), r.ubiquity.value(i, analysis::kNaN), r.pci.value(i, analysis::kNaN)});
    } else {
        out.columns = {u"region_code"_s, u"diversity"_s, u"eci"_s};
        for (int i = 0; i < r.regions.size(); ++i)
            out.rows.append({r.regions.at(i), r.diversity.value(i, analysis::kNaN), r.eci.value(i, analysis::kNaN)});
    }
    support::writeTable(ctx, out, c.format);
    return Ok;
}

int runRelatedness(Context &ctx)
{
    Computed c;
    if (const int code = computeFigures(ctx, true, &c); code != Ok)
        return code;
    const datasets::ComplexityFigures &r = c.figures;
    OutputTable out;
    if (ctx.args.has(u"--proximity"_s)) {
        out.columns = {u"industry_a"_s, u"industry_b"_s, u"proximity"_s};
        for (int a = 0; a < r.industries.size(); ++a)
            for (int b = a + 1; b < r.industries.size(); ++b)
                out.rows.append({r.industries.at(a), r.industries.at(b), r.proximity.at(a, b)});
        support::writeTable(ctx, out, c.format);
        return Ok;
    }
    int only = -1;
    if (ctx.args.has(u"--region"_s)) {
        only = r.row(ctx.args.value(u"--region"_s));
        if (only < 0) {
            ctx.err << support::prefix(ctx) << c.source.label << " has no region '" << ctx.args.value(u"--region"_s)
                    << "' at this level for " << r.year << '\n';
            return BadInput;
        }
    }
    out.columns = {u"region_code"_s, u"industry_code"_s, u"rca"_s, u"density"_s, u"cog"_s};
    for (int row = 0; row < r.regions.size(); ++row) {
        if (only >= 0 && row != only)
            continue;
        for (int i = 0; i < r.industries.size(); ++i)
            out.rows.append({r.regions.at(row), r.industries.at(i), r.rca.at(row, i), r.density.at(row, i),
                             r.cog.at(row, i)});
    }
    support::writeTable(ctx, out, c.format);
    return Ok;
}

} // namespace regionlens::cli
