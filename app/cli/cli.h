// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli: the scriptable front end. Each command reads parsed
// options and writes CSV (or JSON) to the output stream; problems go to the
// error stream. Exit codes: 0 success, 1 failure, 2 rejected input or usage.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

// Options that take a value (everything else starting with "--" is a flag).
const QStringList &valueOptions();
bool parseArguments(const QStringList &argv, Arguments *out, QString *error);

// Commands, by group.
int runRegions(Context &ctx);
int runIndicators(Context &ctx);
int runExport(Context &ctx);
int runImport(Context &ctx);
int runReport(Context &ctx);  // needs a QApplication (see main.cpp)
int runLocationQuotients(Context &ctx);   // analysiscommands.cpp
int runShiftShare(Context &ctx);
int runIndices(Context &ctx);
int runFlows(Context &ctx);               // flowcommands.cpp
int runGravity(Context &ctx);
int runFetch(Context &ctx);   // e-Stat API download (network), then import

// Shared helpers.
QString csvField(const QString &text);
QString formatNumber(double value);
QString storePath(const Arguments &args);

} // namespace regionlens::cli
