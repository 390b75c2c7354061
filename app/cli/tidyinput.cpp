// SPDX-License-Identifier: GPL-3.0-or-later
#include "tidyinput.h"

#include "datasets/catalog.h"
#include "datasets/csvreader.h"
#include "datasets/importsupport.h"

#include <QFile>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using regionlens::datasets::CsvHeader;
using regionlens::datasets::CsvReader;
using regionlens::datasets::Flow;
using regionlens::datasets::Observation;
namespace importsupport = regionlens::datasets::importsupport;

namespace regionlens::cli::tidyinput {
namespace {

// One input file: decoding, the header, and records with their line numbers;
// every problem is phrased as "file:line: column "name": what".
class Sheet
{
public:
    bool open(const QString &path, const QString &expectedHeader, QString *error)
    {
        m_path = path;
        QFile file(path);
        if (!file.exists()) {
            *error = u"%1: no such file"_s.arg(path);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
            return false;
        }
        importsupport::DecodedText decoded = importsupport::decodeText(file.readAll());
        if (!decoded.ok()) {
            *error = u"%1:%2: %3"_s.arg(path).arg(std::max<qint64>(1, decoded.errorLine)).arg(decoded.error);
            return false;
        }
        m_reader = std::make_unique<CsvReader>(std::move(decoded.text));
        QStringList names;
        if (!m_reader->next(&names) || (names.size() == 1 && names.first().trimmed().isEmpty())) {
            *error = u"%1:1: the file is empty (expected a header: %2)"_s.arg(path, expectedHeader);
            return false;
        }
        for (QString &n : names)
            n = n.trimmed();
        m_header = CsvHeader(names);
        return true;
    }

    // Index of the first of names in the header, or -1.
    int optional(std::initializer_list<QString> names) const
    {
        for (const QString &n : names)
            if (m_header.contains(n))
                return m_header.indexOf(n);
        return -1;
    }

    int require(std::initializer_list<QString> names, QString *error) const
    {
        const int c = optional(names);
        if (c < 0 && error->isEmpty())
            *error = u"%1:1: missing column \"%2\" (header: %3)"_s.arg(m_path, *names.begin(),
                                                                     m_header.names().join(u','));
        return c;
    }

    // Next record; false at the end or on a malformed record (then *error is set).
    bool next(QString *error)
    {
        while (m_reader->next(&m_fields)) {
            if (!m_reader->errorString().isEmpty()) {
                *error = u"%1:%2: %3"_s.arg(m_path).arg(m_reader->line()).arg(m_reader->errorString());
                return false;
            }
            if (m_fields.size() == 1 && m_fields.first().trimmed().isEmpty())
                continue;   // blank line
            if (m_fields.size() != m_header.names().size()) {
                *error = u"%1:%2: %3 fields, expected %4 as in the header"_s.arg(m_path)
                             .arg(m_reader->line())
                             .arg(m_fields.size())
                             .arg(m_header.names().size());
                return false;
            }
            return true;
        }
        return false;
    }

    int line() const { return m_reader->line(); }
    QString field(int column) const { return column < 0 ? QString() : m_fields.at(column).trimmed(); }
    QString columnName(int column) const { return m_header.names().at(column); }
    QString path() const { return m_path; }

    QString problem(int column, const QString &what) const
    {
        return u"%1:%2: column \"%3\": %4"_s.arg(m_path).arg(line()).arg(columnName(column), what);
    }

    bool text(int column, QString *out, QString *error) const
    {
        *out = field(column);
        if (out->isEmpty()) {
            *error = problem(column, u"empty"_s);
            return false;
        }
        return true;
    }

    // A region code as the store writes it, so that a file keyed by "13000", "13000_東京都", "東京都" or
    // "1100" (a spreadsheet that dropped the leading zero of 01100) means the same region as one keyed
    // by "13" or "01100": 00 = the nation, two digits = a prefecture, five digits = a municipality.
    // Other text is kept as it is: files may name their own regions.
    bool regionCode(int column, QString *out, QString *error) const
    {
        if (!text(column, out, error))
            return false;
        QString code = importsupport::normalizeWidth(*out);
        qsizetype digits = 0;
        while (digits < code.size() && code.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < code.size() && (code.at(digits) == u'_' || code.at(digits) == u' '))
            code.truncate(digits);
        else if (digits != code.size()) {
            if (code == u"全国" || code.compare(u"japan"_s, Qt::CaseInsensitive) == 0)
                *out = u"00"_s;
            else if (const QString pref = datasets::catalog::resolvePrefecture(code); !pref.isEmpty())
                *out = pref;
            return true;
        }
        if (code.size() <= 2) {
            *out = u"%1"_s.arg(code.toInt(), 2, 10, QLatin1Char('0'));
            return true;
        }
        if (code.size() == 4)
            code.prepend(u'0');
        if (code.size() == 5 && code.endsWith(u"000"_s)) {
            const int pref = code.left(2).toInt();
            if (pref == 0 || (pref >= 1 && pref <= 47)) {
                *out = code.left(2);
                return true;
            }
        }
        if (code.size() != 5) {
            *error = problem(column, u"\"%1\" is not a region code (two digits for a prefecture, five for a "
                                     "municipality)"_s.arg(*out));
            return false;
        }
        *out = code;
        return true;
    }

    bool year(int column, int *out, QString *error) const
    {
        const QString raw = field(column);
        bool ok = false;
        *out = raw.toInt(&ok);
        if (!ok || *out < 1800 || *out > 2200) {
            *error = problem(column, u"\"%1\" is not a year"_s.arg(raw));
            return false;
        }
        return true;
    }

    // A number, or NaN with *status for empty cells and footnote symbols.
    bool number(int column, double *out, QString *status, QString *error) const
    {
        const QString raw = field(column);
        status->clear();
        switch (importsupport::parseValue(raw, out, status)) {
        case importsupport::ValueKind::Number:
            status->clear();
            return true;
        case importsupport::ValueKind::Footnote:
        case importsupport::ValueKind::Empty:
            *out = std::numeric_limits<double>::quiet_NaN();
            if (status->isEmpty())
                *status = u"missing"_s;
            return true;
        case importsupport::ValueKind::Invalid:
            break;
        }
        *error = problem(column, u"\"%1\" is not a number"_s.arg(raw));
        return false;
    }

private:
    QString m_path;
    std::unique_ptr<CsvReader> m_reader;
    CsvHeader m_header;
    QStringList m_fields;
};

bool isTotalSex(const QString &text)
{
    return text.isEmpty() || importsupport::parseSex(text) == u"total";
}

QString normalizedSex(const QString &text)
{
    if (text.isEmpty())
        return u"total"_s;
    const QString sex = importsupport::parseSex(text);
    return sex.isEmpty() ? text : sex;
}

QString normalizedAge(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QString age = datasets::catalog::normalizeAgeClass(text);
    return age.isEmpty() ? text : age;
}

} // namespace

bool readObservations(const QString &path, const QString &measure, bool requireIndustry, ObservationFile *out,
                      QString *error)
{
    error->clear();
    *out = {};
    Sheet sheet;
    if (!sheet.open(path, u"region_code,industry_code,year,measure,value"_s, error))
        return false;
    const int cRegion = sheet.require({u"region_code"_s, u"municipality_code"_s, u"pref_code"_s}, error);
    const int cIndustry = requireIndustry ? sheet.require({u"industry_code"_s}, error)
                                          : sheet.optional({u"industry_code"_s});
    const int cYear = sheet.require({u"year"_s, u"fiscal_year"_s}, error);
    const int cMeasure = sheet.require({u"measure"_s}, error);
    const int cValue = sheet.require({u"value"_s}, error);
    const int cUnit = sheet.optional({u"unit"_s});
    const int cSex = sheet.optional({u"sex"_s});
    const int cAge = sheet.optional({u"age_class"_s});
    if (!error->isEmpty())
        return false;

    QHash<QString, int> firstLine;   // region|industry|year → line
    QSet<QString> measures;
    QString status;
    while (sheet.next(error)) {
        Observation o;
        QString m;
        if (!sheet.regionCode(cRegion, &o.region, error) || !sheet.year(cYear, &o.year, error)
            || !sheet.text(cMeasure, &m, error) || !sheet.number(cValue, &o.value, &status, error))
            return false;
        if (cIndustry >= 0 && !sheet.text(cIndustry, &o.industry, error))
            return false;
        if (!measures.contains(m)) {
            measures.insert(m);
            out->measures.append(m);
        }
        if (!measure.isEmpty() && m != measure)
            continue;
        if (!isTotalSex(sheet.field(cSex)) || !(normalizedAge(sheet.field(cAge)).isEmpty()
                                                || normalizedAge(sheet.field(cAge)) == u"TOTAL"))
            continue;
        o.status = status;
        const QString key = o.region + u'|' + o.industry + u'|' + QString::number(o.year) + u'|' + m;
        if (const auto it = firstLine.constFind(key); it != firstLine.constEnd()) {
            *error = u"%1:%2: a second row for region %3, industry %4, year %5, measure %6 (first on line %7)"_s
                         .arg(path)
                         .arg(sheet.line())
                         .arg(o.region, o.industry.isEmpty() ? u"-"_s : o.industry)
                         .arg(o.year)
                         .arg(m)
                         .arg(*it);
            return false;
        }
        firstLine.insert(key, sheet.line());
        if (out->unit.isEmpty())
            out->unit = sheet.field(cUnit);
        out->rows.append(o);
    }
    if (!error->isEmpty())
        return false;
    if (out->measures.isEmpty()) {
        *error = u"%1:2: the file has a header but no data rows"_s.arg(path);
        return false;
    }
    if (measure.isEmpty() && out->measures.size() > 1) {
        *error = u"%1:1: column \"%2\": the file has several measures (%3); choose one with --measure"_s.arg(
            path, sheet.columnName(cMeasure), out->measures.join(u", "_s));
        return false;
    }
    if (!measure.isEmpty() && !measures.contains(measure)) {
        *error = u"%1:1: column \"%2\": no row has measure \"%3\" (the file has: %4)"_s.arg(
            path, sheet.columnName(cMeasure), measure, out->measures.join(u", "_s));
        return false;
    }
    return true;
}

bool readFlows(const QString &path, QList<Flow> *out, QString *error)
{
    error->clear();
    out->clear();
    Sheet sheet;
    if (!sheet.open(path, u"origin_code,destination_code,year,value"_s, error))
        return false;
    const int cOrigin = sheet.require({u"origin_code"_s}, error);
    const int cDest = sheet.require({u"destination_code"_s}, error);
    const int cYear = sheet.require({u"year"_s}, error);
    const int cValue = sheet.require({u"value"_s}, error);
    const int cSex = sheet.optional({u"sex"_s});
    const int cAge = sheet.optional({u"age_class"_s});
    if (!error->isEmpty())
        return false;
    QHash<QString, int> firstLine;
    while (sheet.next(error)) {
        Flow f;
        if (!sheet.regionCode(cOrigin, &f.origin, error) || !sheet.regionCode(cDest, &f.destination, error)
            || !sheet.year(cYear, &f.year, error) || !sheet.number(cValue, &f.value, &f.status, error))
            return false;
        f.sex = normalizedSex(sheet.field(cSex));
        f.ageClass = normalizedAge(sheet.field(cAge));
        const QString key = f.origin + u'|' + f.destination + u'|' + QString::number(f.year) + u'|' + f.sex
                            + u'|' + f.ageClass;
        if (const auto it = firstLine.constFind(key); it != firstLine.constEnd()) {
            *error = u"%1:%2: a second row for flow %3 → %4, year %5 (first on line %6)"_s.arg(path)
                         .arg(sheet.line())
                         .arg(f.origin, f.destination)
                         .arg(f.year)
                         .arg(*it);
            return false;
        }
        firstLine.insert(key, sheet.line());
        out->append(f);
    }
    if (!error->isEmpty())
        return false;
    if (out->isEmpty()) {
        *error = u"%1:2: the file has a header but no data rows"_s.arg(path);
        return false;
    }
    return true;
}

bool readDistances(const QString &path, DistanceTable *out, QString *error)
{
    error->clear();
    out->clear();
    Sheet sheet;
    if (!sheet.open(path, u"origin_code,destination_code,distance"_s, error))
        return false;
    const int cOrigin = sheet.require({u"origin_code"_s}, error);
    const int cDest = sheet.require({u"destination_code"_s}, error);
    const int cDistance = sheet.require({u"distance"_s, u"distance_km"_s, u"value"_s}, error);
    if (!error->isEmpty())
        return false;
    QString status;
    DistanceTable given;
    while (sheet.next(error)) {
        QString o, d;
        double km = 0;
        if (!sheet.regionCode(cOrigin, &o, error) || !sheet.regionCode(cDest, &d, error)
            || !sheet.number(cDistance, &km, &status, error))
            return false;
        if (std::isfinite(km) && km < 0) {
            *error = sheet.problem(cDistance, u"a distance cannot be negative (%1)"_s.arg(sheet.field(cDistance)));
            return false;
        }
        given[o][d] = km;
    }
    if (!error->isEmpty())
        return false;
    *out = given;
    for (auto o = given.constBegin(); o != given.constEnd(); ++o)
        for (auto d = o->constBegin(); d != o->constEnd(); ++d)
            if (!given.value(d.key()).contains(o.key()))
                (*out)[d.key()][o.key()] = d.value();
    return true;
}

bool readAgeTable(const QString &path, QList<Observation> *out, QString *error)
{
    static const QStringList kAges = [] {
        QStringList ages{u"TOTAL"_s};
        for (int a = 0; a < 17; ++a)
            ages << u"%1-%2"_s.arg(5 * a).arg(5 * a + 4);
        return ages << u"85+"_s;
    }();
    Sheet sheet;
    if (!sheet.open(path, u"region_code,year,sex,age_class,population"_s, error))
        return false;
    error->clear();
    const int cRegion = sheet.require({u"region_code"_s}, error);
    const int cYear = sheet.require({u"year"_s}, error);
    const int cSex = sheet.require({u"sex"_s}, error);
    const int cAge = sheet.require({u"age_class"_s}, error);
    const int cValue = sheet.require({u"population"_s, u"value"_s}, error);
    if (!error->isEmpty())
        return false;
    QSet<QString> seen;
    while (sheet.next(error)) {
        Observation o;
        if (!sheet.regionCode(cRegion, &o.region, error) || !sheet.year(cYear, &o.year, error)
            || !sheet.number(cValue, &o.value, &o.status, error))
            return false;
        o.sex = sheet.field(cSex).toLower();
        if (o.sex != u"male" && o.sex != u"female" && o.sex != u"total") {
            *error = sheet.problem(cSex, u"\"%1\" is not male, female or total"_s.arg(sheet.field(cSex)));
            return false;
        }
        o.ageClass = datasets::catalog::normalizeAgeClass(sheet.field(cAge));
        if (!kAges.contains(o.ageClass)) {
            *error = sheet.problem(cAge, u"\"%1\" is not an age class of the projection (0-4 … 80-84, 85+, "
                                         u"TOTAL)"_s.arg(sheet.field(cAge)));
            return false;
        }
        if (o.value < 0) {
            *error = sheet.problem(cValue, u"a population cannot be negative"_s);
            return false;
        }
        const QString key = o.region + u'|' + QString::number(o.year) + u'|' + o.sex + u'|' + o.ageClass;
        if (seen.contains(key)) {
            *error = sheet.problem(cAge, u"a second row for region %1, %2, %3, %4"_s.arg(o.region).arg(o.year).arg(
                                             o.sex, o.ageClass));
            return false;
        }
        seen.insert(key);
        out->append(o);
    }
    return error->isEmpty();
}

} // namespace regionlens::cli::tidyinput
