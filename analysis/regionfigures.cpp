// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionfigures.h"

#include <cmath>
#include <map>

namespace regionlens::analysis {

LatestChange latestChange(const YearSeries &series)
{
    LatestChange c;
    const std::size_t n = std::min(series.years.size(), series.values.size());
    int last = -1;
    int before = -1;
    for (std::size_t k = 0; k < n; ++k) {
        if (!std::isfinite(series.values[k]))
            continue;
        before = last;
        last = static_cast<int>(k);
    }
    if (last < 0)
        return c;
    c.found = true;
    c.year = series.years[static_cast<std::size_t>(last)];
    c.value = series.values[static_cast<std::size_t>(last)];
    if (before >= 0) {
        c.previousYear = series.years[static_cast<std::size_t>(before)];
        c.previous = series.values[static_cast<std::size_t>(before)];
        if (c.previous > 0.0)
            c.change = c.value / c.previous - 1.0;
    }
    return c;
}

YearSeries sumSeries(const std::vector<YearSeries> &members)
{
    YearSeries out;
    if (members.empty())
        return out;
    std::map<int, std::pair<double, std::size_t>> byYear;   // year → (sum, members with a finite value)
    for (const YearSeries &m : members) {
        const std::size_t n = std::min(m.years.size(), m.values.size());
        for (std::size_t k = 0; k < n; ++k)
            if (std::isfinite(m.values[k])) {
                auto &slot = byYear[m.years[k]];
                slot.first += m.values[k];
                ++slot.second;
            }
    }
    for (const auto &[year, slot] : byYear)
        if (slot.second == members.size()) {
            out.years.push_back(year);
            out.values.push_back(slot.first);
        }
    return out;
}

} // namespace regionlens::analysis
