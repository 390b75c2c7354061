// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 経済波及効果 page: what a demand brings to the region
// (direct, 1st and 2nd indirect effects and the total, 波及倍率, value
// added, 雇用者所得, employees), how much of it leaks out, the sectors that
// gain most, the linkage quadrants, and the assumptions the figures rest on
// (table, estimate and δ, type, 消費転換係数 and its source, the template's
// split). Pure: the adapter's result and the page's options in, HTML out
// (translated with the installed translator).
#pragma once

#include "datasets/adapters/ioadapter.h"

#include <QString>
#include <QStringList>

namespace regionlens::app {

struct ImpactCommentaryInput
{
    QString regionName;                          // "静岡県", "全国"
    datasets::inputoutput::Result result;        // multipliers, and the impact when hasImpact
    QString problem;                             // the table could not be loaded: why (shown as is)
    bool japanese = true;                        // sector names
    bool consumptionRatioGiven = false;          // false: the default 0.738 (家計調査 2015)
    QString templateName;                        // translated; "" for a demand entered by hand
    QStringList templateSplit;                   // "サービス 55.0 %", … (impact::templateSplit)
    bool edited = false;                         // the template's demand was edited afterwards
};

QString impactCommentary(const ImpactCommentaryInput &in);

// The assumptions behind the figures, one item each (translated, plain text):
// table and 出典, estimated or official (method, δ), model, type, 消費転換係数
// and its source, the demand's terms, the template and its split.
QStringList impactAssumptions(const ImpactCommentaryInput &in);

// How to read the page's figures (plain text, translated).
QString impactHowToRead();

// A sector of the 12-sector tables in the UI language (the table's Japanese
// name when japanese, or for a sector not among the 12).
QString sectorLabel(const QString &name, bool japanese);

} // namespace regionlens::app
