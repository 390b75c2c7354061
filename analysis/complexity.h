// SPDX-License-Identifier: GPL-3.0-or-later
// Economic complexity and relatedness of regions × industries (Hidalgo &
// Hausmann 2009, "The building blocks of economic complexity", PNAS 106;
// Hidalgo et al. 2007, "The product space conditions the development of
// nations", Science 317), with the conventions of the Harvard Growth Lab's
// reference implementation (Stata `ecomplexity`, whose outputs the Python
// package py-ecomplexity is tested against):
//
//  - RCA_ri = (x_ri / Σ_i x_ri) / (Σ_r x_ri / Σ_ri x_ri) (Balassa; = the
//    location quotient over the sum of the region's industries).
//  - Presence M_ri = 1 when RCA_ri ≥ threshold (py-ecomplexity,
//    `np.where(x >= threshold, 1, 0)`), default threshold 1. The Stata
//    package writes `RCA :> threshold`; PresenceRule::Above gives that. With
//    real values the two differ only for an RCA exactly at the threshold.
//  - Regions and industries whose total is zero (or negative, or missing)
//    are dropped before anything else, with a warning (both packages drop
//    them); missing (NaN) and negative cells count as 0, with a warning.
//  - Diversity k_r0 = Σ_i M_ri, ubiquity k_i0 = Σ_r M_ri.
//  - PCI: the eigenvector of the second-largest eigenvalue of
//    M̃_ii' = Σ_r M_ri M_ri' / (k_r0 k_i0); ECI: k_r = Σ_i M_ri k_i / k_r0,
//    which is the eigenvector of the second-largest eigenvalue of the region
//    × region matrix M̃_rr' = Σ_i M_ri M_r'i / (k_r0 k_i0) (the two share
//    their non-zero eigenvalues; the industry side is the small one). The
//    sign is chosen so that ECI correlates positively with diversity.
//    Computed through the symmetric D_i^{-½} M' D_r^{-1} M D_i^{-½}, so the
//    eigenvalues are real and sorted.
//  - Method of reflections: k_r,N = Σ_i M_ri k_i,N−1 / k_r0 and
//    k_i,N = Σ_r M_ri k_r,N−1 / k_i0 from k_r,0 = diversity, k_i,0 =
//    ubiquity. Plain reflections converge to a constant; each product step
//    here removes the ubiquity-weighted mean (the component along the
//    constant eigenvector, exactly) and rescales, so the iteration converges
//    to the same eigenvector as the eigenvector method (at the rate
//    λ3/λ2). reflectionSteps = N > 0 stops after N product steps instead.
//  - Standardisation as the Stata package does it (and as its outputs in
//    py-ecomplexity's test fixtures show): over the long region × industry
//    table of the regions and industries kept (each region's value repeated
//    once per industry) with the sample standard deviation (n − 1, n =
//    regions × industries). ECI = (k_r − mean k_r) / sd(k_r); PCI =
//    (k_i − mean k_r) / sd(k_r) (the ECI's mean and sd); COG / sd(k_r); COI
//    standardised with its own mean and sd. Standardisation::Regions uses
//    the regions' own mean and population sd instead (numpy's std, as the
//    older py-ecomplexity did), Standardisation::None leaves k_r and k_i.
//  - Proximity φ_ii' = min(P(M_i' | M_i), P(M_i | M_i')) = Σ_r M_ri M_ri' /
//    max(k_i0, k_i'0), diagonal 0 (co-occurrence, Hidalgo et al. 2007).
//    ProximityRule::Correlation, the continuous variant (Stata `cont`):
//    φ_ii' = (1 + ρ_ii') / 2 with ρ the Pearson correlation of the RCA
//    columns over the regions, diagonal 0, and density over RCA levels
//    rather than M. With 19 industries M is coarse (one cell flips a
//    proximity by 1/k); the correlation uses the whole RCA.
//  - Relatedness density ω_ri = Σ_i' M_ri' φ_i'i / Σ_i' φ_i'i.
//  - COI_r = Σ_i ω_ri (1 − M_ri) k_i (k_i: the raw PCI eigenvector),
//    COG_ri = (1 − M_ri) Σ_i' (1 − M_ri') φ_i'i k_i' / Σ_i'' φ_i'i''
//    (Stata coicog.ado), then standardised as above.
// Eigen and the C++ standard library only.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace regionlens::analysis {

enum class PresenceRule : std::uint8_t {
    AtLeast,   // M = 1 when RCA ≥ threshold (py-ecomplexity; default)
    Above,     // M = 1 when RCA > threshold (Stata ecomplexity)
};

enum class ComplexityMethod : std::uint8_t {
    Eigenvector,   // second eigenvector of the industry × industry matrix
    Reflections,   // method of reflections (iterated, see above)
};

enum class ProximityRule : std::uint8_t {
    CoOccurrence,  // min of the two conditional probabilities of M
    Correlation,   // (1 + Pearson correlation of the RCA columns) / 2
};

enum class Standardisation : std::uint8_t {
    LongTable,     // Stata / the reference outputs (default)
    Regions,       // mean and population sd over the regions
    None,          // raw eigenvector values
};

struct ComplexityConfig
{
    double threshold = 1.0;
    PresenceRule presence = PresenceRule::AtLeast;
    ComplexityMethod method = ComplexityMethod::Eigenvector;
    int reflectionSteps = 0;            // 0: until converged (Reflections only)
    double reflectionTolerance = 1e-12; // max |Δ| of the unit-norm vector between steps
    int maxReflectionSteps = 10000;
    ProximityRule proximity = ProximityRule::CoOccurrence;
    Standardisation standardisation = Standardisation::LongTable;
    bool relatedness = true;            // proximity, density, COI and COG
};

// Sized like the input (regions × industries); NaN for dropped regions or
// industries and where a figure is undefined (ECI of a region with
// diversity 0 under a high threshold, …).
struct ComplexityResult
{
    std::vector<bool> regionKept;       // positive total
    std::vector<bool> industryKept;
    Eigen::MatrixXd rca;
    Eigen::MatrixXd presence;           // M, 0 or 1
    Eigen::VectorXd diversity;          // k_r0
    Eigen::VectorXd ubiquity;           // k_i0
    Eigen::VectorXd averageUbiquity;    // k_r1 = Σ_i M_ri k_i0 / k_r0
    Eigen::VectorXd averageDiversity;   // k_i1 = Σ_r M_ri k_r0 / k_i0
    Eigen::VectorXd eci;
    Eigen::VectorXd pci;
    double eigenvalue = kNaN;           // the second-largest eigenvalue (or the reflections' rate)
    int reflectionSteps = 0;            // product steps done (Reflections)
    Eigen::MatrixXd proximity;          // industries × industries, diagonal 0
    Eigen::MatrixXd density;            // ω_ri
    Eigen::VectorXd coi;
    Eigen::MatrixXd cog;
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// values: regions × industries (employees, exports …).
ComplexityResult complexity(const Eigen::MatrixXd &values, const ComplexityConfig &config = {},
                            const ProgressFn &progress = {});

// The same from a given presence matrix (cells > 0 count as present; the
// Stata package's binary input, py-ecomplexity's presence_test="manual"):
// rca is NaN, ProximityRule::Correlation is not available (a warning, then
// co-occurrence). Regions and industries without any presence are dropped.
ComplexityResult complexityFromPresence(const Eigen::MatrixXd &presence, const ComplexityConfig &config = {},
                                        const ProgressFn &progress = {});

// The industry space as drawn by Hidalgo et al. (2007): the maximum
// spanning tree of the proximity network (Prim's algorithm; ties to the
// lower index) plus the strongest other links, at most `extraEdges` of them
// with proximity ≥ minProximity. Industries with a NaN row (dropped) or no
// positive proximity are left out of the tree (a forest when the network
// falls into parts). Edges: a < b; the tree first, then the extras by
// descending proximity.
struct ProximityEdge
{
    Eigen::Index a = 0;
    Eigen::Index b = 0;
    double proximity = 0.0;
    bool spanning = false;   // part of the maximum spanning tree
};
std::vector<ProximityEdge> industrySpaceEdges(const Eigen::MatrixXd &proximity, int extraEdges,
                                              double minProximity = 0.0);

} // namespace regionlens::analysis
