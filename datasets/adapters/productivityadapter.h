// SPDX-License-Identifier: GPL-3.0-or-later
// 生産性と経済 / Productivity and economy (issue 15): a prefecture's gross
// prefectural product (県内総生産, nominal, 県民経済計算) — its trend, its
// composition by economic activity, each activity's contribution to its
// growth between two fiscal years — and GDP per worker by activity and in
// total with its rank among the 47 prefectures, at each 経済センサス year.
// The one path of the 生産性と経済 page, `regionlens-cli productivity` and
// the region report's economy section:
//   ProductivityInputs in = load(store, request);
//   Productivity p = compute(in, progress);   // pure, worker-safe
//
// Conventions (each recorded in Productivity::notes):
//  - GDP is the TOTAL row (県内総生産); composition and per-activity figures
//    use the 16 activities S01..S16, whose sum falls short of the total by
//    the taxes on imports less the consumption tax on capital formation
//    (輸入品に課される税・関税 − 総資本形成に係る消費税): that gap is its own
//    line in the contributions, so they add up to the growth;
//  - contribution (pt) = (GDP_a,end − GDP_a,start) / GDP_start × 100;
//  - GDP per worker = value added of the activities the JSIC concordance
//    reaches (all but S13 公務, concordance.h) / employees of private
//    establishments (経済センサス‐活動調査, 1 June of the census year)
//    summed to those activities; the value added is that of the fiscal year
//    of the census (or the nearest published). Public-sector staff (公務,
//    public schools and hospitals) are not in the denominator, so 教育 and
//    保健衛生・社会事業 read high;
//  - a municipality is shown with its prefecture's figures (県民経済計算 is
//    published for prefectures); a group is the sum of its members'
//    prefectures. Real GDP is not in the store.
// Values stay in the data's unit, 百万円; the front ends show 億円 / 兆円
// (GDP) and 万円 per worker through the helpers below.
#pragma once

#include "industrytables.h"

#include "analysis/analysiscommon.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regionlens::datasets {

struct ProductivityRequest
{
    QString region;                   // prefecture, municipality or a group's code
    QList<RegionAggregate> groups;
    int startYear = 0;                // GDP fiscal years; 0 = the first / last of the data
    int endYear = 0;
};

struct ProductivityInputs
{
    ProductivityRequest request;      // years filled in
    QString row;                      // the row used: a prefecture or the group's code
    QList<RegionAggregate> groups;    // the group with its members' prefectures
    IndustryTables gdp;               // prefectures × activities, every year, TOTAL in totals
    QList<int> censusYears;           // employees years
    QList<int> censusGdpYears;        // the GDP year used with each
    QList<IndustryTable> employees;   // prefectures × comparable activities, per census year
};

struct ActivityEconomy
{
    QString activity;                 // "S01".."S16"
    double gdpStart = 0;              // 百万円
    double gdpEnd = 0;
    double share = 0;                 // % of the activities' sum at the end year
    double growthPercent = 0;         // the activity's own growth, %
    double contribution = 0;          // pt of the region's GDP growth
    double employees = 0;             // latest census year (NaN for S13)
    double perWorker = 0;             // 百万円 per employee, latest census year
    double nationPerWorker = 0;
};

struct PerWorkerYear
{
    int censusYear = 0;
    int gdpYear = 0;
    double valueAdded = 0;            // 百万円, comparable activities
    double employees = 0;
    double perWorker = 0;             // 百万円 per employee
    double nationPerWorker = 0;
    int rank = 0;                     // among the prefectures (0 for a group)
    int rankOf = 0;
};

struct Productivity
{
    QString region;                   // as requested
    QString row;                      // the prefecture (or group) whose figures these are
    QList<int> years;                 // GDP fiscal years
    QVector<double> gdp;              // TOTAL per year, 百万円 (NaN = none)
    QVector<double> nationGdp;        // sum of the prefectures' TOTAL
    int startYear = 0;
    int endYear = 0;
    double gdpStart = 0;
    double gdpEnd = 0;
    double growthPercent = 0;
    double nationGrowthPercent = 0;
    double taxesStart = 0;            // TOTAL − Σ activities
    double taxesEnd = 0;
    double taxesContribution = 0;     // pt
    int gdpRank = 0;                  // end year, among the prefectures (0 for a group)
    int gdpRankOf = 0;
    QList<ActivityEconomy> activities;
    QList<PerWorkerYear> perWorker;   // per census year, oldest first
    QStringList notes;                // the conventions, English
    QStringList warnings;
    bool cancelled = false;

    bool found() const { return !gdp.isEmpty() && gdpEnd > 0; }
    const PerWorkerYear *latestPerWorker() const { return perWorker.isEmpty() ? nullptr : &perWorker.last(); }
};

ProductivityInputs load(const Store &store, const ProductivityRequest &request);
Productivity compute(const ProductivityInputs &inputs, const analysis::ProgressFn &progress = {});

namespace units {
// 百万円 → 億円, → 兆円, and 百万円 per person → 万円 per person.
constexpr double okuYen(double millionYen) { return millionYen / 100.0; }
constexpr double choYen(double millionYen) { return millionYen / 1.0e6; }
constexpr double manYen(double millionYen) { return millionYen * 100.0; }
} // namespace units

} // namespace regionlens::datasets
