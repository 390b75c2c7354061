// SPDX-License-Identifier: GPL-3.0-or-later
// The level chooser (都道府県 / 市区町村) and the prefecture filter of a
// choropleth, shared by the map page and the analysis pages' maps. It owns
// the two combo boxes (placed by the page, or in bar()), takes the
// prefecture and municipal features from the catalogue (decoded once for
// every map), and puts the features of the chosen level on the map: at municipal level with a prefecture
// filter only that prefecture's municipalities, so that the map zooms to it.
// The municipal level is offered once municipal boundaries are imported.
#pragma once

#include "widgets/choroplethmap.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QComboBox;
class QLabel;
class QWidget;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class CatalogSource;

class MapLevelControl : public QObject
{
    Q_OBJECT

public:
    // The combo boxes are children of parent (objectNames "mapLevel" and
    // "mapPrefecture").
    MapLevelControl(widgets::ChoroplethMap *map, QWidget *parent);

    QComboBox *levelBox() const { return m_level; }
    QComboBox *prefectureBox() const { return m_prefecture; }
    // "Level [..]  Prefecture [..]" in one row, for a page's control bar.
    QWidget *bar(QWidget *parent);
    // The column an analysis page puts where its map was: bar(), a note
    // line (hidden while empty, see setNote()) and the map with its compact
    // map options (MapOptionsBar::wrap()).
    QWidget *mapPanel(QWidget *parent);
    // A line under the level chooser saying why the map is empty or what
    // it shows (e.g. "value added exists for prefectures only"); "" hides it.
    void setNote(const QString &text);
    QString note() const;

    // Takes the features of both levels and the prefectures from the
    // catalogue's current snapshot (no SQL); keeps the level and the filter
    // where they still exist, and puts the features on the map. Emits nothing.
    void reload(const CatalogSource &catalog);
    // The same read from the store here (names: display names by code, see
    // qualifiedRegionNames()), for pages that do not read the catalogue yet.
    void reload(const datasets::Store &store, const QHash<QString, QString> &names);

    bool municipalAvailable() const { return !m_municipal.isEmpty(); }
    bool municipal() const;
    QString level() const;   // "prefecture" or "municipality"
    void setLevel(const QString &level);
    // At municipal level: "" = all municipalities, else a prefecture code.
    // Always "" at prefecture level.
    QString prefectureFilter() const;
    void setPrefectureFilter(const QString &prefectureCode);
    // Display name of the filter's prefecture ("" without a filter).
    QString prefectureFilterName() const;
    // True when code is a region the map shows at the current level and filter.
    bool shows(const QString &code) const;
    // The municipalities among codes that the map shows, in order; their
    // prefectures (each once) go to *prefectures for the shared selection.
    QStringList shownMunicipalities(const QStringList &codes, QStringList *prefectures) const;
    // values without the regions the map does not show.
    QHash<QString, double> restrict(QHash<QString, double> values) const;
    // Number of municipal features in the store (0 without boundaries).
    int municipalFeatureCount() const { return int(m_municipal.size()); }

signals:
    // The level changed (the map already has the new features).
    void levelChanged();
    // The prefecture filter changed at municipal level (features already set).
    void filterChanged();

private:
    // prefectures: code → display name, in code order.
    void setFeatures(QList<widgets::MapFeature> prefectureFeatures, QList<widgets::MapFeature> municipalFeatures,
                     const QList<std::pair<QString, QString>> &prefectures);
    void applyFeatures();

    widgets::ChoroplethMap *m_map;
    QComboBox *m_level = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLabel *m_note = nullptr;
    QList<widgets::MapFeature> m_prefectures;
    QList<widgets::MapFeature> m_municipal;
};

} // namespace regionlens::app
