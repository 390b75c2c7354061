// SPDX-License-Identifier: GPL-3.0-or-later
// The common 47-prefecture tile grid (13 columns × 11 rows, Hokkaido top
// right, Okinawa bottom left): every prefecture a square of the same size at
// a fixed place, so that Tokyo and Tottori weigh alike on the map.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace regionlens::widgets::tilegrid {

constexpr int kColumns = 13;
constexpr int kRows = 11;

struct Cell
{
    QString code;  // JIS X 0401, "01".."47"
    QRectF rect;   // the whole square (callers leave their own gap)
};

// The side of a cell when the grid is fitted into area.
double cellSize(const QRectF &area);
// The 47 cells of the grid fitted into area and centred there.
QList<Cell> cells(const QRectF &area);
// A tile's label: 青森県 → 青森, 京都府 → 京都, 東京都 → 東京; 北海道 stays.
QString shortName(const QString &name);

} // namespace regionlens::widgets::tilegrid
