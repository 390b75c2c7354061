// SPDX-License-Identifier: GPL-3.0-or-later
// Gravity / spatial interaction models (Wilson's family) fitted as Poisson
// GLMs with a log link by iteratively reweighted least squares, as in the
// Python package spint (Oshan 2016): unconstrained, production-constrained
// (origin fixed effects), attraction-constrained (destination fixed effects)
// and doubly-constrained; exponential or power distance decay. The diagonal
// (intra-zonal flows) is always excluded.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace regionlens::analysis {

enum class GravityModel : std::uint8_t {
    Unconstrained,          // ln μ_ij = k + α ln V_i + γ ln W_j + β f(d_ij)
    ProductionConstrained,  // ln μ_ij = k + μ_i       + γ ln W_j + β f(d_ij)
    AttractionConstrained,  // ln μ_ij = k + α ln V_i  + δ_j      + β f(d_ij)
    DoublyConstrained,      // ln μ_ij = k + μ_i       + δ_j      + β f(d_ij)
};

enum class DistanceDecay : std::uint8_t {
    Exponential,  // f(d) = d     (so μ ∝ exp(β d))
    Power,        // f(d) = ln d  (so μ ∝ d^β)
};

struct GravityConfig
{
    GravityModel model = GravityModel::DoublyConstrained;
    DistanceDecay decay = DistanceDecay::Exponential;
    Eigen::VectorXd originMass;       // V_i: unconstrained and attraction-constrained
    Eigen::VectorXd destinationMass;  // W_j: unconstrained and production-constrained
    int maxIterations = 100;
    // Stop when |ΔD| / (|D| + 0.1) < tolerance (D = deviance, as R's glm) or
    // every |Δβ_k| / (|β_k| + 1) < tolerance.
    double tolerance = 1e-10;
};

struct GravityResult
{
    // Parameter order (as spint): constant; origin effects for regions
    // 1 … n−1 (region 0 is the reference); destination effects for 1 … n−1;
    // ln V (origin mass); ln W (destination mass); distance β.
    Eigen::VectorXd parameters;
    Eigen::VectorXd standardErrors;   // √diag((XᵀWX)⁻¹), W = μ̂
    std::vector<std::string> parameterNames;

    double originMassExponent = kNaN;       // α (NaN when not in the model)
    double destinationMassExponent = kNaN;  // γ
    double distanceParameter = kNaN;        // β
    double distanceStandardError = kNaN;

    Eigen::MatrixXd fitted;           // μ̂_ij; NaN on the diagonal and excluded cells

    double deviance = kNaN;
    double nullDeviance = kNaN;       // intercept-only model
    double logLikelihood = kNaN;      // Σ y ln μ − μ − ln y!
    double nullLogLikelihood = kNaN;
    double aic = kNaN;                // −2 ℓ + 2 k
    double pseudoR2 = kNaN;           // McFadden: 1 − ℓ / ℓ₀
    double adjustedPseudoR2 = kNaN;   // 1 − (ℓ − k) / ℓ₀
    double devianceR2 = kNaN;         // D² = 1 − D / D₀
    double srmse = kNaN;              // standardised root mean square error
    double ssi = kNaN;                // Sørensen similarity index

    Eigen::Index observations = 0;
    int iterations = 0;
    bool converged = false;
    std::vector<Warning> warnings;
    bool cancelled = false;
};

// flows and distances: n × n, rows = origins. Cells with NaN or negative
// flows, non-finite distance (or d ≤ 0 with power decay) or a non-positive
// mass needed by the model are left out (reported). Fixed effects make the
// fitted row (production), column (attraction) or both (doubly) sums equal
// the observed ones.
GravityResult fitGravity(const Eigen::MatrixXd &flows, const Eigen::MatrixXd &distances,
                         const GravityConfig &config = {}, const ProgressFn &progress = {});

// Great-circle distance in km between two points given in degrees (haversine).
double haversineKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg,
                   double radiusKm = 6371.0088);

// n × n great-circle distances between centroids (degrees), zero diagonal.
Eigen::MatrixXd greatCircleDistances(const Eigen::VectorXd &latDeg, const Eigen::VectorXd &lonDeg,
                                     double radiusKm = 6371.0088);

} // namespace regionlens::analysis
