// SPDX-License-Identifier: GPL-3.0-or-later
// PageMap: the choropleth of an analysis page with its level chooser
// (MapLevelControl) and the page's own municipal picks, wired to the shared
// RegionSelection the same way on every page:
// - a click at prefecture level sets the shared selection; at municipal
//   level it picks municipalities (this page only) and their prefectures
//   become the shared selection;
// - leaving the municipal level drops the picks, a prefecture filter drops
//   the picks outside it, followSelection() drops those whose prefecture is
//   no longer selected;
// - showValues() puts the values of the regions the level shows on the map
//   and re-marks the selection without echoing it back.
// Put panel() where the map goes (e.g. PageFrame::setSidePanel()).
// MapPage: an analysis page with one PageMap, and the accessors tests and
// the workspace use on it.
#pragma once

#include "analysispage.h"
#include "commentarycontext.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace regionlens::widgets {
class ChoroplethMap;
}

namespace regionlens::app {

class MapLevelControl;
class RegionSelection;

class PageMap : public QObject
{
    Q_OBJECT

public:
    PageMap(RegionSelection &selection, QWidget *page);

    widgets::ChoroplethMap *map() const { return m_map; }
    MapLevelControl *levels() const { return m_levels; }
    // The level bar, the note and the map with its options, made once.
    QWidget *panel();

    // Takes the boundaries from the catalogue (see MapLevelControl::reload());
    // drops the picks the map no longer shows.
    void reload(const CatalogSource &catalog);
    bool municipal() const;
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    // ", municipalities" / ", 愛知県 municipalities" for a map title; "" at
    // prefecture level.
    QString titleSuffix() const;

    QStringList municipalSelection() const { return m_picked; }
    // Picks the shown municipalities among codes; their prefectures become
    // the shared selection. Emits picked().
    void selectMunicipalities(const QStringList &codes);
    // Drops the picks whose prefecture is no longer in the shared selection.
    void followSelection();

    // values restricted to the regions the level shows; then the marked
    // regions (the picks at municipal level, else the shared selection).
    void showValues(const QHash<QString, double> &values);
    void markSelection();

signals:
    void levelChanged();    // the level changed (picks dropped when leaving the municipal level)
    void filterChanged();   // the prefecture filter changed (picks outside it dropped)
    // Municipalities were picked; sharedChanged = false when the shared
    // selection stayed the same (then no RegionSelection::changed follows
    // and the page redraws itself).
    void picked(bool sharedChanged);

private:
    RegionSelection &m_selection;
    widgets::ChoroplethMap *m_map = nullptr;
    MapLevelControl *m_levels = nullptr;
    QWidget *m_panel = nullptr;
    QWidget *m_page = nullptr;
    QStringList m_picked;
    bool m_marking = false;
};

class MapPage : public AnalysisPage
{
    Q_OBJECT

public:
    MapPage(const PageContext &context, QWidget *parent = nullptr);
    MapPage(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);

    widgets::ChoroplethMap *map() const;
    bool municipal() const;   // the map shows municipalities
    // The map's level ("prefecture", "municipality") and prefecture filter
    // (municipal level only); see MapLevelControl.
    MapLevelControl *mapLevels() const;
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    // Municipalities clicked on the map (or picked in a table) on this page;
    // the shared selection gets their prefectures.
    QStringList municipalSelection() const;
    void selectMunicipalities(const QStringList &codes);

protected:
    PageMap *pageMap() const { return m_pageMap; }
    // Names, selection and the municipal map's state for the commentary.
    CommentaryContext commentaryContext() const;

private:
    PageMap *m_pageMap;
};

} // namespace regionlens::app
