// SPDX-License-Identifier: GPL-3.0-or-later
// 人口移動 / Flows: a flow map (curved arrows, width ∝ movers, top-N; by
// default, with a prefecture selected, that region's own in- and outflows,
// zoomed to it and its partners, the largest partners labelled; "national
// overview" keeps the top-N flows of the nation), a net-migration choropleth
// centred on 0 (prefectures, or municipalities: FlowsMunicipal), the table of
// the largest flows, net migration by age where the flows carry ages, and the
// system indices (MEI, ANMR, CMP) next to the selected region's
// in/out/net/turnover; a second tab with the region's net per partner (in,
// out, net) and net by 地域ブロック. Built on the page frame; the numbers come from the
// flows adapter (read and computed on a worker), the words from
// FlowsCommentary.
#pragma once

#include "flowsmunicipal.h"
#include "pagemap.h"
#include "topflowsmodel.h"

#include "datasets/adapters/flowsadapter.h"

#include <QHash>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;
class QSpinBox;

namespace regionlens::widgets {
class ChoroplethMap;
class FlowMap;
class NetBarChart;
}

namespace regionlens::app {

class JobRunner;

class FlowsView : public MapPage
{
    Q_OBJECT

public:
    FlowsView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    FlowsView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~FlowsView() override;

    QString pageId() const override { return QStringLiteral("flows"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    // The frame's figures; net migration by age only where the flows carry ages.
    QList<PageFigure> figures() const override;
    QStringList sources() const override;
    void reload() override;

    // --- options (also set from the controls) ---
    bool setYear(int year);
    int year() const;
    void setTopN(int n);
    // The region view (true, the default) or the national overview.
    void setFocusOnly(bool on);
    // True when the page shows the selected prefecture's own flows.
    bool regionView() const;
    void setPerThousand(bool on);

    const datasets::flows::Result &result() const { return m_result; }

    // At municipal level (MapPage::setLevel) the flow map draws flows between
    // municipalities when the store has them for the year (with a prefecture
    // filter, those with either end in it); otherwise it stays on prefectures
    // and flowMapNote() says why.
    const datasets::flows::MunicipalResult &municipalResult() const { return m_municipal.result(); }
    bool flowMapMunicipal() const;
    QString flowMapNote() const;

    widgets::FlowMap *flowMap() const { return m_flowMap; }
    widgets::ChoroplethMap *netMap() const { return map(); }
    widgets::NetBarChart *ageChart() const { return m_ageChart; }
    widgets::NetBarChart *partnerChart() const { return m_partnerChart; }
    widgets::NetBarChart *blockChart() const { return m_blockChart; }
    QTableView *table() const { return m_table; }
    TopFlowsModel *tableModel() const { return m_table->flowsModel(); }

protected:
    void retranslateUi() override;

private:
    void init();   // the constructors' common part
    void buildUi();
    QWidget *buildLowerRow();
    QWidget *buildPartnerTab();
    void showPartners();
    void connectControls();
    void refresh();
    void refreshMunicipal();
    void apply(const datasets::flows::Result &result);
    void redrawMaps();   // both maps, the table and the texts (level, filter, picks)
    void refreshNetMap();
    void refreshFlowMap();
    void applySelection();
    void showAges();
    void updateTable();
    void flowPicked(const QString &origin, const QString &destination);
    QString focus() const;   // the selected prefecture (a selected municipality's), or ""
    QString selectedMunicipality() const;   // a municipality selected while the arrows are prefectural, or ""
    QString municipalityNote() const;
    QString sourceText(const QString &indicator) const;   // "Source: …" for a map, or ""

    QStringList m_prefectures;   // codes, ascending
    datasets::flows::Result m_result;
    // The last flows and populations read (they do not depend on the focus)
    // and the year asked for; null until a read is delivered and after reload().
    std::shared_ptr<const datasets::flows::Inputs> m_inputs;
    int m_inputsYear = 0;
    JobRunner *m_runner = nullptr;
    FlowsMunicipal m_municipal;
    QList<widgets::MapFeature> m_prefectureFeatures;
    QString m_flowMapFeatures;   // what the flow map shows: "p", or "m" + filter

    QComboBox *m_year = nullptr;
    QComboBox *m_region = nullptr;
    QSpinBox *m_topN = nullptr;
    QComboBox *m_view = nullptr;
    // "Largest flows" of the national overview and of the region view (fewer:
    // the map zooms to the partners they reach); the spin box shows the one
    // in effect and edits it.
    int m_topNNational = 30;
    int m_topNRegion = 16;
    QCheckBox *m_perThousand = nullptr;
    widgets::FlowMap *m_flowMap = nullptr;
    QLabel *m_flowNote = nullptr;
    widgets::NetBarChart *m_ageChart = nullptr;
    widgets::NetBarChart *m_partnerChart = nullptr;
    widgets::NetBarChart *m_blockChart = nullptr;
    QLabel *m_ageNote = nullptr;
    QTextBrowser *m_indices = nullptr;
    TopFlowsTable *m_table = nullptr;
};

} // namespace regionlens::app
