// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationquotient.h"

#include "matrixchecks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace regionlens::analysis {

namespace {

// 1/v where v is a usable non-zero finite denominator, NaN otherwise.
Eigen::ArrayXd safeInverse(const Eigen::ArrayXd &v)
{
    return (v.isFinite() && v != 0.0).select(v.inverse(), kNaN);
}

} // namespace

std::vector<std::vector<int>> topColumnsPerRow(const Eigen::MatrixXd &values, int n)
{
    const Eigen::Index rows = values.rows();
    std::vector<std::vector<int>> top(static_cast<std::size_t>(rows));
    const Eigen::Index k = std::min<Eigen::Index>(std::max(n, 0), values.cols());
    if (k <= 0 || rows == 0)
        return top;
    // Column-major scan keeping k sorted slots per row (slot 0 = best). The
    // common case, "not better than the row's k-th", is one predictable
    // comparison. Columns are visited in ascending order and only a strictly
    // larger value moves ahead, so equal values keep the lower column first.
    Eigen::MatrixXd bestValue = Eigen::MatrixXd::Constant(rows, k, -std::numeric_limits<double>::infinity());
    Eigen::MatrixXi bestColumn = Eigen::MatrixXi::Constant(rows, k, -1);
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        const double *col = values.col(c).data();
        double *last = bestValue.col(k - 1).data();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double v = col[r];
            if (!(v > last[r]) || !std::isfinite(v))
                continue;
            Eigen::Index slot = k - 1;
            while (slot > 0 && v > bestValue(r, slot - 1)) {
                bestValue(r, slot) = bestValue(r, slot - 1);
                bestColumn(r, slot) = bestColumn(r, slot - 1);
                --slot;
            }
            bestValue(r, slot) = v;
            bestColumn(r, slot) = static_cast<int>(c);
        }
    }
    for (Eigen::Index r = 0; r < rows; ++r) {
        auto &out = top[static_cast<std::size_t>(r)];
        out.reserve(static_cast<std::size_t>(k));
        for (Eigen::Index slot = 0; slot < k && bestColumn(r, slot) >= 0; ++slot)
            out.push_back(bestColumn(r, slot));
    }
    return top;
}

LocationQuotientResult locationQuotients(const Eigen::MatrixXd &values,
                                         const LocationQuotientConfig &config,
                                         const ProgressFn &progress)
{
    LocationQuotientResult result;
    WarningCollector warnings;
    const Eigen::Index regions = values.rows();
    const Eigen::Index industries = values.cols();

    if (progress && !progress(0.0)) {
        result.cancelled = true;
        return result;
    }
    if (config.regionTotals == RegionTotalSource::Given && config.givenRegionTotals.size() != regions) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "given region totals have " + detail::indexText(config.givenRegionTotals.size())
                         + " entries for " + detail::indexText(regions) + " regions");
        result.warnings = warnings.take();
        return result;
    }
    if (config.nation == NationSource::Given && config.givenNation.size() != industries) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "given nation row has " + detail::indexText(config.givenNation.size())
                         + " entries for " + detail::indexText(industries) + " industries");
        result.warnings = warnings.take();
        return result;
    }

    const bool hasNaN = detail::checkCells(values, "values", warnings) > 0;

    if (config.regionTotals == RegionTotalSource::Given) {
        result.regionTotals = config.givenRegionTotals;
        detail::checkCells(result.regionTotals, "given region totals", warnings);
    } else {
        result.regionTotals = detail::rowSumsSkippingNaN(values, hasNaN);
        if (hasNaN)
            warnings.add(WarningKind::MissingValue, Severity::Info,
                         "region totals summed over the available cells only");
    }

    if (config.nation == NationSource::Given) {
        result.nation = config.givenNation;
        detail::checkCells(result.nation, "given nation row", warnings);
    } else {
        result.nation = detail::colSumsSkippingNaN(values, hasNaN);
    }

    if (!std::isnan(config.givenNationTotal))
        result.nationTotal = config.givenNationTotal;
    else if (config.nation == NationSource::Given)
        result.nationTotal = result.nation.sum();
    else
        result.nationTotal = (result.regionTotals.array() == result.regionTotals.array())
                                 .select(result.regionTotals, 0.0)
                                 .sum();

    const Eigen::ArrayXd invRegion = safeInverse(result.regionTotals.array());
    const Eigen::Index badRegions = (invRegion != invRegion).count();
    if (badRegions > 0) {
        const auto [r, c] = detail::firstWhere(invRegion.matrix(), [](double v) { return v != v; });
        (void)c;
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "region total is zero, missing or too large; the region's quotients are NaN", r, -1,
                     badRegions);
    }

    double invNationTotal = kNaN;
    if (std::isfinite(result.nationTotal) && result.nationTotal != 0.0) {
        invNationTotal = 1.0 / result.nationTotal;
    } else {
        warnings.add(WarningKind::ZeroTotal, Severity::Error,
                     std::isinf(result.nationTotal) ? "nation total overflows (values too large); all quotients are NaN"
                                                    : "nation total is zero or missing; all quotients are NaN");
    }
    const Eigen::ArrayXd nationShares = result.nation.transpose().array() * invNationTotal;
    const Eigen::ArrayXd invShare = safeInverse(nationShares);
    const Eigen::Index badIndustries = (invShare != invShare).count();
    if (badIndustries > 0 && std::isfinite(invNationTotal)) {
        const auto [r, c] = detail::firstWhere(invShare.matrix(), [](double v) { return v != v; });
        (void)c;
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "nation total of an industry is zero or missing; that industry's quotients are NaN",
                     -1, r, badIndustries);
    }

    // One pass over the matrix: scale rows by 1/x_r and columns by x_N/x_Ni.
    result.lq.resize(regions, industries);
    result.lq.array() = (values.array().colwise() * invRegion).rowwise() * invShare.transpose();
    if (hasNaN) {
        // Infinite inputs would otherwise give ±inf quotients.
        result.lq = values.array().isFinite().select(result.lq, kNaN);
    }
    if (config.additive) {
        result.additive.resize(regions, industries);
        result.additive.array() =
            (values.array().colwise() * invRegion).rowwise() - nationShares.transpose();
        if (hasNaN)
            result.additive = values.array().isFinite().select(result.additive, kNaN);
    }

    if (progress && !progress(0.5)) {
        result.cancelled = true;
        result.warnings = warnings.take();
        return result;
    }
    if (config.topN > 0)
        result.topIndustries = topColumnsPerRow(result.lq, config.topN);
    if (progress && !progress(1.0))
        result.cancelled = true;
    result.warnings = warnings.take();
    return result;
}

EarningPowerResult earningPower(const Eigen::MatrixXd &valueAdded, const Eigen::MatrixXd &employees,
                                const LocationQuotientConfig &valueAddedConfig,
                                const LocationQuotientConfig &employeeConfig, const ProgressFn &progress)
{
    EarningPowerResult result;
    WarningCollector warnings;
    if (valueAdded.rows() != employees.rows() || valueAdded.cols() != employees.cols()) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "value added and employees differ in shape");
        result.warnings = warnings.take();
        return result;
    }
    LocationQuotientConfig vaConfig = valueAddedConfig;
    LocationQuotientConfig empConfig = employeeConfig;
    vaConfig.topN = empConfig.topN = 0;
    vaConfig.additive = empConfig.additive = false;

    auto va = locationQuotients(valueAdded, vaConfig);
    auto emp = locationQuotients(employees, empConfig);
    for (auto &w : va.warnings) {
        w.message = "value added: " + w.message;
        warnings.add(w.kind, w.severity, w.message, w.row, w.column, w.count);
    }
    for (auto &w : emp.warnings) {
        w.message = "employees: " + w.message;
        warnings.add(w.kind, w.severity, w.message, w.row, w.column, w.count);
    }
    if (progress && !progress(0.5)) {
        result.cancelled = true;
        result.warnings = warnings.take();
        return result;
    }

    // Productivity: VA_ri/E_ri relative to VA_Ni/E_Ni.
    const Eigen::ArrayXXd perWorker =
        (employees.array() != 0.0).select(valueAdded.array() / employees.array(), kNaN);
    const Eigen::Index zeroEmployees = (employees.array() == 0.0).count();
    if (zeroEmployees > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "region-industry cell without employees; relative productivity is NaN", -1, -1,
                     zeroEmployees);
    const Eigen::ArrayXd nationPerWorker =
        (emp.nation.transpose().array() != 0.0)
            .select(va.nation.transpose().array() / emp.nation.transpose().array(), kNaN);
    const Eigen::ArrayXd invNationPerWorker =
        (nationPerWorker.isFinite() && nationPerWorker != 0.0).select(nationPerWorker.inverse(), kNaN);
    const Eigen::Index badNation = (invNationPerWorker != invNationPerWorker).count();
    if (badNation > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "national productivity of an industry is zero or missing; that column is NaN", -1,
                     -1, badNation);
    result.relativeProductivity.resize(valueAdded.rows(), valueAdded.cols());
    result.relativeProductivity.array() = perWorker.rowwise() * invNationPerWorker.transpose();

    result.valueAddedLq = std::move(va.lq);
    result.employeeLq = std::move(emp.lq);
    if (progress && !progress(1.0))
        result.cancelled = true;
    result.warnings = warnings.take();
    return result;
}

} // namespace regionlens::analysis
