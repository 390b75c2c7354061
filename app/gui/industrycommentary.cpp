// SPDX-License-Identifier: GPL-3.0-or-later
#include "industrycommentary.h"

#include "analysis/ranking.h"
#include "analysisviewsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::IndustryView)
};

class Writer
{
public:
    explicit Writer(const IndustryCommentaryInput &in) : in(in) {}

    QString regionName(const QString &code) const { return in.context.regionName(code); }
    QString industryName(const QString &code) const
    {
        return shortIndustryName(code, in.japanese, in.industryNames.value(code));
    }

    QString regions() const;
    QString municipal() const;
    QString earningPower() const;

private:
    const IndustryCommentaryInput &in;
};

QString Writer::regions() const
{
    QString html;
    for (const QString &region : in.regions) {
        // A municipality's quotients are among the municipalities (the
        // adapter at the level of the region's code).
        const bool muni = datasets::regionLevelOf(region) == datasets::RegionLevel::Municipality;
        const datasets::IndustryStructure &res = muni ? in.municipalResult : in.result;
        const QString name = regionName(region).toHtmlEscaped();
        html += u"<h3>%1</h3>"_s.arg(name);
        if (muni && !in.municipalMeasure) {
            html += Text::tr("<p>%1 of %2: this measure is published for prefectures only. Choose employees or "
                             "establishments (経済センサス), which exist for every municipality.</p>")
                        .arg(in.measureName, name);
            continue;
        }
        if (muni && !in.municipalCurrent) {
            html += Text::tr("<p>Computing the municipal quotients…</p>");
            continue;
        }
        const int r = res.row(region);
        if (r < 0) {
            html += Text::tr("<p>No %1 recorded for %2 in %3.</p>").arg(in.measureName, name, in.yearText);
            continue;
        }
        QList<int> above;
        for (int c = 0; c < res.industries.size(); ++c)
            if (res.lq.at(r, c) > 1.0)
                above << c;
        std::stable_sort(above.begin(), above.end(), [&](int a, int b) { return res.lq.at(r, a) > res.lq.at(r, b); });
        QStringList items;
        for (int c : above)
            items << u"%1 (%2)"_s.arg(industryName(res.industries.at(c)), lqText(res.lq.at(r, c)));
        if (items.isEmpty())
            html += Text::tr("<p>In %1, no industry of %2 has LQ > 1 (%3).</p>").arg(in.yearText, name, in.measureName);
        else
            html += Text::tr("<p>In %1, %2's industries with LQ > 1 (%3): %4.</p>")
                        .arg(in.yearText, name, in.measureName, items.join(Text::tr(", ")).toHtmlEscaped());
        // The map's industry: rank among the 47 prefectures (the municipalities).
        const int mc = int(res.industries.indexOf(in.mapIndustry));
        const double own = res.lq.at(r, mc);
        if (mc < 0 || !std::isfinite(own))
            continue;
        std::vector<double> peers;
        for (int p = 0; p < res.regions.size(); ++p)
            if (!res.regions.at(p).startsWith(u"group:"))
                peers.push_back(res.lq.at(p, mc));
        const analysis::Rank rank = analysis::rankAmong(peers, own);
        const QString industry = industryName(in.mapIndustry).toHtmlEscaped();
        if (region.startsWith(u"group:"))
            html += Text::tr("<p>%1: LQ %2.</p>").arg(industry, lqText(own));
        else if (muni)
            html += Text::tr("<p>%1: LQ %2, rank %3 of %4 municipalities.</p>")
                        .arg(industry, lqText(own))
                        .arg(rank.rank)
                        .arg(rank.count);
        else
            html += Text::tr("<p>%1: LQ %2, rank %3 of %4 prefectures.</p>")
                        .arg(industry, lqText(own))
                        .arg(rank.rank)
                        .arg(rank.count);
    }
    return html;
}

QString Writer::municipal() const
{
    QString html = u"<h3>%1</h3>"_s.arg(Text::tr("Municipalities"));
    if (!in.municipalMeasure)
        return html + Text::tr("<p>Value added (県民経済計算) is published for prefectures only, so the municipal map "
                               "is empty for this measure. Employees and establishments (経済センサス) are available "
                               "for all municipalities.</p>");
    const datasets::IndustryStructure &m = in.municipalResult;
    const int c = int(m.industries.indexOf(in.mapIndustry));
    if (!in.municipalCurrent || c < 0)
        return html + Text::tr("<p>Computing the municipal quotients…</p>");
    // Ranks among the municipalities on the map (the filter's prefecture or all).
    QList<int> shown;
    for (int r = 0; r < m.regions.size(); ++r)
        if (in.context.showsMunicipality(m.regions.at(r)) && std::isfinite(m.lq.at(r, c)))
            shown << r;
    std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) { return m.lq.at(a, c) > m.lq.at(b, c); });
    const int above = int(std::count_if(shown.begin(), shown.end(), [&](int r) { return m.lq.at(r, c) > 1.0; }));
    const QString where = in.context.prefectureFilter.isEmpty() ? Text::tr("Japan") : in.context.prefectureFilterName;
    html += Text::tr("<p>%1, %2 %3: %4 of %5 municipalities of %6 have LQ > 1 (shares compared with all of Japan).</p>")
                .arg(industryName(in.mapIndustry).toHtmlEscaped(), in.measureName, in.yearText)
                .arg(above)
                .arg(shown.size())
                .arg(where.toHtmlEscaped());
    QStringList top;
    for (int i = 0; i < std::min<qsizetype>(3, shown.size()); ++i)
        top << u"%1 (%2)"_s.arg(regionName(m.regions.at(shown.at(i))), lqText(m.lq.at(shown.at(i), c)));
    if (!top.isEmpty())
        html += Text::tr("<p>Highest: %1.</p>").arg(top.join(Text::tr(", ")).toHtmlEscaped());
    for (const QString &code : in.context.municipalSelection) {
        const int r = m.row(code);
        const qsizetype rank = shown.indexOf(r);
        if (r < 0)
            continue;
        const double v = m.lq.at(r, c);
        if (!std::isfinite(v) || rank < 0) {
            html += Text::tr("<p><b>%1</b>: no LQ (no %2 recorded).</p>")
                        .arg(regionName(code).toHtmlEscaped(), in.measureName);
            continue;
        }
        html += Text::tr("<p><b>%1</b>: LQ %2, rank %3 of %4 municipalities of %5.</p>")
                    .arg(regionName(code).toHtmlEscaped(), lqText(v))
                    .arg(rank + 1)
                    .arg(shown.size())
                    .arg(where.toHtmlEscaped());
    }
    if (in.context.municipalSelection.isEmpty())
        html += Text::tr("<p><i>Click a municipality on the map or a row of the table (or type its name in the "
                         "region bar) to select it and see its quotients.</i></p>");
    return html;
}

QString Writer::earningPower() const
{
    const datasets::IndustryStructure &res = in.result;
    if (res.activities.isEmpty())
        return {};
    // Value added is published for prefectures: a municipality's is its prefecture's.
    const QString focus = earningPowerRegion(in.focusRegion);
    const int r = res.row(focus);
    QList<int> order;
    for (int c = 0; c < res.activities.size(); ++c)
        if (res.valueAddedLq.at(r, c) > 1.0 && res.relativeProductivity.at(r, c) > 1.0)
            order << c;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return res.valueAddedLq.at(r, a) > res.valueAddedLq.at(r, b); });
    QStringList strong;
    for (int c : order)
        strong << Text::tr("%1 (LQ %2, productivity %3)")
                      .arg(industryName(res.activities.at(c)), lqText(res.valueAddedLq.at(r, c)),
                           lqText(res.relativeProductivity.at(r, c)));
    QString name = regionName(focus).toHtmlEscaped();
    if (focus != in.focusRegion)
        name = Text::tr("%1 (the prefecture of %2: value added is published for prefectures only)")
                   .arg(name, regionName(in.focusRegion).toHtmlEscaped());
    if (strong.isEmpty())
        return Text::tr("<p><b>Earning power</b> (value added FY%1, employees %2): no activity of %3 has both a "
                        "value-added LQ and a relative productivity above 1.</p>")
            .arg(res.valueAddedYear)
            .arg(res.employeesYear)
            .arg(name);
    return Text::tr("<p><b>Earning power</b> (value added FY%1, employees %2): activities of %3 with both a "
                    "value-added LQ and a relative productivity above 1: %4.</p>")
        .arg(res.valueAddedYear)
        .arg(res.employeesYear)
        .arg(name, strong.join(Text::tr(", ")).toHtmlEscaped());
}

} // namespace

QString industryHowToRead()
{
    return Text::tr("The location quotient (LQ, 特化係数) compares an industry's share in the region with its share in "
                    "Japan: LQ > 1 means the industry's share in the region exceeds the national share, so the region is "
                    "specialised in it; LQ < 1 means it is under-represented. The ranking shows every industry of the "
                    "selected region, the dashed line marks LQ = 1. The map colours all prefectures by the LQ of one "
                    "industry: red above 1, blue below. In the earning-power chart (稼ぐ力) each bubble is an economic "
                    "activity: to the right it earns a larger share of the region's value added than nationally, higher "
                    "up each worker produces more value added than the national average of that activity, and the "
                    "bubble's area shows how many people it employs. Bubbles top right are the region's strengths. Once "
                    "municipal boundaries are imported, the map's level chooser shows the LQ of employees or "
                    "establishments for every municipality (compared with all of Japan), optionally for one prefecture.");
}

QString industryConcordanceNote(int activities)
{
    return Text::tr("<b>Concordance used:</b> value added (県民経済計算, %1 economic activities) and employees "
                    "(経済センサス, JSIC divisions) are in different classifications. The JSIC divisions are summed into the "
                    "activities following the Cabinet Office's correspondence table (県民経済計算標準方式, 2008SNA); "
                    "K, O, Q and R are assigned whole to their main activity, and 公務 is left out because the census "
                    "counts private establishments only.")
        .arg(activities);
}

QString earningPowerRegion(const QString &region)
{
    return datasets::regionLevelOf(region) == datasets::RegionLevel::Municipality ? region.left(2) : region;
}

QString lqText(double value)
{
    return ratioText(value, std::isfinite(value) && value != 1.0 && std::abs(value - 1.0) < 0.005 ? 3 : 2);
}

QString industryCommentary(const IndustryCommentaryInput &in)
{
    if (in.result.regions.isEmpty())
        return Text::tr("<p>No data for this measure and year.</p>");
    const Writer writer(in);
    QString html;
    if (in.context.noSelection)
        html += Text::tr("<p><i>No region selected: showing %1. Click a prefecture on the map or a row of the "
                         "table.</i></p>")
                    .arg(writer.regionName(u"13"_s).toHtmlEscaped());
    html += writer.regions();
    if (in.context.municipal)
        html += writer.municipal();
    return html + writer.earningPower();
}

} // namespace regionlens::app
