// SPDX-License-Identifier: GPL-3.0-or-later
#include "industrystructure.h"

namespace regionlens::datasets {

IndustryStructureInputs loadIndustryStructure(const Store &store, const QString &indicator, int year,
                                              const QList<RegionAggregate> &aggregates, RegionLevel level)
{
    LqRequest request;
    request.indicator = indicator;
    request.year = year;
    request.level = level;
    request.groups = aggregates;
    IndustryStructureInputs in;
    in.inputs = load(store, request);
    in.indicator = indicator;
    in.year = in.inputs.request.year;
    in.aggregates = aggregates;
    return in;
}

IndustryStructure computeIndustryStructure(const IndustryStructureInputs &in)
{
    if (!in.inputs.data.tables.isEmpty())
        return compute(in.inputs);
    // A table read by the caller: the default conventions over it.
    LqInputs inputs;
    inputs.request.indicator = in.indicator;
    inputs.request.year = in.year;
    inputs.request.groups = in.aggregates;
    inputs.data.label = in.indicator;
    inputs.data.years = {in.year};
    inputs.data.regions = in.table.regions;
    inputs.data.industries = in.table.industries;
    inputs.data.tables = {in.table};
    for (const RegionAggregate &g : in.aggregates)
        inputs.data.conventions.groups << g.code;
    return compute(inputs);
}

} // namespace regionlens::datasets
