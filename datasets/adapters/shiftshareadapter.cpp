// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftshareadapter.h"

#include "adaptersupport.h"

#include "analysis/shiftshare.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

using adaptersupport::toVector;

// The years used: start and end, and every year between when dynamic.
QList<int> yearsUsed(const QList<int> &available, ShiftShareRequest &request)
{
    if (request.startYear == 0 && !available.isEmpty())
        request.startYear = available.first();
    if (request.endYear == 0 && !available.isEmpty())
        request.endYear = available.last();
    QList<int> years;
    for (int y : available)
        if (y >= request.startYear && y <= request.endYear
            && (request.dynamic || y == request.startYear || y == request.endYear))
            years.append(y);
    for (int y : {request.startYear, request.endYear})
        if (!years.contains(y))
            years.append(y);   // a year without data: an empty table, reported by compute()
    std::sort(years.begin(), years.end());
    return years;
}

// The group rows of a per-region vector: the sum of the members' entries.
void appendGroupSums(QVector<double> &v, const QStringList &regions, const QList<RegionAggregate> &groups)
{
    for (const RegionAggregate &g : groups) {
        double sum = 0;
        for (int r = 0; r < regions.size(); ++r)
            if (industrytables::isMember(g, regions.at(r)))
                sum += v.at(r);
        v.append(sum);
    }
}

void computeDynamic(const ShiftShareInputs &in, bool useNation, const analysis::ProgressFn &progress,
                    GrowthFactors &out)
{
    analysis::DynamicShiftShareConfig cfg;
    std::vector<Eigen::MatrixXd> values;
    for (const IndustryTable &t : in.data.tables) {
        values.push_back(t.values);
        if (useNation)
            cfg.givenNation.push_back(t.nation);
    }
    if (useNation)
        cfg.nation = analysis::NationSource::Given;
    analysis::DynamicShiftShareResult r = analysis::dynamicShiftShare(values, cfg, progress);
    adaptersupport::appendMessages(out.warnings, r.warnings);
    out.issues = std::move(r.warnings);
    out.cancelled = r.cancelled;
    if (r.cancelled || r.actualChange.size() != Eigen::Index(in.data.regions.size()))
        return;
    // start / end are the regions' sums over the industries, NaN cells as 0.
    const Eigen::MatrixXd &first = in.data.tables.first().values;
    const Eigen::MatrixXd &last = in.data.tables.last().values;
    out.startValue = toVector(Eigen::VectorXd(first.array().isNaN().select(0.0, first).rowwise().sum()));
    out.endValue = toVector(Eigen::VectorXd(last.array().isNaN().select(0.0, last).rowwise().sum()));
    out.actualChange = toVector(r.actualChange);
    out.nationalShare = toVector(r.nationalShareTotal);
    out.industryMix = toVector(r.industryMixTotal);
    out.regionalShift = toVector(r.regionalShiftTotal);
    for (QVector<double> *v : {&out.startValue, &out.endValue, &out.actualChange, &out.nationalShare,
                               &out.industryMix, &out.regionalShift})
        appendGroupSums(*v, in.data.regions, in.request.groups);
}

void computeClassic(const ShiftShareInputs &in, bool useNation, const analysis::ProgressFn &progress,
                    GrowthFactors &out)
{
    const IndustryTable &first = in.data.tables.first();
    const IndustryTable &last = in.data.tables.last();
    analysis::ShiftShareConfig cfg;
    cfg.nation = analysis::NationSource::Given;
    cfg.estebanMarquillas = in.request.estebanMarquillas;
    if (useNation) {
        cfg.givenNationStart = first.nation;
        cfg.givenNationEnd = last.nation;
    } else {
        // The regions' column sums over the cells present in both years
        // (the group rows must not count twice).
        const auto both = first.values.array().isFinite() && last.values.array().isFinite();
        cfg.givenNationStart = both.select(first.values, 0.0).colwise().sum();
        cfg.givenNationEnd = both.select(last.values, 0.0).colwise().sum();
    }
    const IndustryTable start = industrytables::appendGroups(first, in.request.groups);
    const IndustryTable end = industrytables::appendGroups(last, in.request.groups);
    analysis::ShiftShareResult r = analysis::shiftShare(start.values, end.values, cfg, progress);
    adaptersupport::appendMessages(out.warnings, r.warnings);
    out.issues = std::move(r.warnings);
    out.cancelled = r.cancelled;
    if (r.cancelled || r.actualChange.size() != start.values.rows())
        return;
    out.startValue = toVector(r.start);
    out.endValue = toVector(r.end);
    out.actualChange = toVector(r.actualChange);
    out.nationalShare = toVector(r.nationalShare);
    out.industryMix = toVector(r.industryMix);
    out.regionalShift = toVector(r.regionalShift);
    out.nationalGrowthRate = r.nationalGrowthRate;
    out.growthRate = toVector(r.regionalGrowthRate);
    out.industryFactor = toVector(r.industryStructureFactor);
    out.regionalFactor = toVector(r.regionSpecificFactor);
    if (cfg.estebanMarquillas) {
        out.homotheticRegionalShift = toVector(r.homotheticRegionalShift);
        out.allocationEffect = toVector(r.allocationEffect);
    }
    out.gerfinStructural = toVector(r.gerfinStructural);
    out.gerfinRegional = toVector(r.gerfinRegional);
    out.gerfinTotal = toVector(r.gerfinTotal);
}

} // namespace

ShiftShareInputs load(const Store &store, const ShiftShareRequest &request)
{
    ShiftShareInputs in;
    in.request = request;
    const QList<int> years = yearsUsed(store.years(request.indicator, request.level), in.request);
    in.data = industrytables::fromStore(store, in.request, years);
    return in;
}

ShiftShareInputs load(const QList<Observation> &rows, const ShiftShareRequest &request)
{
    ShiftShareInputs in;
    in.request = request;
    const QList<int> years = yearsUsed(yearsOf(rows), in.request);
    in.data = industrytables::fromRows(rows, years, in.request);
    return in;
}

ShiftShareInputs load(const ObservationColumns &rows, const ShiftShareRequest &request)
{
    ShiftShareInputs in;
    in.request = request;
    const QList<int> years = yearsUsed(rows.years(), in.request);
    in.data = industrytables::fromColumns(rows, years, in.request);
    return in;
}

GrowthFactors compute(const ShiftShareInputs &in, const analysis::ProgressFn &progress)
{
    GrowthFactors out;
    out.indicator = in.request.indicator;
    out.startYear = in.request.startYear;
    out.endYear = in.request.endYear;
    out.years = in.data.years;
    out.dynamic = in.request.dynamic;
    out.conventions = in.data.conventions;
    const bool empty = in.data.tables.size() < 2 || in.data.regions.isEmpty() || in.data.industries.isEmpty();
    if (empty) {
        out.warnings << u"start and end years do not cover the same regions and industries"_s;
        return out;
    }
    out.regions = in.data.regions;
    for (const RegionAggregate &g : in.request.groups)
        out.regions << g.code;
    out.industries = in.data.industries;
    const bool useNation = industrytables::useNationRows(in.data, in.request.nation, &out.conventions);
    if (in.request.dynamic)
        computeDynamic(in, useNation, progress, out);
    else
        computeClassic(in, useNation, progress, out);
    return out;
}

} // namespace regionlens::datasets
