// SPDX-License-Identifier: GPL-3.0-or-later
// 人口 / Population: the population of several regions in one chart (census
// 1920–2020, raw or indexed to a base year), the population pyramid of the
// first selected region with another year as an outline, social change
// (net inter-prefectural migration) next to natural change where the store
// has it, and natural vs social change year by year where the store has
// births, deaths and movers (SSDSE-B). Follows the shared RegionSelection;
// computes in a worker.
#pragma once

#include "analysispage.h"
#include "populationdata.h"

#include <QFutureWatcher>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTextBrowser;

namespace regionlens::widgets {
class NetBarChart;
class PyramidChart;
class TimeSeriesChart;
}

namespace regionlens::app {

class PopulationView : public AnalysisPage
{
    Q_OBJECT

public:
    PopulationView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~PopulationView() override;

    QString pageId() const override;
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;
    void waitForIdle() override;
    void setLargeFonts(bool on) override;

    // --- options (also set from the controls) ---
    void setIndexed(bool on);
    bool indexed() const;
    // Pyramid source: "population_age_sex_census" or "population_age_sex_estimate", and year.
    bool setPyramidYear(const QString &indicator, int year);
    void setOutlineVisible(bool on);
    void setPercent(bool on);

    // True while a computation is running (tests wait on it).
    bool isBusy() const { return m_busy; }
    const PopulationResult &result() const { return m_result; }

    widgets::TimeSeriesChart *seriesChart() const { return m_series; }
    widgets::PyramidChart *pyramidChart() const { return m_pyramid; }
    widgets::NetBarChart *changeChart() const { return m_change; }
    // Natural and social change by year; hidden when the store has neither.
    widgets::TimeSeriesChart *componentsChart() const { return m_components; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fillRegionList();
    void fillPyramidYears();
    void syncRegionList();
    void refresh();
    PopulationInput readInput() const;
    void apply(const PopulationResult &result);
    QString regionName(const QString &code) const;
    QList<RegionSpec> selectedSpecs() const;
    QString sourceOf(const QString &indicator) const;
    QString surveyName(const QString &indicator) const;
    QString ageLabel(const QString &code) const;
    void readComponents();
    void readStatic();
    void catchUp();
    QString componentsCommentary() const;
    QString componentsNote() const;
    QString indicatorName(const QString &id) const;
    std::optional<datasets::IndicatorInfo> indicatorInfo(const QString &id) const;

    QHash<QString, QString> m_names;
    // Components of change, read once per reload() (every prefecture, every year).
    ChangeIndicators m_componentIds;
    RegionYearValues m_births;
    RegionYearValues m_deaths;
    RegionYearValues m_movedIn;
    RegionYearValues m_movedOut;
    RegionYearValues m_naturalChange;
    // Selection-independent inputs, read once per reload().
    QList<datasets::Flow> m_flows;
    int m_flowYear = 0;
    QHash<QString, double> m_population;
    int m_populationYear = 0;
    QHash<QString, double> m_natural;
    int m_naturalYear = 0;
    bool m_stale = false;   // the selection changed while hidden
    QHash<QString, datasets::IndicatorInfo> m_infos;   // id → description, read in reload()
    PopulationResult m_result;
    QFutureWatcher<PopulationResult> *m_watcher = nullptr;
    int m_generation = 0;
    bool m_busy = false;
    bool m_large = false;

    QListWidget *m_regions = nullptr;
    QCheckBox *m_indexed = nullptr;
    QComboBox *m_baseYear = nullptr;
    QComboBox *m_pyramidYear = nullptr;
    QCheckBox *m_outline = nullptr;
    QCheckBox *m_percent = nullptr;
    QTextBrowser *m_commentary = nullptr;
    QLabel *m_howTo = nullptr;
    QLabel *m_naturalNote = nullptr;
    QLabel *m_source = nullptr;
    widgets::TimeSeriesChart *m_series = nullptr;
    widgets::PyramidChart *m_pyramid = nullptr;
    widgets::NetBarChart *m_change = nullptr;
    widgets::TimeSeriesChart *m_components = nullptr;
    QLabel *m_componentNote = nullptr;
    QWidget *m_componentsBox = nullptr;
};

} // namespace regionlens::app
