// SPDX-License-Identifier: GPL-3.0-or-later
// Shared vocabulary of the analysis layer: warnings carried by every result,
// the progress/cancel callback, and where totals come from.
// Eigen and the C++ standard library only.
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace regionlens::analysis {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Called with the fraction done in [0, 1]; return false to cancel. An empty
// function means "no progress reporting". Entry points call it a bounded
// number of times (throttled), never once per cell.
using ProgressFn = std::function<bool(double)>;

enum class Severity : std::uint8_t { Info, Warning, Error };

enum class WarningKind : std::uint8_t {
    MissingValue,     // NaN input cell(s)
    NegativeValue,    // negative input where counts or amounts are expected
    ZeroTotal,        // a denominator (region, industry or nation total) is zero
    ShapeMismatch,    // inputs of incompatible sizes; the result is empty
    InvalidInput,     // other unusable input (non-positive distance or mass, bad index)
    Substituted,      // a documented substitution was made (e.g. growth of an empty cell)
    NotConverged,     // an iterative fit stopped before convergence
    Singular,         // a linear system could not be solved
};

// One data problem. Problems of the same kind and text are merged: count says
// how many cells, rows or columns were affected, row/column give the first one
// (-1 when not applicable).
struct Warning
{
    Severity severity = Severity::Warning;
    WarningKind kind = WarningKind::InvalidInput;
    std::string message;
    Eigen::Index row = -1;
    Eigen::Index column = -1;
    Eigen::Index count = 1;
};

// Where a region's all-industry total comes from.
enum class RegionTotalSource : std::uint8_t {
    SumOfIndustries,  // Σ_i x_ri over the given columns
    Given,            // a separate vector (e.g. the data's TOTAL column, which
                      // may include unclassified establishments)
};

// Where the nation's row comes from.
enum class NationSource : std::uint8_t {
    SumOfRegions,     // column sums of the region rows
    Given,            // a separate row (e.g. region "00" = 全国)
};

// Collects warnings, merging repeats (same kind and message) into one entry
// with a count. Used by every entry point so that a 1,741 × 100 table with
// many empty cells yields a handful of warnings, not thousands.
class WarningCollector
{
public:
    void add(WarningKind kind, Severity severity, std::string message, Eigen::Index row = -1,
             Eigen::Index column = -1, Eigen::Index count = 1)
    {
        if (count <= 0)
            return;
        for (Warning &w : m_warnings) {
            if (w.kind == kind && w.message == message) {
                w.count += count;
                return;
            }
        }
        m_warnings.push_back(Warning{severity, kind, std::move(message), row, column, count});
    }

    bool empty() const { return m_warnings.empty(); }
    std::vector<Warning> take() { return std::move(m_warnings); }

private:
    std::vector<Warning> m_warnings;
};

// Throttled progress: reports at most `steps` times over a loop of `total`
// iterations and remembers a cancel request.
class ProgressThrottle
{
public:
    ProgressThrottle(const ProgressFn &fn, Eigen::Index total, int steps = 50)
        : m_fn(fn), m_total(total > 0 ? total : 1),
          m_stride(std::max<Eigen::Index>(1, m_total / std::max(1, steps)))
    {
    }

    // Returns false once cancelled.
    bool tick(Eigen::Index done)
    {
        if (m_cancelled)
            return false;
        if (m_fn && (done % m_stride == 0 || done == m_total)) {
            if (!m_fn(static_cast<double>(done) / static_cast<double>(m_total)))
                m_cancelled = true;
        }
        return !m_cancelled;
    }

    bool cancelled() const { return m_cancelled; }

private:
    const ProgressFn &m_fn;
    Eigen::Index m_total;
    Eigen::Index m_stride;
    bool m_cancelled = false;
};

} // namespace regionlens::analysis
