// SPDX-License-Identifier: GPL-3.0-or-later
// RegionLens GUI entry point. A new store is created (and the starter pack
// loaded) in the background with a progress dialog; --screenshot renders the
// main window to a PNG and exits, for headless machines and tests.
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "appfonts.h"
#include "catalogsource.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "pageregistry.h"
#include "settings.h"
#include "workspace.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RegionLens"_s);
    QApplication::setApplicationName(u"RegionLens"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    app::useCjkCapableFont();
    app::silenceEmptyPlotWarnings();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"RegionLens — regional economy analysis for Japan"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"The store to open (created with the starter pack if new)."_s,
                                      u"path"_s, datasets::Store::defaultPath());
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Render the main window to a PNG file and exit."_s,
                                              u"file"_s);
    const QCommandLineOption langOption(u"lang"_s, u"User interface language: ja or en."_s, u"language"_s);
    const QCommandLineOption selectOption(u"select"_s, u"Comma-separated region codes to select."_s, u"codes"_s);
    const QCommandLineOption indicatorOption(u"indicator"_s, u"Indicator to show."_s, u"id"_s);
    const QCommandLineOption reportOption(u"report"_s,
                                          u"Write the region report (A4 PDF) of the first selected region and exit."_s,
                                          u"file"_s);
    const QStringList pageIds = app::workspacePageIds();
    const QCommandLineOption pageOption(u"page"_s, u"Page to show: %1."_s.arg(pageIds.join(u", "_s)), u"id"_s);
    const QCommandLineOption largeOption(u"large-fonts"_s, u"Large fonts for projectors and workshops."_s);
    const QCommandLineOption sizeOption(u"window-size"_s,
                                        u"Window size of --screenshot and --report renders, e.g. 1366x768 (default 1500x900)."_s,
                                        u"WxH"_s);
    parser.addOptions({dbOption, screenshotOption, langOption, selectOption, indicatorOption, reportOption, pageOption,
                       largeOption, sizeOption});
    parser.process(app);
    if (parser.isSet(pageOption) && !pageIds.contains(parser.value(pageOption))) {
        std::fprintf(stderr, "regionlens: unknown page '%s' (pages: %s)\n", qPrintable(parser.value(pageOption)),
                     qPrintable(pageIds.join(u", "_s)));
        return 2;
    }

    app::LanguageManager language;
    language.install(parser.isSet(langOption) ? parser.value(langOption) : app::settings::language.value());

    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const QString screenshot = parser.value(screenshotOption);
    const QString report = parser.value(reportOption);
    const bool headless = !screenshot.isEmpty() || !report.isEmpty();

    datasets::Store store;
    std::unique_ptr<app::CatalogSource> catalog;
    std::unique_ptr<app::MainWindow> window;

    // The window, once the catalogue's first snapshot is in.
    auto createWindow = [&] {
        window = std::make_unique<app::MainWindow>(*catalog, language);
        if (parser.isSet(indicatorOption))
            window->mapView()->setIndicator(parser.value(indicatorOption));
        const QString select = parser.isSet(selectOption) ? parser.value(selectOption)
                                                          : app::settings::lastRegion.value();
        window->mapView()->selectRegions(select.split(u',', Qt::SkipEmptyParts));
        if (parser.isSet(largeOption))
            window->setLargeFonts(true);
        window->workspace()->showPage(parser.isSet(pageOption) ? parser.value(pageOption)
                                                               : headless ? u"map"_s : u"start"_s);
        if (!headless) {
            window->show();
            return;
        }
        QSize size(1500, 900);
        if (parser.isSet(sizeOption)) {
            const QStringList wh = parser.value(sizeOption).split(u'x');
            const QSize asked(wh.value(0).toInt(), wh.value(1).toInt());
            if (asked.width() >= 640 && asked.height() >= 480)
                size = asked;
            else
                std::fprintf(stderr, "regionlens: ignoring --window-size %s (want WxH, at least 640x480)\n",
                             qPrintable(parser.value(sizeOption)));
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

    // Opens the store and builds its catalogue on a worker; the window follows.
    auto showWindow = [&] {
        if (!store.open(path)) {
            if (headless)
                std::fprintf(stderr, "regionlens: %s\n", qPrintable(store.errorString()));
            else
                QMessageBox::critical(nullptr, QObject::tr("RegionLens"), store.errorString());
            QApplication::exit(1);
            return;
        }
        catalog = std::make_unique<app::CatalogSource>(store, language.isJapanese());
        QObject::connect(catalog.get(), &app::CatalogSource::changed, catalog.get(), [&] {
            if (!window)
                createWindow();
        });
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
            progress.reset();
            const CreateResult result = watcher.result();
            if (!result.ok) {
                const QString message = cancelled ? QObject::tr("Cancelled: the store was not created.")
                                                  : result.error;
                if (headless)
                    std::fprintf(stderr, "regionlens: %s\n", qPrintable(message));
                else
                    QMessageBox::critical(nullptr, QObject::tr("RegionLens"), message);
                QFile::remove(path);
                QApplication::exit(1);
                return;
            }
            showWindow();
        });
        watcher.setFuture(QtConcurrent::run([&, path] {
            return createStore(path, [&](double f) {
                permille = int(f * 1000);
                return !cancelled.load();
            });
        }));
    } else {
        QTimer::singleShot(0, &app, showWindow);
    }
    return app.exec();
}
