// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace regionlens::analysis {

Rank rankAmong(std::span<const double> values, double own)
{
    Rank r;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        ++r.count;
        if (v > own)
            ++r.rank;
    }
    r.rank = std::isfinite(own) ? r.rank + 1 : 0;
    return r;
}

std::vector<int> descendingOrder(std::span<const double> values)
{
    std::vector<int> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i]))
            order.push_back(static_cast<int>(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return values[static_cast<std::size_t>(a)] > values[static_cast<std::size_t>(b)];
    });
    return order;
}

std::vector<double> breaksInRange(std::span<const double> values, std::span<const double> candidates, double centre)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (double v : values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    std::vector<double> inner;
    for (double b : candidates)
        if ((b > lo && b < hi) || b == centre)
            inner.push_back(b);
    if (std::find(inner.begin(), inner.end(), centre) == inner.end())
        inner.push_back(centre);
    std::sort(inner.begin(), inner.end());
    inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
    return inner;
}

std::vector<double> lqClassBreaks(std::span<const double> values)
{
    static constexpr double kCandidates[] = {0.25, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 4.0};
    return breaksInRange(values, kCandidates, 1.0);
}

} // namespace regionlens::analysis
