// SPDX-License-Identifier: GPL-3.0-or-later
#include "productivityadapter.h"

#include "analysis/ranking.h"
#include "datasets/concordance.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kGdp = u"gdp_nominal"_s;
const QString kEmployees = u"employees"_s;

// The year of years nearest target (the earlier on a tie), 0 for none.
int nearest(const QList<int> &years, int target)
{
    int best = 0;
    for (int y : years)
        if (best == 0 || std::abs(y - target) < std::abs(best - target))
            best = y;
    return best;
}

IndustryTableRequest tableRequest(const QString &indicator)
{
    IndustryTableRequest r;
    r.indicator = indicator;
    r.level = RegionLevel::Prefecture;
    return r;
}

double ratio(double a, double b)
{
    return b != 0 && std::isfinite(a) && std::isfinite(b) ? a / b : kNaN;
}

// Sum of a row's finite cells over the given columns (NaN when none is finite).
double rowSum(const IndustryTable &t, int row, const QList<int> &columns)
{
    double sum = 0;
    bool any = false;
    for (int c : columns)
        if (c >= 0 && std::isfinite(t.values(row, c))) {
            sum += t.values(row, c);
            any = true;
        }
    return any ? sum : kNaN;
}

// Value added and employees of one region (a prefecture or the group) over
// the comparable activities; rows looked up by code.
struct Pair
{
    double valueAdded = kNaN;
    double employees = kNaN;
};

Pair pairOf(const IndustryTable &va, const IndustryTable &emp, const QList<int> &vaColumns, const QString &code)
{
    const qsizetype a = va.regions.indexOf(code), b = emp.regions.indexOf(code);
    if (a < 0 || b < 0)
        return {};
    QList<int> all;
    for (int c = 0; c < emp.industries.size(); ++c)
        all << c;
    return {rowSum(va, int(a), vaColumns), rowSum(emp, int(b), all)};
}

} // namespace

ProductivityInputs load(const Store &store, const ProductivityRequest &request)
{
    ProductivityInputs in;
    in.request = request;
    const QList<int> years = store.years(kGdp, RegionLevel::Prefecture);
    if (in.request.startYear == 0 && !years.isEmpty())
        in.request.startYear = years.first();
    if (in.request.endYear == 0 && !years.isEmpty())
        in.request.endYear = years.last();
    // The row: a prefecture, or the group over its members' prefectures.
    in.row = request.region.left(2);
    for (const RegionAggregate &g : request.groups) {
        if (g.code != request.region)
            continue;
        RegionAggregate prefectures{g.code, {}};
        for (const QString &m : g.members)
            if (!prefectures.members.contains(m.left(2)))
                prefectures.members << m.left(2);
        in.groups << prefectures;
        in.row = g.code;
    }
    in.gdp = industrytables::fromStore(store, tableRequest(kGdp), years);
    const QStringList activities = concordance::comparableActivities();
    const IndustryTableRequest employees = tableRequest(kEmployees);
    for (int y : store.years(kEmployees, RegionLevel::Prefecture)) {
        const IndustryTables jsic = industrytables::fromStore(store, employees, {y});
        if (jsic.tables.isEmpty())
            continue;
        in.censusYears << y;
        in.censusGdpYears << nearest(years, y);
        in.employees << concordance::jsicToActivities(jsic.tables.first(), activities);
    }
    return in;
}

Productivity compute(const ProductivityInputs &in, const analysis::ProgressFn &progress)
{
    Productivity out;
    out.region = in.request.region;
    out.row = in.row;
    out.startYear = in.request.startYear;
    out.endYear = in.request.endYear;
    out.notes << u"GDP: 県内総生産 (nominal, 百万円), the TOTAL row; the nation is the sum of the prefectures"_s
              << u"contributions: change of each activity / GDP of the start year x 100 (pt); taxes on imports "
                 "less the consumption tax on capital formation are their own line"_s
              << u"GDP per worker: value added of the activities but S13 public administration / employees of "
                 "private establishments (economic census) summed to them by the JSIC concordance"_s
              << u"real GDP: not in the store (nominal only)"_s;
    if (in.row.size() == 2 && in.request.region.size() == 5)
        out.notes << u"municipality %1: its prefecture %2's figures (県民経済計算 is published for prefectures)"_s.arg(
            in.request.region, in.row);
    const IndustryTables &gdp = in.gdp;
    if (gdp.tables.isEmpty()) {
        out.warnings << u"the store holds no gross prefectural product"_s;
        return out;
    }
    // GDP trend: TOTAL per year (the group's the sum of its members').
    QList<IndustryTable> tables;
    for (const IndustryTable &t : gdp.tables)
        tables << industrytables::appendGroups(t, in.groups);
    const auto rowOf = [&](const IndustryTable &t) { return int(t.regions.indexOf(in.row)); };
    const auto prefectureTotals = [&](const IndustryTable &t) {
        std::vector<double> v;
        for (int r = 0; r < t.regions.size(); ++r)
            if (!t.regions.at(r).startsWith(u"group:"))
                v.push_back(t.totals(r));
        return v;
    };
    const IndustryTable *start = nullptr, *end = nullptr;
    for (int i = 0; i < tables.size(); ++i) {
        const IndustryTable &t = tables.at(i);
        const int r = rowOf(t);
        out.years << gdp.years.at(i);
        out.gdp << (r >= 0 ? t.totals(r) : kNaN);
        double nation = 0;
        for (double v : prefectureTotals(t))
            nation += std::isfinite(v) ? v : 0.0;
        out.nationGdp << nation;
        if (gdp.years.at(i) == in.request.startYear)
            start = &t;
        if (gdp.years.at(i) == in.request.endYear)
            end = &t;
    }
    if (progress && !progress(0.3)) {
        out.cancelled = true;
        return out;
    }
    if (!start || !end || rowOf(*start) < 0 || rowOf(*end) < 0) {
        out.warnings << u"no gross prefectural product of %1 for %2 and %3"_s.arg(in.row)
                            .arg(in.request.startYear)
                            .arg(in.request.endYear);
        return out;
    }
    const int rs = rowOf(*start), re = rowOf(*end);
    out.gdpStart = start->totals(rs);
    out.gdpEnd = end->totals(re);
    out.growthPercent = 100.0 * (ratio(out.gdpEnd, out.gdpStart) - 1.0);
    out.nationGrowthPercent =
        100.0 * (ratio(out.nationGdp.at(out.years.indexOf(out.endYear)), out.nationGdp.at(out.years.indexOf(out.startYear))) - 1.0);
    if (!in.row.startsWith(u"group:")) {
        const analysis::Rank rank = analysis::rankAmong(prefectureTotals(*end), out.gdpEnd);
        out.gdpRank = rank.rank;
        out.gdpRankOf = rank.count;
    }
    // Composition and contributions over the activities.
    QList<int> allColumns;
    for (int c = 0; c < gdp.industries.size(); ++c)
        allColumns << c;
    const double sumStart = rowSum(*start, rs, allColumns), sumEnd = rowSum(*end, re, allColumns);
    out.taxesStart = out.gdpStart - sumStart;
    out.taxesEnd = out.gdpEnd - sumEnd;
    out.taxesContribution = 100.0 * ratio(out.taxesEnd - out.taxesStart, out.gdpStart);
    for (int c = 0; c < gdp.industries.size(); ++c) {
        ActivityEconomy a;
        a.activity = gdp.industries.at(c);
        a.gdpStart = start->values(rs, c);
        a.gdpEnd = end->values(re, c);
        a.share = 100.0 * ratio(a.gdpEnd, sumEnd);
        a.growthPercent = 100.0 * (ratio(a.gdpEnd, a.gdpStart) - 1.0);
        a.contribution = 100.0 * ratio(a.gdpEnd - a.gdpStart, out.gdpStart);
        a.employees = a.perWorker = a.nationPerWorker = kNaN;
        out.activities << a;
    }
    // GDP per worker at each census year.
    for (int k = 0; k < in.censusYears.size(); ++k) {
        const qsizetype g = gdp.years.indexOf(in.censusGdpYears.at(k));
        if (g < 0)
            continue;
        const IndustryTable &va = tables.at(g);
        const IndustryTable emp = industrytables::appendGroups(in.employees.at(k), in.groups);
        QList<int> vaColumns;
        for (const QString &a : emp.industries)
            vaColumns << int(va.industries.indexOf(a));
        PerWorkerYear p;
        p.censusYear = in.censusYears.at(k);
        p.gdpYear = in.censusGdpYears.at(k);
        const Pair own = pairOf(va, emp, vaColumns, in.row);
        p.valueAdded = own.valueAdded;
        p.employees = own.employees;
        p.perWorker = ratio(own.valueAdded, own.employees);
        std::vector<double> all;
        double nationVa = 0, nationEmp = 0;
        for (const QString &code : emp.regions) {
            if (code.startsWith(u"group:"))
                continue;
            const Pair pr = pairOf(va, emp, vaColumns, code);
            all.push_back(ratio(pr.valueAdded, pr.employees));
            if (std::isfinite(pr.valueAdded) && std::isfinite(pr.employees)) {
                nationVa += pr.valueAdded;
                nationEmp += pr.employees;
            }
        }
        p.nationPerWorker = ratio(nationVa, nationEmp);
        if (!in.row.startsWith(u"group:")) {
            const analysis::Rank rank = analysis::rankAmong(all, p.perWorker);
            p.rank = rank.rank;
            p.rankOf = rank.count;
        }
        out.perWorker << p;
        // By activity, at the latest census year.
        if (k + 1 == in.censusYears.size()) {
            const qsizetype er = emp.regions.indexOf(in.row), vr = va.regions.indexOf(in.row);
            for (ActivityEconomy &a : out.activities) {
                const qsizetype ec = emp.industries.indexOf(a.activity), vc = va.industries.indexOf(a.activity);
                if (ec < 0 || vc < 0 || er < 0 || vr < 0)
                    continue;
                a.employees = emp.values(er, ec);
                a.perWorker = ratio(va.values(vr, vc), a.employees);
                double nVa = 0, nEmp = 0;
                for (int r = 0; r < emp.regions.size(); ++r) {
                    const qsizetype v = va.regions.indexOf(emp.regions.at(r));
                    if (emp.regions.at(r).startsWith(u"group:") || v < 0)
                        continue;
                    if (std::isfinite(emp.values(r, ec)) && std::isfinite(va.values(v, vc))) {
                        nEmp += emp.values(r, ec);
                        nVa += va.values(v, vc);
                    }
                }
                a.nationPerWorker = ratio(nVa, nEmp);
            }
        }
    }
    return out;
}

} // namespace regionlens::datasets
