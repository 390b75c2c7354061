// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-report --region CODE[,CODE…] --out FILE.pdf [--lang ja|en]
// [--sections ID,…] [--summary] [--peers CODE,…] [--each] [--db PATH]: the
// printable region report (or its two-page summary), drawn offscreen with the
// GUI's pages. It is a
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
    const QCommandLineOption regionOption(u"region"_s, u"The prefecture (13, 13000, 東京都, Tokyo …) or municipality (23211); several: 22,23211 (one report, or one each with --each)"_s, u"CODE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF to write."_s, u"FILE.pdf"_s);
    const QCommandLineOption langOption(u"lang"_s, u"ja or en (default: the system language)."_s, u"LANG"_s);
    const QCommandLineOption dbOption(u"db"_s,
                                      u"The store, opened read-only; it must exist (default: %1, created with "
                                      u"the starter pack on first use)."_s.arg(datasets::Store::defaultPath()),
                                      u"PATH"_s);
    const QCommandLineOption sectionsOption(u"sections"_s, u"The sections by page id, e.g. industry,population (default: every page; the summary's: industry,shiftshare,population,flows)."_s, u"IDS"_s);
    const QCommandLineOption summaryOption(u"summary"_s, u"The two-page A4 summary (key figures, strengths, growth, population, migration) instead of the full report."_s);
    const QCommandLineOption peersOption(u"peers"_s, u"Peer regions for the comparison table of key figures, e.g. 23,14,27."_s, u"CODES"_s);
    const QCommandLineOption eachOption(u"each"_s, u"With several regions: one PDF per region (FILE-CODE.pdf)."_s);
    parser.addOptions({regionOption, outOption, langOption, dbOption, sectionsOption, summaryOption, peersOption, eachOption});
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
    report::Request request;
    request.region = parser.value(regionOption);
    request.out = parser.value(outOption);
    request.lang = parser.value(langOption);
    request.sections = parser.value(sectionsOption);
    request.peers = parser.value(peersOption);
    request.summary = parser.isSet(summaryOption);
    request.each = parser.isSet(eachOption);
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
    for (const QString &code : request.codes + request.peerCodes) {
        if (!store.region(code)) {   // a municipality code the store does not have
            err << name << ": unknown region '" << code << "' (not in the store " << path << ")\n";
            return 2;
        }
    }
    err.flush();

    app::useCjkCapableFont();
    app::silenceEmptyPlotWarnings();
    app::LanguageManager language;
    language.install(request.lang);
    app::ReportOptions options;
    options.sections = request.sectionIds;
    options.peers = request.peerCodes;
    options.summary = request.summary;
    options.japanese = language.isJapanese();
    // Section ids are checked before anything is drawn (exit 2, naming the known ones).
    if (const QString unknown = app::unknownSection(options.sections); !unknown.isEmpty()) {
        err << name << ": " << unknown << '\n';
        return 2;
    }
    const QList<QStringList> reports = request.each ? [&] {
        QList<QStringList> one;
        for (const QString &code : request.codes)
            one.append({code});
        return one;
    }() : QList<QStringList>{request.codes};
    for (const QStringList &regions : reports) {
        options.regions = regions;
        const QString file = report::outputFor(request, regions.first());
        const app::ReportResult result = app::writeRegionReport(store, options, file);
        if (!result.ok) {
            err << name << ": " << result.error << '\n';
            return 1;
        }
        out << "wrote " << QFileInfo(file).absoluteFilePath() << " (" << result.pages << " pages, region "
            << regions.join(u',') << ")\n";
    }
    return 0;
}
