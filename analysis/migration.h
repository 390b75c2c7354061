// SPDX-License-Identifier: GPL-3.0-or-later
// Migration flows from an origin × destination matrix (rows = origins,
// columns = destinations; the diagonal is ignored): in/out/net/turnover per
// region, system indices as migest defines them, top flows, and net
// migration by age class.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <vector>

namespace regionlens::analysis {

struct MigrationConfig
{
    // Population at risk per region (same order as the matrix); empty = none.
    // Needed for net per 1,000, ANMR and CMP.
    Eigen::VectorXd population;
    int topN = 0;            // largest flows overall (0 = none)
    int focusRegion = -1;    // also list the largest in- and outflows of this region
    int focusTopN = 10;
    // Also count non-zero flows for migest's connectivity index (about half
    // the cost of the summary again on a 1,741 × 1,741 matrix).
    bool connectivity = false;
};

struct OdFlow
{
    int origin = -1;
    int destination = -1;
    double value = 0.0;
};

struct MigrationResult
{
    Eigen::VectorXd inflow;     // Σ_o m_o,r (o ≠ r)
    Eigen::VectorXd outflow;    // Σ_d m_r,d (d ≠ r)
    Eigen::VectorXd net;        // inflow − outflow; Σ net = 0
    Eigen::VectorXd turnover;   // inflow + outflow
    Eigen::VectorXd netPerThousand;  // 1,000 · net / population (empty without population)
    double totalFlows = 0.0;    // Σ off-diagonal flows

    // migest index_impact(): MEI = 100 Σ|net| / Σ turnover (Shryock et al. 1975).
    double effectiveness = kNaN;
    // migest index_impact(): ANMR = 100 · ½ Σ|net| / Σ population (Bell et al. 2002).
    double aggregateNetMigrationRate = kNaN;
    // migest index_intensity(): CMP = 100 · total flows / Σ population.
    double crudeMigrationProbability = kNaN;
    // migest index_connectivity(): share of non-zero off-diagonal flows
    // (only with MigrationConfig::connectivity, NaN otherwise).
    double connectivity = kNaN;

    // Regions with net > 0 and net < 0; the first region with the largest
    // net gain and with the largest net loss (-1 without flows).
    int gaining = 0;
    int losing = 0;
    int largestGain = -1;
    int largestLoss = -1;
    // Rank of config.focusRegion by net (rankAmong: 1 = largest gain,
    // ties share the better rank); 0 without a focus region.
    int focusNetRank = 0;

    // Largest flows, value descending; ties by lower origin, then lower destination.
    std::vector<OdFlow> topFlows;
    std::vector<OdFlow> focusInflows;   // into config.focusRegion
    std::vector<OdFlow> focusOutflows;  // out of config.focusRegion

    std::vector<Warning> warnings;
    bool cancelled = false;
};

// NaN cells count as 0 and are reported; negative cells are reported.
MigrationResult migrationSummary(const Eigen::MatrixXd &od, const MigrationConfig &config = {},
                                 const ProgressFn &progress = {});

// The n largest off-diagonal flows of od (same order as topFlows).
std::vector<OdFlow> largestFlows(const Eigen::MatrixXd &od, int n);

// A group of regions treated as one (e.g. 東京圏): flows between its members
// cancel, so inflow = Σ m_o,g over origins o outside the group and
// destinations g inside, outflow = Σ m_g,d the other way; internal = the
// flows between members (excluded from both). NaN cells count as 0.
struct GroupMigration
{
    double inflow = 0.0;
    double outflow = 0.0;
    double net = 0.0;          // inflow − outflow = Σ net of the members
    double turnover = 0.0;
    double internal = 0.0;
    double population = kNaN;  // Σ population of the members (NaN unless all are known and > 0)
    double netPerThousand = kNaN;
    // Flows with each region outside the group, summed over the members,
    // largest first (ties by lower region): inflows have origin = partner,
    // outflows destination = partner; the other end is -1 (the group).
    std::vector<OdFlow> inflows;
    std::vector<OdFlow> outflows;
    std::vector<Warning> warnings;
};

// members: row indices of od; topN < 0 lists every partner. population as
// in MigrationConfig (empty = none).
GroupMigration groupMigration(const Eigen::MatrixXd &od, const std::vector<int> &members,
                              const Eigen::VectorXd &population = {}, int topN = -1);

// Net migration from counts of movers in and out per region (e.g.
// 住民基本台帳人口移動報告's 転入者数 and 転出者数, which include moves within
// the prefecture): net = in − out where both are finite (NaN otherwise);
// per 1,000 where the population is finite and > 0 (population may be empty).
struct CountMigration
{
    Eigen::VectorXd net;
    Eigen::VectorXd netPerThousand;   // NaN where unknown
};
CountMigration migrationFromCounts(const Eigen::VectorXd &in, const Eigen::VectorXd &out,
                                   const Eigen::VectorXd &population = {});

// The same totals as migrationSummary from a list of flows between
// regionCount regions (for sparse tables, e.g. municipal OD pairs): flows
// with origin = destination, a region out of range or a non-finite value are
// left out; repeated pairs are summed.
struct FlowListMigration
{
    Eigen::VectorXd inflow;          // 0 for regions without flows
    Eigen::VectorXd outflow;
    Eigen::VectorXd net;
    Eigen::VectorXd netPerThousand;  // empty without population; NaN where unknown
    std::vector<bool> involved;      // the region is the origin or destination of a counted flow
    std::vector<OdFlow> pairs;       // summed pairs > 0, largest first (ties: lower origin, then destination)
    double totalFlows = 0.0;         // Σ pairs
};
FlowListMigration migrationFromFlowList(const std::vector<OdFlow> &flows, int regionCount,
                                        const Eigen::VectorXd &population = {});

struct AgeMigrationResult
{
    Eigen::MatrixXd inflow;   // regions × age classes
    Eigen::MatrixXd outflow;
    Eigen::MatrixXd net;      // each column sums to 0
    Eigen::VectorXd netAllAges;  // row sums of net
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// One OD matrix per age class (same regions, same order).
AgeMigrationResult migrationByAge(const std::vector<Eigen::MatrixXd> &odByAge,
                                  const ProgressFn &progress = {});

} // namespace regionlens::analysis
