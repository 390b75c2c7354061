// SPDX-License-Identifier: GPL-3.0-or-later
#include "complexitycommentary.h"

#include "analysis/ranking.h"
#include "analysisviewsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ComplexityView)
};

QString number(double v, int decimals = 2)
{
    return ratioText(v, decimals);
}

} // namespace

QString complexityCommentary(const ComplexityCommentaryInput &in)
{
    const datasets::ComplexityFigures &f = in.result;
    const int r = f.row(in.focusRegion);
    const QString name = in.context.regionName(in.focusRegion).toHtmlEscaped();
    if (r < 0 || r >= f.eci.size())
        return Text::tr("<p>No complexity figures for %1 yet.</p>").arg(name);
    const auto industry = [&](int c) {
        const QString code = f.industries.at(c);
        return shortIndustryName(code, in.japanese, in.industryNames.value(code)).toHtmlEscaped();
    };
    QString html = u"<h3>%1</h3>"_s.arg(name);

    // ECI and its rank among the regions of the level (groups left out).
    std::vector<double> values;
    for (int i = 0; i < f.regions.size() && i < f.eci.size(); ++i)
        if (!f.regions.at(i).startsWith(u"group:"))
            values.push_back(f.eci.at(i));
    const double eci = f.eci.at(r);
    if (std::isfinite(eci)) {
        const analysis::Rank rank = analysis::rankAmong(values, eci);
        if (in.focusRegion.startsWith(u"group:"))
            html += Text::tr("<p>Economic complexity index (ECI) of %1 (%2, %3): %4.</p>")
                        .arg(name, in.measureName, in.yearText, number(eci));
        else
            html += Text::tr("<p>Economic complexity index (ECI) of %1 (%2, %3): %4, rank %5 of %6.</p>")
                        .arg(name, in.measureName, in.yearText, number(eci))
                        .arg(rank.rank)
                        .arg(rank.count);
    } else {
        html += Text::tr("<p>%1 has no ECI for %2 (no industry at RCA ≥ 1, or no data).</p>").arg(name, in.yearText);
    }

    // Specialisations (RCA ≥ 1), strongest first.
    QList<int> present;
    for (int c = 0; c < f.industries.size(); ++c)
        if (f.presence.at(r, c) == 1.0)
            present << c;
    std::stable_sort(present.begin(), present.end(), [&](int a, int b) { return f.rca.at(r, a) > f.rca.at(r, b); });
    QStringList items;
    for (int c : std::as_const(present))
        items << u"%1 (%2)"_s.arg(industry(c), number(f.rca.at(r, c)));
    html += Text::tr("<p>Specialised (RCA ≥ 1) in %1 of %2 industries: %3.</p>")
                .arg(present.size())
                .arg(f.industries.size())
                .arg(items.isEmpty() ? Text::tr("none") : items.join(Text::tr(", ")));

    // Diversification opportunities: the closest first, and the most complex among the closest five.
    const QList<datasets::Opportunity> list = datasets::opportunities(f, r);
    if (list.isEmpty()) {
        html += Text::tr("<p>No industry without specialisation has a relatedness density.</p>");
    } else {
        QStringList closest;
        for (qsizetype i = 0; i < list.size() && i < in.opportunities; ++i)
            closest << Text::tr("%1 (density %2, complexity %3)")
                           .arg(industry(list.at(i).industry), number(list.at(i).density), number(list.at(i).pci));
        html += Text::tr("<p>Closest to what %1 already does (highest relatedness density, not yet specialised): "
                         "%2.</p>")
                    .arg(name, closest.join(Text::tr(", ")));
        int best = -1;
        for (qsizetype i = 0; i < list.size() && i < 5; ++i)
            if (std::isfinite(list.at(i).pci) && (best < 0 || list.at(i).pci > list.at(best).pci))
                best = int(i);
        if (best >= 0)
            html += Text::tr("<p>Of the five closest, the most complex is %1 (complexity %2, outlook gain %3): a "
                             "candidate that combines existing strengths with a more complex activity.</p>")
                        .arg(industry(list.at(best).industry), number(list.at(best).pci),
                             number(list.at(best).cog));
    }
    // The study of docs/complexity.md was on the 18 divisions: said of tables that coarse.
    if (f.industries.size() <= 20)
        html += Text::tr("<p>With %1 industries presence is coarse: in the 2016 → 2021 test on the 1,741 "
                         "municipalities, density predicted new specialisations only modestly. Read the ranking "
                         "as a hint to examine, not a forecast.</p>")
                    .arg(f.industries.size());
    return html;
}

QString complexityOpportunityTable(const ComplexityCommentaryInput &in, const QStringList &headers, int maxRows,
                                   const QString &emptyText)
{
    const datasets::ComplexityFigures &f = in.result;
    const QList<datasets::Opportunity> list = datasets::opportunities(f, f.row(in.focusRegion));
    const QString cell = u"<td align='right' style='border-bottom:1px solid #ccc'>%1</td>"_s;
    const QString nameCell = u"<td style='border-bottom:1px solid #ccc'>%1</td>"_s;
    QString html = u"<p><b>%1</b></p><table width='100%' cellspacing='0' cellpadding='3'><tr>"_s.arg(
        Text::tr("Opportunities: %1").arg(in.context.regionName(in.focusRegion)).toHtmlEscaped());
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += u"<th align='%1' style='border-bottom:1px solid #555'>%2</th>"_s.arg(c == 1 ? u"left"_s : u"right"_s,
                                                                                   headers.at(c).toHtmlEscaped());
    html += u"</tr>"_s;
    const qsizetype shown = std::min<qsizetype>(list.size(), std::max(0, maxRows));
    for (qsizetype i = 0; i < shown; ++i) {
        const datasets::Opportunity &o = list.at(i);
        const QString code = f.industries.at(o.industry);
        html += u"<tr>"_s + cell.arg(i + 1)
            + nameCell.arg(shortIndustryName(code, in.japanese, in.industryNames.value(code)).toHtmlEscaped())
            + cell.arg(number(o.density, 3)) + cell.arg(number(o.pci)) + cell.arg(number(o.cog))
            + cell.arg(number(o.rca)) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (list.isEmpty())
        html += u"<p>%1</p>"_s.arg(emptyText.toHtmlEscaped());
    else if (shown < list.size())
        html += u"<p style='color:#555'>%1</p>"_s.arg(
            Text::tr("The first %1 of %2 industries not yet specialised; all of them on the page.")
                .arg(shown)
                .arg(list.size())
                .toHtmlEscaped());
    return html;
}

QString complexityHowToRead()
{
    return Text::tr(
        "RCA is the location quotient over the regions analysed; a region is specialised in an industry where "
        "RCA ≥ 1. Industries that are often specialised together are related (proximity, 0–1). A region's "
        "relatedness density in an industry is the share of that industry's related industries in which the "
        "region is specialised. The economic complexity index (ECI) ranks regions by the kind of industries "
        "they specialise in (industries found in few, diversified regions count as complex); mean 0, sd 1. "
        "Opportunities: industries not yet specialised, to the right = closer to existing strengths, higher = "
        "more complex. The industry space draws industries on a circle ordered by complexity, linked by their "
        "strongest proximities; blue = specialised here.");
}

} // namespace regionlens::app
