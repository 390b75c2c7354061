// SPDX-License-Identifier: GPL-3.0-or-later
// 産業構造 / Industry structure page: location quotients (特化係数) of one
// measure for the selected region as ranked bars with a reference line at
// 1.0, an LQ choropleth of one industry (diverging around 1.0), the 稼ぐ力
// bubble chart (value-added LQ × relative labour productivity, bubble =
// employees) on the 県民経済計算 activities via a documented concordance,
// and a sortable region × industry table. Follows the shared selection;
// clicking the map, a bar or a table row sets it.
#pragma once

#include "analysispage.h"
#include "datasets/industrystructure.h"

#include <QFutureWatcher>
#include <QHash>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace regionlens::widgets {
class BarChart;
class BubbleChart;
class ChoroplethMap;
}

namespace regionlens::app {

class LqTableModel;
class MapLevelControl;

class IndustryView : public AnalysisPage
{
    Q_OBJECT

public:
    IndustryView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~IndustryView() override;

    QString pageId() const override { return QStringLiteral("industry"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;
    void waitForIdle() override;
    void setLargeFonts(bool on) override;

    // Measure: "employees", "establishments" or "gdp_nominal".
    QString measure() const;
    void setMeasure(const QString &indicator);
    int year() const;
    void setYear(int year);
    QString mapIndustry() const;
    void setMapIndustry(const QString &code);
    // True while results are being computed in the background.
    bool isBusy() const;
    const datasets::IndustryStructure &result() const { return m_result; }
    // The region the bar chart and bubble chart describe ("13" when nothing
    // is selected; an aggregate's code for a combined group).
    QString focusRegion() const;

    // The map's level ("prefecture", "municipality") and prefecture filter
    // (municipal level only); see MapLevelControl.
    MapLevelControl *mapLevels() const { return m_levels; }
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    // Municipal LQs of the measure and year (every municipality, nation =
    // their sum); empty at prefecture level and for value added.
    const datasets::IndustryStructure &municipalResult() const { return m_municipal; }
    // Municipalities clicked on the map or picked in the table (this page only;
    // the shared selection gets their prefectures).
    QStringList municipalSelection() const { return m_municipalSelected; }
    void selectMunicipalities(const QStringList &codes);

    widgets::BarChart *barChart() const { return m_bars; }
    widgets::BubbleChart *bubbleChart() const { return m_bubbles; }
    widgets::ChoroplethMap *map() const { return m_map; }
    QTableView *tableView() const { return m_table; }
    LqTableModel *tableModel() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void buildUi();
    void fillYears();
    void fillMapIndustries();
    void recompute();
    void computed();
    void recomputeMunicipal();
    void municipalComputed();
    void levelChanged();
    bool municipal() const;
    bool municipalMeasure() const;   // the measure exists for municipalities
    bool municipalCurrent() const;   // m_municipal is of the current measure and year
    QString municipalText() const;
    void selectionChanged();
    void refreshBars();
    void refreshBubbles();
    void refreshMap();
    void refreshTable();
    void refreshText();
    void syncTableSelection();
    QString regionName(const QString &code) const;
    QString industryName(const QString &code) const;
    QString measureName() const;
    QStringList chartRegions() const;   // rows shown in the bar chart

    QHash<QString, QString> m_regionNames;   // municipalities with their prefecture
    QHash<QString, QString> m_industryNames;
    datasets::IndustryStructure m_result;
    QFutureWatcher<datasets::IndustryStructure> m_watcher;
    bool m_again = false;
    datasets::IndustryStructure m_municipal;
    QFutureWatcher<datasets::IndustryStructure> m_municipalWatcher;
    QString m_municipalKey;        // measure/year of m_municipal
    QString m_municipalRunning;    // measure/year being computed
    bool m_municipalAgain = false;
    QStringList m_municipalSelected;
    MapLevelControl *m_levels = nullptr;
    bool m_pending = false;   // a computation started and its result not yet shown
    bool m_syncing = false;
    bool m_large = false;

    QComboBox *m_measure = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_industry = nullptr;
    QLabel *m_hint = nullptr;
    QTabWidget *m_tabs = nullptr;
    widgets::BarChart *m_bars = nullptr;
    widgets::BubbleChart *m_bubbles = nullptr;
    QLabel *m_concordanceNote = nullptr;
    widgets::ChoroplethMap *m_map = nullptr;
    QTableView *m_table = nullptr;
    LqTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_commentary = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace regionlens::app
