// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <string>

namespace regionlens::analysis {

namespace {

// Keeps the inner breaks that lie inside [lo, hi) and are distinct, and frames
// them with lo and hi. Returns how many were dropped.
int frameBreaks(std::vector<double> inner, double lo, double hi, std::vector<double> *out)
{
    std::sort(inner.begin(), inner.end());
    out->assign(1, lo);
    int dropped = 0;
    for (double b : inner) {
        if (!std::isfinite(b) || b < lo || b >= hi || (out->size() > 1 && b <= out->back())) {
            ++dropped;
            continue;
        }
        out->push_back(b);
    }
    out->push_back(hi);
    return dropped;
}

// Runs of neighbouring sorted values, summarised for the natural-breaks
// dynamic programme (values shifted by a constant for numerical stability).
struct Group
{
    double weight = 0.0; // number of values
    double sum = 0.0;    // Σ (x − shift)
    double sumSq = 0.0;  // Σ (x − shift)²
    double last = 0.0;   // largest value of the run
};

// One group per distinct value.
std::vector<Group> distinctGroups(const std::vector<double> &sorted, double shift)
{
    std::vector<Group> groups;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i == 0 || sorted[i] != sorted[i - 1])
            groups.push_back(Group{0.0, 0.0, 0.0, sorted[i]});
        const double d = sorted[i] - shift;
        Group &g = groups.back();
        g.weight += 1.0;
        g.sum += d;
        g.sumSq += d * d;
    }
    return groups;
}

// Merges neighbouring groups, cheapest first (Ward's criterion: the increase
// of the within-group sum of squares, wA·wB/(wA + wB)·(meanA − meanB)²),
// until at most maxGroups remain. Dense runs merge early; a sparse tail or an
// outlier, whose merges are expensive, stays resolved. O(n log n).
std::vector<Group> mergeGroups(std::vector<Group> groups, std::size_t maxGroups)
{
    const std::size_t n = groups.size();
    if (n <= maxGroups)
        return groups;
    std::vector<std::ptrdiff_t> next(n), prev(n);
    std::vector<unsigned> version(n, 0);
    std::vector<bool> alive(n, true);
    for (std::size_t i = 0; i < n; ++i) {
        next[i] = i + 1 < n ? std::ptrdiff_t(i + 1) : -1;
        prev[i] = std::ptrdiff_t(i) - 1;
    }
    auto mergeCost = [&](std::size_t a, std::size_t b) {
        const Group &l = groups[a];
        const Group &r = groups[b];
        const double d = l.sum / l.weight - r.sum / r.weight;
        return l.weight * r.weight / (l.weight + r.weight) * d * d;
    };
    struct Candidate
    {
        double cost;
        std::size_t left, right;
        unsigned leftVersion, rightVersion;
        bool operator>(const Candidate &o) const { return cost > o.cost || (cost == o.cost && left > o.left); }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue;
    auto push = [&](std::ptrdiff_t a, std::ptrdiff_t b) {
        if (a >= 0 && b >= 0)
            queue.push(Candidate{mergeCost(std::size_t(a), std::size_t(b)), std::size_t(a), std::size_t(b),
                                 version[std::size_t(a)], version[std::size_t(b)]});
    };
    for (std::size_t i = 0; i + 1 < n; ++i)
        push(std::ptrdiff_t(i), std::ptrdiff_t(i + 1));
    std::size_t count = n;
    while (count > maxGroups && !queue.empty()) {
        const Candidate c = queue.top();
        queue.pop();
        if (!alive[c.left] || !alive[c.right] || version[c.left] != c.leftVersion
            || version[c.right] != c.rightVersion)
            continue;
        Group &l = groups[c.left];
        const Group &r = groups[c.right];
        l.weight += r.weight;
        l.sum += r.sum;
        l.sumSq += r.sumSq;
        l.last = r.last;
        alive[c.right] = false;
        next[c.left] = next[c.right];
        if (next[c.right] >= 0)
            prev[std::size_t(next[c.right])] = std::ptrdiff_t(c.left);
        ++version[c.left];
        --count;
        push(prev[c.left], std::ptrdiff_t(c.left));
        push(std::ptrdiff_t(c.left), next[c.left]);
    }
    std::vector<Group> out;
    out.reserve(count);
    for (std::size_t i = 0; i < n; ++i)
        if (alive[i])
            out.push_back(groups[i]);
    return out;
}

// Optimal partition of the groups into at most k classes (Fisher's dynamic
// programme, exact); returns the largest value of each class.
//
// cost[c][j], the least within-class sum of squared deviations (SSD) of groups
// 0..j in c + 1 classes, is min over i of cost[c − 1][i − 1] + ssd(i, j). The
// SSD of a run of sorted values satisfies the quadrangle inequality, so the
// leftmost optimal start of the last class never decreases with j (Wang &
// Song, "Ckmeans.1d.dp", R Journal 3(2), 2011; Grønlund et al., "Fast exact
// k-means, k-medians and Bregman divergence clustering in 1D", 2017). Each
// layer is therefore solved by divide and conquer: the middle j is scanned
// over its whole admissible range of starts and splits that range for the two
// halves, O(g log g) per layer instead of O(g²). ssd() is O(1) from prefix
// sums of the weights, x and x² (x shifted by the median). Every class starts
// at its own group (i ≥ c), so no class is ever empty.
std::vector<double> naturalBreaksOfGroups(const std::vector<Group> &groups, int k)
{
    const std::size_t g = groups.size();
    if (g == 0 || k <= 0)
        return {};
    const std::size_t classes = std::min<std::size_t>(std::size_t(k), g);
    std::vector<double> w(g + 1, 0.0), s1(g + 1, 0.0), s2(g + 1, 0.0);
    for (std::size_t i = 0; i < g; ++i) {
        w[i + 1] = w[i] + groups[i].weight;
        s1[i + 1] = s1[i] + groups[i].sum;
        s2[i + 1] = s2[i] + groups[i].sumSq;
    }
    auto ssd = [&](std::size_t i, std::size_t j) { // groups i..j inclusive
        const double a = s1[j + 1] - s1[i];
        return std::max(0.0, s2[j + 1] - s2[i] - a * a / (w[j + 1] - w[i]));
    };
    constexpr double inf = std::numeric_limits<double>::infinity();
    // previous[j] / current[j]: cost of groups 0..j in c and c + 1 classes;
    // start[c][j]: first group of the last class of that solution.
    std::vector<double> previous(g), current(g, inf);
    std::vector<std::vector<std::uint32_t>> start(classes);
    for (std::size_t j = 0; j < g; ++j)
        previous[j] = ssd(0, j);

    struct Range
    {
        std::size_t jLo, jHi, iLo, iHi; // rows jLo..jHi, starts iLo..iHi
    };
    std::vector<Range> stack;
    for (std::size_t c = 1; c < classes; ++c) {
        std::vector<std::uint32_t> &st = start[c];
        st.assign(g, 0);
        // The last layer only needs j = g − 1.
        const std::size_t jFirst = c + 1 == classes ? g - 1 : c;
        stack.assign(1, Range{jFirst, g - 1, c, g - 1});
        while (!stack.empty()) {
            const Range r = stack.back();
            stack.pop_back();
            const std::size_t j = r.jLo + (r.jHi - r.jLo) / 2;
            double best = inf;
            std::size_t bestStart = std::max(r.iLo, c);
            for (std::size_t i = std::max(r.iLo, c), last = std::min(r.iHi, j); i <= last; ++i) {
                const double total = previous[i - 1] + ssd(i, j);
                if (total < best) { // leftmost minimum
                    best = total;
                    bestStart = i;
                }
            }
            current[j] = best;
            st[j] = std::uint32_t(bestStart);
            if (j > r.jLo)
                stack.push_back(Range{r.jLo, j - 1, r.iLo, bestStart});
            if (j < r.jHi)
                stack.push_back(Range{j + 1, r.jHi, bestStart, r.iHi});
        }
        std::swap(previous, current);
    }
    std::vector<double> upper(classes);
    std::size_t j = g - 1;
    for (std::size_t c = classes; c-- > 0;) {
        upper[c] = groups[j].last;
        if (c > 0)
            j = start[c][j] - 1;
    }
    return upper;
}

} // namespace

double quantileSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return kNaN;
    const double pos = std::clamp(p, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

std::vector<double> jenksUpperBounds(const std::vector<double> &sorted, int k)
{
    if (sorted.empty())
        return {};
    return naturalBreaksOfGroups(distinctGroups(sorted, sorted[sorted.size() / 2]), k);
}

std::vector<double> symmetricBreaks(const std::vector<double> &values)
{
    std::vector<double> magnitudes;
    for (double v : values)
        if (std::isfinite(v) && v != 0.0)
            magnitudes.push_back(std::abs(v));
    if (magnitudes.empty())
        return {0.0};
    std::sort(magnitudes.begin(), magnitudes.end());
    auto at = [&](double p) { return magnitudes[std::size_t(std::lround(p * double(magnitudes.size() - 1)))]; };
    auto round2 = [](double v) {
        const double scale = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
        return std::max(scale, std::round(v / scale) * scale);
    };
    std::vector<double> positive;
    for (double p : {0.33, 0.67, 0.9}) {
        const double b = round2(at(p));
        if (positive.empty() || b > positive.back())
            positive.push_back(b);
    }
    std::vector<double> out(positive.rbegin(), positive.rend());
    for (double &b : out)
        b = -b;
    out.push_back(0.0);
    out.insert(out.end(), positive.begin(), positive.end());
    return out;
}

int classIndex(const std::vector<double> &breaks, double v)
{
    if (breaks.size() < 2 || !std::isfinite(v))
        return -1;
    // First inner break >= v; breaks[1..size-2] are the inner upper bounds.
    const auto it = std::lower_bound(breaks.begin() + 1, breaks.end() - 1, v);
    return static_cast<int>(it - (breaks.begin() + 1));
}

ClassificationResult classify(const Eigen::VectorXd &values, const ClassificationConfig &config)
{
    return classify(std::vector<double>(values.data(), values.data() + values.size()), config);
}

ClassificationResult classify(const std::vector<double> &values, const ClassificationConfig &config)
{
    ClassificationResult result;
    WarningCollector warnings;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            sorted.push_back(v);
    result.missing = static_cast<Eigen::Index>(values.size() - sorted.size());
    warnings.add(WarningKind::MissingValue, Severity::Info,
                 "values without data (NaN or infinite) are not classified", -1, -1, result.missing);
    result.classOf.assign(values.size(), -1);
    if (sorted.empty()) {
        warnings.add(WarningKind::InvalidInput, Severity::Warning, "no value to classify");
        result.warnings = warnings.take();
        return result;
    }
    std::sort(sorted.begin(), sorted.end());
    const double lo = sorted.front();
    const double hi = sorted.back();
    const int wanted = std::max(1, config.classes);

    std::vector<double> inner;
    int expectedInner = wanted - 1;
    switch (config.method) {
    case ClassificationMethod::Quantile:
        for (int j = 1; j < wanted; ++j)
            inner.push_back(quantileSorted(sorted, static_cast<double>(j) / wanted));
        break;
    case ClassificationMethod::EqualInterval:
        for (int j = 1; j < wanted; ++j)
            inner.push_back(lo + (hi - lo) * static_cast<double>(j) / wanted);
        break;
    case ClassificationMethod::NaturalBreaks: {
        const std::size_t limit = std::size_t(std::max(config.naturalBreaksMaxValues, 16));
        std::vector<Group> groups = distinctGroups(sorted, sorted[sorted.size() / 2]);
        if (groups.size() > limit) {
            result.approximated = true;
            groups = mergeGroups(std::move(groups), limit);
            warnings.add(WarningKind::Substituted, Severity::Info,
                         "natural breaks computed on " + std::to_string(limit)
                             + " groups of neighbouring values (Ward merging)");
        }
        std::vector<double> upper = naturalBreaksOfGroups(groups, wanted);
        if (!upper.empty())
            upper.pop_back(); // the maximum
        inner = upper;
        break;
    }
    case ClassificationMethod::StandardDeviation:
    case ClassificationMethod::BoxMap: {
        if (config.method == ClassificationMethod::StandardDeviation) {
            double mean = 0.0;
            for (double v : sorted)
                mean += v;
            mean /= static_cast<double>(sorted.size());
            double var = 0.0;
            for (double v : sorted)
                var += (v - mean) * (v - mean);
            const double sd = std::sqrt(var / static_cast<double>(sorted.size()));
            for (int j = -2; j <= 2; ++j)
                inner.push_back(mean + j * config.stdDevStep * sd);
        } else {
            const double q1 = quantileSorted(sorted, 0.25);
            const double q3 = quantileSorted(sorted, 0.75);
            const double iqr = q3 - q1;
            inner = {q1 - config.hinge * iqr, q1, quantileSorted(sorted, 0.5), q3, q3 + config.hinge * iqr};
        }
        // Bounds outside the data (no outliers, no value beyond 2σ) are
        // dropped silently: they would only make empty classes.
        std::erase_if(inner, [&](double b) { return b < lo || b >= hi; });
        expectedInner = static_cast<int>(inner.size());
        break;
    }
    case ClassificationMethod::UserBreaks: {
        inner = config.userBreaks;
        std::erase_if(inner, [](double b) { return !std::isfinite(b); });
        std::sort(inner.begin(), inner.end());
        inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
        if (inner.size() != config.userBreaks.size())
            warnings.add(WarningKind::InvalidInput, Severity::Warning,
                         "duplicate or non-finite user breaks were ignored");
        // User breaks are kept even outside the data; the frame widens to them.
        result.breaks.push_back(inner.empty() ? lo : std::min(lo, inner.front()));
        result.breaks.insert(result.breaks.end(), inner.begin(), inner.end());
        result.breaks.push_back(inner.empty() ? hi : std::max(hi, inner.back()));
        break;
    }
    }

    if (config.method != ClassificationMethod::UserBreaks) {
        if (lo == hi) {
            result.breaks = {lo, hi};
            if (wanted > 1)
                warnings.add(WarningKind::InvalidInput, Severity::Warning,
                             "all values are equal: one class only");
        } else {
            const int dropped = frameBreaks(inner, lo, hi, &result.breaks);
            const int fewer = expectedInner - (result.classCount() - 1);
            if (dropped > 0 || fewer > 0)
                warnings.add(WarningKind::Substituted, Severity::Info,
                             "tied values: " + std::to_string(result.classCount()) + " classes instead of "
                                 + std::to_string(expectedInner + 1));
        }
    }

    result.counts.assign(static_cast<std::size_t>(result.classCount()), 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int c = classIndex(result.breaks, values[i]);
        result.classOf[i] = c;
        if (c >= 0)
            ++result.counts[static_cast<std::size_t>(c)];
    }
    const auto empty = std::count(result.counts.begin(), result.counts.end(), 0);
    if (empty > 0)
        warnings.add(WarningKind::InvalidInput, Severity::Info, "some classes hold no value", -1, -1, empty);
    result.warnings = warnings.take();
    return result;
}

} // namespace regionlens::analysis
