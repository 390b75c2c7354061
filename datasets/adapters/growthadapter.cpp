// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthadapter.h"

#include "adaptersupport.h"

#include "analysis/shiftshare.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ShiftShareRequest shiftShareRequest(const GrowthRequest &r)
{
    ShiftShareRequest s;
    static_cast<IndustryTableRequest &>(s) = r;
    s.startYear = r.startYear;
    s.endYear = r.endYear;
    s.estebanMarquillas = false;
    return s;
}

GrowthInputs finish(const GrowthRequest &request, ShiftShareInputs tables)
{
    GrowthInputs in;
    in.request = request;
    in.request.startYear = tables.request.startYear;
    in.request.endYear = tables.request.endYear;
    in.tables = std::move(tables);
    return in;
}

double ratio(double a, double b)
{
    return b != 0 && std::isfinite(a) && std::isfinite(b) ? a / b : kNaN;
}

} // namespace

RegionLevel growthLevel(const QString &region, const QList<RegionAggregate> &groups)
{
    for (const RegionAggregate &g : groups) {
        if (g.code != region)
            continue;
        bool allMunicipal = !g.members.isEmpty();
        for (const QString &m : g.members)
            allMunicipal = allMunicipal && m.size() == 5;
        return allMunicipal ? RegionLevel::Municipality : RegionLevel::Prefecture;
    }
    return region.size() == 5 ? RegionLevel::Municipality : RegionLevel::Prefecture;
}

const IndustryGrowthRow *IndustryGrowth::find(const QString &industry) const
{
    for (const IndustryGrowthRow &row : rows)
        if (row.industry == industry)
            return &row;
    return nullptr;
}

GrowthInputs load(const Store &store, const GrowthRequest &request)
{
    return finish(request, load(store, shiftShareRequest(request)));
}

GrowthInputs load(const ObservationColumns &rows, const GrowthRequest &request)
{
    return finish(request, load(rows, shiftShareRequest(request)));
}

IndustryGrowth compute(const GrowthInputs &in, const analysis::ProgressFn &progress)
{
    IndustryGrowth out;
    out.indicator = in.request.indicator;
    out.region = in.request.region;
    out.level = in.request.level;
    out.startYear = in.request.startYear;
    out.endYear = in.request.endYear;
    const IndustryTables &data = in.tables.data;
    out.conventions = data.conventions;
    if (data.tables.size() < 2 || data.regions.isEmpty() || data.industries.isEmpty()) {
        out.warnings << u"start and end years do not cover the same regions and industries"_s;
        return out;
    }
    const IndustryTable &first = data.tables.first();
    const IndustryTable &last = data.tables.last();
    analysis::ShiftShareConfig cfg;
    cfg.nation = analysis::NationSource::Given;
    cfg.estebanMarquillas = false;
    cfg.perIndustry = true;
    const bool useNation = industrytables::useNationRows(data, in.request.nation, &out.conventions);
    if (useNation) {
        cfg.givenNationStart = first.nation;
        cfg.givenNationEnd = last.nation;
    } else {
        // The regions' column sums over the cells present in both years.
        const auto both = first.values.array().isFinite() && last.values.array().isFinite();
        cfg.givenNationStart = both.select(first.values, 0.0).colwise().sum();
        cfg.givenNationEnd = both.select(last.values, 0.0).colwise().sum();
    }
    const IndustryTable start = industrytables::appendGroups(first, in.request.groups);
    const IndustryTable end = industrytables::appendGroups(last, in.request.groups);
    QStringList regions = data.regions;
    for (const RegionAggregate &g : in.request.groups)
        regions << g.code;
    const qsizetype r = regions.indexOf(in.request.region);
    const analysis::ShiftShareResult s = analysis::shiftShare(start.values, end.values, cfg, progress);
    adaptersupport::appendMessages(out.warnings, s.warnings);
    out.cancelled = s.cancelled;
    if (s.cancelled || r < 0 || s.actualChange.size() != start.values.rows())
        return out;
    out.found = true;
    out.start = s.start(r);
    out.end = s.end(r);
    out.change = s.actualChange(r);
    out.percent = 100.0 * ratio(out.change, out.start);
    out.nationPercent = 100.0 * s.nationalGrowthRate;
    out.nationalShare = s.nationalShare(r);
    out.industryMix = s.industryMix(r);
    out.regionalShift = s.regionalShift(r);
    // The LQ at the end year over the cells present in both years, as the components.
    const double nationEnd = s.nationEnd.sum();
    for (int c = 0; c < data.industries.size(); ++c) {
        IndustryGrowthRow row;
        row.industry = data.industries.at(c);
        const double x0 = start.values(r, c), x1 = end.values(r, c);
        const bool present = std::isfinite(x0) && std::isfinite(x1);
        row.start = present ? x0 : kNaN;
        row.end = present ? x1 : kNaN;
        row.change = row.end - row.start;
        row.percent = 100.0 * ratio(row.change, row.start);
        row.contribution = 100.0 * ratio(row.change, out.start);
        row.nationPercent = 100.0 * (ratio(s.nationEnd(c), s.nationStart(c)) - 1.0);
        row.nationalShare = present ? s.nationalShareByIndustry(r, c) : kNaN;
        row.industryMix = present ? s.industryMixByIndustry(r, c) : kNaN;
        row.regionalShift = present ? s.regionalShiftByIndustry(r, c) : kNaN;
        row.share = 100.0 * ratio(row.end, out.end);
        row.lq = ratio(ratio(row.end, out.end), ratio(s.nationEnd(c), nationEnd));
        out.rows << row;
    }
    return out;
}

GrowthQuadrant quadrantOf(const IndustryGrowthRow &row)
{
    const bool strong = row.lq >= 1.0;
    const bool growing = row.change > 0;
    if (strong)
        return growing ? GrowthQuadrant::StrongGrowing : GrowthQuadrant::StrongLagging;
    return growing ? GrowthQuadrant::WeakGrowing : GrowthQuadrant::WeakLagging;
}

} // namespace regionlens::datasets
