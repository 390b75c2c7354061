// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-report --region CODE --out FILE.pdf [--lang ja|en] [--db PATH]:
// the printable region report, drawn offscreen with the GUI's pages. It is a
// front end of its own so that regionlens-cli links no GUI library;
// `regionlens-cli report …` checks the request and runs this program from
// its own folder. Exit codes as the CLI: 0 success, 1 failure, 2 rejected input.
#include "reportrequest.h"

#include "appfonts.h"
#include "languagemanager.h"
#include "regionreport.h"

#include "app/meta/version.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace regionlens;

int main(int argc, char *argv[])
{
    // The pages draw with Qt Widgets: offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same names as the GUI and the CLI: they locate the default store.
    QCoreApplication::setOrganizationName(u"RegionLens"_s);
    QCoreApplication::setApplicationName(u"RegionLens"_s);
    QCoreApplication::setApplicationVersion(meta::version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = QString::fromLatin1(report::kFrontEnd);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The RegionLens region report as an A4 PDF (what 'regionlens-cli report' runs)."_s);
    const QCommandLineOption regionOption(u"region"_s, u"The prefecture (13, 13000, 東京都, Tokyo …) or municipality (23211)"_s, u"CODE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF to write."_s, u"FILE.pdf"_s);
    const QCommandLineOption langOption(u"lang"_s, u"ja or en (default: the system language)."_s, u"LANG"_s);
    const QCommandLineOption dbOption(u"db"_s,
                                      u"The store, opened read-only; it must exist (default: %1, created with "
                                      u"the starter pack on first use)."_s.arg(datasets::Store::defaultPath()),
                                      u"PATH"_s);
    parser.addOptions({regionOption, outOption, langOption, dbOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(QCoreApplication::arguments())) {
        err << name << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << name << ": unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return 2;
    }
    report::Request request{parser.value(regionOption), parser.value(outOption), parser.value(langOption), {}};
    QString error;
    if (!report::check(&request, &error)) {
        err << name << ": " << error << '\n';
        return 2;
    }

    datasets::Store store;
    QString note;
    const bool explicitStore = parser.isSet(dbOption);
    const QString path = explicitStore ? parser.value(dbOption) : datasets::Store::defaultPath();
    const datasets::ReadOpen opened = datasets::openStoreForReading(store, path, !explicitStore, &error, &note);
    if (opened != datasets::ReadOpen::Opened) {
        err << name << ": " << error << '\n';
        return opened == datasets::ReadOpen::Missing ? 2 : 1;
    }
    if (!note.isEmpty())
        err << name << ": " << note << '\n';
    if (!store.region(request.code)) {   // a municipality code the store does not have
        err << name << ": unknown region '" << request.region << "' (not in the store " << path << ")\n";
        return 2;
    }
    err.flush();

    app::useCjkCapableFont();
    app::silenceEmptyPlotWarnings();
    app::LanguageManager language;
    language.install(request.lang);
    const app::ReportResult result = app::writeRegionReport(store, request.code, language.isJapanese(), request.out);
    if (!result.ok) {
        err << name << ": " << result.error << '\n';
        return 1;
    }
    out << "wrote " << QFileInfo(request.out).absoluteFilePath() << " (" << result.pages << " pages, region "
        << request.code << ")\n";
    return 0;
}
