// SPDX-License-Identifier: GPL-3.0-or-later
// A rows × columns table of doubles in plain Qt types, for results that leave
// the datasets layer (Eigen types stop at the adapters).
#pragma once

#include <QVector>

#include <cmath>
#include <limits>

namespace regionlens::datasets {

struct ValueGrid
{
    int rows = 0;
    int cols = 0;
    QVector<double> data;  // row-major

    ValueGrid() = default;
    ValueGrid(int r, int c)
        : rows(r), cols(c), data(qsizetype(r) * c, std::numeric_limits<double>::quiet_NaN())
    {
    }
    double at(int r, int c) const
    {
        return r >= 0 && r < rows && c >= 0 && c < cols ? data.at(qsizetype(r) * cols + c)
                                                         : std::numeric_limits<double>::quiet_NaN();
    }
    double &operator()(int r, int c) { return data[qsizetype(r) * cols + c]; }
    bool isEmpty() const { return rows == 0 || cols == 0; }
};

} // namespace regionlens::datasets
