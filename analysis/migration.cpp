// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

#include "matrixchecks.h"
#include "ranking.h"
#include "regionfigures.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <queue>

namespace regionlens::analysis {

namespace {

// "a ranks before b": larger value, then lower origin, then lower destination.
bool ranksBefore(const OdFlow &a, const OdFlow &b)
{
    if (a.value != b.value)
        return a.value > b.value;
    if (a.origin != b.origin)
        return a.origin < b.origin;
    return a.destination < b.destination;
}

// Keeps the n best flows seen so far.
class TopFlows
{
public:
    explicit TopFlows(int n) : m_n(static_cast<std::size_t>(std::max(0, n))) {}

    bool enabled() const { return m_n > 0; }
    void clear() { m_heap = {}; }

    void consider(int origin, int destination, double value)
    {
        if (!(value == value))
            return;
        const OdFlow f{origin, destination, value};
        if (m_heap.size() < m_n) {
            m_heap.push(f);
        } else if (ranksBefore(f, m_heap.top())) {
            m_heap.pop();
            m_heap.push(f);
        }
    }

    // Cheap pre-filter for the hot loop.
    double threshold() const
    {
        return m_heap.size() < m_n ? -std::numeric_limits<double>::infinity() : m_heap.top().value;
    }

    std::vector<OdFlow> sorted()
    {
        std::vector<OdFlow> out;
        out.reserve(m_heap.size());
        while (!m_heap.empty()) {
            out.push_back(m_heap.top());
            m_heap.pop();
        }
        std::sort(out.begin(), out.end(), ranksBefore);
        return out;
    }

private:
    struct Worse
    {
        // Max-heap on "worse", so top() is the worst kept flow.
        bool operator()(const OdFlow &a, const OdFlow &b) const { return ranksBefore(a, b); }
    };
    std::size_t m_n;
    std::priority_queue<OdFlow, std::vector<OdFlow>, Worse> m_heap;
};

// Non-zero cells. Compares the bit pattern without the sign bit, an integer
// loop that compilers vectorise (Eigen's count() on a comparison is scalar).
Eigen::Index countNonZero(const double *p, Eigen::Index n)
{
    std::uint64_t count = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, p + i, sizeof bits);
        count += (bits << 1) != 0 ? 1u : 0u;  // ±0.0 → 0
    }
    return static_cast<Eigen::Index>(count);
}

struct FlowTotals
{
    Eigen::VectorXd inflow, outflow;
    Eigen::Index nanCells = 0, negativeCells = 0, nonZeroCells = 0;
    Eigen::Index firstNanRow = -1, firstNanCol = -1;
    bool cancelled = false;
};

// Column j gives inflow(j) and adds to every outflow; the diagonal is never
// read, so a NaN ("-") diagonal is fine. Fast path: one fused read per
// column. If a column holds NaN/inf, the totals are recomputed by the slow
// path, which counts such cells as 0 and reports them.
FlowTotals sumFlows(const Eigen::MatrixXd &od, TopFlows *top, bool wantNonZero,
                    const ProgressFn &progress)
{
    const Eigen::Index n = od.rows();
    FlowTotals t;
    t.inflow.setZero(n);
    t.outflow.setZero(n);
    ProgressThrottle throttle(progress, n, 20);
    bool clean = true;
    for (Eigen::Index j = 0; j < n && clean; ++j) {
        const double *c = od.col(j).data();
        detail::SegmentStats stats;
        detail::addSegment(c, t.outflow.data(), j, stats);
        detail::addSegment(c + j + 1, t.outflow.data() + j + 1, n - j - 1, stats);
        if (!std::isfinite(stats.sum)) {
            clean = false;
            break;
        }
        t.inflow(j) = stats.sum;
        if (stats.minimum < 0.0)
            t.negativeCells += (od.col(j).head(j).array() < 0.0).count()
                               + (od.col(j).tail(n - j - 1).array() < 0.0).count();
        if (wantNonZero)
            t.nonZeroCells += countNonZero(c, j) + countNonZero(c + j + 1, n - j - 1);
        if (top && top->enabled()) {
            for (Eigen::Index i = 0; i < n; ++i)
                if (i != j && c[i] >= top->threshold())
                    top->consider(static_cast<int>(i), static_cast<int>(j), c[i]);
        }
        if (!throttle.tick(j + 1)) {
            t.cancelled = true;
            return t;
        }
    }
    if (clean)
        return t;

    // Slow path over the whole matrix.
    t = FlowTotals{};
    t.inflow.setZero(n);
    t.outflow.setZero(n);
    TopFlows *slowTop = top;
    if (slowTop)
        slowTop->clear();  // candidates of the fast pass would be seen twice
    Eigen::VectorXd col(n);
    for (Eigen::Index j = 0; j < n; ++j) {
        const auto c = od.col(j);
        col = c.array().isFinite().select(c, 0.0);
        col(j) = 0.0;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (i != j && !std::isfinite(c(i)) && t.nanCells++ == 0) {
                t.firstNanRow = i;
                t.firstNanCol = j;
            }
        }
        t.inflow(j) = col.sum();
        t.outflow += col;
        t.negativeCells += (col.array() < 0.0).count();
        if (wantNonZero)
            t.nonZeroCells += countNonZero(col.data(), n);
        if (slowTop && slowTop->enabled()) {
            for (Eigen::Index i = 0; i < n; ++i)
                if (i != j && c(i) >= slowTop->threshold())
                    slowTop->consider(static_cast<int>(i), static_cast<int>(j), c(i));
        }
    }
    return t;
}

std::vector<OdFlow> sortedFlows(std::vector<OdFlow> flows, int n)
{
    std::sort(flows.begin(), flows.end(), ranksBefore);
    if (n >= 0 && flows.size() > static_cast<std::size_t>(n))
        flows.resize(static_cast<std::size_t>(n));
    return flows;
}

} // namespace

std::vector<OdFlow> largestFlows(const Eigen::MatrixXd &od, int n)
{
    TopFlows top(n);
    for (Eigen::Index j = 0; j < od.cols(); ++j)
        for (Eigen::Index i = 0; i < od.rows(); ++i)
            if (i != j && od(i, j) >= top.threshold())
                top.consider(static_cast<int>(i), static_cast<int>(j), od(i, j));
    return top.sorted();
}

MigrationResult migrationSummary(const Eigen::MatrixXd &od, const MigrationConfig &config,
                                 const ProgressFn &progress)
{
    MigrationResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> MigrationResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    const Eigen::Index n = od.rows();
    if (od.cols() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error, "OD matrix is not square");
        return finish();
    }
    const bool havePopulation = config.population.size() > 0;
    if (havePopulation && config.population.size() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "population has " + detail::indexText(config.population.size())
                         + " entries for " + detail::indexText(n) + " regions; ignored");
    }
    const bool usePopulation = havePopulation && config.population.size() == n;

    TopFlows top(config.topN);
    FlowTotals t = sumFlows(od, &top, config.connectivity, progress);
    if (t.cancelled) {
        r.cancelled = true;
        return finish();
    }
    if (t.nanCells > 0)
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     "missing (NaN) flows are counted as 0", t.firstNanRow, t.firstNanCol, t.nanCells);
    // A flow counts movers: a negative one, or sums that overflow, make the
    // in/out/net figures and every index built on them meaningless.
    if (t.negativeCells > 0)
        warnings.add(WarningKind::NegativeValue, Severity::Error,
                     "negative flows: a flow counts movers and cannot be negative; MEI, ANMR and CMP are not computed",
                     -1, -1, t.negativeCells);
    const bool overflow = !(t.inflow.allFinite() && t.outflow.allFinite() && std::isfinite(t.inflow.sum()));
    if (overflow)
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "flows too large, their sums overflow (above 1.8e308); rescale them");
    const bool valid = t.negativeCells == 0 && !overflow;

    r.inflow = std::move(t.inflow);
    r.outflow = std::move(t.outflow);
    r.net = r.inflow - r.outflow;
    r.turnover = r.inflow + r.outflow;
    r.totalFlows = r.inflow.sum();
    double best = -std::numeric_limits<double>::infinity();
    double worst = std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < n; ++i) {
        const double v = r.net(i);
        r.gaining += v > 0 ? 1 : 0;
        r.losing += v < 0 ? 1 : 0;
        if (v > best) {
            best = v;
            r.largestGain = static_cast<int>(i);
        }
        if (v < worst) {
            worst = v;
            r.largestLoss = static_cast<int>(i);
        }
    }

    const double absNet = r.net.cwiseAbs().sum();
    const double turnover = r.turnover.sum();
    if (!valid) {
        r.effectiveness = kNaN;
    } else if (turnover > 0.0) {
        r.effectiveness = 100.0 * absNet / turnover;
    } else {
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "no flows; migration effectiveness is NaN");
    }
    if (n > 1 && config.connectivity)
        r.connectivity = static_cast<double>(t.nonZeroCells) / static_cast<double>(n * (n - 1));

    if (usePopulation) {
        const Eigen::ArrayXd pop = config.population.array();
        const Eigen::Index badPop = (!(pop.isFinite() && pop > 0.0)).count();
        if (badPop > 0)
            warnings.add(WarningKind::InvalidInput, Severity::Warning,
                         "population is missing or not positive; net per 1,000 is NaN there", -1, -1,
                         badPop);
        r.netPerThousand = (pop.isFinite() && pop > 0.0).select(1000.0 * r.net.array() / pop, kNaN).matrix();
        const double popTotal = (pop.isFinite() && pop > 0.0).select(pop, 0.0).sum();
        if (!valid) {
            r.aggregateNetMigrationRate = r.crudeMigrationProbability = kNaN;
        } else if (popTotal > 0.0) {
            r.aggregateNetMigrationRate = 100.0 * 0.5 * absNet / popTotal;
            r.crudeMigrationProbability = 100.0 * r.totalFlows / popTotal;
        } else {
            warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                         "total population is zero; ANMR and CMP are NaN");
        }
    }

    if (top.enabled())
        r.topFlows = top.sorted();
    if (config.focusRegion >= 0) {
        if (config.focusRegion >= n) {
            warnings.add(WarningKind::InvalidInput, Severity::Warning, "focus region out of range");
        } else {
            const int f = config.focusRegion;
            r.focusNetRank = rankAmong(std::span<const double>(r.net.data(), std::size_t(n)), r.net(f)).rank;
            std::vector<OdFlow> in, out;
            in.reserve(static_cast<std::size_t>(n));
            out.reserve(static_cast<std::size_t>(n));
            for (Eigen::Index k = 0; k < n; ++k) {
                if (k == f)
                    continue;
                if (std::isfinite(od(k, f)))
                    in.push_back({static_cast<int>(k), f, od(k, f)});
                if (std::isfinite(od(f, k)))
                    out.push_back({f, static_cast<int>(k), od(f, k)});
            }
            r.focusInflows = sortedFlows(std::move(in), config.focusTopN);
            r.focusOutflows = sortedFlows(std::move(out), config.focusTopN);
        }
    }
    return finish();
}

GroupMigration groupMigration(const Eigen::MatrixXd &od, const std::vector<int> &members,
                              const Eigen::VectorXd &population, int topN)
{
    GroupMigration g;
    WarningCollector warnings;
    const Eigen::Index n = od.rows();
    if (od.cols() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error, "OD matrix is not square");
        g.warnings = warnings.take();
        return g;
    }
    std::vector<bool> inGroup(static_cast<std::size_t>(n), false);
    for (int m : members) {
        if (m < 0 || m >= n)
            warnings.add(WarningKind::InvalidInput, Severity::Warning, "group member out of range");
        else
            inGroup[static_cast<std::size_t>(m)] = true;
    }
    const auto cell = [&](Eigen::Index i, Eigen::Index j) { return std::isfinite(od(i, j)) ? od(i, j) : 0.0; };
    Eigen::VectorXd fromPartner = Eigen::VectorXd::Zero(n);
    Eigen::VectorXd toPartner = Eigen::VectorXd::Zero(n);
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index i = 0; i < n; ++i) {
            if (i == j)
                continue;
            const bool from = inGroup[static_cast<std::size_t>(i)];
            const bool to = inGroup[static_cast<std::size_t>(j)];
            if (from && to)
                g.internal += cell(i, j);
            else if (to)
                fromPartner(i) += cell(i, j);
            else if (from)
                toPartner(j) += cell(i, j);
        }
    }
    g.inflow = fromPartner.sum();
    g.outflow = toPartner.sum();
    g.net = g.inflow - g.outflow;
    g.turnover = g.inflow + g.outflow;
    std::vector<OdFlow> in, out;
    for (Eigen::Index k = 0; k < n; ++k) {
        if (inGroup[static_cast<std::size_t>(k)])
            continue;
        in.push_back({static_cast<int>(k), -1, fromPartner(k)});
        out.push_back({-1, static_cast<int>(k), toPartner(k)});
    }
    g.inflows = sortedFlows(std::move(in), topN);
    g.outflows = sortedFlows(std::move(out), topN);
    if (population.size() == n) {
        double sum = 0.0;
        bool known = std::any_of(inGroup.begin(), inGroup.end(), [](bool b) { return b; });
        for (Eigen::Index k = 0; k < n; ++k)
            if (inGroup[static_cast<std::size_t>(k)]) {
                known = known && std::isfinite(population(k)) && population(k) > 0.0;
                sum += population(k);
            }
        if (known) {
            g.population = sum;
            g.netPerThousand = 1000.0 * g.net / sum;
        } else {
            warnings.add(WarningKind::InvalidInput, Severity::Warning,
                         "a group member has no population; the group's net per 1,000 is NaN");
        }
    } else if (population.size() > 0) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error, "population does not match the OD matrix; ignored");
    }
    g.warnings = warnings.take();
    return g;
}

namespace {

Eigen::VectorXd perThousand(const Eigen::VectorXd &net, const Eigen::VectorXd &population)
{
    Eigen::VectorXd rate = Eigen::VectorXd::Constant(net.size(), kNaN);
    if (population.size() != net.size())
        return rate;
    for (Eigen::Index i = 0; i < net.size(); ++i)
        if (std::isfinite(population(i)) && population(i) > 0.0 && std::isfinite(net(i)))
            rate(i) = 1000.0 * net(i) / population(i);
    return rate;
}

} // namespace

CountMigration migrationFromCounts(const Eigen::VectorXd &in, const Eigen::VectorXd &out,
                                   const Eigen::VectorXd &population)
{
    CountMigration c;
    const Eigen::Index n = std::min(in.size(), out.size());
    c.net = Eigen::VectorXd::Constant(n, kNaN);
    for (Eigen::Index i = 0; i < n; ++i)
        if (std::isfinite(in(i)) && std::isfinite(out(i)))
            c.net(i) = in(i) - out(i);
    c.netPerThousand = perThousand(c.net, population);
    return c;
}

FlowListMigration migrationFromFlowList(const std::vector<OdFlow> &flows, int regionCount,
                                        const Eigen::VectorXd &population)
{
    FlowListMigration r;
    const int n = std::max(0, regionCount);
    r.inflow = Eigen::VectorXd::Zero(n);
    r.outflow = Eigen::VectorXd::Zero(n);
    r.involved.assign(static_cast<std::size_t>(n), false);
    std::vector<OdFlow> kept;
    kept.reserve(flows.size());
    for (const OdFlow &f : flows) {
        if (f.origin == f.destination || f.origin < 0 || f.destination < 0 || f.origin >= n
            || f.destination >= n || !std::isfinite(f.value))
            continue;
        r.outflow(f.origin) += f.value;
        r.inflow(f.destination) += f.value;
        r.involved[static_cast<std::size_t>(f.origin)] = true;
        r.involved[static_cast<std::size_t>(f.destination)] = true;
        kept.push_back(f);
    }
    // Repeated pairs summed in a fixed order (origin, destination, then as listed).
    std::stable_sort(kept.begin(), kept.end(), [](const OdFlow &a, const OdFlow &b) {
        return a.origin != b.origin ? a.origin < b.origin : a.destination < b.destination;
    });
    for (std::size_t k = 0; k < kept.size();) {
        OdFlow pair = kept[k];
        for (++k; k < kept.size() && kept[k].origin == pair.origin && kept[k].destination == pair.destination; ++k)
            pair.value += kept[k].value;
        if (pair.value > 0.0) {
            r.pairs.push_back(pair);
            r.totalFlows += pair.value;
        }
    }
    std::sort(r.pairs.begin(), r.pairs.end(), ranksBefore);
    r.net = r.inflow - r.outflow;
    if (population.size() > 0)
        r.netPerThousand = perThousand(r.net, population);
    return r;
}

AgeMigrationResult migrationByAge(const std::vector<Eigen::MatrixXd> &odByAge, const ProgressFn &progress)
{
    AgeMigrationResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> AgeMigrationResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    if (odByAge.empty()) {
        warnings.add(WarningKind::InvalidInput, Severity::Error, "no age classes");
        return finish();
    }
    const Eigen::Index n = odByAge.front().rows();
    const auto classes = static_cast<Eigen::Index>(odByAge.size());
    for (const auto &m : odByAge) {
        if (m.rows() != n || m.cols() != n) {
            warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                         "age-class OD matrices differ in shape or are not square");
            return finish();
        }
    }
    r.inflow.resize(n, classes);
    r.outflow.resize(n, classes);
    for (Eigen::Index a = 0; a < classes; ++a) {
        if (progress && !progress(static_cast<double>(a) / static_cast<double>(classes))) {
            r.cancelled = true;
            return finish();
        }
        FlowTotals t = sumFlows(odByAge[static_cast<std::size_t>(a)], nullptr, false, {});
        if (t.nanCells > 0)
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         "missing (NaN) flows are counted as 0", t.firstNanRow, a, t.nanCells);
        if (t.negativeCells > 0)
            warnings.add(WarningKind::NegativeValue, Severity::Error,
                         "negative flows: a flow counts movers and cannot be negative", -1, a, t.negativeCells);
        r.inflow.col(a) = t.inflow;
        r.outflow.col(a) = t.outflow;
    }
    r.net = r.inflow - r.outflow;
    r.netAllAges = r.net.rowwise().sum();
    return finish();
}

} // namespace regionlens::analysis
