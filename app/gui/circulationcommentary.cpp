// SPDX-License-Identifier: GPL-3.0-or-later
#include "circulationcommentary.h"

#include "analysisviewsupport.h"
#include "widgets/analysischart.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::CirculationView)
};

QString percentOf(double part, double whole)
{
    return whole != 0.0 && std::isfinite(part) && std::isfinite(whole)
               ? QString::number(100.0 * part / whole, 'f', 1) + percentSuffix()
               : u"–"_s;
}

QString methodName(analysis::LqMethod m)
{
    switch (m) {
    case analysis::LqMethod::Slq: return u"SLQ"_s;
    case analysis::LqMethod::Cilq: return u"CILQ"_s;
    case analysis::LqMethod::Flq: return u"FLQ"_s;
    case analysis::LqMethod::Aflq: return u"AFLQ"_s;
    }
    return {};
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

CirculationUnit circulationUnit(const QString &tableUnit, bool japanese)
{
    if (tableUnit != u"百万円")
        return {1.0, tableUnit, 0};
    return japanese ? CirculationUnit{100.0, u"億円"_s, 0} : CirculationUnit{1000.0, u"¥ bn"_s, 1};
}

QString circulationAmount(double tableAmount, const CirculationUnit &unit, bool sign)
{
    if (!std::isfinite(tableAmount))
        return u"–"_s;
    const double v = tableAmount / unit.divisor;
    QString text = widgets::formatNumber(v, unit.decimals);
    if (sign && v > 0 && text != widgets::formatNumber(0.0, unit.decimals))
        text.prepend(u'+');
    return unit.unit.isEmpty() ? text : text + u' ' + unit.unit;
}

QString circulationTableLabel(const datasets::inputoutput::Result &r)
{
    if (!r.estimated)
        return Text::tr("official table %1").arg(r.tableYear);
    const bool delta = r.method == analysis::LqMethod::Flq || r.method == analysis::LqMethod::Aflq;
    return delta ? Text::tr("estimated (%1, δ = %2)").arg(methodName(r.method), QString::number(r.delta, 'g', 3))
                 : Text::tr("estimated (%1)").arg(methodName(r.method));
}

QList<int> sectorsByNetExports(const datasets::inputoutput::Result &r)
{
    const QVector<double> &net = r.circulation.netExportsBySector;
    QList<int> order;
    for (int i = 0; i < net.size(); ++i)
        if (std::isfinite(net.at(i)))
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return net.at(a) > net.at(b); });
    return order;
}

QString circulationCommentary(const CirculationCommentaryInput &in)
{
    if (!in.hasResult)
        return in.problem.isEmpty() ? QString()
                                    : u"<p>%1</p>"_s.arg(Text::tr("No input–output table for %1: %2")
                                                             .arg(escaped(in.regionName), escaped(in.problem)));
    const datasets::inputoutput::Result &r = in.result;
    const datasets::inputoutput::Circulation &c = r.circulation;
    const CirculationUnit unit = circulationUnit(r.tableUnit, in.japanese);
    const auto amount = [&](double v, bool sign = false) { return circulationAmount(v, unit, sign); };
    QString html = u"<h3>%1</h3>"_s.arg(escaped(in.regionName));

    if (r.estimated)
        html += Text::tr("<p><b>Estimate.</b> %1 has no official input–output table in the store: its table is "
                         "estimated from the national %2 table with %3 and employees %4; final demand from its "
                         "population %5 (consumption) and estimated value added (investment). Read the figures as "
                         "orders of magnitude.</p>")
                    .arg(escaped(in.regionName))
                    .arg(r.tableYear)
                    .arg(circulationTableLabel(r))
                    .arg(r.employeesYear)
                    .arg(r.populationYear);
    else
        html += Text::tr("<p>From the official %1 input–output table of %2.</p>").arg(r.tableYear).arg(escaped(in.regionName));

    if (!std::isfinite(c.production)) {
        html += Text::tr("<p>The table has no complete value added or final demand: no circulation.</p>");
        return html;
    }
    // 生産: the largest industries.
    QList<int> byValueAdded;
    for (int i = 0; i < c.grossValueAdded.size(); ++i)
        byValueAdded << i;
    std::stable_sort(byValueAdded.begin(), byValueAdded.end(),
                     [&](int a, int b) { return c.grossValueAdded.at(a) > c.grossValueAdded.at(b); });
    QStringList largest;
    for (int i : byValueAdded.mid(0, 2))
        largest << Text::tr("%1 (%2)").arg(escaped(r.sectors.value(i)), percentOf(c.grossValueAdded.at(i), c.production));
    html += Text::tr("<p><b>Production:</b> gross value added %1, most of it in %2.</p>")
                .arg(amount(c.production), largest.join(Text::tr(" and ")));
    // 分配.
    html += Text::tr("<p><b>Distribution:</b> compensation of employees %1 (%2 of it), other income %3.</p>")
                .arg(amount(c.compensation), percentOf(c.compensation, c.production), amount(c.otherIncome));
    // 支出 and 域際収支.
    html += Text::tr("<p><b>Expenditure:</b> household consumption %1, government consumption %2, investment %3.</p>")
                .arg(amount(c.householdConsumption), amount(c.governmentConsumption), amount(c.investment));
    if (std::isfinite(c.netExports)) {
        const QString balance = Text::tr("exports %1 minus imports %2").arg(amount(c.exports), amount(c.imports));
        html += c.netExports >= 0
                    ? Text::tr("<p>The region sells more to the rest of Japan and abroad than it buys: the trade "
                               "balance (域際収支, %1) is a surplus of %2, %3 of production.</p>")
                          .arg(balance, amount(c.netExports, true), percentOf(c.netExports, c.production))
                    : Text::tr("<p>The region buys more from outside than it sells: the trade balance (域際収支, "
                               "%1) is a deficit of %2, %3 of production; spending in the region is partly "
                               "financed from outside (transfers, income from elsewhere).</p>")
                          .arg(balance, amount(c.netExports, true), percentOf(-c.netExports, c.production));
    }
    // Industries that earn money from outside.
    const QList<int> order = sectorsByNetExports(r);
    QStringList earners, buyers;
    for (int i : order)
        if (c.netExportsBySector.at(i) > 0 && earners.size() < 3)
            earners << Text::tr("%1 (%2)").arg(escaped(r.sectors.value(i)), amount(c.netExportsBySector.at(i), true));
    for (auto it = order.crbegin(); it != order.crend() && buyers.size() < 2; ++it)
        if (c.netExportsBySector.at(*it) < 0)
            buyers << Text::tr("%1 (%2)").arg(escaped(r.sectors.value(*it)), amount(c.netExportsBySector.at(*it), true));
    if (!earners.isEmpty())
        html += Text::tr("<p><b>Earning from outside</b> (net exports 純移輸出 > 0): %1.</p>").arg(earners.join(Text::tr(", ")));
    if (!buyers.isEmpty())
        html += Text::tr("<p><b>Bought in</b> (largest net imports): %1.</p>").arg(buyers.join(Text::tr(", ")));
    // 自給率: lowest and highest among sectors with output.
    int low = -1, high = -1;
    for (int i = 0; i < r.selfSufficiency.size(); ++i) {
        const double s = r.selfSufficiency.at(i);
        if (!std::isfinite(s) || i >= r.output.size() || !(r.output.at(i) > 0))
            continue;
        if (low < 0 || s < r.selfSufficiency.at(low))
            low = i;
        if (high < 0 || s > r.selfSufficiency.at(high))
            high = i;
    }
    if (low >= 0 && high >= 0 && low != high)
        html += Text::tr("<p><b>Self-sufficiency</b> (自給率, the share of the region's demand met by its own "
                         "output): lowest in %1 (%2 %), highest in %3 (%4 %).</p>")
                    .arg(escaped(r.sectors.value(low)), QString::number(100.0 * r.selfSufficiency.at(low), 'f', 1),
                         escaped(r.sectors.value(high)), QString::number(100.0 * r.selfSufficiency.at(high), 'f', 1));
    // The rate on a place-of-work basis.
    if (std::isfinite(c.residenceCirculationRate))
        html += Text::tr("<p>Against residence-based income %1 the circulation rate is %2 %.</p>")
                    .arg(amount(c.residenceIncome), QString::number(100.0 * c.residenceCirculationRate, 'f', 1));
    else
        html += Text::tr("<p>The circulation rate is %1 % because an input–output table counts income where it is "
                         "earned (place of work): commuters' wages and property income crossing the boundary are "
                         "not in it. RESAS's rate divides by residence-based income, which the store does not "
                         "hold.</p>")
                    .arg(QString::number(100.0 * c.circulationRate, 'f', 1));
    return html;
}

QString circulationHowToRead()
{
    return Text::tr("The diagram follows the money round the regional economy: production creates value added "
                    "(生産), which is paid out as income (分配) and spent (支出); the arrow back closes the circle. "
                    "Under each stage, what crosses the region's boundary: exports bring money in (↓), imports "
                    "take it out (↑). The 地域経済循環率 is production ÷ income; below 100 % the region depends on "
                    "income from outside. The bars show net exports (純移輸出) by industry: to the right, "
                    "industries that earn money from outside the region; and each industry's self-sufficiency "
                    "(自給率), the share of the region's demand it meets itself.");
}

} // namespace regionlens::app
