// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 人口移動 / Flows page, as pure functions of its results:
// what the prefecture flows say (the focus region: its totals, where its
// in-movers come from and its out-movers go as shares of its own moves, its
// largest net partners and net by 地域ブロック; the system as a whole,
// the largest flow), the indices panel (MEI, ANMR, CMP and the focus
// region's in/out/net), the municipal paragraph at municipal level, and how
// to read the maps. Names, the map's level, filter and picks come in a
// CommentaryContext; the texts follow the installed translator, in the
// page's translation context.
#pragma once

#include "commentarycontext.h"

#include "datasets/adapters/flowsadapter.h"

#include <QCoreApplication>
#include <QString>

namespace regionlens::app {

class FlowsCommentary
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::FlowsView)

public:
    // japanese: age classes named in Japanese.
    explicit FlowsCommentary(bool japanese) : m_japanese(japanese) {}

    // The whole commentary: at municipal level (context.municipal) the
    // municipal paragraph (municipal; busy = still reading, say so), then
    // the prefecture flows.
    QString commentary(const datasets::flows::Result &result, const CommentaryContext &context,
                       const datasets::flows::MunicipalResult *municipal = nullptr, bool municipalBusy = false) const;
    // The prefecture flows: focus region, the system, the largest flow (HTML).
    QString prefectures(const datasets::flows::Result &result, const CommentaryContext &context) const;
    // The focus region's own flows (Result::focusFlows): the largest sources
    // and destinations as shares of its own in- and out-moves, the partners
    // with the largest net gain and loss, and net by regional block (HTML; ""
    // when empty).
    QString region(const datasets::flows::RegionFlows &flows, const CommentaryContext &context) const;
    // Net migration by municipality within the context's prefecture filter:
    // counts, largest gain and loss, and a line per picked municipality with
    // its rank (HTML).
    QString municipalities(const datasets::flows::MunicipalResult &municipal, const CommentaryContext &context,
                           bool busy = false) const;
    // The indices panel (HTML table).
    QString indices(const datasets::flows::Result &result, const CommentaryContext &context) const;
    static QString howToRead();
    // "+1,225", "−9,921", "0".
    static QString signedCount(double v);

private:
    bool m_japanese = false;
};

} // namespace regionlens::app
