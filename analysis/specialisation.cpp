// SPDX-License-Identifier: GPL-3.0-or-later
#include "specialisation.h"

#include "matrixchecks.h"

#include <algorithm>
#include <cmath>

namespace regionlens::analysis {

SpecialisationResult specialisation(const Eigen::MatrixXd &valuesIn, const SpecialisationConfig &config,
                                    const ProgressFn &progress)
{
    SpecialisationResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> SpecialisationResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    const Eigen::Index regions = valuesIn.rows();
    const Eigen::Index industries = valuesIn.cols();
    if (config.nation == NationSource::Given && config.givenNation.size() != industries) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "given nation row does not match the number of industries");
        return finish();
    }
    if (industries == 0) {
        warnings.add(WarningKind::InvalidInput, Severity::Error, "no industries");
        return finish();
    }

    const bool hasNaN = detail::checkCells(valuesIn, "values", warnings) > 0;
    Eigen::MatrixXd cleaned;
    const Eigen::MatrixXd &values =
        hasNaN ? (cleaned = valuesIn.array().isFinite().select(valuesIn, 0.0)) : valuesIn;

    // Shares.
    const Eigen::ArrayXd totals = values.rowwise().sum().array();
    const auto usableRegion = totals.isFinite() && totals > 0.0;
    const Eigen::Index badRegions = (!usableRegion).count();
    if (badRegions > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "region total is not positive; its indices are NaN", -1, -1, badRegions);
    const Eigen::ArrayXd invTotals = usableRegion.select(totals.inverse(), kNaN);
    r.shares = (values.array().colwise() * invTotals).matrix();

    const Eigen::RowVectorXd nation =
        config.nation == NationSource::Given ? config.givenNation : Eigen::RowVectorXd(values.colwise().sum());
    const double nationTotal = nation.sum();
    if (!(std::isfinite(nationTotal) && nationTotal > 0.0)) {
        warnings.add(WarningKind::ZeroTotal, Severity::Error,
                     std::isinf(nationTotal) ? "nation total overflows (values too large); no index can be computed"
                                             : "nation total is zero, negative or missing; no index can be computed");
        return finish();
    }
    r.nationShares = nation / nationTotal;
    const Eigen::ArrayXd sN = r.nationShares.transpose().array();
    const auto nationPositive = sN > 0.0;
    // Zero (or missing) and negative national values are different problems: say which.
    const Eigen::Index negativeIndustries = (sN < 0.0).count();
    const Eigen::Index emptyIndustries = (!nationPositive).count() - negativeIndustries;
    if (emptyIndustries > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Info,
                     "industry with no national value is left out of the Gini and Theil indices", -1,
                     -1, emptyIndustries);
    if (negativeIndustries > 0)
        warnings.add(WarningKind::NegativeValue, Severity::Warning,
                     "industry with a negative national value is left out of the Gini and Theil indices", -1,
                     -1, negativeIndustries);

    // Krugman / Hoover (vectorised over the whole matrix).
    const Eigen::ArrayXXd diff = r.shares.array().rowwise() - sN.transpose();
    r.krugman = diff.abs().rowwise().sum().matrix();
    r.hoover = 0.5 * r.krugman;

    // Against the other regions' mean share: (Σ_l s_l − s_r) / (R − 1).
    const Eigen::Index usableCount = usableRegion.count();
    if (usableCount >= 2) {
        const Eigen::RowVectorXd shareSum =
            usableRegion.replicate(1, industries).select(r.shares.array(), 0.0).matrix().colwise().sum();
        const double inv = 1.0 / static_cast<double>(usableCount - 1);
        r.krugmanVsOthers =
            ((r.shares.array() - (shareSum.array().replicate(regions, 1) - r.shares.array()) * inv)
                 .abs()
                 .rowwise()
                 .sum())
                .matrix();
    } else {
        r.krugmanVsOthers = Eigen::VectorXd::Constant(regions, kNaN);
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "fewer than two usable regions; Krugman index against the others is NaN");
    }

    // Herfindahl family.
    r.herfindahl = r.shares.rowwise().squaredNorm();
    const double n = static_cast<double>(industries);
    r.herfindahlNormalised =
        industries > 1 ? Eigen::VectorXd(((r.herfindahl.array() - 1.0 / n) / (1.0 - 1.0 / n)).matrix())
                       : Eigen::VectorXd::Constant(regions, kNaN);
    r.herfindahlEquivalent = r.herfindahl.cwiseInverse();

    // Theil: Σ s ln(s / s_N), 0·ln 0 = 0; s > 0 with s_N = 0 is undefined.
    const Eigen::ArrayXXd ratio = r.shares.array().rowwise() / sN.transpose();
    const Eigen::ArrayXXd terms = (r.shares.array() > 0.0).select(r.shares.array() * ratio.log(), 0.0);
    r.theil = terms.rowwise().sum().matrix();
    const Eigen::Index undefinedTheil = (!r.theil.array().isFinite() && usableRegion).count();
    if (undefinedTheil > 0) {
        r.theil = r.theil.array().isFinite().select(r.theil, kNaN);
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "region has an industry the nation lacks; its Theil index is NaN", -1, -1,
                     undefinedTheil);
    }

    if (progress && !progress(0.5)) {
        r.cancelled = true;
        return finish();
    }

    // Gini of specialisation over the LQs R_i = s_ri / s_Ni (REAT gini.spec).
    std::vector<int> valid;
    for (Eigen::Index i = 0; i < industries; ++i)
        if (nationPositive(i))
            valid.push_back(static_cast<int>(i));
    const auto k = static_cast<Eigen::Index>(valid.size());
    r.gini.resize(regions);
    std::vector<double> lq(valid.size());
    ProgressThrottle throttle(progress, regions, 20);
    for (Eigen::Index row = 0; row < regions; ++row) {
        if (!usableRegion(row) || k == 0) {
            r.gini(row) = kNaN;
            continue;
        }
        double sum = 0.0;
        for (Eigen::Index j = 0; j < k; ++j) {
            const int c = valid[static_cast<std::size_t>(j)];
            lq[static_cast<std::size_t>(j)] = r.shares(row, c) / sN(c);
            sum += lq[static_cast<std::size_t>(j)];
        }
        std::sort(lq.begin(), lq.end());
        const double mean = sum / static_cast<double>(k);
        double weighted = 0.0;
        for (Eigen::Index j = 0; j < k; ++j)
            weighted += static_cast<double>(j + 1) * (lq[static_cast<std::size_t>(j)] - mean);
        r.gini(row) = mean > 0.0 ? 2.0 / (static_cast<double>(k * k) * mean) * weighted : kNaN;
        if (!throttle.tick(row + 1)) {
            r.cancelled = true;
            return finish();
        }
    }
    // Rows without a positive total are NaN everywhere.
    for (Eigen::Index row = 0; row < regions; ++row) {
        if (usableRegion(row))
            continue;
        r.krugman(row) = r.hoover(row) = r.herfindahl(row) = r.herfindahlNormalised(row) =
            r.herfindahlEquivalent(row) = r.theil(row) = r.krugmanVsOthers(row) = kNaN;
    }
    return finish();
}

} // namespace regionlens::analysis
