// SPDX-License-Identifier: GPL-3.0-or-later
// The 産業構造 page's entry points, kept for the pages while they move to
// the adapter (datasets/adapters/lqadapter.h): thin wrappers over
// load(store, LqRequest) / compute(LqInputs) with the shared default
// conventions. New code uses the adapter directly.
#pragma once

#include "adapters/lqadapter.h"

#include <QList>
#include <QString>

namespace regionlens::datasets {

using IndustryStructure = LqResult;

struct IndustryStructureInputs
{
    // Filled by loadIndustryStructure(): the adapter's inputs.
    LqInputs inputs;

    // Filled by hand by a caller that reads the store itself (inputs left
    // empty): the table of one year (rows = regions, "00" as the nation),
    // computed with the default request.
    QString indicator;
    int year = 0;
    IndustryTable table;
    QList<RegionAggregate> aggregates;
};

// LQs of indicator in year for every region of level (default: the
// prefectures, with the 稼ぐ力 inputs) and the aggregates.
IndustryStructureInputs loadIndustryStructure(const Store &store, const QString &indicator, int year,
                                              const QList<RegionAggregate> &aggregates = {},
                                              RegionLevel level = RegionLevel::Prefecture);

IndustryStructure computeIndustryStructure(const IndustryStructureInputs &inputs);

} // namespace regionlens::datasets
