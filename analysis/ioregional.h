// SPDX-License-Identifier: GPL-3.0-or-later
// Regional side of the input–output engine: estimating a regional table from
// the national one with location quotients (SLQ, CILQ, FLQ, AFLQ), and the
// 地域経済循環 (production → distribution → expenditure) of a table.
// Eigen + std only; see inputoutput.h for the model and the notation.
#pragma once

#include "analysiscommon.h"
#include "inputoutput.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace regionlens::analysis {

enum class LqMethod : std::uint8_t {
    Slq,   // simple LQ, row-wise: t_ij = SLQ_i
    Cilq,  // cross-industry LQ: t_ij = SLQ_i / SLQ_j (i ≠ j), t_ii = SLQ_i
    Flq,   // Flegg: t_ij = λ · CILQ_ij, λ = [log₂(1 + TRE/TNE)]^δ  (Flegg & Webber 1997)
    Aflq,  // augmented FLQ: FLQ_ij · log₂(1 + SLQ_j) where SLQ_j > 1  (Flegg & Webber 2000)
};

// δ of FLQ/AFLQ used when none is given. 0.3 is Flegg & Tohmo's (2013,
// Regional Studies 47(5)) recommendation for Finnish regions; the value for
// Japanese prefectures is chosen by the validation in docs/io-flq-validation.md.
inline constexpr double kDefaultFlqDelta = 0.3;

enum class RegionalisationBase : std::uint8_t {
    Domestic,   // national domestic coefficients (I − M̂_N) A_N: foreign imports removed first
    Technical,  // national technical coefficients A_N (imports included)
};

struct RegionalisationConfig
{
    LqMethod method = LqMethod::Flq;
    double delta = kDefaultFlqDelta;
    RegionalisationBase base = RegionalisationBase::Domestic;
};

// Regional coefficients r_ij = min(t_ij, 1) · a_ij from the national model
// and employees by sector (same sectors, same order).
//   SLQ_i = (RE_i / TRE) / (NE_i / TNE)
// Sectors without national employees (e.g. 分類不明) get SLQ_i = 1 (warned);
// a sector absent from the region (RE_j = 0) has CILQ_ij capped at 1 (its
// column does not matter: its estimated output is 0).
// The estimated model (result.model) uses the national ratios (value added,
// income, employees per output, consumption composition), regional output
// X̃_i = RE_i · X_N_i / NE_i, and a self-sufficiency per sector
//   ŝ_i = Σ_j r_ij X̃_j / Σ_j a_ij X̃_j        (a = national technical coefficients)
// (min(1, SLQ_i) where that demand is 0), used for the direct effect of final
// demand. It is flagged estimated = true: label every result as an estimate.
struct RegionalisationResult
{
    Eigen::VectorXd slq;
    Eigen::MatrixXd quotients;   // t_ij before capping
    double regionalShare = kNaN; // TRE / TNE
    double lambda = 1.0;         // FLQ/AFLQ scale λ (1 for SLQ/CILQ)
    Eigen::VectorXd output;      // X̃
    IoModel model;               // regional = min(t, 1) ⊙ base coefficients
    std::vector<Warning> warnings;
};

RegionalisationResult regionalise(const IoModel &national, const Eigen::VectorXd &nationalEmployees,
                                  const Eigen::VectorXd &regionalEmployees,
                                  const RegionalisationConfig &config = {});

// Sector 自給率 implied by a coefficient matrix: ŝ_i = Σ_j r_ij x_j / Σ_j a_ij x_j
// (fallback where the denominator is 0). Shared by regionalise() and the
// FLQ validation so both use one definition.
Eigen::VectorXd impliedSelfSufficiency(const Eigen::MatrixXd &regional, const Eigen::MatrixXd &technical,
                                       const Eigen::VectorXd &output, const Eigen::VectorXd &fallback);

// The 12 sectors of the 2015 regional tables (Fukui's aggregation of the
// official tables; ../shared/data/io_2015_regional_12sector/PROVENANCE.md),
// in table order: 農林水産業, 鉱業, 製造業, 建設, 電力・ガス・水道・廃棄物処理,
// 商業, 金融・保険・不動産, 運輸・郵便, 情報通信, 公務, サービス, 分類不明.
inline constexpr int kIoSectors12 = 12;

// JSIC (日本標準産業分類, Rev. 13) → 12 IO sectors, 0-based; -1 = none.
// By division (A–S), as employees are published for municipalities:
//   A 農業,林業 / B 漁業 → 0 農林水産業;  C 鉱業 → 1;  D 建設業 → 3;
//   E 製造業 → 2;  F 電気・ガス・熱供給・水道業 → 4;  G 情報通信業 → 8;
//   H 運輸業,郵便業 → 7;  I 卸売業,小売業 → 5 商業;
//   J 金融業,保険業 / K 不動産業,物品賃貸業 → 6 金融・保険・不動産;
//   L 学術研究… / M 宿泊業,飲食 / N 生活関連 / O 教育 / P 医療,福祉 /
//   Q 複合サービス / R サービス業(他に分類されないもの) → 10 サービス;
//   S 公務 → 9.  分類不明 (11) has no employees in any census.
int ioSector12OfJsicDivision(char division);
// By major group (中分類, 01–99), which follows the IO classification more
// closely than the division: as the division, except 70 物品賃貸業 → 10
// サービス (IO: 対事業所サービス), 86 郵便局 → 7 運輸・郵便 (IO: 郵便・信書便),
// 87 協同組合 → 10 サービス, 88 廃棄物処理業 → 4 (IO: 廃棄物処理 is in sector 5).
int ioSector12OfJsicMajorGroup(int majorGroup);

struct IoCirculationConfig
{
    // Residence-based income (分配, e.g. 県民所得 of SSDSE-E or 県民経済計算) in
    // the table's unit; NaN = not available.
    double residenceIncome = kNaN;
};

// 地域経済循環 of one table (RESAS 地域経済循環マップ, three stages).
// An input–output table is PLACE-OF-WORK based: its value added is earned in
// the region, whoever lives there. So from the table alone
//   生産 = Σ GVA (GDP type: 雇用者所得 + 営業余剰 + 資本減耗 + 間接税 − 補助金,
//          without 家計外消費支出) and
//   分配 = 雇用者所得 + その他所得 = the same amount split by who receives it,
// and 地域経済循環率 = 生産 ÷ 分配 = 1 by construction. RESAS's 循環率 divides
// by residence-based income (incl. commuters' wages and property income from
// outside); give it as residenceIncome to get that variant
// (residenceCirculationRate) and the income inflow (residenceIncome − 生産).
// 支出 is the final demand excluding 家計外消費支出 plus 域際収支:
//   民間消費 + 政府消費 + 投資 (固定資本形成 + 在庫純増) + other + (移輸出 − 移輸入)
// and equals 生産 when Σ 家計外消費支出(列) = Σ 家計外消費支出(行) (as in
// the official tables); any gap is reported in discrepancy.
struct IoCirculation
{
    Eigen::VectorXd grossValueAdded;    // by sector (GDP type)
    double production = kNaN;           // 生産
    double compensation = kNaN;         // 雇用者所得
    double otherIncome = kNaN;          // その他所得 = 生産 − 雇用者所得
    double distribution = kNaN;         // 分配 (place of work)
    double circulationRate = kNaN;      // 生産 ÷ 分配 (place of work)
    double residenceIncome = kNaN;      // as given
    double incomeInflow = kNaN;         // residenceIncome − 生産 (>0: income flows in)
    double residenceCirculationRate = kNaN;  // 生産 ÷ residenceIncome
    double householdConsumption = kNaN; // 民間消費
    double governmentConsumption = kNaN;
    double investment = kNaN;           // 固定資本形成 + 在庫純増
    double otherDemand = kNaN;          // final demand of kind Other
    double exports = kNaN;              // 移輸出
    double imports = kNaN;              // 移輸入 (positive)
    double netExports = kNaN;           // 域際収支 = 移輸出 − 移輸入
    double expenditure = kNaN;          // 支出
    double discrepancy = kNaN;          // 生産 − 支出
    Eigen::VectorXd netExportsBySector; // 純移輸出: which sectors earn money from outside
    std::vector<Warning> warnings;
};

IoCirculation ioCirculation(const IoTable &table, const IoCirculationConfig &config = {});

} // namespace regionlens::analysis
