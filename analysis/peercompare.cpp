// SPDX-License-Identifier: GPL-3.0-or-later
#include "peercompare.h"


#include <algorithm>
#include <cmath>

namespace regionlens::analysis {

double medianOf(std::span<const double> values)
{
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
    if (v.empty())
        return kNaN;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2.0;
}

PeerPosition peerPosition(double value, std::span<const double> peers)
{
    PeerPosition p;
    p.value = value;
    p.peerMedian = medianOf(peers);
    int below = 0, equal = 0, finite = 0;
    for (double x : peers) {
        if (!std::isfinite(x))
            continue;
        ++finite;
        if (std::isfinite(value)) {
            below += x < value ? 1 : 0;
            equal += x == value ? 1 : 0;
        }
    }
    p.peersWithValue = finite;
    p.n = finite + (std::isfinite(value) ? 1 : 0);
    if (!std::isfinite(value))
        return p;
    int above = 0;
    for (double x : peers)
        above += std::isfinite(x) && x > value ? 1 : 0;
    p.rank = 1 + above;
    if (finite > 0)
        p.percentile = 100.0 * (double(below) + 0.5 * double(equal)) / double(finite);
    return p;
}

Neighbours nearestNeighbours(const std::vector<std::vector<double>> &features, int target, int k)
{
    Neighbours out;
    const int rows = int(features.size());
    if (target < 0 || target >= rows || k <= 0) {
        out.warnings.push_back("no target region among the candidates");
        return out;
    }
    const size_t columns = features[size_t(target)].size();
    std::vector<char> complete(size_t(rows), 1);
    for (int r = 0; r < rows; ++r) {
        if (features[size_t(r)].size() != columns) {
            complete[size_t(r)] = 0;
            continue;
        }
        for (double x : features[size_t(r)])
            if (!std::isfinite(x))
                complete[size_t(r)] = 0;
    }
    if (!complete[size_t(target)]) {
        out.warnings.push_back("the region lacks a feature of the similarity; no similar regions");
        return out;
    }
    std::vector<double> mean(columns, 0.0), sd(columns, 0.0);
    int count = 0;
    for (int r = 0; r < rows; ++r)
        if (complete[size_t(r)]) {
            ++count;
            for (size_t c = 0; c < columns; ++c)
                mean[c] += features[size_t(r)][c];
        }
    for (size_t c = 0; c < columns; ++c)
        mean[c] /= double(count);
    for (int r = 0; r < rows; ++r)
        if (complete[size_t(r)])
            for (size_t c = 0; c < columns; ++c)
                sd[c] += (features[size_t(r)][c] - mean[c]) * (features[size_t(r)][c] - mean[c]);
    for (size_t c = 0; c < columns; ++c) {
        sd[c] = count > 1 ? std::sqrt(sd[c] / double(count - 1)) : 0.0;
        if (sd[c] > 0.0)
            out.featuresUsed.push_back(int(c));
    }
    if (out.featuresUsed.empty()) {
        out.warnings.push_back("no feature varies among the candidates");
        return out;
    }
    std::vector<std::pair<double, int>> d;
    const std::vector<double> &t = features[size_t(target)];
    for (int r = 0; r < rows; ++r) {
        if (r == target || !complete[size_t(r)])
            continue;
        double sum = 0.0;
        for (int c : out.featuresUsed) {
            const double z = (features[size_t(r)][size_t(c)] - t[size_t(c)]) / sd[size_t(c)];
            sum += z * z;
        }
        d.emplace_back(std::sqrt(sum), r);
    }
    // Distance, then row: equal distances keep the candidates' order.
    std::sort(d.begin(), d.end());
    const size_t n = std::min(d.size(), size_t(k));
    for (size_t i = 0; i < n; ++i) {
        out.indices.push_back(d[i].second);
        out.distances.push_back(d[i].first);
    }
    return out;
}

LinearFit linearFit(std::span<const double> x, std::span<const double> y)
{
    LinearFit fit;
    // Two passes (means, then centred sums): no cancellation for large values.
    double mx = 0.0, my = 0.0;
    const size_t size = std::min(x.size(), y.size());
    for (size_t i = 0; i < size; ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            mx += x[i];
            my += y[i];
            ++fit.n;
        }
    if (fit.n < 2)
        return fit;
    mx /= fit.n;
    my /= fit.n;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (size_t i = 0; i < size; ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }
    if (!(sxx > 0.0))
        return fit;
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    if (syy > 0.0)
        fit.r = sxy / std::sqrt(sxx * syy);
    return fit;
}

} // namespace regionlens::analysis
