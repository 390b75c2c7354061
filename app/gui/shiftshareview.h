// SPDX-License-Identifier: GPL-3.0-or-later
// 成長要因 / Shift-share page: growth between two years split into the
// national component (全国成長要因), the industry mix (産業構造要因) and the
// regional component (地域特殊要因) for all 47 prefectures as sortable stacked
// bars, a waterfall for the selected region, and a map of the regional
// component (diverging around 0). Follows the shared selection. Built on
// the page frame; two runners: the prefecture and the municipal result.
#pragma once

#include "pagemap.h"
#include "datasets/growthfactors.h"

#include <QHash>

class QComboBox;
class QLabel;

namespace regionlens::widgets {
class ChoroplethMap;
class StackedBarChart;
class WaterfallChart;
}

namespace regionlens::app {

class JobRunner;
class MapLevelControl;
class PageMap;

class ShiftShareView : public MapPage
{
    Q_OBJECT

public:
    enum class SortKey { Growth, National, IndustryMix, Regional, Code };
    enum class Form { GrowthRate, Levels };

    ShiftShareView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    ShiftShareView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ShiftShareView() override;

    QString pageId() const override { return QStringLiteral("shiftshare"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;

    QString measure() const { return currentData(m_measure).toString(); }
    // Resets the years to the defaults.
    void setMeasure(const QString &indicator) { chooseData(m_measure, indicator); }
    int startYear() const { return currentData(m_start).toInt(); }
    int endYear() const { return currentData(m_end).toInt(); }
    void setYears(int start, int end);
    void setSortKey(SortKey key) { chooseData(m_sort, int(key)); }
    SortKey sortKey() const { return SortKey(currentData(m_sort).toInt()); }
    void setForm(Form form) { chooseData(m_form, int(form)); }
    Form form() const { return Form(currentData(m_form).toInt()); }
    const datasets::GrowthFactors &result() const { return m_result; }
    // Region codes in the order of the stacked bars (top first).
    QStringList barOrder() const { return m_order; }

    // Components for every municipality (nation = their sum); empty at
    // prefecture level and for measures without municipal data.
    const datasets::GrowthFactors &municipalResult() const { return m_municipal; }

    widgets::StackedBarChart *stackedChart() const { return m_stacked; }
    widgets::WaterfallChart *waterfall() const { return m_waterfall; }

protected:
    QString idleHint() const override;

private:
    void init();   // the constructors' common part
    void buildUi();
    void fillYears(bool defaults);
    void recompute();
    void recomputeMunicipal();
    bool municipalMeasure() const;
    bool municipalCurrent() const;   // m_municipal is of the current measure and years
    QString municipalKey() const;
    void selectionChanged();
    void redraw();   // every figure and the texts
    void refreshStacked();
    void refreshWaterfall();
    void refreshMap();
    QString measureName() const;
    QString yearLabel(int year) const;
    QString unit() const;
    // Component values of row r in the current form (pt or levels).
    double component(const datasets::GrowthFactors &g, int which, int r) const;   // 0 national, 1 mix, 2 regional, 3 total

    datasets::GrowthFactors m_result;
    QStringList m_order;
    datasets::GrowthFactors m_municipal;
    JobRunner *m_runner = nullptr;
    JobRunner *m_municipalRunner = nullptr;

    QComboBox *m_measure = nullptr;
    QComboBox *m_start = nullptr;
    QComboBox *m_end = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_form = nullptr;
    widgets::StackedBarChart *m_stacked = nullptr;
    widgets::WaterfallChart *m_waterfall = nullptr;
};

} // namespace regionlens::app
