// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageregistry.h"

#include "circulationview.h"
#include "compareview.h"
#include "complexityview.h"
#include "flowsview.h"
#include "growthview.h"
#include "impactview.h"
#include "industryview.h"
#include "populationview.h"
#include "productivityview.h"
#include "projectionview.h"
#include "shiftshareview.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// Every page is made from the workspace's context (its catalogue, selection,
// store and language).
template<typename Page>
AnalysisPage *makePage(const PageContext &context, QWidget *parent)
{
    return new Page(context, parent);
}

} // namespace

QString PageEntry::title() const
{
    return QCoreApplication::translate(titleContext, titleSource);
}

const QList<PageEntry> &analysisPages()
{
    static const QList<PageEntry> pages = {
        {u"industry"_s, "regionlens::app::IndustryView", QT_TRANSLATE_NOOP("regionlens::app::IndustryView", "Industry structure"),
         makePage<IndustryView>},
        {u"shiftshare"_s, "regionlens::app::ShiftShareView",
         QT_TRANSLATE_NOOP("regionlens::app::ShiftShareView", "Growth factors (shift-share)"), makePage<ShiftShareView>},
        {u"growth"_s, "regionlens::app::GrowthView", QT_TRANSLATE_NOOP("regionlens::app::GrowthView", "Strong and growing"), makePage<GrowthView>},
        {u"productivity"_s, "regionlens::app::ProductivityView", QT_TRANSLATE_NOOP("regionlens::app::ProductivityView", "Productivity and economy"), makePage<ProductivityView>},
        {u"population"_s, "regionlens::app::PopulationView", QT_TRANSLATE_NOOP("regionlens::app::PopulationView", "Population"),
         makePage<PopulationView>},
        {u"projection"_s, "regionlens::app::ProjectionView", QT_TRANSLATE_NOOP("regionlens::app::ProjectionView", "Population projection"), makePage<ProjectionView>},
        {u"flows"_s, "regionlens::app::FlowsView", QT_TRANSLATE_NOOP("regionlens::app::FlowsView", "Migration flows"),
         makePage<FlowsView>},
        {u"circulation"_s, "regionlens::app::CirculationView", QT_TRANSLATE_NOOP("regionlens::app::CirculationView", "Regional economic circulation"), makePage<CirculationView>},
        {u"impact"_s, "regionlens::app::ImpactView", QT_TRANSLATE_NOOP("regionlens::app::ImpactView", "Economic impact"),
         makePage<ImpactView>},
        {u"complexity"_s, "regionlens::app::ComplexityView", QT_TRANSLATE_NOOP("regionlens::app::ComplexityView", "Smart specialisation"), makePage<ComplexityView>},
        {u"compare"_s, "regionlens::app::CompareView", QT_TRANSLATE_NOOP("regionlens::app::CompareView", "Compare with peers"), makePage<CompareView>},
    };
    return pages;
}

const PageEntry *findAnalysisPage(const QString &id)
{
    for (const PageEntry &entry : analysisPages())
        if (entry.id == id)
            return &entry;
    return nullptr;
}

QStringList workspacePageIds()
{
    QStringList ids{u"start"_s, u"map"_s};
    for (const PageEntry &entry : analysisPages())
        ids << entry.id;
    return ids;
}

} // namespace regionlens::app
