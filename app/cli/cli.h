// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli: the scriptable front end. Each command reads parsed
// options and writes CSV (or JSON) to the output stream; problems go to the
// error stream. Exit codes: 0 success, 1 failure, 2 rejected input or usage.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::cli {

enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

// Parsed command line: options may come before or after the command name.
struct Arguments
{
    QString command;
    QStringList positional;             // after the command name
    QHash<QString, QString> options;    // "--db" → value; flags → "1"

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return options.value(name, fallback);
    }
};

struct Context
{
    Arguments args;
    QTextStream &out;
    QTextStream &err;
};

using CommandFunction = int (*)(Context &);

// Whether a command may create the store named by --db (the importing ones)
// or only reads one that exists.
enum class StoreUse { Reads, Creates };

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
    StoreUse store;
};

// Options that take a value (everything else starting with "--" is a flag).
const QStringList &valueOptions();
bool parseArguments(const QStringList &argv, Arguments *out, QString *error);

// Commands, by group.
int runRegions(Context &ctx);
int runIndicators(Context &ctx);
int runExport(Context &ctx);
int runImport(Context &ctx);
int runReport(Context &ctx);  // runs the front end regionlens-report (reportcommand.cpp)
int runLocationQuotients(Context &ctx);   // analysiscommands.cpp
int runShiftShare(Context &ctx);
int runIndices(Context &ctx);
int runComplexity(Context &ctx);          // complexitycommands.cpp
int runRelatedness(Context &ctx);
int runFlows(Context &ctx);               // flowcommands.cpp
int runGravity(Context &ctx);
int runKeyFigures(Context &ctx);          // keyfigurescommand.cpp
int runGrowth(Context &ctx);              // growthcommands.cpp
int runProductivity(Context &ctx);
int runIo(Context &ctx);                  // iocommands.cpp: io multipliers|impact|circulation
int runIoImport(Context &ctx);            // iocommands.cpp: import of input-output tables (from runImport)
int runProject(Context &ctx);             // projectcommand.cpp
int runCompare(Context &ctx);             // comparecommand.cpp (with runIndicators)
int runDerivedExport(Context &ctx);       // comparecommand.cpp: export --per / --change
int runFetch(Context &ctx);   // e-Stat API download (network), then import

// Shared helpers.
QString csvField(const QString &text);
QString formatNumber(double value);
QString storePath(const Arguments &args);
// A read command's store, opened read-only (datasets::openStoreForReading):
// --db must name an existing store; without --db the default store is
// created with the starter pack on first use. False after a message.
bool openStoreForReading(Context &ctx, datasets::Store &store);
// The message for a --db that names no store (main() checks it before a
// read command runs, so that it exits with BadInput).
QString missingStoreMessage(const QString &path);

} // namespace regionlens::cli
