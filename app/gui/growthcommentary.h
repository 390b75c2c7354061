// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 強みと成長 / Strong and growing and 生産性と経済 /
// Productivity and economy pages (issue 15): pure functions from the
// adapters' results, the names and the options to HTML, translated with the
// installed translator (Japanese templates put names and numbers straight
// next to the words, without spaces). Money is shown in 億円 / 兆円 and GDP
// per worker in 万円 everywhere (screen, exports, report) through yenText()
// and perWorkerText().
#pragma once

#include "datasets/adapters/growthadapter.h"
#include "datasets/adapters/productivityadapter.h"

#include <QHash>
#include <QList>
#include <QString>

namespace regionlens::app {

struct GrowthCommentaryInput
{
    datasets::IndustryGrowth result;
    QString regionName;
    QString measureName;                     // "employees" (translated)
    QHash<QString, QString> industryNames;   // code → full name
    bool japanese = true;                    // short industry names in Japanese
    int named = 3;                           // how many industries to name per list
};

struct ProductivityCommentaryInput
{
    datasets::Productivity result;
    QString regionName;                      // the selected region
    QString rowName;                         // whose figures: the prefecture of a municipality
    QHash<QString, QString> activityNames;   // code → full name
    bool japanese = true;
    int named = 3;
};

QString growthCommentary(const GrowthCommentaryInput &in);
QString growthHowToRead();
QString productivityCommentary(const ProductivityCommentaryInput &in);
QString productivityHowToRead();

// Industries of a list, best first: those with the largest (or, with
// ascending, smallest) value of key among the finite ones, at most n; with
// positiveOnly / negativeOnly only those of that sign.
enum class Sign : std::uint8_t { Any, Positive, Negative };
QList<int> rankedRows(const QList<double> &values, int n, bool ascending = false, Sign sign = Sign::Any);

// 百万円 as 億円 or 兆円 ("1兆8,271億円", "8,271億円"; "¥1.83 tn", "¥827.1 bn").
QString yenText(double millionYen, bool japanese);
// A signed whole number with thousands separators ("+17,645", "−2,298", "0").
QString signedCount(double value);

// 百万円 per person as 万円 ("966万円"; "¥9.66 m").
QString perWorkerText(double millionYenPerPerson, bool japanese);

} // namespace regionlens::app
