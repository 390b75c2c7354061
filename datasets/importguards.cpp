// SPDX-License-Identifier: GPL-3.0-or-later
// What every import respects whichever importer read it (identifiers, code
// lengths), and what commitImport() does with indicators the store already
// holds (bundled ones read-only, a user's replaced or appended).
#include "importguards.h"

#include "importformats.h"
#include "importsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

bool isBundledIndicator(const QString &id)
{
    // The SSDSE items of the starter pack (datasets/starter/ssdse_items.csv): the prefix "ssdse." is
    // theirs (an imported SSDSE table's ids are ssdse_<code>).
    if (id.startsWith(u"ssdse."_s))
        return true;
    const QList<IndicatorInfo> &bundled = catalog::starterIndicators();
    return std::any_of(bundled.begin(), bundled.end(), [&](const IndicatorInfo &info) { return info.id == id; });
}


namespace importformats {

bool checkMeasureCode(ImportResult &result, const QString &code, int maxIssues)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.\\-]{1,32}$"_s);
    if (code.isEmpty() || re.match(code).hasMatch())
        return true;
    result.addIssue(IssueSeverity::Error, 0, 0,
                    u"measure code '%1%2' (表章項目, %3 characters) cannot be part of an indicator id: the file's "
                    "measures become indicators <id>_<code>, and a code is letters, digits, '_', '.' or '-', at "
                    "most 32 characters"_s.arg(code.left(40), code.size() > 40 ? u"…"_s : QString())
                        .arg(code.size()),
                    maxIssues);
    return false;
}

} // namespace importformats

namespace importguards {

// The longest code (industry, sex, age class, region) an import may store.
constexpr qsizetype kMaxCodeLength = 64;

// Every importer's identifiers obey one rule, whatever they were made from
// (an e-Stat @tab code, a measure name, a file name): indicator ids are
// letters, digits, '_', '.', '-' (at most 64), codes at most 64 characters.
void checkIdentifiers(ImportResult &result, int maxIssues)
{
    for (const IndicatorInfo &info : std::as_const(result.indicators))
        if (!importsupport::isValidIndicatorId(info.id))
            result.addIssue(IssueSeverity::Error, 0, 0,
                            u"indicator id '%1' is not usable: ids are letters, digits, '_', '.' or '-', at most 64 "
                            "characters; choose one with --indicator"_s.arg(info.id.left(80)),
                            maxIssues);
    std::vector<char> tooLong(size_t(result.strings.size()), 0);
    for (qsizetype i = 0; i < result.strings.size(); ++i)
        tooLong[size_t(i)] = result.strings.at(i).size() > kMaxCodeLength;
    for (const StagedRecord &r : result.records)
        for (const qint32 k : {r.region, r.destination, r.industry, r.sex, r.ageClass})
            if (k >= 0 && size_t(k) < tooLong.size() && tooLong[size_t(k)]) {
                result.addIssue(IssueSeverity::Error, issueLine(result, r.line), 0,
                                u"%1a code of %2 characters ('%3…'): codes are at most %4 characters"_s
                                    .arg(issueLine(result, r.line) == 0 ? recordPlace(result, r.line) + u": "_s
                                                                        : QString())
                                    .arg(result.strings.at(k).size())
                                    .arg(result.strings.at(k).left(20))
                                    .arg(kMaxCodeLength),
                                maxIssues);
                tooLong[size_t(k)] = 0;   // once per code
            }
}

qint64 issueLine(const ImportResult &result, qint64 recordLine)
{
    return result.format == u"estat-json" ? 0 : recordLine;
}

QString recordPlace(const ImportResult &result, qint64 recordLine)
{
    return result.format == u"estat-json" ? u"VALUE[%1]"_s.arg(recordLine - 1) : u"line %1"_s.arg(recordLine);
}

// The stored values of an indicator (observations or flows).
qint64 storedValues(const Store &store, const IndicatorInfo &info, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(info.kind == u"flow" ? u"SELECT count(*) FROM flows WHERE indicator = ?"_s
                                   : u"SELECT count(*) FROM series_values WHERE series IN "
                                     "(SELECT id FROM series WHERE indicator = ?)"_s);
    q.addBindValue(info.id);
    if (!q.exec() || !q.next()) {
        *error = u"cannot count the values of %1: %2"_s.arg(info.id, q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

bool removeValues(const Store &store, const IndicatorInfo &info, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(info.kind == u"flow" ? u"DELETE FROM flows WHERE indicator = ?"_s
                                   : u"DELETE FROM series_values WHERE series IN "
                                     "(SELECT id FROM series WHERE indicator = ?)"_s);
    q.addBindValue(info.id);
    if (!q.exec()) {
        *error = u"cannot remove the values of %1: %2"_s.arg(info.id, q.lastError().text());
        return false;
    }
    return true;
}

// The stored indicator's details after an append: the stored ones, with the
// file's source added when it differs (the values now come from both).
IndicatorInfo appended(IndicatorInfo stored, const IndicatorInfo &file)
{
    const auto add = [](QString &to, const QString &more) {
        if (!more.isEmpty() && !to.split(u"; "_s).contains(more))
            to = to.isEmpty() ? more : to + u"; "_s + more;
    };
    add(stored.sourceJa, file.sourceJa);
    add(stored.sourceEn, file.sourceEn);
    return stored;
}

// A bundled indicator's values are read-only: a file may repeat them (the
// same official table again) and add cells they lack (municipal flows beside
// the prefectural ones), never change one. The first cell of the file that
// would change a stored value, as "region … year …", or "" when none would.
QString bundledChange(const Store &store, const ImportResult &result, qint32 indicator)
{
    const IndicatorInfo &info = result.indicators.at(indicator);
    const bool flow = info.kind == u"flow";
    const auto key = [](const QString &a, const QString &b, int year, const QString &sex, const QString &age) {
        return a + u'\x1f' + b + u'\x1f' + QString::number(year) + u'\x1f' + sex + u'\x1f' + age;
    };
    QHash<QString, std::pair<double, bool>> stored;   // key → (value, has a status)
    if (flow) {
        for (const Flow &f : store.flows(info.id))
            stored.insert(key(f.origin, f.destination, f.year, f.sex, f.ageClass), {f.value, !f.status.isEmpty()});
    } else {
        ObservationQuery all;
        all.indicator = info.id;
        all.industry.reset();
        all.sex.reset();
        all.ageClass.reset();
        for (const Observation &o : store.observations(all))
            stored.insert(key(o.region, o.industry, o.year, o.sex, o.ageClass), {o.value, !o.status.isEmpty()});
    }
    for (const StagedRecord &r : result.records) {
        if (r.indicator != indicator)
            continue;
        const QString &a = result.strings.at(r.region);
        const QString &b = result.strings.at(flow ? r.destination : r.industry);
        const auto it = stored.constFind(key(a, b, r.year, result.strings.at(r.sex), result.strings.at(r.ageClass)));
        if (it == stored.constEnd())
            continue;   // a cell the bundled figures lack (e.g. municipal flows): added
        const bool hasStatus = !result.strings.at(r.status).isEmpty();
        const bool same = hasStatus ? it->second : !it->second && it->first == r.value;
        if (!same)
            return u"%1 %2%3, year %4"_s.arg(flow ? u"flow"_s : u"region"_s, a,
                                             b.isEmpty() ? QString() : (flow ? u" → "_s : u", "_s) + b)
                .arg(r.year);
    }
    return QString();
}

} // namespace importguards
} // namespace regionlens::datasets
