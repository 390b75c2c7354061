// SPDX-License-Identifier: GPL-3.0-or-later
// 地域経済循環 page: the region's money circle as RESAS draws it — 生産
// (gross value added) → 分配 (income) → 支出 (expenditure) with what crosses
// the boundary at each stage and the 地域経済循環率 — from its input–output
// table: the official one where the store has it, else an estimate from the
// national table (FLQ; labelled on screen). Beside it, 純移輸出 by industry
// (which industries earn money from outside) and 自給率 by industry. Follows
// the shared selection (a prefecture, a municipality or a combined group).
// One runner: the adapter (datasets/adapters/ioadapter) loads and computes
// on a worker; the page only draws.
#pragma once

#include "analysispage.h"
#include "datasets/adapters/ioadapter.h"

class QComboBox;

namespace regionlens::widgets {
class BarChart;
class CirculationDiagram;
}

namespace regionlens::app {

class JobRunner;

class CirculationView : public AnalysisPage
{
    Q_OBJECT

public:
    enum class TableChoice { OfficialWhereAvailable, Estimated };

    CirculationView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    CirculationView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~CirculationView() override;

    QString pageId() const override { return QStringLiteral("circulation"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;

    void setTableChoice(TableChoice choice) { chooseData(m_table, int(choice)); }
    TableChoice tableChoice() const { return TableChoice(currentData(m_table).toInt()); }
    // The region shown (focusRegion()) and its result; hasResult() is false
    // while the first job runs and when the region has no table (problem()).
    const datasets::inputoutput::Result &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    QString problem() const { return m_problem; }
    QString shownRegion() const { return m_shown; }
    // "official table 2015" / "estimated (FLQ, δ = 0.15)", as on screen.
    QString tableLabel() const;

    widgets::CirculationDiagram *diagram() const { return m_diagram; }
    widgets::BarChart *netExportsChart() const { return m_netExports; }
    widgets::BarChart *selfSufficiencyChart() const { return m_selfSufficiency; }
    // Redraws every figure and text from the result (GUI thread only; the benchmark times it).
    void redraw();

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    void recompute();
    void refreshDiagram();
    void refreshBars();
    QString regionLabel() const;
    // 出典 of the table used with its licence (with the addresses for the figure).
    QString attribution(bool withUrls) const;

    datasets::inputoutput::Result m_result;
    bool m_hasResult = false;
    QString m_problem;
    QString m_shown;
    JobRunner *m_runner = nullptr;

    QComboBox *m_table = nullptr;
    widgets::CirculationDiagram *m_diagram = nullptr;
    widgets::BarChart *m_netExports = nullptr;
    widgets::BarChart *m_selfSufficiency = nullptr;
};

} // namespace regionlens::app
