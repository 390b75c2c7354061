// SPDX-License-Identifier: GPL-3.0-or-later
// 産業構造 / Industry structure page: location quotients (特化係数) of one
// measure for the selected region as ranked bars with a reference line at
// 1.0, an LQ choropleth of one industry (diverging around 1.0), the 稼ぐ力
// bubble chart (value-added LQ × relative labour productivity, bubble =
// employees) on the 県民経済計算 activities via a documented concordance,
// and a sortable region × industry table. Follows the shared selection;
// clicking the map, a bar or a table row sets it. Built on the page frame;
// two runners: the prefecture result and the municipal result.
#pragma once

#include "pagemap.h"
#include "datasets/industrystructure.h"

#include <QHash>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace regionlens::widgets {
class BarChart;
class BubbleChart;
class ChoroplethMap;
}

namespace regionlens::app {

class JobRunner;
class LqTableModel;
class LqTableView;
struct IndustryCommentaryInput;

class IndustryView : public MapPage
{
    Q_OBJECT

public:
    IndustryView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    IndustryView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~IndustryView() override;

    QString pageId() const override { return QStringLiteral("industry"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;

    // Measure: "employees", "establishments" or "gdp_nominal".
    QString measure() const { return currentData(m_measure).toString(); }
    void setMeasure(const QString &indicator) { chooseData(m_measure, indicator); }
    int year() const { return currentData(m_year).toInt(); }
    void setYear(int year) { chooseData(m_year, year); }
    QString mapIndustry() const { return currentData(m_industry).toString(); }
    void setMapIndustry(const QString &code) { chooseData(m_industry, code); }
    const datasets::IndustryStructure &result() const { return m_result; }

    // Municipal LQs of the measure and year (every municipality, nation =
    // their sum); empty at prefecture level and for value added.
    const datasets::IndustryStructure &municipalResult() const { return m_municipal; }

    widgets::BarChart *barChart() const { return m_bars; }
    widgets::BubbleChart *bubbleChart() const { return m_bubbles; }
    QTableView *tableView() const;
    LqTableModel *tableModel() const;
    QTabWidget *tabs() const;

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();   // the constructors' common part
    void buildUi();
    void fillYears();
    void fillMapIndustries();
    void recompute();
    void recomputeMunicipal();
    // The municipal quotients are needed: the map shows municipalities or a
    // charted region is one.
    bool needsMunicipal() const;
    // The result holding region's row: m_result, or for a municipality
    // m_municipal (an empty result while it is not current).
    const datasets::IndustryStructure &resultFor(const QString &region) const;
    bool municipalMeasure() const;   // the measure exists for municipalities
    bool municipalCurrent() const;   // m_municipal is of the current measure and year
    QString municipalKey() const;    // measure/year
    void selectionChanged();
    void redraw();   // every figure, the table and the texts
    void refreshBars();
    void refreshBubbles();
    void refreshMap();
    void refreshTable();
    void syncTableSelection();
    QString industryName(const QString &code) const;
    QString measureName() const;
    QStringList chartRegions() const;   // rows shown in the bar chart

    QHash<QString, QString> m_industryNames;
    datasets::IndustryStructure m_result;
    datasets::IndustryStructure m_municipal;
    JobRunner *m_runner = nullptr;
    JobRunner *m_municipalRunner = nullptr;

    QComboBox *m_measure = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_industry = nullptr;
    widgets::BarChart *m_bars = nullptr;
    widgets::BubbleChart *m_bubbles = nullptr;
    QLabel *m_concordanceNote = nullptr;
    LqTableView *m_table = nullptr;
};

} // namespace regionlens::app
