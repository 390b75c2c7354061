// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactcommentary.h"

#include "widgets/analysischart.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
namespace io = regionlens::datasets::inputoutput;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ImpactView)
};

QString money(double v)   // 百万円
{
    return Text::tr("%1 million yen").arg(widgets::formatNumber(v, std::abs(v) < 10 ? 1 : 0));
}

QString persons(double v)
{
    return Text::tr("%1 persons").arg(widgets::formatNumber(v, 0));
}

double sum(const QVector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString sectorLabel(const QString &name, bool japanese)
{
    static const QHash<QString, QString> english = {
        {u"農林水産業"_s, u"Agriculture, forestry, fishery"_s},
        {u"鉱業"_s, u"Mining"_s},
        {u"製造業"_s, u"Manufacturing"_s},
        {u"建設"_s, u"Construction"_s},
        {u"電力・ガス・水道・廃棄物処理"_s, u"Utilities and waste"_s},
        {u"商業"_s, u"Commerce"_s},
        {u"金融・保険・不動産"_s, u"Finance, insurance, real estate"_s},
        {u"運輸・郵便"_s, u"Transport and post"_s},
        {u"情報通信"_s, u"Information and communications"_s},
        {u"公務"_s, u"Public administration"_s},
        {u"サービス"_s, u"Services"_s},
        {u"分類不明"_s, u"Unclassified"_s},
    };
    return japanese ? name : english.value(name, name);
}

QStringList impactAssumptions(const ImpactCommentaryInput &in)
{
    const io::Result &r = in.result;
    QStringList out;
    if (r.sectors.isEmpty())
        return out;
    if (r.estimated)
        out << Text::tr("Table: ESTIMATED from the national %1 table and the region's employees by industry (FLQ, "
                        "δ = %2). Estimated so for the 45 prefectures with an official table, δ = 0.15 missed their "
                        "output multipliers by 7.9 % on average (docs/io-flq-validation.md).")
                   .arg(r.tableYear)
                   .arg(r.delta, 0, 'g', 3);
    else
        out << Text::tr("Table: the official %1 input–output table of the region, %2 sectors.")
                   .arg(r.tableYear)
                   .arg(r.sectors.size());
    if (!r.tableSource.isEmpty())
        out << Text::tr("出典: %1").arg(r.tableSource
                                        + (r.tableLicence.isEmpty() ? QString() : u" ("_s + r.tableLicence + u')'));
    out << (r.competitiveImports ? Text::tr("Model: competitive imports (競争移入型); the region buys part of every "
                                            "demand from outside (自給率).")
                                 : Text::tr("Model: closed (the table has no imports)."));
    if (r.type == analysis::MultiplierType::TypeII) {
        out << Text::tr("Type II: the 雇用者所得 induced by the direct and 1st indirect effects is spent once more "
                        "(第2次間接波及効果) in the pattern of 民間消費支出.");
        out << (in.consumptionRatioGiven
                    ? Text::tr("消費転換係数 %1 (entered on the page).").arg(r.consumptionRatio, 0, 'g', 4)
                    : Text::tr("消費転換係数 %1: the average propensity to consume of workers' households, 家計調査 "
                               "2015 (総務省統計局).")
                          .arg(r.consumptionRatio, 0, 'g', 4));
    } else {
        out << Text::tr("Type I: households exogenous, no 第2次間接波及効果.");
    }
    out << Text::tr("Demand: final demand of the region in purchasers' terms (百万円); the direct effect is its "
                    "share produced in the region (× 自給率).");
    out << Text::tr("Value added: 粗付加価値 including 家計外消費支出, as the prefectural tools count it.");
    if (!in.templateName.isEmpty()) {
        out << Text::tr("Template %1: split %2 — an assumption of RegionLens, not survey figures; edit the demand "
                        "table to use your own.")
                   .arg(in.templateName, in.templateSplit.join(u", "_s));
        if (in.edited)
            out << Text::tr("The template's amounts were edited by hand.");
    }
    return out;
}

QString impactCommentary(const ImpactCommentaryInput &in)
{
    if (!in.problem.isEmpty())
        return u"<p>%1</p>"_s.arg(esc(in.problem));
    const io::Result &r = in.result;
    if (r.sectors.isEmpty())
        return u"<p>%1</p>"_s.arg(esc(Text::tr("Computing…")));
    if (!r.valid)
        return u"<p>%1</p>"_s.arg(esc(Text::tr("The table of %1 has no Leontief inverse (see the warnings): no "
                                               "impact can be computed.")
                                          .arg(in.regionName)));
    QString html;
    if (!r.hasImpact) {
        html += u"<p>%1</p>"_s.arg(esc(Text::tr("Enter a demand by sector (百万円) on the left, or choose a template "
                                                "(観光消費, 工場・施設の建設, イベント), to see what it brings to %1.")
                                           .arg(in.regionName)));
    } else {
        const double demand = sum(r.demand);
        const double direct = sum(r.direct.output), first = sum(r.indirect1.output),
                     second = sum(r.indirect2.output), total = sum(r.total.output);
        html += u"<p>%1</p>"_s.arg(esc(
            Text::tr("A demand of %1 in %2 brings a total output of %3: direct effect %4, 1st indirect %5%6. "
                     "Output multiplier (波及倍率) %7.")
                .arg(money(demand), in.regionName, money(total), money(direct), money(first),
                     r.type == analysis::MultiplierType::TypeII ? Text::tr(", 2nd indirect %1").arg(money(second))
                                                                : QString())
                .arg(r.outputRatio, 0, 'f', 2)));
        if (demand > 0 && r.competitiveImports)
            html += u"<p>%1</p>"_s.arg(esc(Text::tr("%1 % of the demand is produced in the region (the direct "
                                                    "effect); %2 is bought from outside (移輸入) and leaks out.")
                                               .arg(100.0 * direct / demand, 0, 'f', 1)
                                               .arg(money(demand - direct))));
        QString people;
        if (r.hasEmployees())
            people = Text::tr(" and work for about %1").arg(persons(sum(r.total.employees)));
        html += u"<p>%1</p>"_s.arg(esc(Text::tr("Gross value added %1, of which 雇用者所得 %2%3.")
                                           .arg(money(sum(r.total.valueAdded)), money(sum(r.total.income)), people)));
        // The sectors that gain most output beyond the demand placed in them.
        QList<int> order;
        for (int i = 0; i < r.sectors.size(); ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return r.total.output.value(a) > r.total.output.value(b); });
        QStringList top;
        for (int k = 0; k < std::min<qsizetype>(3, order.size()); ++k)
            if (r.total.output.value(order.at(k)) > 0)
                top << u"%1 (%2)"_s.arg(sectorLabel(r.sectors.at(order.at(k)), in.japanese),
                                        money(r.total.output.value(order.at(k))));
        if (!top.isEmpty())
            html += u"<p>%1</p>"_s.arg(esc(Text::tr("Most output is induced in %1.").arg(top.join(u", "_s))));
        if (r.type == analysis::MultiplierType::TypeI)
            html += u"<p>%1</p>"_s.arg(esc(Text::tr("Type I leaves out the spending of the induced income; type II "
                                                    "adds it as the 2nd indirect effect.")));
    }
    // Linkages: the sectors above 1 on both axes.
    QStringList both;
    for (int i = 0; i < r.sectors.size(); ++i)
        if (r.backwardLinkage.value(i) >= 1.0 && r.forwardLinkage.value(i) >= 1.0)
            both << sectorLabel(r.sectors.at(i), in.japanese);
    if (!both.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(Text::tr("Linkages: %1 both pull (影響力係数 ≥ 1) and supply (感応度係数 ≥ 1) "
                                                "the rest of the economy.")
                                           .arg(both.join(u", "_s))));
    if (r.estimated)
        html += u"<p><b>%1</b></p>"_s.arg(esc(Text::tr("%1 has no official table in the store: every figure is an "
                                                       "estimate.")
                                                  .arg(in.regionName)));
    const QStringList assumptions = impactAssumptions(in);
    if (!assumptions.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(esc(Text::tr("Assumptions")));
        for (const QString &a : assumptions)
            html += u"<li>%1</li>"_s.arg(esc(a));
        html += u"</ul>"_s;
    }
    return html;
}

QString impactHowToRead()
{
    return Text::tr("The direct effect is the part of the demand produced in the region; the 1st indirect effect is "
                    "what its suppliers, and theirs, produce in the region in turn; the 2nd indirect effect (type "
                    "II) is what the households spend of the income earned. Value added, 雇用者所得 and employees "
                    "follow each sector's ratios to output. The linkage chart places every sector by its 影響力係数 "
                    "(pull on other sectors when its demand grows) and 感応度係数 (push it receives when every "
                    "demand grows); 1 is the average sector, bubble area is output.");
}

} // namespace regionlens::app
