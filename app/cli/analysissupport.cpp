// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissupport.h"

#include "tidyinput.h"

#include "datasets/catalog.h"
#include "datasets/starterpack.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using regionlens::datasets::Flow;
using regionlens::datasets::IndustryTable;
using regionlens::datasets::Observation;
using regionlens::datasets::RegionLevel;
using regionlens::datasets::Store;

namespace regionlens::cli::support {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString severityText(analysis::Severity s)
{
    switch (s) {
    case analysis::Severity::Info:
        return u"note"_s;
    case analysis::Severity::Warning:
        return u"warning"_s;
    case analysis::Severity::Error:
        return u"error"_s;
    }
    return u"warning"_s;
}

// --reference national|sum (absent: the "00" rows when the data has them).
bool parseNationRule(Context &ctx, datasets::NationRule *rule)
{
    *rule = datasets::NationRule::NationRowWhenPresent;
    if (!ctx.args.has(u"--reference"_s))
        return true;
    QString reference;
    if (!choiceOption(ctx, u"--reference"_s, {u"national"_s, u"sum"_s}, &reference))
        return false;
    *rule = reference == u"national" ? datasets::NationRule::NationRow : datasets::NationRule::SumOfRegions;
    return true;
}

// --group ID: a preset or block (tokyo_area, kanto …) or a comma list of
// region codes or names, added as one row (flows::resolveGroup, as the flows
// command reads it).
bool parseGroup(Context &ctx, const Store *store, QList<datasets::RegionAggregate> *groups)
{
    groups->clear();
    if (!ctx.args.has(u"--group"_s))
        return true;
    datasets::RegionAggregate group;
    QString error;
    if (!datasets::flows::resolveGroup(store, ctx.args.value(u"--group"_s), &group, &error)) {
        ctx.err << prefix(ctx) << "--group: " << error << '\n';
        return false;
    }
    groups->append(group);
    return true;
}

QString yearList(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(u", "_s);
}

} // namespace

QString prefix(const Context &ctx)
{
    return u"regionlens-cli %1: "_s.arg(ctx.args.command);
}

bool parseFormat(Context &ctx, OutputFormat *format)
{
    QString f;
    if (!choiceOption(ctx, u"--format"_s, {u"csv"_s, u"json"_s}, &f))
        return false;
    *format = f == u"json" ? OutputFormat::Json : OutputFormat::Csv;
    return true;
}

void writeTable(Context &ctx, const OutputTable &table, OutputFormat format)
{
    TableWriter out(ctx, format, table.columns);
    for (const QVariantList &row : table.rows) {
        for (const QVariant &cell : row)
            out << cell;
        out.endRow();
    }
}

bool intOption(Context &ctx, const QString &name, int minimum, std::optional<int> *value)
{
    if (!ctx.args.has(name))
        return true;
    bool ok = false;
    const int v = ctx.args.value(name).toInt(&ok);
    if (!ok || v < minimum) {
        ctx.err << prefix(ctx) << name << " must be an integer ≥ " << minimum << ", not '" << ctx.args.value(name)
                << "'\n";
        return false;
    }
    *value = v;
    return true;
}

bool choiceOption(Context &ctx, const QString &name, const QStringList &allowed, QString *value)
{
    *value = ctx.args.value(name, allowed.first());
    if (allowed.contains(*value))
        return true;
    ctx.err << prefix(ctx) << name << " must be " << allowed.join(u" or "_s) << ", not '" << *value << "'\n";
    return false;
}

bool pickYear(Context &ctx, const QString &name, const QList<int> &years, const QString &source, int *year)
{
    if (!ctx.args.has(name)) {
        if (years.size() == 1) {
            *year = years.first();
            return true;
        }
        ctx.err << prefix(ctx) << name << " Y is required (" << source << " has " << yearList(years) << ")\n";
        return false;
    }
    bool ok = false;
    *year = ctx.args.value(name).toInt(&ok);
    if (!ok) {
        ctx.err << prefix(ctx) << name << " must be a year, not '" << ctx.args.value(name) << "'\n";
        return false;
    }
    if (!years.contains(*year)) {
        ctx.err << prefix(ctx) << source << " has no data for " << *year << " (years: " << yearList(years) << ")\n";
        return false;
    }
    return true;
}

bool openStore(Context &ctx, Store &store)
{
    return openStoreForReading(ctx, store);   // read-only; --db must exist (cli.h)
}

void reportWarnings(Context &ctx, const std::vector<analysis::Warning> &warnings, const Labels &labels)
{
    for (const analysis::Warning &w : warnings) {
        ctx.err << prefix(ctx) << severityText(w.severity) << ": " << QString::fromStdString(w.message);
        QStringList where;
        if (w.row >= 0 && w.row < labels.rows.size())
            where << labels.rowKind + u' ' + labels.rows.at(w.row);
        if (w.column >= 0 && w.column < labels.columns.size())
            where << labels.columnKind + u' ' + labels.columns.at(w.column);
        if (w.count > 1)
            ctx.err << " (" << w.count << " times" << (where.isEmpty() ? u""_s : u"; first at "_s)
                    << where.join(u", "_s) << ')';
        else if (!where.isEmpty())
            ctx.err << " (" << where.join(u", "_s) << ')';
        ctx.err << '\n';
    }
}

bool resultIsUsable(Context &ctx, const std::vector<analysis::Warning> &warnings, const QString &source)
{
    const auto error = std::find_if(warnings.begin(), warnings.end(),
                                    [](const analysis::Warning &w) { return w.severity == analysis::Severity::Error; });
    if (error == warnings.end())
        return true;
    ctx.err << prefix(ctx) << "no result for " << source << ": " << QString::fromStdString(error->message)
            << "; nothing was written\n";
    return false;
}

int openIndustrySource(Context &ctx, IndustrySource *source)
{
    *source = {};
    if (!parseNationRule(ctx, &source->request.nation))
        return BadInput;
    std::optional<RegionLevel> level = RegionLevel::Prefecture;
    if (ctx.args.has(u"--level"_s)) {
        bool ok = false;
        level = datasets::regionLevelFromKey(ctx.args.value(u"--level"_s), &ok);
        if (!ok || level == RegionLevel::Nation) {
            ctx.err << prefix(ctx) << "--level must be prefecture or municipality, not '"
                    << ctx.args.value(u"--level"_s) << "'\n";
            return BadInput;
        }
    }
    source->request.level = *level;
    QStringList present;
    if (ctx.args.has(u"--input"_s)) {
        const QString path = ctx.args.value(u"--input"_s);
        tidyinput::ObservationFile file;
        QString error;
        if (!tidyinput::readObservations(path, ctx.args.value(u"--measure"_s), true, &file, &error)) {
            ctx.err << error << '\n';
            return BadInput;
        }
        source->label = path;
        source->rows = std::move(file.rows);
        source->years = source->rows.years();
        present = source->rows.industries;   // those of the measure's rows
    } else {
        const QString id = ctx.args.value(u"--indicator"_s);
        if (id.isEmpty()) {
            ctx.err << prefix(ctx) << "give --input FILE (tidy CSV) or --indicator ID (from the store, see "
                                      "'regionlens-cli indicators')\n";
            return BadInput;
        }
        source->store = std::make_shared<Store>();
        if (!openStore(ctx, *source->store))
            return Failure;
        const std::optional<datasets::IndicatorInfo> info = source->store->indicator(id);
        if (!info || info->kind != u"observation") {
            ctx.err << prefix(ctx) << "the store has no " << (info ? "region × industry " : "") << "indicator '"
                    << id << "' (see 'regionlens-cli indicators')\n";
            return BadInput;
        }
        source->label = u"indicator '%1'"_s.arg(id);
        source->years = source->store->years(id, *level);
        if (source->years.isEmpty()) {
            ctx.err << prefix(ctx) << source->label << " has no data at the " << datasets::regionLevelKey(*level)
                    << " level\n";
            return BadInput;
        }
        source->request.indicator = id;
        present = source->store->industriesOf(id);
    }
    if (source->request.indicator.isEmpty())
        source->request.indicator = source->label;
    if (!parseGroup(ctx, source->store.get(), &source->request.groups))
        return BadInput;
    if (datasets::industrytables::industryColumns(present, source->request.aggregates).isEmpty()) {
        ctx.err << prefix(ctx) << source->label << " has no industry breakdown (industry_code)\n";
        return BadInput;
    }
    return Ok;
}

bool checkNationRows(Context &ctx, const datasets::IndustryTables &data)
{
    if (ctx.args.value(u"--reference"_s) != u"national")
        return true;
    for (qsizetype i = 0; i < data.tables.size(); ++i) {
        if (data.tables.at(i).hasNation)
            continue;
        ctx.err << prefix(ctx) << "--reference national needs the nation's rows (region_code 00) in " << data.label
                << (data.years.size() > 1 ? u" for %1"_s.arg(data.years.at(i)) : QString())
                << "; use --reference sum for the sum of the regions\n";
        return false;
    }
    return true;
}

void reportConventions(Context &ctx, const datasets::ConventionsUsed &used)
{
    for (const QString &note : datasets::conventionNotes(used))
        ctx.err << prefix(ctx) << "note: " << note << '\n';
}

namespace {

bool readFlowRows(Context &ctx, QList<Flow> *rows, QList<int> *years, QString *label, std::unique_ptr<Store> *store)
{
    if (ctx.args.has(u"--input"_s)) {
        *label = ctx.args.value(u"--input"_s);
        QString error;
        if (!tidyinput::readFlows(*label, rows, &error)) {
            ctx.err << error << '\n';
            return false;
        }
        *years = yearsOf(*rows);
        return true;
    }
    const QString id = ctx.args.value(u"--indicator"_s);
    if (id.isEmpty()) {
        ctx.err << prefix(ctx) << "give --input FILE (origin_code,destination_code,year,value) or --indicator ID "
                                  "(a flow indicator of the store, e.g. migration)\n";
        return false;
    }
    *store = std::make_unique<Store>();
    if (!openStore(ctx, **store))
        return false;
    const std::optional<datasets::IndicatorInfo> info = (*store)->indicator(id);
    if (!info || info->kind != u"flow") {
        ctx.err << prefix(ctx) << "the store has no " << (info ? "origin × destination " : "") << "indicator '" << id
                << "' (see 'regionlens-cli indicators')\n";
        return false;
    }
    *label = u"indicator '%1'"_s.arg(id);
    *years = (*store)->years(id);
    return true;
}

} // namespace

int loadFlows(Context &ctx, const datasets::flows::Request &base, datasets::flows::PopulationSource fallback,
              FlowSource *source)
{
    namespace flows = datasets::flows;
    *source = {};
    flows::Request request = base;
    QList<Flow> rows;
    QList<int> years;
    std::unique_ptr<Store> store;
    if (!readFlowRows(ctx, &rows, &years, &source->label, &store))
        return store && !store->isOpen() ? Failure : BadInput;
    if (years.isEmpty()) {
        ctx.err << prefix(ctx) << source->label << " has no flows\n";
        return BadInput;
    }
    if (!pickYear(ctx, u"--year"_s, years, source->label, &request.year))
        return BadInput;
    if (store) {
        request.indicator = ctx.args.value(u"--indicator"_s);
        rows = store->flows(request.indicator, request.year);
    }
    request.level = store ? flows::Level::Prefecture : flows::Level::FromData;
    if (ctx.args.has(u"--level"_s)) {
        QString level;
        if (!choiceOption(ctx, u"--level"_s, {u"prefecture"_s, u"municipality"_s}, &level))
            return BadInput;
        request.level = level == u"municipality" ? flows::Level::Municipality : flows::Level::Prefecture;
    }

    // Population for rates.
    QList<flows::PopulationRows> population;
    QString populationLabel;
    request.population = store ? fallback : flows::PopulationSource::None;
    if (ctx.args.has(u"--population"_s)) {
        populationLabel = ctx.args.value(u"--population"_s);
        tidyinput::ObservationFile file;
        QString error;
        if (!tidyinput::readObservations(populationLabel, u"population"_s, false, &file, &error)) {
            ctx.err << error << '\n';
            return BadInput;
        }
        population.append({populationLabel, file.rows.toObservations()});
        request.population = flows::PopulationSource::Given;
    } else if (ctx.args.value(u"--population-indicator"_s) == u"none") {
        request.population = flows::PopulationSource::None;
    } else if (ctx.args.has(u"--population-indicator"_s)) {
        request.population = flows::PopulationSource::Indicator;
        request.populationIndicator = ctx.args.value(u"--population-indicator"_s);
        populationLabel = u"indicator '%1'"_s.arg(request.populationIndicator);
    }
    if (request.population == flows::PopulationSource::Default
        || request.population == flows::PopulationSource::Indicator) {
        if (!store) {
            store = std::make_unique<Store>();
            if (!openStore(ctx, *store))
                return Failure;
        }
        if (request.population == flows::PopulationSource::Indicator && !store->indicator(request.populationIndicator)) {
            ctx.err << prefix(ctx) << "the store has no indicator '" << request.populationIndicator
                    << "' (see 'regionlens-cli indicators')\n";
            return BadInput;
        }
        population = flows::populationFromStore(*store, request);
    }
    source->inputs = flows::load(rows, population, request);
    const bool asked = request.population == flows::PopulationSource::Given
        || request.population == flows::PopulationSource::Indicator;
    if (asked && source->inputs.populationYear == 0 && !source->inputs.regions.isEmpty()) {
        ctx.err << prefix(ctx) << populationLabel << " has no population for these regions\n";
        return BadInput;
    }
    return Ok;
}

void reportFlowNotes(Context &ctx, const datasets::flows::Result &result, bool ageWarnings)
{
    for (const QString &note : datasets::flows::conventionNotes(result))
        ctx.err << prefix(ctx) << "note: " << note << '\n';
    if (result.suppressedFlows > 0)
        ctx.err << prefix(ctx) << "warning: " << result.suppressedFlows
                << " flow(s) without a value (empty or footnote) counted as 0\n";
    const Labels labels{u"origin"_s, result.regions, ageWarnings ? u"age class"_s : u"destination"_s,
                        ageWarnings ? result.ageClasses : result.regions};
    reportWarnings(ctx, ageWarnings ? result.ageDetails : result.details, labels);
}

} // namespace regionlens::cli::support
