// SPDX-License-Identifier: GPL-3.0-or-later
// The main view: a choropleth of one indicator, a time-series chart of the
// selected regions beside it, and the source of what is shown.
#pragma once

#include "analysispage.h"
#include "datasets/catalog.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace regionlens::datasets {
class Store;
}
namespace regionlens::app {

class CatalogSource;
class IndicatorPicker;
class MeasureControl;
class JobRunner;
class MapLevelControl;
class MapOptionsBar;

class MapView : public QWidget
{
    Q_OBJECT

public:
    // Names, indicators, years and boundaries come from catalog (no SQL);
    // the time series of a picked region is read on a worker. Follows
    // catalog.changed().
    MapView(CatalogSource &catalog, QWidget *parent = nullptr);
    // Standalone (tests): with a catalogue of its own, built here.
    MapView(datasets::Store &store, bool japanese, QWidget *parent = nullptr);

    // The shared selection (prefectures). At municipal level the map keeps
    // its own selection of municipalities (map()->selectedCodes()), which
    // the prefecture-level analysis pages do not follow.
    void selectRegions(const QStringList &codes);
    QStringList selectedRegions() const { return m_selected; }
    // "prefecture" or "municipality" (offered once municipal boundaries are imported).
    QString level() const;
    void setLevel(const QString &level);
    // Prefecture filter at municipal level: "" = all municipalities.
    QString prefectureFilter() const;
    void setPrefectureFilter(const QString &prefectureCode);
    MapOptionsBar *mapOptions() const { return m_options; }
    IndicatorPicker *indicatorPicker() const { return m_picker; }
    QString currentIndicator() const;
    void setIndicator(const QString &id);
    widgets::ChoroplethMap *map() const { return m_map; }
    // The values on the map (region → value; a derived measure's when one is chosen).
    const QHash<QString, double> &values() const { return m_values; }
    // The source line under the map (rich text: source, licence, a derived measure's formula).
    QString sourceLine() const;
    widgets::TimeSeriesChart *chart() const { return m_chart; }
    // The map ("map") and the time series ("map_series"), drawn into any
    // painter: they export through the same PNG/SVG/PDF path as every figure.
    QList<PageFigure> figures() const;
    // Asks for a file (PNG, SVG or PDF) and writes the map there (1600 × 1200).
    void exportMap();
    // Takes indicators and boundaries from the catalogue again (a catalogue
    // of its own is rebuilt first).
    void reload();
    // Blocks until the map values and time series being read are shown
    // (tests, screenshots, exports).
    void waitForIdle();

signals:
    void selectionChanged(const QStringList &codes);
    // A click on the municipal map (its own selection; the workspace passes it
    // on where the shared selection holds a municipality: 自治体比較).
    void municipalitiesPicked(const QStringList &codes);
    void statusMessage(const QString &text);

public:
    // A derived measure as the indicator adapter gave it (formula, unit, the
    // denominator's years), or why it could not be computed.
    struct DerivedText
    {
        QString indicator;
        QString formulaJa, formulaEn, unitJa, unitEn;
        QString error;
        QString denominator;          // its indicator id; "" for a change alone
        QList<int> denominatorYears;
    };
    // What the map job reads: the values to colour, and whether the
    // indicator is broken down by sex (else the sex chooser is disabled);
    // for a derived measure, its description.
    struct MapData
    {
        bool bySex = false;
        QHash<QString, double> values;
        std::optional<DerivedText> measure;
    };
    MeasureControl *measureControl() const { return m_measure; }

private:
    void buildUi();
    void applyCatalog();
    void fillIndicators();      // the picker's list for the level, then indicatorChanged()
    void indicatorChanged();
    void levelChanged();
    void filterChanged();
    bool municipal() const;
    const QStringList &shownSelection() const;
    void refreshMap();
    void mapRead(MapData data);
    void updateMapText(const datasets::IndicatorInfo &info);
    void updateMeasureChoice();
    datasets::RegionLevel regionLevel() const;
    const DerivedText *shownMeasure() const;
    QString measureLine(const DerivedText &measure) const;
    void refreshChart();
    void showChart(const datasets::IndicatorInfo &info, const QList<widgets::Series> &series);
    QString municipalOnPrefectureMap(const QString &code, const QString &unit) const;
    void refreshInfo();
    void applyPreset(int index);
    QString regionName(const QString &code) const;
    QString industryName(const QString &code) const;

    datasets::Store &m_store;
    CatalogSource *m_catalog;
    bool m_ownCatalog = false;
    JobRunner *m_mapRunner = nullptr;     // the map's values, read on a worker
    JobRunner *m_chartRunner = nullptr;   // the selection's time series
    QStringList m_selected;          // prefectures, shared
    QStringList m_municipalSelected; // municipalities, this page only
    QHash<QString, double> m_values;
    std::optional<DerivedText> m_measureShown;   // the last derived measure drawn

    IndicatorPicker *m_picker = nullptr;   // theme, search, indicator (the catalogue's)
    MeasureControl *m_measure = nullptr;   // per capita … share, change and growth
    QComboBox *m_industry = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_year = nullptr;
    MapLevelControl *m_levels = nullptr;
    MapOptionsBar *m_options = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_source = nullptr;
    widgets::ChoroplethMap *m_map = nullptr;
    widgets::TimeSeriesChart *m_chart = nullptr;
};

} // namespace regionlens::app
