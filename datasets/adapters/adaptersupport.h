// SPDX-License-Identifier: GPL-3.0-or-later
// Small conversions shared by the adapters: Eigen results to the plain Qt
// value types that leave the datasets layer, warnings to English messages.
#pragma once

#include "analysis/analysiscommon.h"
#include "datasets/valuegrid.h"

#include <Eigen/Core>

#include <QStringList>
#include <QVector>

#include <vector>

namespace regionlens::datasets::adaptersupport {

inline ValueGrid toGrid(const Eigen::MatrixXd &m)
{
    ValueGrid g(int(m.rows()), int(m.cols()));
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c)
            g(r, c) = m(r, c);
    return g;
}

template<typename Derived>
QVector<double> toVector(const Eigen::DenseBase<Derived> &v)
{
    QVector<double> out(v.size());
    for (Eigen::Index i = 0; i < v.size(); ++i)
        out[i] = v(i);
    return out;
}

inline void appendMessages(QStringList &out, const std::vector<analysis::Warning> &warnings)
{
    for (const analysis::Warning &w : warnings)
        out << QString::fromStdString(w.message);
}

} // namespace regionlens::datasets::adaptersupport
