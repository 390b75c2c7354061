// SPDX-License-Identifier: GPL-3.0-or-later
// The region report's request, shared by `regionlens-cli report` (QtCore
// only: it checks the request, then runs the front end) and the front end
// `regionlens-report` (which draws it with the GUI's pages).
#pragma once

#include <QString>
#include <QStringList>

namespace regionlens::report {

// The front end's file name; regionlens-cli looks for it in its own folder.
inline constexpr char kFrontEnd[] = "regionlens-report";

struct Request
{
    QString region;   // as given: 13, 13000, 東京都, Tokyo …, or a municipality: 23211
    QString out;      // the PDF
    QString lang;     // ja, en or empty (the system language)
    QString code;     // set by check(): the prefecture or municipality code
};

// Fills request->code; false with *error (a message without a prefix) when
// an option is missing or invalid.
bool check(Request *request, QString *error);

// The front end's command line for request on the store at db.
QStringList frontEndArguments(const Request &request, const QString &db);

} // namespace regionlens::report
