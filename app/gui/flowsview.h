// SPDX-License-Identifier: GPL-3.0-or-later
// 人口移動 / Flows: a flow map (curved arrows, width ∝ movers, top-N, only the
// selected region's in- and outflows on demand), a net-migration choropleth
// centred on 0, the table of the largest flows, net migration by age where
// the flows carry ages, and the system indices (MEI, ANMR, CMP) next to the
// selected region's in/out/net/turnover. Follows the shared RegionSelection;
// computes in a worker.
#pragma once

#include "analysispage.h"
#include "flowscommentary.h"
#include "flowsdata.h"
#include "widgets/choroplethmap.h"

#include <QFutureWatcher>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace regionlens::widgets {
class FlowMap;
class NetBarChart;
}

namespace regionlens::app {

class MapLevelControl;
class TopFlowsModel;

// The municipal job's output: the net migration and, with municipal flows,
// the boundaries for the flow map (converted on the worker).
struct MunicipalJob
{
    MunicipalNetResult net;
    QList<widgets::MapFeature> features;
};

class FlowsView : public AnalysisPage
{
    Q_OBJECT

public:
    FlowsView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~FlowsView() override;

    QString pageId() const override;
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;
    void waitForIdle() override;
    void setLargeFonts(bool on) override;

    // --- options (also set from the controls) ---
    bool setYear(int year);
    int year() const;
    void setTopN(int n);
    void setFocusOnly(bool on);
    void setPerThousand(bool on);

    bool isBusy() const { return m_busy || m_municipalBusy; }
    const FlowsResult &result() const { return m_result; }

    // The maps' level and prefecture filter (MapLevelControl). At municipal
    // level the flow map draws flows between municipalities when the store
    // has them for the year (with a filter, those with either end in the
    // prefecture); otherwise it stays on prefectures and flowMapNote() says why.
    MapLevelControl *mapLevels() const { return m_levels; }
    QString level() const;
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);
    const MunicipalNetResult &municipalResult() const { return m_municipal; }
    QStringList municipalSelection() const { return m_municipalSelected; }
    void selectMunicipalities(const QStringList &codes);
    bool flowMapMunicipal() const;
    QString flowMapNote() const;

    widgets::FlowMap *flowMap() const { return m_flowMap; }
    widgets::ChoroplethMap *netMap() const { return m_netMap; }
    widgets::NetBarChart *ageChart() const { return m_ageChart; }
    QTableView *table() const { return m_table; }
    TopFlowsModel *tableModel() const { return m_model; }

private:
    void buildUi();
    void refresh();
    // The page's request (generation, year, regions, focus) completed from
    // the store; runs on a worker with that thread's reader.
    static FlowsInput readInput(const datasets::Store &store, FlowsInput in);
    void apply(const FlowsResult &result);
    void refreshNetMap();
    void refreshFlowMap();
    void applyFlowMapSelection();
    void refreshMunicipal();
    static MunicipalNetInput readMunicipalInput(const datasets::Store &store, int generation, int year);
    QString municipalSourceText() const;
    void applySelection();
    void updateTable();
    void tableRowSelected();
    QString regionName(const QString &code) const;

    QHash<QString, QString> m_names;
    FlowsCommentary m_texts{{}, {}, false};   // rebuilt in reload()
    FlowsResult m_result;
    QFutureWatcher<FlowsResult> *m_watcher = nullptr;
    int m_generation = 0;
    bool m_busy = false;
    bool m_updatingTable = false;
    QString m_migrationSource;                  // "Source: …" of the flows
    QHash<QString, QString> m_qualifiedNames;   // with municipalities
    MapLevelControl *m_levels = nullptr;
    QFutureWatcher<MunicipalJob> *m_municipalWatcher = nullptr;
    MunicipalNetResult m_municipal;
    int m_municipalGeneration = 0;
    bool m_municipalBusy = false;
    QStringList m_municipalSelected;
    QList<widgets::MapFeature> m_prefectureFeatures;
    QList<widgets::MapFeature> m_municipalFeatures;   // with municipal flows only
    QString m_flowMapFeatures;                        // what the flow map shows: "p", or "m" + filter

    QComboBox *m_year = nullptr;
    QComboBox *m_region = nullptr;
    QSpinBox *m_topN = nullptr;
    QCheckBox *m_focusOnly = nullptr;
    QCheckBox *m_perThousand = nullptr;
    widgets::FlowMap *m_flowMap = nullptr;
    QLabel *m_flowNote = nullptr;
    widgets::ChoroplethMap *m_netMap = nullptr;
    widgets::NetBarChart *m_ageChart = nullptr;
    QLabel *m_ageNote = nullptr;
    QWidget *m_ageBox = nullptr;
    QLabel *m_indices = nullptr;
    QTableView *m_table = nullptr;
    TopFlowsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTextBrowser *m_commentary = nullptr;
    QLabel *m_howTo = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace regionlens::app
