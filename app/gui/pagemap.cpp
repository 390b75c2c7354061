// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemap.h"

#include "maplevelcontrol.h"
#include "regionselection.h"
#include "widgets/choroplethmap.h"

using namespace Qt::StringLiterals;

namespace regionlens::app {

PageMap::PageMap(RegionSelection &selection, QWidget *page) : QObject(page), m_selection(selection), m_page(page)
{
    m_map = new widgets::ChoroplethMap(page);
    m_map->setPalette(widgets::Palette::BlueRed);
    m_levels = new MapLevelControl(m_map, page);
    connect(m_map, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (m_marking)
            return;
        if (codes.isEmpty()) {   // a click on the sea: the selection stays
            markSelection();
            return;
        }
        if (municipal())
            selectMunicipalities(codes);
        else
            m_selection.set(codes);
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, [this] {
        if (!m_syncing)   // every page follows, this one takes the shared filter
            m_selection.setLevel(m_levels->level());
        markSelection();
        emit levelChanged();
    });
    connect(m_levels, &MapLevelControl::filterChanged, this, [this] {
        if (!m_syncing)
            m_selection.setPrefectureFilter(m_levels->prefectureFilter());
        markSelection();
        emit filterChanged();
    });
    // Another page (or the region bar) changed the shared level.
    connect(&m_selection, &RegionSelection::levelChanged, this, &PageMap::applySharedLevel);
}

void PageMap::applySharedLevel()
{
    m_syncing = true;
    m_levels->setLevel(m_selection.level());
    if (municipal())
        m_levels->setPrefectureFilter(m_selection.prefectureFilter());
    m_syncing = false;
}

QWidget *PageMap::panel()
{
    if (!m_panel)
        m_panel = m_levels->mapPanel(m_page);
    return m_panel;
}

void PageMap::reload(const CatalogSource &catalog)
{
    m_levels->reload(catalog);
    applySharedLevel();
}

bool PageMap::municipal() const
{
    return m_levels->municipal();
}

QString PageMap::level() const
{
    return m_levels->level();
}

void PageMap::setLevel(const QString &level)
{
    m_levels->setLevel(level);
}

void PageMap::setPrefectureFilter(const QString &prefectureCode)
{
    m_levels->setPrefectureFilter(prefectureCode);
}

QString PageMap::titleSuffix() const
{
    if (!municipal())
        return {};
    return m_levels->prefectureFilter().isEmpty() ? tr(", municipalities")
                                                  : tr(", %1 municipalities").arg(m_levels->prefectureFilterName());
}

QStringList PageMap::municipalSelection() const
{
    return m_selection.municipalities();
}

void PageMap::selectMunicipalities(const QStringList &codes)
{
    QStringList prefectures;
    const QStringList shown = m_levels->shownMunicipalities(codes, &prefectures);
    const QStringList before = m_selection.codes();
    if (!shown.isEmpty())
        m_selection.set(shown);
    emit picked(m_selection.codes() != before);
}

void PageMap::showValues(const QHash<QString, double> &values)
{
    m_map->setValues(m_levels->restrict(values));
    markSelection();
}

void PageMap::markSelection()
{
    m_marking = true;
    // At prefecture level a selected municipality marks its prefecture.
    m_map->setSelectedCodes(municipal() ? m_selection.municipalities() : m_selection.prefectures());
    m_marking = false;
}

MapPage::MapPage(const PageContext &context, QWidget *parent)
    : AnalysisPage(context, parent), m_pageMap(new PageMap(context.selection, this))
{
}

MapPage::MapPage(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent), m_pageMap(new PageMap(selection, this))
{
}

widgets::ChoroplethMap *MapPage::map() const
{
    return m_pageMap->map();
}

bool MapPage::municipal() const
{
    return m_pageMap->municipal();
}

MapLevelControl *MapPage::mapLevels() const
{
    return m_pageMap->levels();
}

QString MapPage::level() const
{
    return m_pageMap->level();
}

void MapPage::setLevel(const QString &level)
{
    m_pageMap->setLevel(level);
}

void MapPage::setPrefectureFilter(const QString &prefectureCode)
{
    m_pageMap->setPrefectureFilter(prefectureCode);
}

QStringList MapPage::municipalSelection() const
{
    return m_pageMap->municipalSelection();
}

void MapPage::selectMunicipalities(const QStringList &codes)
{
    m_pageMap->selectMunicipalities(codes);
}

CommentaryContext MapPage::commentaryContext() const
{
    CommentaryContext c;
    c.regionNames = regionNames();
    c.aggregateName = aggregateName();
    c.noSelection = selection().isEmpty();
    c.municipal = m_pageMap->municipal();
    c.prefectureFilter = m_pageMap->levels()->prefectureFilter();
    c.prefectureFilterName = m_pageMap->levels()->prefectureFilterName();
    c.municipalSelection = m_pageMap->municipalSelection();
    return c;
}

} // namespace regionlens::app
