// SPDX-License-Identifier: GPL-3.0-or-later
// The reading machinery behind tidyinput.h (not part of its interface): one
// input file as records of byte views with their line numbers (Sheet), the
// per-column memos that check each distinct text once (Memo, Dictionary) and
// the duplicate-key table (FirstLines). Inline because they run per cell.
#pragma once

#include "datasets/csvreader.h"
#include "datasets/catalog.h"
#include "datasets/importsupport.h"

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <bit>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace regionlens::cli::tidyinput::detail {

using namespace Qt::StringLiterals;
namespace importsupport = regionlens::datasets::importsupport;
using Bytes = std::string_view;

// v without the ASCII white space QString::trimmed() removes at its ends.
Bytes trimAscii(Bytes v);

// Whether the field is empty once trimmed as a QString.
bool isBlank(Bytes v);

// A plain ASCII number ("123", "-4.5", "1e3", "+7") read as parseValue() reads
// it; false for anything else (thousands separators, full-width digits,
// footnote symbols, text), which then goes through parseValue() itself.
bool plainNumber(Bytes raw, double *value);

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
        m_header = datasets::CsvHeader(names);
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
    datasets::CsvHeader m_header;
    std::vector<Bytes> m_fields;
};

bool isTotalSex(const QString &text);
QString normalizedSex(const QString &text);
QString normalizedAge(const QString &text);

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
void compact(std::vector<qint32> &indices, const QStringList &from, QStringList *to);

} // namespace regionlens::cli::tidyinput::detail
