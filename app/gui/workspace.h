// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's central area: navigation between the start page, the map
// and the analysis pages; a region bar that drives the shared selection; and
// the guide panel that says how to read the current page and what its figures
// show for the selected region.
#pragma once

#include "regionsearch.h"

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class AnalysisPage;
class CatalogSource;
class MapView;
class RegionSelection;
class StartPage;

class Workspace : public QWidget
{
    Q_OBJECT

public:
    // The region bar, the group list and every name come from catalog's
    // snapshot; the analysis pages are made from the page registry. Follows
    // catalog.changed() (pages reload, the bar is refilled).
    Workspace(CatalogSource &catalog, QWidget *parent = nullptr);
    // Standalone (benchmarks, tests): with a catalogue of its own, built here.
    Workspace(datasets::Store &store, bool japanese, QWidget *parent = nullptr);

    CatalogSource &catalog() const { return *m_catalog; }
    MapView *mapView() const { return m_mapView; }
    StartPage *startPage() const { return m_start; }
    RegionSelection &selection() const { return *m_selection; }
    // Every analysis page, in the registry's order. The pages are made when
    // first shown or asked for here: pages() and page() make them.
    QList<AnalysisPage *> pages() const;
    AnalysisPage *page(const QString &id) const;
    AnalysisPage *currentAnalysisPage() const;

    // "start", "map" or an AnalysisPage's pageId().
    void showPage(const QString &id);
    QString currentPageId() const;
    QWidget *currentPage() const;   // the page shown (start, map or an analysis page)
    // Opens a theme; region is a prefecture code, "group:<id>", or empty for
    // the current selection.
    void openTheme(const QString &themeId, const QString &region = QString());
    // Selects a prefecture or municipality code, "group:<id>", several
    // codes separated by commas, or nothing (= Japan).
    void selectRegion(const QString &region);
    // The map page with codes selected (a comparison's region and its peers, the region first) at their level.
    void showOnMap(const QStringList &codes);
    // The region bar's text field: type a prefecture, municipality or group
    // (Japanese or English, prefix or part of the name); the suggestions
    // follow as you type, Down/Enter picks one.
    QLineEdit *regionSearch() const;
    // The suggestions shown for the text typed (labels, best first).
    QStringList regionSuggestions() const;

    // The region, level, page and map industry from the settings
    // (settings.h); from then on every change is written back, so the next
    // start (or a new window) finds them again. The main window calls it.
    void restoreState();
    QString currentTheme() const { return m_theme; }
    // The guide panel's text (HTML), for tests.
    QString guideHtml() const;

    // Rebuilds the catalogue (after an import); the pages reload once it is in.
    void reload();
    void setLargeFonts(bool on);

signals:
    void statusMessage(const QString &text);
    void reportRequested(const QString &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRegionBar();
    void suggestRegions(const QString &text);
    void retranslateSearch();
    void saveState() const;
    void fitNavigation();
    QString navigationTitle(const QString &id) const;
    void catalogChanged();
    void addPage(const QString &id, const QString &title, QWidget *widget);
    AnalysisPage *buildPage(const QString &id);
    AnalysisPage *builtPage(const QString &id) const;   // nullptr until made
    void restoreIndustry();
    void selectionChanged();
    void updateGuide();
    QString buildGuideHtml() const;
    void updateExportMenu();

    datasets::Store &m_store;
    CatalogSource *m_catalog;
    RegionSelection *m_selection = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_guide = nullptr;
    QComboBox *m_region = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QList<RegionEntry> m_entries;
    bool m_persist = false;   // restoreState() called: changes go to the settings
    QCheckBox *m_aggregate = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_themeBanner = nullptr;
    StartPage *m_start = nullptr;
    MapView *m_mapView = nullptr;
    static constexpr qsizetype kFixedPages = 2;   // "start" and "map" before the analysis pages
    QList<AnalysisPage *> m_pages;   // by registry order; nullptr until made (buildPage())
    bool m_largeFonts = false;
    bool m_restored = false;   // restoreState() called: pages made later take the saved state too
    bool m_industryRestored = false;
    QStringList m_ids;   // stack index → page id
    QString m_theme;
    mutable bool m_guideStale = false;   // hidden guide: built on demand by guideHtml()
};

} // namespace regionlens::app
