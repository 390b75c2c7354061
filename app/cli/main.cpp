// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#ifdef REGIONLENS_HAVE_GUI
#include <QApplication>
#endif

#include <memory>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regionlens::cli;

namespace {

const Command kCommands[] = {
    {"regions", "list regions as CSV (region_code,name_ja,name_en,block) [--level prefecture|municipality|nation]",
     runRegions},
    {"indicators", "list the indicators the store holds, with unit, years and source", runIndicators},
    {"export", "print an indicator as tidy CSV: --indicator ID [--year Y] [--level L] [--industry C]", runExport},
    {"import", "import FILE (e-Stat CSV/JSON, tidy, OD, GeoJSON, TopoJSON, GeoPackage) [--format F] [--indicator ID] [--year Y] [--level L] [--preview]", runImport},
    {"fetch", "download a table from the e-Stat API with your appId and import it: --app-id ID --stats-data-id ID [--indicator ID] [--out FILE] (needs network)", runFetch},
    {"lq", "location quotients (LQ, tokka keisu): (--input FILE --measure M | --indicator ID [--level L]) --year Y [--reference national|sum] [--totals given|sum] [--additive] [--top N] [--format csv|json]", runLocationQuotients},
    {"shift-share", "shift-share of all regions: (--input FILE --measure M | --indicator ID) --from Y0 --to Y1 [--method classic|esteban-marquillas|gerfin] [--dynamic] [--rates]", runShiftShare},
    {"indices", "specialisation indices (Krugman, Hoover, Gini, Herfindahl, Theil): (--input FILE --measure M | --indicator ID) --year Y", runIndices},
    {"flows", "migration flows: (--input OD | --indicator ID) --year Y [--population FILE | --population-indicator ID] [--top N] [--region R] [--summary] [--by-age]", runFlows},
    {"report", "region report as an A4 PDF: --region CODE --out FILE.pdf [--lang ja|en]", runReport},
    {"gravity", "gravity model (Poisson GLM): (--input OD | --indicator ID) --year Y [--model unconstrained|production|attraction|doubly] [--decay exp|pow] [--distance FILE]", runGravity},
};

void printUsage(QTextStream &out)
{
    out << "Usage: regionlens-cli [--db PATH] COMMAND [options]\n\nCommands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' ' << QString::fromUtf8(c.summary)
            << '\n';
    out << "\nGlobal options (before or after the command):\n"
           "  --db PATH     the store (default: "
        << storePath({}) << ")\n  --help        this text\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` draws with the GUI's pages: it needs a QApplication, offscreen
    // unless the caller chose a platform. Every other command stays Core-only.
    bool wantsGui = false;
    for (int i = 1; i < argc; ++i)
        wantsGui = wantsGui || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
#ifdef REGIONLENS_HAVE_GUI
    if (wantsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"RegionLens"_s);
    QCoreApplication::setApplicationName(u"RegionLens"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Arguments args;
    QString error;
    if (!parseArguments(QCoreApplication::arguments().mid(1), &args, &error)) {
        err << "regionlens-cli: " << error << "\n";
        return BadInput;
    }
    if (args.command.isEmpty() || args.has(u"--help"_s) || args.command == u"help") {
        printUsage(args.command.isEmpty() && !args.has(u"--help"_s) ? err : out);
        return args.command.isEmpty() && !args.has(u"--help"_s) ? BadInput : Ok;
    }
    if (args.has(u"--version"_s)) {
        out << "regionlens-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const Command &c : kCommands) {
        if (args.command == QLatin1StringView(c.name)) {
            Context ctx{args, out, err};
            const int code = c.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "regionlens-cli: unknown command '" << args.command << "'\n";
    printUsage(err);
    return BadInput;
}
