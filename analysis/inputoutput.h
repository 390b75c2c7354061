// SPDX-License-Identifier: GPL-3.0-or-later
// Regional input–output engine (産業連関分析): a transactions table, its
// coefficients, the competitive-import (競争移入型) model used with Japanese
// prefectural tables, the Leontief inverse, multipliers (type I and II),
// Rasmussen linkages (影響力係数・感応度係数), 自給率, and the impact of a
// final-demand change (経済波及効果: 直接効果, 第1次・第2次間接波及効果).
// Regionalisation (SLQ/CILQ/FLQ/AFLQ) and 地域経済循環 are in ioregional.h.
//
// Notation (Miller & Blair, Input–Output Analysis, 2nd ed. 2009, ch. 2–3):
//   Z  n×n transactions, z_ij = sales of sector i (row) to sector j (column)
//   X  output (国内・域内生産額), A = Z X̂⁻¹ (a_ij = z_ij / x_j, 投入係数)
//   F  final demand n×k, E = its export column(s) (輸出・移出 = 移輸出)
//   M  imports (移輸入) as POSITIVE amounts (published tables print them
//      negative as (控除)移輸入; see positiveImports())
//   m_i = M_i / (Σ_j z_ij + Σ F_i excluding exports)    (移輸入係数)
//   X = [I − (I − M̂)A]⁻¹ [(I − M̂) F_d + E]             (競争移入型)
//   A table without imports is used closed: X = (I − A)⁻¹ F.
//
// Every entry point takes a config and returns a result carrying warnings:
// a singular system, negative coefficients or sectors with zero output are
// reported, never a crash, never a silent NaN. Eigen + std only.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace regionlens::analysis {

// 消費転換係数 default: the 平均消費性向 (average propensity to consume) of
// 二人以上の世帯のうち勤労者世帯 in 2015, 73.8 % (= 100 % − 黒字率 26.2 %),
// 総務省統計局『家計調査報告（家計収支編）平成27年(2015年)平均速報結果の
// 概況』(2016-02-16). Prefectural 経済波及効果 tools apply the 平均消費性向 of
// 家計調査 to the induced 雇用者所得 in the same way (strictly it relates to
// 可処分所得; using it on 雇用者所得 is their convention, kept here).
inline constexpr double kDefaultConsumptionRatio = 0.738;

enum class FinalDemandKind : std::uint8_t {
    HouseholdExternal,      // 家計外消費支出(列)
    HouseholdConsumption,   // 民間消費支出
    GovernmentConsumption,  // 一般政府消費支出
    FixedCapital,           // (域内)総固定資本形成
    Inventory,              // 在庫純増
    Exports,                // 輸出・移出 (移輸出); excluded from regional demand
    Other,
};

enum class ValueAddedKind : std::uint8_t {
    HouseholdExternal,   // 家計外消費支出(行)
    Compensation,        // 雇用者所得
    OperatingSurplus,    // 営業余剰
    Depreciation,        // 資本減耗引当
    IndirectTaxes,       // 間接税
    Subsidies,           // (控除)経常補助金, negative as published
    Other,
};

// A transactions table as published (one region, one year, one unit).
struct IoTable
{
    std::vector<std::string> sectors;           // n names, row order = column order
    Eigen::MatrixXd transactions;               // Z, n × n
    Eigen::MatrixXd finalDemand;                // n × k
    std::vector<std::string> finalDemandNames;  // k
    std::vector<FinalDemandKind> finalDemandKinds;  // k
    Eigen::VectorXd imports;                    // n, POSITIVE; empty = closed table
    Eigen::MatrixXd valueAdded;                 // r × n
    std::vector<std::string> valueAddedNames;   // r
    std::vector<ValueAddedKind> valueAddedKinds;    // r
    Eigen::VectorXd output;                     // X, n; empty = Σ_i z_ij + Σ_g v_gj
    Eigen::VectorXd employees;                  // persons by sector; empty = unknown

    Eigen::Index sectorCount() const { return transactions.rows(); }
    // Σ of the final-demand columns of one kind, per sector (zeros if none).
    Eigen::VectorXd finalDemandOfKind(FinalDemandKind kind) const;
    // Σ of the value-added rows of one kind, per sector (zeros if none).
    Eigen::RowVectorXd valueAddedOfKind(ValueAddedKind kind) const;
};

// Names and kinds of the six final-demand columns and six value-added rows
// of the Japanese tables in their published order (as in the 12-sector file
// of ../shared/data/io_2015_regional_12sector: D_i_1..6, V_j_1..6):
//   家計外消費支出(列), 民間消費支出, 一般政府消費支出, 総固定資本形成, 在庫純増, 輸出・移出;
//   家計外消費支出(行), 雇用者所得, 営業余剰, 資本減耗引当, 間接税, (控除)経常補助金.
void setJapaneseTableItems(IoTable &table);

// Imports as published ((控除)移輸入, negative) or already positive → positive.
// A vector whose sum is negative is negated; otherwise returned as is.
Eigen::VectorXd positiveImports(const Eigen::VectorXd &published);

// Row and column balances of a table (both ≈ 0 for a consistent table):
//   row_i    = Σ_j z_ij + Σ_d f_id − m_i − x_i
//   column_j = Σ_i z_ij + Σ_g v_gj − x_j
struct IoBalance
{
    Eigen::VectorXd rowError;
    Eigen::VectorXd columnError;
    double maxAbsRowError = 0.0;
    double maxAbsColumnError = 0.0;
    double maxRelRowError = 0.0;      // |row_i| / x_i (0 where x_i = 0)
    double maxRelColumnError = 0.0;
    std::vector<Warning> warnings;    // shape problems; imbalances above tolerance
};

// relativeTolerance: imbalances |e_i| > tol × max(1, x_i) are reported.
IoBalance ioBalance(const IoTable &table, double relativeTolerance = 1e-6);

enum class ImportTreatment : std::uint8_t {
    Auto,                // competitive imports when the table has non-zero imports, else closed
    CompetitiveImports,  // 競争移入型 (needs imports)
    Closed,              // (I − A)⁻¹, imports ignored
};

struct IoModelConfig
{
    ImportTreatment imports = ImportTreatment::Auto;
    // 粗付加価値 per unit of output: all value-added rows (粗付加価値部門計,
    // as the published tables and prefectural tools) or without the
    // 家計外消費支出 row (the GDP-type concept of 県民経済計算).
    bool valueAddedIncludesHouseholdExternal = true;
    // m_i > 1 happens when imports exceed regional demand (re-exports: 移輸出 >
    // output, e.g. 鉱業 of 神奈川県 2015), giving a negative 自給率. As computed
    // (default) the model reproduces the table's output exactly, as the
    // published prefectural inverse does; clipped, m_i is bounded to [0, 1].
    // Either way a warning names the sectors.
    bool clipImportCoefficients = false;
};

// Everything the multiplier and impact functions need; built from a table
// by ioModel() or from a regionalised national table (ioregional.h).
struct IoModel
{
    std::vector<std::string> sectors;
    Eigen::VectorXd output;              // X used (empty for estimated models without output)
    Eigen::MatrixXd technical;           // A (input coefficients, 投入係数)
    Eigen::MatrixXd regional;            // coefficients of regional supply: (I − M̂)A, or A when closed,
                                         // or the LQ-adjusted matrix of an estimated table
    Eigen::VectorXd selfSufficiency;     // 自給率 1 − m_i (ones when closed)
    Eigen::VectorXd importCoefficients;  // m_i (zeros when closed)
    Eigen::MatrixXd inverse;             // [I − regional]⁻¹; empty when singular
    Eigen::MatrixXd valueAddedRatios;    // r × n, v_gj / x_j (rows as in the table)
    std::vector<ValueAddedKind> valueAddedKinds;
    Eigen::RowVectorXd valueAddedRatio;  // 粗付加価値率 per IoModelConfig
    Eigen::RowVectorXd incomeRatio;      // 雇用者所得率 w_j = 雇用者所得_j / x_j
    Eigen::RowVectorXd employeesPerOutput;  // 就業(雇用)係数 l_j / x_j; empty when unknown
    Eigen::VectorXd consumptionShares;   // 民間消費支出 composition h_i, Σ h = 1 (regional purchases
                                         // incl. imports; the self-sufficiency is applied in use)
    bool competitiveImports = false;
    bool estimated = false;              // true for a regionalised (LQ) table: label as estimate
    std::vector<Warning> warnings;

    bool valid() const { return inverse.size() > 0 && inverse.rows() == Eigen::Index(sectors.size()); }
};

IoModel ioModel(const IoTable &table, const IoModelConfig &config = {});

// [I − coefficients]⁻¹ by full-pivot LU with a rank check. A singular or
// non-square matrix gives an empty result and a Singular warning; negative
// cells in the inverse (a non-productive matrix, column sums ≥ 1) are
// reported. Exposed for estimated tables and tests.
Eigen::MatrixXd leontiefInverse(const Eigen::MatrixXd &coefficients, WarningCollector &warnings);

// Type II inverse (households endogenous, Miller & Blair §2.5): the top-left
// n × n block of the inverse of
//   [ regional   consumption ]
//   [ income         self    ]
// income = household row (w_j per unit output), consumption = household
// column (c · (1 − m_i) · h_i per unit of income). Empty when singular.
Eigen::MatrixXd typeTwoInverse(const Eigen::MatrixXd &regional, const Eigen::RowVectorXd &income,
                               const Eigen::VectorXd &consumption, double self,
                               WarningCollector &warnings);
// The full (n+1) × (n+1) closed inverse, for checks against textbook tables.
Eigen::MatrixXd closedInverse(const Eigen::MatrixXd &regional, const Eigen::RowVectorXd &income,
                              const Eigen::VectorXd &consumption, double self,
                              WarningCollector &warnings);

enum class MultiplierType : std::uint8_t { TypeI, TypeII };

struct IoMultiplierConfig
{
    MultiplierType type = MultiplierType::TypeI;
    double consumptionRatio = kDefaultConsumptionRatio;  // type II only
};

struct IoMultipliers
{
    MultiplierType type = MultiplierType::TypeI;
    Eigen::MatrixXd inverse;         // the inverse used (type I or the type II block)
    Eigen::VectorXd output;          // column sums of the inverse (生産誘発係数の列和)
    Eigen::VectorXd valueAdded;      // Σ_i v_i b_ij
    Eigen::VectorXd income;          // Σ_i w_i b_ij
    Eigen::VectorXd employment;      // Σ_i l_i b_ij per unit of demand; empty when unknown
    // Rasmussen: 影響力係数 = column sum / mean column sum; 感応度係数 = row
    // sum / mean row sum, on the inverse used.
    Eigen::VectorXd backwardLinkage;
    Eigen::VectorXd forwardLinkage;
    Eigen::VectorXd selfSufficiency; // 自給率 (copied from the model)
    std::vector<Warning> warnings;
};

IoMultipliers ioMultipliers(const IoModel &model, const IoMultiplierConfig &config = {});

struct IoImpactConfig
{
    bool secondIndirect = true;      // 第2次間接波及効果 (type II); false = type I only
    double consumptionRatio = kDefaultConsumptionRatio;  // 消費転換係数
    // Demand is the region's final demand in purchasers' terms, part of it
    // met by imports: direct effect = (I − M̂) ΔF (the prefectural tools'
    // convention). false: ΔF is already demand for regional output.
    bool applySelfSufficiency = true;
};

// One effect by sector; totals are the sums.
struct IoEffect
{
    Eigen::VectorXd output;      // 生産誘発額
    Eigen::VectorXd valueAdded;  // 粗付加価値誘発額
    Eigen::VectorXd income;      // 雇用者所得誘発額
    Eigen::VectorXd employees;   // 就業(雇用)誘発数; empty when employees are unknown
    double totalOutput() const { return output.sum(); }
    double totalValueAdded() const { return valueAdded.sum(); }
    double totalIncome() const { return income.sum(); }
    double totalEmployees() const { return employees.size() ? employees.sum() : kNaN; }
};

// 経済波及効果 as prefectural tools state it:
//   direct    ΔX₀ = (I − M̂) ΔF
//   indirect1 ΔX₁ = B ΔX₀ − ΔX₀                 (B = the model's inverse)
//   induced income W = w · (ΔX₀ + ΔX₁); consumption C = c · W
//   indirect2 ΔX₂ = B (I − M̂) h C               (one round, not the type II closure)
//   total = direct + indirect1 + indirect2; value added, income and
//   employees of each effect = ratio × output of that effect.
// 波及倍率 = total ÷ direct (per measure; NaN with a warning if direct = 0).
struct IoImpactResult
{
    Eigen::VectorXd demand;        // ΔF as given
    IoEffect direct, indirect1, indirect2, total;
    double inducedIncome = 0.0;    // W
    double inducedConsumption = 0.0;  // C = c · W
    double outputRatio = kNaN;     // 波及倍率 (output)
    double valueAddedRatio = kNaN;
    double incomeRatio = kNaN;
    double employeesRatio = kNaN;
    std::vector<Warning> warnings;
};

IoImpactResult ioImpact(const IoModel &model, const Eigen::VectorXd &demand,
                        const IoImpactConfig &config = {});

} // namespace regionlens::analysis
