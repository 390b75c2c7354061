// SPDX-License-Identifier: GPL-3.0-or-later
// Economic complexity and relatedness (analysis/complexity.h) of one
// measure and year for every region of a level: RCA, presence, diversity,
// ubiquity, ECI, PCI, proximity, relatedness density, COI, COG. The one path
// of `regionlens-cli complexity`, `regionlens-cli relatedness` and the
// 関連性 / Smart specialisation page:
//   ComplexityInputs in = load(store, request);   // or load(rows, request)
//   ComplexityFigures r = compute(in, progress);   // pure, worker-safe
//
// Conventions (one set of defaults, recorded in the result):
//  - the "world" of the RCA is the sum of the regions of the level analysed
//    (the reference implementation's convention); the nation's "00" rows are
//    never used (ConventionsUsed::nationRow is false);
//  - region totals are the sums of the industry columns (TOTAL rows unused);
//  - aggregate industries: left out when their members are in the data
//    (IndustryTableRequest::aggregates);
//  - presence: RCA ≥ threshold (default 1; PresenceRule::Above for >);
//  - ECI/PCI by the eigenvector method, standardised over the long region ×
//    industry table with the sample sd (as the reference Stata outputs);
//  - proximity by co-occurrence (min of the conditional probabilities);
//    ProximityRule::Correlation is the continuous variant;
//  - regions or industries with a zero total are left out (NaN) with a warning;
//  - a group (RegionAggregate) is computed in place of its members: the
//    members' rows are replaced by the group's sum and everything is
//    recomputed; its row is appended below the regions.
#pragma once

#include "industrytables.h"

#include "analysis/analysiscommon.h"
#include "analysis/complexity.h"
#include "datasets/valuegrid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace regionlens::datasets {

struct ComplexityRequest : IndustryTableRequest
{
    int year = 0;   // 0 = the latest year of the data
    double threshold = 1.0;
    analysis::PresenceRule presence = analysis::PresenceRule::AtLeast;
    analysis::ComplexityMethod method = analysis::ComplexityMethod::Eigenvector;
    analysis::ProximityRule proximity = analysis::ProximityRule::CoOccurrence;
    bool relatedness = true;   // proximity, density, COI, COG
};

struct ComplexityInputs
{
    ComplexityRequest request;
    IndustryTables data;   // the year's table
};

struct ComplexityFigures
{
    QString indicator;
    int year = 0;
    QStringList regions;               // the regions (ascending code), then the groups' codes
    QStringList industries;            // ascending code
    ValueGrid values;                  // the measure, regions × industries
    ValueGrid rca;
    ValueGrid presence;                // 0 / 1; NaN where left out
    ValueGrid density;
    ValueGrid cog;
    ValueGrid proximity;               // industries × industries, diagonal 0
    QVector<double> diversity, averageUbiquity, eci, coi;   // per region
    QVector<double> ubiquity, averageDiversity, pci;        // per industry
    QVector<double> industryTotals;    // Σ of the regions per industry (the industry space's node sizes)
    double eigenvalue = 0;             // second eigenvalue (reflections: the convergence rate)
    int reflectionSteps = 0;

    analysis::ComplexityConfig config; // as used
    ConventionsUsed conventions;
    std::vector<analysis::Warning> issues;   // of the regions' computation (row/column = indices)
    QStringList warnings;
    bool cancelled = false;

    int row(const QString &region) const { return int(regions.indexOf(region)); }
    int column(const QString &industry) const { return int(industries.indexOf(industry)); }
};

ComplexityInputs load(const Store &store, const ComplexityRequest &request);
// rows: observations of one measure (any years; "00" rows are ignored), e.g.
// a tidy file read by the CLI.
ComplexityInputs load(const QList<Observation> &rows, const ComplexityRequest &request);
// The same from a tidy file read into columns (the CLI's --input).
ComplexityInputs load(const ObservationColumns &rows, const ComplexityRequest &request);

ComplexityFigures compute(const ComplexityInputs &inputs, const analysis::ProgressFn &progress = {});

// The complexity conventions used, one English sentence each (the CLI's
// notes on stderr), after conventionNotes(figures.conventions).
QStringList complexityNotes(const ComplexityFigures &figures);

// Diversification opportunities of one row (region or group): the
// industries without presence (M = 0) that have a density, by descending
// density, equal densities by descending PCI, then by code.
struct Opportunity
{
    int industry = 0;    // column index
    double density = 0;
    double pci = 0;
    double cog = 0;
    double rca = 0;
};
QList<Opportunity> opportunities(const ComplexityFigures &figures, int row);

// The industry space's edges (maximum spanning tree + at most extraEdges of
// the strongest other links), indices into figures.industries.
std::vector<analysis::ProximityEdge> industrySpace(const ComplexityFigures &figures, int extraEdges);

} // namespace regionlens::datasets
