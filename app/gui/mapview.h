// SPDX-License-Identifier: GPL-3.0-or-later
// The main view: a choropleth of one indicator, a time-series chart of the
// selected regions beside it, and the source of what is shown.
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace regionlens::datasets {
class Store;
}
namespace regionlens::widgets {
class ChoroplethMap;
class TimeSeriesChart;
}

namespace regionlens::app {

class MapView : public QWidget
{
    Q_OBJECT

public:
    MapView(datasets::Store &store, bool japanese, QWidget *parent = nullptr);

    void selectRegions(const QStringList &codes);
    QStringList selectedRegions() const { return m_selected; }
    QString currentIndicator() const;
    void setIndicator(const QString &id);
    widgets::ChoroplethMap *map() const { return m_map; }
    widgets::TimeSeriesChart *chart() const { return m_chart; }
    // Re-reads indicators and boundaries (after an import).
    void reload();

signals:
    void selectionChanged(const QStringList &codes);
    void statusMessage(const QString &text);

private:
    void buildUi();
    void fillIndicators();
    void indicatorChanged();
    void refreshMap();
    void refreshChart();
    void refreshInfo();
    void applyPreset(int index);
    QString regionName(const QString &code) const;
    QString industryName(const QString &code) const;

    datasets::Store &m_store;
    bool m_japanese;
    QStringList m_selected;
    QHash<QString, double> m_values;
    QHash<QString, QString> m_regionNames;
    QHash<QString, QString> m_industryNames;

    QComboBox *m_indicator = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_classes = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_source = nullptr;
    widgets::ChoroplethMap *m_map = nullptr;
    widgets::TimeSeriesChart *m_chart = nullptr;
};

} // namespace regionlens::app
