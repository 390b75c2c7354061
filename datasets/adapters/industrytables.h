// SPDX-License-Identifier: GPL-3.0-or-later
// What the region × industry adapters (lqadapter, shiftshareadapter,
// specialisationadapter) share: the conventions every request states, the
// record of the conventions actually used, and the step from observation
// rows (the store's or a tidy file's) to one aligned table per year.
//
// One set of defaults for the GUI, the CLI and the report:
//  - nation: the "00" rows when the data has them for every year used, else
//    the column sums of the regions (NationRule::NationRowWhenPresent);
//  - aggregate industries (catalogue classification "*_aggregate", e.g. AB,
//    ABC, SNA_P1): left out when one of their members is in the same data
//    (they would count it twice), otherwise kept as an industry; of two
//    overlapping aggregates without members the larger is kept;
//  - level: prefectures (the store's rows of that level; rows read from a
//    file are taken as they are);
//  - groups (RegionAggregate): one extra row each, the sum of its members'
//    rows, appended below the regions; the nation never includes them.
// The LQ adapter adds the region total (sum of the industries by default,
// see lqadapter.h).
#pragma once

#include "datasets/matrixadapter.h"
#include "datasets/store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace regionlens::datasets {

// A group of regions treated as one (e.g. 東京圏): its rows are summed.
struct RegionAggregate
{
    QString code;        // row code in the results, e.g. "group:tokyo_area"
    QStringList members; // region codes; a prefecture code also stands for
                         // its municipalities (rows with five-digit codes)
};

enum class NationRule : std::uint8_t {
    NationRowWhenPresent,  // the "00" rows if every year used has them, else the sum of the regions
    NationRow,             // the "00" rows (falls back to the sum, recorded, when a year lacks them)
    SumOfRegions,          // column sums of the regions (groups excluded)
};

enum class AggregateRule : std::uint8_t {
    LeaveOutWhenMembersPresent,  // see above
    LeaveOutAll,                 // every "*_aggregate" code is left out
};

// The conventions shared by the region × industry requests.
struct IndustryTableRequest
{
    QString indicator;   // store indicator id; for rows from a file, a label ("data.csv")
    RegionLevel level = RegionLevel::Prefecture;
    NationRule nation = NationRule::NationRowWhenPresent;
    AggregateRule aggregates = AggregateRule::LeaveOutWhenMembersPresent;
    QList<RegionAggregate> groups;
};

// What was actually used; English text from conventionNotes(), the GUI
// formats the fields itself.
struct ConventionsUsed
{
    NationRule nationRequested = NationRule::NationRowWhenPresent;
    bool nationRow = false;               // true: the "00" rows; false: the sum of the regions
    QList<int> yearsWithoutNationRow;     // NationRow requested, these years lack "00" rows

    bool regionTotalApplies = false;      // LQ only
    bool totalRowRequested = false;
    bool totalRow = false;                // true: the TOTAL rows; false: the sum of the industries
    QStringList regionsWithoutTotal;      // TOTAL requested, these regions lack it → sum used
    bool nationTotalRow = false;          // the nation's TOTAL ("00", TOTAL) was used as x_N

    QStringList aggregatesLeftOut;        // a member is in the data
    QStringList aggregatesKept;           // no member in the data: an industry like the others
    QStringList aggregatesOverlapping;    // left out: overlaps a larger aggregate that was kept
    QStringList groups;                   // group rows appended
    QStringList groupMembersMissing;      // members of a group without a row (skipped)
};

// Each convention as one English sentence, for the CLI's notes on stderr.
QStringList conventionNotes(const ConventionsUsed &used);

// Region × industry data of the years an analysis uses, aligned: every
// table has the same regions (ascending code; NaN where a region has no
// row that year) and the same industries (ascending code).
struct IndustryTables
{
    QString label;                  // "indicator 'employees'" or the file name
    QList<int> years;               // ascending
    QStringList regions;            // without "00" and without groups
    QStringList industries;         // leaf industries and kept aggregates
    QList<IndustryTable> tables;    // one per year of `years`
    ConventionsUsed conventions;    // aggregates and groups filled in by the load

    const IndustryTable *table(int year) const;
    bool nationRowInEveryYear() const;
};

// Observation rows of one measure in columns, as the CLI reads a tidy file:
// each code stored once, each row a few indices and its value. Feeds the
// same tables as the rows (industrytables::fromColumns).
struct ObservationColumns
{
    QStringList regions;              // distinct codes; "00" is the nation
    QStringList industries;           // distinct codes; "TOTAL" the region total, "" none
    std::vector<qint32> region;       // per row: index into regions
    std::vector<qint32> industry;     // per row: index into industries
    std::vector<qint32> year;
    std::vector<double> value;        // NaN where the row has a status
    std::vector<std::pair<qsizetype, QString>> statuses;   // (row, status) of the rows without a number

    qsizetype size() const { return qsizetype(value.size()); }
    QList<int> years() const;                    // ascending
    QList<Observation> toObservations() const;   // the same rows as Observation values
};

// Every year of the rows (observations, flows), ascending.
template<typename Row>
QList<int> yearsOf(const QList<Row> &rows)
{
    QList<int> years;
    for (const Row &r : rows)
        if (!years.contains(r.year))
            years.append(r.year);
    std::sort(years.begin(), years.end());
    return years;
}

namespace industrytables {

// Industry columns of the codes present under a rule (TOTAL and "" left
// out), ascending, and the aggregates' fate in *used.
QStringList industryColumns(const QStringList &present, AggregateRule rule, ConventionsUsed *used = nullptr);

// The tables of the given years from observation rows of one measure
// (any years; "00" rows are the nation).
IndustryTables fromRows(const QList<Observation> &rows, const QList<int> &years,
                        const IndustryTableRequest &request);

// The same tables from rows in columns (what fromRows(columns.toObservations(), …)
// gives, without the copies).
IndustryTables fromColumns(const ObservationColumns &columns, const QList<int> &years,
                           const IndustryTableRequest &request);

// The rows of indicator at request.level for the given years (empty =
// every year), with the nation's "00" rows.
QList<Observation> readRows(const Store &store, const IndustryTableRequest &request, const QList<int> &years);

// requested, or the latest of years when requested is 0 (0 when there is none).
int yearOrLatest(int requested, const QList<int> &years);

// The tables of the given years read from the store (readRows + fromRows).
IndustryTables fromStore(const Store &store, const IndustryTableRequest &request, const QList<int> &years);

// The table of one year — request.year, or the latest of the data when it
// is 0 — from the store, observation rows or rows in columns; the one-year
// adapters (lq, specialisation, complexity) load through loadOneYear().
struct OneYearTable
{
    int year = 0;   // the year used (0: the data has none)
    IndustryTables data;
};
OneYearTable oneYear(const Store &store, const IndustryTableRequest &request, int year);
OneYearTable oneYear(const QList<Observation> &rows, const IndustryTableRequest &request, int year);
OneYearTable oneYear(const ObservationColumns &rows, const IndustryTableRequest &request, int year);

// An adapter's Inputs (members `request`, with `year`, and `data`) of one
// year from any source oneYear() reads.
template<typename Inputs, typename Source, typename Request>
Inputs loadOneYear(const Source &source, const Request &request)
{
    Inputs in;
    in.request = request;
    OneYearTable t = oneYear(source, request, request.year);
    in.request.year = t.year;
    in.data = std::move(t.data);
    return in;
}

// Whether region is one of the group's members: its code, or for a
// municipality (five digits) its prefecture's two digits.
bool isMember(const RegionAggregate &group, const QString &region);

// The rows of the groups below those of table (codes = group codes); a
// member without a row is skipped. Totals are summed like the values.
IndustryTable appendGroups(const IndustryTable &table, const QList<RegionAggregate> &groups);

// The table's values with group in place of its members: the rows of the
// regions outside the group (in order), then the group's sum as the last
// row. A group's figures are computed on it.
Eigen::MatrixXd withGroupInPlace(const IndustryTable &table, const RegionAggregate &group);

// Members of the groups that match no region.
QStringList missingMembers(const QStringList &regions, const QList<RegionAggregate> &groups);

// The nation row and whether it came from "00": the 00 row when the rule
// and the data allow it, else the column sums of the table's rows with NaN
// cells counted as 0.
Eigen::RowVectorXd nationRow(const IndustryTable &table, bool useNationRow);

// Whether the "00" rows are used for every table under the rule; fills
// used->nationRow and used->yearsWithoutNationRow.
bool useNationRows(const IndustryTables &tables, NationRule rule, ConventionsUsed *used);

} // namespace industrytables
} // namespace regionlens::datasets
