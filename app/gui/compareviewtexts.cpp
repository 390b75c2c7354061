// SPDX-License-Identifier: GPL-3.0-or-later
// The 自治体比較 page's texts: how counts were divided, the theme's name, the
// commentary, the hint and the 出典 line (compareview.h).
#include "compareview.h"

#include "catalogsource.h"
#include "comparecommentary.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/indicatorcatalog.h"
#include "messagetexts.h"
#include "regionselection.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace compare = regionlens::datasets::compareadapter;
using Per = regionlens::datasets::indicatoradapter::Per;

namespace regionlens::app {

QString CompareView::perText() const
{
    switch (m_shown.per) {
    case Per::Capita:
        return tr("Counts per person; rates and averages as published.");
    case Per::Thousand:
        return tr("Counts per 1,000 people; rates and averages as published.");
    case Per::HundredThousand:
        return tr("Counts per 100,000 people; rates and averages as published.");
    case Per::Km2:
        return tr("Counts per km²; rates and averages as published.");
    case Per::Household:
        return tr("Counts per household; rates and averages as published.");
    default:
        return {};
    }
}

QString CompareView::scopeName() const
{
    const QString s = scope();
    if (s.startsWith(u"theme:"))
        if (const auto t = indicatorcatalog::theme(s.mid(6)))
            return japanese() ? t->nameJa : t->nameEn;
    if (s.startsWith(u"category:"))
        if (const auto c = indicatorcatalog::category(s.mid(9)))
            return japanese() ? c->nameJa : c->nameEn;
    return {};
}

QString CompareView::emptyScopeText() const
{
    // Nothing compared although the region is known: say which level has the scope's indicators.
    if (!m_result.error.isEmpty() || !m_result.rows.isEmpty() || m_result.region.isEmpty())
        return {};
    const ScopeCount count = scopeCounts().value(scope());
    const QString name = scopeName().isEmpty() ? tr("All indicators") : scopeName();
    if (m_result.level == RegionLevel::Prefecture && count.municipal > 0)
        return tr("%1 has no indicators for prefectures in the bundled data: its %2 indicators are municipal "
                  "(SSDSE-A). Select a municipality to compare them.")
            .arg(name)
            .arg(count.municipal);
    if (m_result.level == RegionLevel::Municipality && count.prefectural > 0)
        return tr("%1 has no indicators for municipalities in the bundled data: its %2 indicators are prefectural "
                  "(SSDSE-B, SSDSE-E). Select a prefecture to compare them.")
            .arg(name)
            .arg(count.prefectural);
    return tr("%1 has no indicators with values at this level.").arg(name);
}

QHash<QString, CompareView::ScopeCount> CompareView::scopeCounts() const
{
    // Plain indicators (values per region, not flows) with years at each level, by "theme:…" and "category:…".
    QHash<QString, ScopeCount> counts;
    for (const IndicatorInfo &info : catalog().indicators()) {
        if (info.kind == u"flow")
            continue;
        const bool municipal = !catalog().years(info.id, RegionLevel::Municipality).isEmpty();
        const bool prefectural = !catalog().years(info.id, RegionLevel::Prefecture).isEmpty();
        const CatalogEntry entry = indicatorcatalog::entryFor(info);
        QStringList keys{QString(), u"category:"_s + entry.category};
        for (const QString &t : entry.themes)
            keys << u"theme:"_s + t;
        for (const QString &k : std::as_const(keys)) {
            counts[k].municipal += municipal ? 1 : 0;
            counts[k].prefectural += prefectural ? 1 : 0;
        }
    }
    return counts;
}

QString CompareView::howToRead() const
{
    return compareHowToRead();
}

QString CompareView::commentary() const
{
    CompareCommentaryInput in;
    in.result = m_result;
    in.peers = m_shown.peers;
    in.perText = perText();
    in.regionName = regionName(m_result.region);
    in.prefectureName = regionName(m_result.region.left(2));
    in.themeName = scopeName();
    in.emptyNote = emptyScopeText();
    in.japanese = japanese();
    return compareCommentary(in);
}

QString CompareView::idleHint() const
{
    if (!m_result.error.isEmpty())
        return importText(m_result.error);   // the adapter writes English (the CLI's language)
    return selection().isEmpty() ? tr("Select a municipality or a prefecture in the region bar.") : QString();
}

QStringList CompareView::sources() const
{
    // Every indicator drawn (and the denominator): the SSDSE editions in one 出典, any
    // other source as it is, each licence once.
    QStringList ids;
    for (const compare::Row &r : m_result.rows)
        ids << r.indicator;
    const Per per = m_shown.per;
    if (per != Per::None)
        ids << QString::fromLatin1(per == Per::Km2         ? indicatorcatalog::kArea
                                   : per == Per::Household ? indicatorcatalog::kHouseholds
                                                           : indicatorcatalog::kPopulation);
    QStringList editions, others, licences;
    for (const QString &id : std::as_const(ids)) {
        const CatalogEntry entry = indicatorcatalog::entryOf(catalog(), id);
        if (!entry.tables.isEmpty()) {
            for (const QString &t : entry.tables)
                if (!editions.contains(t))
                    editions << t;
        } else if (const QString s = sourceOf(id); !s.isEmpty() && !others.contains(s)) {
            others << s;
        }
        if (const auto info = catalog().indicator(id); info && !licences.contains(licenceLabel(info->licence)))
            licences << licenceLabel(info->licence);
    }
    std::sort(editions.begin(), editions.end());
    QStringList out;
    if (!editions.isEmpty())
        out << tr("NSTAC SSDSE (%1)").arg(editions.join(u", "_s).remove(u"SSDSE-"_s));
    out += others;
    for (const QString &l : std::as_const(licences))
        out << tr("Licence: %1").arg(l);
    return out;
}

} // namespace regionlens::app
