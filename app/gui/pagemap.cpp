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
        if (municipal())
            selectMunicipalities(codes);
        else
            m_selection.set(codes);
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, [this] {
        if (!municipal())
            m_picked.clear();
        emit levelChanged();
    });
    connect(m_levels, &MapLevelControl::filterChanged, this, [this] {
        m_picked.removeIf([this](const QString &code) { return !m_levels->shows(code); });
        emit filterChanged();
    });
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
    m_picked.removeIf([this](const QString &code) { return !m_levels->shows(code); });
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

void PageMap::selectMunicipalities(const QStringList &codes)
{
    QStringList prefectures;
    m_picked = m_levels->shownMunicipalities(codes, &prefectures);
    // The prefectures follow in the shared selection (other figures, other pages).
    const QStringList before = m_selection.codes();
    if (!prefectures.isEmpty())
        m_selection.set(prefectures);
    emit picked(m_selection.codes() != before);
}

void PageMap::followSelection()
{
    // A municipality stays picked while its prefecture is selected.
    m_picked.removeIf([this](const QString &code) { return !m_selection.codes().contains(code.left(2)); });
}

void PageMap::showValues(const QHash<QString, double> &values)
{
    m_map->setValues(m_levels->restrict(values));
    markSelection();
}

void PageMap::markSelection()
{
    m_marking = true;
    m_map->setSelectedCodes(municipal() ? m_picked : m_selection.codes());
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
