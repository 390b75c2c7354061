// SPDX-License-Identifier: GPL-3.0-or-later
// Origin × destination analyses: flows (in/out/net/turnover, MEI, ANMR, CMP,
// top flows, net by age, groups) and gravity (Poisson spatial interaction
// models). Input: a long OD CSV (--input FILE) or a store flow indicator
// (--indicator ID), both through the flows adapter (datasets/adapters), whose
// conventions are noted on stderr.
#include "analysissupport.h"
#include "tidyinput.h"

#include "analysis/gravity.h"
#include "analysis/migration.h"
#include "datasets/geometry.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using regionlens::datasets::Flow;
using regionlens::datasets::RegionAggregate;
namespace flows = regionlens::datasets::flows;

namespace regionlens::cli {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using support::FlowSource;
using support::Labels;
using support::OutputFormat;
using support::OutputTable;

Labels odLabels(const QStringList &regions)
{
    return {u"origin"_s, regions, u"destination"_s, regions};
}

int runFlowsByAge(Context &ctx, const FlowSource &source, const flows::Result &r, OutputFormat format)
{
    if (!r.hasAges) {
        ctx.err << support::prefix(ctx) << source.label << " has no age classes (age_class) for " << r.year << '\n';
        return BadInput;
    }
    OutputTable out;
    out.columns = {u"region_code"_s, u"age_class"_s, u"inflow"_s, u"outflow"_s, u"net"_s};
    for (int i = 0; i < r.regions.size(); ++i)
        for (int a = 0; a < r.ageClasses.size(); ++a)
            out.rows.append({r.regions.at(i), r.ageClasses.at(a), r.ageInflow.at(i, a), r.ageOutflow.at(i, a),
                             r.ageNet.at(i, a)});
    support::writeTable(ctx, out, format);
    return Ok;
}

// --level municipality on the store without flows between municipalities in
// the year: the municipal net from the movers in and out (SSDSE-A A5101,
// A5102) through the flows adapter, as on the flows page's municipal map.
int runMunicipalCounts(Context &ctx, const FlowSource &source, OutputFormat format)
{
    const int year = source.inputs.year;
    for (const QString &option : {u"--summary"_s, u"--top"_s, u"--region"_s, u"--by-age"_s, u"--group"_s,
                                  u"--population"_s})
        if (ctx.args.has(option)) {
            ctx.err << support::prefix(ctx) << source.label << " has no flows between municipalities in " << year
                    << "; the movers in and out of each municipality give its in/out/net only (not " << option
                    << ")\n";
            return BadInput;
        }
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    flows::MunicipalRequest request;
    request.indicator = ctx.args.value(u"--indicator"_s);
    request.year = year;
    if (ctx.args.value(u"--population-indicator"_s) == u"none") {
        request.population = flows::PopulationSource::None;
    } else if (ctx.args.has(u"--population-indicator"_s)) {
        request.population = flows::PopulationSource::Indicator;
        request.populationIndicator = ctx.args.value(u"--population-indicator"_s);
    }
    const flows::MunicipalResult m = flows::computeMunicipal(flows::loadMunicipal(store, request));
    if (m.source != flows::MunicipalInputs::Source::InOut) {
        ctx.err << support::prefix(ctx) << source.label << " has no flows between municipalities in " << year
                << " and the store has no movers in and out (SSDSE-A A5101, A5102)\n";
        return BadInput;
    }
    ctx.err << support::prefix(ctx) << "note: no flows between municipalities in " << year << ": net migration of "
            << m.year << " = movers in (" << m.inIndicator << ") − out (" << m.outIndicator
            << "), moves within the prefecture included\n";
    if (m.populationYear > 0)
        ctx.err << support::prefix(ctx) << "note: population for rates: " << m.populationIndicator << " of "
                << m.populationYear << '\n';
    OutputTable out;
    out.columns = {u"region_code"_s, u"inflow"_s, u"outflow"_s, u"net"_s, u"turnover"_s};
    if (m.populationYear > 0)
        out.columns << u"net_rate"_s;
    QStringList codes = m.net.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : std::as_const(codes)) {
        const double in = m.inflow.value(code);
        const double outflow = m.outflow.value(code);
        QVariantList line{code, in, outflow, m.net.value(code), in + outflow};
        if (m.populationYear > 0)
            line << m.netPerThousand.value(code, kNaN);
        out.rows.append(line);
    }
    support::writeTable(ctx, out, format);
    return Ok;
}

// Region centroids (largest polygon) from the store's boundaries.
int centroidDistances(Context &ctx, const QStringList &regions, Eigen::MatrixXd *distances)
{
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    QHash<QString, QPointF> centroids;
    for (const datasets::RegionLevel level : {datasets::RegionLevel::Prefecture, datasets::RegionLevel::Municipality})
        for (const datasets::BoundaryFeature &f : store.boundaries(level))
            centroids.insert(f.code, datasets::geometry::mainCentroid(f.polygons));
    Eigen::VectorXd lat(regions.size()), lon(regions.size());
    for (int i = 0; i < regions.size(); ++i) {
        const auto it = centroids.constFind(regions.at(i));
        if (it == centroids.constEnd()) {
            ctx.err << support::prefix(ctx) << "the store has no boundary for region " << regions.at(i)
                    << " to measure distances from; give --distance FILE (origin_code,destination_code,distance)\n";
            return BadInput;
        }
        lat(i) = it->y();
        lon(i) = it->x();
    }
    *distances = analysis::greatCircleDistances(lat, lon);
    return Ok;
}

int fileDistances(Context &ctx, const QStringList &regions, Eigen::MatrixXd *distances)
{
    tidyinput::DistanceTable table;
    QString error;
    if (!tidyinput::readDistances(ctx.args.value(u"--distance"_s), &table, &error)) {
        ctx.err << error << '\n';
        return BadInput;
    }
    const Eigen::Index n = regions.size();
    *distances = Eigen::MatrixXd::Constant(n, n, kNaN);
    Eigen::Index missing = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j) {
            if (i == j) {
                (*distances)(i, j) = 0.0;
                continue;
            }
            const auto o = table.constFind(regions.at(i));
            if (o != table.constEnd() && o->contains(regions.at(j)))
                (*distances)(i, j) = o->value(regions.at(j));
            else
                ++missing;
        }
    if (missing > 0)
        ctx.err << support::prefix(ctx) << "warning: " << missing << " origin–destination pair(s) have no distance in "
                << ctx.args.value(u"--distance"_s) << " and are left out\n";
    return Ok;
}

QString termName(const std::string &name, const QStringList &regions)
{
    const QString text = QString::fromStdString(name);
    for (const QString &kind : {u"origin"_s, u"destination"_s}) {
        if (text.startsWith(kind + u'[') && text.endsWith(u']')) {
            bool ok = false;
            const int index = text.mid(kind.size() + 1, text.size() - kind.size() - 2).toInt(&ok);
            if (ok && index >= 0 && index < regions.size())
                return u"%1[%2]"_s.arg(kind, regions.at(index));
        }
    }
    if (text == u"ln origin mass")
        return u"ln_origin_mass"_s;
    if (text == u"ln destination mass")
        return u"ln_destination_mass"_s;
    if (text.startsWith(u"distance"))
        return u"distance"_s;
    return text;
}

} // namespace

int runFlows(Context &ctx)
{
    OutputFormat format;
    std::optional<int> top;
    if (!support::parseFormat(ctx, &format) || !support::intOption(ctx, u"--top"_s, 1, &top))
        return BadInput;
    flows::Request request;
    request.topN = top.value_or(0);
    // --group ID (preset, block or comma list) adds the group's row; --region
    // group:ID makes a group the focus.
    for (const QString &option : {u"--group"_s, u"--region"_s}) {
        const QString spec = ctx.args.value(option);
        if (spec.isEmpty() || (option == u"--region" && !spec.startsWith(u"group:")))
            continue;
        RegionAggregate group;
        QString error;
        if (!flows::resolveGroup(nullptr, spec, &group, &error)) {
            ctx.err << support::prefix(ctx) << error << '\n';
            return BadInput;
        }
        if (option == u"--region")
            request.focus = group.code;
        if (std::none_of(request.groups.cbegin(), request.groups.cend(),
                         [&](const RegionAggregate &g) { return g.code == group.code; }))
            request.groups.append(group);
    }
    const bool focused = ctx.args.has(u"--region"_s);
    for (const QString &option : {u"--partners"_s, u"--blocks"_s})
        if (ctx.args.has(option) && !focused) {
            ctx.err << support::prefix(ctx) << option << " needs --region CODE (the region whose flows it lists)\n";
            return BadInput;
        }
    if (focused) {
        if (request.focus.isEmpty())
            request.focus = ctx.args.value(u"--region"_s);
        request.focusTopN = top.value_or(10);
    }
    FlowSource source;
    if (const int code = support::loadFlows(ctx, request, flows::PopulationSource::Default, &source); code != Ok)
        return code;
    if (focused && !request.focus.startsWith(u"group:") && !source.inputs.regions.contains(request.focus)) {
        ctx.err << support::prefix(ctx) << source.label << " has no flows of region " << request.focus << " in "
                << source.inputs.year << '\n';
        return BadInput;
    }
    if (source.inputs.level == flows::Level::Municipality && source.inputs.flows.isEmpty()
        && !ctx.args.has(u"--input"_s))
        return runMunicipalCounts(ctx, source, format);
    const flows::Result r = flows::compute(source.inputs);
    const bool byAge = ctx.args.has(u"--by-age"_s);
    support::reportFlowNotes(ctx, r, byAge);
    if (!support::resultIsUsable(ctx, byAge ? r.ageDetails : r.details, source.label))
        return BadInput;
    if (byAge)
        return runFlowsByAge(ctx, source, r, format);

    const bool havePopulation = r.populationYear > 0;
    OutputTable out;
    if (ctx.args.has(u"--summary"_s)) {
        out.columns = {u"mei"_s};
        QVariantList line{r.effectiveness};
        if (havePopulation) {
            out.columns << u"anmr"_s << u"cmp"_s;
            line << r.aggregateNetMigrationRate << r.crudeMigrationProbability;
        }
        out.rows.append(line);
    } else if (focused && ctx.args.has(u"--partners"_s)) {
        // The flows page's region table: every partner by turnover, shares of
        // the region's own in- and out-moves (--top N: the first N).
        out.columns = {u"partner_code"_s, u"inflow"_s, u"outflow"_s, u"net"_s, u"in_share"_s, u"out_share"_s};
        const flows::RegionFlows &f = r.focusFlows;
        for (const flows::PartnerFlow &p : f.topByTurnover(top.value_or(0)))
            out.rows.append({p.partner, p.inflow, p.outflow, p.net, p.inShare, p.outShare});
    } else if (focused && ctx.args.has(u"--blocks"_s)) {
        // Net migration by 地域ブロック (the region itself left out of its block).
        out.columns = {u"block_id"_s, u"inflow"_s, u"outflow"_s, u"net"_s};
        for (const flows::BlockNet &b : r.focusFlows.blocks)
            out.rows.append({b.id, b.inflow, b.outflow, b.net});
    } else if (focused) {
        out.columns = {u"direction"_s, u"rank"_s, u"origin_code"_s, u"destination_code"_s, u"value"_s};
        for (const auto &[direction, list] : {std::pair{u"in"_s, &r.focusInflows}, std::pair{u"out"_s, &r.focusOutflows}})
            for (qsizetype k = 0; k < list->size(); ++k) {
                const flows::FlowRecord &f = list->at(k);
                out.rows.append({direction, int(k + 1), f.origin, f.destination, f.value});
            }
    } else if (top) {
        out.columns = {u"rank"_s, u"origin_code"_s, u"destination_code"_s, u"value"_s};
        for (qsizetype k = 0; k < r.topFlows.size(); ++k) {
            const flows::FlowRecord &f = r.topFlows.at(k);
            out.rows.append({int(k + 1), f.origin, f.destination, f.value});
        }
    } else {
        out.columns = {u"region_code"_s, u"inflow"_s, u"outflow"_s, u"net"_s, u"turnover"_s};
        if (havePopulation)
            out.columns << u"net_rate"_s;
        for (const QString &code : r.regions) {
            QVariantList line{code, r.inflow.value(code), r.outflow.value(code), r.net.value(code),
                              r.turnover.value(code)};
            if (havePopulation)
                line << r.netPerThousand.value(code, kNaN);
            out.rows.append(line);
        }
        for (const flows::GroupFlows &g : r.groups) {
            QVariantList line{g.code, g.inflow, g.outflow, g.net, g.turnover};
            if (havePopulation)
                line << g.netPerThousand;
            out.rows.append(line);
        }
    }
    support::writeTable(ctx, out, format);
    return Ok;
}

int runGravity(Context &ctx)
{
    OutputFormat format;
    QString model, decay;
    if (!support::parseFormat(ctx, &format)
        || !support::choiceOption(ctx, u"--model"_s, {u"doubly"_s, u"unconstrained"_s, u"production"_s, u"attraction"_s},
                                  &model)
        || !support::choiceOption(ctx, u"--decay"_s, {u"exp"_s, u"pow"_s}, &decay))
        return BadInput;
    FlowSource source;
    if (const int code = support::loadFlows(ctx, flows::Request{}, flows::PopulationSource::None, &source); code != Ok)
        return code;
    for (const QString &note : flows::conventionNotes(source.inputs).mid(0, 2))
        ctx.err << support::prefix(ctx) << "note: " << note << '\n';
    const datasets::OdMatrix m = flows::odMatrix(source.inputs);
    if (m.suppressedCells > 0)
        ctx.err << support::prefix(ctx) << "warning: " << m.suppressedCells
                << " flow(s) without a value (empty or footnote) counted as 0\n";
    if (m.regions.size() < 3) {
        ctx.err << support::prefix(ctx) << source.label << " has flows between " << m.regions.size()
                << " regions only; a gravity model needs at least 3\n";
        return BadInput;
    }
    analysis::GravityConfig cfg;
    cfg.model = model == u"unconstrained" ? analysis::GravityModel::Unconstrained
                : model == u"production"  ? analysis::GravityModel::ProductionConstrained
                : model == u"attraction"  ? analysis::GravityModel::AttractionConstrained
                                          : analysis::GravityModel::DoublyConstrained;
    cfg.decay = decay == u"pow" ? analysis::DistanceDecay::Power : analysis::DistanceDecay::Exponential;

    Eigen::MatrixXd distances;
    const int code = ctx.args.has(u"--distance"_s) ? fileDistances(ctx, m.regions, &distances)
                                                   : centroidDistances(ctx, m.regions, &distances);
    if (code != Ok)
        return code;

    if (model != u"doubly") {
        if (source.inputs.populationYear > 0) {
            cfg.originMass = flows::populationVector(source.inputs);
            cfg.destinationMass = cfg.originMass;
        } else {
            // Without masses, the observed totals stand in for them.
            const Eigen::MatrixXd offDiagonal =
                m.values - Eigen::MatrixXd(m.values.diagonal().asDiagonal());
            cfg.originMass = offDiagonal.rowwise().sum();
            cfg.destinationMass = offDiagonal.colwise().sum().transpose();
            ctx.err << support::prefix(ctx)
                    << "note: masses are the observed out- and inflow totals (give --population FILE or "
                       "--population-indicator ID for populations)\n";
        }
    }
    const analysis::GravityResult r = analysis::fitGravity(m.values, distances, cfg);
    support::reportWarnings(ctx, r.warnings, odLabels(m.regions));

    OutputTable out;
    out.columns = {u"term"_s, u"estimate"_s, u"std_error"_s};
    for (Eigen::Index k = 0; k < r.parameters.size(); ++k)
        out.rows.append({termName(r.parameterNames[std::size_t(k)], m.regions), r.parameters(k),
                         k < r.standardErrors.size() ? r.standardErrors(k) : kNaN});
    const std::pair<const char16_t *, double> stats[] = {
        {u"deviance", r.deviance},          {u"null_deviance", r.nullDeviance},
        {u"log_likelihood", r.logLikelihood}, {u"aic", r.aic},
        {u"pseudo_r2", r.pseudoR2},         {u"adjusted_pseudo_r2", r.adjustedPseudoR2},
        {u"deviance_r2", r.devianceR2},     {u"srmse", r.srmse},
        {u"ssi", r.ssi},                    {u"observations", double(r.observations)},
        {u"iterations", double(r.iterations)}, {u"converged", r.converged ? 1.0 : 0.0},
    };
    for (const auto &[name, value] : stats)
        out.rows.append({QString::fromUtf16(name), value, kNaN});
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace regionlens::cli
