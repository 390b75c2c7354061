// SPDX-License-Identifier: GPL-3.0-or-later
// PageMap: the choropleth of an analysis page with its level chooser
// (MapLevelControl), wired to the shared RegionSelection the same way on
// every page:
// - the level and the prefecture filter are the selection's (one setting
//   for every page): choosing them here changes them on every page;
// - a click selects the region clicked (a prefecture, or at municipal
//   level a municipality) in the shared selection; a click on empty sea
//   keeps the selection;
// - municipalSelection() is the municipalities of the shared selection; at
//   prefecture level the map marks their prefectures;
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

    // Takes the boundaries from the catalogue (see MapLevelControl::reload())
    // and the shared level where the map can show it.
    void reload(const CatalogSource &catalog);
    bool municipal() const;
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    // ", municipalities" / ", 愛知県 municipalities" for a map title; "" at
    // prefecture level.
    QString titleSuffix() const;

    // The municipalities of the shared selection.
    QStringList municipalSelection() const;
    // Selects the shown municipalities among codes (the shared selection).
    // Emits picked().
    void selectMunicipalities(const QStringList &codes);
    // Nothing since the picks are the shared selection's (kept for the pages
    // that still call it).
    void followSelection() {}

    // values restricted to the regions the level shows; then the marked
    // regions (the picks at municipal level, else the shared selection).
    void showValues(const QHash<QString, double> &values);
    void markSelection();

signals:
    void levelChanged();    // the level changed (here or on another page)
    void filterChanged();   // the prefecture filter changed
    // Municipalities were picked; sharedChanged = false when the shared
    // selection stayed the same (then no RegionSelection::changed follows
    // and the page redraws itself).
    void picked(bool sharedChanged);

private:
    // The shared level and filter onto the control (emits the control's
    // signals when they change the map).
    void applySharedLevel();

    RegionSelection &m_selection;
    widgets::ChoroplethMap *m_map = nullptr;
    MapLevelControl *m_levels = nullptr;
    QWidget *m_panel = nullptr;
    QWidget *m_page = nullptr;
    bool m_marking = false;
    bool m_syncing = false;   // applying the shared level to the control
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
    // The municipalities of the shared selection (clicked on a map, picked
    // in a table or typed in the region bar).
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
