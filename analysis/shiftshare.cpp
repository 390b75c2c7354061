// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftshare.h"

#include "matrixchecks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regionlens::analysis {

namespace {

// a / b elementwise, NaN where b is zero or not finite.
Eigen::ArrayXd safeDivide(const Eigen::ArrayXd &a, const Eigen::ArrayXd &b)
{
    return (b.isFinite() && b != 0.0).select(a / b, kNaN);
}

// Row and column sums of one year in a single column-major pass, plus its
// minimum (each column is summed while it sits in L1).
struct YearSums
{
    Eigen::VectorXd rows;
    Eigen::RowVectorXd cols;
    double minimum = std::numeric_limits<double>::infinity();
    bool finite = true;
};

YearSums yearSums(const Eigen::MatrixXd &m)
{
    YearSums s;
    s.rows.setZero(m.rows());
    s.cols.resize(m.cols());
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        detail::SegmentStats stats;
        detail::addSegment(m.col(j).data(), s.rows.data(), m.rows(), stats);
        s.cols(j) = stats.sum;
        s.minimum = std::min(s.minimum, stats.minimum);
    }
    s.finite = std::isfinite(s.cols.sum());
    return s;
}

struct Levels
{
    Eigen::VectorXd start, end, expected;   // x_r0, x_r1, Σ_i x_ri0 x_Ni1/x_Ni0
    Eigen::ArrayXd nationFactor;            // x_Ni1/x_Ni0 (G + 1 substituted where x_Ni0 = 0)
    double totalFactor = kNaN;              // x_N1/x_N0
};

// Expected values accumulated during the summing pass (clean data only):
// Σ_i x_ri0 x_Ni1/x_Ni0 over industries with a usable national factor, and
// Σ_i x_ri0 over the others (which grow at the national rate).
struct FusedExpected
{
    Eigen::VectorXd usable;
    Eigen::VectorXd substituted;   // empty when every industry is usable
};

// Both years' row and column sums and the expected values in one pass: each
// column of the start year is read once from memory and reused from cache.
// nationStart/End: the given nation rows, or null for the column sums.
FusedExpected fusedSums(const Eigen::MatrixXd &start, const Eigen::MatrixXd &end,
                        const Eigen::RowVectorXd *nationStart, const Eigen::RowVectorXd *nationEnd,
                        YearSums &s0, YearSums &s1)
{
    FusedExpected f;
    const Eigen::Index rows = start.rows();
    s0.rows.setZero(rows);
    s1.rows.setZero(rows);
    s0.cols.resize(start.cols());
    s1.cols.resize(start.cols());
    f.usable.setZero(rows);
    for (Eigen::Index j = 0; j < start.cols(); ++j) {
        detail::SegmentStats a, b;
        detail::addSegment(start.col(j).data(), s0.rows.data(), rows, a);
        detail::addSegment(end.col(j).data(), s1.rows.data(), rows, b);
        s0.cols(j) = a.sum;
        s1.cols(j) = b.sum;
        s0.minimum = std::min(s0.minimum, a.minimum);
        s1.minimum = std::min(s1.minimum, b.minimum);
        const double n0 = nationStart ? (*nationStart)(j) : a.sum;
        const double n1 = nationEnd ? (*nationEnd)(j) : b.sum;
        if (std::isfinite(n0) && n0 != 0.0 && std::isfinite(n1)) {
            f.usable.noalias() += (n1 / n0) * start.col(j);
        } else {
            if (f.substituted.size() == 0)
                f.substituted.setZero(rows);
            f.substituted += start.col(j);
        }
    }
    s0.finite = std::isfinite(s0.cols.sum());
    s1.finite = std::isfinite(s1.cols.sum());
    return f;
}

// Why the national totals n0 (start) and n1 (end) give no component.
const char *nationTotalProblem(double n0, double n1)
{
    if (std::isinf(n0) || std::isinf(n1))
        return "national total overflows (values too large); no component can be computed";
    if (std::isfinite(n0) && n0 != 0.0)
        return "national total at the end is missing; no component can be computed";
    return "national total at the start is zero or missing; no component can be computed";
}

// National factors and expected end values; start must be free of NaN.
// With fused, the expected values come from the summing pass.
bool computeLevels(const Eigen::MatrixXd &start, const Eigen::RowVectorXd &nationStart,
                   const Eigen::RowVectorXd &nationEnd, Levels &levels, WarningCollector &warnings,
                   const FusedExpected *fused = nullptr)
{
    const double n0 = nationStart.sum();
    const double n1 = nationEnd.sum();
    if (!std::isfinite(n0) || n0 == 0.0 || !std::isfinite(n1)) {
        warnings.add(WarningKind::ZeroTotal, Severity::Error, nationTotalProblem(n0, n1));
        return false;
    }
    levels.totalFactor = n1 / n0;
    const Eigen::ArrayXd n0a = nationStart.transpose().array();
    const Eigen::ArrayXd n1a = nationEnd.transpose().array();
    const auto usable = n0a.isFinite() && n0a != 0.0 && n1a.isFinite();
    levels.nationFactor = usable.select(n1a / n0a, levels.totalFactor);
    const Eigen::Index substituted = (!usable).count();
    if (substituted > 0)
        warnings.add(WarningKind::Substituted, Severity::Info,
                     "an industry has no national start value; its growth is taken as the national rate",
                     -1, -1, substituted);
    if (fused) {
        levels.expected = fused->usable;
        if (fused->substituted.size() > 0)
            levels.expected += levels.totalFactor * fused->substituted;
    } else {
        levels.expected.noalias() = start * levels.nationFactor.matrix();
    }
    return true;
}

// Level components (Dunn) from the levels.
void dunn(const Levels &lv, Eigen::VectorXd &nationalShare, Eigen::VectorXd &industryMix,
          Eigen::VectorXd &regionalShift)
{
    nationalShare = lv.start * (lv.totalFactor - 1.0);
    industryMix = lv.expected - lv.start * lv.totalFactor;
    regionalShift = lv.end - lv.expected;
}

// Dynamic shift-share of clean data (no NaN) in one pass over memory: for
// each industry column, every year's column is read once to add the row sums
// and take the column sum; the same columns, still in cache, then add their
// expected values x_ri,p · x_Ni,p+1/x_Ni,p to every period. Returns false
// (without touching r) when a year has missing cells, so that the caller uses
// the pairwise rule of shiftShare() per period instead.
bool fusedDynamic(const std::vector<Eigen::MatrixXd> &years, const DynamicShiftShareConfig &config,
                  DynamicShiftShareResult &r, WarningCollector &warnings)
{
    const auto nYears = static_cast<Eigen::Index>(years.size());
    const Eigen::Index periods = nYears - 1;
    const Eigen::Index regions = years.front().rows();
    const Eigen::Index industries = years.front().cols();
    const bool given = config.nation == NationSource::Given;

    Eigen::MatrixXd rowSums = Eigen::MatrixXd::Zero(regions, nYears);
    Eigen::MatrixXd expected = Eigen::MatrixXd::Zero(regions, periods);
    Eigen::MatrixXd substituted;   // Σ x_ri,p over industries without a usable national factor
    std::vector<Eigen::Index> substitutedCount(static_cast<std::size_t>(periods), 0);
    Eigen::MatrixXd nation(nYears, industries);   // x_Ni,y as used
    std::vector<double> minimum(static_cast<std::size_t>(nYears), std::numeric_limits<double>::infinity());
    std::vector<double> total(static_cast<std::size_t>(nYears), 0.0);

    for (Eigen::Index j = 0; j < industries; ++j) {
        for (Eigen::Index y = 0; y < nYears; ++y) {
            const auto yi = static_cast<std::size_t>(y);
            detail::SegmentStats stats;
            detail::addSegment(years[yi].col(j).data(), rowSums.col(y).data(), regions, stats);
            total[yi] += stats.sum;
            minimum[yi] = std::min(minimum[yi], stats.minimum);
            nation(y, j) = given ? config.givenNation[yi](j) : stats.sum;
        }
        for (Eigen::Index p = 0; p < periods; ++p) {
            const double n0 = nation(p, j);
            const double n1 = nation(p + 1, j);
            const auto &column = years[static_cast<std::size_t>(p)].col(j);
            if (std::isfinite(n0) && n0 != 0.0 && std::isfinite(n1)) {
                expected.col(p).noalias() += (n1 / n0) * column;
            } else {
                if (substituted.size() == 0)
                    substituted.setZero(regions, periods);
                substituted.col(p) += column;
                ++substitutedCount[static_cast<std::size_t>(p)];
            }
        }
    }
    for (double t : total)
        if (!std::isfinite(t))
            return false;
    for (std::size_t y = 0; y < years.size(); ++y)
        if (minimum[y] < 0.0)
            detail::checkCells(years[y], "year " + std::to_string(y), warnings);

    r.actualChange = rowSums.col(periods) - rowSums.col(0);
    for (Eigen::Index p = 0; p < periods; ++p) {
        const double n0 = nation.row(p).sum();
        const double n1 = nation.row(p + 1).sum();
        if (!std::isfinite(n0) || n0 == 0.0 || !std::isfinite(n1)) {
            warnings.add(WarningKind::ZeroTotal, Severity::Error, nationTotalProblem(n0, n1));
            r.nationalShare.col(p).setConstant(kNaN);
            r.industryMix.col(p).setConstant(kNaN);
            r.regionalShift.col(p).setConstant(kNaN);
            continue;
        }
        const double factor = n1 / n0;
        if (const Eigen::Index count = substitutedCount[static_cast<std::size_t>(p)]; count > 0) {
            warnings.add(WarningKind::Substituted, Severity::Info,
                         "an industry has no national start value; its growth is taken as the national rate",
                         -1, -1, count);
            expected.col(p) += factor * substituted.col(p);
        }
        const auto start = rowSums.col(p);
        const auto end = rowSums.col(p + 1);
        r.nationalShare.col(p) = start * (factor - 1.0);
        r.industryMix.col(p) = expected.col(p) - start * factor;
        r.regionalShift.col(p) = end - expected.col(p);
    }
    return true;
}

} // namespace

ShiftShareResult shiftShare(const Eigen::MatrixXd &startIn, const Eigen::MatrixXd &endIn,
                            const ShiftShareConfig &config, const ProgressFn &progress)
{
    ShiftShareResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> ShiftShareResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    if (progress && !progress(0.0)) {
        r.cancelled = true;
        return finish();
    }
    if (startIn.rows() != endIn.rows() || startIn.cols() != endIn.cols()) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "start and end matrices differ in shape");
        return finish();
    }
    const Eigen::Index industries = startIn.cols();
    if (config.nation == NationSource::Given
        && (config.givenNationStart.size() != industries || config.givenNationEnd.size() != industries)) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "given nation rows do not match the number of industries");
        return finish();
    }

    // One pass per year for the sums; the checks only count cells when the
    // sums or minima show a problem.
    const bool givenNation = config.nation == NationSource::Given;
    YearSums s0, s1;
    const FusedExpected fused = fusedSums(startIn, endIn, givenNation ? &config.givenNationStart : nullptr,
                                          givenNation ? &config.givenNationEnd : nullptr, s0, s1);
    Eigen::MatrixXd startMasked, endMasked;
    const Eigen::MatrixXd *start = &startIn;
    const Eigen::MatrixXd *end = &endIn;
    if (!s0.finite || s0.minimum < 0.0)
        detail::checkCells(startIn, "start year", warnings);
    if (!s1.finite || s1.minimum < 0.0)
        detail::checkCells(endIn, "end year", warnings);
    Eigen::ArrayXi usableCells;   // per region, when cells were masked
    if (!s0.finite || !s1.finite) {
        // Pairwise removal of missing cells.
        const auto both = startIn.array().isFinite() && endIn.array().isFinite();
        usableCells = both.cast<int>().rowwise().sum();
        startMasked = both.select(startIn, 0.0);
        endMasked = both.select(endIn, 0.0);
        start = &startMasked;
        end = &endMasked;
        warnings.add(WarningKind::MissingValue, Severity::Info,
                     "cells missing in either year are left out of both years", -1, -1,
                     (!both).count());
        s0 = yearSums(startMasked);
        s1 = yearSums(endMasked);
    }

    if (config.nation == NationSource::Given) {
        r.nationStart = config.givenNationStart;
        r.nationEnd = config.givenNationEnd;
        detail::checkCells(r.nationStart, "given nation (start)", warnings);
        detail::checkCells(r.nationEnd, "given nation (end)", warnings);
    } else {
        r.nationStart = s0.cols;
        r.nationEnd = s1.cols;
    }

    Levels lv;
    lv.start = std::move(s0.rows);
    lv.end = std::move(s1.rows);
    const bool clean = start == &startIn;   // no cell was masked: the fused expected values hold
    if (!computeLevels(*start, r.nationStart, r.nationEnd, lv, warnings, clean ? &fused : nullptr))
        return finish();
    const double G = lv.totalFactor - 1.0;

    r.start = lv.start;
    r.end = lv.end;
    r.actualChange = lv.end - lv.start;
    dunn(lv, r.nationalShare, r.industryMix, r.regionalShift);
    r.netTotalShift = lv.end - lv.start * lv.totalFactor;

    // Growth-rate form: the level components divided by x_r0.
    const Eigen::ArrayXd s0a = lv.start.array();
    const Eigen::Index emptyRegions = (!(s0a.isFinite() && s0a != 0.0)).count();
    if (emptyRegions > 0)
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "region has a zero start total; its growth rates and Gerfin indices are NaN", -1,
                     -1, emptyRegions);
    r.nationalGrowthRate = G;
    r.regionalGrowthRate = safeDivide(r.actualChange.array(), s0a).matrix();
    r.industryStructureFactor = safeDivide(r.industryMix.array(), s0a).matrix();
    r.regionSpecificFactor = safeDivide(r.regionalShift.array(), s0a).matrix();

    // Gerfin indices.
    const Eigen::ArrayXd expectedFactor = safeDivide(lv.expected.array(), s0a);
    r.gerfinStructural = (expectedFactor / lv.totalFactor).matrix();
    r.gerfinRegional = safeDivide(lv.end.array(), lv.expected.array()).matrix();
    r.gerfinTotal = (safeDivide(lv.end.array(), s0a) / lv.totalFactor).matrix();

    if (progress && !progress(0.5)) {
        r.cancelled = true;
        return finish();
    }

    if (config.estebanMarquillas) {
        // d_ri = g_ri − g_Ni, 0 where x_ri0 = 0 (g_ri undefined, see header).
        // Column by column, without a regions × industries temporary:
        // homothetic_r = x_r0 Σ_i ŝ_Ni d_ri.
        const double n0 = r.nationStart.sum();
        Eigen::ArrayXd weighted = Eigen::ArrayXd::Zero(start->rows());
        Eigen::Index emptyCells = 0;
        for (Eigen::Index j = 0; j < start->cols(); ++j) {
            const auto s = start->col(j).array();
            const auto e = end->col(j).array();
            const double share = r.nationStart(j) / n0;
            const double factor = lv.nationFactor(j);
            emptyCells += (s == 0.0).count();
            weighted += (s != 0.0).select(e / s - factor, 0.0) * share;
        }
        if (emptyCells > 0)
            warnings.add(WarningKind::Substituted, Severity::Info,
                         "Esteban-Marquillas: cells with a zero start value use the national growth "
                         "rate (no homothetic shift); their change is in the allocation effect",
                         -1, -1, emptyCells);
        r.homotheticRegionalShift = (lv.start.array() * weighted).matrix();
        r.allocationEffect = r.regionalShift - r.homotheticRegionalShift;
    }

    if (config.perIndustry) {
        const auto s = start->array();
        r.nationalShareByIndustry = (s * G).matrix();
        r.industryMixByIndustry =
            (s.rowwise() * (lv.nationFactor - lv.totalFactor).transpose()).matrix();
        r.regionalShiftByIndustry =
            (end->array() - s.rowwise() * lv.nationFactor.transpose()).matrix();
    }
    // A region with no cell known in both years has no figures at all (not zeros).
    const Eigen::Index noData = usableCells.size() ? (usableCells == 0).count() : 0;
    if (noData > 0) {
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     "region has no value known in both years; all its figures are NaN", -1, -1, noData);
        for (Eigen::VectorXd *v : {&r.start, &r.end, &r.actualChange, &r.nationalShare, &r.industryMix,
                                   &r.regionalShift, &r.netTotalShift, &r.regionalGrowthRate,
                                   &r.industryStructureFactor, &r.regionSpecificFactor, &r.homotheticRegionalShift,
                                   &r.allocationEffect, &r.gerfinStructural, &r.gerfinRegional, &r.gerfinTotal})
            if (v->size() == usableCells.size())
                *v = (usableCells == 0).select(kNaN, v->array()).matrix();
    }
    if (progress && !progress(1.0))
        r.cancelled = true;
    return finish();
}

DynamicShiftShareResult dynamicShiftShare(const std::vector<Eigen::MatrixXd> &years,
                                          const DynamicShiftShareConfig &config,
                                          const ProgressFn &progress)
{
    DynamicShiftShareResult r;
    WarningCollector warnings;
    const auto finish = [&]() -> DynamicShiftShareResult {
        r.warnings = warnings.take();
        return std::move(r);
    };
    if (years.size() < 2) {
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "dynamic shift-share needs at least two years");
        return finish();
    }
    const Eigen::Index regions = years.front().rows();
    const Eigen::Index industries = years.front().cols();
    for (const auto &m : years) {
        if (m.rows() != regions || m.cols() != industries) {
            warnings.add(WarningKind::ShapeMismatch, Severity::Error, "years differ in shape");
            return finish();
        }
    }
    const bool given = config.nation == NationSource::Given;
    if (given) {
        bool ok = config.givenNation.size() == years.size();
        for (const auto &row : config.givenNation)
            ok = ok && row.size() == industries;
        if (!ok) {
            warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                         "one given nation row per year, one value per industry, is needed");
            return finish();
        }
    }

    const auto periods = static_cast<Eigen::Index>(years.size()) - 1;
    r.nationalShare.resize(regions, periods);
    r.industryMix.resize(regions, periods);
    r.regionalShift.resize(regions, periods);
    r.actualChange.setZero(regions);

    if (progress && !progress(0.0)) {
        r.cancelled = true;
        return finish();
    }
    if (fusedDynamic(years, config, r, warnings)) {
        r.nationalShareTotal = r.nationalShare.rowwise().sum();
        r.industryMixTotal = r.industryMix.rowwise().sum();
        r.regionalShiftTotal = r.regionalShift.rowwise().sum();
        if (progress && !progress(1.0))
            r.cancelled = true;
        return finish();
    }

    // Missing cells: each year's sums once; years are reused by two periods.
    std::vector<YearSums> sums;
    sums.reserve(years.size());
    bool allFinite = true;
    for (std::size_t y = 0; y < years.size(); ++y) {
        sums.push_back(yearSums(years[y]));
        allFinite = allFinite && sums.back().finite;
        if (!sums.back().finite || sums.back().minimum < 0.0)
            detail::checkCells(years[y], "year " + std::to_string(y), warnings);
    }

    ShiftShareConfig pc;
    pc.nation = config.nation;
    pc.estebanMarquillas = false;
    for (Eigen::Index p = 0; p < periods; ++p) {
        if (progress && !progress(static_cast<double>(p) / static_cast<double>(periods))) {
            r.cancelled = true;
            return finish();
        }
        const auto y0 = static_cast<std::size_t>(p);
        const auto y1 = y0 + 1;
        Eigen::VectorXd ns, mix, rs;
        if (allFinite) {
            Levels lv;
            lv.start = sums[y0].rows;
            lv.end = sums[y1].rows;
            const Eigen::RowVectorXd &n0 = given ? config.givenNation[y0] : sums[y0].cols;
            const Eigen::RowVectorXd &n1 = given ? config.givenNation[y1] : sums[y1].cols;
            if (!computeLevels(years[y0], n0, n1, lv, warnings)) {
                ns = mix = rs = Eigen::VectorXd::Constant(regions, kNaN);
            } else {
                dunn(lv, ns, mix, rs);
            }
            r.actualChange += lv.end - lv.start;
        } else {
            // Missing cells: the pairwise rule of shiftShare() per period.
            if (given) {
                pc.givenNationStart = config.givenNation[y0];
                pc.givenNationEnd = config.givenNation[y1];
            }
            ShiftShareResult one = shiftShare(years[y0], years[y1], pc);
            for (const Warning &w : one.warnings)
                warnings.add(w.kind, w.severity, w.message, w.row, w.column, w.count);
            if (one.nationalShare.size() != regions) {
                ns = mix = rs = Eigen::VectorXd::Constant(regions, kNaN);
                r.actualChange.setConstant(kNaN);
            } else {
                ns = std::move(one.nationalShare);
                mix = std::move(one.industryMix);
                rs = std::move(one.regionalShift);
                r.actualChange += one.actualChange;
            }
        }
        r.nationalShare.col(p) = ns;
        r.industryMix.col(p) = mix;
        r.regionalShift.col(p) = rs;
    }
    r.nationalShareTotal = r.nationalShare.rowwise().sum();
    r.industryMixTotal = r.industryMix.rowwise().sum();
    r.regionalShiftTotal = r.regionalShift.rowwise().sum();
    if (progress && !progress(1.0))
        r.cancelled = true;
    return finish();
}

} // namespace regionlens::analysis
