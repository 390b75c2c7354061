// SPDX-License-Identifier: GPL-3.0-or-later
#include "industrytables.h"

#include "datasets/catalog.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const QHash<QString, QStringList> &aggregateMembers()
{
    static const QHash<QString, QStringList> members = [] {
        QHash<QString, QStringList> out;
        for (const Industry &i : catalog::industries())
            if (i.classification.endsWith(u"_aggregate"))
                out.insert(i.code, i.members);
        return out;
    }();
    return members;
}

QString yearList(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(u", "_s);
}

// The rows of one year aligned on regions (NaN where a region has no row).
IndustryTable alignedTable(const QList<Observation> &rows, int year, const QStringList &regions,
                           const QStringList &industries)
{
    QList<Observation> ofYear;
    for (const Observation &o : rows)
        if (o.year == year)
            ofYear.append(o);
    const IndustryTable t = toIndustryTable(ofYear, industries);
    if (t.regions == regions)
        return t;
    IndustryTable aligned = t;
    aligned.regions = regions;
    aligned.values = Eigen::MatrixXd::Constant(regions.size(), t.values.cols(), kNaN);
    aligned.totals = Eigen::VectorXd::Constant(regions.size(), kNaN);
    QHash<QString, int> index;
    for (int i = 0; i < regions.size(); ++i)
        index.insert(regions.at(i), i);
    for (int r = 0; r < t.regions.size(); ++r) {
        const auto it = index.constFind(t.regions.at(r));
        if (it == index.constEnd())
            continue;
        aligned.values.row(*it) = t.values.row(r);
        aligned.totals(*it) = t.totals(r);
    }
    aligned.missingCells = int(aligned.values.array().isNaN().count());
    aligned.hasTotals = regions.size() > 0 && !aligned.totals.array().isNaN().any();
    return aligned;
}

} // namespace

QStringList conventionNotes(const ConventionsUsed &u)
{
    QStringList notes;
    if (u.nationRow)
        notes << u"nation: the region_code 00 rows"_s;
    else if (!u.yearsWithoutNationRow.isEmpty())
        notes << u"nation: the region_code 00 rows were requested but %1 lack them; the sum of the regions is used"_s
                     .arg(yearList(u.yearsWithoutNationRow));
    else
        notes << u"nation: the sum of the regions"_s;
    if (u.regionTotalApplies) {
        if (u.totalRow)
            notes << u"region totals: the TOTAL rows"_s
                         + (u.nationTotalRow ? u" (the nation's: its TOTAL row)"_s : QString());
        else if (u.totalRowRequested)
            notes << u"region totals: the TOTAL rows were requested but %1 region(s) lack them (%2); the sum of "
                     "the industries is used"_s.arg(u.regionsWithoutTotal.size())
                         .arg(u.regionsWithoutTotal.mid(0, 5).join(u", "_s)
                              + (u.regionsWithoutTotal.size() > 5 ? u", …"_s : QString()));
        else
            notes << u"region totals: the sum of the industries"_s;
    }
    if (!u.aggregatesLeftOut.isEmpty())
        notes << u"aggregate industries left out (their members are in the data): %1"_s.arg(
            u.aggregatesLeftOut.join(u", "_s));
    if (!u.aggregatesOverlapping.isEmpty())
        notes << u"aggregate industries left out (they overlap a larger aggregate that is kept): %1"_s.arg(
            u.aggregatesOverlapping.join(u", "_s));
    if (!u.aggregatesKept.isEmpty())
        notes << u"aggregate industries kept as industries (none of their members is in the data): %1"_s.arg(
            u.aggregatesKept.join(u", "_s));
    if (!u.groups.isEmpty())
        notes << u"groups (sum of their members' rows, not part of the nation): %1"_s.arg(u.groups.join(u", "_s));
    if (!u.groupMembersMissing.isEmpty())
        notes << u"group members without data (skipped): %1"_s.arg(u.groupMembersMissing.join(u", "_s));
    return notes;
}

QList<int> ObservationColumns::years() const
{
    QList<int> out;
    for (const qint32 y : year)
        if (out.isEmpty() || (out.last() != y && !out.contains(y)))
            out.append(y);
    std::sort(out.begin(), out.end());
    return out;
}

QList<Observation> ObservationColumns::toObservations() const
{
    QList<Observation> rows;
    rows.reserve(size());
    for (qsizetype i = 0; i < size(); ++i) {
        Observation o;
        o.region = regions.at(region[size_t(i)]);
        o.industry = industries.at(industry[size_t(i)]);
        o.year = year[size_t(i)];
        o.value = value[size_t(i)];
        rows.append(o);
    }
    for (const auto &[row, status] : statuses)
        rows[row].status = status;
    return rows;
}

const IndustryTable *IndustryTables::table(int year) const
{
    const qsizetype i = years.indexOf(year);
    return i >= 0 && i < tables.size() ? &tables.at(i) : nullptr;
}

bool IndustryTables::nationRowInEveryYear() const
{
    return !tables.isEmpty()
        && std::all_of(tables.begin(), tables.end(), [](const IndustryTable &t) { return t.hasNation; });
}

namespace industrytables {

QStringList industryColumns(const QStringList &present, AggregateRule rule, ConventionsUsed *used)
{
    const QHash<QString, QStringList> &aggregates = aggregateMembers();
    QSet<QString> leaves;
    QStringList candidates;   // aggregates in the data
    for (const QString &code : present) {
        if (code.isEmpty() || code == u"TOTAL")
            continue;
        if (aggregates.contains(code))
            candidates << code;
        else
            leaves.insert(code);
    }
    candidates.removeDuplicates();
    // Larger aggregates first, so that of two overlapping ones the larger is kept.
    std::sort(candidates.begin(), candidates.end(), [&](const QString &a, const QString &b) {
        const qsizetype na = aggregates.value(a).size(), nb = aggregates.value(b).size();
        return na != nb ? na > nb : a < b;
    });
    QStringList leftOut, kept, overlapping;
    QSet<QString> covered;   // members of the kept aggregates
    for (const QString &code : std::as_const(candidates)) {
        const QStringList &members = aggregates.value(code);
        if (rule == AggregateRule::LeaveOutAll
            || std::any_of(members.begin(), members.end(), [&](const QString &m) { return leaves.contains(m); })) {
            leftOut << code;
        } else if (std::any_of(members.begin(), members.end(), [&](const QString &m) { return covered.contains(m); })) {
            overlapping << code;
        } else {
            kept << code;
            for (const QString &m : members)
                covered.insert(m);
        }
    }
    QStringList columns(leaves.begin(), leaves.end());
    columns << kept;
    std::sort(columns.begin(), columns.end());
    if (used) {
        std::sort(leftOut.begin(), leftOut.end());
        std::sort(kept.begin(), kept.end());
        std::sort(overlapping.begin(), overlapping.end());
        used->aggregatesLeftOut = leftOut;
        used->aggregatesKept = kept;
        used->aggregatesOverlapping = overlapping;
    }
    return columns;
}

int yearOrLatest(int requested, const QList<int> &years)
{
    return requested != 0 || years.isEmpty() ? requested : years.last();
}

IndustryTables fromStore(const Store &store, const IndustryTableRequest &request, const QList<int> &years)
{
    IndustryTables out = fromRows(readRows(store, request, years), years, request);
    out.label = u"indicator '%1'"_s.arg(request.indicator);
    return out;
}

OneYearTable oneYear(const Store &store, const IndustryTableRequest &request, int year)
{
    const int used = yearOrLatest(year, store.years(request.indicator, request.level));
    return {used, fromStore(store, request, {used})};
}

OneYearTable oneYear(const QList<Observation> &rows, const IndustryTableRequest &request, int year)
{
    const int used = yearOrLatest(year, yearsOf(rows));
    return {used, fromRows(rows, {used}, request)};
}

OneYearTable oneYear(const ObservationColumns &rows, const IndustryTableRequest &request, int year)
{
    const int used = yearOrLatest(year, rows.years());
    return {used, fromColumns(rows, {used}, request)};
}

IndustryTables fromRows(const QList<Observation> &rows, const QList<int> &years, const IndustryTableRequest &request)
{
    IndustryTables out;
    out.label = request.indicator;
    out.years = years;
    std::sort(out.years.begin(), out.years.end());
    out.conventions.nationRequested = request.nation;
    QSet<QString> regions, industries;
    for (const Observation &o : rows) {
        if (!out.years.contains(o.year))
            continue;
        industries.insert(o.industry);
        if (o.region != u"00")
            regions.insert(o.region);
    }
    out.regions = QStringList(regions.begin(), regions.end());
    std::sort(out.regions.begin(), out.regions.end());
    out.industries = industryColumns(QStringList(industries.begin(), industries.end()), request.aggregates,
                                     &out.conventions);
    for (int y : std::as_const(out.years))
        out.tables.append(alignedTable(rows, y, out.regions, out.industries));
    for (const RegionAggregate &g : request.groups)
        out.conventions.groups << g.code;
    out.conventions.groupMembersMissing = missingMembers(out.regions, request.groups);
    return out;
}

IndustryTables fromColumns(const ObservationColumns &c, const QList<int> &years, const IndustryTableRequest &request)
{
    IndustryTables out;
    out.label = request.indicator;
    out.years = years;
    std::sort(out.years.begin(), out.years.end());
    out.conventions.nationRequested = request.nation;
    const qsizetype n = c.size();
    // Each row's table (-1: a year not used), its region's kind and which codes occur.
    std::vector<qint32> slot(size_t(n), -1);
    std::vector<char> isNation(size_t(c.regions.size()));
    for (qsizetype r = 0; r < c.regions.size(); ++r)
        isNation[size_t(r)] = c.regions.at(r) == u"00";
    std::vector<char> regionUsed(size_t(c.regions.size())), industryUsed(size_t(c.industries.size()));
    qint32 lastYear = 0, lastSlot = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const qint32 y = c.year[size_t(i)];
        if (y != lastYear || i == 0) {
            lastYear = y;
            lastSlot = qint32(out.years.indexOf(y));
        }
        slot[size_t(i)] = lastSlot;
        if (lastSlot < 0)
            continue;
        industryUsed[size_t(c.industry[size_t(i)])] = 1;
        regionUsed[size_t(c.region[size_t(i)])] = 1;
    }
    QStringList present;
    for (qsizetype k = 0; k < c.industries.size(); ++k)
        if (industryUsed[size_t(k)])
            present << c.industries.at(k);
    for (qsizetype r = 0; r < c.regions.size(); ++r)
        if (regionUsed[size_t(r)] && !isNation[size_t(r)])
            out.regions << c.regions.at(r);
    std::sort(out.regions.begin(), out.regions.end());
    out.industries = industryColumns(present, request.aggregates, &out.conventions);
    if (out.industries.isEmpty())   // toIndustryTable then takes the industries as it finds them
        return fromRows(c.toObservations(), years, request);

    // Where each code goes: a row of the tables, a column, the TOTAL column (-2) or nowhere (-1).
    QHash<QString, qint32> rowOf, columnOf;
    for (qsizetype r = 0; r < out.regions.size(); ++r)
        rowOf.insert(out.regions.at(r), qint32(r));
    for (qsizetype k = 0; k < out.industries.size(); ++k)
        columnOf.insert(out.industries.at(k), qint32(k));
    std::vector<qint32> rowIndex(size_t(c.regions.size()), -1), columnIndex(size_t(c.industries.size()), -1);
    for (qsizetype r = 0; r < c.regions.size(); ++r)
        rowIndex[size_t(r)] = rowOf.value(c.regions.at(r), -1);
    for (qsizetype k = 0; k < c.industries.size(); ++k)
        columnIndex[size_t(k)] = c.industries.at(k) == u"TOTAL" ? -2 : columnOf.value(c.industries.at(k), -1);

    const Eigen::Index nr = out.regions.size();
    const Eigen::Index nc = out.industries.size();
    for (qsizetype t = 0; t < out.years.size(); ++t) {
        IndustryTable table;
        table.regions = out.regions;
        table.industries = out.industries;
        table.values = Eigen::MatrixXd::Constant(nr, nc, kNaN);
        table.totals = Eigen::VectorXd::Constant(nr, kNaN);
        table.nation = Eigen::RowVectorXd::Constant(nc, kNaN);
        out.tables.append(std::move(table));
    }
    for (qsizetype i = 0; i < n; ++i) {
        const qint32 s = slot[size_t(i)];
        if (s < 0)
            continue;
        IndustryTable &table = out.tables[s];
        const qint32 r = c.region[size_t(i)];
        const qint32 column = columnIndex[size_t(c.industry[size_t(i)])];
        const double v = c.value[size_t(i)];
        if (isNation[size_t(r)]) {
            table.hasNation = true;
            if (column == -2)
                table.nationTotal = v;
            else if (column >= 0)
                table.nation(column) = v;
        } else if (column == -2) {
            table.totals(rowIndex[size_t(r)]) = v;
        } else if (column >= 0) {
            table.values(rowIndex[size_t(r)], column) = v;
        }
    }
    for (IndustryTable &table : out.tables) {
        table.missingCells = int(table.values.array().isNaN().count());
        table.hasTotals = nr > 0 && !table.totals.array().isNaN().any();
    }
    for (const RegionAggregate &g : request.groups)
        out.conventions.groups << g.code;
    out.conventions.groupMembersMissing = missingMembers(out.regions, request.groups);
    return out;
}

QList<Observation> readRows(const Store &store, const IndustryTableRequest &request, const QList<int> &years)
{
    QList<Observation> rows;
    ObservationQuery q;
    q.indicator = request.indicator;
    q.industry.reset();   // every industry
    for (RegionLevel level : {request.level, RegionLevel::Nation}) {
        q.level = level;
        if (years.isEmpty()) {
            q.year.reset();
            rows += store.observations(q);
            continue;
        }
        for (int y : years) {
            q.year = y;
            rows += store.observations(q);
        }
    }
    return rows;
}

bool isMember(const RegionAggregate &group, const QString &region)
{
    return group.members.contains(region) || (region.size() == 5 && group.members.contains(region.left(2)));
}

Eigen::MatrixXd withGroupInPlace(const IndustryTable &table, const RegionAggregate &group)
{
    const IndustryTable withGroup = appendGroups(table, {group});
    std::vector<Eigen::Index> keep;
    for (int r = 0; r < table.regions.size(); ++r)
        if (!isMember(group, table.regions.at(r)))
            keep.push_back(r);
    keep.push_back(withGroup.values.rows() - 1);
    Eigen::MatrixXd values(Eigen::Index(keep.size()), withGroup.values.cols());
    for (std::size_t i = 0; i < keep.size(); ++i)
        values.row(Eigen::Index(i)) = withGroup.values.row(keep[i]);
    return values;
}

IndustryTable appendGroups(const IndustryTable &table, const QList<RegionAggregate> &groups)
{
    if (groups.isEmpty())
        return table;
    IndustryTable out = table;
    const Eigen::Index base = table.values.rows();
    out.values.conservativeResize(base + groups.size(), Eigen::NoChange);
    out.totals.conservativeResize(base + groups.size());
    for (int g = 0; g < groups.size(); ++g) {
        Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(table.values.cols());
        double total = 0;
        for (int r = 0; r < table.regions.size(); ++r) {
            if (!isMember(groups.at(g), table.regions.at(r)))
                continue;
            sum += table.values.row(r);
            total += table.totals(r);
        }
        out.values.row(base + g) = sum;
        out.totals(base + g) = total;
        out.regions << groups.at(g).code;
    }
    return out;
}

QStringList missingMembers(const QStringList &regions, const QList<RegionAggregate> &groups)
{
    QStringList missing;
    for (const RegionAggregate &g : groups)
        for (const QString &m : g.members) {
            const bool found = std::any_of(regions.begin(), regions.end(), [&](const QString &r) {
                return r == m || (r.size() == 5 && m.size() == 2 && r.startsWith(m));
            });
            if (!found && !missing.contains(m))
                missing << m;
        }
    return missing;
}

Eigen::RowVectorXd nationRow(const IndustryTable &table, bool useNationRow)
{
    if (useNationRow)
        return table.nation;
    const Eigen::MatrixXd &v = table.values;
    return v.array().isNaN().select(0.0, v).colwise().sum();
}

bool useNationRows(const IndustryTables &tables, NationRule rule, ConventionsUsed *used)
{
    used->yearsWithoutNationRow.clear();
    bool use = rule != NationRule::SumOfRegions && tables.nationRowInEveryYear();
    if (rule == NationRule::NationRow)
        for (int i = 0; i < tables.tables.size(); ++i)
            if (!tables.tables.at(i).hasNation)
                used->yearsWithoutNationRow << tables.years.at(i);
    used->nationRow = use;
    return use;
}

} // namespace industrytables
} // namespace regionlens::datasets
