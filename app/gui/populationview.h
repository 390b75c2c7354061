// SPDX-License-Identifier: GPL-3.0-or-later
// 人口 / Population: the population of several regions in one chart (census
// 1920–2020, raw or indexed to a base year), the population pyramid of the
// first selected region with another year as an outline, social change
// (net inter-prefectural migration) next to natural change where the store
// has it, and natural vs social change year by year where the store has
// births, deaths and movers (SSDSE-B). Built on the page frame; the numbers
// come from the population adapter (read and computed on a worker), the
// words from PopulationCommentary.
#pragma once

#include "analysispage.h"
#include "populationcommentary.h"

#include "datasets/adapters/populationadapter.h"

#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace regionlens::widgets {
class NetBarChart;
class PyramidChart;
class TimeSeriesChart;
}

namespace regionlens::app {

class JobRunner;

class PopulationView : public AnalysisPage
{
    Q_OBJECT

public:
    PopulationView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    PopulationView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~PopulationView() override;

    QString pageId() const override { return QStringLiteral("population"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    // The frame's figures; the chart of change by year only where the store has its components.
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;

    // --- options (also set from the controls) ---
    void setIndexed(bool on);
    bool indexed() const;
    // Pyramid source: "population_age_sex_census" or "population_age_sex_estimate", and year.
    bool setPyramidYear(const QString &indicator, int year);
    void setOutlineVisible(bool on);
    void setPercent(bool on);

    const datasets::population::Result &result() const { return m_result; }

    widgets::TimeSeriesChart *seriesChart() const { return m_series; }
    widgets::PyramidChart *pyramidChart() const { return m_pyramid; }
    widgets::NetBarChart *changeChart() const { return m_change; }
    // Natural and social change by year; hidden when the store has neither.
    widgets::TimeSeriesChart *componentsChart() const { return m_components; }

protected:
    void retranslateUi() override;

private:
    void init();   // the constructors' common part
    void buildUi();
    QWidget *buildRegionPanel();
    void buildCharts();
    void fillRegionList();
    void fillPyramidYears();
    void syncRegionList();
    void refresh();
    void apply(const datasets::population::Result &result);
    void showSeries(const datasets::population::Result &r);
    void showPyramid(const datasets::population::Result &r);
    void showChange(const datasets::population::Result &r);
    void showComponents(const datasets::population::Result &r);
    QList<datasets::population::RegionSpec> selectedSpecs() const;

    PopulationCommentary m_texts{{}, false};   // rebuilt in reload()
    // What does not depend on the selection, from the last result; read
    // again after reload().
    std::shared_ptr<const datasets::population::ChangeInputs> m_changeInputs;
    datasets::population::Result m_result;
    JobRunner *m_runner = nullptr;

    QListWidget *m_regions = nullptr;
    QCheckBox *m_indexed = nullptr;
    QComboBox *m_baseYear = nullptr;
    QComboBox *m_pyramidYear = nullptr;
    QCheckBox *m_outline = nullptr;
    QCheckBox *m_percent = nullptr;
    QLabel *m_naturalNote = nullptr;
    widgets::TimeSeriesChart *m_series = nullptr;
    widgets::PyramidChart *m_pyramid = nullptr;
    widgets::NetBarChart *m_change = nullptr;
    widgets::TimeSeriesChart *m_components = nullptr;
    QLabel *m_componentNote = nullptr;
    QWidget *m_componentsBox = nullptr;
};

} // namespace regionlens::app
