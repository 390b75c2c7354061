// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationcommentary.h"

#include "analysisviewsupport.h"
#include "widgets/analysischart.h"

#include <QLocale>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::datasets::population;

namespace regionlens::app {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString count(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString signedCount(double v)
{
    return (v > 0 ? u"+"_s : QString()) + count(v);
}

QString percent(double v, int decimals = 1)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

// "+3.9", "−6.2"; two decimals for changes under 0.1 points so that they do not read as 0.
QString signedPercent(double v)
{
    const int decimals = std::abs(v) < 0.095 ? 2 : 1;
    const QString digits = percent(std::abs(v), decimals);
    return widgets::withSign(v, digits);
}

} // namespace

PopulationCommentary::PopulationCommentary(QHash<QString, IndicatorInfo> indicators, bool japanese)
    : m_indicators(std::move(indicators)), m_japanese(japanese)
{
}

QString PopulationCommentary::howToRead()
{
    return tr("The line chart shows the census population of each selected region (1 October, every five years). "
              "With “Index”, every line is divided by its value in the base year and multiplied by 100: lines start "
              "at 100 and show growth rather than size, so a small prefecture can be compared with Tokyo. "
              "The pyramid shows men to the left and women to the right by 5-year age class, youngest at the "
              "bottom. A wide base means many children; a base narrower than the middle means births have fallen; "
              "a heavy top means an ageing population. The black outline is the other year: where a bar reaches "
              "past it, that age class has grown. Social change is the number of people who moved in from other "
              "prefectures minus those who moved out; natural change is births minus deaths. Where the store has births, "
              "deaths and movers by year (e.g. SSDSE-B), the chart beside the population shows both per year: a line "
              "below zero is a loss, and the line farther from zero is the one that drives population change.");
}

QString PopulationCommentary::commentary(const Result &r) const
{
    QString html;
    // Population: size and change, region by region.
    for (const SeriesSummary &s : r.series) {
        if (!std::isfinite(s.lastValue))
            continue;
        QString p = tr("<b>%1</b> had %2 inhabitants in the %3 census")
                        .arg(s.label.toHtmlEscaped(), count(s.lastValue))
                        .arg(s.lastYear);
        if (std::isfinite(s.previousValue) && s.previousValue > 0)
            p += tr(", %1% compared with %2 (%3)")
                     .arg(signedPercent(100.0 * (s.lastValue / s.previousValue - 1.0)))
                     .arg(s.previousYear)
                     .arg(count(s.previousValue));
        if (std::isfinite(s.firstValue) && s.firstYear != s.previousYear && s.firstValue > 0)
            p += tr(" and %1% since %2")
                     .arg(signedPercent(100.0 * (s.lastValue / s.firstValue - 1.0)))
                     .arg(s.firstYear);
        p += tr(".", "end of a sentence");
        if (s.peakYear != s.lastYear && std::isfinite(s.peakValue))
            p += tr(" Its peak was %1 in %2.").arg(count(s.peakValue)).arg(s.peakYear);
        else if (s.years.size() > 1)
            p += tr(" That is the highest in the series.");
        html += u"<p>"_s + p + u"</p>"_s;
    }
    if (r.series.size() > 1) {
        // Which selected region grew most since the previous census.
        const SeriesSummary *best = nullptr;
        const SeriesSummary *worst = nullptr;
        auto growth = [](const SeriesSummary &s) { return s.lastValue / s.previousValue - 1.0; };
        for (const SeriesSummary &s : r.series) {
            if (!std::isfinite(s.lastValue) || !(s.previousValue > 0))
                continue;
            if (!best || growth(s) > growth(*best))
                best = &s;
            if (!worst || growth(s) < growth(*worst))
                worst = &s;
        }
        if (best && worst && best != worst)
            html += u"<p>"_s
                + tr("Since the previous census, %1 grew fastest of the selected regions (%2%) and %3 least (%4%).")
                      .arg(best->label.toHtmlEscaped(), signedPercent(100.0 * growth(*best)),
                           worst->label.toHtmlEscaped(), signedPercent(100.0 * growth(*worst)))
                + u"</p>"_s;
    }

    // Age structure.
    const PyramidSummary &p = r.pyramid;
    if (p.valid) {
        QString text = tr("In %1 (%2), people aged 65 and over made up %3% of %4's population of known age "
                          "(15–64: %5%, under 15: %6%).")
                           .arg(p.year)
                           .arg(surveyName(p.indicator).toHtmlEscaped())
                           .arg(percent(p.share65plus))
                           .arg(p.label.toHtmlEscaped())
                           .arg(percent(p.share15to64))
                           .arg(percent(p.shareUnder15));
        const PyramidSummary &o = r.outline;
        if (o.valid)
            text += tr(" In %1 (%2) the share aged 65 and over was %3%, so it changed by %4 points.")
                        .arg(o.year)
                        .arg(surveyName(o.indicator).toHtmlEscaped())
                        .arg(percent(o.share65plus))
                        .arg(signedPercent(p.share65plus - o.share65plus));
        text += tr(" The largest 5-year class is %1 (%2 people).").arg(ageLabel(p.largestClass), count(p.largestValue));
        html += u"<p>"_s + text + u"</p>"_s;
    } else if (!p.indicator.isEmpty()) {
        html += u"<p>"_s
            + tr("The store has no population by age and sex for %1 in %2.").arg(p.label.toHtmlEscaped()).arg(p.year)
            + u"</p>"_s;
    }

    // Social and natural change.
    for (const ChangeSummary &c : r.change) {
        if (!std::isfinite(c.net) && r.flowYear > 0 && c.key.size() == 5)
            html += u"<p>"_s
                + tr("Social change of %1: the store's migration flows (%2) are between prefectures, so they have "
                     "no figure for a municipality. Import municipal movers in and out (住民基本台帳人口移動報告, "
                     "e.g. SSDSE-A's 転入者数 and 転出者数) with File → Import data… to see it.")
                      .arg(c.label.toHtmlEscaped())
                      .arg(r.flowYear)
                + u"</p>"_s;
        if (!std::isfinite(c.net))
            continue;
        QString text = c.net >= 0
            ? tr("Social change: in %1, %2 gained %3 people net from other prefectures (in %4, out %5)")
                  .arg(r.flowYear)
                  .arg(c.label.toHtmlEscaped(), count(c.net), count(c.in), count(c.out))
            : tr("Social change: in %1, %2 lost %3 people net to other prefectures (in %4, out %5)")
                  .arg(r.flowYear)
                  .arg(c.label.toHtmlEscaped(), count(-c.net), count(c.in), count(c.out));
        if (std::isfinite(c.perThousand))
            text += tr(", %1 per 1,000 inhabitants (population %2)")
                        .arg(widgets::withSign(c.perThousand, percent(std::abs(c.perThousand), 1), false))
                        .arg(r.populationYear);
        text += tr(".", "end of a sentence");
        if (r.hasNatural && std::isfinite(c.natural))
            text += tr(" Natural change in %1: %2.").arg(r.naturalYear).arg(signedCount(c.natural));
        html += u"<p>"_s + text + u"</p>"_s;
    }
    if (r.flowYear == 0)
        html += u"<p>"_s + tr("The store has no migration flows, so social change cannot be shown.") + u"</p>"_s;
    html += componentsCommentary(r);
    if (!r.hasNatural)
        html += u"<p style='color:#555'>"_s
            + tr("Natural change (births minus deaths) is not in the store, so population change cannot be split "
                 "into its natural and social parts here.")
            + u"</p>"_s;
    return html;
}

QString PopulationCommentary::indicatorName(const QString &id) const
{
    const auto info = m_indicators.constFind(id);
    if (info == m_indicators.constEnd())
        return id;
    // Imported indicators carry the file's header as nameJa and the id as nameEn.
    return !m_japanese && !info->nameEn.isEmpty() && info->nameEn != id ? info->nameEn : info->nameJa;
}

QString PopulationCommentary::componentsNote(const Result &r) const
{
    const ChangeIndicators &ids = r.components;
    if (ids.isEmpty())
        return {};
    QStringList parts;
    if (!ids.births.isEmpty())
        parts << tr("Natural change (自然増減) = %1 − %2.").arg(indicatorName(ids.births), indicatorName(ids.deaths));
    else if (!ids.natural.isEmpty())
        parts << tr("Natural change (自然増減) = %1.").arg(indicatorName(ids.natural));
    else
        parts << tr("Births and deaths are not in the store, so natural change is not shown.");
    if (ids.hasSocial())
        parts << tr("Social change (社会増減) = %1 − %2: people moving in from and out to other prefectures; "
                    "moves within a prefecture are not counted.")
                     .arg(indicatorName(ids.movedIn), indicatorName(ids.movedOut));
    else
        parts << tr("Movers in and out are not in the store, so social change by year is not shown.");
    bool summed = false;
    for (const ComponentSeries &c : r.componentSeries)
        summed = summed || c.members > 1;
    if (summed && ids.hasSocial())
        parts << tr("Groups and Japan are sums over their prefectures: their in and out then include moves between "
                    "member prefectures, which cancel in the social change (for Japan as a whole it is zero).");
    if (r.componentSeries.size() > 4)
        parts << tr("The first 4 regions are shown.");
    return parts.join(u' ');
}

QString PopulationCommentary::componentsCommentary(const Result &r) const
{
    if (r.components.isEmpty())
        return {};
    QString html;
    const QString source = surveyName(r.components.used().value(0)).toHtmlEscaped();
    for (const ComponentSeries &c : r.componentSeries) {
        const QString label = c.label.toHtmlEscaped();
        if (c.latestYear == 0) {
            html += u"<p>"_s + tr("%1 has no births, deaths or movers in %2.").arg(label, source) + u"</p>"_s;
            continue;
        }
        const qsizetype i = c.years.indexOf(double(c.latestYear));
        QStringList said;
        if (std::isfinite(c.latestNatural))
            said << (std::isfinite(c.births.value(i, kNaN))
                         ? tr("natural change %1 (births %2, deaths %3)")
                               .arg(signedCount(c.latestNatural), count(c.births.at(i)), count(c.deaths.at(i)))
                         : tr("natural change %1").arg(signedCount(c.latestNatural)));
        if (std::isfinite(c.latestSocial))
            said << tr("social change %1 (in %2, out %3)")
                        .arg(signedCount(c.latestSocial), count(c.in.at(i)), count(c.out.at(i)));
        QString text = tr("<b>%1</b>, %2 (%3): %4.").arg(label).arg(c.latestYear).arg(source, said.join(tr("; ")));
        if (std::isfinite(c.latestNatural) && std::isfinite(c.latestSocial)) {
            const double sum = c.latestNatural + c.latestSocial;
            text += std::abs(c.latestNatural) >= std::abs(c.latestSocial)
                ? tr(" Natural change is the larger of the two; together %1.").arg(signedCount(sum))
                : tr(" Social change is the larger of the two; together %1.").arg(signedCount(sum));
            // Sign counts over the years both are known.
            int years = 0;
            int naturalLoss = 0;
            int socialGain = 0;
            for (qsizetype k = 0; k < c.years.size(); ++k) {
                if (!std::isfinite(c.natural.at(k)) || !std::isfinite(c.social.at(k)))
                    continue;
                ++years;
                naturalLoss += c.natural.at(k) < 0 ? 1 : 0;
                socialGain += c.social.at(k) > 0 ? 1 : 0;
            }
            if (years > 1)
                text += tr(" In %1 of %2 years from %3 to %4 natural change was negative; in %5 social change was "
                           "positive.")
                            .arg(naturalLoss)
                            .arg(years)
                            .arg(int(c.years.first()))
                            .arg(c.latestYear)
                            .arg(socialGain);
        }
        auto yearList = [](const QList<int> &years) {
            QStringList out;
            for (int y : years)
                out << QString::number(y);
            return out.join(u", "_s);
        };
        if (!c.naturalGaps.isEmpty())
            text += tr(" No births or deaths for %1 in %2 (gaps in the chart).").arg(label, yearList(c.naturalGaps));
        if (!c.socialGaps.isEmpty())
            text += tr(" No movers in or out for %1 in %2 (gaps in the chart).").arg(label, yearList(c.socialGaps));
        html += u"<p>"_s + text + u"</p>"_s;
    }
    return html;
}

QStringList PopulationCommentary::sources(const ChangeIndicators &components) const
{
    QStringList out;
    for (const QString &id : {u"population"_s, kCensusAge, kEstimateAge, u"migration"_s}) {
        const QString s = sourceOf(id);
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    // The components of change, with the items used.
    QHash<QString, QStringList> items;
    QStringList order;
    for (const QString &id : components.used()) {
        const QString s = sourceOf(id);
        if (s.isEmpty())
            continue;
        if (!items.contains(s))
            order << s;
        items[s] << indicatorName(id);
    }
    for (const QString &s : std::as_const(order)) {
        const QString entry = tr("%1 (%2)").arg(s, items.value(s).join(u", "_s));
        if (!out.contains(entry))
            out << entry;
    }
    return out;
}

QString PopulationCommentary::surveyName(const QString &indicator) const
{
    // The survey's own name, as the catalogue gives it (国勢調査, 人口推計).
    // In English the survey's usual short name where the publication's title is long
    // ("Population, Vital Statistics and Households based on the Basic Resident Register (…)").
    if (const auto info = m_indicators.constFind(indicator); info != m_indicators.constEnd() && !info->survey.isEmpty()) {
        if (m_japanese || info->sourceEn.isEmpty())
            return info->survey;
        if (info->survey == u"住民基本台帳")
            return tr("Basic Resident Register");
        return info->sourceEn.section(u", "_s, -1);
    }
    return indicator;
}

QString PopulationCommentary::sourceOf(const QString &indicator) const
{
    const auto info = m_indicators.constFind(indicator);
    if (info == m_indicators.constEnd())
        return {};
    return m_japanese || info->sourceEn.isEmpty() ? info->sourceJa : info->sourceEn;
}

QString PopulationCommentary::ageLabel(const QString &code) const
{
    return catalog::ageClassLabel(code, m_japanese);
}

} // namespace regionlens::app
