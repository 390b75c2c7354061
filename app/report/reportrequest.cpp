// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrequest.h"

#include "datasets/catalog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regionlens::report {

bool check(Request *request, QString *error)
{
    if (request->region.isEmpty() || request->out.isEmpty()) {
        *error = u"--region CODE and --out FILE.pdf are required"_s;
        return false;
    }
    if (!request->lang.isEmpty() && request->lang != u"ja" && request->lang != u"en") {
        *error = u"--lang must be ja or en, not '%1'"_s.arg(request->lang);
        return false;
    }
    // A municipality by its five-digit code (23211 = 豊田市; the front end
    // checks that the store has it) …
    const QString r = request->region.trimmed();
    static const QRegularExpression municipal(u"^(0[1-9]|[1-3][0-9]|4[0-7])[0-9]{3}$"_s);
    if (municipal.match(r).hasMatch() && !r.endsWith(u"000"_s)) {
        request->code = r;
        return true;
    }
    // … else a prefecture: 13, 13000, 東京都, Tokyo … like the importers.
    request->code = datasets::catalog::resolvePrefecture(request->region);
    if (request->code.isEmpty()) {
        *error = u"unknown region '%1' (use a prefecture code 01–47 or name, or a five-digit municipality code "
                 "such as 23211)"_s.arg(request->region);
        return false;
    }
    return true;
}

QStringList frontEndArguments(const Request &request, const QString &db)
{
    QStringList args{u"--db"_s, db, u"--region"_s, request.region, u"--out"_s, request.out};
    if (!request.lang.isEmpty())
        args << u"--lang"_s << request.lang;
    return args;
}

} // namespace regionlens::report
