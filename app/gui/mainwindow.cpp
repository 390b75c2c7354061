// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysispage.h"
#include "appfonts.h"
#include "catalogsource.h"
#include "catalogview.h"
#include "exportsupport.h"
#include "datasets/store.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "mapview.h"
#include "messagetexts.h"
#include "settings.h"
#include "widgets/choroplethmap.h"
#include "regionreport.h"
#include "reportdialog.h"
#include "regionselection.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

MainWindow::MainWindow(datasets::Store &store, LanguageManager &language, QWidget *parent)
    : MainWindow(*CatalogSource::createBuilt(store, language.isJapanese()), language, parent)
{
    m_catalogSource->setParent(this);
}

MainWindow::MainWindow(CatalogSource &catalog, LanguageManager &language, QWidget *parent)
    : QMainWindow(parent), m_store(catalog.store()), m_catalogSource(&catalog), m_language(language)
{
    setWindowTitle(tr("RegionLens — regional economy analysis"));
    m_workspace = new Workspace(catalog, this);
    m_mapView = m_workspace->mapView();
    setCentralWidget(m_workspace);
    createMenus();
    // The current page's messages; a page switch clears the previous page's (an empty text).
    connect(m_workspace, &Workspace::statusMessage, statusBar(), [this](const QString &t) { statusBar()->showMessage(t); });
    // A live language switch (View → Language, or LanguageManager::install()): widget texts are
    // retranslated by the manager; the names follow here, and every page redraws with them.
    connect(&m_language, &LanguageManager::languageChanged, this, [this] {
        m_catalogSource->setJapanese(m_language.isJapanese());
        statusBar()->clearMessage();
        m_catalogDock->toggleViewAction()->setText(tr("Data &catalogue"));   // the dock's title renamed it
        for (QAction *a : m_languageActions)
            a->setChecked(a->data().toString() == m_language.language());
        // A combo box sizes itself to its items once, at its first show: its items are now in the
        // other language (従業者数 → Employees (従業者数)), so from now on it follows them.
        for (QComboBox *box : findChildren<QComboBox *>())
            if (box->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow)
                box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    });
    connect(m_workspace, &Workspace::reportRequested, this, &MainWindow::exportReport);
    statusBar()->showMessage(tr("Store: %1").arg(m_store.path()));
    resize(1400, 860);
    restoreGeometry(settings::windowGeometry.value());
    if (settings::largeFonts.value())
        setLargeFonts(true);
    // The region, level, page and industry of the last session.
    m_workspace->restoreState();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addImportActions(file);
    QAction *exportMap = file->addAction(tr("Export &map…"), this, &MainWindow::exportMap);
    exportMap->setShortcut(QKeySequence(u"Ctrl+E"_s));
    QAction *report = file->addAction(tr("&Region report (PDF)…"), this,
                                      [this] { exportReport(m_workspace->selection().primary()); });
    report->setShortcut(QKeySequence(u"Ctrl+P"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyFigure = edit->addAction(tr("Copy &figure"), this, [this] { copyCurrentFigure(); });
    copyFigure->setObjectName(u"copyCurrentFigure"_s);
    copyFigure->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addCatalogActions(view);
    QAction *large = view->addAction(tr("&Large fonts (projector)"));
    large->setCheckable(true);
    large->setChecked(settings::largeFonts.value());
    connect(large, &QAction::toggled, this, [this](bool on) {
        settings::largeFonts.setValue(on);
        setLargeFonts(on);
    });
    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languageMenu);
    for (const auto &[code, label] : {std::pair{u"ja"_s, u"日本語"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *a = languageMenu->addAction(label);
        a->setData(code);
        m_languageActions.append(a);
        a->setCheckable(true);
        a->setChecked(m_language.language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Data &sources and licences"), this, &MainWindow::showSources);
    help->addAction(tr("&About RegionLens"), this, &MainWindow::showAbout);
}

void MainWindow::addImportActions(QMenu *file)
{
    QAction *import = file->addAction(tr("&Import data…"), this, [this] { openImportDialog(); });
    import->setShortcut(QKeySequence(u"Ctrl+I"_s));
    file->addSeparator();
}

ImportDialog *MainWindow::openImportDialog()
{
    auto *dialog = new ImportDialog(m_store.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::importFinished);
    dialog->show();
    return dialog;
}

// After a committed import: the catalogue is rebuilt on a worker; the map,
// the pages and the data catalogue follow when it is in (CatalogSource::changed).
void MainWindow::importFinished(const QString &summary)
{
    m_catalogSource->rebuild();
    statusBar()->showMessage(tr("Imported: %1").arg(importText(summary.section(u'\n', 1).simplified())));
}

void MainWindow::addCatalogActions(QMenu *view)
{
    m_catalog = new CatalogView(*m_catalogSource, this);
    m_catalogDock = new QDockWidget(tr("Data catalogue"), this);
    m_catalogDock->setObjectName(u"catalogueDock"_s);
    m_catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::BottomDockWidgetArea, m_catalogDock);
    m_catalogDock->hide();
    connect(m_catalogDock, &QDockWidget::visibilityChanged, m_catalog, [this](bool visible) {
        if (!visible)
            return;
        m_catalog->refresh();
        // Docked at the bottom: ten rows where the window has room, up to 40 % of it.
        if (!m_catalogDock->isFloating())
            resizeDocks({m_catalogDock}, {std::min(m_catalog->sizeHint().height(), height() * 2 / 5)}, Qt::Vertical);
    });
    connect(m_catalog, &CatalogView::indicatorActivated, m_mapView, &MapView::setIndicator);
    QAction *toggle = m_catalogDock->toggleViewAction();
    toggle->setText(tr("Data &catalogue"));
    view->addAction(toggle);
    view->addSeparator();
}

bool MainWindow::copyCurrentFigure()
{
    QList<PageFigure> figures;
    if (AnalysisPage *page = m_workspace->currentAnalysisPage()) {
        page->waitForIdle();
        figures = page->figures();
    } else if (m_workspace->currentPageId() == u"map") {
        m_mapView->waitForIdle();
        figures = m_mapView->figures();
    }
    if (figures.isEmpty()) {
        statusBar()->showMessage(tr("This page has no figure to copy."), 5000);
        return false;
    }
    // The figure of the tab shown (a page's side map is visible beside every
    // tab), else the first one visible, else the first.
    const auto inTab = [](const QWidget *w) {
        for (const QWidget *p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget())
            if (qobject_cast<const QTabWidget *>(p))
                return true;
        return false;
    };
    const auto visible = [](const PageFigure &f) { return f.widget && f.widget->isVisible(); };
    auto shown = std::find_if(figures.cbegin(), figures.cend(),
                              [&](const PageFigure &f) { return visible(f) && inTab(f.widget); });
    if (shown == figures.cend())
        shown = std::find_if(figures.cbegin(), figures.cend(), visible);
    const PageFigure &figure = shown != figures.cend() ? *shown : figures.constFirst();
    copyFigureToClipboard(figure);
    statusBar()->showMessage(tr("Figure copied: %1").arg(figure.caption), 5000);
    return true;
}

void MainWindow::exportMap()
{
    m_mapView->exportMap();
}

void MainWindow::showSources()
{
    openSourcesDialog();
}

QDialog *MainWindow::openSourcesDialog(QSize available)
{
    const bool ja = m_language.isJapanese();
    const auto either = [ja](const QString &j, const QString &e) { return ja || e.isEmpty() ? j : e; };
    QString html = tr("<h3>Data sources</h3>");
    html += u"<table cellpadding='4'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>"_s
                .arg(tr("Indicator"), tr("Source (出典)"), tr("Licence"));
    for (const datasets::IndicatorInfo &info : m_catalogSource->snapshot().indicators()) {
        html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
            either(info.nameJa, info.nameEn).toHtmlEscaped(), either(info.sourceJa, info.sourceEn).toHtmlEscaped(),
            licenceLabel(info.licence).toHtmlEscaped());
    }
    html += u"</table>"_s;
    html += tr("<p>Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), "
               "from Debian's qgis-common package.</p>");

    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"sourcesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Data sources and licences"));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(u"sources"_s);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    // As large as the list, within the screen (room left for the title bar
    // and the taskbar): a long list after an import scrolls.
    if (!available.isValid())
        available = (screen() ? screen()->availableGeometry().size() : QSize(1280, 720));
    const int width = std::min(960, available.width() * 9 / 10);
    text->document()->setTextWidth(width - 40);
    const int chrome = buttons->sizeHint().height() + 3 * layout->spacing() + 2 * layout->contentsMargins().top() + 8;
    const int height = std::min(int(text->document()->size().height()) + chrome + 2 * text->frameWidth(),
                                available.height() * 85 / 100);
    dialog->resize(width, std::max(height, std::min(320, available.height() * 85 / 100)));
    dialog->open();
    return dialog;
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
    m_language.install(language);   // live: languageChanged() follows when it is another one
}

void MainWindow::setLargeFonts(bool on)
{
    applyLargeFonts(this, on);
    m_workspace->setLargeFonts(on);
}

void MainWindow::exportReport(const QString &region)
{
    const QString code = region.isEmpty() ? u"13"_s : region;
    if (!m_catalogSource->snapshot().region(code))
        return;
    // The selected regions (a combined group is reported through its first region).
    RegionSelection &selection = m_workspace->selection();
    const QStringList regions =
        selection.groupId().isEmpty() && selection.codes().contains(code) ? selection.codes() : QStringList{code};
    ReportDialog dialog(m_workspace->pages(), m_catalogSource->snapshot(), regions, m_language.isJapanese(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportChoice choice = dialog.choice();
    const QString stem = choice.options.summary ? u"regionlens-summary-%1.pdf"_s : u"regionlens-report-%1.pdf"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Region report"),
                                                      stem.arg(choice.options.regions.join(u'-')),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QStringList written;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeReport(choice, path, &written, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Wrote the report to %1").arg(written.join(u", "_s)));
    else
        QMessageBox::warning(this, tr("Region report"), error);
}

bool MainWindow::writeReport(const ReportChoice &choice, const QString &path, QStringList *written, QString *error)
{
    // One file for all the regions, or one each: "s.pdf" → "s-22.pdf".
    QList<std::pair<QStringList, QString>> files;
    if (choice.each && choice.options.regions.size() > 1) {
        const QFileInfo info(path);
        const QString base = info.dir().filePath(info.completeBaseName());
        for (const QString &code : choice.options.regions)
            files.append({{code}, base + u'-' + code + u".pdf"_s});
    } else {
        files.append({choice.options.regions, path});
    }
    RegionSelection &selection = m_workspace->selection();
    const QStringList previous = selection.codes();
    const QString previousGroup = selection.groupId();
    for (const auto &[regions, file] : files) {
        ReportOptions options = choice.options;
        options.regions = regions;
        ReportResult result;
        if (options.japanese == m_language.isJapanese()) {
            // The workspace's pages follow each region in turn.
            result = writeRegionReport(m_store, m_workspace->pages(), options, file,
                                       [&](const QString &code) { selection.set({code}); });
        } else {
            result = runReportFrontEnd(m_store.path(), options, file);
        }
        if (!result.ok) {
            if (error)
                *error = result.error;
            break;
        }
        written->append(file);
    }
    if (!previousGroup.isEmpty())
        selection.setGroup(previousGroup, previous);
    else if (selection.codes() != previous)
        selection.set(previous);
    return written->size() == files.size();
}

bool MainWindow::writeReport(const QString &region, const QString &path, QString *error)
{
    // The report shows one region: select it (the pages follow), draw, restore.
    RegionSelection &selection = m_workspace->selection();
    const QStringList previous = selection.codes();
    const QString previousGroup = selection.groupId();
    selection.set({region});
    const ReportResult result =
        writeRegionReport(m_store, m_workspace->pages(), region, m_language.isJapanese(), path);
    if (!previousGroup.isEmpty())
        selection.setGroup(previousGroup, previous);
    else
        selection.set(previous);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

bool MainWindow::saveScreenshot(const QString &path)
{
    // The results (not "Computing…"), then the layouts they change: the
    // texts they set (a source line, the commentary) ask for their height in
    // posted events, and a grab before those showed a one-line source line
    // cut mid-word and the commentary cut at the bottom.
    for (int round = 0; round < 2; ++round) {
        m_mapView->waitForIdle();   // the map values and time series being read
        if (AnalysisPage *page = m_workspace->currentAnalysisPage())
            page->waitForIdle();
        QCoreApplication::sendPostedEvents();
    }
    // Dense maps repaint their colours on a worker and show the old ones
    // meanwhile; a screenshot must show the current ones, so they are
    // painted in place for this one grab.
    QList<widgets::ChoroplethMap *> maps;
    for (widgets::ChoroplethMap *map : findChildren<widgets::ChoroplethMap *>())
        if (map->backgroundRendering()) {
            map->setBackgroundRendering(false);
            map->update();
            maps.append(map);
        }
    const QImage image = grab().toImage();
    for (widgets::ChoroplethMap *map : std::as_const(maps))
        map->setBackgroundRendering(true);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.setValue(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace regionlens::app
