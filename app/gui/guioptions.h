// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's command line, declared once: main() parses with these options,
// --help prints them, and the man page regionlens(1) is written from them
// (`regionlens --help-man [--lang ja]`, run by the build).
#pragma once

#include "app/meta/manpage.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace regionlens::app {

class GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    GuiOptions();   // descriptions in the language installed when it is made

    QCommandLineOption db;
    QCommandLineOption screenshot;
    QCommandLineOption lang;
    QCommandLineOption select;
    QCommandLineOption indicator;
    QCommandLineOption report;
    QCommandLineOption page;
    QCommandLineOption largeFonts;
    QCommandLineOption windowSize;
    QCommandLineOption version;
    QCommandLineOption helpMan;   // hidden

    // The parser's description, help option and every option above.
    void configure(QCommandLineParser &parser) const;
    // regionlens(1) in the language installed when the options were made ("en" or "ja").
    meta::ManPage manPage(const QString &language) const;

private:
    QList<QCommandLineOption> all() const;
};

// --version, --help and --help-man need no display: they are answered here,
// with a QCoreApplication, before main() makes the window's QApplication.
// The exit code, or -1 when the command line asks for none of them.
int answerWithoutDisplay(int argc, char *argv[]);

} // namespace regionlens::app
