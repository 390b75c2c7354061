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
