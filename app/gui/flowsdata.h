// SPDX-License-Identifier: GPL-3.0-or-later
// Transitional: the flows summary moved to the shared adapter
// datasets/adapters/flowsadapter.h (datasets::flows). These aliases keep the
// 人口移動 page compiling until it uses the adapter directly; new code should
// use datasets::flows.
#pragma once

#include "datasets/adapters/flowsadapter.h"

namespace regionlens::app {

using FlowsInput = datasets::flows::Inputs;
using FlowsResult = datasets::flows::Result;
using FlowRecord = datasets::flows::FlowRecord;
using MunicipalNetInput = datasets::flows::MunicipalInputs;
using MunicipalNetResult = datasets::flows::MunicipalResult;

inline FlowsResult computeFlows(const FlowsInput &input)
{
    return datasets::flows::compute(input);
}

inline MunicipalNetResult computeMunicipalNet(const MunicipalNetInput &input)
{
    return datasets::flows::computeMunicipal(input);
}

} // namespace regionlens::app
