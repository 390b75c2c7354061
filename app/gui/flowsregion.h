// SPDX-License-Identifier: GPL-3.0-or-later
// The region view of the 人口移動 / Flows page as plain data, from the flows
// adapter's RegionFlows (Result::focusFlows): the per-partner chart (the
// largest partners by |net|, with in and out), net by 地域ブロック, and the
// table rows of the region's own flows with shares of its own in- and
// out-moves. Pure functions, tested without a window.
#pragma once

#include "topflowsmodel.h"
#include "widgets/netbarchart.h"

#include "datasets/adapters/flowsadapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace regionlens::app {

class FlowsRegionFigures
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::FlowsView)

public:
    static constexpr int kPartnerBars = 12;

    // The n partners with the largest |net|, largest first: net, in and out.
    static widgets::NetBarData partnerBars(const datasets::flows::RegionFlows &flows,
                                           const QHash<QString, QString> &names, int n = kPartnerBars);
    // The eight blocks in catalogue order (北海道 … 九州・沖縄); the region's own
    // block is marked "(own block)".
    static widgets::NetBarData blockBars(const datasets::flows::RegionFlows &flows, bool japanese);
    // Every flow into and out of the region (partner → region, region →
    // partner), each with its share of the region's own in- or out-moves.
    static QList<TopFlowsModel::Row> tableRows(const datasets::flows::RegionFlows &flows);
};

} // namespace regionlens::app
