// SPDX-License-Identifier: GPL-3.0-or-later
// The 成長要因 page's entry points, kept for the pages while they move to
// the adapter (datasets/adapters/shiftshareadapter.h): thin wrappers over
// load(store, ShiftShareRequest) / compute(ShiftShareInputs) with the
// shared default conventions. New code uses the adapter directly.
#pragma once

#include "adapters/shiftshareadapter.h"
#include "industrystructure.h"

namespace regionlens::datasets {

struct GrowthFactorInputs
{
    // Filled by loadGrowthFactors(): the adapter's inputs.
    ShiftShareInputs inputs;

    // Filled by hand by a caller that reads the store itself (inputs left
    // empty): both years' tables with the same regions and industries.
    QString indicator;
    int startYear = 0;
    int endYear = 0;
    IndustryTable start;
    IndustryTable end;
    QList<RegionAggregate> aggregates;
};

GrowthFactorInputs loadGrowthFactors(const Store &store, const QString &indicator, int startYear, int endYear,
                                     const QList<RegionAggregate> &aggregates = {},
                                     RegionLevel level = RegionLevel::Prefecture);

GrowthFactors computeGrowthFactors(const GrowthFactorInputs &inputs);

} // namespace regionlens::datasets
