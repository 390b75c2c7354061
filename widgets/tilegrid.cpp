// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilegrid.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::widgets::tilegrid {

namespace {

// JIS code → (column, row).
struct Tile
{
    int code;
    int column;
    int row;
};
constexpr Tile kTiles[] = {
    {1, 12, 0},  {2, 11, 1},  {5, 10, 2},  {3, 11, 2},  {6, 10, 3},  {4, 11, 3},  {17, 7, 4},
    {16, 8, 4},  {15, 9, 4},  {7, 10, 4},  {18, 7, 5},  {21, 8, 5},  {20, 9, 5},  {10, 10, 5},
    {9, 11, 5},  {32, 3, 6},  {31, 4, 6},  {28, 5, 6},  {26, 6, 6},  {25, 7, 6},  {23, 8, 6},
    {19, 9, 6},  {11, 10, 6}, {8, 11, 6},  {40, 1, 7},  {35, 2, 7},  {34, 3, 7},  {33, 4, 7},
    {27, 5, 7},  {29, 6, 7},  {24, 7, 7},  {22, 8, 7},  {14, 9, 7},  {13, 10, 7}, {12, 11, 7},
    {42, 0, 8},  {41, 1, 8},  {44, 2, 8},  {38, 3, 8},  {37, 4, 8},  {30, 6, 8},  {43, 1, 9},
    {45, 2, 9},  {39, 3, 9},  {36, 4, 9},  {47, 0, 10}, {46, 1, 10},
};

} // namespace

double cellSize(const QRectF &area)
{
    return std::min(area.width() / kColumns, area.height() / kRows);
}

QList<Cell> cells(const QRectF &area)
{
    const double cell = cellSize(area);
    const QPointF origin(area.center().x() - cell * kColumns / 2, area.center().y() - cell * kRows / 2);
    QList<Cell> out;
    out.reserve(int(std::size(kTiles)));
    for (const Tile &t : kTiles)
        out.append({u"%1"_s.arg(t.code, 2, 10, QChar(u'0')),
                    QRectF(origin + QPointF(t.column * cell, t.row * cell), QSizeF(cell, cell))});
    return out;
}

QString shortName(const QString &name)
{
    if (name.size() > 2 && (name.endsWith(u'県') || name.endsWith(u'府') || name.endsWith(u'都')))
        return name.chopped(1);
    return name;
}

} // namespace regionlens::widgets::tilegrid
