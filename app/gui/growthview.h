// SPDX-License-Identifier: GPL-3.0-or-later
// 強みと成長 / Strong and growing page (issue 15): for the selected region
// (prefecture, municipality or combined group) each industry's change of a
// measure between two census years — contribution to the region's growth
// (diverging bars) and a table of levels, %, pt, shift-share components and
// LQ —, the shift-share components per industry (stacked bars, the actual
// change as a diamond) and the LQ × growth quadrant (bubble = size at the end
// year). One path: datasets/adapters/growthadapter.h, as `regionlens-cli
// growth`. One runner.
#pragma once

#include "analysispage.h"
#include "datasets/adapters/growthadapter.h"

#include <QHash>

class QComboBox;
class QTableWidget;

namespace regionlens::widgets {
class BubbleChart;
class NetBarChart;
class StackedBarChart;
}

namespace regionlens::app {

class JobRunner;

class GrowthView : public AnalysisPage
{
    Q_OBJECT

public:
    GrowthView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    GrowthView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~GrowthView() override;

    QString pageId() const override { return QStringLiteral("growth"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;
    // In a two-page summary (report --sections … --summary): the figure that reads at a third of a page.
    QString summaryFigure() const override { return QStringLiteral("growth_quadrant"); }

    QString measure() const { return currentData(m_measure).toString(); }
    void setMeasure(const QString &indicator) { chooseData(m_measure, indicator); }
    int startYear() const { return currentData(m_from).toInt(); }
    int endYear() const { return currentData(m_to).toInt(); }
    void setYears(int from, int to);

    const datasets::IndustryGrowth &result() const { return m_result; }
    widgets::NetBarChart *contributionChart() const { return m_contribution; }
    widgets::StackedBarChart *componentChart() const { return m_components; }
    widgets::BubbleChart *quadrantChart() const { return m_quadrant; }
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
    QString industryName(const QString &code) const;
    QString measureName() const;
    QList<int> drawnRows() const;   // rows with data, largest contribution first

    QHash<QString, QString> m_industryNames;
    datasets::IndustryGrowth m_result;
    JobRunner *m_runner = nullptr;

    QComboBox *m_measure = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    widgets::NetBarChart *m_contribution = nullptr;
    widgets::StackedBarChart *m_components = nullptr;
    widgets::BubbleChart *m_quadrant = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace regionlens::app
