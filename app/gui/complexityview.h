// SPDX-License-Identifier: GPL-3.0-or-later
// 関連性 / Smart specialisation page (issue 13): for the selected region the
// diversification opportunities — industries not yet specialised, by
// relatedness density (x) and complexity (y), as a scatter and a table —,
// the industry space (industries on a circle by complexity, linked by their
// strongest proximities, blue where the region is specialised) and an ECI
// map of the prefectures or municipalities. One path: the complexity adapter
// (datasets/adapters/complexityadapter.h), as `regionlens-cli complexity` and
// `relatedness`. Two runners: the prefecture result (with a combined group)
// and the municipal result (when the map shows municipalities or the
// selection is a municipality: figures at the level of the selection).
// Measures: employees, establishments and every imported indicator broken
// down by at least three industries (e.g. 経済センサス 中分類), at the levels
// it has. In the region report: the opportunities as a chart and a table,
// the industry space and the ECI map.
#pragma once

#include "complexitycommentary.h"
#include "pagemap.h"
#include "datasets/adapters/complexityadapter.h"

#include <QHash>

class QComboBox;
class QPainter;
class QRectF;
class QTableWidget;

namespace regionlens::widgets {
class BubbleChart;
class IndustrySpaceChart;
}

namespace regionlens::app {

class JobRunner;

class ComplexityView : public MapPage
{
    Q_OBJECT

public:
    ComplexityView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    ComplexityView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ComplexityView() override;

    QString pageId() const override { return QStringLiteral("complexity"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;
    // In the report while the focus region has figures.
    bool inReport() const override;

    QString measure() const { return currentData(m_measure).toString(); }
    void setMeasure(const QString &indicator) { chooseData(m_measure, indicator); }
    int year() const { return currentData(m_year).toInt(); }
    void setYear(int year) { chooseData(m_year, year); }

    const datasets::ComplexityFigures &result() const { return m_result; }
    const datasets::ComplexityFigures &municipalResult() const { return m_municipal; }
    // The figures and row the opportunities and the industry space describe:
    // a picked municipality at municipal level, else focusRegion().
    const datasets::ComplexityFigures &focusResult() const;
    QString focusCode() const;
    // The focus row's opportunities (the chart's bubbles, the table's rows).
    QList<datasets::Opportunity> focusOpportunities() const;
    // The report's table of the opportunities (the first maxRows), HTML.
    QString opportunityTableHtml(int maxRows) const;

    widgets::BubbleChart *opportunityChart() const { return m_scatter; }
    widgets::IndustrySpaceChart *industrySpaceChart() const { return m_space; }
    QTableWidget *opportunityTable() const { return m_table; }

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    void fillMeasureChooser();
    void fillYears();
    void recompute();
    void recomputeMunicipal();
    bool needsMunicipal() const;     // the map shows municipalities or the focus is one
    bool levelMeasure(datasets::RegionLevel level) const;   // the measure has the year at that level
    bool municipalCurrent() const;
    QString emptyText() const;       // the charts' text when the focus has no figures
    void paintOpportunityTable(QPainter *painter, const QRectF &target) const;
    ComplexityCommentaryInput commentaryInput() const;
    QString municipalKey() const;
    void selectionChanged();
    void redraw();
    void refreshOpportunities();
    void refreshSpace();
    void refreshMap();
    QString industryName(const QString &code) const;
    QString measureName() const;

    QHash<QString, QString> m_industryNames;
    datasets::ComplexityFigures m_result;
    datasets::ComplexityFigures m_municipal;
    JobRunner *m_runner = nullptr;
    JobRunner *m_municipalRunner = nullptr;

    QComboBox *m_measure = nullptr;
    QComboBox *m_year = nullptr;
    widgets::BubbleChart *m_scatter = nullptr;
    widgets::IndustrySpaceChart *m_space = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace regionlens::app
