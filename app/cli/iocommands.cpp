// SPDX-License-Identifier: GPL-3.0-or-later
// io: the input–output commands (産業連関分析), one adapter
// (datasets/adapters/ioadapter.h) with the conventions stated on stderr:
//   io multipliers (--input FILE | --region CODE [--year Y]) [--type 1|2] [--consumption-ratio R]
//   io impact      (--input FILE | --region CODE …) --demand DEMAND.csv [--type 1|2] [--consumption-ratio R]
//   io circulation (--input FILE | --region CODE …)   (an estimated table: final demand from
//                  the region's population and estimated value added, see ioadapter.h)
// --region CODE --table estimated [--method flq|slq|cilq|aflq] [--delta D]:
// the national table regionalised with the store's employees (labelled ESTIMATED).
//   io tables      [--region CODE]   the stored tables with their 出典 and licence
// (--region reads the store's official table, stored by `import`: runIoImport below),
// and the adapter's conventions as options: --model auto|competitive|closed,
// --value-added all|gdp. FILE is the wide CSV layout of datasets/iowidecsv.h;
// DEMAND.csv is sector,amount. Rejected input exits 2 naming the file, the
// line and the column.
#include "analysissupport.h"

#include "datasets/adapters/ioadapter.h"
#include "datasets/importsupport.h"
#include "datasets/iostore.h"
#include "datasets/iowidecsv.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;
namespace io = regionlens::datasets::inputoutput;
namespace iowide = regionlens::datasets::iowide;

namespace regionlens::cli {
namespace {

using support::OutputFormat;
using support::OutputTable;

double at(const QVector<double> &v, qsizetype i)
{
    return i < v.size() ? v.at(i) : std::nan("");
}

void problem(Context &ctx, const iowide::Problem &p)
{
    ctx.err << support::prefix(ctx) << p.text() << '\n';
}

// The Request's conventions from the options; false after a message.
bool parseRequest(Context &ctx, io::Request *request)
{
    QString type, model, valueAdded;
    if (!support::choiceOption(ctx, u"--type"_s, {u"1"_s, u"2"_s}, &type) ||
        !support::choiceOption(ctx, u"--model"_s, {u"auto"_s, u"competitive"_s, u"closed"_s}, &model) ||
        !support::choiceOption(ctx, u"--value-added"_s, {u"all"_s, u"gdp"_s}, &valueAdded))
        return false;
    request->type = type == u"2" ? analysis::MultiplierType::TypeII : analysis::MultiplierType::TypeI;
    request->imports = model == u"competitive" ? analysis::ImportTreatment::CompetitiveImports
                       : model == u"closed"    ? analysis::ImportTreatment::Closed
                                               : analysis::ImportTreatment::Auto;
    request->valueAdded =
        valueAdded == u"gdp" ? io::ValueAddedBasis::WithoutHouseholdExternal : io::ValueAddedBasis::AllRows;
    if (ctx.args.has(u"--consumption-ratio"_s)) {
        bool ok = false;
        const double r = ctx.args.value(u"--consumption-ratio"_s).toDouble(&ok);
        if (!ok || !(r >= 0.0 && r <= 1.0)) {
            ctx.err << support::prefix(ctx) << "--consumption-ratio must be a number from 0 to 1, not '"
                    << ctx.args.value(u"--consumption-ratio"_s) << "'\n";
            return false;
        }
        request->consumptionRatio = r;
        request->consumptionRatioSource = io::ConsumptionRatioSource::Given;
        if (request->type == analysis::MultiplierType::TypeI)
            ctx.err << support::prefix(ctx) << "note: --consumption-ratio is used by type 2 only\n";
    }
    return true;
}

// The table named by --input, or the store's table of --region, loaded
// through the adapter.
int loadTable(Context &ctx, io::Request request, io::Inputs *inputs)
{
    if (ctx.args.has(u"--input"_s) == ctx.args.has(u"--region"_s)) {
        ctx.err << support::prefix(ctx) << "give --input FILE (a wide input-output CSV: sector, one column per "
                                           "sector, final demand, [imports], [output]) or --region CODE (a table "
                                           "of the store)\n";
        return BadInput;
    }
    if (ctx.args.has(u"--input"_s)) {
        iowide::WideTable table;
        iowide::Problem p;
        if (!iowide::readWideTable(ctx.args.value(u"--input"_s), &table, &p)) {
            problem(ctx, p);
            return BadInput;
        }
        *inputs = io::load(table, request);
        return Ok;
    }
    QString kind;
    std::optional<int> year;
    if (!support::choiceOption(ctx, u"--table"_s, {u"official"_s, u"estimated"_s}, &kind) ||
        !support::intOption(ctx, u"--year"_s, 1, &year))
        return BadInput;
    if (kind == u"estimated") {
        QString method;
        if (!support::choiceOption(ctx, u"--method"_s, {u"flq"_s, u"slq"_s, u"cilq"_s, u"aflq"_s}, &method))
            return BadInput;
        request.method = method == u"slq"_s    ? analysis::LqMethod::Slq
                         : method == u"cilq"_s ? analysis::LqMethod::Cilq
                         : method == u"aflq"_s ? analysis::LqMethod::Aflq
                                               : analysis::LqMethod::Flq;
        if (ctx.args.has(u"--delta"_s)) {
            bool ok = false;
            const double d = ctx.args.value(u"--delta"_s).toDouble(&ok);
            if (!ok || !(d >= 0.0 && d < 1.0)) {
                ctx.err << support::prefix(ctx) << "--delta must be a number from 0 to below 1, not '"
                        << ctx.args.value(u"--delta"_s) << "'\n";
                return BadInput;
            }
            request.delta = d;
        }
    } else if (ctx.args.has(u"--method"_s) || ctx.args.has(u"--delta"_s)) {
        ctx.err << support::prefix(ctx) << "--method and --delta need --table estimated\n";
        return BadInput;
    }
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    QString why;
    const QString region =
        datasets::importsupport::RegionResolver(store.regions()).resolve(ctx.args.value(u"--region"_s), &why);
    if (region.isEmpty()) {
        ctx.err << support::prefix(ctx) << "--region: " << why << '\n';
        return BadInput;
    }
    request.region = region;
    request.year = year.value_or(0);
    request.table = kind == u"estimated" ? datasets::iostore::TableKind::Estimated
                                         : datasets::iostore::TableKind::Official;
    *inputs = io::load(store, request);
    if (!inputs->problem.isEmpty()) {
        ctx.err << support::prefix(ctx) << inputs->problem << '\n';
        return BadInput;
    }
    return Ok;
}

// Notes and warnings of a result on stderr; Failure when there is no model.
int report(Context &ctx, const io::Result &result)
{
    for (const QString &n : result.notes)
        ctx.err << support::prefix(ctx) << "note: " << n << '\n';
    support::reportWarnings(ctx, result.issues, {u"sector"_s, result.sectors, u"sector"_s, result.sectors});
    if (result.valid)
        return Ok;
    ctx.err << support::prefix(ctx) << "the table has no Leontief inverse (see the warnings above)\n";
    return Failure;
}

int runMultipliers(Context &ctx, OutputFormat format, const io::Inputs &inputs)
{
    const io::Result r = io::compute(inputs);
    if (const int code = report(ctx, r); code != Ok)
        return code;
    OutputTable out;
    out.columns = {u"sector"_s,          u"output_multiplier"_s, u"value_added_multiplier"_s, u"income_multiplier"_s,
                   u"backward_linkage"_s, u"forward_linkage"_s};
    if (r.hasEmployees())
        out.columns << u"employment_multiplier"_s;
    for (qsizetype i = 0; i < r.sectors.size(); ++i) {
        QVariantList row{r.sectors.at(i),           at(r.outputMultiplier, i), at(r.valueAddedMultiplier, i),
                         at(r.incomeMultiplier, i), at(r.backwardLinkage, i),  at(r.forwardLinkage, i)};
        if (r.hasEmployees())
            row << at(r.employmentMultiplier, i);
        out.rows.append(row);
    }
    support::writeTable(ctx, out, format);
    return Ok;
}

int runImpact(Context &ctx, OutputFormat format, io::Inputs inputs)
{
    if (!ctx.args.has(u"--demand"_s)) {
        ctx.err << support::prefix(ctx) << "give --demand DEMAND.csv (sector,amount)\n";
        return BadInput;
    }
    iowide::DemandFile demand;
    iowide::Problem p;
    if (!iowide::readDemand(ctx.args.value(u"--demand"_s), &demand, &p) ||
        !iowide::demandBySector(demand, inputs.sectors, &inputs.request.demand, &p)) {
        problem(ctx, p);
        return BadInput;
    }
    const io::Result r = io::compute(inputs);
    if (const int code = report(ctx, r); code != Ok)
        return code;
    if (!r.hasImpact) {
        ctx.err << support::prefix(ctx) << "no impact computed (see the warnings above)\n";
        return Failure;
    }
    const auto sum = [](const QVector<double> &v) {
        double s = 0.0;
        for (double x : v)
            s += x;
        return s;
    };
    ctx.err << support::prefix(ctx) << "note: 波及倍率 (total ÷ direct): output " << formatNumber(r.outputRatio)
            << ", value added " << formatNumber(r.valueAddedRatio) << ", income " << formatNumber(r.incomeRatio);
    if (r.hasEmployees())
        ctx.err << ", employees " << formatNumber(r.employeesRatio);
    ctx.err << '\n';
    if (inputs.request.type == analysis::MultiplierType::TypeII)
        ctx.err << support::prefix(ctx) << "note: induced 雇用者所得 " << formatNumber(r.inducedIncome)
                << ", consumption " << formatNumber(r.inducedConsumption) << '\n';

    OutputTable out;
    out.columns = {u"effect"_s, u"sector"_s, u"output"_s, u"value_added"_s, u"income"_s};
    if (r.hasEmployees())
        out.columns << u"employees"_s;
    const std::pair<QString, const io::Effect *> effects[] = {
        {u"direct"_s, &r.direct}, {u"indirect1"_s, &r.indirect1}, {u"indirect2"_s, &r.indirect2},
        {u"total"_s, &r.total}};
    for (const auto &[name, e] : effects) {
        for (qsizetype i = 0; i < r.sectors.size(); ++i) {
            QVariantList row{name, r.sectors.at(i), at(e->output, i), at(e->valueAdded, i), at(e->income, i)};
            if (r.hasEmployees())
                row << at(e->employees, i);
            out.rows.append(row);
        }
        // The sum over sectors (industry code TOTAL, as in the tidy tables).
        QVariantList row{name, u"TOTAL"_s, sum(e->output), sum(e->valueAdded), sum(e->income)};
        if (r.hasEmployees())
            row << sum(e->employees);
        out.rows.append(row);
    }
    support::writeTable(ctx, out, format);
    return Ok;
}

int runCirculation(Context &ctx, OutputFormat format, const io::Inputs &inputs)
{
    if (inputs.estimated && !(inputs.regionalPopulation > 0.0)) {
        ctx.err << support::prefix(ctx) << "io circulation of an estimated table needs the region's population "
                                           "(indicator population) in the store\n";
        return BadInput;
    }
    const io::Result r = io::compute(inputs);
    if (const int code = report(ctx, r); code != Ok)
        return code;
    const io::Circulation &c = r.circulation;
    ctx.err << support::prefix(ctx)
            << "note: an input-output table is place-of-work based: 分配 = 生産 and the 地域経済循環率 is 1 by "
               "construction\n";
    OutputTable out;
    out.columns = {u"stage"_s, u"item"_s, u"value"_s};
    const std::pair<const char *, std::pair<const char *, double>> items[] = {
        {"production", {"gross_value_added", c.production}},
        {"distribution", {"compensation", c.compensation}},
        {"distribution", {"other_income", c.otherIncome}},
        {"distribution", {"total", c.distribution}},
        {"expenditure", {"household_consumption", c.householdConsumption}},
        {"expenditure", {"government_consumption", c.governmentConsumption}},
        {"expenditure", {"investment", c.investment}},
        {"expenditure", {"other_final_demand", c.otherDemand}},
        {"expenditure", {"exports", c.exports}},
        {"expenditure", {"imports", c.imports}},
        {"expenditure", {"net_exports", c.netExports}},
        {"expenditure", {"total", c.expenditure}},
        {"expenditure", {"discrepancy", c.discrepancy}},
        {"circulation_rate", {"circulation_rate", c.circulationRate}},
    };
    for (const auto &[stage, item] : items)
        out.rows.append({QString::fromLatin1(stage), QString::fromLatin1(item.first), item.second});
    for (qsizetype i = 0; i < r.sectors.size(); ++i)
        out.rows.append({u"production"_s, u"gross_value_added:"_s + r.sectors.at(i), at(c.grossValueAdded, i)});
    for (qsizetype i = 0; i < r.sectors.size(); ++i)
        out.rows.append({u"expenditure"_s, u"net_exports:"_s + r.sectors.at(i), at(c.netExportsBySector, i)});
    support::writeTable(ctx, out, format);
    return Ok;
}

// The store's tables (the starter pack's and imported ones) with 出典 and licence.
int runTables(Context &ctx, OutputFormat format)
{
    datasets::Store store;
    if (!support::openStore(ctx, store))
        return Failure;
    QString region;
    if (ctx.args.has(u"--region"_s)) {
        QString why;
        region = datasets::importsupport::RegionResolver(store.regions()).resolve(ctx.args.value(u"--region"_s), &why);
        if (region.isEmpty()) {
            ctx.err << support::prefix(ctx) << "--region: " << why << '\n';
            return BadInput;
        }
    }
    OutputTable out;
    out.columns = {u"region"_s, u"year"_s, u"kind"_s, u"sectors"_s, u"unit"_s, u"licence"_s, u"source"_s};
    for (const datasets::iostore::TableInfo &t : datasets::iostore::tables(store, region))
        out.rows.append({t.region, t.year, datasets::iostore::tableKindKey(t.kind), t.sectors, t.unit, t.licence,
                         t.source});
    support::writeTable(ctx, out, format);
    return Ok;
}

} // namespace

int runIo(Context &ctx)
{
    const QString sub = ctx.args.positional.value(0);
    const QStringList subcommands{u"multipliers"_s, u"impact"_s, u"circulation"_s, u"tables"_s};
    if (!subcommands.contains(sub)) {
        ctx.err << support::prefix(ctx) << "give a subcommand: multipliers, impact, circulation or tables"
                << (sub.isEmpty() ? QString() : u" (not '%1')"_s.arg(sub)) << '\n';
        return BadInput;
    }
    OutputFormat format;
    io::Request request;
    if (!support::parseFormat(ctx, &format))
        return BadInput;
    if (sub == u"tables"_s)
        return runTables(ctx, format);
    if (!parseRequest(ctx, &request))
        return BadInput;
    io::Inputs inputs;
    if (const int code = loadTable(ctx, request, &inputs); code != Ok)
        return code;
    if (sub == u"multipliers")
        return runMultipliers(ctx, format, inputs);
    if (sub == u"impact")
        return runImpact(ctx, format, std::move(inputs));
    return runCirculation(ctx, format, inputs);
}

int runIoImport(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    const QString format = ctx.args.value(u"--format"_s, u"auto"_s);
    const auto prefix = u"regionlens-cli import: "_s;
    QList<datasets::iostore::TableRecord> records;
    iowide::Problem p;
    if (format == u"io-wide") {
        std::optional<int> year;
        if (!ctx.args.has(u"--region"_s) || !ctx.args.has(u"--year"_s) ||
            !support::intOption(ctx, u"--year"_s, 1, &year)) {
            ctx.err << prefix << "a wide input-output table needs --region CODE and --year Y\n";
            return BadInput;
        }
        iowide::WideTable table;
        if (!iowide::readWideTable(path, &table, &p)) {
            ctx.err << prefix << p.text() << '\n';
            return BadInput;
        }
        datasets::iostore::TableRecord r;
        r.table = table.table;
        r.info.region = ctx.args.value(u"--region"_s);
        r.info.year = *year;
        r.info.unit = ctx.args.value(u"--unit"_s);
        r.info.source = QFileInfo(path).fileName();
        records << r;
    } else if (!datasets::iostore::readTwelveSectorFile(path, &records, &p)) {
        ctx.err << prefix << p.text() << '\n';
        return BadInput;
    }
    datasets::Store store;
    QString error;
    if (!datasets::openOrCreateStore(store, storePath(ctx.args), &error)) {
        ctx.err << "regionlens-cli: " << error << '\n';
        return Failure;
    }
    const datasets::importsupport::RegionResolver resolver(store.regions());
    int stored = 0;
    QStringList skipped;
    const bool ok = store.transaction([&](QString *why) {
        for (datasets::iostore::TableRecord &r : records) {
            const QString code = resolver.resolve(r.info.region);
            if (code.isEmpty()) {
                skipped << r.info.region;
                continue;
            }
            r.info.region = code;
            if (!datasets::iostore::writeTable(store, r, why))
                return false;
            ++stored;
        }
        return store.logImport(path, format == u"io-wide" ? u"io-wide"_s : u"io-12sector"_s, u""_s, stored,
                               skipped.size(), why);
    });
    if (!ok) {
        ctx.err << path << ": not stored: " << store.errorString() << '\n';
        return Failure;
    }
    if (format == u"io-wide" && stored == 0) {
        ctx.err << prefix << "--region: no region '" << ctx.args.value(u"--region"_s) << "' in the store\n";
        return BadInput;
    }
    if (!skipped.isEmpty())
        ctx.err << prefix << "note: " << skipped.size() << " table(s) of regions the store does not know were left out: "
                << skipped.join(u", "_s) << '\n';
    ctx.out << "input-output tables: " << stored << " stored\nstored in " << store.path() << '\n';
    return Ok;
}

} // namespace regionlens::cli
