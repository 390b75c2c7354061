// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsadapter.h"

#include "analysis/migration.h"
#include "datasets/catalog.h"
#include "datasets/matrixadapter.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::flows {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

bool isAllAges(const QString &age)
{
    return age.isEmpty() || age == u"TOTAL";
}

bool atLevel(const Flow &f, Level level)
{
    const qsizetype digits = level == Level::Municipality ? 5 : 2;
    return f.origin.size() == digits && f.destination.size() == digits;
}

// The flows of one year as the totals rule keeps them.
struct Selected
{
    QList<Flow> flows;      // all ages, both sexes
    QList<Flow> ageFlows;   // by age class
    bool sexesSummed = false;
    bool agesSummed = false;
};

// "total" rows where the year has them, else every sex; the all-ages rows
// where the year has them, else every age class.
Selected selectTotals(const QList<Flow> &rows)
{
    bool totalSex = false;
    bool totalAge = false;
    for (const Flow &f : rows) {
        totalSex = totalSex || f.sex == u"total";
        totalAge = totalAge || isAllAges(f.ageClass);
    }
    Selected s;
    s.sexesSummed = !rows.isEmpty() && !totalSex;
    s.agesSummed = !rows.isEmpty() && !totalAge;
    for (const Flow &f : rows) {
        if (totalSex && f.sex != u"total")
            continue;
        const bool allAges = isAllAges(f.ageClass);
        if (allAges == totalAge)
            s.flows.append(f);
        if (!allAges)
            s.ageFlows.append(f);
    }
    return s;
}

QStringList codesOf(const QList<Flow> &flows)
{
    QSet<QString> set;
    for (const Flow &f : flows) {
        set.insert(f.origin);
        set.insert(f.destination);
    }
    QStringList codes(set.begin(), set.end());
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool usable(const Observation &o)
{
    return o.status.isEmpty() && std::isfinite(o.value) && (o.industry.isEmpty() || o.industry == u"TOTAL")
        && (o.sex.isEmpty() || o.sex == u"total") && isAllAges(o.ageClass);
}

struct PopulationChoice
{
    QHash<QString, double> values;
    int year = 0;
    QString label;
    bool afterFlows = false;
};

// The latest year ≤ year of any table (the first table on a tie) among the
// years in which one of the regions has a value; without one, the earliest.
PopulationChoice choosePopulation(const QList<PopulationRows> &tables, const QStringList &regions, int year)
{
    const QSet<QString> wanted(regions.begin(), regions.end());
    int bestTable = -1;
    int bestYear = 0;
    int earliestTable = -1;
    int earliestYear = 0;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        for (const Observation &o : tables.at(t).rows) {
            if (!usable(o) || !wanted.contains(o.region))
                continue;
            if (o.year <= year && o.year > bestYear) {
                bestYear = o.year;
                bestTable = int(t);
            }
            if (earliestTable < 0 || o.year < earliestYear) {
                earliestYear = o.year;
                earliestTable = int(t);
            }
        }
    }
    PopulationChoice c;
    if (bestTable < 0 && earliestTable >= 0) {
        bestTable = earliestTable;
        bestYear = earliestYear;
        c.afterFlows = true;
    }
    if (bestTable < 0)
        return c;
    c.year = bestYear;
    c.label = tables.at(bestTable).label;
    for (const Observation &o : tables.at(bestTable).rows)
        if (o.year == bestYear && usable(o) && wanted.contains(o.region))
            c.values.insert(o.region, o.value);
    return c;
}

// Every year of each indicator, or (given regions and a flow year) only the
// year choosePopulation() can take from it: the latest year ≤ year with a
// usable value for one of the regions, else the earliest after it.
QList<PopulationRows> readPopulation(const Store &store, const QStringList &indicators, std::optional<RegionLevel> level,
                                     const QStringList &regions, int year)
{
    QList<PopulationRows> tables;
    const QSet<QString> wanted(regions.begin(), regions.end());
    for (const QString &id : indicators) {
        ObservationQuery q;
        q.indicator = id;
        q.level = level;
        q.ageClass.reset();   // "" or TOTAL, filtered by usable()
        if (wanted.isEmpty() || year <= 0) {
            tables.append({id, store.observations(q)});
            continue;
        }
        const QList<int> years = store.years(id, level);
        QList<int> candidates;   // latest ≤ year first, then the later years, earliest first
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            if (*it <= year)
                candidates << *it;
        for (int y : years)
            if (y > year)
                candidates << y;
        PopulationRows table{id, {}};
        for (int y : std::as_const(candidates)) {
            q.year = y;
            QList<Observation> rows = store.observations(q);
            if (std::any_of(rows.cbegin(), rows.cend(),
                            [&](const Observation &o) { return usable(o) && wanted.contains(o.region); })) {
                table.rows = std::move(rows);
                break;
            }
        }
        tables.append(std::move(table));
    }
    return tables;
}

Eigen::VectorXd populationVector(const QHash<QString, double> &population, const QStringList &regions)
{
    Eigen::VectorXd v(regions.size());
    for (qsizetype i = 0; i < regions.size(); ++i)
        v[i] = population.value(regions.at(i), kMissing);
    return v;
}

void addWarnings(Result &r, const std::vector<analysis::Warning> &warnings)
{
    for (const analysis::Warning &w : warnings)
        r.warnings << QString::fromStdString(w.message);
}

QList<FlowRecord> records(const std::vector<analysis::OdFlow> &flows, const QStringList &regions,
                          const QString &self = QString())
{
    QList<FlowRecord> out;
    out.reserve(qsizetype(flows.size()));
    for (const analysis::OdFlow &f : flows)
        out.append({f.origin >= 0 ? regions.at(f.origin) : self, f.destination >= 0 ? regions.at(f.destination) : self,
                    f.value});
    return out;
}

// Net by age: one matrix per age class, ordered by lower bound, then code.
void computeAges(const Inputs &in, const QStringList &regions, Result &r)
{
    QSet<QString> classSet;
    for (const Flow &f : in.ageFlows)
        classSet.insert(f.ageClass);
    if (classSet.isEmpty())
        return;
    QStringList classes(classSet.begin(), classSet.end());
    std::sort(classes.begin(), classes.end(), [](const QString &a, const QString &b) {
        const int la = catalog::ageClassLowerBound(a);
        const int lb = catalog::ageClassLowerBound(b);
        return la != lb ? la < lb : a < b;
    });
    std::vector<Eigen::MatrixXd> byAge;
    for (const QString &age : std::as_const(classes)) {
        QList<Flow> rows;
        for (const Flow &f : in.ageFlows)
            if (f.ageClass == age)
                rows.append(f);
        byAge.push_back(toOdMatrix(rows, regions).values);
    }
    const analysis::AgeMigrationResult a = analysis::migrationByAge(byAge);
    r.ageDetails = a.warnings;
    addWarnings(r, a.warnings);
    if (a.net.cols() != classes.size())
        return;
    r.hasAges = true;
    r.ageClasses = classes;
    const int n = int(regions.size());
    const int k = int(classes.size());
    r.ageInflow = ValueGrid(n, k);
    r.ageOutflow = ValueGrid(n, k);
    r.ageNet = ValueGrid(n, k);
    for (int i = 0; i < n; ++i)
        for (int c = 0; c < k; ++c) {
            r.ageInflow(i, c) = a.inflow(i, c);
            r.ageOutflow(i, c) = a.outflow(i, c);
            r.ageNet(i, c) = a.net(i, c);
        }
    // The focus: a region's column, or a group's members summed (flows between members cancel).
    QList<int> rows;
    if (const GroupFlows *g = r.group(r.focus)) {
        for (const QString &m : g->members)
            rows << int(regions.indexOf(m));
    } else if (regions.contains(r.focus)) {
        rows << int(regions.indexOf(r.focus));
    }
    if (rows.isEmpty())
        return;
    for (int c = 0; c < k; ++c) {
        double sum = 0.0;
        for (int row : std::as_const(rows))
            sum += a.net(row, c);
        r.focusNetByAge.append(sum);
    }
}

// An empty Result carrying the conventions load() applied.
Result conventionsOf(const Inputs &in)
{
    Result r;
    r.year = in.year;
    r.populationYear = in.populationYear;
    r.populationIndicator = in.populationIndicator;
    r.indicator = in.indicator;
    r.level = in.level;
    r.sexesSummed = in.sexesSummed;
    r.agesSummed = in.agesSummed;
    r.populationAfterFlows = in.populationAfterFlows;
    r.otherLevelFlows = in.otherLevelFlows;
    return r;
}

} // namespace

const QStringList &defaultPopulationIndicators()
{
    static const QStringList ids{u"population"_s, u"population_age_sex_estimate"_s};
    return ids;
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::Prefecture:
        return u"prefecture"_s;
    case Level::Municipality:
        return u"municipality"_s;
    case Level::FromData:
        break;
    }
    return u"from data"_s;
}

QList<PopulationRows> populationFromStore(const Store &store, const Request &request, const QStringList &regions,
                                          int year)
{
    std::optional<RegionLevel> level;
    if (request.level == Level::Prefecture)
        level = RegionLevel::Prefecture;
    else if (request.level == Level::Municipality)
        level = RegionLevel::Municipality;
    switch (request.population) {
    case PopulationSource::Default:
        return readPopulation(store, defaultPopulationIndicators(), level, regions, year);
    case PopulationSource::Indicator:
        return readPopulation(store, {request.populationIndicator}, level, regions, year);
    case PopulationSource::Given:
    case PopulationSource::None:
        break;
    }
    return {};
}

Inputs load(const QList<Flow> &flows, const QList<PopulationRows> &population, const Request &request)
{
    Inputs in;
    in.generation = request.generation;
    in.focus = request.focus;
    in.focusTopN = request.focusTopN;
    in.topN = request.topN;
    in.groups = request.groups;
    in.indicator = request.indicator;
    in.year = request.year;
    if (in.year == 0)
        for (const Flow &f : flows)
            in.year = std::max(in.year, f.year);
    QList<Flow> ofYear;
    for (const Flow &f : flows)
        if (f.year == in.year)
            ofYear.append(f);
    in.level = request.level;
    if (in.level == Level::FromData)
        in.level = std::any_of(ofYear.cbegin(), ofYear.cend(), [](const Flow &f) { return atLevel(f, Level::Prefecture); })
            ? Level::Prefecture
            : Level::Municipality;
    QList<Flow> kept;
    for (const Flow &f : std::as_const(ofYear))
        if (atLevel(f, in.level))
            kept.append(f);
    in.otherLevelFlows = int(ofYear.size() - kept.size());

    Selected s = selectTotals(kept);
    in.flows = std::move(s.flows);
    in.ageFlows = std::move(s.ageFlows);
    in.sexesSummed = s.sexesSummed;
    in.agesSummed = s.agesSummed;
    in.regions = request.regions.isEmpty() ? codesOf(in.flows) : request.regions;

    if (request.population != PopulationSource::None && !in.regions.isEmpty()) {
        const PopulationChoice c = choosePopulation(population, in.regions, in.year);
        in.population = c.values;
        in.populationYear = c.year;
        in.populationIndicator = c.label;
        in.populationAfterFlows = c.afterFlows;
    }
    return in;
}

Inputs load(const Store &store, const Request &request)
{
    Request r = request;
    if (r.year == 0) {
        const QList<int> years = store.years(r.indicator);
        r.year = years.isEmpty() ? 0 : years.last();
    }
    const QList<Flow> rows = r.year > 0 ? store.flows(r.indicator, r.year) : QList<Flow>();
    if (r.level == Level::FromData)
        r.level = std::any_of(rows.cbegin(), rows.cend(), [](const Flow &f) { return atLevel(f, Level::Prefecture); })
            ? Level::Prefecture
            : Level::Municipality;
    // The flows first: their regions and year say which population rows to read.
    Request flowsOnly = r;
    flowsOnly.population = PopulationSource::None;
    Inputs in = load(rows, {}, flowsOnly);
    if (r.population != PopulationSource::None && !in.regions.isEmpty()) {
        const PopulationChoice c =
            choosePopulation(populationFromStore(store, r, in.regions, in.year), in.regions, in.year);
        in.population = c.values;
        in.populationYear = c.year;
        in.populationIndicator = c.label;
        in.populationAfterFlows = c.afterFlows;
    }
    return in;
}

const GroupFlows *Result::group(const QString &code) const
{
    for (const GroupFlows &g : groups)
        if (g.code == code)
            return &g;
    return nullptr;
}

Result compute(const Inputs &input, const analysis::ProgressFn &progress)
{
    Result r = conventionsOf(input);
    r.generation = input.generation;
    r.regions = input.regions;
    r.focus = input.focus;
    if (input.flows.isEmpty() || input.regions.isEmpty())
        return r;

    const OdMatrix od = toOdMatrix(input.flows, input.regions);
    r.suppressedFlows = od.suppressedCells;
    const int n = int(od.regions.size());
    analysis::MigrationConfig config;
    if (!input.population.isEmpty())
        config.population = populationVector(input.population, od.regions);
    config.focusRegion = int(od.regions.indexOf(input.focus));
    config.focusTopN = input.focusTopN;
    config.topN = input.topN;
    const analysis::MigrationResult m = analysis::migrationSummary(od.values, config, progress);
    if (m.cancelled) {
        r.cancelled = true;
        return r;
    }
    r.details = m.warnings;
    addWarnings(r, m.warnings);

    for (int i = 0; i < n; ++i) {
        const QString code = od.regions.at(i);
        r.inflow.insert(code, m.inflow[i]);
        r.outflow.insert(code, m.outflow[i]);
        r.net.insert(code, m.net[i]);
        r.turnover.insert(code, m.turnover[i]);
        if (m.netPerThousand.size() == n)
            r.netPerThousand.insert(code, m.netPerThousand[i]);
        for (int j = 0; j < n; ++j)
            if (i != j && od.values(i, j) > 0)
                r.flows.append({code, od.regions.at(j), od.values(i, j)});
    }
    r.totalFlows = m.totalFlows;
    r.effectiveness = m.effectiveness;
    r.aggregateNetMigrationRate = m.aggregateNetMigrationRate;
    r.crudeMigrationProbability = m.crudeMigrationProbability;
    r.gaining = m.gaining;
    r.losing = m.losing;
    if (m.largestGain >= 0)
        r.largestGain = od.regions.at(m.largestGain);
    if (m.largestLoss >= 0)
        r.largestLoss = od.regions.at(m.largestLoss);
    r.netRank = m.focusNetRank;
    r.focusInflows = records(m.focusInflows, od.regions);
    r.focusOutflows = records(m.focusOutflows, od.regions);
    r.topFlows = records(m.topFlows, od.regions);

    for (const RegionAggregate &group : input.groups) {
        GroupFlows g;
        g.code = group.code;
        std::vector<int> members;
        for (const QString &code : group.members)
            if (const int i = int(od.regions.indexOf(code)); i >= 0 && !g.members.contains(code)) {
                g.members << code;
                members.push_back(i);
            }
        const analysis::GroupMigration a = analysis::groupMigration(od.values, members, config.population);
        addWarnings(r, a.warnings);
        g.inflow = a.inflow;
        g.outflow = a.outflow;
        g.net = a.net;
        g.turnover = a.turnover;
        g.internal = a.internal;
        g.population = a.population;
        g.netPerThousand = a.netPerThousand;
        g.inflows = records(a.inflows, od.regions, g.code);
        g.outflows = records(a.outflows, od.regions, g.code);
        if (g.code == input.focus) {
            r.focusInflows = g.inflows.mid(0, input.focusTopN);
            r.focusOutflows = g.outflows.mid(0, input.focusTopN);
        }
        r.groups.append(g);
    }
    computeAges(input, od.regions, r);
    r.focusFlows = regionFlows(r, input.focus);
    return r;
}

QStringList conventionNotes(const Result &r)
{
    QStringList notes;
    QString flows = u"flows of %1 between %2 (%3 codes)"_s.arg(r.year).arg(
        r.level == Level::Municipality ? u"municipalities"_s : u"prefectures"_s,
        r.level == Level::Municipality ? u"five-digit"_s : u"two-digit"_s);
    flows += r.sexesSummed ? u"; sexes summed (no 'total' rows)"_s : u"; sexes: the 'total' rows"_s;
    flows += r.agesSummed ? u"; age classes summed (no all-ages rows)"_s : u"; ages: the all-ages rows"_s;
    notes << flows;
    if (r.otherLevelFlows > 0)
        notes << u"%1 flow(s) of %2 at another level left out"_s.arg(r.otherLevelFlows).arg(r.year);
    if (r.populationYear > 0)
        notes << (r.populationAfterFlows
                      ? u"population for rates: %1 of %2 (no year up to %3; the earliest after it)"_s
                      : u"population for rates: %1 of %2 (the latest year up to %3)"_s)
                     .arg(r.populationIndicator)
                     .arg(r.populationYear)
                     .arg(r.year);
    else
        notes << u"no population: no rates (net per 1,000, ANMR, CMP)"_s;
    return notes;
}

QStringList conventionNotes(const Inputs &inputs)
{
    return conventionNotes(conventionsOf(inputs));
}

// --- municipal ---

MunicipalInputs loadMunicipal(const Store &store, const MunicipalRequest &request)
{
    MunicipalInputs in;
    in.generation = request.generation;
    Request flowRequest;
    flowRequest.indicator = request.indicator;
    flowRequest.year = request.year;
    flowRequest.level = Level::Municipality;
    flowRequest.population = PopulationSource::None;
    const Inputs od = load(store, flowRequest);
    QStringList codes;
    if (!od.flows.isEmpty()) {
        in.source = MunicipalInputs::Source::Flows;
        in.year = od.year;
        in.flows = od.flows;
        codes = od.regions;
        if (request.boundaries)
            in.boundaries = store.boundaries(RegionLevel::Municipality);
    } else if (store.indicator(request.inIndicator) && store.indicator(request.outIndicator)) {
        // The latest year that has both counts.
        const QList<int> inYears = store.years(request.inIndicator, RegionLevel::Municipality);
        const QList<int> outYears = store.years(request.outIndicator, RegionLevel::Municipality);
        for (int y : inYears)
            if (outYears.contains(y))
                in.year = std::max(in.year, y);
        if (in.year > 0) {
            in.source = MunicipalInputs::Source::InOut;
            in.inIndicator = request.inIndicator;
            in.outIndicator = request.outIndicator;
            ObservationQuery q;
            q.year = in.year;
            q.level = RegionLevel::Municipality;
            q.indicator = request.inIndicator;
            in.in = store.values(q);
            q.indicator = request.outIndicator;
            in.out = store.values(q);
            codes = in.in.keys();
        }
    }
    if (in.source == MunicipalInputs::Source::None || request.population == PopulationSource::None)
        return in;
    Request populationRequest;
    populationRequest.level = Level::Municipality;
    populationRequest.population = request.population;
    populationRequest.populationIndicator = request.populationIndicator;
    const PopulationChoice c =
        choosePopulation(populationFromStore(store, populationRequest, codes, in.year), codes, in.year);
    in.population = c.values;
    in.populationYear = c.year;
    in.populationIndicator = c.label;
    return in;
}

MunicipalResult computeMunicipal(const MunicipalInputs &input)
{
    MunicipalResult r;
    r.generation = input.generation;
    r.source = input.source;
    r.year = input.year;
    r.populationYear = input.populationYear;
    r.populationIndicator = input.populationIndicator;
    r.inIndicator = input.inIndicator;
    r.outIndicator = input.outIndicator;
    if (input.source == MunicipalInputs::Source::Flows) {
        const QStringList codes = codesOf(input.flows);   // ascending: ties rank by code
        QHash<QString, int> index;
        for (qsizetype i = 0; i < codes.size(); ++i)
            index.insert(codes.at(i), int(i));
        std::vector<analysis::OdFlow> list;
        list.reserve(std::size_t(input.flows.size()));
        for (const Flow &f : input.flows)
            list.push_back({index.value(f.origin), index.value(f.destination), f.status.isEmpty() ? f.value : kMissing});
        const analysis::FlowListMigration m =
            analysis::migrationFromFlowList(list, int(codes.size()), populationVector(input.population, codes));
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!m.involved[std::size_t(i)])
                continue;
            r.inflow.insert(codes.at(i), m.inflow[i]);
            r.outflow.insert(codes.at(i), m.outflow[i]);
            r.net.insert(codes.at(i), m.net[i]);
            if (std::isfinite(m.netPerThousand[i]))
                r.netPerThousand.insert(codes.at(i), m.netPerThousand[i]);
        }
        r.flows = records(m.pairs, codes);
        r.totalFlows = m.totalFlows;
    } else if (input.source == MunicipalInputs::Source::InOut) {
        QStringList codes = input.in.keys();
        std::sort(codes.begin(), codes.end());
        Eigen::VectorXd in(codes.size()), out(codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            in[i] = input.in.value(codes.at(i));
            out[i] = input.out.value(codes.at(i), kMissing);
        }
        const analysis::CountMigration m =
            analysis::migrationFromCounts(in, out, populationVector(input.population, codes));
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!std::isfinite(m.net[i]))
                continue;
            r.inflow.insert(codes.at(i), in[i]);
            r.outflow.insert(codes.at(i), out[i]);
            r.net.insert(codes.at(i), m.net[i]);
            if (std::isfinite(m.netPerThousand[i]))
                r.netPerThousand.insert(codes.at(i), m.netPerThousand[i]);
        }
    }
    return r;
}

// --- groups ---

OdMatrix odMatrix(const Inputs &inputs)
{
    return toOdMatrix(inputs.flows, inputs.regions);
}

Eigen::VectorXd populationVector(const Inputs &inputs)
{
    return inputs.population.isEmpty() ? Eigen::VectorXd() : populationVector(inputs.population, inputs.regions);
}

bool resolveGroup(const Store *store, const QString &spec, RegionAggregate *group, QString *error)
{
    QString id = spec.trimmed();
    if (id.startsWith(u"group:"))
        id = id.mid(6);
    if (!id.contains(u',')) {
        QList<RegionGroup> known = store ? store->regionGroups() : QList<RegionGroup>();
        known += catalog::presets();
        known += catalog::blocks();
        for (const RegionGroup &g : std::as_const(known))
            if (g.id == id) {
                *group = {u"group:"_s + g.id, g.members};
                return true;
            }
        *error = u"no region group '%1' (a preset or block id, e.g. tokyo_area, or a comma-separated list of "
                 "region codes)"_s.arg(id);
        return false;
    }
    QStringList members;
    for (const QString &part : id.split(u',')) {
        const QString text = part.trimmed();
        const bool code = (text.size() == 2 || text.size() == 5)
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        QString member = code && (!store || store->region(text)) ? text : catalog::resolvePrefecture(text);
        if (member.isEmpty()) {
            *error = u"no region '%1' in group '%2'"_s.arg(text, spec);
            return false;
        }
        if (!members.contains(member))
            members << member;
    }
    *group = {u"group:selection"_s, members};
    return true;
}

} // namespace regionlens::datasets::flows
