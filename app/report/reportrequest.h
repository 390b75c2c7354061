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
    QString region;     // as given: 13, 13000, 東京都, Tokyo …, or a municipality: 23211; several: 22,23211
    QString out;        // the PDF
    QString lang;       // ja, en or empty (the system language)
    QString sections;   // page ids, comma-separated ("industry,population"); empty: every page
    QString peers;      // regions for the comparison table, comma-separated; empty: none
    bool summary = false;   // the two-page A4 summary instead of the full report
    bool each = false;      // one PDF per region (FILE-CODE.pdf) instead of one for all of them

    // Set by check():
    QString code;           // the first region's code
    QStringList codes;      // every region's code, in the order given
    QStringList peerCodes;
    QStringList sectionIds;
};

// Resolves one region as given (13, 13000, 東京都, Tokyo, 23211) to its code;
// "" when it is neither a prefecture nor a five-digit municipality code.
QString resolveRegion(const QString &text);

// Fills the codes; false with *error (a message without a prefix) when an
// option is missing or invalid. Section ids are checked by the front end
// (it knows the pages).
bool check(Request *request, QString *error);

// The file of one region's report with --each: "s.pdf" → "s-22.pdf".
QString outputFor(const Request &request, const QString &code);

// The front end's command line for request on the store at db.
QStringList frontEndArguments(const Request &request, const QString &db);

} // namespace regionlens::report
