// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftsharecommentary.h"

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
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ShiftShareView)
};

QString percent(double fraction)
{
    return signedText(100.0 * fraction, 1, Text::tr(" %"));
}

QString points(double fraction)
{
    return signedText(100.0 * fraction, 1, Text::tr(" pt"));
}

class Writer
{
public:
    explicit Writer(const ShiftShareCommentaryInput &in) : in(in) {}

    QString regionName(const QString &code) const { return in.context.regionName(code); }
    QString span(const datasets::GrowthFactors &g) const
    {
        return Text::tr("%1→%2").arg(shiftShareYearLabel(g.startYear, in.fiscalYears),
                                     shiftShareYearLabel(g.endYear, in.fiscalYears));
    }

    QString regions() const;
    QString municipal() const;
    QString extremes() const;

private:
    const ShiftShareCommentaryInput &in;
};

QString Writer::regions() const
{
    const QString names[3] = {Text::tr("the national component"), Text::tr("the industry mix"),
                              Text::tr("the regional component")};
    QString html;
    for (const QString &region : in.regions) {
        // A municipality's components are among the municipalities.
        const bool muni = datasets::regionLevelOf(region) == datasets::RegionLevel::Municipality;
        const datasets::GrowthFactors &g = muni ? in.municipalResult : in.result;
        if (muni && (!in.municipalMeasure || !in.municipalCurrent)) {
            html += u"<h3>%1</h3>"_s.arg(regionName(region).toHtmlEscaped());
            html += !in.municipalMeasure
                        ? Text::tr("<p>%1 is not available for municipalities in both years: choose employees or "
                                   "establishments (経済センサス 2016, 2021) for %2.</p>")
                              .arg(in.measureLabel.toHtmlEscaped(), regionName(region).toHtmlEscaped())
                        : Text::tr("<p>Computing the municipal components…</p>");
            continue;
        }
        const int r = g.row(region);
        if (r < 0 || g.growthRate.isEmpty())
            continue;
        const double parts[3] = {g.nationalGrowthRate, g.industryFactor.at(r), g.regionalFactor.at(r)};
        int dominant = 0;
        for (int k = 1; k < 3; ++k)
            if (std::abs(100.0 * parts[k]) > std::abs(100.0 * parts[dominant]))
                dominant = k;
        html += u"<h3>%1</h3>"_s.arg(regionName(region).toHtmlEscaped());
        html += Text::tr("<p>Growth %1 was %2: national %3, industry mix %4, regional %5; %6 dominates.</p>")
                    .arg(span(g), percent(g.growthRate.at(r)), points(parts[0]), points(parts[1]), points(parts[2]),
                         names[dominant]);
        if (region.startsWith(u"group:"))
            continue;
        int rank = 1, count = 0;
        for (int p = 0; p < g.regions.size(); ++p) {
            if (g.regions.at(p).startsWith(u"group:") || !std::isfinite(g.regionalFactor.at(p)))
                continue;
            ++count;
            if (g.regionalFactor.at(p) > g.regionalFactor.at(r))
                ++rank;
        }
        html += muni ? Text::tr("<p>Its regional component ranks %1 of %2 municipalities.</p>").arg(rank).arg(count)
                     : Text::tr("<p>Its regional component ranks %1 of %2 prefectures.</p>").arg(rank).arg(count);
    }
    return html;
}

QString Writer::municipal() const
{
    QString html = u"<h3>%1</h3>"_s.arg(Text::tr("Municipalities"));
    if (!in.municipalMeasure)
        return html + Text::tr("<p>%1 is not available for municipalities in both years, so the municipal map is "
                               "empty. Employees and establishments (経済センサス 2016, 2021) are.</p>")
                          .arg(in.measureLabel.toHtmlEscaped());
    const datasets::GrowthFactors &g = in.municipalResult;
    if (!in.municipalCurrent)
        return html + Text::tr("<p>Computing the municipal components…</p>");
    if (g.growthRate.isEmpty())
        return html + Text::tr("<p>No municipal data for these years.</p>");
    QList<int> shown;
    for (int r = 0; r < g.regions.size(); ++r)
        if (in.context.showsMunicipality(g.regions.at(r)) && std::isfinite(g.regionalFactor.at(r)))
            shown << r;
    std::stable_sort(shown.begin(), shown.end(),
                     [&](int a, int b) { return g.regionalFactor.at(a) > g.regionalFactor.at(b); });
    const int positive = int(std::count_if(shown.begin(), shown.end(), [&](int r) { return g.regionalFactor.at(r) > 0; }));
    const QString where = in.context.prefectureFilter.isEmpty() ? Text::tr("Japan") : in.context.prefectureFilterName;
    html += Text::tr("<p>Summed over all %1 municipalities, %2 changed by %3 from %4. %5 of the %6 municipalities of "
                     "%7 with a growth rate have a positive regional component.</p>")
                .arg(g.regions.size())
                .arg(in.measureName, percent(g.nationalGrowthRate), span(g))
                .arg(positive)
                .arg(shown.size())
                .arg(where.toHtmlEscaped());
    QStringList undefined;
    for (int r = 0; r < g.regions.size(); ++r)
        if (in.context.showsMunicipality(g.regions.at(r)) && !std::isfinite(g.growthRate.at(r)))
            undefined << regionName(g.regions.at(r));
    if (!undefined.isEmpty())
        html += Text::tr("<p>No growth rate (no %1 in %2, left blank on the map): %3.</p>")
                    .arg(in.measureName, shiftShareYearLabel(g.startYear, in.fiscalYears),
                         undefined.join(Text::tr(", ")).toHtmlEscaped());
    for (const QString &code : in.context.municipalSelection) {
        const int r = g.row(code);
        if (r < 0)
            continue;
        html += Text::tr("<p><b>%1</b>: growth %2 was %3 = national %4 + industry mix %5 + regional %6; its regional "
                         "component ranks %7 of %8 municipalities of %9.</p>")
                    .arg(regionName(code).toHtmlEscaped(), span(g), percent(g.growthRate.at(r)),
                         points(g.nationalGrowthRate), points(g.industryFactor.at(r)), points(g.regionalFactor.at(r)))
                    .arg(shown.indexOf(r) + 1)
                    .arg(shown.size())
                    .arg(where.toHtmlEscaped());
    }
    if (in.context.municipalSelection.isEmpty())
        html += Text::tr("<p><i>Click a municipality on the map (or type its name in the region bar): it becomes "
                         "the selected region and the waterfall shows its components.</i></p>");
    return html;
}

QString Writer::extremes() const
{
    const datasets::GrowthFactors &g = in.result;
    QList<int> rows;
    for (int p = 0; p < g.regions.size(); ++p)
        if (!g.regions.at(p).startsWith(u"group:") && std::isfinite(g.regionalFactor.at(p)))
            rows << p;
    if (rows.size() < 6)
        return {};
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return g.regionalFactor.at(a) > g.regionalFactor.at(b); });
    const auto list = [&](const QList<int> &which) {
        QStringList items;
        for (int p : which)
            items << u"%1 (%2)"_s.arg(regionName(g.regions.at(p)), points(g.regionalFactor.at(p)));
        return items.join(Text::tr(", ")).toHtmlEscaped();
    };
    const qsizetype n = rows.size();
    return Text::tr("<p>Largest regional components: %1. Smallest: %2.</p>")
        .arg(list(rows.mid(0, 3)), list({rows.at(n - 1), rows.at(n - 2), rows.at(n - 3)}));
}

} // namespace

QString shiftShareHowToRead()
{
    return Text::tr("Shift-share analysis splits a region's growth between two years into three parts that add up "
                    "exactly to the actual growth rate (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因). The national "
                    "component is the growth every region would have had if it grew like Japan as a whole. The industry "
                    "mix is positive when the region's industries are ones that grew faster than average nationally. The "
                    "regional component is what remains: positive when the region's industries grew faster than the same "
                    "industries nationally, a sign of regional competitiveness. In the bars each prefecture's three parts "
                    "are stacked, the diamond marks the actual growth; the waterfall shows the selected region step by "
                    "step; the map colours the regional component, red above 0 and blue below.");
}

QString shiftShareYearLabel(int year, bool fiscal)
{
    return fiscal ? Text::tr("FY%1").arg(year) : QString::number(year);
}

QString shiftShareCommentary(const ShiftShareCommentaryInput &in)
{
    if (in.result.growthRate.isEmpty())
        return Text::tr("<p>No data for these years.</p>");
    const Writer writer(in);
    QString html = Text::tr("<p>Nationally, %1 changed by %2 from %3 (sum of the 47 prefectures).</p>")
                       .arg(in.measureName, percent(in.result.nationalGrowthRate), writer.span(in.result));
    if (in.context.noSelection)
        html += Text::tr("<p><i>No region selected: showing %1. Click a prefecture on the map or a bar.</i></p>")
                    .arg(writer.regionName(u"13"_s).toHtmlEscaped());
    html += writer.regions();
    if (in.context.municipal)
        html += writer.municipal();
    return html + writer.extremes();
}

} // namespace regionlens::app
