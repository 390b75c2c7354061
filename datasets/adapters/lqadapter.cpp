// SPDX-License-Identifier: GPL-3.0-or-later
#include "lqadapter.h"

#include "adaptersupport.h"

#include "analysis/locationquotient.h"
#include "datasets/concordance.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

using adaptersupport::toGrid;

int nearest(const QList<int> &years, int target)
{
    int best = 0;
    for (int y : years)
        if (best == 0 || std::abs(y - target) < std::abs(best - target)
            || (std::abs(y - target) == std::abs(best - target) && y < best))
            best = y;
    return best;
}

IndustryTable prefectureTable(const Store &store, const QString &indicator, int year, const QStringList &columns)
{
    ObservationQuery q;
    q.indicator = indicator;
    q.year = year;
    q.level = RegionLevel::Prefecture;
    q.industry.reset();
    return toIndustryTable(store.observations(q), columns);
}

// 稼ぐ力: the census year nearest the chosen year, and value added of the
// same fiscal year (or the nearest one published).
void loadEarningPower(const Store &store, LqInputs &in)
{
    const QList<int> censusYears = store.years(u"employees"_s, RegionLevel::Prefecture);
    const QList<int> gdpYears = store.years(u"gdp_nominal"_s, RegionLevel::Prefecture);
    in.employeesYear = nearest(censusYears, in.request.year);
    in.valueAddedYear = nearest(gdpYears, in.employeesYear);
    if (in.employeesYear <= 0 || in.valueAddedYear <= 0) {
        in.employeesYear = in.valueAddedYear = 0;
        return;
    }
    const QStringList activities = concordance::comparableActivities();
    in.valueAdded = prefectureTable(store, u"gdp_nominal"_s, in.valueAddedYear, activities);
    const IndustryTable jsic =
        prefectureTable(store, u"employees"_s, in.employeesYear, industryColumns(store, u"employees"_s));
    in.employees = concordance::jsicToActivities(jsic, activities);
    // Same region order in both.
    if (in.employees.regions != in.valueAdded.regions) {
        IndustryTable reordered = in.employees;
        reordered.values.resize(in.valueAdded.regions.size(), activities.size());
        for (int r = 0; r < in.valueAdded.regions.size(); ++r) {
            const qsizetype from = in.employees.regions.indexOf(in.valueAdded.regions.at(r));
            reordered.values.row(r) = from >= 0 ? Eigen::RowVectorXd(in.employees.values.row(from))
                                                : Eigen::RowVectorXd::Constant(activities.size(), std::nan(""));
        }
        reordered.regions = in.valueAdded.regions;
        in.employees = reordered;
    }
}

// The region-total and nation conventions of an LQ over table (groups
// appended in withGroups).
analysis::LocationQuotientConfig lqConfig(const LqInputs &in, const IndustryTable &table,
                                          const IndustryTable &withGroups, ConventionsUsed &used)
{
    analysis::LocationQuotientConfig cfg;
    const bool useNation = industrytables::useNationRows(in.data, in.request.nation, &used);
    cfg.nation = analysis::NationSource::Given;
    cfg.givenNation = industrytables::nationRow(table, useNation);

    used.regionTotalApplies = true;
    used.totalRowRequested = in.request.regionTotal == RegionTotalRule::TotalRow;
    if (used.totalRowRequested) {
        if (table.hasTotals) {
            used.totalRow = true;
            cfg.regionTotals = analysis::RegionTotalSource::Given;
            cfg.givenRegionTotals = withGroups.totals;
            if (useNation && std::isfinite(table.nationTotal)) {
                cfg.givenNationTotal = table.nationTotal;
                used.nationTotalRow = true;
            } else if (!useNation) {
                cfg.givenNationTotal = table.totals.sum();
            }
        } else {
            for (int r = 0; r < table.regions.size(); ++r)
                if (std::isnan(table.totals(r)))
                    used.regionsWithoutTotal << table.regions.at(r);
        }
    }
    cfg.additive = in.request.additive;
    cfg.topN = in.request.topN;
    return cfg;
}

void computeEarningPower(const LqInputs &in, LqResult &out)
{
    out.valueAddedYear = in.valueAddedYear;
    out.employeesYear = in.employeesYear;
    if (in.valueAdded.values.size() == 0 || in.employees.values.size() == 0)
        return;
    const IndustryTable va = industrytables::appendGroups(in.valueAdded, in.request.groups);
    const IndustryTable emp = industrytables::appendGroups(in.employees, in.request.groups);
    // x_r and x_N: sums over the comparable activities and the prefectures.
    analysis::LocationQuotientConfig vaConfig, empConfig;
    vaConfig.nation = empConfig.nation = analysis::NationSource::Given;
    vaConfig.givenNation = industrytables::nationRow(in.valueAdded, false);
    empConfig.givenNation = industrytables::nationRow(in.employees, false);
    const auto ep = analysis::earningPower(va.values, emp.values, vaConfig, empConfig);
    out.activities = va.industries;
    out.valueAddedLq = toGrid(ep.valueAddedLq);
    out.relativeProductivity = toGrid(ep.relativeProductivity);
    out.employees = toGrid(emp.values);
    adaptersupport::appendMessages(out.warnings, ep.warnings);
    if (va.regions == out.regions)
        return;
    // Rows must line up with out.regions.
    ValueGrid vaLq(int(out.regions.size()), int(va.industries.size()));
    ValueGrid prod = vaLq, e = vaLq;
    for (int r = 0; r < out.regions.size(); ++r) {
        const int from = int(va.regions.indexOf(out.regions.at(r)));
        for (int c = 0; c < vaLq.cols; ++c) {
            vaLq(r, c) = out.valueAddedLq.at(from, c);
            prod(r, c) = out.relativeProductivity.at(from, c);
            e(r, c) = out.employees.at(from, c);
        }
    }
    out.valueAddedLq = vaLq;
    out.relativeProductivity = prod;
    out.employees = e;
}

} // namespace

QStringList industryColumns(const Store &store, const QString &indicator, AggregateRule rule)
{
    return industrytables::industryColumns(store.industriesOf(indicator), rule);
}

QStringList industryColumns(const CatalogSnapshot &catalog, const QString &indicator, AggregateRule rule)
{
    return industrytables::industryColumns(catalog.industriesOf(indicator), rule);
}

LqInputs load(const Store &store, const LqRequest &request)
{
    LqInputs in = industrytables::loadOneYear<LqInputs>(store, request);
    if (request.earningPower && request.level == RegionLevel::Prefecture)
        loadEarningPower(store, in);
    return in;
}

LqInputs load(const QList<Observation> &rows, const LqRequest &request)
{
    return industrytables::loadOneYear<LqInputs>(rows, request);
}

LqInputs load(const ObservationColumns &rows, const LqRequest &request)
{
    return industrytables::loadOneYear<LqInputs>(rows, request);
}

LqResult compute(const LqInputs &in, const analysis::ProgressFn &progress)
{
    LqResult out;
    out.year = in.request.year;
    out.indicator = in.request.indicator;
    out.conventions = in.data.conventions;
    const IndustryTable *table = in.data.table(in.request.year);
    if (!table)
        return out;
    const IndustryTable withGroups = industrytables::appendGroups(*table, in.request.groups);
    out.regions = withGroups.regions;
    out.industries = withGroups.industries;
    out.values = toGrid(withGroups.values);
    if (withGroups.values.size() > 0) {
        const analysis::LocationQuotientConfig cfg = lqConfig(in, *table, withGroups, out.conventions);
        analysis::LocationQuotientResult lq = analysis::locationQuotients(withGroups.values, cfg, progress);
        if (lq.cancelled) {
            out.cancelled = true;
            return out;
        }
        out.lq = toGrid(lq.lq);
        if (cfg.additive)
            out.additive = toGrid(lq.additive);
        for (const std::vector<int> &best : lq.topIndustries)
            out.topIndustries.append(QList<int>(best.begin(), best.end()));
        out.regionTotals = adaptersupport::toVector(lq.regionTotals);
        out.nation = adaptersupport::toVector(lq.nation.transpose());
        out.nationTotal = lq.nationTotal;
        adaptersupport::appendMessages(out.warnings, lq.warnings);
        out.issues = std::move(lq.warnings);
    }
    computeEarningPower(in, out);
    return out;
}

} // namespace regionlens::datasets
