// SPDX-License-Identifier: GPL-3.0-or-later
// Location quotients (特化係数) of one measure for every region (and the
// groups of the request), and the 稼ぐ力 inputs (value-added LQ, relative
// labour productivity, employees) on the 県民経済計算 activities via the
// JSIC concordance. The one path of the 産業構造 page, `regionlens-cli lq`
// and the region report:
//   LqInputs in = load(store, request);      // or load(rows, request) for a tidy file
//   LqResult r = compute(in, progress);       // pure, worker-safe
// load() reads the store (on the thread that owns it or a thread reader).
//
// Region total x_r: the sum of the industry columns by default (the figure
// of the page since its first release; its tests work the LQ from the CSV
// that way). RegionTotalRule::TotalRow uses the data's TOTAL rows, as RESAS
// does (全産業, which may include establishments not classified in a
// division); when a region lacks one the sum is used for every region and
// the result says so. With the TOTAL rows and the "00" rows the nation's
// total is its TOTAL row when present.
#pragma once

#include "industrytables.h"

#include "analysis/analysiscommon.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/valuegrid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace regionlens::datasets {

enum class RegionTotalRule : std::uint8_t {
    SumOfIndustries,  // Σ_i x_ri over the industry columns
    TotalRow,         // the region's TOTAL row (all regions must have one, else the sum is used)
};

struct LqRequest : IndustryTableRequest
{
    int year = 0;            // 0 = the latest year of the data
    RegionTotalRule regionTotal = RegionTotalRule::SumOfIndustries;
    bool additive = false;   // also x_ri/x_r − x_Ni/x_N
    int topN = 0;            // top industries per region (0 = none)
    // 稼ぐ力 (store, prefecture level only): value added of the 県民経済計算
    // activities and employees summed to them (census year nearest `year`,
    // value added of the nearest fiscal year); x_r and x_N are the sums over
    // the comparable activities and the prefectures.
    bool earningPower = true;
};

struct LqInputs
{
    LqRequest request;
    IndustryTables data;          // the year's table (one entry in data.tables)

    int valueAddedYear = 0;       // fiscal year; 0 when no 稼ぐ力 inputs
    int employeesYear = 0;
    IndustryTable valueAdded;     // prefectures × activities
    IndustryTable employees;      // same rows and columns
};

struct LqResult
{
    QStringList regions;          // the regions, then the groups' codes
    QStringList industries;       // columns of lq
    ValueGrid values;             // the measure
    ValueGrid lq;
    ValueGrid additive;           // empty unless requested
    QList<QList<int>> topIndustries;   // per row: column indices, best first (see analysis::topColumnsPerRow)
    QVector<double> regionTotals; // x_r as used, per row
    QVector<double> nation;       // x_Ni as used
    double nationTotal = 0;       // x_N as used
    int year = 0;
    QString indicator;

    QStringList activities;       // columns of the 稼ぐ力 grids
    ValueGrid valueAddedLq;
    ValueGrid relativeProductivity;
    ValueGrid employees;          // on activities
    int valueAddedYear = 0;
    int employeesYear = 0;

    ConventionsUsed conventions;
    std::vector<analysis::Warning> issues;   // structured (row/column = indices into regions/industries)
    QStringList warnings;                    // the issues' English messages
    bool cancelled = false;

    int row(const QString &region) const { return int(regions.indexOf(region)); }
    int column(const QString &industry) const { return int(industries.indexOf(industry)); }
};

LqInputs load(const Store &store, const LqRequest &request);
// rows: observations of one measure (any years, "00" = the nation), e.g.
// a tidy file read by the CLI. No 稼ぐ力 inputs.
LqInputs load(const QList<Observation> &rows, const LqRequest &request);
// The same from a tidy file read into columns (the CLI's --input).
LqInputs load(const ObservationColumns &rows, const LqRequest &request);

LqResult compute(const LqInputs &inputs, const analysis::ProgressFn &progress = {});

// Industry columns an LQ of indicator uses in the store (the aggregate rule
// applied to the indicator's industries), ascending.
QStringList industryColumns(const Store &store, const QString &indicator,
                            AggregateRule rule = AggregateRule::LeaveOutWhenMembersPresent);
// The same from a catalogue snapshot (no SQL).
QStringList industryColumns(const CatalogSnapshot &catalog, const QString &indicator,
                            AggregateRule rule = AggregateRule::LeaveOutWhenMembersPresent);

} // namespace regionlens::datasets
