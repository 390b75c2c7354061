// SPDX-License-Identifier: GPL-3.0-or-later
// Region × industry analyses: lq (特化係数), shift-share, indices
// (specialisation and concentration). Input: a tidy CSV (--input FILE
// --measure M) or a store indicator (--indicator ID [--level L]).
//
// Choices, each overridable: the nation is the "00" rows when the data has
// them (--reference national), else the sum of the regions (--reference sum);
// a region's total is its TOTAL row when every region has one (--totals
// given), else the sum over its industries (--totals sum). Rows are regions
// by code, industries by code; --top ranks by LQ, equal LQs by the lower
// industry_code, and never ranks a missing LQ.
#include "analysissupport.h"

#include "analysis/locationquotient.h"
#include "analysis/shiftshare.h"
#include "analysis/specialisation.h"

#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::datasets::IndustryTable;

namespace regionlens::cli {
namespace {

using support::Labels;
using support::ObservationSource;
using support::OutputFormat;
using support::OutputTable;

Labels industryLabels(const IndustryTable &t)
{
    return {u"region"_s, t.regions, u"industry"_s, t.industries};
}

QVariant number(double v)
{
    return QVariant(v);
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
    ObservationSource source;
    if (const int code = support::loadObservations(ctx, &source); code != Ok)
        return code;
    int year = 0;
    if (!support::pickYear(ctx, u"--year"_s, source.years, source.label, &year))
        return BadInput;
    const IndustryTable t = support::tableForYear(source, year, support::regionsOf(source, {year}));
    bool useNation = false;
    if (!support::useNationRow(ctx, t, source.label, &useNation))
        return BadInput;

    analysis::LocationQuotientConfig cfg;
    const bool givenTotals = totals.isEmpty() ? t.hasTotals : totals == u"given";
    if (givenTotals && !t.hasTotals) {
        ctx.err << support::prefix(ctx) << "--totals given needs an industry_code TOTAL row for every region in "
                << source.label << " for " << year << "; use --totals sum\n";
        return BadInput;
    }
    if (givenTotals) {
        cfg.regionTotals = analysis::RegionTotalSource::Given;
        cfg.givenRegionTotals = t.totals;
    }
    if (useNation) {
        cfg.nation = analysis::NationSource::Given;
        cfg.givenNation = t.nation;
        if (givenTotals && std::isfinite(t.nationTotal))
            cfg.givenNationTotal = t.nationTotal;
    }
    cfg.additive = ctx.args.has(u"--additive"_s);
    cfg.topN = top.value_or(0);
    const analysis::LocationQuotientResult r = analysis::locationQuotients(t.values, cfg);
    support::reportWarnings(ctx, r.warnings, industryLabels(t));

    OutputTable out;
    if (top) {
        out.columns = {u"region_code"_s, u"rank"_s, u"industry_code"_s, u"lq"_s};
        for (int row = 0; row < t.regions.size(); ++row) {
            const std::vector<int> &best = r.topIndustries[std::size_t(row)];
            for (std::size_t k = 0; k < best.size(); ++k)
                out.rows.append({t.regions.at(row), int(k + 1), t.industries.at(best[k]), number(r.lq(row, best[k]))});
        }
    } else {
        out.columns = {u"region_code"_s, u"industry_code"_s, u"year"_s, u"value"_s, u"lq"_s};
        if (cfg.additive)
            out.columns << u"additive"_s;
        for (int row = 0; row < t.regions.size(); ++row)
            for (int c = 0; c < t.industries.size(); ++c) {
                QVariantList line{t.regions.at(row), t.industries.at(c), year, number(t.values(row, c)),
                                  number(r.lq(row, c))};
                if (cfg.additive)
                    line << number(r.additive(row, c));
                out.rows.append(line);
            }
    }
    support::writeTable(ctx, out, format);
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
    ObservationSource source;
    if (const int code = support::loadObservations(ctx, &source); code != Ok)
        return code;
    if (source.years.size() < 2) {
        ctx.err << support::prefix(ctx) << source.label << " has one year only; shift-share needs two\n";
        return BadInput;
    }
    int from = source.years.first();
    int to = source.years.last();
    if ((ctx.args.has(u"--from"_s) && !support::pickYear(ctx, u"--from"_s, source.years, source.label, &from))
        || (ctx.args.has(u"--to"_s) && !support::pickYear(ctx, u"--to"_s, source.years, source.label, &to)))
        return BadInput;
    if (from >= to) {
        ctx.err << support::prefix(ctx) << "--from (" << from << ") must be before --to (" << to << ")\n";
        return BadInput;
    }
    QList<int> years;
    for (int y : std::as_const(source.years))
        if (y >= from && y <= to && (dynamic || y == from || y == to))
            years.append(y);
    const QStringList regions = support::regionsOf(source, years);
    std::vector<IndustryTable> tables;
    for (int y : std::as_const(years))
        tables.push_back(support::tableForYear(source, y, regions));
    bool useNation = true;
    for (std::size_t k = 0; k < tables.size(); ++k) {
        bool here = false;
        if (!support::useNationRow(ctx, tables[k], u"%1 for %2"_s.arg(source.label).arg(years.at(qsizetype(k))),
                                   &here))
            return BadInput;
        useNation = useNation && here;
    }
    const IndustryTable &first = tables.front();
    const IndustryTable &last = tables.back();
    const Labels labels = industryLabels(first);

    OutputTable out;
    out.columns = {u"region_code"_s, u"start"_s, u"end"_s, u"change"_s, u"national"_s, u"industry_mix"_s,
                   u"regional"_s};
    if (dynamic) {
        analysis::DynamicShiftShareConfig cfg;
        std::vector<Eigen::MatrixXd> values;
        for (const IndustryTable &t : tables) {
            values.push_back(t.values);
            if (useNation)
                cfg.givenNation.push_back(t.nation);
        }
        if (useNation)
            cfg.nation = analysis::NationSource::Given;
        const analysis::DynamicShiftShareResult r = analysis::dynamicShiftShare(values, cfg);
        support::reportWarnings(ctx, r.warnings, labels);
        // start / end are the regions' sums over the industries, NaN cells as 0.
        const Eigen::VectorXd start = first.values.array().isNaN().select(0.0, first.values).rowwise().sum();
        const Eigen::VectorXd end = last.values.array().isNaN().select(0.0, last.values).rowwise().sum();
        for (int i = 0; i < regions.size(); ++i)
            out.rows.append({regions.at(i), start(i), end(i), r.actualChange(i), r.nationalShareTotal(i),
                             r.industryMixTotal(i), r.regionalShiftTotal(i)});
        support::writeTable(ctx, out, format);
        return Ok;
    }

    analysis::ShiftShareConfig cfg;
    if (useNation) {
        cfg.nation = analysis::NationSource::Given;
        cfg.givenNationStart = first.nation;
        cfg.givenNationEnd = last.nation;
    }
    cfg.estebanMarquillas = method == u"esteban-marquillas";
    const analysis::ShiftShareResult r = analysis::shiftShare(first.values, last.values, cfg);
    support::reportWarnings(ctx, r.warnings, labels);
    if (method == u"esteban-marquillas")
        out.columns << u"homothetic_regional"_s << u"allocation"_s;
    else if (method == u"gerfin")
        out.columns << u"gerfin_structural"_s << u"gerfin_regional"_s << u"gerfin_total"_s;
    for (int i = 0; i < regions.size(); ++i) {
        QVariantList line{regions.at(i), r.start(i), r.end(i)};
        if (rates)
            line << r.regionalGrowthRate(i) << r.nationalGrowthRate << r.industryStructureFactor(i)
                 << r.regionSpecificFactor(i);
        else
            line << r.actualChange(i) << r.nationalShare(i) << r.industryMix(i) << r.regionalShift(i);
        if (method == u"esteban-marquillas")
            line << r.homotheticRegionalShift(i) << r.allocationEffect(i);
        else if (method == u"gerfin")
            line << r.gerfinStructural(i) << r.gerfinRegional(i) << r.gerfinTotal(i);
        out.rows.append(line);
    }
    support::writeTable(ctx, out, format);
    return Ok;
}

int runIndices(Context &ctx)
{
    OutputFormat format;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    ObservationSource source;
    if (const int code = support::loadObservations(ctx, &source); code != Ok)
        return code;
    int year = 0;
    if (!support::pickYear(ctx, u"--year"_s, source.years, source.label, &year))
        return BadInput;
    const IndustryTable t = support::tableForYear(source, year, support::regionsOf(source, {year}));
    bool useNation = false;
    if (!support::useNationRow(ctx, t, source.label, &useNation))
        return BadInput;
    analysis::SpecialisationConfig cfg;
    if (useNation) {
        cfg.nation = analysis::NationSource::Given;
        cfg.givenNation = t.nation;
    }
    const analysis::SpecialisationResult r = analysis::specialisation(t.values, cfg);
    support::reportWarnings(ctx, r.warnings, industryLabels(t));
    OutputTable out;
    out.columns = {u"region_code"_s,        u"krugman"_s,    u"krugman_others"_s,
                   u"hoover"_s,             u"gini"_s,       u"herfindahl"_s,
                   u"herfindahl_normalized"_s, u"herfindahl_equivalent"_s, u"theil"_s};
    for (int i = 0; i < t.regions.size(); ++i)
        out.rows.append({t.regions.at(i), r.krugman(i), r.krugmanVsOthers(i), r.hoover(i), r.gini(i),
                         r.herfindahl(i), r.herfindahlNormalised(i), r.herfindahlEquivalent(i), r.theil(i)});
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace regionlens::cli
