// SPDX-License-Identifier: GPL-3.0-or-later
// The focus region's own flows from a computed flows Result: per partner in,
// out, net and shares of the focus's own totals, and net by 地域ブロック
// (declared in flowsadapter.h).
#include "flowsadapter.h"

#include "datasets/catalog.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::flows {

namespace {

// Partner → movers, from the focus's point of view.
struct Exchange
{
    QHash<QString, double> in;
    QHash<QString, double> out;
};

RegionFlows fromExchange(const QString &focus, int year, const Exchange &x, const QStringList &order,
                         const QStringList &members)
{
    RegionFlows rf;
    rf.region = focus;
    rf.year = year;
    QStringList codes;
    for (const QString &code : order)
        if (!members.contains(code) && (x.in.value(code) > 0 || x.out.value(code) > 0))
            codes << code;
    for (const QString &code : codes) {
        rf.inflow += x.in.value(code);
        rf.outflow += x.out.value(code);
    }
    rf.net = rf.inflow - rf.outflow;
    for (const QString &code : std::as_const(codes)) {
        PartnerFlow p;
        p.partner = code;
        p.inflow = x.in.value(code);
        p.outflow = x.out.value(code);
        p.net = p.inflow - p.outflow;
        if (rf.inflow > 0)
            p.inShare = p.inflow / rf.inflow;
        if (rf.outflow > 0)
            p.outShare = p.outflow / rf.outflow;
        rf.partners.append(p);
    }
    std::stable_sort(rf.partners.begin(), rf.partners.end(), [](const PartnerFlow &a, const PartnerFlow &b) {
        return a.turnover() > b.turnover() || (a.turnover() == b.turnover() && a.partner < b.partner);
    });

    QSet<QString> ownBlocks;
    for (const QString &m : members)
        ownBlocks.insert(blockOf(m));
    if (ownBlocks.size() == 1)
        rf.ownBlock = *ownBlocks.cbegin();
    for (const RegionGroup &g : catalog::blocks()) {
        BlockNet b;
        b.id = g.id;
        b.nameJa = g.nameJa;
        b.nameEn = g.nameEn;
        for (const PartnerFlow &p : std::as_const(rf.partners))
            if (blockOf(p.partner) == g.id) {
                b.partners << p.partner;
                b.inflow += p.inflow;
                b.outflow += p.outflow;
            }
        b.net = b.inflow - b.outflow;
        std::sort(b.partners.begin(), b.partners.end());
        rf.blocks.append(b);
    }
    return rf;
}

} // namespace

QString blockOf(const QString &code)
{
    const QString prefecture = code.left(2);
    for (const RegionGroup &g : catalog::blocks())
        if (g.members.contains(prefecture))
            return g.id;
    return QString();
}

const PartnerFlow *RegionFlows::partner(const QString &code) const
{
    for (const PartnerFlow &p : partners)
        if (p.partner == code)
            return &p;
    return nullptr;
}

QList<PartnerFlow> RegionFlows::topByNet(int n) const
{
    QList<PartnerFlow> out = partners;   // by turnover, then code
    std::stable_sort(out.begin(), out.end(),
                     [](const PartnerFlow &a, const PartnerFlow &b) { return std::abs(a.net) > std::abs(b.net); });
    if (n > 0 && out.size() > n)
        out.resize(n);
    return out;
}

RegionFlows regionFlows(const Result &result, const QString &focus)
{
    if (focus.isEmpty())
        return {};
    Exchange x;
    if (const GroupFlows *g = result.group(focus)) {
        for (const FlowRecord &f : g->inflows)
            x.in[f.origin] += f.value;
        for (const FlowRecord &f : g->outflows)
            x.out[f.destination] += f.value;
        return fromExchange(focus, result.year, x, result.regions, g->members);
    }
    if (!result.regions.contains(focus))
        return {};
    for (const FlowRecord &f : result.flows) {
        if (f.destination == focus && f.origin != focus)
            x.in[f.origin] += f.value;
        else if (f.origin == focus && f.destination != focus)
            x.out[f.destination] += f.value;
    }
    return fromExchange(focus, result.year, x, result.regions, {focus});
}

} // namespace regionlens::datasets::flows
