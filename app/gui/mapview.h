// SPDX-License-Identifier: GPL-3.0-or-later
// The main view: a choropleth of one indicator, a time-series chart of the
// selected regions beside it, and the source of what is shown.
#pragma once

#include "analysispage.h"
#include "widgets/choroplethmap.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace regionlens::datasets {
class Store;
}
namespace regionlens::widgets {
class TimeSeriesChart;
}

namespace regionlens::app {

class MapLevelControl;
class MapOptionsBar;

class MapView : public QWidget
{
    Q_OBJECT

public:
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
    QString currentIndicator() const;
    void setIndicator(const QString &id);
    widgets::ChoroplethMap *map() const { return m_map; }
    widgets::TimeSeriesChart *chart() const { return m_chart; }
    // The map ("map") and the time series ("map_series"), drawn into any
    // painter: they export through the same PNG/SVG/PDF path as every figure.
    QList<PageFigure> figures() const;
    // Asks for a file (PNG, SVG or PDF) and writes the map there (1600 × 1200).
    void exportMap();
    // Re-reads indicators and boundaries (after an import).
    void reload();

signals:
    void selectionChanged(const QStringList &codes);
    void statusMessage(const QString &text);

private:
    void buildUi();
    void fillIndicators();
    void indicatorChanged();
    void levelChanged();
    void filterChanged();
    bool municipal() const;
    const QStringList &shownSelection() const;
    void refreshMap();
    void refreshChart();
    void refreshInfo();
    void applyPreset(int index);
    QString regionName(const QString &code) const;
    QString industryName(const QString &code) const;

    datasets::Store &m_store;
    bool m_japanese;
    QStringList m_selected;          // prefectures, shared
    QStringList m_municipalSelected; // municipalities, this page only
    QHash<QString, double> m_values;
    QHash<QString, QString> m_regionNames;
    QHash<QString, QString> m_industryNames;

    QComboBox *m_indicator = nullptr;
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
