// SPDX-License-Identifier: GPL-3.0-or-later
#include "tidyinput.h"

#include "datasets/catalog.h"
#include "datasets/csvreader.h"
#include "datasets/importsupport.h"

#include <QFile>
#include <QSet>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;
using regionlens::datasets::CsvHeader;
using regionlens::datasets::Flow;
using regionlens::datasets::Observation;
using regionlens::datasets::ObservationColumns;
namespace importsupport = regionlens::datasets::importsupport;

namespace regionlens::cli::tidyinput {
namespace {

using Bytes = std::string_view;

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');   // what QString::trimmed() removes among ASCII
}

Bytes trimAscii(Bytes v)
{
    while (!v.empty() && isAsciiSpace(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && isAsciiSpace(v.back()))
        v.remove_suffix(1);
    return v;
}

// Whether the field is empty once trimmed as a QString.
bool isBlank(Bytes v)
{
    for (const char c : v) {
        if (isAsciiSpace(c))
            continue;
        if (uchar(c) >= 0x80)   // perhaps U+3000 and the like
            return QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed().isEmpty();
        return false;
    }
    return true;
}

// A plain ASCII number ("123", "-4.5", "1e3", "+7") read as parseValue() reads
// it; false for anything else (thousands separators, full-width digits,
// footnote symbols, text), which then goes through parseValue() itself.
bool plainNumber(Bytes raw, double *value)
{
    const Bytes t = trimAscii(raw);
    if (t.empty() || t.size() > 62)
        return false;
    bool digit = false;
    for (const char c : t) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return false;
    }
    if (!digit)
        return false;
    const char *begin = t.data() + (t.front() == '+' ? 1 : 0);
    const char *end = t.data() + t.size();
    // Whole numbers of up to 15 digits are exact in a double: no need for from_chars.
    if (const bool minus = *begin == '-'; end - begin - minus >= 1 && end - begin - minus <= 15) {
        qint64 n = 0;
        const char *p = begin + minus;
        while (p < end && *p >= '0' && *p <= '9')
            n = 10 * n + (*p++ - '0');
        if (p == end) {
            *value = minus ? -double(n) : double(n);
            return true;
        }
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

// Distinct texts, each with its index (codes, measures, sexes …).
struct Dictionary
{
    QStringList values;
    QHash<QString, qint32> index;

    qint32 intern(const QString &value)
    {
        if (const auto it = index.constFind(value); it != index.constEnd())
            return *it;
        const qint32 i = qint32(values.size());
        index.insert(value, i);
        values.append(value);
        return i;
    }
};

// The result of checking one column's raw text (an index, a year …), kept per
// distinct text, with the last one at hand: values repeat row after row. A
// text of up to 16 bytes is its own key (two words and a length) in an open-
// addressing table; longer ones go to a hash map.
class Memo
{
public:
    // The text raw may be read 16 bytes at a time within [begin, end).
    void setText(const char *begin, const char *end)
    {
        m_begin = quintptr(begin);
        m_end = quintptr(end);
    }
    // The value remembered for raw, or -1.
    qint32 find(Bytes raw)
    {
        if (raw.size() > 16) {
            const auto it = m_long.find(raw);
            return it == m_long.end() ? -1 : it->second;
        }
        const Key key = pack(raw);
        if (m_hasLast && key == m_last)
            return m_lastValue;
        if (m_slots.empty())
            return -1;
        for (size_t i = hash(key) & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.key == key) {
                m_last = key;
                m_lastValue = slot.value;
                m_hasLast = true;
                return slot.value;
            }
        }
    }
    void insert(Bytes raw, qint32 value)
    {
        if (raw.size() > 16) {
            m_long.emplace(std::string(raw), value);
            return;
        }
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        place(pack(raw), value);
        ++m_count;
    }

private:
    struct Key
    {
        quint64 a = 0, b = 0, size = 0;
        bool operator==(const Key &) const = default;
    };
    struct Slot
    {
        Key key;
        qint32 value = -1;   // -1: empty
    };
    Key pack(Bytes raw) const
    {
        Key key;
        key.size = raw.size();
        if (const quintptr at = quintptr(raw.data()); at >= m_begin && at + 16 <= m_end) {
            std::memcpy(&key.a, raw.data(), 8);
            std::memcpy(&key.b, raw.data() + 8, 8);
            const auto low = [](size_t bytes) { return bytes >= 8 ? ~quint64(0) : (quint64(1) << (8 * bytes)) - 1; };
            if constexpr (std::endian::native == std::endian::little) {
                key.a &= low(raw.size());
                key.b &= raw.size() > 8 ? low(raw.size() - 8) : 0;
                return key;
            }
        }
        unsigned char bytes[16] = {};
        for (size_t i = 0; i < raw.size(); ++i)
            bytes[i] = uchar(raw[i]);
        std::memcpy(&key.a, bytes, 8);
        std::memcpy(&key.b, bytes + 8, 8);
        return key;
    }
    static size_t hash(const Key &key)
    {
        const quint64 h = (key.a * 0x9E3779B97F4A7C15ULL) ^ (key.b * 0xC2B2AE3D27D4EB4FULL) ^ key.size;
        return size_t(h ^ (h >> 29));
    }
    void place(const Key &key, qint32 value)
    {
        size_t i = hash(key) & (m_slots.size() - 1);
        while (m_slots[i].value >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = {key, value};
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : 2 * old.size(), Slot());
        for (const Slot &slot : old)
            if (slot.value >= 0)
                place(slot.key, slot.value);
    }
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(Bytes s) const { return std::hash<Bytes>{}(s); }
    };
    std::vector<Slot> m_slots;
    size_t m_count = 0;
    std::unordered_map<std::string, qint32, Hash, std::equal_to<>> m_long;
    quintptr m_begin = 0, m_end = 0;
    Key m_last;
    qint32 m_lastValue = -1;
    bool m_hasLast = false;
};

// The first line of each key of N small integers: open addressing over
// slots that hold the key and its line together, nothing allocated per row.
template<size_t N>
class FirstLines
{
public:
    using Key = std::array<quint32, N>;

    // The line of an earlier row with this key, or 0 after remembering line.
    int insert(const Key &key, int line)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.line == 0) {
                slot = {key, line};
                ++m_count;
                return 0;
            }
            if (same(slot.key, key))
                return slot.line;
        }
    }

private:
    struct Slot
    {
        Key key{};
        int line = 0;   // 0: empty (lines start at 1)
    };
    static bool same(const Key &a, const Key &b)
    {
        bool equal = true;
        for (size_t k = 0; k < N; ++k)
            equal &= a[k] == b[k];
        return equal;
    }
    static size_t hash(const Key &key)
    {
        quint64 h = 0x9E3779B97F4A7C15ULL;
        for (const quint32 k : key)
            h = (h ^ k) * 0xBF58476D1CE4E5B9ULL;
        return size_t(h ^ (h >> 31));
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 1024 : 2 * old.size(), Slot());
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.line == 0)
                continue;
            size_t i = hash(slot.key) & mask;
            while (m_slots[i].line != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

// One input file: decoding, the header, and records with their line numbers;
// every problem is phrased as "file:line: column "name": what". Fields are
// views of the file's UTF-8 bytes; field() decodes one as a QString.
class Sheet
{
public:
    bool open(const QString &path, const QString &expectedHeader, QString *error)
    {
        m_path = path;
        m_file.setFileName(path);
        if (!m_file.exists()) {
            *error = u"%1: no such file"_s.arg(path);
            return false;
        }
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = u"%1: cannot read: %2"_s.arg(path, m_file.errorString());
            return false;
        }
        // Mapped where the file allows it (a pipe does not): no copy of the bytes.
        QByteArray bytes;
        const qint64 size = m_file.size();
        if (uchar *mapped = size > 0 ? m_file.map(0, size) : nullptr)
            bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
        else
            bytes = m_file.readAll();
        importsupport::DecodedBytes decoded = importsupport::decodeUtf8(bytes);
        if (!decoded.ok()) {
            *error = u"%1:%2: %3"_s.arg(path).arg(std::max<qint64>(1, decoded.errorLine)).arg(decoded.error);
            return false;
        }
        m_text = std::move(decoded.utf8);
        m_tokens = datasets::CsvTokenizer<char>(m_text.constData(), m_text.size());
        if (!m_tokens.next(&m_fields) || (m_fields.size() == 1 && isBlank(m_fields.front()))) {
            *error = u"%1:1: the file is empty (expected a header: %2)"_s.arg(path, expectedHeader);
            return false;
        }
        QStringList names;
        for (qsizetype c = 0; c < qsizetype(m_fields.size()); ++c)
            names << decode(c).trimmed();
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
        while (m_tokens.next(&m_fields)) {
            if (!m_tokens.errorString().isEmpty()) {
                *error = u"%1:%2: %3"_s.arg(m_path).arg(m_tokens.line()).arg(m_tokens.errorString());
                return false;
            }
            if (m_fields.size() == 1 && isBlank(m_fields.front()))
                continue;   // blank line
            if (qsizetype(m_fields.size()) != m_header.names().size()) {
                *error = u"%1:%2: %3 fields, expected %4 as in the header"_s.arg(m_path)
                             .arg(m_tokens.line())
                             .arg(m_fields.size())
                             .arg(m_header.names().size());
                return false;
            }
            return true;
        }
        return false;
    }

    int line() const { return m_tokens.line(); }
    // Lets the memos read the file's text a word at a time.
    template<typename... Memos>
    void attach(Memos &...memos) const
    {
        (memos.setText(m_text.constData(), m_text.constData() + m_text.size()), ...);
    }
    Bytes raw(int column) const { return column < 0 ? Bytes() : m_fields[size_t(column)]; }
    QString field(int column) const { return column < 0 ? QString() : decode(column).trimmed(); }
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
        if (plainNumber(raw(column), out)) {
            status->clear();
            return true;
        }
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

    // The checks above, each done once per distinct raw text of the column
    // (they depend on nothing else); -1 after the message on failure.
    qint32 regionIndex(int column, Memo &memo, Dictionary &codes, QString *error) const
    {
        return remembered(column, memo, [&] {
            QString code;
            return regionCode(column, &code, error) ? codes.intern(code) : -1;
        });
    }
    qint32 textIndex(int column, Memo &memo, Dictionary &texts, QString *error) const
    {
        return remembered(column, memo, [&] {
            QString value;
            return text(column, &value, error) ? texts.intern(value) : -1;
        });
    }
    qint32 yearValue(int column, Memo &memo, QString *error) const
    {
        return remembered(column, memo, [&] {
            int y = 0;
            return year(column, &y, error) ? qint32(y) : -1;
        });
    }

private:
    QString decode(int column) const
    {
        const Bytes v = m_fields[size_t(column)];
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    template<typename Check>
    qint32 remembered(int column, Memo &memo, Check check) const
    {
        const Bytes raw = this->raw(column);
        qint32 value = memo.find(raw);
        if (value < 0 && (value = check()) >= 0)
            memo.insert(raw, value);
        return value;
    }

    QString m_path;
    QFile m_file;            // open while m_text may point into its mapping
    QByteArray m_text;       // UTF-8
    datasets::CsvTokenizer<char> m_tokens;
    CsvHeader m_header;
    std::vector<Bytes> m_fields;
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

// A value per distinct raw text of an optional column, from a function of its
// trimmed text (sex and age class: never an error).
template<typename Function>
qint32 derived(const Sheet &sheet, int column, Memo &memo, Function function)
{
    const Bytes raw = sheet.raw(column);
    qint32 value = memo.find(raw);
    if (value < 0) {
        value = function(sheet.field(column));
        memo.insert(raw, value);
    }
    return value;
}

// The kept rows' codes only, in the order they first occur.
void compact(std::vector<qint32> &indices, const QStringList &from, QStringList *to)
{
    std::vector<qint32> renumbered(size_t(from.size()), -1);
    for (qint32 &i : indices) {
        qint32 &n = renumbered[size_t(i)];
        if (n < 0) {
            n = qint32(to->size());
            to->append(from.at(i));
        }
        i = n;
    }
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

    Dictionary regions, industries, measures;
    Memo regionMemo, industryMemo, yearMemo, measureMemo, totalSexMemo, totalAgeMemo;
    sheet.attach(regionMemo, industryMemo, yearMemo, measureMemo, totalSexMemo, totalAgeMemo);
    std::vector<char> wanted;   // per measure: kept
    const qint32 noIndustry = industries.intern(QString());
    FirstLines<4> firstLine;    // region, industry, year, measure → line
    ObservationColumns &rows = out->rows;
    QString status;
    while (sheet.next(error)) {
        const qint32 region = sheet.regionIndex(cRegion, regionMemo, regions, error);
        if (region < 0)
            return false;
        const qint32 year = sheet.yearValue(cYear, yearMemo, error);
        if (year < 0)
            return false;
        const qint32 m = sheet.textIndex(cMeasure, measureMemo, measures, error);
        double value = 0;
        if (m < 0 || !sheet.number(cValue, &value, &status, error))
            return false;
        const qint32 industry =
            cIndustry >= 0 ? sheet.textIndex(cIndustry, industryMemo, industries, error) : noIndustry;
        if (industry < 0)
            return false;
        if (size_t(m) >= wanted.size())
            wanted.push_back(measure.isEmpty() || measures.values.at(m) == measure);
        if (!wanted[size_t(m)])
            continue;
        if (!derived(sheet, cSex, totalSexMemo, [](const QString &sex) { return qint32(isTotalSex(sex)); })
            || !derived(sheet, cAge, totalAgeMemo, [](const QString &text) {
                   const QString age = normalizedAge(text);
                   return qint32(age.isEmpty() || age == u"TOTAL");
               }))
            continue;
        if (const int first = firstLine.insert({quint32(region), quint32(industry), quint32(year), quint32(m)},
                                               sheet.line())) {
            *error = u"%1:%2: a second row for region %3, industry %4, year %5, measure %6 (first on line %7)"_s
                         .arg(path)
                         .arg(sheet.line())
                         .arg(regions.values.at(region),
                              industry == noIndustry ? u"-"_s : industries.values.at(industry))
                         .arg(year)
                         .arg(measures.values.at(m))
                         .arg(first);
            return false;
        }
        if (out->unit.isEmpty() && cUnit >= 0 && !trimAscii(sheet.raw(cUnit)).empty())
            out->unit = sheet.field(cUnit);
        if (!status.isEmpty())
            rows.statuses.emplace_back(rows.size(), status);
        rows.region.push_back(region);
        rows.industry.push_back(industry);
        rows.year.push_back(year);
        rows.value.push_back(value);
    }
    if (!error->isEmpty())
        return false;
    out->measures = measures.values;
    if (out->measures.isEmpty()) {
        *error = u"%1:2: the file has a header but no data rows"_s.arg(path);
        return false;
    }
    if (measure.isEmpty() && out->measures.size() > 1) {
        *error = u"%1:1: column \"%2\": the file has several measures (%3); choose one with --measure"_s.arg(
            path, sheet.columnName(cMeasure), out->measures.join(u", "_s));
        return false;
    }
    if (!measure.isEmpty() && !measures.index.contains(measure)) {
        *error = u"%1:1: column \"%2\": no row has measure \"%3\" (the file has: %4)"_s.arg(
            path, sheet.columnName(cMeasure), measure, out->measures.join(u", "_s));
        return false;
    }
    compact(rows.region, regions.values, &rows.regions);
    compact(rows.industry, industries.values, &rows.industries);
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
    Dictionary regions, sexes, ages;
    Memo originMemo, destinationMemo, yearMemo, sexMemo, ageMemo;
    sheet.attach(originMemo, destinationMemo, yearMemo, sexMemo, ageMemo);
    FirstLines<5> firstLine;   // origin, destination, year, sex, age class → line
    while (sheet.next(error)) {
        Flow f;
        const qint32 origin = sheet.regionIndex(cOrigin, originMemo, regions, error);
        const qint32 destination = origin < 0 ? -1 : sheet.regionIndex(cDest, destinationMemo, regions, error);
        const qint32 year = destination < 0 ? -1 : sheet.yearValue(cYear, yearMemo, error);
        if (year < 0 || !sheet.number(cValue, &f.value, &f.status, error))
            return false;
        const qint32 sex =
            derived(sheet, cSex, sexMemo, [&](const QString &text) { return sexes.intern(normalizedSex(text)); });
        const qint32 age =
            derived(sheet, cAge, ageMemo, [&](const QString &text) { return ages.intern(normalizedAge(text)); });
        f.origin = regions.values.at(origin);
        f.destination = regions.values.at(destination);
        f.year = year;
        f.sex = sexes.values.at(sex);
        f.ageClass = ages.values.at(age);
        if (const int first = firstLine.insert(
                {quint32(origin), quint32(destination), quint32(year), quint32(sex), quint32(age)}, sheet.line())) {
            *error = u"%1:%2: a second row for flow %3 → %4, year %5 (first on line %6)"_s.arg(path)
                         .arg(sheet.line())
                         .arg(f.origin, f.destination)
                         .arg(f.year)
                         .arg(first);
            return false;
        }
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
