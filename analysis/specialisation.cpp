// SPDX-License-Identifier: GPL-3.0-or-later
#include "specialisation.h"

#include "matrixchecks.h"

#include <cmath>
#include <limits>

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

    detail::checkCells(valuesIn, "values", warnings);

    // Shares, region by region, in a row-major buffer: every index below is one pass over a region's
    // contiguous row, with no full-size temporaries (NaN cells count as 0).
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    RowMajor shares = valuesIn;
    Eigen::ArrayXd totals(regions);
    std::vector<char> usableRegion(static_cast<std::size_t>(regions));
    Eigen::Index badRegions = 0;
    for (Eigen::Index row = 0; row < regions; ++row) {
        auto x = shares.row(row).array();
        x = x.isFinite().select(x, 0.0);
        totals(row) = x.sum();
        const bool usable = std::isfinite(totals(row)) && totals(row) > 0.0;
        usableRegion[static_cast<std::size_t>(row)] = usable;
        if (usable)
            x /= totals(row);
        else {
            x = kNaN;
            ++badRegions;
        }
    }
    if (badRegions > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "region total is not positive; its indices are NaN", -1, -1, badRegions);

    Eigen::RowVectorXd nation;
    if (config.nation == NationSource::Given) {
        nation = config.givenNation;
    } else {
        nation.resize(industries);
        for (Eigen::Index c = 0; c < industries; ++c) {  // column sums of the cleaned values (contiguous)
            const auto col = valuesIn.col(c).array();
            nation(c) = col.isFinite().select(col, 0.0).sum();
        }
    }
    const double nationTotal = nation.sum();
    if (!(std::isfinite(nationTotal) && nationTotal > 0.0)) {
        warnings.add(WarningKind::ZeroTotal, Severity::Error,
                     std::isinf(nationTotal) ? "nation total overflows (values too large); no index can be computed"
                                             : "nation total is zero, negative or missing; no index can be computed");
        r.shares = shares;
        return finish();
    }
    r.nationShares = nation / nationTotal;
    const Eigen::ArrayXd sN = r.nationShares.transpose().array();
    // Zero (or missing) and negative national values are different problems: say which.
    const Eigen::Index negativeIndustries = (sN < 0.0).count();
    const Eigen::Index emptyIndustries = (!(sN > 0.0)).count() - negativeIndustries;
    if (emptyIndustries > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Info,
                     "industry with no national value is left out of the Gini and Theil indices", -1,
                     -1, emptyIndustries);
    if (negativeIndustries > 0)
        warnings.add(WarningKind::NegativeValue, Severity::Warning,
                     "industry with a negative national value is left out of the Gini and Theil indices", -1,
                     -1, negativeIndustries);

    // Against the other regions' mean share: (Σ_l s_l − s_r) / (R − 1), over the usable regions.
    Eigen::Index usableCount = 0;
    Eigen::RowVectorXd shareSum = Eigen::RowVectorXd::Zero(industries);
    for (Eigen::Index row = 0; row < regions; ++row)
        if (usableRegion[static_cast<std::size_t>(row)]) {
            shareSum += shares.row(row);
            ++usableCount;
        }
    const bool othersDefined = usableCount >= 2;
    if (!othersDefined)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "fewer than two usable regions; Krugman index against the others is NaN");
    const double invOthers = othersDefined ? 1.0 / static_cast<double>(usableCount - 1) : 0.0;

    // Theil: Σ s (ln s − ln s_N), 0·ln 0 = 0; s > 0 with s_N ≤ 0 is undefined (non-finite term).
    const Eigen::ArrayXd logSN = sN.log();
    // Gini of specialisation over the LQs R_i = s_ri / s_Ni (REAT gini.spec), industries with s_N > 0.
    std::vector<Eigen::Index> valid;
    for (Eigen::Index i = 0; i < industries; ++i)
        if (sN(i) > 0.0)
            valid.push_back(i);
    const auto k = static_cast<Eigen::Index>(valid.size());
    Eigen::ArrayXd lqBuf(static_cast<Eigen::Index>(valid.size()));
    const double n = static_cast<double>(industries);

    r.krugman.resize(regions);
    r.krugmanVsOthers.resize(regions);
    r.hoover.resize(regions);
    r.gini.resize(regions);
    r.herfindahl.resize(regions);
    r.herfindahlNormalised.resize(regions);
    r.herfindahlEquivalent.resize(regions);
    r.theil.resize(regions);
    Eigen::Index undefinedTheil = 0;
    Eigen::ArrayXd theilTerms(industries);
    ProgressThrottle throttle(progress, regions, 20);
    for (Eigen::Index row = 0; row < regions; ++row) {
        if (!usableRegion[static_cast<std::size_t>(row)]) {
            r.krugman(row) = r.hoover(row) = r.herfindahl(row) = r.herfindahlNormalised(row) =
                r.herfindahlEquivalent(row) = r.theil(row) = r.krugmanVsOthers(row) = r.gini(row) = kNaN;
            continue;
        }
        const auto s = shares.row(row).transpose().array();
        r.krugman(row) = (s - sN).abs().sum();
        r.hoover(row) = 0.5 * r.krugman(row);
        r.krugmanVsOthers(row) =
            othersDefined ? (s - (shareSum.transpose().array() - s) * invOthers).abs().sum() : kNaN;
        const double h = s.square().sum();
        r.herfindahl(row) = h;
        r.herfindahlNormalised(row) = industries > 1 ? (h - 1.0 / n) / (1.0 - 1.0 / n) : kNaN;
        r.herfindahlEquivalent(row) = 1.0 / h;
        // Eigen 3.4 does not vectorise select(): take the logs in one vectorised pass, then mask.
        theilTerms = s * (s.max(std::numeric_limits<double>::min()).log() - logSN);
        double theil = 0.0;
        for (Eigen::Index i = 0; i < industries; ++i)
            theil += s(i) > 0.0 ? theilTerms(i) : 0.0;
        if (std::isfinite(theil))
            r.theil(row) = theil;
        else {
            r.theil(row) = kNaN;
            ++undefinedTheil;
        }

        if (k == 0) {
            r.gini(row) = kNaN;
        } else {
            // G = Σ_i Σ_j |R_i − R_j| / (2 n² R̄) — the same value as REAT's sorted form
            // 2 / (n² R̄) Σ_λ λ (R_(λ) − R̄), without a sort per region: half the pairs, vectorised.
            for (Eigen::Index j = 0; j < k; ++j)
                lqBuf(j) = s(valid[static_cast<std::size_t>(j)]) / sN(valid[static_cast<std::size_t>(j)]);
            const double mean = lqBuf.sum() / static_cast<double>(k);
            double pairs = 0.0;
            for (Eigen::Index j = 0; j + 1 < k; ++j)
                pairs += (lqBuf.tail(k - j - 1) - lqBuf(j)).abs().sum();
            r.gini(row) = mean > 0.0 ? pairs / (static_cast<double>(k * k) * mean) : kNaN;
        }
        if (!throttle.tick(row + 1)) {
            r.cancelled = true;
            return finish();
        }
    }
    if (undefinedTheil > 0)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "region has an industry the nation lacks; its Theil index is NaN", -1, -1,
                     undefinedTheil);
    r.shares = shares;
    return finish();
}

} // namespace regionlens::analysis
