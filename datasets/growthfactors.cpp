// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthfactors.h"

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

GrowthFactorInputs loadGrowthFactors(const Store &store, const QString &indicator, int startYear, int endYear,
                                     const QList<RegionAggregate> &aggregates, RegionLevel level)
{
    ShiftShareRequest request;
    request.indicator = indicator;
    request.startYear = startYear;
    request.endYear = endYear;
    request.level = level;
    request.groups = aggregates;
    GrowthFactorInputs in;
    in.inputs = load(store, request);
    in.indicator = indicator;
    in.startYear = in.inputs.request.startYear;
    in.endYear = in.inputs.request.endYear;
    in.aggregates = aggregates;
    return in;
}

GrowthFactors computeGrowthFactors(const GrowthFactorInputs &in)
{
    if (!in.inputs.data.tables.isEmpty())
        return compute(in.inputs);
    // Tables read by the caller: the default conventions over them.
    ShiftShareInputs inputs;
    inputs.request.indicator = in.indicator;
    inputs.request.startYear = in.startYear;
    inputs.request.endYear = in.endYear;
    inputs.request.groups = in.aggregates;
    if (in.start.regions != in.end.regions || in.start.industries != in.end.industries) {
        GrowthFactors out;
        out.indicator = in.indicator;
        out.startYear = in.startYear;
        out.endYear = in.endYear;
        out.warnings << u"start and end years do not cover the same regions and industries"_s;
        return out;
    }
    inputs.data.label = in.indicator;
    inputs.data.years = {in.startYear, in.endYear};
    inputs.data.regions = in.start.regions;
    inputs.data.industries = in.start.industries;
    inputs.data.tables = {in.start, in.end};
    for (const RegionAggregate &g : in.aggregates)
        inputs.data.conventions.groups << g.code;
    return compute(inputs);
}

} // namespace regionlens::datasets
