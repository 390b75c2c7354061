// SPDX-License-Identifier: GPL-3.0-or-later
// 経済波及効果 page: what a final-demand change (entered by sector, or from a
// template: 観光消費, 工場・施設の建設, イベント) brings to the focus region —
// direct, 1st and 2nd indirect effects and the total for output, value added,
// 雇用者所得 and employees, as a table and a chart by sector — and the
// region's linkage chart (影響力係数 × 感応度係数). The region's official
// input–output table where the store has one, else one estimated with FLQ;
// type I or II; 消費転換係数. Everything through the input–output adapter
// (datasets/adapters/ioadapter.h), read and computed on a worker.
#pragma once

#include "analysispage.h"
#include "impacttemplates.h"

#include "datasets/adapters/ioadapter.h"
#include "impactcommentary.h"

class QComboBox;
class QDoubleSpinBox;
class QStandardItemModel;
class QTableView;

namespace regionlens::widgets {
class LinkageChart;
class StackedBarChart;
}

namespace regionlens::app {

class ImpactDemandPanel;

class ImpactView : public AnalysisPage
{
    Q_OBJECT

public:
    enum class TableChoice { OfficialElseEstimated, Estimated };

    ImpactView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests): with a catalogue of its own.
    ImpactView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ImpactView() override;

    QString pageId() const override { return QStringLiteral("impact"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;
    void setLargeFonts(bool on) override;
    // In the region report once an impact has been computed.
    bool inReport() const override;

    // The region the figures are for: "00" (Japan) when nothing is selected.
    QString region() const;
    void setTableChoice(TableChoice choice);
    void setDelta(double delta);
    void setType(analysis::MultiplierType type);
    // A ratio other than the default is stated as "entered on the page".
    void setConsumptionRatio(double ratio);
    // Applies a template with its figures (the demand table is refilled).
    void applyTemplate(const impact::TemplateFigures &figures);
    // Demand by the table's sectors (百万円), as the demand table shows it.
    void setDemand(const QVector<double> &demand);
    QVector<double> demand() const;
    ImpactDemandPanel *demandPanel() const { return m_panel; }
    // The adapter's request for the current controls and demand.
    datasets::inputoutput::Request request() const;

    const datasets::inputoutput::Result &result() const { return m_result; }
    QString problem() const { return m_problem; }
    QStringList assumptions() const;
    const QStandardItemModel *resultsModel() const { return m_model; }
    bool exportCsv(const QString &path, QString *error) const;

    widgets::StackedBarChart *sectorChart() const { return m_chart; }
    widgets::LinkageChart *linkageChart() const { return m_linkage; }

protected:
    QString idleHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init();
    void buildUi();
    void recompute();
    QString tableKey() const;
    void redraw();
    void refreshTable();
    void fitTable();
    void refreshChart();
    void refreshLinkage();
    ImpactCommentaryInput commentaryInput() const;

    JobRunner *m_runner = nullptr;
    datasets::inputoutput::Inputs m_inputs;   // the table last read (key m_inputsKey)
    QString m_inputsKey;
    datasets::inputoutput::Result m_result;
    QString m_problem;

    QComboBox *m_table = nullptr;
    QDoubleSpinBox *m_delta = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_ratio = nullptr;
    ImpactDemandPanel *m_panel = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_results = nullptr;
    QStringList m_headers;   // the results' column headers before fitTable() breaks them to the columns
    widgets::StackedBarChart *m_chart = nullptr;
    widgets::LinkageChart *m_linkage = nullptr;
};

} // namespace regionlens::app
