// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowscommentary.h"

#include "analysisviewsupport.h"
#include "datasets/catalog.h"
#include "widgets/analysischart.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::datasets::flows;

namespace regionlens::app {

namespace {

const QString kEstimateAge = u"population_age_sex_estimate"_s;

QString count(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString decimal(double v, int decimals)
{
    return std::isfinite(v) ? QLocale(QLocale::English).toString(v, 'f', decimals) : u"–"_s;
}

} // namespace

QString FlowsCommentary::signedCount(double v)
{
    return widgets::withSign(v, count(std::abs(v)));
}

QString FlowsCommentary::commentary(const Result &r, const CommentaryContext &ctx, const MunicipalResult *municipal,
                                    bool municipalBusy) const
{
    return (ctx.municipal && municipal ? municipalities(*municipal, ctx, municipalBusy) : QString())
        + prefectures(r, ctx);
}

QString FlowsCommentary::prefectures(const Result &r, const CommentaryContext &ctx) const
{
    if (r.year == 0 || r.flows.isEmpty())
        return u"<p>"_s + tr("The store has no migration flows.") + u"</p>"_s;
    QString html;
    const QString f = r.focus;
    if (!f.isEmpty() && r.net.contains(f)) {
        const double net = r.net.value(f);
        QString p = net >= 0
            ? tr("<b>%1</b> gained %2 people net from other prefectures in %3 (in %4, out %5)")
                  .arg(ctx.regionName(f).toHtmlEscaped(), count(net))
                  .arg(r.year)
                  .arg(count(r.inflow.value(f)), count(r.outflow.value(f)))
            : tr("<b>%1</b> lost %2 people net to other prefectures in %3 (in %4, out %5)")
                  .arg(ctx.regionName(f).toHtmlEscaped(), count(-net))
                  .arg(r.year)
                  .arg(count(r.inflow.value(f)), count(r.outflow.value(f)));
        p += tr(", rank %1 of %2 by net migration").arg(r.netRank).arg(r.regions.size());
        if (r.netPerThousand.contains(f))
            p += tr(" (%1 per 1,000 inhabitants)").arg(decimal(r.netPerThousand.value(f), 1));
        p += tr(".", "end of a sentence");
        if (!r.focusInflows.isEmpty()) {
            const FlowRecord &top = r.focusInflows.first();
            p += tr(" The largest inflow came from %1 (%2)")
                     .arg(ctx.regionName(top.origin).toHtmlEscaped(), count(top.value));
            QStringList next;
            for (qsizetype i = 1; i < std::min<qsizetype>(3, r.focusInflows.size()); ++i)
                next << tr("%1 (%2)").arg(ctx.regionName(r.focusInflows.at(i).origin).toHtmlEscaped(),
                                          count(r.focusInflows.at(i).value));
            if (!next.isEmpty())
                p += tr(", followed by %1").arg(next.join(tr(" and ")));
            p += tr(".", "end of a sentence");
        }
        if (!r.focusOutflows.isEmpty()) {
            const FlowRecord &top = r.focusOutflows.first();
            p += tr(" The largest outflow went to %1 (%2)").arg(ctx.regionName(top.destination).toHtmlEscaped(),
                                                               count(top.value));
            // The balance with that partner.
            double back = 0.0;
            for (const FlowRecord &x : r.flows)
                if (x.origin == top.destination && x.destination == f)
                    back = x.value;
            p += tr("; with %1 the balance is %2.").arg(ctx.regionName(top.destination).toHtmlEscaped(),
                                                      signedCount(back - top.value));
        }
        html += u"<p>"_s + p + u"</p>"_s + region(r.focusFlows, ctx);
        if (!r.hasAges)
            html += u"<p style='color:#555'>"_s
                + tr("The flows in the store have no age classes, so net migration by age is not available.")
                + u"</p>"_s;
        else if (!r.focusNetByAge.isEmpty()) {
            qsizetype best = 0;
            for (qsizetype i = 1; i < r.focusNetByAge.size(); ++i)
                if (r.focusNetByAge.at(i) > r.focusNetByAge.at(best))
                    best = i;
            html += u"<p>"_s
                + tr("By age, the largest net gain is at %1 (%2).")
                      .arg(catalog::ageClassLabel(r.ageClasses.value(best), m_japanese),
                           signedCount(r.focusNetByAge.at(best)))
                + u"</p>"_s;
        }
    }

    // The system as a whole.
    QString p = tr("In %1, %2 people moved between prefectures. %3 prefectures gained population through "
                   "migration and %4 lost; the largest net gain was in %5 (%6), the largest net loss in %7 (%8).")
                    .arg(r.year)
                    .arg(count(r.totalFlows))
                    .arg(r.gaining)
                    .arg(r.losing)
                    .arg(ctx.regionName(r.largestGain).toHtmlEscaped(), signedCount(r.net.value(r.largestGain)),
                         ctx.regionName(r.largestLoss).toHtmlEscaped(), signedCount(r.net.value(r.largestLoss)));
    if (std::isfinite(r.effectiveness))
        p += tr(" Migration effectiveness (MEI) was %1: of every 100 moves, about %2 changed where people live "
                "and the rest cancelled out.")
                 .arg(decimal(r.effectiveness, 2), decimal(r.effectiveness, 0));
    if (std::isfinite(r.crudeMigrationProbability))
        p += tr(" %1% of the population moved to another prefecture (CMP).")
                 .arg(decimal(r.crudeMigrationProbability, 2));
    html += u"<p>"_s + p + u"</p>"_s;
    // The largest flow overall.
    const FlowRecord *largest = nullptr;
    for (const FlowRecord &x : r.flows)
        if (!largest || x.value > largest->value)
            largest = &x;
    if (largest)
        html += u"<p>"_s
            + tr("The largest single flow was %1 → %2 (%3 people).")
                  .arg(ctx.regionName(largest->origin).toHtmlEscaped(),
                       ctx.regionName(largest->destination).toHtmlEscaped(),
                       count(largest->value))
            + u"</p>"_s;
    return html;
}

QString FlowsCommentary::region(const RegionFlows &f, const CommentaryContext &ctx) const
{
    if (f.isEmpty() || f.partners.isEmpty())
        return {};
    const QString name = ctx.regionName(f.region).toHtmlEscaped();
    const auto percent = [](double share) { return decimal(100.0 * share, 1); };
    // The three largest sources and destinations, as shares of the region's own moves.
    const auto largest = [&](bool in) {
        QList<PartnerFlow> list = f.partners;
        std::stable_sort(list.begin(), list.end(), [in](const PartnerFlow &a, const PartnerFlow &b) {
            return (in ? a.inflow : a.outflow) > (in ? b.inflow : b.outflow);
        });
        QStringList parts;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, list.size()); ++i) {
            const PartnerFlow &x = list.at(i);
            if ((in ? x.inflow : x.outflow) > 0)
                parts << (i == 0 ? (in ? tr("%1% came from %2") : tr("%1% went to %2"))
                                 : (in ? tr("%1% from %2") : tr("%1% to %2")))
                             .arg(percent(in ? x.inShare : x.outShare), ctx.regionName(x.partner).toHtmlEscaped());
        }
        const QString last = parts.size() > 1 ? parts.takeLast() : QString();
        return last.isEmpty() ? parts.join(tr(", ")) : tr("%1 and %2").arg(parts.join(tr(", ")), last);
    };
    QString p = tr("Of the %1 people who moved into %2, %3; of the %4 who moved out, %5.")
                    .arg(count(f.inflow), name, largest(true), count(f.outflow), largest(false));
    // The partners with the largest net gain and loss.
    const QList<PartnerFlow> byNet = f.topByNet(0);
    const PartnerFlow *gain = nullptr;
    const PartnerFlow *loss = nullptr;
    for (const PartnerFlow &x : byNet) {
        if (!gain && x.net > 0)
            gain = &x;
        if (!loss && x.net < 0)
            loss = &x;
    }
    if (gain)
        p += tr(" By partner, the largest net gain is from %1 (%2)")
                 .arg(ctx.regionName(gain->partner).toHtmlEscaped(), signedCount(gain->net));
    if (loss)
        p += (gain ? tr(" and the largest net loss to %1 (%2)") : tr(" By partner, the largest net loss is to %1 (%2)"))
                 .arg(ctx.regionName(loss->partner).toHtmlEscaped(), signedCount(loss->net));
    if (gain || loss)
        p += tr(".", "end of a sentence");
    // Net by regional block.
    const BlockNet *up = nullptr;
    const BlockNet *down = nullptr;
    for (const BlockNet &b : f.blocks) {
        if (b.partners.isEmpty())
            continue;
        if (b.net > 0 && (!up || b.net > up->net))
            up = &b;
        if (b.net < 0 && (!down || b.net < down->net))
            down = &b;
    }
    const auto blockName = [this](const BlockNet &b) { return m_japanese ? b.nameJa : b.nameEn; };
    if (up && down)
        p += tr(" By regional block, %1 gains most from %2 (%3) and loses most to %4 (%5).")
                 .arg(name, blockName(*up), signedCount(up->net), blockName(*down), signedCount(down->net));
    else if (up)
        p += tr(" By regional block, %1 gains from every block with moves, most from %2 (%3).")
                 .arg(name, blockName(*up), signedCount(up->net));
    else if (down)
        p += tr(" By regional block, %1 loses to every block with moves, most to %2 (%3).")
                 .arg(name, blockName(*down), signedCount(down->net));
    return u"<p>"_s + p + u"</p>"_s;
}

QString FlowsCommentary::municipalities(const MunicipalResult &m, const CommentaryContext &ctx, bool busy) const
{
    QString html = u"<p><b>%1</b></p>"_s.arg(tr("Municipalities"));
    if (busy)
        return html + u"<p>"_s + tr("Reading municipal migration…") + u"</p>"_s;
    if (m.source == MunicipalInputs::Source::None)
        return html + u"<p>"_s
            + tr("The store has no municipal migration. Import flows between five-digit municipality codes, or "
                 "SSDSE-A (items A5101 転入者数 and A5102 転出者数), to map net migration by municipality.")
            + u"</p>"_s;
    QList<QString> shown;
    for (auto it = m.net.cbegin(); it != m.net.cend(); ++it)
        if (ctx.showsMunicipality(it.key()))
            shown << it.key();
    std::sort(shown.begin(), shown.end(), [&](const QString &a, const QString &b) {
        return m.net.value(a) > m.net.value(b) || (m.net.value(a) == m.net.value(b) && a < b);
    });
    const auto countIf = [&](auto test) {
        return int(std::count_if(shown.begin(), shown.end(), [&](const QString &c) { return test(m.net.value(c)); }));
    };
    const int gaining = countIf([](double net) { return net > 0; });
    const QString where = ctx.prefectureFilter.isEmpty() ? tr("Japan") : ctx.prefectureFilterName;
    const QString how = m.source == MunicipalInputs::Source::InOut
        ? tr("movers in − movers out (転入者数 − 転出者数, SSDSE-A), moves within the prefecture included")
        : tr("flows between municipalities in the store");
    QString p = tr("Net migration %1 by municipality, %2: %3 of the %4 municipalities of %5 gained people, %6 lost.")
                    .arg(m.year)
                    .arg(how)
                    .arg(gaining)
                    .arg(shown.size())
                    .arg(where.toHtmlEscaped())
                    .arg(countIf([](double net) { return net < 0; }));
    if (shown.size() >= 2)
        p += tr(" Largest gain: %1 (%2); largest loss: %3 (%4).")
                 .arg(ctx.regionName(shown.first()).toHtmlEscaped(), signedCount(m.net.value(shown.first())),
                      ctx.regionName(shown.last()).toHtmlEscaped(), signedCount(m.net.value(shown.last())));
    html += u"<p>"_s + p + u"</p>"_s;
    for (const QString &code : ctx.municipalSelection) {
        if (!m.net.contains(code))
            continue;
        QString line = tr("<b>%1</b>: in %2, out %3, net %4, rank %5 of %6 in %7")
                           .arg(ctx.regionName(code).toHtmlEscaped(), count(m.inflow.value(code)),
                                count(m.outflow.value(code)), signedCount(m.net.value(code)))
                           .arg(shown.indexOf(code) + 1)
                           .arg(shown.size())
                           .arg(where.toHtmlEscaped());
        if (m.netPerThousand.contains(code))
            line += tr(" (%1 per 1,000 inhabitants, population %2)")
                        .arg(decimal(m.netPerThousand.value(code), 1))
                        .arg(m.populationYear);
        html += u"<p>"_s + line + tr(".", "end of a sentence") + u"</p>"_s;
    }
    return html;
}

QString FlowsCommentary::indices(const Result &r, const CommentaryContext &ctx) const
{
    if (r.year == 0)
        return tr("No migration flows in the store.");
    const QString row = u"<tr><td>%1</td><td align='right'>&nbsp;&nbsp;<b>%2</b></td></tr>"_s;
    QString html = u"<p><b>%1</b></p><table cellspacing='0' cellpadding='1'>"_s.arg(tr("All prefectures, %1").arg(r.year));
    html += row.arg(tr("Movers between prefectures"), count(r.totalFlows));
    html += row.arg(tr("Effectiveness (MEI)"), decimal(r.effectiveness, 2));
    html += row.arg(tr("Net migration rate (ANMR, %)"), decimal(r.aggregateNetMigrationRate, 3));
    html += row.arg(tr("Migration probability (CMP, %)"), decimal(r.crudeMigrationProbability, 2));
    html += u"</table>"_s;
    if (!r.focus.isEmpty() && r.inflow.contains(r.focus)) {
        const QString f = r.focus;
        html += u"<p><b>%1</b></p><table cellspacing='0' cellpadding='1'>"_s.arg(ctx.regionName(f).toHtmlEscaped());
        html += row.arg(tr("In from other prefectures"), count(r.inflow.value(f)));
        html += row.arg(tr("Out to other prefectures"), count(r.outflow.value(f)));
        html += row.arg(tr("Net"), signedCount(r.net.value(f)));
        html += row.arg(tr("Turnover (in + out)"), count(r.turnover.value(f)));
        if (r.netPerThousand.contains(f))
            html += row.arg(tr("Net per 1,000 inhabitants"), decimal(r.netPerThousand.value(f), 2));
        html += row.arg(tr("Rank of net (of %1)").arg(r.regions.size()), QString::number(r.netRank));
        html += u"</table>"_s;
    }
    if (r.populationYear > 0)
        html += u"<p style='color:#555'>%1</p>"_s.arg(
            tr("Population at risk: %1 (%2).")
                .arg(r.populationYear)
                .arg(r.populationIndicator == kEstimateAge ? tr("population estimate") : tr("census")));
    return html;
}

QString FlowsCommentary::howToRead()
{
    return tr("Each arrow on the flow map runs from the prefecture people left to the one they moved to; its width "
              "is proportional to the number of movers, and arrows bend to the left of their direction so that "
              "the two directions between a pair stay apart. With a region selected the map shows that region's "
              "own flows, zoomed to it and its partners: blue arrows come in and orange arrows go out, in two "
              "lanes from the ring round the region with their heads on the way, and the largest partners are "
              "labelled with the region's net (in − out); the table's shares are of the region's own in- or "
              "out-moves. \"National overview\" shows the largest flows of Japan instead. The second tab charts the "
              "region's net with its largest partners and by regional block (北海道, 東北, 関東, 中部, 近畿, 中国, "
              "四国, 九州・沖縄). The map beside it shows net migration (in − out): red gained people, blue lost "
              "them; white is the class around zero. Net migration sums to zero over all prefectures. "
              "MEI (migration effectiveness) is 100 × Σ|net| / Σ(in + out): near 0 the moves cancel out, near 100 "
              "they all run one way. ANMR is the net change of the population distribution in % of the population; "
              "CMP is the share of the population that moved between prefectures in the year.");
}

} // namespace regionlens::app
