// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: menus, the map view, the status bar. Views and dialogs
// live in their own classes.
#pragma once

#include <QMainWindow>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class LanguageManager;
class MapView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(datasets::Store &store, LanguageManager &language, QWidget *parent = nullptr);

    MapView *mapView() const { return m_mapView; }
    // Renders the window to a PNG; used by --screenshot and the tests.
    bool saveScreenshot(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void exportMap();
    void showSources();
    void showAbout();
    void setLanguage(const QString &language);
    void setLargeFonts(bool on);

    datasets::Store &m_store;
    LanguageManager &m_language;
    MapView *m_mapView = nullptr;
};

} // namespace regionlens::app
