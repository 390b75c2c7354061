// SPDX-License-Identifier: GPL-3.0-or-later
// The one path from an input–output table (a wide CSV file, or the store) to
// multipliers, the impact of a final-demand change (経済波及効果) and the
// 地域経済循環, shared by `regionlens-cli io …`, the pages and the report:
//
//   Request  — every convention, with one set of defaults
//   load(file table | store, Request) → Inputs
//   compute(Inputs, progress)         → Result   (pure; calls analysis/inputoutput, ioregional)
//
// Conventions and their defaults (the Result's notes repeat the ones used):
// - model: competitive imports (競争移入型, m_i = imports ÷ regional demand)
//   when the table has imports, else closed ((I − A)⁻¹); or forced either way.
// - type: I (households exogenous). Type II closes the model for households
//   (multipliers: Miller & Blair §2.5 with the consumption ratio; impact: one
//   round of 第2次間接波及効果 as the prefectural tools state it).
// - consumption ratio (消費転換係数): 0.738, the 平均消費性向 of 勤労者世帯,
//   家計調査 2015 (analysis::kDefaultConsumptionRatio), or given.
// - value added: every value-added row (粗付加価値部門計, as the published
//   tables and prefectural tools), or without 家計外消費支出 (GDP type).
// - demand: in purchasers' terms of the region, met partly by imports:
//   direct effect = 自給率 × demand (the prefectural tools' convention).
// - import coefficients above 1 (re-exports) used as computed (not clipped).
#pragma once

#include "datasets/iostore.h"
#include "datasets/iowidecsv.h"

#include "analysis/analysiscommon.h"
#include "analysis/inputoutput.h"
#include "analysis/ioregional.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <vector>

namespace regionlens::datasets::inputoutput {

enum class ConsumptionRatioSource {
    Default,   // kDefaultConsumptionRatio (家計調査 2015, 勤労者世帯 平均消費性向)
    Given,     // Request::consumptionRatio as given (--consumption-ratio)
};

enum class ValueAddedBasis {
    AllRows,                   // 粗付加価値部門計 (incl. 家計外消費支出(行))
    WithoutHouseholdExternal,  // GDP type
};

struct Request
{
    int generation = 0;
    // The store's table (load(store, …)); a file gives its table itself.
    QString region;                 // region code ("22", "00", a municipality code)
    int year = 0;                   // 0: the latest year stored
    iostore::TableKind table = iostore::TableKind::Official;
    // Estimated (table = Estimated): the stored national table ("00") and the
    // store's `employees` by JSIC division of the latest year (national = sum
    // of the prefectures), regionalised with this method and δ.
    analysis::LqMethod method = analysis::LqMethod::Flq;
    double delta = analysis::kDefaultFlqDelta;
    // A group estimated as one region (table = Estimated): its members'
    // employees and population summed; region is then the group's row code
    // (e.g. "group:tokyo_area"). Empty: region alone.
    QStringList members;
    analysis::ImportTreatment imports = analysis::ImportTreatment::Auto;
    analysis::MultiplierType type = analysis::MultiplierType::TypeI;
    double consumptionRatio = analysis::kDefaultConsumptionRatio;
    ConsumptionRatioSource consumptionRatioSource = ConsumptionRatioSource::Default;
    ValueAddedBasis valueAdded = ValueAddedBasis::AllRows;
    bool clipImportCoefficients = false;
    bool demandInPurchasersTerms = true;   // direct effect = 自給率 × demand
    // Final-demand change by sector in the table's order (Inputs::sectors);
    // empty: no impact is computed.
    QVector<double> demand;
};

// "type I" / "type II"; "competitive imports" / "closed" / "auto".
QString typeKey(analysis::MultiplierType type);
QString importsKey(analysis::ImportTreatment imports);

struct Inputs
{
    int generation = 0;
    Request request;
    QString source;                 // the file, or the store table's label
    QStringList sectors;
    analysis::IoTable table;
    bool estimated = false;         // a regionalised (LQ) table: label every result as an estimate
    // Estimated from employees (request.table = Estimated): table is the
    // national table; employees by the table's sectors.
    std::vector<double> nationalEmployees, regionalEmployees;
    // Estimated 地域経済循環: the region's share of the national 民間消費支出
    // and 一般政府消費支出 is its share of the population (census, the year
    // nearest the table's, national = sum of the prefectures); investment
    // follows its share of the estimated gross value added
    // (analysis::estimatedRegionalTable). NaN: no population stored.
    double regionalPopulation = std::numeric_limits<double>::quiet_NaN();
    double nationalPopulation = std::numeric_limits<double>::quiet_NaN();
    int populationYear = 0;
    int employeesYear = 0;
    QStringList tableNotes;         // what the reader recognised (exports, imports, output, skipped subtotals)
    // The stored table used (the national one for an estimate): 出典, licence, unit, year.
    QString tableSource, tableLicence, tableUnit;
    int tableYear = 0;
    QString problem;                // load failed (no such table): why; empty otherwise
};

// A table read from a wide CSV file (iowide::readWideTable).
Inputs load(const iowide::WideTable &file, const Request &request);
// The stored table of request.region (official: as imported); Inputs::problem
// says why when there is none.
Inputs load(const Store &store, const Request &request);
// The region's official table when the store has one (and request.members is
// empty), else the estimate (request.method, delta); request.table is ignored.
// The pages' default: every region gets a table, labelled by Inputs::estimated.
Inputs loadOfficialOrEstimated(const Store &store, Request request);

struct Effect
{
    QVector<double> output;       // 生産誘発額
    QVector<double> valueAdded;   // 粗付加価値誘発額
    QVector<double> income;       // 雇用者所得誘発額
    QVector<double> employees;    // empty when employees are unknown
};

struct Circulation
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double production = kNaN, compensation = kNaN, otherIncome = kNaN, distribution = kNaN;
    double circulationRate = kNaN;
    double householdConsumption = kNaN, governmentConsumption = kNaN, investment = kNaN, otherDemand = kNaN;
    double exports = kNaN, imports = kNaN, netExports = kNaN, expenditure = kNaN, discrepancy = kNaN;
    // Residence-based variant (RESAS's 循環率), where residence-based income is known.
    double residenceIncome = kNaN, incomeInflow = kNaN, residenceCirculationRate = kNaN;
    // Estimated tables: the shares of the national final demand used (else NaN).
    double householdShare = kNaN, governmentShare = kNaN, investmentShare = kNaN;
    QVector<double> grossValueAdded;      // by sector
    QVector<double> netExportsBySector;   // 純移輸出
};

struct Result
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    int generation = 0;
    QString source;
    QStringList sectors;
    bool valid = false;                   // the model has an inverse
    bool estimated = false;
    // As Inputs: the stored table's 出典, licence and year; for an estimate
    // the method and δ (FLQ/AFLQ), the employees' and population's years.
    QString tableSource, tableLicence, tableUnit;
    int tableYear = 0;
    analysis::LqMethod method = analysis::LqMethod::Flq;
    double delta = analysis::kDefaultFlqDelta;
    int employeesYear = 0, populationYear = 0;
    bool competitiveImports = false;
    analysis::MultiplierType type = analysis::MultiplierType::TypeI;
    double consumptionRatio = analysis::kDefaultConsumptionRatio;

    QVector<double> output;               // X used
    QVector<double> selfSufficiency;      // 自給率
    QVector<double> importCoefficients;

    // Multipliers of the request's type (column sums of the inverse used).
    QVector<double> outputMultiplier, valueAddedMultiplier, incomeMultiplier;
    QVector<double> employmentMultiplier;  // empty when employees are unknown
    QVector<double> backwardLinkage, forwardLinkage;   // 影響力係数, 感応度係数

    // Impact of Request::demand (hasImpact); type I leaves indirect2 at 0.
    bool hasImpact = false;
    QVector<double> demand;
    Effect direct, indirect1, indirect2, total;
    double inducedIncome = 0.0, inducedConsumption = 0.0;
    double outputRatio = kNaN, valueAddedRatio = kNaN, incomeRatio = kNaN, employeesRatio = kNaN;

    Circulation circulation;

    QStringList notes;                    // the conventions used, one English sentence each
    std::vector<analysis::Warning> issues;   // of the model, multipliers, impact (row/column = sector)
    QStringList warnings;

    bool hasEmployees() const { return !employmentMultiplier.isEmpty(); }
};

Result compute(const Inputs &inputs, const analysis::ProgressFn &progress = {});

} // namespace regionlens::datasets::inputoutput
