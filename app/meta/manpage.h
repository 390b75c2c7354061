// SPDX-License-Identifier: GPL-3.0-or-later
// Manual pages in roff, written by the programs themselves from the option
// definitions they parse with (`regionlens --help-man`, `regionlens-cli
// --help-man`), so that the installed man pages cannot drift from --help.
// The build runs both and installs the pages (packaging/CMakeLists.txt).
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::meta {

struct ManOption
{
    QStringList names;   // without dashes: {"db"}, {"v", "version"}
    QString valueName;   // empty for a flag
    QString description;
};

struct ManItem
{
    QString term;        // a command, an exit code, a file
    QString text;
};

struct ManPage
{
    QString program;                 // "regionlens-cli": the title and the name in the synopsis
    QString language = QStringLiteral("en");   // "en" or "ja": the section headings
    QString summary;                 // the NAME line after "program \-"
    QStringList synopsis;            // what follows the program's name, one line each
    QStringList description;         // paragraphs
    QList<ManOption> options;
    QList<ManItem> commands;         // a COMMANDS section when not empty
    QList<ManItem> exitStatus;
    QList<ManItem> files;
    QStringList seeAlso;             // "regionlens(1)"
};

// The page as roff (man macros), UTF-8 text.
QString roff(const ManPage &page);

// The options a QCommandLineParser shows in --help, in that order.
QList<ManOption> manOptions(const QList<QCommandLineOption> &options);

// path with the home directory written as "~" (the pages are built once for everyone).
QString homeRelative(const QString &path);

} // namespace regionlens::meta
