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
#include "populationcommentary.h"

#include "datasets/adapters/populationadapter.h"

#include <QFutureWatcher>
#include <QHash>

#include <memory>

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

// A result and the request generation it answers.
struct PopulationJob
{
    int generation = 0;
    datasets::population::Result result;
};

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
    const datasets::population::Result &result() const { return m_result; }

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
    void apply(const datasets::population::Result &result);
    QString regionName(const QString &code) const;
    QList<datasets::population::RegionSpec> selectedSpecs() const;
    void catchUp();

    QHash<QString, QString> m_names;
    PopulationCommentary m_texts{{}, false};   // rebuilt in reload()
    // What does not depend on the selection, from the last result; read
    // again after reload().
    std::shared_ptr<const datasets::population::ChangeInputs> m_changeInputs;
    bool m_stale = false;   // the selection changed while hidden
    datasets::population::Result m_result;
    QFutureWatcher<PopulationJob> *m_watcher = nullptr;
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
