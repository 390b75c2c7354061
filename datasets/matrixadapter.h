// SPDX-License-Identifier: GPL-3.0-or-later
// Adapters from stored rows to the analysis layer's matrices (Eigen types
// stop here): region × industry tables and origin × destination matrices,
// with their row and column labels.
#pragma once

#include "store.h"

#include <Eigen/Dense>

#include <QList>
#include <QStringList>

namespace regionlens::datasets {

struct IndustryTable
{
    QStringList regions;          // rows (the nation "00" is taken out, see nation)
    QStringList industries;       // columns, without "TOTAL"
    Eigen::MatrixXd values;       // NaN where a cell is missing or suppressed
    Eigen::VectorXd totals;       // the regions' TOTAL column, NaN where absent
    bool hasTotals = false;       // every region has a TOTAL value
    Eigen::RowVectorXd nation;    // the "00" row, when present
    double nationTotal = std::numeric_limits<double>::quiet_NaN();
    bool hasNation = false;
    int missingCells = 0;
};

// Rows are regions, columns industries in the order given (or first-seen
// order). Aggregates named in skipIndustries are left out.
IndustryTable toIndustryTable(const QList<Observation> &rows, const QStringList &industryOrder = {},
                              const QStringList &skipIndustries = {});

struct OdMatrix
{
    QStringList regions;          // rows = origins, columns = destinations
    Eigen::MatrixXd values;       // 0 where no flow is recorded; diagonal as given
    int suppressedCells = 0;
};

// Square matrix over the union of origins and destinations (or the given
// region order); flows of other years, sexes or age classes must be filtered first.
OdMatrix toOdMatrix(const QList<Flow> &flows, const QStringList &regionOrder = {});

} // namespace regionlens::datasets
