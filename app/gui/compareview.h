// SPDX-License-Identifier: GPL-3.0-or-later
// 自治体比較 / Compare with peers (issue 12): the region of the shared region
// bar (a municipality or a prefecture) against its peers — the most similar
// regions (compareadapter's documented nearest-neighbour similarity), those
// of the same prefecture (region block for a prefecture) or a list — on
// every indicator of a theme or category. Three tabs: the profile (a
// percentile dot plot and a sortable table of value, peers' median,
// percentile, rank and n), a scatter plot of any two indicators of the
// catalogue over every region of the level with the peers highlighted and
// the OLS line with r, and a ranking of the region and its peers on any
// indicator (IndicatorPicker; the rows of indicators outside the theme are
// the adapter's too, read on a second runner). One path: the compare
// adapter on a worker, as `regionlens-cli compare`. Linked selection: a
// click on a dot or a ranking row selects that region (the shared
// selection); "Show on map" asks the workspace to mark the region and its
// peers on the map page (showOnMap()).
#pragma once

#include "analysispage.h"
#include "datasets/adapters/compareadapter.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace regionlens::widgets {
class PeerScatterChart;
class ProfileChart;
}

namespace regionlens::app {

class IndicatorPicker;
class JobRunner;

class CompareView : public AnalysisPage
{
    Q_OBJECT

public:
    CompareView(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own.
    CompareView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~CompareView() override;

    QString pageId() const override { return QStringLiteral("compare"); }
    QString title() const override;
    QString howToRead() const override;
    QString commentary() const override;
    QStringList sources() const override;
    void reload() override;

    // The request the page runs (region from the region bar, the controls' choices).
    datasets::compareadapter::Request request() const;
    const datasets::compareadapter::Result &result() const { return m_result; }

    // "theme:<id>", "category:<id>" or "" (every indicator).
    QString scope() const;
    void setScope(const QString &scope);
    void setPeerMode(datasets::compareadapter::PeerMode mode);
    void setPeerList(const QString &text);
    void setPer(datasets::indicatoradapter::Per per);
    void setScatterIndicators(const QString &x, const QString &y);
    void setRankingIndicator(const QString &indicator);

    widgets::ProfileChart *profileChart() const { return m_profile; }
    widgets::PeerScatterChart *scatterChart() const { return m_scatter; }
    QTableWidget *profileTable() const { return m_table; }
    QTableWidget *rankingTable() const { return m_ranking; }
    IndicatorPicker *xPicker() const { return m_xPicker; }
    IndicatorPicker *yPicker() const { return m_yPicker; }
    IndicatorPicker *rankPicker() const { return m_rankPicker; }
    QPushButton *showOnMapButton() const { return m_showOnMap; }
    // The region compared and its peers (the region first), as shown.
    QStringList comparedRegions() const;
    // A row of the result or of the indicators read for the scatter plot and
    // the ranking (nullptr while being read or without values at the level).
    const datasets::compareadapter::Row *row(const QString &indicator) const;
    // "" or why the chosen indicators have no rows at the region's level.
    QString emptyScopeText() const;

signals:
    // The region compared and its peers, for the map page (the workspace).
    void showOnMap(const QStringList &codes);

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    void fillScopes();
    void recompute();
    void redraw();
    void refreshProfile();
    void refreshScatter();
    void refreshRanking();
    void syncPickers();
    void loadAxes();   // the rows of the scatter's and the ranking's indicators outside the result
    void pickRegion(const QString &code);
    struct ScopeCount
    {
        int municipal = 0;
        int prefectural = 0;
    };
    // Indicators with values per level of every scope ("" = all, "theme:…", "category:…"; the catalogue's).
    QHash<QString, ScopeCount> scopeCounts() const;
    QString requestKey(const datasets::compareadapter::Request &r) const;
    QString shortName(const QString &code) const;
    QString scopeName() const;
    // How counts were divided in the result shown ("" = as published).
    QString perText() const;
    // Rows in the chosen order (highest percentile first, lowest first, catalogue).
    QList<const datasets::compareadapter::Row *> sortedRows() const;

    datasets::compareadapter::Result m_result;
    datasets::compareadapter::Request m_shown;   // the request of m_result
    JobRunner *m_runner = nullptr;
    datasets::compareadapter::Result m_axes;   // rows of indicators outside the theme (scatter, ranking)
    JobRunner *m_axisRunner = nullptr;
    std::optional<datasets::RegionLevel> m_pickerLevel;
    std::optional<datasets::RegionLevel> m_scopeLevel;   // the level the scopes' notes are for
    bool m_axesChosen = false;   // by the user (else: the theme's first two indicators)
    bool m_rankChosen = false;

    QComboBox *m_peers = nullptr;
    QLineEdit *m_list = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_per = nullptr;
    QComboBox *m_sort = nullptr;
    IndicatorPicker *m_xPicker = nullptr;
    IndicatorPicker *m_yPicker = nullptr;
    IndicatorPicker *m_rankPicker = nullptr;
    QPushButton *m_showOnMap = nullptr;
    widgets::ProfileChart *m_profile = nullptr;
    widgets::PeerScatterChart *m_scatter = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_ranking = nullptr;
};

} // namespace regionlens::app
