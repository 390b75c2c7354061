// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli import FILE: reads any supported download, reports problems
// as file:line:column: severity: message, and stores everything in one
// transaction (or nothing).
#include "cli.h"

#include "datasets/importer.h"
#include "datasets/importsupport.h"
#include "datasets/iostore.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using regionlens::datasets::ImportIssue;
using regionlens::datasets::ImportRequest;
using regionlens::datasets::ImportResult;
using regionlens::datasets::IssueSeverity;
using regionlens::datasets::Store;

namespace regionlens::cli {
namespace {

// --progress: "import: reading 10%" … on stderr, one line per tenth.
datasets::ImportProgress progressPrinter(QTextStream &err, const char *phase, bool on)
{
    if (!on)
        return {};
    return [&err, phase, last = -1](double fraction) mutable {
        const int tenth = int(fraction * 10);
        if (tenth > last) {
            last = tenth;
            err << "import: " << phase << ' ' << tenth * 10 << "%\n";
            err.flush();
        }
        return true;
    };
}

} // namespace

int runImport(Context &ctx)
{
    const Arguments &args = ctx.args;
    if (args.positional.size() != 1) {
        ctx.err << "regionlens-cli import: give one FILE\n"
                   "usage: regionlens-cli import FILE [--format auto|"
                << datasets::importFormatIds().join(u'|')
                << "] [--indicator ID] [--year Y] [--level prefecture|municipality] [--unit U]"
                   " [--encoding UTF-8|Shift_JIS] [--code-property P] [--name-property P] [--layer=NAME]"
                   " [--measure ITEM[,ITEM]]"
                   " [--replace|--append] [--preview] [--progress] [--quiet] [--db PATH]\n";
        return BadInput;
    }
    if (args.value(u"--format"_s).startsWith(u"io-"_s) || datasets::iostore::looksLikeTwelveSectorFile(args.positional.first()))
        return runIoImport(ctx);   // input-output tables (iocommands.cpp)
    ImportRequest request;
    request.fileName = args.positional.first();
    request.format = args.value(u"--format"_s, u"auto"_s);
    request.indicator = args.value(u"--indicator"_s);
    request.unit = args.value(u"--unit"_s);
    request.encoding = args.value(u"--encoding"_s);
    request.codeProperty = args.value(u"--code-property"_s);
    request.nameProperty = args.value(u"--name-property"_s);
    request.layer = args.value(u"--layer"_s);
    if (args.has(u"--measure"_s))
        request.measures = args.value(u"--measure"_s).split(u',', Qt::SkipEmptyParts);
    if (args.has(u"--app-id"_s) || args.has(u"--stats-data-id"_s)) {
        ctx.err << "regionlens-cli import: --app-id and --stats-data-id belong to the fetch command: "
                   "regionlens-cli fetch --app-id ID --stats-data-id ID\n";
        return BadInput;
    }
    datasets::CommitOptions options;
    if (args.has(u"--replace"_s) && args.has(u"--append"_s)) {
        ctx.err << "regionlens-cli import: --replace and --append cannot be combined\n";
        return BadInput;
    }
    if (args.has(u"--replace"_s))
        options.existing = datasets::ExistingIndicator::Replace;
    else if (args.has(u"--append"_s))
        options.existing = datasets::ExistingIndicator::Append;
    if (args.has(u"--year"_s)) {
        bool ok = false;
        const int year = args.value(u"--year"_s).toInt(&ok);
        if (!ok || year < 1800 || year > 2200) {
            ctx.err << "regionlens-cli import: --year must be a year, not '" << args.value(u"--year"_s) << "'\n";
            return BadInput;
        }
        request.year = year;
    }
    if (args.has(u"--level"_s)) {
        bool ok = false;
        request.level = datasets::regionLevelFromKey(args.value(u"--level"_s), &ok);
        if (!ok) {
            ctx.err << "regionlens-cli import: --level must be nation, prefecture or municipality, not '"
                    << args.value(u"--level"_s) << "'\n";
            return BadInput;
        }
    }
    if (!request.indicator.isEmpty()
        && !datasets::importsupport::isValidIndicatorId(request.indicator)) {
        ctx.err << "regionlens-cli import: --indicator must be letters, digits, '_', '.' or '-'\n";
        return BadInput;
    }
    if (!QFileInfo::exists(request.fileName)) {
        ctx.err << request.fileName << ": error: no such file\n";
        return BadInput;
    }

    Store store;
    QString error;
    if (!datasets::openOrCreateStore(store, storePath(args), &error)) {
        ctx.err << "regionlens-cli: " << error << '\n';
        return Failure;
    }
    request.regions = store.regions();

    const bool showProgress = args.has(u"--progress"_s);
    const ImportResult result = datasets::readImport(request, progressPrinter(ctx.err, "reading", showProgress));
    const bool quiet = args.has(u"--quiet"_s);
    for (const ImportIssue &issue : result.issues)
        if (issue.severity == IssueSeverity::Error || !quiet)
            ctx.err << issue.toString() << '\n';
    if (!result.ok()) {
        ctx.err << request.fileName << ": rejected: " << result.errorCount
                << " error(s); nothing was stored\n";
        return BadInput;
    }
    if (args.has(u"--preview"_s)) {
        ctx.out << result.summary() << "\n\nMapping:\n";
        for (const QString &line : result.mapping)
            ctx.out << "  " << line << '\n';
        const datasets::ImportPreview preview = datasets::previewImport(result, 20);
        ctx.out << "\nFirst rows as they will be stored:\n" << preview.header.join(u',') << '\n';
        for (const QStringList &row : preview.rows) {
            QStringList fields;
            for (const QString &f : row)
                fields << csvField(f);
            ctx.out << fields.join(u',') << '\n';
        }
        ctx.out << "(preview only: nothing was stored)\n";
        return Ok;
    }
    datasets::CommitSummary summary;
    if (!datasets::commitImport(store, result, &error, progressPrinter(ctx.err, "writing", showProgress), options,
                                &summary)) {
        ctx.err << request.fileName << ": not stored: " << error << '\n';
        // A choice the user has to make, or a read-only indicator: their input, not a fault.
        return summary.existingIndicators.isEmpty() && summary.readOnlyIndicators.isEmpty() ? Failure : BadInput;
    }
    ctx.out << result.summary() << "\nstored in " << store.path() << '\n';
    if (!summary.existingIndicators.isEmpty())
        ctx.out << (options.existing == datasets::ExistingIndicator::Replace ? "replaced the " : "added to the ")
                << "existing indicator(s) " << summary.existingIndicators.join(u", "_s) << ": " << summary.replaced
                << " stored value(s) replaced\n";
    return Ok;
}

} // namespace regionlens::cli
