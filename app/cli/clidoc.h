// SPDX-License-Identifier: GPL-3.0-or-later
// Everything regionlens-cli says about itself, generated from one definition:
// the command table (name + synopsis, main.cpp), the global options below and
// the parser's value options (cli.cpp). --help, the man page (--help-man
// [--lang ja]) and the bash completion (--bash-completion) are all written
// from them, so they cannot drift; the build installs the last two.
#pragma once

#include "cli.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <span>

namespace regionlens::cli {

struct GlobalOption
{
    const char *name;        // "--db"
    const char *valueName;   // "PATH", or nullptr for a flag
    const char *help;        // %1: the default store
};
std::span<const GlobalOption> globalOptions();

// What a command's synopsis declares: its options (in order), the choices of
// those written "--opt a|b|c", the options whose value is a file, and its
// subcommands ("io multipliers|impact|circulation (--…").
struct CommandSyntax
{
    QStringList options;
    QHash<QString, QStringList> choices;
    QStringList fileOptions;
    QStringList subcommands;
};
CommandSyntax commandSyntax(const Command &command);

void printUsage(QTextStream &out, std::span<const Command> commands);
QString manPage(std::span<const Command> commands, const QString &language);   // roff
QString bashCompletion(std::span<const Command> commands);

} // namespace regionlens::cli
