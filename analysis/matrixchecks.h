// SPDX-License-Identifier: GPL-3.0-or-later
// Internal helpers of the analysis layer: vectorised input checks that turn
// NaN and negative cells into merged warnings. Not part of the public API.
#pragma once

#include "analysiscommon.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace regionlens::analysis::detail {

// First (row, column) where pred holds, column-major scan; (-1, -1) if none.
template<typename Derived, typename Pred>
std::pair<Eigen::Index, Eigen::Index> firstWhere(const Eigen::DenseBase<Derived> &m, Pred pred)
{
    for (Eigen::Index c = 0; c < m.cols(); ++c)
        for (Eigen::Index r = 0; r < m.rows(); ++r)
            if (pred(m(r, c)))
                return {r, c};
    return {-1, -1};
}

// Counts non-finite (NaN, ±inf) and negative cells of m and reports them
// under `what`. Returns the number of non-finite cells. The common clean case
// costs two vectorised reductions (sum, min); counting happens only when one
// of them shows a problem.
template<typename Derived>
Eigen::Index checkCells(const Eigen::DenseBase<Derived> &m, const std::string &what,
                        WarningCollector &warnings, bool negativesAreSuspect = true)
{
    if (m.size() == 0)
        return 0;
    const bool finite = std::isfinite(m.derived().sum());
    if (finite && (!negativesAreSuspect || m.derived().minCoeff() >= 0.0))
        return 0;
    const auto a = m.derived().array();
    Eigen::Index bad = 0;
    if (!finite) {
        bad = (!a.isFinite()).count();
        // Finite cells whose sum is not: the values overflow a double.
        if (!std::isfinite(a.isFinite().select(a, 0.0).sum()))
            warnings.add(WarningKind::InvalidInput, Severity::Error,
                         what + ": values too large, their sum overflows (above 1.8e308); rescale them");
        if (bad > 0) {
            const auto [r, c] = firstWhere(m, [](double v) { return !std::isfinite(v); });
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         what + ": missing (NaN) or infinite cells; results depending on them are NaN",
                         r, c, bad);
        }
    }
    if (negativesAreSuspect) {
        const Eigen::Index negatives = (a < 0.0).count();
        if (negatives > 0) {
            const auto [r, c] = firstWhere(m, [](double v) { return v < 0.0; });
            warnings.add(WarningKind::NegativeValue, Severity::Warning,
                         what + ": negative cells (computed as given, interpret with care)", r, c,
                         negatives);
        }
    }
    return bad;
}

// Row sums that skip non-finite cells (a missing cell counts as 0 in a total).
inline Eigen::VectorXd rowSumsSkippingNaN(const Eigen::MatrixXd &m, bool hasNaN)
{
    if (!hasNaN)
        return m.rowwise().sum();
    return m.array().isFinite().select(m, 0.0).rowwise().sum();
}

inline Eigen::RowVectorXd colSumsSkippingNaN(const Eigen::MatrixXd &m, bool hasNaN)
{
    if (!hasNaN)
        return m.colwise().sum();
    return m.array().isFinite().select(m, 0.0).colwise().sum();
}

// One segment of a column, fused with Eigen's packet primitives so that the
// segment is read once: its sum and minimum, and it is added to `out`.
struct SegmentStats
{
    double sum = 0.0;
    double minimum = std::numeric_limits<double>::infinity();
};

inline void addSegment(const double *column, double *out, Eigen::Index length, SegmentStats &stats)
{
    using Packet = Eigen::internal::packet_traits<double>::type;
    constexpr Eigen::Index size = Eigen::internal::packet_traits<double>::size;
    Packet sum0 = Eigen::internal::pset1<Packet>(0.0);
    Packet sum1 = sum0;
    Packet min0 = Eigen::internal::pset1<Packet>(std::numeric_limits<double>::infinity());
    Packet min1 = min0;
    Eigen::Index i = 0;
    for (; i + 2 * size <= length; i += 2 * size) {
        const Packet a = Eigen::internal::ploadu<Packet>(column + i);
        const Packet b = Eigen::internal::ploadu<Packet>(column + i + size);
        sum0 = Eigen::internal::padd(sum0, a);
        sum1 = Eigen::internal::padd(sum1, b);
        min0 = Eigen::internal::pmin(min0, a);
        min1 = Eigen::internal::pmin(min1, b);
        Eigen::internal::pstoreu(out + i, Eigen::internal::padd(Eigen::internal::ploadu<Packet>(out + i), a));
        Eigen::internal::pstoreu(out + i + size,
                                 Eigen::internal::padd(Eigen::internal::ploadu<Packet>(out + i + size), b));
    }
    double sum = Eigen::internal::predux(Eigen::internal::padd(sum0, sum1));
    double minimum = Eigen::internal::predux_min(Eigen::internal::pmin(min0, min1));
    for (; i < length; ++i) {
        sum += column[i];
        minimum = std::min(minimum, column[i]);
        out[i] += column[i];
    }
    stats.sum += sum;
    stats.minimum = std::min(stats.minimum, minimum);
}

inline std::string indexText(Eigen::Index i) { return std::to_string(static_cast<long long>(i)); }

} // namespace regionlens::analysis::detail
