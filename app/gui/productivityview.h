// SPDX-License-Identifier: GPL-3.0-or-later
// 生産性と経済 / Productivity and economy page (issue 15): for the selected
// region's prefecture (or a combined group) the gross prefectural product —
// trend (nominal, 億円), composition by activity, contributions to growth
// between two fiscal years (pt) — and GDP per worker by activity and in
// total (万円) with its rank among the prefectures, at each economic census
// year. One path: datasets/adapters/productivityadapter.h, as
// `regionlens-cli productivity`. One runner.
#pragma once

#include "analysispage.h"
#include "datasets/adapters/productivityadapter.h"

#include <QHash>

class QComboBox;
class QTableWidget;

namespace regionlens::widgets {
class BarChart;
class NetBarChart;
class TimeSeriesChart;
}

namespace regionlens::app {

class JobRunner;

class ProductivityView : public AnalysisPage
{
    Q_OBJECT

public:
    ProductivityView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    ProductivityView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ProductivityView() override;

    QString pageId() const override { return QStringLiteral("productivity"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;
    // In a two-page summary (report --sections … --summary): the figure that reads at a third of a page.
    QString summaryFigure() const override { return QStringLiteral("gdp_trend"); }

    int startYear() const { return currentData(m_from).toInt(); }
    int endYear() const { return currentData(m_to).toInt(); }
    void setYears(int from, int to);

    const datasets::Productivity &result() const { return m_result; }
    widgets::TimeSeriesChart *trendChart() const { return m_trend; }
    widgets::BarChart *compositionChart() const { return m_composition; }
    widgets::NetBarChart *contributionChart() const { return m_contribution; }
    widgets::BarChart *perWorkerChart() const { return m_perWorker; }
    QTableWidget *table() const { return m_table; }

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    void fillYears();
    void recompute();
    void redraw();
    void refreshTable();
    QString activityName(const QString &code) const;
    QString rowName() const;

    QHash<QString, QString> m_activityNames;
    datasets::Productivity m_result;
    JobRunner *m_runner = nullptr;

    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    widgets::TimeSeriesChart *m_trend = nullptr;
    widgets::BarChart *m_composition = nullptr;
    widgets::NetBarChart *m_contribution = nullptr;
    widgets::BarChart *m_perWorker = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace regionlens::app
