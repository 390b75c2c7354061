// SPDX-License-Identifier: GPL-3.0-or-later
#include "complexity.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string>

namespace regionlens::analysis {
namespace {

using Index = Eigen::Index;
using IndexList = std::vector<Index>;

IndexList positiveEntries(const Eigen::VectorXd &totals)
{
    IndexList out;
    for (Index i = 0; i < totals.size(); ++i)
        if (std::isfinite(totals(i)) && totals(i) > 0.0)
            out.push_back(i);
    return out;
}

Eigen::MatrixXd pick(const Eigen::MatrixXd &m, const IndexList &rows, const IndexList &cols)
{
    Eigen::MatrixXd out(Index(rows.size()), Index(cols.size()));
    for (std::size_t c = 0; c < cols.size(); ++c)
        for (std::size_t r = 0; r < rows.size(); ++r)
            out(Index(r), Index(c)) = m(rows[r], cols[c]);
    return out;
}

// Mean and standard deviation under the configured standardisation of a
// region-level vector (balanced long table: each value repeated `perRow` times).
struct Scale
{
    double mean = 0.0;
    double sd = 1.0;
};

Scale scaleOf(const Eigen::VectorXd &v, Index perRow, Standardisation rule)
{
    Scale s;
    if (rule == Standardisation::None || v.size() == 0)
        return s;
    s.mean = v.mean();
    const double ss = (v.array() - s.mean).square().sum();
    const double n = double(v.size());
    if (rule == Standardisation::LongTable) {
        const double rows = n * double(perRow);
        s.sd = rows > 1.0 ? std::sqrt(double(perRow) * ss / (rows - 1.0)) : kNaN;
    } else {
        s.sd = std::sqrt(ss / n);
    }
    return s;
}

double correlation(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    const Eigen::ArrayXd x = a.array() - a.mean();
    const Eigen::ArrayXd y = b.array() - b.mean();
    const double den = std::sqrt((x * x).sum() * (y * y).sum());
    return den > 0.0 ? (x * y).sum() / den : 0.0;
}

// Σ k_i x_i / Σ k_i removed: the component along the constant eigenvector
// (the eigenvectors are orthogonal under the ubiquity weights).
void removeWeightedMean(Eigen::VectorXd &x, const Eigen::VectorXd &weights)
{
    x.array() -= x.dot(weights) / weights.sum();
}

// M as lists of the present industries per region (M is 0/1, about a third
// of it 1): the products below run over the present cells only.
struct PresenceLists
{
    std::vector<Index> offsets;   // region r: columns[offsets[r] .. offsets[r + 1])
    std::vector<Index> columns;   // ascending within a region

    explicit PresenceLists(const Eigen::MatrixXd &M) : offsets(std::size_t(M.rows()) + 1, 0)
    {
        // Count per row, then fill column by column (M is column-major).
        for (Index c = 0; c < M.cols(); ++c)
            for (Index r = 0; r < M.rows(); ++r)
                offsets[std::size_t(r) + 1] += M(r, c) != 0.0;
        for (std::size_t r = 1; r < offsets.size(); ++r)
            offsets[r] += offsets[r - 1];
        columns.resize(std::size_t(offsets.back()));
        std::vector<Index> next(offsets.begin(), offsets.end() - 1);
        for (Index c = 0; c < M.cols(); ++c)
            for (Index r = 0; r < M.rows(); ++r)
                if (M(r, c) != 0.0)
                    columns[std::size_t(next[std::size_t(r)]++)] = c;
    }

    // out.col(r) = Σ_{q present in r} m.col(q) (i.e. (M m')' for a P × P m): P × R.
    Eigen::MatrixXd sumColumns(const Eigen::MatrixXd &m) const
    {
        const Index R = Index(offsets.size()) - 1;
        Eigen::MatrixXd out = Eigen::MatrixXd::Zero(m.rows(), R);
        for (Index r = 0; r < R; ++r)
            for (Index k = offsets[std::size_t(r)]; k < offsets[std::size_t(r) + 1]; ++k)
                out.col(r) += m.col(columns[std::size_t(k)]);
        return out;
    }

    // A = M' D_r^-1 M with D_r = diversity (lower triangle accumulated, then mirrored).
    Eigen::MatrixXd weightedPairs(Index P) const
    {
        Eigen::MatrixXd A = Eigen::MatrixXd::Zero(P, P);
        for (std::size_t r = 0; r + 1 < offsets.size(); ++r) {
            const Index from = offsets[r], to = offsets[r + 1];
            if (to == from)
                continue;
            const double w = 1.0 / double(to - from);
            for (Index i = from; i < to; ++i) {
                double *column = A.col(columns[std::size_t(i)]).data();
                for (Index j = i; j < to; ++j)
                    column[columns[std::size_t(j)]] += w;
            }
        }
        A.triangularView<Eigen::StrictlyUpper>() = A.transpose();
        return A;
    }
};

// C = M'M, the co-occurrence counts, from the columns of M as bit sets.
Eigen::MatrixXd cooccurrenceCounts(const Eigen::MatrixXd &M)
{
    const Index R = M.rows(), P = M.cols(), words = (R + 63) / 64;
    std::vector<std::uint64_t> bits(std::size_t(P * words), 0);
    for (Index c = 0; c < P; ++c)
        for (Index r = 0; r < R; ++r)
            if (M(r, c) != 0.0)
                bits[std::size_t(c * words + r / 64)] |= std::uint64_t(1) << (r % 64);
    Eigen::MatrixXd C(P, P);
    for (Index a = 0; a < P; ++a)
        for (Index b = a; b < P; ++b) {
            int count = 0;
            for (Index w = 0; w < words; ++w)
                count += std::popcount(bits[std::size_t(a * words + w)] & bits[std::size_t(b * words + w)]);
            C(a, b) = C(b, a) = count;
        }
    return C;
}

// Everything after M, on the kept regions × industries.
class Core
{
public:
    Core(const ComplexityConfig &config, const ProgressFn &progress, WarningCollector &warnings)
        : m_config(config), m_progress(progress), m_warnings(warnings)
    {
    }

    bool run(const Eigen::MatrixXd &M, const Eigen::MatrixXd *rca);

    Eigen::VectorXd diversity, ubiquity, averageUbiquity, averageDiversity;
    Eigen::VectorXd eci, pci, coi;
    Eigen::MatrixXd proximity, density, cog;
    double eigenvalue = kNaN;
    int steps = 0;

private:
    bool report(double fraction) { return !m_progress || m_progress(fraction); }
    bool complexityVectors(const Eigen::MatrixXd &A, const Eigen::VectorXd &kp, const Eigen::VectorXd &start,
                           Eigen::VectorXd *kpOut);
    bool reflections(const Eigen::MatrixXd &Mpp, const Eigen::VectorXd &kp, const Eigen::VectorXd &start,
                     Eigen::VectorXd *out);
    void relatedness(const Eigen::MatrixXd &M, const PresenceLists &lists, const Eigen::MatrixXd *rca, const Eigen::VectorXd &kpRaw, const IndexList &activeRows,
                     const IndexList &activeCols, const Scale &eciScale);

    const ComplexityConfig &m_config;
    const ProgressFn &m_progress;
    WarningCollector &m_warnings;
};

bool Core::reflections(const Eigen::MatrixXd &Mpp, const Eigen::VectorXd &kp, const Eigen::VectorXd &start,
                       Eigen::VectorXd *out)
{
    Eigen::VectorXd x = start;
    removeWeightedMean(x, kp);
    if (!(x.norm() > 0.0)) {
        x = Eigen::VectorXd::LinSpaced(kp.size(), 1.0, double(kp.size()));
        removeWeightedMean(x, kp);
    }
    x.normalize();
    const int fixed = m_config.reflectionSteps;
    const int limit = fixed > 0 ? fixed : std::max(1, m_config.maxReflectionSteps);
    ProgressThrottle throttle(m_progress, limit, 10);
    bool converged = false;
    int step = 0;
    double rate = kNaN;
    while (step < limit) {
        Eigen::VectorXd y = Mpp * x;
        removeWeightedMean(y, kp);
        rate = y.norm();
        if (!(rate > 0.0))
            break;
        y /= rate;
        ++step;
        const double change = std::min((y - x).cwiseAbs().maxCoeff(), (y + x).cwiseAbs().maxCoeff());
        x = std::move(y);
        if (fixed == 0 && change <= m_config.reflectionTolerance) {
            converged = true;
            break;
        }
        if (!throttle.tick(step))
            return false;
    }
    steps = step;
    eigenvalue = rate;
    if (fixed == 0 && !converged)
        m_warnings.add(WarningKind::NotConverged, Severity::Warning,
                       "method of reflections stopped before converging (" + std::to_string(step)
                           + " steps); ECI and PCI are approximate");
    *out = x;
    return true;
}

// False only when cancelled; an empty *kpOut after an error.
// A = M' D_r^-1 M over the active industries; M̃ = D_p^-1 A; S = D_p^-½ A D_p^-½
// (symmetric, the same eigenvalues). start: k_p,1 (the reflections' start).
bool Core::complexityVectors(const Eigen::MatrixXd &A, const Eigen::VectorXd &kp, const Eigen::VectorXd &start,
                             Eigen::VectorXd *kpOut)
{
    const Index P = A.cols();
    const Eigen::ArrayXd invSqrt = kp.array().rsqrt();
    if (m_config.method == ComplexityMethod::Reflections) {
        const Eigen::MatrixXd Mpp = A.array().colwise() / kp.array();
        return reflections(Mpp, kp, start, kpOut);
    }
    const Eigen::MatrixXd S = (A.array().colwise() * invSqrt).rowwise() * invSqrt.transpose();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(S);
    if (solver.info() != Eigen::Success) {
        m_warnings.add(WarningKind::NotConverged, Severity::Error, "eigenvalue decomposition failed");
        kpOut->resize(0);
        return true;
    }
    const Eigen::VectorXd &values = solver.eigenvalues();   // ascending
    eigenvalue = values(P - 2);
    if (eigenvalue > 1.0 - 1e-9)
        m_warnings.add(WarningKind::InvalidInput, Severity::Warning,
                       "the region–industry network falls into separate parts (second eigenvalue 1); ECI "
                       "separates the parts rather than ranking complexity");
    else if (P >= 3 && std::abs(values(P - 2) - values(P - 3)) < 1e-10)
        m_warnings.add(WarningKind::InvalidInput, Severity::Warning,
                       "the second eigenvalue is repeated; ECI and PCI are not unique");
    *kpOut = (solver.eigenvectors().col(P - 2).array() * invSqrt).matrix();
    return true;
}

bool Core::run(const Eigen::MatrixXd &M, const Eigen::MatrixXd *rca)
{
    const Index R = M.rows();
    const Index P = M.cols();
    diversity = M.rowwise().sum();
    ubiquity = M.colwise().sum().transpose();
    averageUbiquity = ((M * ubiquity).array() / diversity.array()).matrix();
    averageDiversity = ((M.transpose() * diversity).array() / ubiquity.array()).matrix();
    eci = Eigen::VectorXd::Constant(R, kNaN);
    coi = Eigen::VectorXd::Constant(R, kNaN);
    pci = Eigen::VectorXd::Constant(P, kNaN);

    const IndexList activeRows = positiveEntries(diversity);
    const IndexList activeCols = positiveEntries(ubiquity);
    if (Index(activeRows.size()) < R)
        m_warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                       "region without any industry at the presence threshold (diversity 0): its ECI and COI "
                       "are NaN",
                       -1, -1, R - Index(activeRows.size()));
    if (Index(activeCols.size()) < P)
        m_warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                       "industry present in no region at the threshold (ubiquity 0): its PCI, density and COG "
                       "are NaN",
                       -1, -1, P - Index(activeCols.size()));
    if (activeRows.size() < 2 || activeCols.size() < 2) {
        m_warnings.add(WarningKind::InvalidInput, Severity::Error,
                       "ECI needs at least two regions and two industries with presence");
        return true;
    }
    const PresenceLists lists(M);
    const Eigen::MatrixXd weighted = lists.weightedPairs(P);
    const Eigen::MatrixXd Ma = pick(M, activeRows, activeCols);
    Eigen::VectorXd kr(Index(activeRows.size())), kp(Index(activeCols.size())), start(kp.size());
    for (std::size_t i = 0; i < activeRows.size(); ++i)
        kr(Index(i)) = diversity(activeRows[i]);
    for (std::size_t i = 0; i < activeCols.size(); ++i) {
        kp(Index(i)) = ubiquity(activeCols[i]);
        start(Index(i)) = averageDiversity(activeCols[i]);
    }
    if (!report(0.3))
        return false;

    Eigen::VectorXd kpRaw;
    if (!complexityVectors(pick(weighted, activeCols, activeCols), kp, start, &kpRaw))
        return false;   // cancelled
    if (kpRaw.size() == 0)
        return true;
    Eigen::VectorXd krRaw = (Ma * kpRaw).array() / kr.array();
    if (correlation(kr, krRaw) < 0.0) {
        krRaw = -krRaw;
        kpRaw = -kpRaw;
    }
    const Scale s = scaleOf(krRaw, kp.size(), m_config.standardisation);
    if (!(s.sd > 0.0) || !std::isfinite(s.sd)) {
        m_warnings.add(WarningKind::InvalidInput, Severity::Warning,
                       "ECI does not vary between the regions; it cannot be standardised (NaN)");
    } else {
        for (std::size_t i = 0; i < activeRows.size(); ++i)
            eci(activeRows[i]) = (krRaw(Index(i)) - s.mean) / s.sd;
        for (std::size_t i = 0; i < activeCols.size(); ++i)
            pci(activeCols[i]) = (kpRaw(Index(i)) - s.mean) / s.sd;
    }
    if (!report(0.5))
        return false;
    if (m_config.relatedness)
        relatedness(M, lists, rca, kpRaw, activeRows, activeCols, s);
    return report(1.0);
}

void Core::relatedness(const Eigen::MatrixXd &M, const PresenceLists &lists, const Eigen::MatrixXd *rca, const Eigen::VectorXd &kpRaw, const IndexList &activeRows,
                       const IndexList &activeCols, const Scale &eciScale)
{
    const Index R = M.rows();
    const Index P = M.cols();
    const bool continuous = m_config.proximity == ProximityRule::Correlation && rca;
    if (continuous) {
        // Pearson correlation of the RCA columns over the regions.
        const Eigen::MatrixXd centred = rca->rowwise() - rca->colwise().mean();
        const Eigen::MatrixXd cov = centred.transpose() * centred;
        const Eigen::ArrayXd sd = cov.diagonal().array().sqrt();
        proximity = ((cov.array().colwise() / sd).rowwise() / sd.transpose() + 1.0) * 0.5;
        const Index flat = (sd <= 0.0).count();
        if (flat > 0)
            m_warnings.add(WarningKind::InvalidInput, Severity::Warning,
                           "industry whose RCA is the same in every region: no correlation, proximity 0", -1, -1,
                           flat);
        proximity = proximity.array().isFinite().select(proximity, 0.0);
    } else {
        const Eigen::MatrixXd C = cooccurrenceCounts(M);
        proximity.resize(P, P);
        for (Index j = 0; j < P; ++j)
            for (Index i = 0; i < P; ++i) {
                const double k = std::max(ubiquity(i), ubiquity(j));
                proximity(i, j) = k > 0.0 ? C(i, j) / k : 0.0;
            }
    }
    proximity.diagonal().setZero();
    if (!report(0.7))
        return;

    // COI and COG over the industries with a PCI; W_i'i = φ_i'i k_i' / Σ_i'' φ_i'i''.
    Eigen::VectorXd k = Eigen::VectorXd::Zero(P);
    std::vector<bool> active(std::size_t(P), false);
    for (std::size_t i = 0; i < activeCols.size(); ++i) {
        k(activeCols[i]) = kpRaw(Index(i));
        active[std::size_t(activeCols[i])] = true;
    }
    const Eigen::VectorXd rowSums = proximity.rowwise().sum();
    Eigen::MatrixXd W = proximity;
    for (Index i = 0; i < P; ++i)
        W.row(i) *= rowSums(i) > 0.0 ? k(i) / rowSums(i) : 0.0;
    const Eigen::RowVectorXd wSums = W.colwise().sum();
    const Eigen::RowVectorXd columnSums = proximity.colwise().sum();

    // M is 0/1: M φ and M W are sums over each region's present industries of
    // columns of φ (symmetric) and W' — one pass over [φ; W'] (2P × R).
    // The continuous variant weights φ by RCA: a dense product.
    Eigen::MatrixXd stacked(2 * P, P);
    stacked.topRows(P) = proximity;
    stacked.bottomRows(P) = W.transpose();
    const Eigen::MatrixXd sums = lists.sumColumns(continuous ? Eigen::MatrixXd(stacked.bottomRows(P)) : stacked);
    const Index mwRow = continuous ? 0 : P;
    if (continuous)
        density = *rca * proximity;
    else
        density.resize(R, P);
    cog.resize(R, P);
    Eigen::VectorXd coiRaw = Eigen::VectorXd::Zero(R);
    const double cogScale = std::isfinite(eciScale.sd) && eciScale.sd > 0.0 ? eciScale.sd : kNaN;
    for (Index i = 0; i < P; ++i) {
        const double inv = columnSums(i) > 0.0 ? 1.0 / columnSums(i) : kNaN;
        const bool withPci = active[std::size_t(i)];
        for (Index r = 0; r < R; ++r) {
            // ω_ri = Σ_i' L_ri' φ_i'i / Σ_i' φ_i'i, L = M (or RCA).
            const double d = (continuous ? density(r, i) : sums(i, r)) * inv;
            density(r, i) = d;
            const bool present = M(r, i) != 0.0;
            if (!present && std::isfinite(d))
                coiRaw(r) += d * k(i);
            // COG_ri = (1 − M_ri) Σ_i' (1 − M_ri') W_i'i = (1 − M_ri) (colsum W − (M W))_ri.
            cog(r, i) = !withPci ? kNaN : present ? 0.0 : (wSums(i) - sums(mwRow + i, r)) / cogScale;
        }
    }
    if (!report(0.85))
        return;

    Eigen::VectorXd coiActive(Index(activeRows.size()));
    for (std::size_t i = 0; i < activeRows.size(); ++i)
        coiActive(Index(i)) = coiRaw(activeRows[i]);
    const Scale s = scaleOf(coiActive, Index(activeCols.size()), m_config.standardisation);
    for (std::size_t i = 0; i < activeRows.size(); ++i)
        coi(activeRows[i]) = s.sd > 0.0 ? (coiActive(Index(i)) - s.mean) / s.sd : kNaN;
}

// Scatters the kept rows/columns of the core's results into the input's shape.
void expand(const Core &core, const IndexList &rows, const IndexList &cols, Index R, Index P,
            ComplexityResult &r)
{
    const auto vec = [](const Eigen::VectorXd &v, const IndexList &at, Index n) {
        Eigen::VectorXd out = Eigen::VectorXd::Constant(n, kNaN);
        for (std::size_t i = 0; i < at.size() && Index(i) < v.size(); ++i)
            out(at[i]) = v(Index(i));
        return out;
    };
    const auto mat = [](const Eigen::MatrixXd &m, const IndexList &rs, const IndexList &cs, Index nr, Index nc) {
        if (m.rows() == nr && m.cols() == nc && Index(rs.size()) == nr && Index(cs.size()) == nc)
            return m;   // nothing left out: the same shape and order
        Eigen::MatrixXd out = Eigen::MatrixXd::Constant(nr, nc, kNaN);
        if (m.rows() != Index(rs.size()) || m.cols() != Index(cs.size()))
            return out;
        for (std::size_t c = 0; c < cs.size(); ++c)
            for (std::size_t i = 0; i < rs.size(); ++i)
                out(rs[i], cs[c]) = m(Index(i), Index(c));
        return out;
    };
    r.diversity = vec(core.diversity, rows, R);
    r.averageUbiquity = vec(core.averageUbiquity, rows, R);
    r.eci = vec(core.eci, rows, R);
    r.coi = vec(core.coi, rows, R);
    r.ubiquity = vec(core.ubiquity, cols, P);
    r.averageDiversity = vec(core.averageDiversity, cols, P);
    r.pci = vec(core.pci, cols, P);
    r.proximity = mat(core.proximity, cols, cols, P, P);
    r.density = mat(core.density, rows, cols, R, P);
    r.cog = mat(core.cog, rows, cols, R, P);
    r.eigenvalue = core.eigenvalue;
    r.reflectionSteps = core.steps;
}

void markKept(const IndexList &rows, const IndexList &cols, Index R, Index P, ComplexityResult &r)
{
    r.regionKept.assign(std::size_t(R), false);
    r.industryKept.assign(std::size_t(P), false);
    for (Index i : rows)
        r.regionKept[std::size_t(i)] = true;
    for (Index i : cols)
        r.industryKept[std::size_t(i)] = true;
}

// NaN and negative cells → 0, each with one merged warning.
Eigen::MatrixXd cleaned(const Eigen::MatrixXd &in, const std::string &what, WarningCollector &warnings)
{
    if (in.size() == 0 || (in.allFinite() && in.minCoeff() >= 0.0))
        return in;
    const Index missing = (!in.array().isFinite()).count();
    if (missing > 0)
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     what + ": missing (NaN) or infinite cells are counted as 0", -1, -1, missing);
    Eigen::MatrixXd out = in.array().isFinite().select(in, 0.0);
    const Index negative = (out.array() < 0.0).count();
    if (negative > 0)
        warnings.add(WarningKind::NegativeValue, Severity::Warning, what + ": negative cells are counted as 0",
                     -1, -1, negative);
    return out.cwiseMax(0.0);
}

ComplexityResult finish(ComplexityResult &r, WarningCollector &warnings)
{
    r.warnings = warnings.take();
    return std::move(r);
}

bool dropEmpty(const Eigen::MatrixXd &x, IndexList *rows, IndexList *cols, const char *what,
               WarningCollector &warnings)
{
    *rows = positiveEntries(x.rowwise().sum());
    *cols = positiveEntries(x.colwise().sum().transpose());
    if (Index(rows->size()) < x.rows())
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     std::string("region with ") + what + " is left out", -1, -1, x.rows() - Index(rows->size()));
    if (Index(cols->size()) < x.cols())
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     std::string("industry with ") + what + " is left out", -1, -1, x.cols() - Index(cols->size()));
    if (rows->size() < 2 || cols->size() < 2) {
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "complexity needs at least two regions and two industries with values");
        return false;
    }
    return true;
}

} // namespace

ComplexityResult complexity(const Eigen::MatrixXd &values, const ComplexityConfig &config,
                            const ProgressFn &progress)
{
    ComplexityResult r;
    WarningCollector warnings;
    const Index R = values.rows();
    const Index P = values.cols();
    const bool clean = values.size() == 0 || (values.allFinite() && values.minCoeff() >= 0.0);
    Eigen::MatrixXd cleanedCopy;
    if (!clean)
        cleanedCopy = cleaned(values, "values", warnings);
    const Eigen::MatrixXd &x = clean ? values : cleanedCopy;
    IndexList rows, cols;
    const bool usable = dropEmpty(x, &rows, &cols, "a total of 0", warnings);
    markKept(rows, cols, R, P, r);
    if (!usable) {
        r.rca = r.presence = Eigen::MatrixXd::Constant(R, P, kNaN);
        expand(Core(config, progress, warnings), {}, {}, R, P, r);
        return finish(r, warnings);
    }
    const bool all = Index(rows.size()) == R && Index(cols.size()) == P;
    Eigen::MatrixXd picked;
    if (!all)
        picked = pick(x, rows, cols);
    const Eigen::MatrixXd &xk = all ? x : picked;
    const Eigen::ArrayXd regionTotals = xk.rowwise().sum().array();
    const Eigen::RowVectorXd industryShares = xk.colwise().sum() / xk.sum();
    Eigen::MatrixXd rca = ((xk.array().colwise() / regionTotals).rowwise() / industryShares.array()).matrix();
    Eigen::MatrixXd M;
    if (config.presence == PresenceRule::Above)
        M = (rca.array() > config.threshold).cast<double>().matrix();
    else
        M = (rca.array() >= config.threshold).cast<double>().matrix();
    Core core(config, progress, warnings);
    if (progress && !progress(0.1))
        r.cancelled = true;
    else
        r.cancelled = !core.run(M, &rca);
    expand(core, rows, cols, R, P, r);
    if (all) {
        r.rca = std::move(rca);
        r.presence = std::move(M);
    } else {
        r.rca = r.presence = Eigen::MatrixXd::Constant(R, P, kNaN);
        for (std::size_t c = 0; c < cols.size(); ++c)
            for (std::size_t i = 0; i < rows.size(); ++i) {
                r.rca(rows[i], cols[c]) = rca(Index(i), Index(c));
                r.presence(rows[i], cols[c]) = M(Index(i), Index(c));
            }
    }
    return finish(r, warnings);
}

ComplexityResult complexityFromPresence(const Eigen::MatrixXd &presence, const ComplexityConfig &configIn,
                                        const ProgressFn &progress)
{
    ComplexityResult r;
    WarningCollector warnings;
    ComplexityConfig config = configIn;
    if (config.proximity == ProximityRule::Correlation) {
        warnings.add(WarningKind::Substituted, Severity::Warning,
                     "correlation proximity needs RCA values; co-occurrence proximity used");
        config.proximity = ProximityRule::CoOccurrence;
    }
    const Index R = presence.rows();
    const Index P = presence.cols();
    const Eigen::MatrixXd binary = (cleaned(presence, "presence", warnings).array() > 0.0).cast<double>().matrix();
    IndexList rows, cols;
    const bool usable = dropEmpty(binary, &rows, &cols, "no presence", warnings);
    markKept(rows, cols, R, P, r);
    r.rca = Eigen::MatrixXd::Constant(R, P, kNaN);
    r.presence = Eigen::MatrixXd::Constant(R, P, kNaN);
    Core core(config, progress, warnings);
    if (usable) {
        const Eigen::MatrixXd M = pick(binary, rows, cols);
        for (std::size_t c = 0; c < cols.size(); ++c)
            for (std::size_t i = 0; i < rows.size(); ++i)
                r.presence(rows[i], cols[c]) = M(Index(i), Index(c));
        r.cancelled = !core.run(M, nullptr);
    }
    expand(core, rows, cols, R, P, r);
    return finish(r, warnings);
}

std::vector<ProximityEdge> industrySpaceEdges(const Eigen::MatrixXd &proximity, int extraEdges, double minProximity)
{
    std::vector<ProximityEdge> edges;
    const Index n = proximity.rows();
    if (n == 0 || proximity.cols() != n)
        return edges;
    const auto weight = [&](Index i, Index j) {
        const double w = proximity(i, j);
        return std::isfinite(w) ? w : 0.0;
    };
    // Prim from every unvisited node with a positive link (a forest if needed).
    std::vector<bool> inTree(std::size_t(n), false);
    std::vector<double> best(std::size_t(n), 0.0);
    std::vector<Index> parent(std::size_t(n), -1);
    for (Index root = 0; root < n; ++root) {
        if (inTree[std::size_t(root)])
            continue;
        bool linked = false;
        for (Index j = 0; j < n && !linked; ++j)
            linked = j != root && weight(root, j) > 0.0;
        if (!linked)
            continue;
        inTree[std::size_t(root)] = true;
        for (Index j = 0; j < n; ++j)
            if (!inTree[std::size_t(j)] && weight(root, j) > best[std::size_t(j)]) {
                best[std::size_t(j)] = weight(root, j);
                parent[std::size_t(j)] = root;
            }
        for (;;) {
            Index next = -1;
            for (Index j = 0; j < n; ++j)
                if (!inTree[std::size_t(j)] && parent[std::size_t(j)] >= 0
                    && (next < 0 || best[std::size_t(j)] > best[std::size_t(next)]))
                    next = j;
            if (next < 0)
                break;
            inTree[std::size_t(next)] = true;
            const Index p = parent[std::size_t(next)];
            edges.push_back({std::min(p, next), std::max(p, next), best[std::size_t(next)], true});
            for (Index j = 0; j < n; ++j)
                if (!inTree[std::size_t(j)] && weight(next, j) > best[std::size_t(j)]) {
                    best[std::size_t(j)] = weight(next, j);
                    parent[std::size_t(j)] = next;
                }
        }
    }
    // The strongest links outside the tree.
    std::vector<ProximityEdge> others;
    for (Index i = 0; i < n; ++i)
        for (Index j = i + 1; j < n; ++j) {
            const double w = weight(i, j);
            if (!(w > 0.0) || w < minProximity)
                continue;
            const bool inTreeAlready = std::any_of(edges.begin(), edges.end(), [&](const ProximityEdge &e) {
                return e.a == i && e.b == j;
            });
            if (!inTreeAlready)
                others.push_back({i, j, w, false});
        }
    std::stable_sort(others.begin(), others.end(),
                     [](const ProximityEdge &x, const ProximityEdge &y) { return x.proximity > y.proximity; });
    if (int(others.size()) > std::max(0, extraEdges))
        others.resize(std::size_t(std::max(0, extraEdges)));
    edges.insert(edges.end(), others.begin(), others.end());
    return edges;
}

} // namespace regionlens::analysis
