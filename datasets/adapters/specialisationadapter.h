// SPDX-License-Identifier: GPL-3.0-or-later
// Specialisation and concentration indices (Krugman, Hoover, Gini, Herfindahl,
// Theil) of one measure and year for every region and the groups of the
// request. The one path of `regionlens-cli indices` (and of a page showing
// them):
//   SpecialisationInputs in = load(store, request);   // or load(rows, request)
//   SpecialisationIndices r = compute(in, progress);   // pure, worker-safe
// Shares are over the sum of a region's industries. A group's indices are
// computed with the group in place of its members: its Krugman index
// against the others compares it with the regions outside the group.
#pragma once

#include "industrytables.h"

#include "analysis/analysiscommon.h"

#include <QVector>

#include <vector>

namespace regionlens::datasets {

struct SpecialisationRequest : IndustryTableRequest
{
    int year = 0;   // 0 = the latest year of the data
};

struct SpecialisationInputs
{
    SpecialisationRequest request;
    IndustryTables data;
};

struct SpecialisationIndices
{
    QString indicator;
    int year = 0;
    QStringList regions;            // the regions, then the groups' codes
    QStringList industries;
    QVector<double> krugman, krugmanVsOthers, hoover, gini;
    QVector<double> herfindahl, herfindahlNormalised, herfindahlEquivalent, theil;

    ConventionsUsed conventions;
    std::vector<analysis::Warning> issues;   // of the regions' computation (row = index into regions)
    QStringList warnings;
    bool cancelled = false;

    int row(const QString &region) const { return int(regions.indexOf(region)); }
};

SpecialisationInputs load(const Store &store, const SpecialisationRequest &request);
SpecialisationInputs load(const QList<Observation> &rows, const SpecialisationRequest &request);
// The same from a tidy file read into columns (the CLI's --input).
SpecialisationInputs load(const ObservationColumns &rows, const SpecialisationRequest &request);

SpecialisationIndices compute(const SpecialisationInputs &inputs, const analysis::ProgressFn &progress = {});

} // namespace regionlens::datasets
