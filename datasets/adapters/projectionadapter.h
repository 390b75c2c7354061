// SPDX-License-Identifier: GPL-3.0-or-later
// The population projection adapter (将来人口推計, issue 11): load() reads the
// census age tables by sex and 5-year age that one request needs (from the
// store, or from the rows of a tidy file for `regionlens-cli project
// --input`), the national survival ratios and the regions' TFR; compute()
// runs analysis::projectPopulation (analysis/projection.h) and records the
// conventions used as notes. Shared by the CLI, the GUI page and the report.
//
// Conventions (one set of defaults, each stated in Result::notes):
//  - the base census and the censuses of the rate period(s) with 年齢不詳
//    distributed over the ages in proportion (the census 総数 includes it);
//  - survival: the bundled national 5-year survival ratios of each period
//    (datasets/starter/survival_ratios_national.csv: the 2020 life table ×
//    the projected improvement of 社人研's 2023 projection, 死亡中位), or the
//    nation's own cohort change (an approximation: it includes international
//    migration and census coverage);
//  - net migration rates from the cohort change beyond survival in
//    ratesFrom → ratesFrom + 5 (averaged over ratePeriods periods ending
//    there); the child-woman ratio and the 0–4 sex split of the census at
//    ratesFrom + 5 (the base census by default), all held;
//  - every region of the same level that the data has an age table for is
//    projected together, and net migration is balanced over them; the result
//    shows the regions asked for, so a region's figures do not depend on
//    which others are asked;
//  - fertility scenarios start from each region's TFR of the base year (the
//    nearest year the store has, noted);
//  - the child-woman ratio and the 0–4 sex split are those of the rate
//    period's end census; when the base is later than that (a 住基 base), of
//    the base table, the most recent observation.
//
// Municipalities (issue 11): the starter pack's base is 住民基本台帳 on
// 1 January 2022 (kJukiAge, 1,741 municipalities and the 47 prefectures), not a
// census, and there are no municipal age tables for two censuses. When the
// rate years have no table at the municipal level, every municipality is
// projected with its prefecture's rates (Inputs::prefectureRates, noted):
//  - survival: national (as for the prefectures), each period's ratios
//    interpolated linearly between the bundled 5-year periods, since the steps
//    start in 2022, 2027, …;
//  - net migration rates: the prefecture's (cohort change beyond survival in
//    the prefectures' census rate period, 2010→2015 by default, the latest
//    bundled), balanced over all 1,741 municipalities with the prefectures'
//    aggregate rates, which gives each prefecture the same net migrants as the
//    prefecture projected from the same base (its municipalities share its
//    rate, so the balancing shift, in proportion to |migrants|, adds up to the
//    prefecture's);
//  - child-woman ratio: the municipality's own, 0–4 ÷ women 15–49 of the 住基
//    base (it ranges from 0.07 to 0.38 among municipalities, so a prefecture's
//    ratio would erase the largest municipal difference; every municipality
//    has women 15–49 and children in 2022, the prefecture's ratio is the
//    fallback otherwise); the 0–4 sex split: the prefecture's, from the sum of
//    its municipalities' base (small villages' own split is noise);
//  - fertility scenarios: the prefecture's TFR (no municipal TFR is bundled);
//  - years: 2022 = 1 January 2022, then 5-year steps 2027, 2032, … (default
//    horizon 2052, 30 years as for the census base; 2047 is the year nearest to
//    2045). They are not census years: 住基 counts registered residents on
//    1 January, the census usual residents on 1 October (2020 census
//    126,146,099 vs 住基 1 January 2021 126,654,244).
// A prefecture can be projected from the same base (--base 2022 at the
// prefecture level, its own 住基 table, its own rates): the sum of its
// municipalities equals that projection for ages 5+ after one step and
// differs afterwards only through the municipal child-woman ratios
// (tests/datasets/test_adapters_projection_municipal.cpp states the tolerance).
// QtCore only.
#pragma once

#include "analysis/projection.h"
#include "datasets/adapters/industrytables.h"
#include "datasets/store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <map>

namespace regionlens::datasets::projection {

// Census population by age and sex: the 2015 census the 人口 page shows and
// the earlier censuses kept for the projection (starter pack).
inline const QString kCensusAge = QStringLiteral("population_age_sex_census");
inline const QString kCensusAgeEarlier = QStringLiteral("population_age_sex_census_earlier");
inline const QString kFertility = QStringLiteral("total_fertility_rate");
// 住民基本台帳 by sex and 5-year age, 1 January 2022 (prefectures and municipalities).
inline const QString kJukiAge = QStringLiteral("population_age_sex_juki");
inline constexpr int kJukiYear = 2022;

enum class SurvivalSource {
    NationalLifeTable,     // bundled national survival ratios, period by period (default)
    NationalCohortChange,  // the sum of the regions' cohort change in the rate period, held
};
QString survivalSourceKey(SurvivalSource source);   // "life-table", "cohort-change"
bool parseSurvivalSource(const QString &key, SurvivalSource *source);

// The CLI's --scenario values (analysis::standardScenarios names).
const QStringList &scenarioNames();

struct Request
{
    QStringList regions;          // region codes; empty = every region of the level with an age table
    // Groups shown as one region each (after the regions): the sum of their
    // members' projections (the members are projected with all the others).
    QList<RegionAggregate> groups;
    bool showAll = false;         // show every region besides the groups (regions empty, groups given)
    RegionLevel level = RegionLevel::Prefecture;   // the level when no region or group is named (--all)
    int baseYear = 2015;          // base census
    int horizon = 2045;           // last projected year (baseYear + a multiple of 5, ≤ baseYear + 100)
    // Rates from the censuses ratesFrom → ratesFrom + 5; 0 = baseYear − 5 when the base is a
    // multiple of 5, else (a 住基 base) the latest period with tables that ends by the base (store).
    int ratesFrom = 0;
    int ratePeriods = 1;          // net migration averaged over this many 5-year periods ending at ratesFrom + 5
    QStringList scenarios{QStringLiteral("baseline")};   // scenarioNames(), in the order wanted
    double tfrTarget = 2.07;      // "fertility": TFR reaching tfrTarget by tfrYear
    double tfrYear = 2040;
    double migrationZeroFrom = 2025;   // "zero-migration": net migration 0 from this year
    SurvivalSource survival = SurvivalSource::NationalLifeTable;
    bool balanceMigration = true;
    // Where age tables are looked for, in this order, per year.
    QStringList censusIndicators{kCensusAge, kCensusAgeEarlier, kJukiAge};
    QString fertilityIndicator = kFertility;

    int rateStart() const { return ratesFrom > 0 ? ratesFrom : baseYear - 5; }
    bool needsFertility() const;  // a scenario with a TFR target
};

// One census year of the projected regions (rows in Inputs::codes order).
struct CensusTable
{
    QString source;                     // indicator id or file label
    analysis::AgeSexTable classes;      // the 18 classes (NaN where missing)
    Eigen::VectorXd totalMale;          // 総数 per sex, including 年齢不詳 (NaN = not given)
    Eigen::VectorXd totalFemale;
};

// A municipal projection with the prefectures' rates (see the header comment).
struct PrefectureRates
{
    bool used = false;
    QStringList codes;                  // the prefectures (rows of census)
    std::map<int, CensusTable> census;  // the rate years, prefecture level
    QVector<int> row;                   // per region of Inputs::codes: its prefecture's row in codes
};

struct Inputs
{
    Request request;
    QString error;                      // set: nothing can be computed (message for the user)
    QStringList codes;                  // every region projected together
    QStringList asked;                  // the regions to show (codes of Request::regions, or all), then the groups
    std::map<int, CensusTable> census;  // the base year and the rate years
    std::map<int, analysis::SurvivalRatios> survival;   // period start → ratios (life-table source)
    QString survivalSource;             // where they came from
    Eigen::VectorXd tfr;                // per region of codes, NaN = unknown
    int tfrYear = 0;
    QString tfrSource;
    QStringList notes;                  // what load() chose
    PrefectureRates prefectureRates;    // used: the rates are the prefectures'
};

// One row of the tidy output: sex "total|male|female", ageClass "0-4" … "85+" or "TOTAL".
struct TidyRow
{
    QString region;
    int year = 0;
    QString sex;
    QString ageClass;
    double population = 0;
    QString scenario;
};

// The projection of one region or group under one scenario, as a page shows
// it: per year the population by sex and age class and the figures derived
// from it (a group's are those of the sum of its members).
struct RegionSeries
{
    bool valid = false;                  // false: unknown code or scenario, or a member not projected
    QString code;                        // region code or group code ("group:tokyo_area")
    QStringList members;
    QString scenario;
    QVector<int> years;                  // base year first
    QVector<QVector<double>> male;       // per year, the 18 classes 0-4 … 85+
    QVector<QVector<double>> female;
    QVector<double> total;
    QVector<double> age0to14, age15to64, age65plus, age75plus;
    QVector<double> share0to14, share15to64, share65plus, share75plus;   // % of total (share65plus = 高齢化率)
    QVector<double> dependencyRatio;     // 従属人口指数 = (0–14 + 65+) / 15–64 × 100
    QVector<double> index;               // total / base-year total × 100
};

struct Result
{
    QString error;                      // set: no projection (Inputs::error or the engine's)
    QStringList codes;                  // rows of projection's matrices
    QStringList asked;                  // the regions shown, then the groups' codes
    QList<RegionAggregate> groups;
    analysis::ProjectionResult projection;
    QStringList notes;                  // conventions used, English, one sentence each
    QStringList warnings;               // data problems (region codes named)

    int row(const QString &code) const { return int(codes.indexOf(code)); }
    // A region of codes or a group's code, under one scenario.
    RegionSeries series(const QString &code, const QString &scenario) const;
    // Every asked region and group × scenario × year × sex × age class (+ TOTAL).
    QList<TidyRow> tidyRows() const;
    // Every projected region's total in year as an index (base year = 100)
    // under one scenario, code → index: a map of all regions. Empty for an
    // unknown scenario or year.
    QHash<QString, double> indexByRegion(const QString &scenario, int year) const;
};

// The level's default base and horizon where the caller has not given them:
// prefectures keep the request's (census 2015 → 2045); municipalities take
// the latest year with a municipal age table (kJukiYear in the starter pack)
// and a horizon 30 years later. The level is that of the first region or
// group member named, else request->level.
void applyLevelDefaults(const Store &store, Request *request, bool baseGiven, bool horizonGiven);

// The bundled national survival ratios (period start → ratios), read once.
const std::map<int, analysis::SurvivalRatios> &bundledSurvival();

// From the store: the age tables of the request's level (the level of its
// first region; prefectures when none is given), the survival, the TFR.
Inputs load(const Store &store, const Request &request);
// From rows of a file (region, year, sex male|female, ageClass "0-4" … "85+"
// or "TOTAL", value); every region in the file is projected together. No TFR
// (see loadFertility).
Inputs load(const QList<Observation> &rows, const Request &request, const QString &label);
// The TFR of the base year (or the nearest year) for inputs.codes from a
// store; used for files when a scenario needs it.
void loadFertility(const Store &store, Inputs *inputs);

Result compute(const Inputs &inputs, const analysis::ProgressFn &progress = {});
// The same, reusing the matrices of a previous result (a recomputation after
// a scenario change: about 3 times as fast for 1,741 regions, bench/RESULTS.md).
Result compute(const Inputs &inputs, const analysis::ProgressFn &progress, Result &&previous);

} // namespace regionlens::datasets::projection
