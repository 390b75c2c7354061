// SPDX-License-Identifier: GPL-3.0-or-later
// RegionLens GUI entry point. A new store is created (and the starter pack
// loaded) in the background with a progress dialog; --screenshot renders the
// main window to a PNG and exits, for headless machines and tests.
#include "datasets/starterpack.h"
#include "analysisviewsupport.h"
#include "datasets/store.h"
#include "appfonts.h"
#include "catalogsource.h"
#include "guioptions.h"
#include "launchtiming.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "messagetexts.h"
#include "pageregistry.h"
#include "settings.h"
#include "workspace.h"

#include "app/meta/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

struct CreateResult
{
    bool ok = false;
    QString error;
};

// Runs in a worker thread with its own connection; the GUI thread opens the
// finished store afterwards.
CreateResult createStore(const QString &path, const std::function<bool(double)> &progress)
{
    datasets::Store store;
    CreateResult result;
    if (!store.open(path)) {
        result.error = store.errorString();
        return result;
    }
    if (!store.isEmpty()) {
        result.ok = true;
        return result;
    }
    result.ok = datasets::loadStarterPack(store, &result.error, nullptr, progress);
    return result;
}

// The damage check of a store opened with DamageCheck::ByCaller, on a
// worker beside the catalogue's first build: what is wrong, or nothing.
struct CheckResult
{
    datasets::Store::OpenProblem problem = datasets::Store::OpenProblem::None;
    QString error;
};

CheckResult checkStore(const QString &path)
{
    datasets::Store probe;
    if (probe.openReadOnly(path, true))
        return {};
    return {probe.openProblem(), probe.errorString()};
}

// Why the store cannot be used, and what to do, in the UI language.
QString storeProblemText(datasets::Store::OpenProblem problem, const QString &path, const QString &error)
{
    switch (problem) {
    case datasets::Store::OpenProblem::Damaged:
        return QObject::tr("The data store %1 is damaged: some of its data cannot be read, so RegionLens does not "
                           "use it and writes nothing to it.\n\nWhat to do: restore a backup copy of the file; "
                           "or close RegionLens, move the file aside and start RegionLens again, which creates a "
                           "new store with the starter data, then import your own files again.\n\n(%2)")
            .arg(path, error);
    case datasets::Store::OpenProblem::Foreign:
        return QObject::tr("%1 is not a RegionLens data store (it belongs to another application). RegionLens "
                           "left it unchanged.\n\nChoose another file with --db, or leave --db out to use "
                           "your own store.")
            .arg(path);
    default:
        return app::importText(error);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    app::launchtiming::start();   // REGIONLENS_TIMING: launch → first painted frame on stderr
    if (const int code = app::answerWithoutDisplay(argc, argv); code >= 0)
        return code;
    QApplication app(argc, argv);
    app::launchtiming::mark("QApplication");
    QApplication::setOrganizationName(u"RegionLens"_s);
    QApplication::setApplicationName(u"RegionLens"_s);
    QApplication::setApplicationVersion(meta::version());
    app::useCjkCapableFont();
    app::silenceEmptyPlotWarnings();
    app::launchtiming::mark("font");

    const app::GuiOptions options;
    QCommandLineParser parser;
    options.configure(parser);
    parser.process(app);
    const QStringList pageIds = app::workspacePageIds();
    if (parser.isSet(options.page) && !pageIds.contains(parser.value(options.page))) {
        std::fprintf(stderr, "regionlens: unknown page '%s' (pages: %s)\n", qPrintable(parser.value(options.page)),
                     qPrintable(pageIds.join(u", "_s)));
        return 2;
    }

    app::LanguageManager language;
    language.install(parser.isSet(options.lang) ? parser.value(options.lang) : app::settings::language.value());
    app::launchtiming::mark("translations");

    const QString path = QFileInfo(parser.value(options.db)).absoluteFilePath();
    const QString screenshot = parser.value(options.screenshot);
    const QString report = parser.value(options.report);
    const bool headless = !screenshot.isEmpty() || !report.isEmpty();

    datasets::Store store;
    std::unique_ptr<app::CatalogSource> catalog;
    std::unique_ptr<app::MainWindow> window;

    // The window, once the catalogue's first snapshot is in.
    auto createWindow = [&] {
        app::launchtiming::mark("catalogue");
        window = std::make_unique<app::MainWindow>(*catalog, language);
        if (parser.isSet(options.indicator))
            window->mapView()->setIndicator(parser.value(options.indicator));
        // The window restored the last session's region and page; the options
        // override them (the default region is 東京都 on a first start).
        const QString select = parser.isSet(options.select) ? parser.value(options.select)
                                                          : app::settings::lastRegion.value();
        if (parser.isSet(options.select) || !app::settings::lastRegion.isSet())
            window->workspace()->selectRegion(select);
        if (parser.isSet(options.largeFonts))
            window->setLargeFonts(true);
        if (parser.isSet(options.page) || headless)
            window->workspace()->showPage(parser.isSet(options.page) ? parser.value(options.page) : u"map"_s);
        app::launchtiming::mark("window");
        app::launchtiming::watch(window.get(), window->workspace()->currentPage());
        if (!headless) {
            window->show();
            app::launchtiming::mark("shown");
            return;
        }
        QSize size(1500, 900);
        if (parser.isSet(options.windowSize)) {
            const QStringList wh = parser.value(options.windowSize).split(u'x');
            const QSize asked(wh.value(0).toInt(), wh.value(1).toInt());
            if (asked.width() >= 640 && asked.height() >= 480)
                size = asked;
            else
                std::fprintf(stderr, "regionlens: ignoring --window-size %s (want WxH, at least 640x480)\n",
                             qPrintable(parser.value(options.windowSize)));
        }
        window->resize(size);
        window->show();
        // Let layouts settle for one turn of the event loop, then render.
        QTimer::singleShot(0, window.get(), [&, select] {
            bool ok = true;
            if (!screenshot.isEmpty()) {
                if (window->saveScreenshot(screenshot)) {
                    std::printf("regionlens: wrote the main view to %s\n",
                                qPrintable(QFileInfo(screenshot).absoluteFilePath()));
                } else {
                    std::fprintf(stderr, "regionlens: cannot write %s\n", qPrintable(screenshot));
                    ok = false;
                }
            }
            if (!report.isEmpty()) {
                const QString region = select.section(u',', 0, 0).isEmpty() ? u"13"_s : select.section(u',', 0, 0);
                QString error;
                if (window->writeReport(region, report, &error)) {
                    std::printf("regionlens: wrote the region report for %s to %s\n", qPrintable(region),
                                qPrintable(QFileInfo(report).absoluteFilePath()));
                } else {
                    std::fprintf(stderr, "regionlens: %s\n", qPrintable(error));
                    ok = false;
                }
            }
            QApplication::exit(ok ? 0 : 1);
        });
    };

    auto fail = [&](datasets::Store::OpenProblem problem, const QString &error) {
        if (headless)
            std::fprintf(stderr, "regionlens: %s\n", qPrintable(error));
        else
            QMessageBox::critical(nullptr, QObject::tr("RegionLens"), storeProblemText(problem, path, error));
        QApplication::exit(1);
    };

    // Opens the store; its catalogue is built on a worker and, for a store
    // this run did not create, its damage check runs on another beside it
    // (PRAGMA quick_check reads every page: ~0.1 s). The window follows when
    // both are in; a damaged store is not shown.
    QFutureWatcher<CheckResult> checkWatcher;
    bool refused = false;   // the check found damage
    auto createWhenReady = [&] {
        if (window || refused || !catalog || !catalog->isReady() || checkWatcher.isRunning())
            return;
        if (checkWatcher.future().resultCount() > 0) {
            const CheckResult result = checkWatcher.result();
            if (result.problem == datasets::Store::OpenProblem::Damaged) {
                refused = true;
                fail(result.problem, result.error);
                return;
            }
        }
        createWindow();
    };
    QObject::connect(&checkWatcher, &QFutureWatcher<CheckResult>::finished, &app, [&] {
        app::launchtiming::mark("store checked");
        createWhenReady();
    });
    auto showWindow = [&](bool created) {
        // A store this run has just created needs no check.
        if (!store.open(path, datasets::Store::kSchemaVersion, datasets::Store::DamageCheck::ByCaller)) {
            fail(store.openProblem(), store.errorString());
            return;
        }
        app::launchtiming::mark("store open");
        if (!created)
            checkWatcher.setFuture(app::runOnWorker([path] { return checkStore(path); }));
        catalog = std::make_unique<app::CatalogSource>(store, language.isJapanese());
        QObject::connect(catalog.get(), &app::CatalogSource::changed, catalog.get(), createWhenReady);
        catalog->rebuild();
    };

    // Create the store in the background when it is new; the GUI stays responsive.
    QFutureWatcher<CreateResult> watcher;
    std::unique_ptr<QProgressDialog> progress;
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
    const bool needsCreation = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
    if (needsCreation) {
        if (!headless) {
            progress = std::make_unique<QProgressDialog>(QObject::tr("Creating the store with the starter data…"),
                                                         QObject::tr("Cancel"), 0, 1000);
            progress->setMinimumDuration(300);
            QObject::connect(progress.get(), &QProgressDialog::canceled, [&] { cancelled = true; });
            auto *timer = new QTimer(progress.get());
            QObject::connect(timer, &QTimer::timeout, progress.get(), [&] { progress->setValue(permille.load()); });
            timer->start(50);
        }
        QObject::connect(&watcher, &QFutureWatcher<CreateResult>::finished, &app, [&] {
            app::launchtiming::mark("store created");
            progress.reset();
            const CreateResult result = watcher.result();
            if (!result.ok) {
                const QString message = cancelled ? QObject::tr("Cancelled: the store was not created.")
                                                  : app::importText(result.error);
                if (headless)
                    std::fprintf(stderr, "regionlens: %s\n", qPrintable(message));
                else
                    QMessageBox::critical(nullptr, QObject::tr("RegionLens"), message);
                QFile::remove(path);
                QApplication::exit(1);
                return;
            }
            showWindow(true);
        });
        watcher.setFuture(QtConcurrent::run([&, path] {
            return createStore(path, [&](double f) {
                permille = int(f * 1000);
                return !cancelled.load();
            });
        }));
    } else {
        QTimer::singleShot(0, &app, [&] { showWindow(false); });
    }
    return app.exec();
}
