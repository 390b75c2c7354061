// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison of a region with its peers (issue 12, 自治体比較): the peers'
// median, the region's percentile among them and its rank, and the nearest
// neighbours on standardised features ("similar regions"). Deterministic:
// no randomness, ties broken by the candidates' order (callers order them
// by region code). The C++ standard library only.
//
// Definitions (also in docs/compare.md):
//  - peer median: the median of the peers' finite values (the mean of the
//    two middle ones for an even count); the region itself is not a peer.
//  - percentile: mid-rank percentile of the region's value among the peers'
//    finite values, 100 × (#peers below + ½ #peers equal) / #peers, so 50 =
//    at the median, 100 = above every peer, 0 = below every peer.
//  - rank and n: competition rank (1 = the largest, ties share the better
//    rank) of the region among itself and its peers, n = the finite values
//    among them (the region counted when it has a value).
//  - similarity: every feature is standardised (z-score: mean 0 and standard
//    deviation 1 over the candidates whose features are all finite); the
//    distance is Euclidean over the standardised features, equal weights;
//    the k candidates nearest the target (not the target itself), nearest
//    first, equal distances in the candidates' order. A candidate with a
//    missing feature is never a neighbour. A feature with no spread is left
//    out (it cannot tell candidates apart).
#pragma once

#include "analysiscommon.h"

#include <span>
#include <string>
#include <vector>

namespace regionlens::analysis {

// Median of the finite values; NaN when there is none.
double medianOf(std::span<const double> values);

struct PeerPosition
{
    double value = kNaN;
    double peerMedian = kNaN;
    double percentile = kNaN;   // NaN when the region or every peer lacks a value
    int rank = 0;               // 0 when the region lacks a value
    int n = 0;
    int peersWithValue = 0;
};

PeerPosition peerPosition(double value, std::span<const double> peers);

struct Neighbours
{
    std::vector<int> indices;          // candidate rows, nearest first
    std::vector<double> distances;     // the same order
    std::vector<int> featuresUsed;     // columns with spread
    std::vector<std::string> warnings; // e.g. the target lacks a feature
};

// features[row][column]; target = the row of the region compared.
Neighbours nearestNeighbours(const std::vector<std::vector<double>> &features, int target, int k);

// Ordinary least squares y = intercept + slope·x over the pairs where both
// are finite (the comparison page's scatter plot), with Pearson's r. NaN
// slope, intercept and r below two pairs or when x has no spread (r also
// when y has none).
struct LinearFit
{
    double slope = kNaN;
    double intercept = kNaN;
    double r = kNaN;
    int n = 0;
};

LinearFit linearFit(std::span<const double> x, std::span<const double> y);

} // namespace regionlens::analysis
