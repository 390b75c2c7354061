// SPDX-License-Identifier: GPL-3.0-or-later
#include "gravity.h"

#include "matrixchecks.h"

#include <Eigen/Cholesky>

#include <cmath>
#include <numbers>

namespace regionlens::analysis {

namespace {

// The design of one model. The fixed effects are dummies, so XᵀWX is
// assembled from their structure (O(observations · (3 + K)²)) instead of a
// dense n_obs × p product; p = 1 + (n−1) [+ (n−1)] + K.
struct Design
{
    Eigen::Index regions = 0;
    bool originEffects = false;
    bool destinationEffects = false;
    Eigen::Index covariates = 0;     // K
    Eigen::Index params = 0;
    // Observations.
    std::vector<int> origin, destination;
    Eigen::VectorXd y;
    Eigen::MatrixXd x;               // n_obs × K covariates (column-major per covariate)

    Eigen::Index originIndex(int i) const
    {
        return originEffects && i > 0 ? Eigen::Index(i) : -1;  // 1 … n−1
    }
    Eigen::Index destinationIndex(int j) const
    {
        if (!destinationEffects || j == 0)
            return -1;
        return (originEffects ? regions - 1 : 0) + j;
    }
    Eigen::Index covariateIndex(Eigen::Index k) const { return params - covariates + k; }

    double eta(Eigen::Index o, const Eigen::VectorXd &beta) const
    {
        double e = beta(0);
        if (const auto oi = originIndex(origin[static_cast<std::size_t>(o)]); oi >= 0)
            e += beta(oi);
        if (const auto dj = destinationIndex(destination[static_cast<std::size_t>(o)]); dj >= 0)
            e += beta(dj);
        for (Eigen::Index k = 0; k < covariates; ++k)
            e += beta(covariateIndex(k)) * x(o, k);
        return e;
    }

    // A = XᵀWX, b = XᵀWz (upper triangle filled, then mirrored).
    void normalEquations(const Eigen::VectorXd &w, const Eigen::VectorXd &z, Eigen::MatrixXd &A,
                         Eigen::VectorXd &b) const
    {
        A.setZero(params, params);
        b.setZero(params);
        Eigen::Index idx[3];
        std::vector<double> xv(static_cast<std::size_t>(covariates));
        for (Eigen::Index o = 0; o < y.size(); ++o) {
            const double wo = w(o);
            const double wz = wo * z(o);
            int m = 0;
            idx[m++] = 0;
            if (const auto oi = originIndex(origin[static_cast<std::size_t>(o)]); oi >= 0)
                idx[m++] = oi;
            if (const auto dj = destinationIndex(destination[static_cast<std::size_t>(o)]); dj >= 0)
                idx[m++] = dj;
            for (int a = 0; a < m; ++a) {
                b(idx[a]) += wz;
                for (int c = a; c < m; ++c)
                    A(idx[a], idx[c]) += wo;  // idx is increasing: upper triangle
                for (Eigen::Index k = 0; k < covariates; ++k)
                    A(idx[a], covariateIndex(k)) += wo * x(o, k);
            }
            for (Eigen::Index k = 0; k < covariates; ++k) {
                const double wx = wo * x(o, k);
                b(covariateIndex(k)) += wx * z(o);
                for (Eigen::Index l = k; l < covariates; ++l)
                    A(covariateIndex(k), covariateIndex(l)) += wx * x(o, l);
            }
        }
        A.triangularView<Eigen::StrictlyLower>() = A.transpose();
    }
};

double poissonDeviance(const Eigen::VectorXd &y, const Eigen::VectorXd &mu)
{
    double d = 0.0;
    for (Eigen::Index o = 0; o < y.size(); ++o) {
        const double yo = y(o);
        d += (yo > 0.0 ? yo * std::log(yo / mu(o)) : 0.0) - (yo - mu(o));
    }
    return 2.0 * d;
}

} // namespace

double haversineKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg, double radiusKm)
{
    constexpr double rad = std::numbers::pi / 180.0;
    const double phi1 = lat1Deg * rad;
    const double phi2 = lat2Deg * rad;
    const double dPhi = (lat2Deg - lat1Deg) * rad;
    const double dLambda = (lon2Deg - lon1Deg) * rad;
    const double s1 = std::sin(dPhi / 2.0);
    const double s2 = std::sin(dLambda / 2.0);
    const double h = s1 * s1 + std::cos(phi1) * std::cos(phi2) * s2 * s2;
    return 2.0 * radiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Eigen::MatrixXd greatCircleDistances(const Eigen::VectorXd &latDeg, const Eigen::VectorXd &lonDeg,
                                     double radiusKm)
{
    const Eigen::Index n = std::min(latDeg.size(), lonDeg.size());
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = j + 1; i < n; ++i)
            d(i, j) = d(j, i) = haversineKm(latDeg(i), lonDeg(i), latDeg(j), lonDeg(j), radiusKm);
    return d;
}

GravityResult fitGravity(const Eigen::MatrixXd &flows, const Eigen::MatrixXd &distances,
                         const GravityConfig &config, const ProgressFn &progress)
{
    GravityResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> GravityResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    const Eigen::Index n = flows.rows();
    if (flows.cols() != n || distances.rows() != n || distances.cols() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "flows and distances must be square matrices of the same size");
        return finish();
    }
    if (n < 2) {
        warnings.add(WarningKind::InvalidInput, Severity::Error, "at least two regions are needed");
        return finish();
    }

    Design ds;
    ds.regions = n;
    const bool useOriginMass = config.model == GravityModel::Unconstrained
                               || config.model == GravityModel::AttractionConstrained;
    const bool useDestinationMass = config.model == GravityModel::Unconstrained
                                    || config.model == GravityModel::ProductionConstrained;
    ds.originEffects = !useOriginMass;
    ds.destinationEffects = !useDestinationMass;
    if ((useOriginMass && config.originMass.size() != n)
        || (useDestinationMass && config.destinationMass.size() != n)) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "the model needs one origin and/or destination mass per region");
        return finish();
    }
    ds.covariates = Eigen::Index(useOriginMass) + Eigen::Index(useDestinationMass) + 1;
    ds.params = 1 + (ds.originEffects ? n - 1 : 0) + (ds.destinationEffects ? n - 1 : 0) + ds.covariates;

    // Collect observations.
    const bool power = config.decay == DistanceDecay::Power;
    std::vector<double> ys, xs;
    Eigen::Index badFlow = 0, badDistance = 0, badMass = 0;
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index i = 0; i < n; ++i) {
            if (i == j)
                continue;
            const double f = flows(i, j);
            const double d = distances(i, j);
            if (!std::isfinite(f) || f < 0.0) {
                ++badFlow;
                continue;
            }
            if (!std::isfinite(d) || (power && d <= 0.0)) {
                ++badDistance;
                continue;
            }
            if ((useOriginMass && !(config.originMass(i) > 0.0 && std::isfinite(config.originMass(i))))
                || (useDestinationMass
                    && !(config.destinationMass(j) > 0.0 && std::isfinite(config.destinationMass(j))))) {
                ++badMass;
                continue;
            }
            ds.origin.push_back(static_cast<int>(i));
            ds.destination.push_back(static_cast<int>(j));
            ys.push_back(f);
            if (useOriginMass)
                xs.push_back(std::log(config.originMass(i)));
            if (useDestinationMass)
                xs.push_back(std::log(config.destinationMass(j)));
            xs.push_back(power ? std::log(d) : d);
        }
    }
    if (badFlow > 0)
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     "flows that are missing or negative are left out of the fit", -1, -1, badFlow);
    if (badDistance > 0)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     power ? "pairs without a positive distance are left out (power decay)"
                           : "pairs without a distance are left out",
                     -1, -1, badDistance);
    if (badMass > 0)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "pairs with a missing or non-positive mass are left out", -1, -1, badMass);

    const auto nObs = static_cast<Eigen::Index>(ys.size());
    r.observations = nObs;
    if (nObs <= ds.params) {
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "too few usable flows for the number of parameters");
        return finish();
    }
    ds.y = Eigen::Map<const Eigen::VectorXd>(ys.data(), nObs);
    ds.x = Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        xs.data(), nObs, ds.covariates);

    // Regions whose flows are all zero have no finite fixed effect.
    if (ds.originEffects || ds.destinationEffects) {
        Eigen::VectorXd outTotal = Eigen::VectorXd::Zero(n), inTotal = Eigen::VectorXd::Zero(n);
        for (Eigen::Index o = 0; o < nObs; ++o) {
            outTotal(ds.origin[static_cast<std::size_t>(o)]) += ds.y(o);
            inTotal(ds.destination[static_cast<std::size_t>(o)]) += ds.y(o);
        }
        const Eigen::Index emptyO = ds.originEffects ? (outTotal.array() <= 0.0).count() : 0;
        const Eigen::Index emptyD = ds.destinationEffects ? (inTotal.array() <= 0.0).count() : 0;
        if (emptyO + emptyD > 0)
            warnings.add(WarningKind::InvalidInput, Severity::Warning,
                         "a region has no flows on a constrained margin; its fixed effect diverges",
                         -1, -1, emptyO + emptyD);
    }

    // IRLS. Start from μ = (y + ȳ)/2.
    const double yMean = ds.y.mean();
    Eigen::VectorXd mu = (ds.y.array() + yMean) / 2.0;
    Eigen::VectorXd eta = mu.array().log();
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(ds.params);
    Eigen::VectorXd z(nObs);
    Eigen::MatrixXd A;
    Eigen::VectorXd b;
    Eigen::LDLT<Eigen::MatrixXd> solver;
    double dev = poissonDeviance(ds.y, mu);
    for (int it = 1; it <= config.maxIterations; ++it) {
        if (progress && !progress(static_cast<double>(it - 1) / config.maxIterations)) {
            r.cancelled = true;
            return finish();
        }
        z = eta.array() + (ds.y.array() - mu.array()) / mu.array();
        ds.normalEquations(mu, z, A, b);
        solver.compute(A);
        if (solver.info() != Eigen::Success) {
            warnings.add(WarningKind::Singular, Severity::Error, "normal equations are singular");
            return finish();
        }
        Eigen::VectorXd next = solver.solve(b);
        double nextDev = kNaN;
        Eigen::VectorXd nextEta(nObs), nextMu(nObs);
        for (int halving = 0; halving < 30; ++halving) {
            for (Eigen::Index o = 0; o < nObs; ++o)
                nextEta(o) = ds.eta(o, next);
            nextMu = nextEta.array().exp();
            nextDev = poissonDeviance(ds.y, nextMu);
            if (std::isfinite(nextDev) && nextMu.allFinite() && (nextMu.array() > 0.0).all())
                break;
            next = (next + beta) / 2.0;  // step halving, as R's glm.fit
        }
        if (!std::isfinite(nextDev)) {
            warnings.add(WarningKind::NotConverged, Severity::Error,
                         "the fit diverged (non-finite deviance)");
            return finish();
        }
        // Converged when the deviance (R's glm criterion) or every parameter
        // stops moving; the second catches near-exact fits whose deviance is
        // rounding noise around 0.
        const double paramChange =
            ((next - beta).array().abs() / (beta.array().abs() + 1.0)).maxCoeff();
        beta = next;
        eta = nextEta;
        mu = nextMu;
        r.iterations = it;
        const bool done = std::abs(nextDev - dev) / (std::abs(nextDev) + 0.1) < config.tolerance
                          || paramChange < config.tolerance;
        dev = nextDev;
        if (done && it > 1) {
            r.converged = true;
            break;
        }
    }
    if (!r.converged)
        warnings.add(WarningKind::NotConverged, Severity::Warning,
                     "IRLS did not converge within " + std::to_string(config.maxIterations)
                         + " iterations; results are from the last one");

    // Covariance at the solution.
    z = eta.array() + (ds.y.array() - mu.array()) / mu.array();
    ds.normalEquations(mu, z, A, b);
    solver.compute(A);
    const Eigen::MatrixXd cov = solver.solve(Eigen::MatrixXd::Identity(ds.params, ds.params));
    r.parameters = beta;
    r.standardErrors = cov.diagonal().cwiseMax(0.0).cwiseSqrt();

    r.parameterNames.reserve(static_cast<std::size_t>(ds.params));
    r.parameterNames.emplace_back("constant");
    if (ds.originEffects)
        for (Eigen::Index i = 1; i < n; ++i)
            r.parameterNames.push_back("origin[" + detail::indexText(i) + "]");
    if (ds.destinationEffects)
        for (Eigen::Index j = 1; j < n; ++j)
            r.parameterNames.push_back("destination[" + detail::indexText(j) + "]");
    Eigen::Index k = 0;
    if (useOriginMass) {
        r.parameterNames.emplace_back("ln origin mass");
        r.originMassExponent = beta(ds.covariateIndex(k++));
    }
    if (useDestinationMass) {
        r.parameterNames.emplace_back("ln destination mass");
        r.destinationMassExponent = beta(ds.covariateIndex(k++));
    }
    r.parameterNames.emplace_back(power ? "distance (ln d)" : "distance (d)");
    r.distanceParameter = beta(ds.covariateIndex(k));
    r.distanceStandardError = r.standardErrors(ds.covariateIndex(k));

    // Fit statistics (spint / statsmodels definitions).
    double llf = 0.0, llnull = 0.0, sq = 0.0, ssi = 0.0;
    for (Eigen::Index o = 0; o < nObs; ++o) {
        const double yo = ds.y(o);
        const double lf = std::lgamma(yo + 1.0);
        llf += yo * std::log(mu(o)) - mu(o) - lf;
        llnull += (yo > 0.0 ? yo * std::log(yMean) : 0.0) - yMean - lf;
        sq += (yo - mu(o)) * (yo - mu(o));
        ssi += (yo + mu(o)) > 0.0 ? 2.0 * std::min(yo, mu(o)) / (yo + mu(o)) : 1.0;
    }
    const double kParams = static_cast<double>(ds.params);
    r.deviance = dev;
    r.nullDeviance = poissonDeviance(ds.y, Eigen::VectorXd::Constant(nObs, yMean));
    r.logLikelihood = llf;
    r.nullLogLikelihood = llnull;
    r.aic = -2.0 * llf + 2.0 * kParams;
    r.pseudoR2 = 1.0 - llf / llnull;
    r.adjustedPseudoR2 = 1.0 - (llf - kParams) / llnull;
    r.devianceR2 = 1.0 - dev / r.nullDeviance;
    r.srmse = std::sqrt(sq / static_cast<double>(nObs)) / yMean;
    r.ssi = ssi / static_cast<double>(nObs);

    r.fitted = Eigen::MatrixXd::Constant(n, n, kNaN);
    for (Eigen::Index o = 0; o < nObs; ++o)
        r.fitted(ds.origin[static_cast<std::size_t>(o)], ds.destination[static_cast<std::size_t>(o)]) = mu(o);
    if (progress && !progress(1.0))
        r.cancelled = true;
    return finish();
}

} // namespace regionlens::analysis
