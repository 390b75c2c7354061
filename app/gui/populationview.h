// SPDX-License-Identifier: GPL-3.0-or-later
// 人口 / Population: the population of several regions in one chart (census
// 1920–2020, raw or indexed to a base year), the population pyramid of the
// first selected region with another year as an outline, and social change
// (net inter-prefectural migration) next to natural change where the store
// has it. Follows the shared RegionSelection; computes in a worker.
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

    QHash<QString, QString> m_names;
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
};

} // namespace regionlens::app
