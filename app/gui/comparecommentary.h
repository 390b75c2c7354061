// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 自治体比較 / Compare with peers page: who the peers are,
// on how many indicators the region is in the top and the bottom 10 % among
// them, and the indicators where it stands highest and lowest (percentile,
// rank of n). Neutral: "high" is not "good" (待機児童, 死亡率 …). Pure: the
// adapter's result, the names and the options in, HTML out (translated with
// the installed translator, context regionlens::app::CompareView).
#pragma once

#include "datasets/adapters/compareadapter.h"

#include <QString>

namespace regionlens::app {

struct CompareCommentaryInput
{
    datasets::compareadapter::Result result;
    datasets::compareadapter::PeerMode peers = datasets::compareadapter::PeerMode::Similar;
    QString regionName;       // the region compared
    QString prefectureName;   // its prefecture (peers = the same prefecture)
    QString themeName;        // "医療・福祉" (translated), "" = every indicator
    QString perText;          // "Counts per 100,000 people; …" (translated), "" = as published
    QString emptyNote;        // why nothing is compared at this level (translated), "" = the generic words
    bool japanese = true;     // indicator names in Japanese
    int named = 3;            // how many highest and lowest to name
};

QString compareCommentary(const CompareCommentaryInput &in);

// How to read the page's figures (plain text, translated).
QString compareHowToRead();

// The peers in words: "the 30 most similar municipalities", "the other 53
// municipalities of 愛知県", "the 5 regions chosen" (translated).
QString peersDescription(datasets::compareadapter::PeerMode mode, bool municipal, int count,
                         const QString &prefectureName);

// An indicator's name in the UI language, with its unit after a per-capita
// (area, household) division: "医師数（人/人口10万人）".
QString indicatorLabel(const datasets::compareadapter::Row &row, bool japanese);

} // namespace regionlens::app
