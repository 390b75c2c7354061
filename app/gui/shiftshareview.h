// SPDX-License-Identifier: GPL-3.0-or-later
// 成長要因 / Shift-share page: growth between two years split into the
// national component (全国成長要因), the industry mix (産業構造要因) and the
// regional component (地域特殊要因) for all 47 prefectures as sortable stacked
// bars, a waterfall for the selected region, and a map of the regional
// component (diverging around 0). Follows the shared selection.
#pragma once

#include "analysispage.h"
#include "datasets/growthfactors.h"

#include <QFutureWatcher>
#include <QHash>

class QComboBox;
class QLabel;

namespace regionlens::widgets {
class ChoroplethMap;
class StackedBarChart;
class WaterfallChart;
}

namespace regionlens::app {

class MapLevelControl;

class ShiftShareView : public AnalysisPage
{
    Q_OBJECT

public:
    enum class SortKey { Growth, National, IndustryMix, Regional, Code };
    enum class Form { GrowthRate, Levels };

    ShiftShareView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~ShiftShareView() override;

    QString pageId() const override { return QStringLiteral("shiftshare"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;
    void waitForIdle() override;
    void setLargeFonts(bool on) override;

    QString measure() const;
    void setMeasure(const QString &indicator);   // resets the years to the defaults
    int startYear() const;
    int endYear() const;
    void setYears(int start, int end);
    void setSortKey(SortKey key);
    SortKey sortKey() const;
    void setForm(Form form);
    Form form() const;
    bool isBusy() const;
    const datasets::GrowthFactors &result() const { return m_result; }
    QString focusRegion() const;
    // Region codes in the order of the stacked bars (top first).
    QStringList barOrder() const { return m_order; }

    // The map's level and prefecture filter (see MapLevelControl).
    MapLevelControl *mapLevels() const { return m_levels; }
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    // Components for every municipality (nation = their sum); empty at
    // prefecture level and for measures without municipal data.
    const datasets::GrowthFactors &municipalResult() const { return m_municipal; }
    QStringList municipalSelection() const { return m_municipalSelected; }
    void selectMunicipalities(const QStringList &codes);

    widgets::StackedBarChart *stackedChart() const { return m_stacked; }
    widgets::WaterfallChart *waterfall() const { return m_waterfall; }
    widgets::ChoroplethMap *map() const { return m_map; }

private:
    void buildUi();
    void fillYears(bool defaults);
    void recompute();
    void computed();
    void recomputeMunicipal();
    void municipalComputed();
    bool municipal() const;
    bool municipalMeasure() const;
    QString municipalText() const;
    QString municipalKey() const;
    void selectionChanged();
    void refreshStacked();
    void refreshWaterfall();
    void refreshMap();
    void refreshText();
    QString regionName(const QString &code) const;
    QString measureName() const;
    QString yearLabel(int year) const;
    QString unit() const;
    // Component values of row r in the current form (pt or levels).
    double component(int which, int r) const;   // 0 national, 1 mix, 2 regional, 3 total
    double component(const datasets::GrowthFactors &g, int which, int r) const;

    QHash<QString, QString> m_regionNames;
    datasets::GrowthFactors m_result;
    QFutureWatcher<datasets::GrowthFactors> m_watcher;
    QStringList m_order;
    bool m_again = false;
    datasets::GrowthFactors m_municipal;
    QFutureWatcher<datasets::GrowthFactors> m_municipalWatcher;
    QString m_municipalDone;      // measure/years of m_municipal
    QString m_municipalRunning;
    bool m_municipalAgain = false;
    QStringList m_municipalSelected;
    MapLevelControl *m_levels = nullptr;
    bool m_pending = false;   // a computation started and its result not yet shown
    bool m_syncing = false;

    QComboBox *m_measure = nullptr;
    QComboBox *m_start = nullptr;
    QComboBox *m_end = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_form = nullptr;
    QLabel *m_hint = nullptr;
    widgets::StackedBarChart *m_stacked = nullptr;
    widgets::WaterfallChart *m_waterfall = nullptr;
    widgets::ChoroplethMap *m_map = nullptr;
    QLabel *m_commentary = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace regionlens::app
