// SPDX-License-Identifier: GPL-3.0-or-later
// 将来人口 / Population projection: the cohort-component projection of the
// selected region or group (datasets/adapters/projectionadapter.h, shared
// with `regionlens-cli project` and the region report) under the 人口ビジョン
// scenarios — total population with the past censuses as a solid line and
// each scenario dashed; the three age groups and 高齢化率; the pyramid of any
// projected year with the base year as an outline; a map of every region's
// index (base year = 100) in that year; a scenario panel (target TFR and
// year, zero net migration from a year, which scenarios to show) that
// recomputes at once from the inputs already read, reusing the previous
// result's buffers. Words from projectioncommentary.h.
#pragma once

#include "pagemap.h"

#include "analysis/regionfigures.h"
#include "datasets/adapters/projectionadapter.h"

#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;

namespace regionlens::widgets {
class PyramidChart;
class TimeSeriesChart;
}

namespace regionlens::app {

class JobRunner;

// One projection as the page keeps it: the inputs read (for a recomputation
// after a scenario change), the result, and the censuses by region (code →
// total population by census year; groups summed) for the past line.
struct ProjectionPageResult
{
    std::shared_ptr<const datasets::projection::Inputs> inputs;
    datasets::projection::Result result;
    QHash<QString, analysis::YearSeries> census;
};

class ProjectionView : public MapPage
{
    Q_OBJECT

public:
    ProjectionView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    ProjectionView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ProjectionView() override;

    QString pageId() const override { return QStringLiteral("projection"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;
    // Also puts the words of the last change on the page (they follow the charts once changes pause).
    void waitForIdle() override;
    void setLargeFonts(bool on) override;

    // --- options (also set from the controls) ---
    void setScenarioShown(const QString &scenario, bool shown);   // a line on the charts
    QStringList shownScenarios() const;
    void setTfrTarget(double tfr, int year);
    void setMigrationZeroFrom(int year);
    void setHorizon(int year) { chooseData(m_horizon, year); }   // base year + a multiple of 5, ≤ 2070
    int horizon() const { return currentData(m_horizon).toInt(); }
    void setYear(int year);                   // the pyramid's and the map's year
    int year() const;
    // The scenario of the pyramid, the age groups and the map.
    void setMapScenario(const QString &scenario) { chooseData(m_mapScenario, scenario); }
    QString mapScenario() const { return currentData(m_mapScenario).toString(); }

    // The request the page computes (for the agreement with the CLI).
    datasets::projection::Request request() const;
    // The region the figures describe: a municipality picked on the map, else focusRegion().
    QString shownRegion() const;
    const datasets::projection::Result &result() const { return shown().result; }
    datasets::projection::RegionSeries series(const QString &scenario) const;

    widgets::TimeSeriesChart *totalChart() const { return m_total; }
    widgets::TimeSeriesChart *ageChart() const { return m_ages; }
    widgets::TimeSeriesChart *ageingChart() const { return m_ageing; }
    widgets::PyramidChart *pyramidChart() const { return m_pyramid; }

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    QWidget *buildScenarioPanel();
    void fillYears();
    // Slot 0: the selected region or group (every prefecture projected
    // together); slot 1: the municipalities, for the municipal map and a
    // municipality picked on it.
    struct Slot
    {
        JobRunner *runner = nullptr;
        ProjectionPageResult page;
        datasets::projection::Result spare;   // the result before: its buffers go to the next computation
        bool loading = false;                 // a read is under way (a scenario change must read too)
        int horizon = 0;                      // the page's horizon when the inputs were read
    };
    void start(int slot, bool reread);
    datasets::projection::Request municipalRequest() const;
    void recompute();            // read and compute (new region set, horizon, data)
    void recomputeScenarios();   // compute again from the inputs read
    void recomputeMunicipal();
    void selectionChanged();
    QString pickedMunicipality() const;   // at municipal level, the first picked; else ""
    bool municipalShown() const;   // the figures show a municipality picked on the map
    const ProjectionPageResult &shown() const;
    void redraw();
    void redrawYear();           // the pyramid and the map
    void flushText();            // the commentary and sources on the frame
    void showTotal();
    void showAges();
    void showPyramid();
    void showMap();
    int mapYear() const;
    QString label(const QString &scenario) const;

    Slot m_slots[2];
    int m_chosenYear = 0;        // 0 = the horizon
    int m_mapTab = 0;
    QTimer *m_textTimer = nullptr;

    QComboBox *m_mapScenario = nullptr;
    QSlider *m_year = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_horizon = nullptr;
    QList<QCheckBox *> m_show;   // one per scenario, in scenarioNames() order
    QDoubleSpinBox *m_tfr = nullptr;
    QSpinBox *m_tfrYear = nullptr;
    QSpinBox *m_zeroFrom = nullptr;
    widgets::TimeSeriesChart *m_total = nullptr;
    widgets::TimeSeriesChart *m_ages = nullptr;
    widgets::TimeSeriesChart *m_ageing = nullptr;
    widgets::PyramidChart *m_pyramid = nullptr;
};

} // namespace regionlens::app
