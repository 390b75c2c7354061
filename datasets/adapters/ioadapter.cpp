// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioadapter.h"

#include "adaptersupport.h"

#include "datasets/store.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::analysis::ImportTreatment;
using regionlens::analysis::MultiplierType;

namespace regionlens::datasets::inputoutput {
namespace {

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << u'"' + n + u'"';
    return q.join(u", "_s);
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

Effect effectOf(const analysis::IoEffect &e)
{
    return {adaptersupport::toVector(e.output), adaptersupport::toVector(e.valueAdded),
            adaptersupport::toVector(e.income), adaptersupport::toVector(e.employees)};
}

Circulation circulationOf(const analysis::IoCirculation &c)
{
    Circulation out;
    out.production = c.production;
    out.compensation = c.compensation;
    out.otherIncome = c.otherIncome;
    out.distribution = c.distribution;
    out.circulationRate = c.circulationRate;
    out.householdConsumption = c.householdConsumption;
    out.governmentConsumption = c.governmentConsumption;
    out.investment = c.investment;
    out.otherDemand = c.otherDemand;
    out.exports = c.exports;
    out.imports = c.imports;
    out.netExports = c.netExports;
    out.expenditure = c.expenditure;
    out.discrepancy = c.discrepancy;
    out.residenceIncome = c.residenceIncome;
    out.incomeInflow = c.incomeInflow;
    out.residenceCirculationRate = c.residenceCirculationRate;
    out.grossValueAdded = adaptersupport::toVector(c.grossValueAdded);
    out.netExportsBySector = adaptersupport::toVector(c.netExportsBySector);
    return out;
}

void take(Result &out, std::vector<analysis::Warning> warnings)
{
    adaptersupport::appendMessages(out.warnings, warnings);
    out.issues.insert(out.issues.end(), std::make_move_iterator(warnings.begin()),
                      std::make_move_iterator(warnings.end()));
}

QStringList conventionNotes(const Inputs &in, const Result &r)
{
    const Request &q = in.request;
    QStringList notes;
    notes << u"table: %1, %2 sectors, amounts as given (no unit conversion)%3"_s.arg(in.source)
                 .arg(in.sectors.size())
                 .arg(in.estimated ? u"; an ESTIMATE (regionalised from the national table)"_s : QString());
    notes << in.tableNotes;
    if (!in.regionalEmployees.empty())
        notes << u"model: regional coefficients min(t_ij, 1) × the national domestic coefficients (I − M̂_N)A_N, "
                 u"national value-added, income and employee ratios, regional output from employees; inverse "
                 u"[I − r]⁻¹; 自給率 implied by the coefficients"_s;
    else if (r.competitiveImports)
        notes << u"model: competitive imports (競争移入型), m_i = imports ÷ (intermediate demand + final demand "
                 u"other than exports); inverse [I − (I − M̂)A]⁻¹"_s;
    else
        notes << (q.imports == ImportTreatment::Closed ? u"model: closed (imports ignored as requested); inverse "
                                                         u"(I − A)⁻¹"_s
                                                       : u"model: closed (the table has no imports); inverse "
                                                         u"(I − A)⁻¹"_s);
    if (q.clipImportCoefficients)
        notes << u"import coefficients clipped to [0, 1]"_s;
    const QString ratio = q.consumptionRatioSource == ConsumptionRatioSource::Default
                              ? u"%1 (default: 平均消費性向 of 勤労者世帯, 家計調査 2015)"_s.arg(number(q.consumptionRatio))
                              : u"%1 (given)"_s.arg(number(q.consumptionRatio));
    if (q.type == MultiplierType::TypeII)
        notes << u"type II: households endogenous, induced 雇用者所得 × consumption ratio %1 spent as the "
                 u"民間消費支出 composition"_s.arg(ratio);
    else
        notes << u"type I: households exogenous (no 第2次間接波及効果; type 2 adds it)"_s;
    notes << (q.valueAdded == ValueAddedBasis::AllRows
                  ? u"value added: every value-added row (粗付加価値部門計, incl. 家計外消費支出)"_s
                  : u"value added: without 家計外消費支出 (GDP type)"_s);
    if (r.hasImpact)
        notes << (q.demandInPurchasersTerms
                      ? u"demand: the region's final demand in purchasers' terms; direct effect = 自給率 × demand"_s
                      : u"demand: already demand for the region's output; direct effect = demand"_s);
    return notes;
}

} // namespace

QString typeKey(MultiplierType type)
{
    return type == MultiplierType::TypeII ? u"type II"_s : u"type I"_s;
}

QString importsKey(ImportTreatment imports)
{
    switch (imports) {
    case ImportTreatment::CompetitiveImports:
        return u"competitive imports"_s;
    case ImportTreatment::Closed:
        return u"closed"_s;
    case ImportTreatment::Auto:
        break;
    }
    return u"auto"_s;
}

Inputs load(const iowide::WideTable &file, const Request &request)
{
    Inputs in;
    in.generation = request.generation;
    in.request = request;
    in.source = file.file;
    in.table = file.table;
    for (const std::string &s : file.table.sectors)
        in.sectors << QString::fromStdString(s);
    QStringList &n = in.tableNotes;
    n << (file.exportColumns.isEmpty() ? u"exports: no column named exports/輸出/移輸出/輸移出"_s
                                       : u"exports: column %1"_s.arg(quotedList(file.exportColumns)));
    if (file.importColumns.isEmpty())
        n << u"imports: none in the table"_s;
    else
        n << u"imports: column %1%2"_s.arg(quotedList(file.importColumns),
                                            file.negatedImportColumns.isEmpty()
                                                ? u" (positive as given)"_s
                                                : u" (negative as published: negated)"_s);
    n << (file.outputSource.isEmpty() ? u"output: intermediate inputs + value added (no output row or column)"_s
                                      : u"output: "_s + file.outputSource);
    n << (file.compensationRows.isEmpty() ? u"income: no 雇用者所得/compensation row (income effects are 0)"_s
                                          : u"income (雇用者所得): row %1"_s.arg(quotedList(file.compensationRows)));
    if (!file.consumptionColumns.isEmpty())
        n << u"household consumption (民間消費支出): column %1"_s.arg(quotedList(file.consumptionColumns));
    if (file.table.employees.size() > 0)
        n << u"employees: the \"employees\" row (employment figures per unit of output)"_s;
    if (!file.skipped.isEmpty())
        n << u"left out as subtotals: %1"_s.arg(file.skipped.join(u", "_s));
    n << file.notes;
    return in;
}

namespace {

QString methodKey(analysis::LqMethod m)
{
    switch (m) {
    case analysis::LqMethod::Slq: return u"SLQ"_s;
    case analysis::LqMethod::Cilq: return u"CILQ"_s;
    case analysis::LqMethod::Flq: return u"FLQ"_s;
    case analysis::LqMethod::Aflq: return u"AFLQ"_s;
    }
    return {};
}

// The census population of the members and of the nation (sum of the
// prefectures) in the year nearest the table's at the members' level (the
// latest up to it, else the earliest after it); NaN when none is stored.
void readPopulation(const Store &store, const QStringList &members, int tableYear, Inputs &in)
{
    const bool municipal = std::any_of(members.begin(), members.end(), [](const QString &m) { return m.size() == 5; });
    const QList<int> years =
        store.years(u"population"_s, municipal ? RegionLevel::Municipality : RegionLevel::Prefecture);
    int year = 0;
    for (int y : years)
        if (y <= tableYear && y > year)
            year = y;
    if (year == 0 && !years.isEmpty())
        year = *std::min_element(years.begin(), years.end());
    if (year == 0)
        return;
    const auto sum = [&](ObservationQuery q) {
        double total = 0.0;
        bool any = false;
        for (const Observation &o : store.observations(q))
            if (std::isfinite(o.value)) {
                total += o.value;
                any = true;
            }
        return any ? total : std::numeric_limits<double>::quiet_NaN();
    };
    const double nation = sum({u"population"_s, year, RegionLevel::Prefecture, std::nullopt});
    double region = 0.0;
    for (const QString &m : members)
        region += sum({u"population"_s, year, std::nullopt, m});   // NaN if a member has none
    if (std::isfinite(nation) && std::isfinite(region) && nation > 0.0) {
        in.nationalPopulation = nation;
        in.regionalPopulation = region;
        in.populationYear = year;
    }
}

// The national table regionalised with the store's employees (Request::method, delta).
Inputs loadEstimated(const Store &store, const Request &request)
{
    Inputs in;
    in.generation = request.generation;
    in.request = request;
    in.estimated = true;
    const std::optional<iostore::TableRecord> national =
        iostore::readTable(store, u"00"_s, iostore::TableKind::Official, request.year);
    if (!national) {
        in.problem = u"an estimated table needs the national table (region 00) in the store"_s;
        return in;
    }
    const QList<int> years = store.years(u"employees"_s);
    if (years.isEmpty()) {
        in.problem = u"an estimated table needs employees by industry (indicator employees) in the store"_s;
        return in;
    }
    const int year = *std::max_element(years.begin(), years.end());
    const int n = int(national->table.sectorCount());
    in.nationalEmployees.assign(n, 0.0);
    in.regionalEmployees.assign(n, 0.0);
    const auto add = [&](const QList<Observation> &rows, std::vector<double> &out) {
        bool any = false;
        for (const Observation &o : rows) {
            const int sector = o.industry.size() == 1 && n == analysis::kIoSectors12
                                   ? analysis::ioSector12OfJsicDivision(o.industry.at(0).toLatin1())
                                   : -1;
            if (sector >= 0 && std::isfinite(o.value)) {
                out[std::size_t(sector)] += o.value;
                any = true;
            }
        }
        return any;
    };
    ObservationQuery q{u"employees"_s, year, RegionLevel::Prefecture, std::nullopt, std::nullopt};
    add(store.observations(q), in.nationalEmployees);
    q.level = std::nullopt;
    const QStringList members = request.members.isEmpty() ? QStringList{request.region} : request.members;
    bool anyRegional = false;
    for (const QString &member : members) {
        q.region = member;
        anyRegional = add(store.observations(q), in.regionalEmployees) || anyRegional;
    }
    if (!anyRegional) {
        in.problem = u"no employees by JSIC division for region %1 in %2: cannot estimate its table"_s.arg(
            request.region).arg(year);
        return in;
    }
    in.employeesYear = year;
    readPopulation(store, members, national->info.year, in);
    in.table = national->table;
    in.tableSource = national->info.source;
    in.tableLicence = national->info.licence;
    in.tableUnit = national->info.unit;
    in.tableYear = national->info.year;
    for (const std::string &s : in.table.sectors)
        in.sectors << QString::fromStdString(s);
    in.source = u"estimated table of region %1 from the national table %2 (%3)"_s.arg(request.region)
                    .arg(national->info.year)
                    .arg(national->info.unit);
    if (!request.members.isEmpty())
        in.tableNotes << u"group %1 estimated as one region: employees and population of %2"_s.arg(
            request.region, request.members.join(u", "_s));
    in.tableNotes << u"ESTIMATED: %1%2 from employees %3 by JSIC division (national: sum of the prefectures; "
                     u"concordance analysis/ioregional.h)"_s.arg(
                         methodKey(request.method),
                         request.method == analysis::LqMethod::Flq || request.method == analysis::LqMethod::Aflq
                             ? u", δ = %1"_s.arg(number(request.delta))
                             : QString())
                         .arg(year);
    in.tableNotes << u"national table 出典: %1%2"_s.arg(
        national->info.source, national->info.licence.isEmpty() ? QString() : u" ("_s + national->info.licence + u')');
    in.tableNotes << (in.populationYear > 0
                          ? u"地域経済循環 (estimated): 民間消費支出 and 一般政府消費支出 = national × the region's share of "
                            u"the population %1 (%2 of %3, national = sum of the prefectures); 総固定資本形成, 在庫純増 = "
                            u"national × its share of the estimated gross value added; 家計外消費支出(列) × its share "
                            u"of 家計外消費支出(行); 純移輸出 = output − regional demand; 移輸入 = (1 − 自給率) × "
                            u"demand"_s.arg(in.populationYear)
                                .arg(number(in.regionalPopulation))
                                .arg(number(in.nationalPopulation))
                          : u"地域経済循環 (estimated): no population stored for the region: final demand unknown"_s);
    return in;
}

} // namespace

Inputs load(const Store &store, const Request &request)
{
    if (request.table == iostore::TableKind::Estimated)
        return loadEstimated(store, request);
    Inputs in;
    in.generation = request.generation;
    in.request = request;
    const std::optional<iostore::TableRecord> record =
        iostore::readTable(store, request.region, request.table, request.year);
    if (!record) {
        QStringList stored;
        for (const iostore::TableInfo &t : iostore::tables(store))
            stored << u"%1 %2 %3"_s.arg(t.region).arg(t.year).arg(iostore::tableKindKey(t.kind));
        in.problem = u"the store has no %1 input-output table for region %2%3 (stored: %4)"_s.arg(
            iostore::tableKindKey(request.table), request.region,
            request.year > 0 ? u" in %1"_s.arg(request.year) : QString(),
            stored.isEmpty() ? u"none; import one with regionlens-cli import"_s : stored.join(u", "_s));
        return in;
    }
    const iostore::TableInfo &info = record->info;
    in.table = record->table;
    in.tableSource = info.source;
    in.tableLicence = info.licence;
    in.tableUnit = info.unit;
    in.tableYear = info.year;
    in.estimated = info.kind == iostore::TableKind::Estimated;
    for (const std::string &s : in.table.sectors)
        in.sectors << QString::fromStdString(s);
    in.source = u"%1 table of region %2, %3%4"_s.arg(iostore::tableKindKey(info.kind), info.region)
                    .arg(info.year)
                    .arg(info.unit.isEmpty() ? QString() : u" ("_s + info.unit + u')');
    in.tableNotes << u"出典: %1%2"_s.arg(info.source,
                                        info.licence.isEmpty() ? QString() : u" ("_s + info.licence + u')');
    if (!info.note.isEmpty())
        in.tableNotes << info.note;
    if (in.table.imports.size() > 0)
        in.tableNotes << u"imports: the table's 移輸入"_s;
    return in;
}

Inputs loadOfficialOrEstimated(const Store &store, Request request)
{
    if (request.members.isEmpty()) {
        request.table = iostore::TableKind::Official;
        Inputs official = load(store, request);
        if (official.problem.isEmpty())
            return official;
    }
    request.table = iostore::TableKind::Estimated;
    Inputs estimated = load(store, request);
    if (estimated.problem.isEmpty())
        estimated.tableNotes.prepend(request.members.isEmpty()
                                         ? u"no official table of region %1 in the store: estimated"_s.arg(request.region)
                                         : u"a group has no official table: estimated"_s);
    return estimated;
}

Result compute(const Inputs &in, const analysis::ProgressFn &progress)
{
    Result out;
    out.generation = in.generation;
    out.source = in.source;
    out.sectors = in.sectors;
    out.estimated = in.estimated;
    out.tableSource = in.tableSource;
    out.tableLicence = in.tableLicence;
    out.tableUnit = in.tableUnit;
    out.tableYear = in.tableYear;
    out.method = in.request.method;
    out.delta = in.request.delta;
    out.employeesYear = in.employeesYear;
    out.populationYear = in.populationYear;
    out.type = in.request.type;
    out.consumptionRatio = in.request.consumptionRatio;
    if (progress && !progress(0.0))
        return out;

    analysis::IoModelConfig config;
    config.imports = in.request.imports;
    config.valueAddedIncludesHouseholdExternal = in.request.valueAdded == ValueAddedBasis::AllRows;
    config.clipImportCoefficients = in.request.clipImportCoefficients;
    analysis::IoModel model = analysis::ioModel(in.table, config);
    const bool fromEmployees = !in.regionalEmployees.empty();
    if (fromEmployees) {
        take(out, model.warnings);
        const auto vec = [](const std::vector<double> &v) {
            return Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(v.data(), Eigen::Index(v.size())));
        };
        analysis::RegionalisationConfig rc;
        rc.method = in.request.method;
        rc.delta = in.request.delta;
        analysis::RegionalisationResult rr =
            analysis::regionalise(model, vec(in.nationalEmployees), vec(in.regionalEmployees), rc);
        take(out, rr.warnings);
        model = std::move(rr.model);
        model.warnings.clear();
    }
    model.estimated = in.estimated;
    take(out, model.warnings);
    out.competitiveImports = model.competitiveImports;
    out.output = adaptersupport::toVector(model.output);
    out.selfSufficiency = adaptersupport::toVector(model.selfSufficiency);
    out.importCoefficients = adaptersupport::toVector(model.importCoefficients);
    if (!fromEmployees) {
        out.circulation = circulationOf(analysis::ioCirculation(in.table));
    } else if (model.output.size() == in.table.sectorCount()) {
        analysis::IoRegionalDemandConfig dc;
        dc.householdShare = dc.governmentShare = in.regionalPopulation / in.nationalPopulation;
        const analysis::IoEstimatedTable et = analysis::estimatedRegionalTable(in.table, model, dc);
        take(out, et.warnings);
        out.circulation = circulationOf(analysis::ioCirculation(et.table));
        out.circulation.householdShare = et.householdShare;
        out.circulation.governmentShare = et.governmentShare;
        out.circulation.investmentShare = et.investmentShare;
    }
    out.valid = model.valid();
    if (out.valid) {
        analysis::IoMultiplierConfig mc;
        mc.type = in.request.type;
        mc.consumptionRatio = in.request.consumptionRatio;
        const analysis::IoMultipliers m = analysis::ioMultipliers(model, mc);
        take(out, m.warnings);
        out.outputMultiplier = adaptersupport::toVector(m.output);
        out.valueAddedMultiplier = adaptersupport::toVector(m.valueAdded);
        out.incomeMultiplier = adaptersupport::toVector(m.income);
        out.employmentMultiplier = adaptersupport::toVector(m.employment);
        out.backwardLinkage = adaptersupport::toVector(m.backwardLinkage);
        out.forwardLinkage = adaptersupport::toVector(m.forwardLinkage);
    }
    if (out.valid && !in.request.demand.isEmpty()) {
        Eigen::VectorXd demand(in.request.demand.size());
        for (qsizetype i = 0; i < in.request.demand.size(); ++i)
            demand(Eigen::Index(i)) = in.request.demand.at(i);
        analysis::IoImpactConfig ic;
        ic.secondIndirect = in.request.type == MultiplierType::TypeII;
        ic.consumptionRatio = in.request.consumptionRatio;
        ic.applySelfSufficiency = in.request.demandInPurchasersTerms;
        const analysis::IoImpactResult r = analysis::ioImpact(model, demand, ic);
        take(out, r.warnings);
        out.hasImpact = r.direct.output.size() == demand.size();
        out.demand = in.request.demand;
        if (out.hasImpact) {
            out.direct = effectOf(r.direct);
            out.indirect1 = effectOf(r.indirect1);
            out.indirect2 = effectOf(r.indirect2);
            out.total = effectOf(r.total);
            out.inducedIncome = r.inducedIncome;
            out.inducedConsumption = r.inducedConsumption;
            out.outputRatio = r.outputRatio;
            out.valueAddedRatio = r.valueAddedRatio;
            out.incomeRatio = r.incomeRatio;
            out.employeesRatio = r.employeesRatio;
        }
    }
    out.notes = conventionNotes(in, out);
    if (progress)
        progress(1.0);
    return out;
}

} // namespace regionlens::datasets::inputoutput
