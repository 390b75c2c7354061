// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrequest.h"

#include "datasets/catalog.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regionlens::report {

namespace {

QStringList items(const QString &list)
{
    QStringList out;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QString unknownRegion(const QString &region)
{
    return u"unknown region '%1' (use a prefecture code 01–47 or name, or a five-digit municipality code "
           "such as 23211)"_s.arg(region);
}

} // namespace

QString resolveRegion(const QString &text)
{
    // A municipality by its five-digit code (23211 = 豊田市; the front end
    // checks that the store has it) …
    const QString r = text.trimmed();
    static const QRegularExpression municipal(u"^(0[1-9]|[1-3][0-9]|4[0-7])[0-9]{3}$"_s);
    if (municipal.match(r).hasMatch() && !r.endsWith(u"000"_s))
        return r;
    // … else a prefecture: 13, 13000, 東京都, Tokyo … like the importers.
    return datasets::catalog::resolvePrefecture(r);
}

bool check(Request *request, QString *error)
{
    if (request->region.trimmed().isEmpty() || request->out.isEmpty()) {
        *error = u"--region CODE and --out FILE.pdf are required"_s;
        return false;
    }
    if (!request->lang.isEmpty() && request->lang != u"ja" && request->lang != u"en") {
        *error = u"--lang must be ja or en, not '%1'"_s.arg(request->lang);
        return false;
    }
    request->codes.clear();
    for (const QString &region : items(request->region)) {
        const QString code = resolveRegion(region);
        if (code.isEmpty()) {
            *error = unknownRegion(region);
            return false;
        }
        if (!request->codes.contains(code))
            request->codes << code;
    }
    if (request->codes.isEmpty()) {
        *error = unknownRegion(request->region);
        return false;
    }
    request->code = request->codes.first();
    request->peerCodes.clear();
    for (const QString &peer : items(request->peers)) {
        const QString code = resolveRegion(peer);
        if (code.isEmpty()) {
            *error = u"--peers: "_s + unknownRegion(peer);
            return false;
        }
        if (!request->peerCodes.contains(code))
            request->peerCodes << code;
    }
    request->sectionIds = items(request->sections);
    if (!request->sections.isEmpty() && request->sectionIds.isEmpty()) {
        *error = u"--sections needs page ids such as industry,population"_s;
        return false;
    }
    return true;
}

QString outputFor(const Request &request, const QString &code)
{
    if (!request.each || request.codes.size() < 2)
        return request.out;
    const QFileInfo info(request.out);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString base = info.suffix().isEmpty() ? request.out : request.out.chopped(suffix.size());
    return base + u'-' + code + suffix;
}

QStringList frontEndArguments(const Request &request, const QString &db)
{
    QStringList args{u"--db"_s, db, u"--region"_s, request.region, u"--out"_s, request.out};
    if (!request.lang.isEmpty())
        args << u"--lang"_s << request.lang;
    if (!request.sections.isEmpty())
        args << u"--sections"_s << request.sections;
    if (!request.peers.isEmpty())
        args << u"--peers"_s << request.peers;
    if (request.summary)
        args << u"--summary"_s;
    if (request.each)
        args << u"--each"_s;
    return args;
}

} // namespace regionlens::report
