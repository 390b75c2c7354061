// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

// A byte order mark at the start of the text: U+FEFF in UTF-16, EF BB BF in UTF-8.
qsizetype bomLength(const char16_t *data, qsizetype size)
{
    return size > 0 && data[0] == 0xFEFF ? 1 : 0;
}

qsizetype bomLength(const char *data, qsizetype size)
{
    return size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF' ? 3 : 0;
}

// The end of an unquoted field: the first separator, CR or LF from `from`.
qsizetype plainEnd(const char16_t *data, qsizetype from, qsizetype size, char16_t separator)
{
    while (from < size) {
        const char16_t c = data[from];
        if (c == separator || c == u'\r' || c == u'\n')
            break;
        ++from;
    }
    return from;
}

// The same over bytes, eight at a time (SWAR: a byte of the word equals one
// of the three when the word XOR that byte repeated has a zero byte).
qsizetype plainEnd(const char *data, qsizetype from, qsizetype size, char separator)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const quint64 sep = ones * uchar(separator), cr = ones * uchar('\r'), lf = ones * uchar('\n');
        const auto zeroByte = [&](quint64 v) { return (v - ones) & ~v & highs; };
        while (from + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + from, 8);
            if (const quint64 hit = zeroByte(word ^ sep) | zeroByte(word ^ cr) | zeroByte(word ^ lf))
                return from + std::countr_zero(hit) / 8;
            from += 8;
        }
    }
    while (from < size) {
        const char c = data[from];
        if (c == separator || c == '\r' || c == '\n')
            break;
        ++from;
    }
    return from;
}

} // namespace

template<typename Char>
CsvTokenizer<Char>::CsvTokenizer(const Char *data, qsizetype size, Char separator)
    : m_data(data), m_size(size), m_separator(separator), m_pos(bomLength(data, size))
{
}

template<typename Char>
bool CsvTokenizer<Char>::next(std::vector<View> *fields)
{
    const Char *data = m_data;
    const qsizetype size = m_size;
    // Skip completely empty lines.
    while (m_pos < size && (data[m_pos] == Char('\n') || data[m_pos] == Char('\r'))) {
        if (data[m_pos] == Char('\n'))
            ++m_line;
        ++m_pos;
    }
    fields->clear();
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    const Char separator = m_separator;
    m_unquoted.clear();
    m_scratch.clear();
    while (true) {
        if (m_pos < size && data[m_pos] == Char('"')) {
            // Quoted field: a view of the text unless it holds doubled quotes.
            const qsizetype start = ++m_pos;
            bool doubled = false;
            bool closed = false;
            while (m_pos < size) {
                const Char c = data[m_pos];
                if (c == Char('"')) {
                    if (m_pos + 1 < size && data[m_pos + 1] == Char('"')) {
                        doubled = true;
                        m_pos += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == Char('\n'))
                    ++m_line;
                ++m_pos;
            }
            const qsizetype end = m_pos;
            if (closed)
                ++m_pos;   // the closing quote
            // Text after the closing quote belongs to the same field ("ab"c → abc).
            const qsizetype rest = m_pos;
            while (m_pos < size) {
                const Char c = data[m_pos];
                if (c == separator || c == Char('\r') || c == Char('\n'))
                    break;
                ++m_pos;
            }
            if (!doubled && rest == m_pos) {
                fields->emplace_back(data + start, size_t(end - start));
            } else {
                const qsizetype from = qsizetype(m_scratch.size());
                for (qsizetype k = start; k < end; ++k) {
                    m_scratch.push_back(data[k]);
                    if (data[k] == Char('"'))
                        ++k;   // the second quote of a pair
                }
                m_scratch.append(data + rest, size_t(m_pos - rest));
                // Pointed at once the record is complete (m_scratch may still grow).
                m_unquoted.push_back({qsizetype(fields->size()), from, qsizetype(m_scratch.size()) - from});
                fields->emplace_back();
            }
            if (!closed) {
                if (m_error.isEmpty())
                    m_error = u"line %1: a quoted field is not closed before the end of the file"_s.arg(m_recordLine);
                break;
            }
        } else {
            const qsizetype start = m_pos;
            m_pos = plainEnd(data, m_pos, size, separator);
            fields->emplace_back(data + start, size_t(m_pos - start));
        }
        if (m_pos >= size)
            break;
        const Char c = data[m_pos];
        if (c == separator) {
            ++m_pos;
            if (m_pos >= size) {   // a separator at the very end: one more, empty field
                fields->emplace_back();
                break;
            }
            continue;
        }
        // End of the record.
        if (c == Char('\r') && m_pos + 1 < size && data[m_pos + 1] == Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
        break;
    }
    for (const Unquoted &u : m_unquoted)
        (*fields)[size_t(u.field)] = View(m_scratch.data() + u.start, size_t(u.length));
    return true;
}

template class CsvTokenizer<char>;
template class CsvTokenizer<char16_t>;

CsvReader::CsvReader(QString text, QChar separator)
    : m_text(std::move(text)),
      m_tokens(reinterpret_cast<const char16_t *>(m_text.constData()), m_text.size(), separator.unicode())
{
}

bool CsvReader::next(QStringList *fields)
{
    if (!m_tokens.next(&m_views)) {
        fields->clear();
        return false;
    }
    // Fields are copied in one piece into the strings the list already holds
    // (reusing their memory); an empty field is a null QString.
    const qsizetype count = qsizetype(m_views.size());
    if (fields->size() > count)
        fields->resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const std::u16string_view v = m_views[size_t(i)];
        const QChar *from = reinterpret_cast<const QChar *>(v.data());
        if (i < fields->size()) {
            QString &field = (*fields)[i];
            if (v.empty())
                field = QString();
            else
                field.setUnicode(from, qsizetype(v.size()));
        } else {
            fields->append(v.empty() ? QString() : QString(from, qsizetype(v.size())));
        }
    }
    return true;
}

CsvHeader::CsvHeader(const QStringList &names) : m_names(names)
{
    for (int i = 0; i < names.size(); ++i) {
        const QString key = names.at(i).trimmed().toLower();
        if (!m_index.contains(key))
            m_index.insert(key, i);
    }
}

} // namespace regionlens::datasets
