// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli fetch --app-id ID --stats-data-id ID: the optional download
// of one statistical table from the e-Stat API (getStatsData, JSON) with the
// user's own application ID, for those who have network access. Nothing in
// RegionLens goes to the network unless this command is run. The pages of
// the response (e-Stat sends at most 100,000 values per request and a
// NEXT_KEY for the rest) are merged into one getStatsData document, saved
// (--out FILE, else a temporary file) and imported like a downloaded file:
// the same importer, preview, problems and single transaction as `import`.
#include "cli.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace regionlens::cli {
namespace {

const QString kDefaultApi = u"https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData"_s;
constexpr int kMaxPages = 200;   // 20 million values: far beyond any single e-Stat table

// One GET; false with *error on a network or HTTP error.
bool get(QNetworkAccessManager &network, const QUrl &url, QByteArray *body, QString *error)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(120000);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"RegionLens/0.1 (regionlens-cli fetch)"_s);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;   // a command-line program: nothing else to keep responsive
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        *error = status ? u"HTTP %1: %2"_s.arg(status).arg(reply->errorString()) : reply->errorString();
        return false;
    }
    *body = reply->readAll();
    return true;
}

// The URL for the log and error messages: the appId is the user's secret.
QString redacted(QUrl url)
{
    QUrlQuery query(url);
    if (query.hasQueryItem(u"appId"_s)) {
        query.removeAllQueryItems(u"appId"_s);
        query.addQueryItem(u"appId"_s, u"***"_s);
    }
    url.setQuery(query);
    return url.toString();
}

} // namespace

int runFetch(Context &ctx)
{
    const Arguments &args = ctx.args;
    // The appId from --app-id-file FILE or $REGIONLENS_ESTAT_APPID keeps it out of `ps`;
    // --app-id ID still works (visible to other users of the machine while it runs).
    QString appId = args.value(u"--app-id"_s).trimmed();
    if (args.has(u"--app-id-file"_s)) {
        QFile file(args.value(u"--app-id-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << "regionlens-cli fetch: --app-id-file: cannot read " << file.fileName() << ": "
                    << file.errorString() << '\n';
            return BadInput;
        }
        appId = QString::fromUtf8(file.read(4096)).trimmed();
    } else if (appId.isEmpty()) {
        appId = qEnvironmentVariable("REGIONLENS_ESTAT_APPID").trimmed();
    }
    const QString statsDataId = args.value(u"--stats-data-id"_s).trimmed();
    if (appId.isEmpty() || statsDataId.isEmpty() || !args.positional.isEmpty()) {
        ctx.err << "usage: regionlens-cli fetch (--app-id-file FILE | --app-id ID | $REGIONLENS_ESTAT_APPID)"
                   " --stats-data-id ID [--indicator ID] [--year Y]"
                   " [--out FILE] [--preview] [--db PATH]\n"
                   "  Downloads one table from the e-Stat API (getStatsData) with your own application ID\n"
                   "  (register at e-Stat's API page) and imports it. Needs network access.\n";
        return BadInput;
    }
    static const QRegularExpression digits(u"^[0-9]{6,12}$"_s);
    if (!digits.match(statsDataId).hasMatch()) {
        ctx.err << "regionlens-cli fetch: --stats-data-id must be the table's digits (e.g. 0003448237), not '"
                << statsDataId << "'\n";
        return BadInput;
    }

    QUrl base(args.value(u"--api-url"_s, kDefaultApi));
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http")) {
        ctx.err << "regionlens-cli fetch: --api-url must be an http(s) URL\n";
        return BadInput;
    }
    // The appId travels in the query: never in clear text over the network
    // (plain http only to this machine, for tests and local proxies).
    const QString host = base.host();
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    if (base.scheme() != u"https" && !loopback) {
        ctx.err << "regionlens-cli fetch: --api-url must use https (http would send your appId in clear text); "
                   "plain http is allowed only to localhost\n";
        return BadInput;
    }
    // Whatever the API or the network layer says back, without the appId.
    const auto redact = [&appId](QString text) { return appId.isEmpty() ? text : text.replace(appId, u"***"_s); };
    QNetworkAccessManager network;
    QJsonObject merged;           // the first page, with the values of all pages
    QJsonArray values;
    QString start;
    for (int page = 0; page < kMaxPages; ++page) {
        QUrl url = base;
        QUrlQuery query;
        query.addQueryItem(u"appId"_s, appId);
        query.addQueryItem(u"statsDataId"_s, statsDataId);
        query.addQueryItem(u"metaGetFlg"_s, u"Y"_s);          // CLASS_INF: names of codes
        query.addQueryItem(u"cntGetFlg"_s, u"N"_s);
        query.addQueryItem(u"annotationGetFlg"_s, u"Y"_s);    // footnote symbols
        query.addQueryItem(u"replaceSpChars"_s, u"0"_s);      // keep "-", "x", "***" as published
        if (!start.isEmpty())
            query.addQueryItem(u"startPosition"_s, start);
        url.setQuery(query);
        ctx.err << "fetching " << redacted(url) << '\n';
        ctx.err.flush();
        QByteArray body;
        QString error;
        if (!get(network, url, &body, &error)) {
            ctx.err << "regionlens-cli fetch: " << redacted(url) << ": " << redact(error) << '\n';
            return Failure;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        const QJsonObject root = doc.object().value(u"GET_STATS_DATA"_s).toObject();
        if (root.isEmpty()) {
            ctx.err << "regionlens-cli fetch: the answer is not a getStatsData response"
                    << (doc.isNull() ? u" ("_s + parseError.errorString() + u')' : QString()) << '\n';
            return Failure;
        }
        const QJsonObject result = root.value(u"RESULT"_s).toObject();
        const int status = result.value(u"STATUS"_s).toInt(-1);
        // 0 normal; 1 no matching data; 2 some parameters ignored; 100 and above: an error.
        if (status < 0 || status >= 100) {
            ctx.err << "regionlens-cli fetch: e-Stat refused the request (STATUS " << status << "): "
                    << redact(result.value(u"ERROR_MSG"_s).toString()) << '\n';
            return BadInput;
        }
        if (status != 0)
            ctx.err << "e-Stat: " << redact(result.value(u"ERROR_MSG"_s).toString()) << '\n';
        const QJsonObject data = root.value(u"STATISTICAL_DATA"_s).toObject();
        const QJsonValue pageValues = data.value(u"DATA_INF"_s).toObject().value(u"VALUE"_s);
        if (pageValues.isArray())
            for (const QJsonValue &v : pageValues.toArray())
                values.append(v);
        else if (pageValues.isObject())
            values.append(pageValues);
        if (page == 0)
            merged = doc.object();
        const QJsonValue next = data.value(u"RESULT_INF"_s).toObject().value(u"NEXT_KEY"_s);
        const QString previous = start;
        start = next.isDouble() ? QString::number(qint64(next.toDouble())) : next.toString();
        if (start.isEmpty())
            break;
        if (start.toLongLong() <= previous.toLongLong()) {
            ctx.err << "regionlens-cli fetch: the API sent NEXT_KEY " << start << " again; stopping\n";
            return Failure;
        }
        if (page + 1 == kMaxPages) {
            ctx.err << "regionlens-cli fetch: more than " << kMaxPages << " pages; narrow the request\n";
            return Failure;
        }
    }
    if (values.isEmpty()) {
        ctx.err << "regionlens-cli fetch: table " << statsDataId << " returned no values\n";
        return BadInput;
    }
    // Put every page's values into the first page's document.
    QJsonObject root = merged.value(u"GET_STATS_DATA"_s).toObject();
    QJsonObject data = root.value(u"STATISTICAL_DATA"_s).toObject();
    QJsonObject dataInf = data.value(u"DATA_INF"_s).toObject();
    dataInf.insert(u"VALUE"_s, values);
    data.insert(u"DATA_INF"_s, dataInf);
    QJsonObject resultInf = data.value(u"RESULT_INF"_s).toObject();
    resultInf.remove(u"NEXT_KEY"_s);
    data.insert(u"RESULT_INF"_s, resultInf);
    root.insert(u"STATISTICAL_DATA"_s, data);
    merged.insert(u"GET_STATS_DATA"_s, root);

    QTemporaryDir temp;
    QString path = args.value(u"--out"_s);
    if (path.isEmpty()) {
        if (!temp.isValid()) {
            ctx.err << "regionlens-cli fetch: cannot create a temporary folder\n";
            return Failure;
        }
        path = temp.filePath(u"estat_%1.json"_s.arg(statsDataId));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(merged).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        ctx.err << "regionlens-cli fetch: cannot write " << path << ": " << file.errorString() << '\n';
        return Failure;
    }
    ctx.err << "fetched " << values.size() << " values of table " << statsDataId
            << (args.has(u"--out"_s) ? u", saved to "_s + path : QString()) << '\n';

    // Import it exactly as a downloaded file.
    Arguments importArgs = args;
    importArgs.command = u"import"_s;
    importArgs.positional = {path};
    importArgs.options.insert(u"--format"_s, u"estat-json"_s);
    importArgs.options.remove(u"--app-id"_s);
    importArgs.options.remove(u"--stats-data-id"_s);
    importArgs.options.remove(u"--api-url"_s);
    importArgs.options.remove(u"--out"_s);
    if (!importArgs.has(u"--indicator"_s))
        importArgs.options.insert(u"--indicator"_s, u"estat_"_s + statsDataId);
    Context importCtx{importArgs, ctx.out, ctx.err};
    return runImport(importCtx);
}

} // namespace regionlens::cli
