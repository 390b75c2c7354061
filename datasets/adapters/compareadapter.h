// SPDX-License-Identifier: GPL-3.0-or-later
// 自治体比較 (issue 12): a region against its peers on every indicator of a
// theme — the region's value, the peers' median, its percentile among them,
// its rank and n (analysis/peercompare.h has the definitions). Shared by the
// comparison page, `regionlens-cli compare` and the report.
//
// Conventions (one set; the Result lists those used):
//  - level: the region's (a 5-digit code: municipalities, 2 digits: prefectures);
//    the nation is not compared.
//  - peers, PeerMode:
//      Prefecture  a municipality: the other municipalities of its prefecture;
//                  a prefecture: the other prefectures of its 地域ブロック;
//      Similar     the k (default 30) nearest regions of the same level on three
//                  standardised features modelled on 総務省「類似団体区分」(which
//                  groups municipalities by population size and industry
//                  structure): log(総人口 A1101), the share of secondary plus
//                  tertiary industry in 就業者数 ((F2211+F2221)/F1102) and the
//                  tertiary share (F2221/F1102), 国勢調査 at the latest year of
//                  F1102 not after the comparison year (prefectures: sums of
//                  their municipalities); Euclidean distance, ties by code. The
//                  official 類似団体区分 table is not bundled (no copy could be
//                  sourced), so this is a documented approximation of it.
//      List        the codes given (unknown codes are an error).
//  - indicators: those of the theme (every indicator when the theme is empty,
//    or the explicit list) that have values at the level; flows are left out.
//  - year: each indicator at its latest year not after `year` (default: its
//    latest at the level); an indicator without such a year is left out.
//  - per: Capita / Thousand / HundredThousand / Km2 / Household divide the
//    additive indicators (counts, amounts) by 総人口 / 総面積 / 一般世帯数 at
//    the nearest year (indicatoradapter.h); rates, averages and prices stay as
//    they are (Row::perApplied false).
//  - missing values stay missing: a peer without a value is not counted (n).
#pragma once

#include "analysis/analysiscommon.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/catalog.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::datasets::compareadapter {

enum class PeerMode { Prefecture, Similar, List };

// "prefecture", "similar" or a comma-separated list of codes.
PeerMode peerModeFromText(const QString &text, QStringList *codes);

struct Request
{
    QString region;
    PeerMode peers = PeerMode::Similar;
    QStringList peerList;      // List
    int k = 30;                // Similar
    QString theme;             // IndicatorTheme::id; "" = every indicator
    QStringList indicators;    // explicit indicators (overrides theme)
    indicatoradapter::Per per = indicatoradapter::Per::None;   // not Share
    std::optional<int> year;
};

// Values by region are vectors aligned with Inputs::regions / Result::codes (NaN = missing).
using RegionValues = QVector<double>;

struct Series
{
    IndicatorInfo info;
    CatalogEntry entry;
    int year = 0;
    RegionValues values;   // in `year`
};

struct Inputs
{
    RegionLevel level = RegionLevel::Municipality;
    QString region;
    QList<Region> regions;           // the level's regions, by code
    QList<Series> series;
    IndicatorInfo denominatorInfo;
    QMap<int, RegionValues> denominator;   // per division: year → values
    // Similarity features at featureYear (prefectures: municipal sums).
    int featureYear = 0;
    RegionValues population, employed, secondary, tertiary;
    QStringList notes;
    QString error;
};

struct Row
{
    QString indicator;
    QString nameJa, nameEn, unitJa, unitEn;
    QString category;
    int year = 0;
    bool perApplied = false;
    double value = std::numeric_limits<double>::quiet_NaN();
    double peerMedian = std::numeric_limits<double>::quiet_NaN();
    double percentile = std::numeric_limits<double>::quiet_NaN();
    int rank = 0;
    int n = 0;
    RegionValues all;   // every region's measure, aligned with Result::codes (strips, scatter plots, the map)
};

struct Result
{
    QString region;
    RegionLevel level = RegionLevel::Municipality;
    QStringList codes;             // the level's regions, by code (Row::all's order)
    QStringList peers;             // nearest first for Similar, else by code
    QList<double> distances;       // Similar only

    // A row's measure of one region (NaN when missing or not a region of the level).
    double valueOf(const Row &row, const QString &code) const;
    QList<Row> rows;
    QStringList conventions;
    QString error;
};

Inputs load(const Store &store, const Request &request);
Result compute(const Inputs &inputs, const Request &request, const analysis::ProgressFn &progress = {});

} // namespace regionlens::datasets::compareadapter
