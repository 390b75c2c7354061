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

// National factors and expected end values; start must be free of NaN.
bool computeLevels(const Eigen::MatrixXd &start, const Eigen::RowVectorXd &nationStart,
                   const Eigen::RowVectorXd &nationEnd, Levels &levels, WarningCollector &warnings)
{
    const double n0 = nationStart.sum();
    const double n1 = nationEnd.sum();
    if (!std::isfinite(n0) || n0 == 0.0 || !std::isfinite(n1)) {
        warnings.add(WarningKind::ZeroTotal, Severity::Error,
                     "national total at the start is zero or missing; no component can be computed");
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
    levels.expected.noalias() = start * levels.nationFactor.matrix();
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
    YearSums s0 = yearSums(startIn);
    YearSums s1 = yearSums(endIn);
    Eigen::MatrixXd startMasked, endMasked;
    const Eigen::MatrixXd *start = &startIn;
    const Eigen::MatrixXd *end = &endIn;
    if (!s0.finite || s0.minimum < 0.0)
        detail::checkCells(startIn, "start year", warnings);
    if (!s1.finite || s1.minimum < 0.0)
        detail::checkCells(endIn, "end year", warnings);
    if (!s0.finite || !s1.finite) {
        // Pairwise removal of missing cells.
        const auto both = startIn.array().isFinite() && endIn.array().isFinite();
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
    if (!computeLevels(*start, r.nationStart, r.nationEnd, lv, warnings))
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
        const auto s = start->array();
        const Eigen::Index emptyCells = (s == 0.0).count();
        if (emptyCells > 0)
            warnings.add(WarningKind::Substituted, Severity::Info,
                         "Esteban-Marquillas: cells with a zero start value use the national growth "
                         "rate (no homothetic shift); their change is in the allocation effect",
                         -1, -1, emptyCells);
        const Eigen::MatrixXd d =
            (s != 0.0).select((end->array() / s).rowwise() - lv.nationFactor.transpose(), 0.0);
        const double n0 = r.nationStart.sum();
        const Eigen::VectorXd nationShares = r.nationStart.transpose() / n0;
        r.homotheticRegionalShift = lv.start.cwiseProduct(d * nationShares);
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

    // Each year's sums once; years are reused by two periods.
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
