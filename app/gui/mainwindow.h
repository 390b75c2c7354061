// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: menus, the map view, the status bar. Views and dialogs
// live in their own classes.
#pragma once

#include <QMainWindow>

class QDialog;
class QDockWidget;
class QMenu;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class CatalogSource;
class CatalogView;
class ImportDialog;
class LanguageManager;
class MapView;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // catalog: the store's catalogue, its first snapshot normally built
    // (main.cpp waits for it); rebuilt after each import.
    MainWindow(CatalogSource &catalog, LanguageManager &language, QWidget *parent = nullptr);
    // Standalone (tests): with a catalogue of its own, built here.
    MainWindow(datasets::Store &store, LanguageManager &language, QWidget *parent = nullptr);

    MapView *mapView() const { return m_mapView; }
    Workspace *workspace() const { return m_workspace; }
    // Writes the region report (A4 PDF) for a prefecture code; used by the
    // Report menu, --report and the tests.
    bool writeReport(const QString &region, const QString &path, QString *error);
    // Writes the report the dialog chose (ReportDialog): in the UI language
    // from the workspace's pages, in the other one by the front end
    // regionlens-report; with choice.each one file per region
    // (path-CODE.pdf). *written: the files.
    bool writeReport(const struct ReportChoice &choice, const QString &path, QStringList *written, QString *error);
    CatalogView *catalogView() const { return m_catalog; }
    CatalogSource *catalogSource() const { return m_catalogSource; }
    // File → Import data…: opens the import dialog (non-modal when called from the menu).
    ImportDialog *openImportDialog();
    // Renders the window to a PNG; used by --screenshot and the tests.
    bool saveScreenshot(const QString &path);
    // Larger fonts everywhere, for projectors and workshops (View → Large fonts).
    void setLargeFonts(bool on);
    // View → Language: switches live (no restart) and remembers the choice
    // (settings::language, "ui/language").
    void setLanguage(const QString &language);
    // Help → Data sources and licences: a scrolling list that fits the
    // screen (or the given available size), whatever the number of indicators.
    QDialog *openSourcesDialog(QSize available = {});
    // Edit → Copy figure (Ctrl+Shift+C): the figure shown on the current page
    // (its visible tab's; the map on the map page) as an image on the
    // clipboard; false on a page without figures.
    bool copyCurrentFigure();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void exportMap();
    void showSources();
    void showAbout();
    // Import dialog and data catalogue (File → Import data…, View → Data catalogue).
    void addImportActions(QMenu *file);
    void addCatalogActions(QMenu *view);
    void importFinished(const QString &summary);
    void exportReport(const QString &region);

    datasets::Store &m_store;
    CatalogSource *m_catalogSource;
    LanguageManager &m_language;
    Workspace *m_workspace = nullptr;
    MapView *m_mapView = nullptr;
    CatalogView *m_catalog = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QList<QAction *> m_languageActions;
};

} // namespace regionlens::app
