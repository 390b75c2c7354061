// SPDX-License-Identifier: GPL-3.0-or-later
// The projection adapter's rate conventions beyond analysis::estimateRates
// (projectionadapter.h): the child-woman ratio and 0–4 sex split of a base
// that is later than the rate census, and municipal rates taken from the
// prefectures. Eigen only; used by projectionadapter.cpp and its tests.
#pragma once

#include "analysis/projectionrates.h"

#include <QVector>

namespace regionlens::datasets::projection::detail {

// 0–4 ÷ women 15–49 and the boys' share of the 0–4, per row of a table (NaN where a divisor is not positive).
void childRatios(const analysis::AgeSexTable &t, Eigen::ArrayXd *cwr, Eigen::ArrayXd *maleShare);

// A base later than the rate period's end census (住基 2022 at the prefecture level): the child-woman ratio and
// the 0–4 sex split of the base, the most recent observation, where it defines them.
void childRatiosFromBase(const analysis::AgeSexTable &base, analysis::ProjectionRates *rates);

// Municipal rates from their prefectures' (rows: each municipality's prefecture
// row): the prefecture's net migration rates and aggregate, the municipality's
// own child-woman ratio from the base (the prefecture's, from the sum of its
// municipalities' base, where a municipality has no women 15–49; counted in
// *fallbacks), the prefecture's 0–4 sex split from the same sums.
analysis::ProjectionRates municipalRates(const analysis::ProjectionRates &prefecture,
                                         const analysis::AgeSexTable &base, const QVector<int> &rows,
                                         int *fallbacks);

} // namespace regionlens::datasets::projection::detail
