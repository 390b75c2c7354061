// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 地域経済循環 page: which table (official, or estimated
// with its method and indicators), the three stages with their numbers, the
// 域際収支, the industries that earn money from outside (純移輸出 > 0) and
// those the region buys in, 自給率, and what the place-of-work basis means
// for the 循環率. Pure: the adapter's result and the names in, HTML out
// (translated with the installed translator). Also the amounts' unit, shared
// with the page's figures.
#pragma once

#include "datasets/adapters/ioadapter.h"

#include <QList>
#include <QString>

namespace regionlens::app {

// Amounts of a 百万円 table shown in 億円 (Japanese, as RESAS) or ¥ billion
// (English); a table in any other unit is shown as given.
struct CirculationUnit
{
    double divisor = 1.0;
    QString unit;      // "億円", "¥ bn", or the table's unit
    int decimals = 0;
};
CirculationUnit circulationUnit(const QString &tableUnit, bool japanese);
// "361,745 億円" / "+2,629 億円" (sign) in that unit; "–" for NaN.
QString circulationAmount(double tableAmount, const CirculationUnit &unit, bool sign = false);

// "official table 2015" / "estimated (FLQ, δ = 0.15)" (translated).
QString circulationTableLabel(const datasets::inputoutput::Result &result);

// Sector indices ordered by 純移輸出, largest first (NaN left out).
QList<int> sectorsByNetExports(const datasets::inputoutput::Result &result);

struct CirculationCommentaryInput
{
    QString regionName;
    bool japanese = false;
    bool hasResult = false;            // false: problem says why (no table, no employees)
    QString problem;
    datasets::inputoutput::Result result;
};

QString circulationCommentary(const CirculationCommentaryInput &in);

// How to read the page's figures (plain text, translated).
QString circulationHowToRead();

} // namespace regionlens::app
