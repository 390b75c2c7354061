// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clidoc.h"

#include "app/meta/version.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "datasets/store.h"

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regionlens;
using namespace regionlens::cli;

namespace {

const Command kCommands[] = {
    {"regions", "list regions as CSV (region_code,name_ja,name_en,block) [--level prefecture|municipality|nation]",
     runRegions, StoreUse::Reads},
    {"indicators", "list the indicators the store holds, with unit, years, source, item code, category and themes [--search TEXT] [--theme population|business|consumption|tourism|health_welfare|finance|employment|town] [--category ID]", runIndicators, StoreUse::Reads},
    {"export", "print an indicator as tidy CSV: --indicator ID [--year Y] [--level L] [--industry C]; a derived measure with --per capita|1000|100000|area|household|share [--parent ID] and/or --change difference|growth [--from Y0] (--level municipality|prefecture) [--format csv|json]", runExport, StoreUse::Reads},
    {"compare", "a region against its peers on every indicator of a theme (indicator_id,name_ja,unit,year,value,peer_median,percentile,rank,n): --region CODE [--peers prefecture|similar|CODE,CODE...] [--k 30] [--theme ID] [--per capita|area|household] [--year Y] [--format csv|json]", runCompare, StoreUse::Reads},
    {"import", "import FILE (e-Stat CSV/JSON, tidy, OD, GeoJSON, TopoJSON, GeoPackage, the 12-sector IO file; a wide IO table with --format io-wide --region CODE --year Y) [--format F] [--indicator ID] [--year Y] [--level L] [--replace|--append] [--preview]", runImport, StoreUse::Creates},
    {"fetch", "download a table from the e-Stat API with your appId and import it: (--app-id-file FILE | --app-id ID | $REGIONLENS_ESTAT_APPID) --stats-data-id ID [--indicator ID] [--out FILE] (needs network, https only)", runFetch, StoreUse::Creates},
    {"lq", "location quotients (LQ, tokka keisu): (--input FILE --measure M | --indicator ID [--level L]) --year Y [--reference national|sum] [--totals sum|given] [--group ID] [--additive] [--top N] [--format csv|json]", runLocationQuotients, StoreUse::Reads},
    {"shift-share", "shift-share of all regions: (--input FILE --measure M | --indicator ID [--level L]) --from Y0 --to Y1 [--method classic|esteban-marquillas|gerfin] [--dynamic] [--rates] [--reference national|sum] [--group ID]", runShiftShare, StoreUse::Reads},
    {"indices", "specialisation indices (Krugman, Hoover, Gini, Herfindahl, Theil): (--input FILE --measure M | --indicator ID [--level L]) --year Y [--reference national|sum] [--group ID]", runIndices, StoreUse::Reads},
    {"complexity", "economic complexity (ECI of the regions; --industries: PCI of the industries): (--input FILE --measure M | --indicator ID [--level L]) --year Y [--threshold 1] [--strict] [--method eigen|reflections] [--industries] [--group ID] [--format csv|json]", runComplexity, StoreUse::Reads},
    {"relatedness", "relatedness density and outlook gain of every region x industry (--proximity: the industries' proximity): (--input FILE --measure M | --indicator ID [--level L]) --year Y [--region CODE] [--threshold 1] [--strict] [--continuous] [--proximity] [--group ID] [--format csv|json]", runRelatedness, StoreUse::Reads},
    {"flows", "migration flows: (--input OD | --indicator ID) --year Y [--level prefecture|municipality] [--population FILE | --population-indicator ID|none] [--top N] [--region R|group:ID [--partners | --blocks]] [--group ID|CODES] [--summary] [--by-age]", runFlows, StoreUse::Reads},
    {"growth", "strong and growing: each industry's change of a region between two years (levels, %, contribution in pt), its shift-share components and LQ: --region CODE|group:ID [--indicator ID (employees) | --input FILE --measure M] [--from Y0] [--to Y1] [--level L] [--format csv|json]", runGrowth, StoreUse::Reads},
    {"productivity", "productivity and economy: gross prefectural product (100m yen) per year, composition and growth contributions by activity, GDP per worker (10k yen) with its rank among the prefectures: --region CODE|group:ID [--from Y0] [--to Y1] [--format csv|json]", runProductivity, StoreUse::Reads},
    {"key-figures", "a region's key figures (as on the report's cover): --region CODE|group:ID [--format csv|json]", runKeyFigures, StoreUse::Reads},
    {"io", "input-output (産業連関): io multipliers|impact|circulation (--input FILE (wide CSV) | --region CODE [--year Y] [--table official|estimated [--method flq|slq|cilq|aflq] [--delta D]]) [--demand DEMAND.csv] [--type 1|2] [--consumption-ratio R] [--model auto|competitive|closed] [--value-added all|gdp]; io tables [--region CODE] (stored tables, 出典, licence)", runIo, StoreUse::Reads},
    {"project", "population projection (cohort-component, 5-year ages): (--region CODE[,CODE...] | --all) [--base 2015] [--to 2045] [--rates-from 2010 [--rate-periods 1]] [--scenario baseline|fertility|zero-migration|fertility+zero-migration] [--tfr-target 2.07 --tfr-year 2040] [--migration-zero-from 2025] [--group ID|CODES] [--level prefecture|municipality] [--input FILE] [--format csv|json]; municipalities: base 住基 2022 to 2052 with their prefecture's rates", runProject, StoreUse::Reads},
    {"report", "region report as an A4 PDF: --region CODE[,CODE...] --out FILE.pdf [--lang ja|en] [--summary (two pages: key figures, strengths, growth, population, migration)] [--sections PAGE,PAGE... (page ids as regionlens --page: industry,shiftshare,population,flows...; a wrong one lists them)] [--peers CODE,CODE...] [--each (one FILE-CODE.pdf per region)]", runReport, StoreUse::Reads},
    {"gravity", "gravity model (Poisson GLM): (--input OD | --indicator ID) --year Y [--model unconstrained|production|attraction|doubly] [--decay exp|pow] [--distance FILE]", runGravity, StoreUse::Reads},
};

} // namespace

int main(int argc, char *argv[])
{
    // QtCore only: `report` runs the front end regionlens-report (reportcommand.cpp).
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RegionLens"_s);
    QCoreApplication::setApplicationName(u"RegionLens"_s);
    QCoreApplication::setApplicationVersion(meta::version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Arguments args;
    QString error;
    if (!parseArguments(QCoreApplication::arguments().mid(1), &args, &error)) {
        err << "regionlens-cli: " << error << "\n";
        return BadInput;
    }
    if (args.has(u"--version"_s)) {
        out << meta::versionLine(u"regionlens-cli"_s) << '\n';
        return Ok;
    }
    // Hidden: what the build installs as regionlens-cli(1) and the bash completion (clidoc.h).
    if (args.has(u"--help-man"_s)) {
        out << manPage(kCommands, args.value(u"--lang"_s));
        return Ok;
    }
    if (args.has(u"--bash-completion"_s)) {
        out << bashCompletion(kCommands);
        return Ok;
    }
    if (args.command.isEmpty() || args.has(u"--help"_s) || args.command == u"help") {
        printUsage(args.command.isEmpty() && !args.has(u"--help"_s) ? err : out, kCommands);
        return args.command.isEmpty() && !args.has(u"--help"_s) ? BadInput : Ok;
    }
    for (const Command &c : kCommands) {
        if (args.command == QLatin1StringView(c.name)) {
            // A mistyped --db must not become a new store: only the importing commands create one.
            if (c.store == StoreUse::Reads && args.has(u"--db"_s) && !QFileInfo::exists(storePath(args))) {
                err << "regionlens-cli: " << missingStoreMessage(storePath(args)) << '\n';
                return BadInput;
            }
            Context ctx{args, out, err};
            const int code = c.run(ctx);
            out.flush();
            // A read that met a damaged page ended early: what was printed is incomplete.
            if (regionlens::datasets::Store::damageSeen() && code == Ok) {
                err << "regionlens-cli: the store " << storePath(args)
                    << " is damaged: its data cannot all be read, and the output above is incomplete; restore a "
                       "backup copy of the file, or move it aside to start again with the starter store, then "
                       "import your own files again\n";
                return Failure;
            }
            // A full disk or a closed pipe: the output is cut short.
            if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
                err << "regionlens-cli: cannot write the output to standard output (is the disk full?); "
                       "it is incomplete\n";
                return code == Ok ? Failure : code;
            }
            err.flush();
            return code;
        }
    }
    err << "regionlens-cli: unknown command '" << args.command << "'\n";
    printUsage(err, kCommands);
    return BadInput;
}
