// SPDX-License-Identifier: GPL-3.0-or-later
#include "industrystructure.h"

#include "analysis/locationquotient.h"
#include "concordance.h"
#include "store.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

namespace {

ValueGrid toGrid(const Eigen::MatrixXd &m)
{
    ValueGrid g(int(m.rows()), int(m.cols()));
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c)
            g(r, c) = m(r, c);
    return g;
}

IndustryTable loadTable(const Store &store, const QString &indicator, int year, const QStringList &columns)
{
    ObservationQuery q;
    q.indicator = indicator;
    q.year = year;
    q.level = RegionLevel::Prefecture;
    q.industry.reset();
    return toIndustryTable(store.observations(q), columns);
}

int nearest(const QList<int> &years, int target)
{
    int best = 0;
    for (int y : years)
        if (best == 0 || std::abs(y - target) < std::abs(best - target)
            || (std::abs(y - target) == std::abs(best - target) && y < best))
            best = y;
    return best;
}

// Nation = column sums of the prefecture rows (the first `prefectures` rows),
// so that aggregate rows do not count twice.
analysis::LocationQuotientConfig nationOf(const Eigen::MatrixXd &values, Eigen::Index prefectures)
{
    analysis::LocationQuotientConfig config;
    config.nation = analysis::NationSource::Given;
    const Eigen::MatrixXd top = values.topRows(prefectures);
    config.givenNation = (top.array().isNaN()).select(0.0, top).colwise().sum();
    return config;
}

void appendWarnings(QStringList &out, const std::vector<analysis::Warning> &warnings)
{
    for (const analysis::Warning &w : warnings)
        out << QString::fromStdString(w.message);
}

} // namespace

QStringList industryColumns(const Store &store, const QString &indicator)
{
    QStringList out;
    const QStringList present = store.industriesOf(indicator);
    for (const Industry &i : store.industries()) {
        const bool wanted = indicator == u"gdp_nominal" ? i.classification == u"sna_activity"
                                                         : i.classification == u"jsic";
        if (wanted && present.contains(i.code))
            out << i.code;
    }
    return out;
}

IndustryTable appendAggregates(const IndustryTable &table, const QList<RegionAggregate> &aggregates)
{
    if (aggregates.isEmpty())
        return table;
    IndustryTable out = table;
    const Eigen::Index base = table.values.rows();
    out.values.conservativeResize(base + aggregates.size(), Eigen::NoChange);
    out.totals.conservativeResize(base + aggregates.size());
    for (int a = 0; a < aggregates.size(); ++a) {
        Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(table.values.cols());
        double total = 0;
        for (const QString &m : aggregates.at(a).members) {
            const qsizetype r = table.regions.indexOf(m);
            if (r < 0)
                continue;
            sum += table.values.row(r);
            total += table.totals(r);
        }
        out.values.row(base + a) = sum;
        out.totals(base + a) = total;
        out.regions << aggregates.at(a).code;
    }
    return out;
}

IndustryStructureInputs loadIndustryStructure(const Store &store, const QString &indicator, int year,
                                              const QList<RegionAggregate> &aggregates)
{
    IndustryStructureInputs in;
    in.indicator = indicator;
    in.year = year;
    in.aggregates = aggregates;
    in.table = loadTable(store, indicator, year, industryColumns(store, indicator));

    // 稼ぐ力: the census year nearest the chosen year, and value added of the
    // same fiscal year (or the nearest one published).
    const QList<int> censusYears = store.years(u"employees"_s, RegionLevel::Prefecture);
    const QList<int> gdpYears = store.years(u"gdp_nominal"_s, RegionLevel::Prefecture);
    in.employeesYear = nearest(censusYears, year);
    in.valueAddedYear = nearest(gdpYears, in.employeesYear);
    if (in.employeesYear > 0 && in.valueAddedYear > 0) {
        const QStringList activities = concordance::comparableActivities();
        in.valueAdded = loadTable(store, u"gdp_nominal"_s, in.valueAddedYear, activities);
        const IndustryTable jsic =
            loadTable(store, u"employees"_s, in.employeesYear, industryColumns(store, u"employees"_s));
        in.employees = concordance::jsicToActivities(jsic, activities);
        // Same region order in both.
        if (in.employees.regions != in.valueAdded.regions) {
            IndustryTable reordered = in.employees;
            for (int r = 0; r < in.valueAdded.regions.size(); ++r) {
                const qsizetype from = in.employees.regions.indexOf(in.valueAdded.regions.at(r));
                reordered.values.row(r) = from >= 0 ? Eigen::RowVectorXd(in.employees.values.row(from))
                                                    : Eigen::RowVectorXd::Constant(activities.size(), std::nan(""));
            }
            reordered.regions = in.valueAdded.regions;
            in.employees = reordered;
        }
    }
    return in;
}

IndustryStructure computeIndustryStructure(const IndustryStructureInputs &in)
{
    IndustryStructure out;
    out.year = in.year;
    const IndustryTable table = appendAggregates(in.table, in.aggregates);
    out.regions = table.regions;
    out.industries = table.industries;
    out.values = toGrid(table.values);
    if (table.values.size() > 0) {
        const auto lq = analysis::locationQuotients(table.values, nationOf(table.values, in.table.values.rows()));
        out.lq = toGrid(lq.lq);
        appendWarnings(out.warnings, lq.warnings);
    }

    out.valueAddedYear = in.valueAddedYear;
    out.employeesYear = in.employeesYear;
    if (in.valueAdded.values.size() > 0 && in.employees.values.size() > 0) {
        const IndustryTable va = appendAggregates(in.valueAdded, in.aggregates);
        const IndustryTable emp = appendAggregates(in.employees, in.aggregates);
        const Eigen::Index n = in.valueAdded.values.rows();
        const auto ep = analysis::earningPower(va.values, emp.values, nationOf(va.values, n), nationOf(emp.values, n));
        out.activities = va.industries;
        out.valueAddedLq = toGrid(ep.valueAddedLq);
        out.relativeProductivity = toGrid(ep.relativeProductivity);
        out.employees = toGrid(emp.values);
        appendWarnings(out.warnings, ep.warnings);
        // Rows must line up with out.regions (same prefecture order).
        if (va.regions != out.regions) {
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
    }
    return out;
}

} // namespace regionlens::datasets
