// SPDX-License-Identifier: GPL-3.0-or-later
// The 自治体比較 page's number cells and texts, shared by its files
// (compareview.cpp, compareviewaxes.cpp).
#pragma once

#include "exportsupport.h"   // RawValueRole
#include "widgets/analysischart.h"   // formatNumber

#include <QString>
#include <QTableWidgetItem>

#include <algorithm>
#include <cmath>

namespace regionlens::app::comparesupport {

// "1,234", "12.3", "0.00191": about three significant digits, thousands separated.
inline QString valueText(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::abs(v);
    const int decimals = a >= 100 ? (a >= 1000 ? 0 : 1) : a >= 1 ? 2 : a == 0 ? 0 : std::min(6, 2 - int(std::floor(std::log10(a))));
    return widgets::formatNumber(v, decimals);
}

// A cell that sorts by its number, not its text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString &text) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setData(RawValueRole, value);   // exports and copies write the number, not the rounded text
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const double a = data(Qt::UserRole).toDouble(), b = other.data(Qt::UserRole).toDouble();
        return std::isfinite(a) && (!std::isfinite(b) || a < b);
    }
};

} // namespace regionlens::app::comparesupport
