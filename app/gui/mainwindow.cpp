// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "datasets/store.h"
#include "languagemanager.h"
#include "mapview.h"
#include "settings.h"
#include "widgets/choroplethmap.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace regionlens::app {

MainWindow::MainWindow(datasets::Store &store, LanguageManager &language, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_language(language)
{
    setWindowTitle(tr("RegionLens — regional economy analysis"));
    m_mapView = new MapView(store, language.isJapanese(), this);
    setCentralWidget(m_mapView);
    createMenus();
    connect(m_mapView, &MapView::statusMessage, statusBar(), [this](const QString &t) { statusBar()->showMessage(t); });
    statusBar()->showMessage(tr("Store: %1").arg(store.path()));
    resize(1400, 860);
    restoreGeometry(settings::windowGeometry.value());
    if (settings::largeFonts.value())
        setLargeFonts(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportMap = file->addAction(tr("Export &map…"), this, &MainWindow::exportMap);
    exportMap->setShortcut(QKeySequence(u"Ctrl+E"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *large = view->addAction(tr("&Large fonts (projector)"));
    large->setCheckable(true);
    large->setChecked(settings::largeFonts.value());
    connect(large, &QAction::toggled, this, &MainWindow::setLargeFonts);
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languageMenu);
    for (const auto &[code, label] : {std::pair{u"ja"_s, u"日本語"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *a = languageMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_language.language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Data &sources and licences"), this, &MainWindow::showSources);
    help->addAction(tr("&About RegionLens"), this, &MainWindow::showAbout);
}

void MainWindow::exportMap()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), u"regionlens-map.png"_s,
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QImage image = m_mapView->map()->toImage(QSize(1600, 1200));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        QMessageBox::warning(this, tr("Export map"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

void MainWindow::showSources()
{
    QString html = tr("<h3>Data sources</h3>");
    html += u"<table cellpadding='4'>"_s;
    for (const datasets::IndicatorInfo &info : m_store.indicators()) {
        html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
            (m_language.isJapanese() ? info.nameJa : info.nameEn).toHtmlEscaped(),
            (m_language.isJapanese() ? info.sourceJa : info.sourceEn).toHtmlEscaped(), info.licence.toHtmlEscaped());
    }
    html += u"</table>"_s;
    html += tr("<p>Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), "
               "from Debian's qgis-common package.</p>");
    QMessageBox box(QMessageBox::Information, tr("Data sources and licences"), html, QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RegionLens"),
                       tr("<h3>RegionLens %1</h3><p>Regional economy analysis for Japan: location quotients, "
                          "shift-share, population and migration.</p><p>Licence: GPL-3.0-or-later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    settings::language.setValue(language);
    QMessageBox::information(this, tr("Language"), tr("The language changes when RegionLens starts next time."));
}

void MainWindow::setLargeFonts(bool on)
{
    settings::largeFonts.setValue(on);
    QFont font = QApplication::font();
    font.setPointSizeF(on ? 16 : 10);
    setFont(font);
}

bool MainWindow::saveScreenshot(const QString &path)
{
    const QImage image = grab().toImage();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.setValue(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace regionlens::app
