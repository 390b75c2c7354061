// SPDX-License-Identifier: GPL-3.0-or-later
// 自治体比較 / Compare with peers (issue 12): the region of the shared region
// bar (a municipality or a prefecture) against its peers — the most similar
// regions (compareadapter's documented nearest-neighbour similarity), those
// of the same prefecture (region block for a prefecture) or a list — on
// every indicator of a theme or category. Three tabs: the profile (a
// percentile dot plot and a sortable table of value, peers' median,
// percentile, rank and n), a scatter plot of two indicators over every
// region of the level with the peers highlighted and the OLS line with r,
// and a ranking of the region and its peers on one indicator. One path: the
// compare adapter on a worker, as `regionlens-cli compare`.
#pragma once

#include "analysispage.h"
#include "datasets/adapters/compareadapter.h"

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace regionlens::widgets {
class PeerScatterChart;
class ProfileChart;
}

namespace regionlens::app {

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

protected:
    QString idleHint() const override;
    void retranslateUi() override;

private:
    void init();
    void buildUi();
    void fillScopes();
    void fillIndicatorChoosers();
    void recompute();
    void redraw();
    void refreshProfile();
    void refreshScatter();
    void refreshRanking();
    QString requestKey(const datasets::compareadapter::Request &r) const;
    const datasets::compareadapter::Row *row(const QString &indicator) const;
    QString shortName(const QString &code) const;
    QString scopeName() const;
    // How counts were divided in the result shown ("" = as published).
    QString perText() const;
    // Rows in the chosen order (highest percentile first, lowest first, catalogue).
    QList<const datasets::compareadapter::Row *> sortedRows() const;

    datasets::compareadapter::Result m_result;
    datasets::compareadapter::Request m_shown;   // the request of m_result
    JobRunner *m_runner = nullptr;

    QComboBox *m_peers = nullptr;
    QLineEdit *m_list = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_per = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_rankBy = nullptr;
    widgets::ProfileChart *m_profile = nullptr;
    widgets::PeerScatterChart *m_scatter = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_ranking = nullptr;
};

} // namespace regionlens::app
