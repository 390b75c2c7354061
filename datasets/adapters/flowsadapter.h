// SPDX-License-Identifier: GPL-3.0-or-later
// The one path from stored (or file) migration flows to the migration
// summary, shared by the 人口移動 page, `regionlens-cli flows`/`gravity` and
// the region report's key figures:
//
//   Request  — every convention, with one set of defaults
//   load(store | rows, Request) → Inputs   (reads; a worker's thread reader)
//   compute(Inputs, progress)   → Result   (pure; calls analysis/migration)
//
// Conventions (the Result repeats the ones used; conventionNotes() words them):
// - level: flows between prefectures (two-digit codes, the default) or
//   municipalities (five-digit codes); other flows of the table are left out.
// - sexes and ages: the "total" sex rows and the all-ages rows ("" or TOTAL)
//   where the year's flows have them, otherwise the sum over sexes and/or
//   age classes. Age classes give net migration by age.
// - regions: every code at either end of a kept flow, ascending (or the
//   Request's list, in its order).
// - population for rates (net per 1,000, ANMR, CMP): by default the store's
//   census `population` and estimate `population_age_sex_estimate` (all
//   ages, both sexes); the latest year ≤ the flows' year among them (the
//   census on a tie); when none is that early, the earliest year. For 2025
//   flows on the starter store: the 2022 estimate. Rates where a region has
//   no population are NaN; ANMR and CMP sum the populations that are known.
// - groups (e.g. 東京圏) are treated as one region: flows between members cancel.
// - the focus's own flows (Result::focusFlows): per partner in, out, net and
//   the shares of the focus's own in- and out-moves; net by 地域ブロック, the
//   eight blocks of catalog::blocks() (北海道; 東北 02–07; 関東 08–14; 中部
//   15–23; 近畿 24–30; 中国 31–35; 四国 36–39; 九州・沖縄 40–47), the same list
//   the starter store writes as its "block" region groups.
#pragma once

#include "analysis/analysiscommon.h"
#include "datasets/geometry.h"
#include "datasets/industrystructure.h"
#include "datasets/matrixadapter.h"
#include "datasets/store.h"
#include "datasets/valuegrid.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <optional>
#include <vector>

namespace regionlens::datasets::flows {

enum class Level {
    Prefecture,     // flows between two-digit codes
    Municipality,   // flows between five-digit codes
    FromData,       // prefecture when the year's flows include one between two-digit codes, else municipality
};

enum class PopulationSource {
    Default,        // defaultPopulationIndicators() of the store
    Indicator,      // Request::populationIndicator of the store
    Given,          // rows handed to load() (a file)
    None,           // no rates
};

// "population" (census), then "population_age_sex_estimate" (all ages).
const QStringList &defaultPopulationIndicators();
QString levelKey(Level level);   // "prefecture", "municipality", "from data"

struct Request
{
    int generation = 0;
    QString indicator = QStringLiteral("migration");
    int year = 0;                     // 0: the latest year of the flows
    Level level = Level::Prefecture;
    PopulationSource population = PopulationSource::Default;
    QString populationIndicator;      // PopulationSource::Indicator
    QStringList regions;              // matrix order; empty: the regions in the flows, ascending
    QString focus;                    // a region or group code; "" for none
    int focusTopN = 5;                // the focus's largest in- and outflows
    int topN = 0;                     // largest flows overall (0 = none)
    QList<RegionAggregate> groups;    // treated as one region each
};

// One population table a rate may come from (an indicator or a file).
struct PopulationRows
{
    QString label;                    // indicator id or file name
    QList<Observation> rows;          // sex total, all ages, any years
};

// The population tables of request.population read from the store, at the
// request's level (Default: both indicators, Indicator: one, else none).
// Given the regions and the flow year, only the years the choice can fall on
// are read (per table the latest year up to it with a value for one of the
// regions, else the earliest after it): the same choice, a fraction of the rows.
QList<PopulationRows> populationFromStore(const Store &store, const Request &request,
                                          const QStringList &regions = {}, int year = 0);

struct Inputs
{
    int generation = 0;
    int year = 0;
    QStringList regions;                  // matrix order
    QList<Flow> flows;                    // all ages, both sexes
    QList<Flow> ageFlows;                 // by age class (empty when the data have none)
    QHash<QString, double> population;    // population at risk, code → persons
    int populationYear = 0;
    QString populationIndicator;          // the PopulationRows label used
    QString focus;

    // Conventions (as applied by load()).
    Level level = Level::Prefecture;
    bool sexesSummed = false;             // no "total" rows: sexes summed
    bool agesSummed = false;              // no all-ages rows: age classes summed
    bool populationAfterFlows = false;    // no population year ≤ year: the earliest one
    int otherLevelFlows = 0;              // flows of the year left out by the level
    int focusTopN = 5;
    int topN = 0;
    QList<RegionAggregate> groups;
    QString indicator;
};

// Flows of every year, sex and age class (e.g. Store::flows(indicator) or a
// file); population tables in order of preference on a tie.
Inputs load(const QList<Flow> &flows, const QList<PopulationRows> &population, const Request &request);
// Reads the request's year of request.indicator and populationFromStore().
Inputs load(const Store &store, const Request &request);

struct FlowRecord
{
    QString origin;
    QString destination;
    double value = 0.0;
};

// --- the selected region's own flows (flowsregion.cpp) ---
// One partner of the focus region (or group): the movers both ways and the
// partner's shares of the focus's own totals (not of all moves in the nation).
struct PartnerFlow
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    QString partner;                      // region code
    double inflow = 0.0;                  // partner → focus
    double outflow = 0.0;                 // focus → partner
    double net = 0.0;                     // inflow − outflow (the focus's gain from the partner)
    double inShare = kNaN;                // inflow / the focus's inflow (0..1); NaN when that is 0
    double outShare = kNaN;               // outflow / the focus's outflow
    double turnover() const { return inflow + outflow; }
};

// The focus's net migration with one 地域ブロック (catalog::blocks(), the one
// definition of the eight blocks): Σ over the block's partners; the focus
// itself (a group: its members) is left out of its own block.
struct BlockNet
{
    QString id;                           // "hokkaido" … "kyushu"
    QString nameJa;
    QString nameEn;
    QStringList partners;                 // the block's regions that are partners (matrix order)
    double inflow = 0.0;
    double outflow = 0.0;
    double net = 0.0;
};

struct RegionFlows
{
    QString region;                       // the focus code; empty: no focus
    int year = 0;
    double inflow = 0.0;                  // Σ partners (= Result::inflow of the focus)
    double outflow = 0.0;
    double net = 0.0;
    // Every region with a flow either way, by turnover (in + out), largest
    // first; ties by code.
    QList<PartnerFlow> partners;
    QList<BlockNet> blocks;               // the eight blocks, in catalogue order (北海道 … 九州・沖縄)
    QString ownBlock;                     // block id of the focus (a group: when all members are in one)

    bool isEmpty() const { return region.isEmpty(); }
    const PartnerFlow *partner(const QString &code) const;
    // The n partners with the largest |net| (0: all), largest first; ties by
    // turnover, then code.
    QList<PartnerFlow> topByNet(int n) const;
    // The n partners with the largest turnover (0: all).
    QList<PartnerFlow> topByTurnover(int n) const { return n > 0 ? partners.mid(0, n) : partners; }
};

// A group treated as one region.
struct GroupFlows
{
    QString code;                         // e.g. "group:tokyo_area"
    QStringList members;                  // those in the matrix
    double inflow = 0.0;                  // from outside the group
    double outflow = 0.0;
    double net = 0.0;
    double turnover = 0.0;
    double internal = 0.0;                // between members (cancels)
    double population = std::numeric_limits<double>::quiet_NaN();   // Σ members, when all are known
    double netPerThousand = std::numeric_limits<double>::quiet_NaN();
    QList<FlowRecord> inflows;            // per partner, largest first (destination = code)
    QList<FlowRecord> outflows;           // (origin = code)
};

struct Result
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int generation = 0;
    int year = 0;
    QStringList regions;
    QList<FlowRecord> flows;              // every off-diagonal flow > 0
    QHash<QString, double> inflow;
    QHash<QString, double> outflow;
    QHash<QString, double> net;
    QHash<QString, double> turnover;
    QHash<QString, double> netPerThousand;   // empty without population
    double totalFlows = 0.0;
    double effectiveness = kNaN;          // MEI
    double aggregateNetMigrationRate = kNaN;   // ANMR
    double crudeMigrationProbability = kNaN;   // CMP
    int populationYear = 0;
    QString populationIndicator;
    int gaining = 0;                      // regions with net > 0
    int losing = 0;
    QString largestGain;                  // code
    QString largestLoss;

    // The focus region (or group).
    QString focus;
    int netRank = 0;                      // 1 = largest net gain; 0 for a group
    QList<FlowRecord> focusInflows;       // largest first
    QList<FlowRecord> focusOutflows;

    // Net migration by age of the focus (empty without age classes).
    QStringList ageClasses;
    QVector<double> focusNetByAge;
    bool hasAges = false;
    ValueGrid ageInflow;                  // regions × ageClasses
    ValueGrid ageOutflow;
    ValueGrid ageNet;

    QList<FlowRecord> topFlows;           // Request::topN largest
    QList<GroupFlows> groups;
    // The focus's own in- and outflows per partner and net by 地域ブロック
    // (empty without a focus in the matrix or among the groups).
    RegionFlows focusFlows;

    // Conventions used (copied from the Inputs).
    QString indicator;
    Level level = Level::Prefecture;
    bool sexesSummed = false;
    bool agesSummed = false;
    bool populationAfterFlows = false;
    int otherLevelFlows = 0;
    int suppressedFlows = 0;              // flows without a value (footnote), counted as 0

    QStringList warnings;                 // English
    std::vector<analysis::Warning> details;      // of the summary (row = origin, column = destination)
    std::vector<analysis::Warning> ageDetails;   // of the age breakdown (column = age class)
    bool cancelled = false;

    const GroupFlows *group(const QString &code) const;
};

// Pure; safe on a worker. progress may cancel (Result::cancelled).
Result compute(const Inputs &inputs, const analysis::ProgressFn &progress = {});

// The focus's flows per partner and by block from a computed Result: a region
// of the matrix (from Result::flows) or a group of Result::groups; empty for
// a code that is neither. compute() fills Result::focusFlows with it.
RegionFlows regionFlows(const Result &result, const QString &focus);
// The block of a region code (two digits, or a municipality's first two); "".
QString blockOf(const QString &code);

// The conventions used, one English sentence each (the CLI's stderr note).
QStringList conventionNotes(const Result &result);
QStringList conventionNotes(const Inputs &inputs);

// --- municipal net migration (the municipal level of the net map) ---
// From flows between five-digit codes of the year (an imported municipal OD
// table) or, without them, the movers into and out of each municipality as
// counted by 住民基本台帳人口移動報告 (SSDSE-A A5101 転入者数, A5102 転出者数;
// these include moves within the prefecture), the latest year with both.
// Population: the municipal counts of the population indicator(s), same rule.
struct MunicipalRequest
{
    int generation = 0;
    QString indicator = QStringLiteral("migration");
    int year = 0;                         // the flows' year; 0: the latest year of indicator
    QString inIndicator = QStringLiteral("ssdse_a5101");
    QString outIndicator = QStringLiteral("ssdse_a5102");
    PopulationSource population = PopulationSource::Default;
    QString populationIndicator;
    bool boundaries = false;              // also read the municipal boundaries (flow map)
};

struct MunicipalInputs
{
    enum class Source { None, Flows, InOut };
    int generation = 0;
    Source source = Source::None;
    int year = 0;
    QString inIndicator;                  // Source::InOut
    QString outIndicator;
    QList<Flow> flows;                    // Source::Flows: origin and destination five-digit
    QHash<QString, double> in;            // Source::InOut: code → movers in
    QHash<QString, double> out;
    QHash<QString, double> population;    // code → persons (optional)
    int populationYear = 0;
    QString populationIndicator;
    QList<BoundaryFeature> boundaries;    // Source::Flows with MunicipalRequest::boundaries
};

struct MunicipalResult
{
    int generation = 0;
    MunicipalInputs::Source source = MunicipalInputs::Source::None;
    int year = 0;
    int populationYear = 0;
    QString populationIndicator;
    QString inIndicator;
    QString outIndicator;
    QHash<QString, double> inflow;
    QHash<QString, double> outflow;
    QHash<QString, double> net;           // inflow − outflow, where both are known
    QHash<QString, double> netPerThousand;   // where the population is known
    // Source::Flows: one per origin–destination pair (duplicates summed),
    // off-diagonal and > 0, largest first; their sum.
    QList<FlowRecord> flows;
    double totalFlows = 0.0;
};

MunicipalInputs loadMunicipal(const Store &store, const MunicipalRequest &request);
MunicipalResult computeMunicipal(const MunicipalInputs &inputs);

// The square matrix of the inputs' flows over their regions (for models
// that take the matrix itself, e.g. the gravity fit), and the population in
// the same order (NaN where unknown; empty without population).
OdMatrix odMatrix(const Inputs &inputs);
Eigen::VectorXd populationVector(const Inputs &inputs);

// --- groups ---
// "tokyo_area" or "group:tokyo_area" (a preset or block of the store, else of
// the built-in catalogue) → {"group:tokyo_area", members}; "11,12,13" (region
// codes or prefecture names) → {"group:selection", codes}. False and *error
// when a part is unknown. store may be null (catalogue only; codes of two or
// five digits accepted as they are).
bool resolveGroup(const Store *store, const QString &spec, RegionAggregate *group, QString *error);

} // namespace regionlens::datasets::flows
