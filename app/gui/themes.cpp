// SPDX-License-Identifier: GPL-3.0-or-later
#include "themes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("Themes", source);
}
} // namespace

QList<Theme> themes()
{
    return {
        {u"earning_power"_s, u"industry"_s, text(QT_TRANSLATE_NOOP("Themes", "What are the region's strong industries and its earning power?")),
         text(QT_TRANSLATE_NOOP("Themes", "Location quotients (特化係数) rank the region's industries against the national structure; the "
              "earning-power chart adds labour productivity. Start with the bars above 1.0."))},
        {u"growth"_s, u"shiftshare"_s, text(QT_TRANSLATE_NOOP("Themes", "Is growth due to the industry mix or to the region's own competitiveness?")),
         text(QT_TRANSLATE_NOOP("Themes", "Shift-share splits the change between two years into national growth, industry mix and a regional "
              "component. Look at the sign and size of the regional component."))},
        {u"strong_growing"_s, u"growth"_s, text(QT_TRANSLATE_NOOP("Themes", "Which industries are strong and growing?")),
         text(QT_TRANSLATE_NOOP("Themes", "Each industry's change between two censuses, its contribution to the region's growth and its "
              "shift-share components; the quadrant of specialisation (LQ) and growth. Start top right."))},
        {u"productivity"_s, u"productivity"_s, text(QT_TRANSLATE_NOOP("Themes", "How large and how productive is the regional economy?")),
         text(QT_TRANSLATE_NOOP("Themes", "Gross prefectural product over time, by activity and its growth contributions; GDP per "
              "worker by activity and its rank among the prefectures."))},
        {u"flows"_s, u"flows"_s, text(QT_TRANSLATE_NOOP("Themes", "Where do people come from, and where do they go?")),
         text(QT_TRANSLATE_NOOP("Themes", "The migration matrix shows movers between prefectures: the flow map draws the largest flows, the "
              "map shows net migration, the table lists the main origins and destinations."))},
        {u"population"_s, u"population"_s, text(QT_TRANSLATE_NOOP("Themes", "How has the population and its age structure changed?")),
         text(QT_TRANSLATE_NOOP("Themes", "Population over a century of censuses for several regions in one chart, and the population "
              "pyramid by sex and five-year age class."))},
        {u"circulation"_s, u"circulation"_s, text(QT_TRANSLATE_NOOP("Themes", "Does the money earned in the region stay in it, and which industries bring money in?")),
         text(QT_TRANSLATE_NOOP("Themes", "The 地域経済循環 diagram follows production, income and expenditure with what leaves and enters "
              "the region at each stage; the bars show the industries that earn money from outside (純移輸出)."))},
        {u"impact"_s, u"impact"_s, text(QT_TRANSLATE_NOOP("Themes", "What does a new factory, an event or more visitors bring to the region's economy?")),
         text(QT_TRANSLATE_NOOP("Themes", "The input–output impact (経済波及効果) of a demand entered by sector or from a template: direct, "
              "1st and 2nd indirect effects on output, value added, income and employees, with the assumptions listed."))},
        {u"complexity"_s, u"complexity"_s, text(QT_TRANSLATE_NOOP("Themes", "Which industries could the region grow next, building on what it already does?")),
         text(QT_TRANSLATE_NOOP("Themes", "Smart specialisation: industries the region is not yet specialised in, by how related they are to "
              "its strengths (relatedness density) and how complex they are; the industry space and an economic complexity map."))},
        {u"projection"_s, u"projection"_s, text(QT_TRANSLATE_NOOP("Themes", "How many people will live here in 2045, and what if fertility or migration changed?")),
         text(QT_TRANSLATE_NOOP("Themes", "A cohort-component projection from the census with the 人口ビジョン scenarios: current trends, "
              "fertility rising to a target, net migration falling to zero. Compare the dashed lines with the census line."))},
        {u"map"_s, u"map"_s, text(QT_TRANSLATE_NOOP("Themes", "How is an indicator distributed across Japan?")),
         text(QT_TRANSLATE_NOOP("Themes", "A map of any indicator in the store, with class breaks, the ranking of the selected region and its "
              "time series."))},
    };
}

Theme theme(const QString &id)
{
    for (const Theme &t : themes()) {
        if (t.id == id)
            return t;
    }
    return {};
}

} // namespace regionlens::app
