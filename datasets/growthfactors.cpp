// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthfactors.h"

#include "analysis/shiftshare.h"
#include "store.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

namespace {

QVector<double> toVector(const Eigen::VectorXd &v)
{
    QVector<double> out(v.size());
    for (Eigen::Index i = 0; i < v.size(); ++i)
        out[i] = v(i);
    return out;
}

IndustryTable load(const Store &store, const QString &indicator, int year, const QStringList &columns)
{
    ObservationQuery q;
    q.indicator = indicator;
    q.year = year;
    q.level = RegionLevel::Prefecture;
    q.industry.reset();
    return toIndustryTable(store.observations(q), columns);
}

} // namespace

GrowthFactorInputs loadGrowthFactors(const Store &store, const QString &indicator, int startYear, int endYear,
                                     const QList<RegionAggregate> &aggregates)
{
    GrowthFactorInputs in;
    in.indicator = indicator;
    in.startYear = startYear;
    in.endYear = endYear;
    in.aggregates = aggregates;
    const QStringList columns = industryColumns(store, indicator);
    in.start = load(store, indicator, startYear, columns);
    in.end = load(store, indicator, endYear, columns);
    return in;
}

GrowthFactors computeGrowthFactors(const GrowthFactorInputs &in)
{
    GrowthFactors out;
    out.indicator = in.indicator;
    out.startYear = in.startYear;
    out.endYear = in.endYear;
    if (in.start.values.size() == 0 || in.start.regions != in.end.regions
        || in.start.industries != in.end.industries) {
        out.warnings << u"start and end years do not cover the same regions and industries"_s;
        return out;
    }
    const IndustryTable start = appendAggregates(in.start, in.aggregates);
    const IndustryTable end = appendAggregates(in.end, in.aggregates);
    out.regions = start.regions;
    out.industries = start.industries;

    // Nation = the prefectures' column sums (aggregate rows must not count twice).
    analysis::ShiftShareConfig config;
    config.nation = analysis::NationSource::Given;
    config.estebanMarquillas = false;
    const auto both = in.start.values.array().isFinite() && in.end.values.array().isFinite();
    config.givenNationStart = both.select(in.start.values, 0.0).colwise().sum();
    config.givenNationEnd = both.select(in.end.values, 0.0).colwise().sum();
    const auto r = analysis::shiftShare(start.values, end.values, config);
    for (const analysis::Warning &w : r.warnings)
        out.warnings << QString::fromStdString(w.message);
    if (r.actualChange.size() != start.values.rows())
        return out;
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
    return out;
}

} // namespace regionlens::datasets
