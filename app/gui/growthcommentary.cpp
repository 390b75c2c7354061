// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthcommentary.h"

#include "analysisviewsupport.h"
#include "widgets/analysischart.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

struct GrowthText
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::GrowthView)
};

struct EconomyText
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ProductivityView)
};

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString count(double v)
{
    return widgets::formatNumber(v, 0);
}

QString percent(double v, int decimals = 1)
{
    return signedText(v, decimals, percentSuffix());
}

QString points(double v)
{
    return signedText(v, 2, GrowthText::tr(" pt"));
}

// "name (value), name (value)" for the rows.
QString nameList(const QList<int> &rows, const std::function<QString(int)> &name,
                 const std::function<QString(int)> &value, const QString &none)
{
    QStringList items;
    for (int r : rows)
        items << GrowthText::tr("%1 (%2)").arg(name(r), value(r));
    return items.isEmpty() ? none : items.join(GrowthText::tr(", "));
}

} // namespace

QList<int> rankedRows(const QList<double> &values, int n, bool ascending, Sign sign)
{
    QList<int> rows;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        if (std::isfinite(v) && (sign == Sign::Any || (sign == Sign::Positive ? v > 0 : v < 0)))
            rows << i;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return ascending ? values.at(a) < values.at(b) : values.at(a) > values.at(b);
    });
    return rows.mid(0, n);
}

QString signedCount(double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    return widgets::withSign(value, count(std::abs(value)));
}

QString yenText(double millionYen, bool japanese)
{
    if (!std::isfinite(millionYen))
        return u"–"_s;
    const QString minus = millionYen < 0 ? QString(QChar(0x2212)) : QString();
    const double v = std::abs(millionYen);
    if (japanese) {
        const double oku = std::round(v / 100.0);
        const double cho = std::floor(oku / 10000.0);
        const double rest = oku - cho * 10000.0;
        if (cho >= 1)
            return minus + u"%1兆"_s.arg(count(cho)) + (rest > 0 ? u"%1億円"_s.arg(count(rest)) : u"円"_s);
        return minus + u"%1億円"_s.arg(count(oku));
    }
    if (v >= 1.0e6)
        return minus + u"¥%1 tn"_s.arg(widgets::formatNumber(v / 1.0e6, 2));
    return minus + u"¥%1 bn"_s.arg(widgets::formatNumber(v / 1.0e3, 1));
}

QString perWorkerText(double millionYenPerPerson, bool japanese)
{
    if (!std::isfinite(millionYenPerPerson))
        return u"–"_s;
    if (japanese)
        return u"%1万円"_s.arg(count(datasets::units::manYen(millionYenPerPerson)));
    return u"¥%1 m"_s.arg(widgets::formatNumber(millionYenPerPerson, 2));
}

QString growthCommentary(const GrowthCommentaryInput &in)
{
    const datasets::IndustryGrowth &g = in.result;
    const QString name = escaped(in.regionName);
    if (!g.found)
        return GrowthText::tr("<p>No change by industry for %1 yet.</p>").arg(name);
    const auto industry = [&](int i) {
        const QString code = g.rows.at(i).industry;
        return escaped(shortIndustryName(code, in.japanese, in.industryNames.value(code)));
    };
    QList<double> contribution, regional;
    for (const datasets::IndustryGrowthRow &r : g.rows) {
        contribution << r.contribution;
        regional << r.regionalShift;
    }
    QString html = u"<h3>%1</h3>"_s.arg(name);
    html += GrowthText::tr("<p>%1 of %2: %3 in %4, %5 in %6 (%7; the nation %8).</p>")
                .arg(in.measureName, name, count(g.start))
                .arg(g.startYear)
                .arg(count(g.end))
                .arg(g.endYear)
                .arg(percent(g.percent), percent(g.nationPercent));
    const QString none = GrowthText::tr("none");
    html += GrowthText::tr("<p>Largest contributions to the change: %1. Largest drags: %2.</p>")
                .arg(nameList(rankedRows(contribution, in.named, false, Sign::Positive), industry,
                              [&](int i) { return points(contribution.at(i)); }, none),
                     nameList(rankedRows(contribution, in.named, true, Sign::Negative), industry,
                              [&](int i) { return points(contribution.at(i)); }, none));
    // The quadrants: strong (LQ ≥ 1) and growing, strong but shrinking.
    QList<int> strongGrowing, strongShrinking;
    for (int i = 0; i < g.rows.size(); ++i) {
        const datasets::IndustryGrowthRow &r = g.rows.at(i);
        if (!std::isfinite(r.lq) || !std::isfinite(r.change))
            continue;
        const datasets::GrowthQuadrant q = datasets::quadrantOf(r);
        if (q == datasets::GrowthQuadrant::StrongGrowing)
            strongGrowing << i;
        else if (q == datasets::GrowthQuadrant::StrongLagging)
            strongShrinking << i;
    }
    const auto lqAndGrowth = [&](int i) {
        return GrowthText::tr("LQ %1, %2").arg(ratioText(g.rows.at(i).lq), percent(g.rows.at(i).percent));
    };
    html += GrowthText::tr("<p>Strong and growing (LQ ≥ 1, growing): %1.</p>")
                .arg(nameList(strongGrowing, industry, lqAndGrowth, none));
    if (!strongShrinking.isEmpty())
        html += GrowthText::tr("<p>Strong but shrinking: %1.</p>").arg(nameList(strongShrinking, industry, lqAndGrowth, none));
    // The regional shift: growth beyond what the nation's industry trend explains.
    html += GrowthText::tr("<p>Regional shift (growth beyond the nation's trend in the same industry): largest in %1; "
                           "most negative in %2. In total %3 = national share %4 + industry mix %5 + regional shift %6.</p>")
                .arg(nameList(rankedRows(regional, in.named, false, Sign::Positive), industry,
                              [&](int i) { return signedCount(regional.at(i)); }, none),
                     nameList(rankedRows(regional, in.named, true, Sign::Negative), industry,
                              [&](int i) { return signedCount(regional.at(i)); }, none),
                     signedCount(g.change), signedCount(g.nationalShare),
                     signedCount(g.industryMix), signedCount(g.regionalShift));
    return html;
}

QString growthHowToRead()
{
    return GrowthText::tr(
        "Change by industry: each bar is the industry's change; divided by the region's total at the start it is "
        "the industry's contribution to the region's growth in percentage points (table), and the contributions "
        "add up to the region's growth. "
        "Shift-share by industry: each industry's change split into the national share (had it grown as the "
        "nation's total), the industry mix (its industry grew faster or slower than the nation's total) and the "
        "regional shift (it grew faster or slower here than the same industry nationally); the diamond is the "
        "actual change. LQ × growth: right of 1 the region is specialised (LQ at the end year), above 0 the "
        "industry grew; bubble area = its size at the end year. Top right: strong and growing.");
}

QString productivityCommentary(const ProductivityCommentaryInput &in)
{
    const datasets::Productivity &p = in.result;
    const QString name = escaped(in.regionName);
    const QString row = escaped(in.rowName);
    if (!p.found())
        return EconomyText::tr("<p>No gross prefectural product for %1 in the store.</p>").arg(name);
    QString html = u"<h3>%1</h3>"_s.arg(row);
    if (in.rowName != in.regionName)
        html += EconomyText::tr("<p>Gross prefectural product is published for prefectures: %1 is shown with the "
                                "figures of %2.</p>")
                    .arg(name, row);
    const QString yen = yenText(p.gdpEnd, in.japanese);
    if (p.gdpRank > 0)
        html += EconomyText::tr("<p>Gross prefectural product (nominal) of %1 in FY%2: %3, rank %4 of %5 "
                                "prefectures; %6 since FY%7 (all prefectures %8).</p>")
                    .arg(row)
                    .arg(p.endYear)
                    .arg(yen)
                    .arg(p.gdpRank)
                    .arg(p.gdpRankOf)
                    .arg(percent(p.growthPercent))
                    .arg(p.startYear)
                    .arg(percent(p.nationGrowthPercent));
    else
        html += EconomyText::tr("<p>Gross product (nominal) of %1 in FY%2: %3; %4 since FY%5 (all prefectures %6).</p>")
                    .arg(row)
                    .arg(p.endYear)
                    .arg(yen, percent(p.growthPercent))
                    .arg(p.startYear)
                    .arg(percent(p.nationGrowthPercent));
    const auto activity = [&](int i) {
        const QString code = p.activities.at(i).activity;
        return escaped(shortIndustryName(code, in.japanese, in.activityNames.value(code)));
    };
    QList<double> share, contribution, perWorker;
    for (const datasets::ActivityEconomy &a : p.activities) {
        share << a.share;
        contribution << a.contribution;
        perWorker << a.perWorker;
    }
    const QString none = GrowthText::tr("none");
    html += EconomyText::tr("<p>Largest activities: %1. Largest contributions to growth: %2; largest drags: %3.</p>")
                .arg(nameList(rankedRows(share, in.named), activity, [&](int i) { return ratioText(share.at(i), 1) + percentSuffix(); },
                              none),
                     nameList(rankedRows(contribution, in.named, false, Sign::Positive), activity,
                              [&](int i) { return points(contribution.at(i)); }, none),
                     nameList(rankedRows(contribution, in.named, true, Sign::Negative), activity,
                              [&](int i) { return points(contribution.at(i)); }, none));
    if (const datasets::PerWorkerYear *w = p.latestPerWorker(); w && std::isfinite(w->perWorker)) {
        QString rank;
        if (w->rank > 0)
            rank = EconomyText::tr(", rank %1 of %2").arg(w->rank).arg(w->rankOf);
        html += EconomyText::tr("<p>GDP per worker (value added of FY%1 / employees of the %2 economic census): %3%4 "
                                "(all prefectures %5).</p>")
                    .arg(w->gdpYear)
                    .arg(w->censusYear)
                    .arg(perWorkerText(w->perWorker, in.japanese), rank, perWorkerText(w->nationPerWorker, in.japanese));
        if (p.perWorker.size() > 1 && std::isfinite(p.perWorker.first().perWorker)) {
            const datasets::PerWorkerYear &f = p.perWorker.first();
            html += EconomyText::tr("<p>In %1 it was %2 (rank %3).</p>")
                        .arg(f.censusYear)
                        .arg(perWorkerText(f.perWorker, in.japanese))
                        .arg(f.rank > 0 ? QString::number(f.rank) : u"–"_s);
        }
        html += EconomyText::tr("<p>Highest per worker: %1.</p>")
                    .arg(nameList(rankedRows(perWorker, in.named), activity,
                                  [&](int i) { return perWorkerText(perWorker.at(i), in.japanese); }, none));
    }
    return html;
}

QString productivityHowToRead()
{
    return EconomyText::tr(
        "Gross prefectural product (県内総生産, nominal) from the prefectural accounts, in fiscal years. Composition: "
        "each activity's share of the activities' sum. Contributions: each activity's change divided by the total "
        "of the start year, in percentage points; with the taxes line they add up to the growth. GDP per worker: "
        "value added of the activities other than public administration divided by the employees of private "
        "establishments in them (economic census); public schools and hospitals are not counted in the employees, "
        "so education and health read high. Rank among the 47 prefectures, 1 = highest.");
}

} // namespace regionlens::app
