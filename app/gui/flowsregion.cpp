// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsregion.h"

using namespace Qt::StringLiterals;
using namespace regionlens::datasets::flows;

namespace regionlens::app {

widgets::NetBarData FlowsRegionFigures::partnerBars(const RegionFlows &flows, const QHash<QString, QString> &names,
                                                    int n)
{
    widgets::NetBarData data;
    for (const PartnerFlow &p : flows.topByNet(n)) {
        data.categories << names.value(p.partner, p.partner);
        data.values << p.net;
        data.inflow << p.inflow;
        data.outflow << p.outflow;
    }
    data.inName = tr("in");
    data.outName = tr("out");
    data.netName = tr("net");
    return data;
}

widgets::NetBarData FlowsRegionFigures::blockBars(const RegionFlows &flows, bool japanese)
{
    widgets::NetBarData data;
    for (const BlockNet &b : flows.blocks) {
        const QString name = japanese ? b.nameJa : b.nameEn;
        data.categories << (b.id == flows.ownBlock ? tr("%1 (own block)").arg(name) : name);
        data.values << b.net;
    }
    return data;
}

QList<TopFlowsModel::Row> FlowsRegionFigures::tableRows(const RegionFlows &flows)
{
    QList<TopFlowsModel::Row> rows;
    for (const PartnerFlow &p : flows.partners) {
        if (p.inflow > 0)
            rows.append({p.partner, flows.region, p.inflow, flows.inflow});
        if (p.outflow > 0)
            rows.append({flows.region, p.partner, p.outflow, flows.outflow});
    }
    return rows;
}

} // namespace regionlens::app
