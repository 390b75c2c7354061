// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectioncommentary.h"

#include "analysisviewsupport.h"
#include "widgets/analysischart.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::datasets::projection::RegionSeries;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ProjectionView)
};

QString count(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString decimal(double v, int decimals = 1)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

QString signedPercent(double v)
{
    return widgets::withSign(v, decimal(std::abs(v))) + percentSuffix();
}

// "%1 % fewer than" / "%1 % more than" the reference, with the change in persons.
QString changeOn(double value, double reference)
{
    const double pct = 100.0 * (value / reference - 1.0);
    return pct < 0 ? Text::tr("%1 % fewer than").arg(decimal(-pct)) : Text::tr("%1 % more than").arg(decimal(pct));
}

QString year(double y)
{
    return QString::number(int(std::lround(y)));
}

class Writer
{
public:
    explicit Writer(const ProjectionCommentaryInput &in) : in(in) {}

    const RegionSeries *find(const QString &scenario) const
    {
        for (const RegionSeries &s : in.series)
            if (s.valid && s.scenario == scenario && !s.years.isEmpty())
                return &s;
        return nullptr;
    }
    QString label(const QString &scenario) const
    {
        return projectionScenarioLabel(scenario, in.tfrTarget, in.tfrYear, in.migrationZeroFrom);
    }
    QString name() const { return in.regionName.toHtmlEscaped(); }

    QString headline(const RegionSeries &s) const;
    QString ageing(const RegionSeries &s) const;
    QString alternatives(const RegionSeries &reference) const;
    QString census(const RegionSeries &s) const;
    QString map() const;

private:
    const ProjectionCommentaryInput &in;
};

QString Writer::headline(const RegionSeries &s) const
{
    const double base = s.total.first();
    const double last = s.total.last();
    const QString text = s.scenario == u"baseline"
        ? Text::tr("With the current trends (the rates of %1→%2 held), <b>%3</b> in %4 would have %5 people, %6 in "
                   "%7 (%8).")
              .arg(in.ratesFrom)
              .arg(in.ratesFrom + 5)
              .arg(name())
              .arg(s.years.last())
              .arg(count(last), changeOn(last, base))
              .arg(s.years.first())
              .arg(count(base))
        : Text::tr("Under “%1”, <b>%2</b> in %3 would have %4 people, %5 in %6 (%7).")
              .arg(label(s.scenario).toHtmlEscaped(), name())
              .arg(s.years.last())
              .arg(count(last), changeOn(last, base))
              .arg(s.years.first())
              .arg(count(base));
    return u"<p>"_s + text + u"</p>"_s;
}

QString Writer::ageing(const RegionSeries &s) const
{
    const int j = int(s.years.size()) - 1;
    return u"<p>"_s
        + Text::tr("The share aged 65 and over (高齢化率) would go from %1 % to %2 %, and the working-age population "
                   "(15–64) from %3 to %4 (%5); children under 15 would be %6 % of the population (%7 % in %8).")
              .arg(decimal(s.share65plus.first()), decimal(s.share65plus.at(j)), count(s.age15to64.first()),
                   count(s.age15to64.at(j)), signedPercent(100.0 * (s.age15to64.at(j) / s.age15to64.first() - 1.0)),
                   decimal(s.share0to14.at(j)), decimal(s.share0to14.first()))
              .arg(s.years.first())
        + u"</p>"_s;
}

QString Writer::alternatives(const RegionSeries &reference) const
{
    QString items;
    for (const RegionSeries &s : in.series) {
        if (!s.valid || s.scenario == reference.scenario || s.years != reference.years)
            continue;
        const double value = s.total.last();
        const double diff = value - reference.total.last();
        QString condition;
        if (s.scenario == u"fertility") {
            condition = Text::tr("If fertility reached %1 by %2").arg(decimal(in.tfrTarget, 2), year(in.tfrYear));
            if (std::isfinite(in.currentTfr))
                condition += Text::tr(" (from %1 in %2)").arg(decimal(in.currentTfr, 2)).arg(in.currentTfrYear);
        } else if (s.scenario == u"zero-migration") {
            condition = Text::tr("If net migration were zero from %1").arg(year(in.migrationZeroFrom));
        } else if (s.scenario == u"fertility+zero-migration") {
            condition = Text::tr("With both (fertility %1 by %2, no net migration from %3)")
                            .arg(decimal(in.tfrTarget, 2), year(in.tfrYear), year(in.migrationZeroFrom));
        } else {
            condition = Text::tr("Under “%1”").arg(label(s.scenario).toHtmlEscaped());
        }
        items += u"<p>"_s
            + Text::tr("%1, %2 would have %3 people in %4: %5 on “%6” (%7 people), %8 in %9.")
                  .arg(condition, name(), count(value))
                  .arg(s.years.last())
                  .arg(signedPercent(100.0 * (value / reference.total.last() - 1.0)),
                       label(reference.scenario).toHtmlEscaped(),
                       widgets::withSign(diff, count(std::abs(diff))),
                       changeOn(value, s.total.first()))
                  .arg(s.years.first())
            + u"</p>"_s;
    }
    return items;
}

QString Writer::census(const RegionSeries &s) const
{
    const auto &years = in.census.years;
    const auto later = std::find_if(years.cbegin(), years.cend(), [&](int y) { return y > s.years.first(); });
    const int j = later == years.cend() ? -1 : int(s.years.indexOf(*later));
    if (j < 0)
        return {};
    const double counted = in.census.values.at(std::size_t(later - years.cbegin()));
    return u"<p>"_s
        + Text::tr("A check: the %1 census counted %2 people; projected from %3 with the current trends, %4 "
                   "(%5 off).")
              .arg(*later)
              .arg(count(counted))
              .arg(s.years.first())
              .arg(count(s.total.at(j)), signedPercent(100.0 * (s.total.at(j) / counted - 1.0)))
        + u"</p>"_s;
}

QString Writer::map() const
{
    QString low, high;
    double lowValue = 0, highValue = 0;
    for (auto it = in.mapIndex.cbegin(); it != in.mapIndex.cend(); ++it) {
        if (!std::isfinite(it.value()))
            continue;
        if (low.isEmpty() || it.value() < lowValue || (it.value() == lowValue && it.key() < low))
            low = it.key(), lowValue = it.value();
        if (high.isEmpty() || it.value() > highValue || (it.value() == highValue && it.key() < high))
            high = it.key(), highValue = it.value();
    }
    if (low.isEmpty() || low == high)
        return {};
    QString text = Text::tr("On the map (%1, “%2”), the index runs from %3 in %4 to %5 in %6.")
                       .arg(in.mapYear)
                       .arg(label(in.mapScenario).toHtmlEscaped(), decimal(lowValue),
                            in.names.value(low, low).toHtmlEscaped(), decimal(highValue),
                            in.names.value(high, high).toHtmlEscaped());
    if (const auto it = in.mapIndex.constFind(in.regionCode); it != in.mapIndex.cend() && std::isfinite(*it)) {
        int rank = 1, of = 0;
        for (double v : in.mapIndex)
            if (std::isfinite(v)) {
                ++of;
                rank += v > *it ? 1 : 0;
            }
        text += Text::tr(" %1: %2, rank %3 of %4.").arg(name(), decimal(*it)).arg(rank).arg(of);
    }
    return u"<p>"_s + text + u"</p>"_s;
}

} // namespace

QString projectionScenarioLabel(const QString &scenario, double tfrTarget, double tfrYear, double migrationZeroFrom)
{
    if (scenario == u"baseline")
        return Text::tr("Current trends");
    if (scenario == u"fertility")
        return Text::tr("Fertility %1 by %2").arg(decimal(tfrTarget, 2), year(tfrYear));
    if (scenario == u"zero-migration")
        return Text::tr("Zero migration from %1").arg(year(migrationZeroFrom));
    if (scenario == u"fertility+zero-migration")
        return Text::tr("Fertility + zero migration");
    return scenario;
}

QString projectionCommentary(const ProjectionCommentaryInput &in)
{
    if (!in.error.isEmpty())
        return u"<p>"_s + Text::tr("No projection for %1: %2").arg(in.regionName, in.error).toHtmlEscaped() + u"</p>"_s;
    Writer w(in);
    const RegionSeries *reference = w.find(u"baseline"_s);
    for (int i = 0; !reference && i < in.series.size(); ++i)
        if (in.series.at(i).valid && !in.series.at(i).years.isEmpty())
            reference = &in.series.at(i);
    if (!reference)
        return u"<p>"_s + Text::tr("Tick at least one scenario to project %1.").arg(w.name()) + u"</p>"_s;
    QString html;
    if (in.noSelection)
        html += u"<p>"_s + Text::tr("No region selected: the page shows %1.").arg(w.name()) + u"</p>"_s;
    html += w.headline(*reference);
    html += w.ageing(*reference);
    html += w.alternatives(*reference);
    if (reference->scenario == u"baseline")
        html += w.census(*reference);
    html += w.map();
    if (in.regionsProjected > 0 && in.prefectureRates)
        html += u"<p style='color:#555'>"_s
            + Text::tr("Projected from the 住民基本台帳 population of %1 (1 January) with each prefecture's net migration "
                       "rates of %2→%3 and the municipality's own child-woman ratio; net migration balanced over the %4 "
                       "regions projected together.")
                  .arg(reference->years.first())
                  .arg(in.ratesFrom)
                  .arg(in.ratesFrom + 5)
                  .arg(in.regionsProjected)
            + u"</p>"_s;
    else if (in.regionsProjected > 0)
        html += u"<p style='color:#555'>"_s
            + Text::tr("Projected from the %1 census with the net migration rates and child-woman ratio of %2→%3; "
                       "net migration balanced over the %4 regions projected together.")
                  .arg(reference->years.first())
                  .arg(in.ratesFrom)
                  .arg(in.ratesFrom + 5)
                  .arg(in.regionsProjected)
            + u"</p>"_s;
    return html;
}

QString projectionHowToRead()
{
    return Text::tr(
        "The projection starts from the base census and moves each 5-year age group of men and women forward "
        "five years at a time: the survivors (national life table with projected mortality), plus the region's "
        "net migration rate of the rate period, plus births estimated from the ratio of children 0–4 to women "
        "15–49 (the cohort-component method of 国立社会保障・人口問題研究所's regional projections). In the first "
        "tab the solid line is what the censuses counted and each dashed line is a scenario: “Current trends” "
        "holds the rates of the rate period; the fertility scenarios raise the child-woman ratio in proportion to "
        "a total fertility rate moving to the target; the zero-migration scenarios set net migration to zero from "
        "the chosen year. Below it, the share aged 65 and over (高齢化率) of every scenario. The second tab shows "
        "the pyramid of the year chosen with the slider, with the base year as a black outline (where a bar stops "
        "inside the outline, that age group has shrunk), and the three age groups of the scenario chosen above. "
        "The map shows every prefecture's population in the chosen year as an index, base year = 100: below 100 "
        "means fewer people. "
        "A projection is not a forecast: it says what the assumptions imply, and it differs from the official "
        "社人研 figures, which use other rates and assumptions.");
}

} // namespace regionlens::app
