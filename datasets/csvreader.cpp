// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

CsvReader::CsvReader(QString text, QChar separator)
    : m_text(std::move(text)), m_separator(separator)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool CsvReader::next(QStringList *fields)
{
    // Skip completely empty lines.
    while (m_pos < m_text.size() && (m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r')) {
        if (m_text.at(m_pos) == u'\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size()) {
        fields->clear();
        return false;
    }
    m_recordLine = m_line;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t separator = m_separator.unicode();
    // Fields are copied in one piece into the strings the list already holds
    // (reusing their memory); an empty field is a null QString, as before.
    qsizetype count = 0;
    const auto put = [&](const QChar *from, qsizetype length) {
        if (count < fields->size()) {
            QString &field = (*fields)[count];
            if (length == 0)
                field = QString();
            else
                field.setUnicode(from, length);
        } else {
            fields->append(length == 0 ? QString() : QString(from, length));
        }
        ++count;
    };
    while (true) {
        if (m_pos < size && data[m_pos] == u'"') {
            // Quoted field: a view of the text unless it holds doubled quotes.
            const qsizetype start = ++m_pos;
            bool doubled = false;
            bool closed = false;
            while (m_pos < size) {
                const char16_t c = data[m_pos].unicode();
                if (c == u'"') {
                    if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
                        doubled = true;
                        m_pos += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                ++m_pos;
            }
            const qsizetype end = m_pos;
            if (closed)
                ++m_pos;   // the closing quote
            // Text after the closing quote belongs to the same field ("ab"c → abc).
            const qsizetype rest = m_pos;
            while (m_pos < size) {
                const char16_t c = data[m_pos].unicode();
                if (c == separator || c == u'\r' || c == u'\n')
                    break;
                ++m_pos;
            }
            if (!doubled && rest == m_pos) {
                put(data + start, end - start);
            } else {
                m_scratch.clear();
                for (qsizetype k = start; k < end; ++k) {
                    m_scratch.append(data[k]);
                    if (data[k] == u'"')
                        ++k;   // the second quote of a pair
                }
                m_scratch.append(data + rest, m_pos - rest);
                put(m_scratch.constData(), m_scratch.size());
            }
            if (!closed) {
                if (m_error.isEmpty())
                    m_error = u"line %1: a quoted field is not closed before the end of the file"_s.arg(m_recordLine);
                break;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size) {
                const char16_t c = data[m_pos].unicode();
                if (c == separator || c == u'\r' || c == u'\n')
                    break;
                ++m_pos;
            }
            put(data + start, m_pos - start);
        }
        if (m_pos >= size)
            break;
        const char16_t c = data[m_pos].unicode();
        if (c == separator) {
            ++m_pos;
            if (m_pos >= size) {   // a separator at the very end: one more, empty field
                put(nullptr, 0);
                break;
            }
            continue;
        }
        // End of the record.
        if (c == u'\r' && m_pos + 1 < size && data[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        break;
    }
    if (fields->size() > count)
        fields->resize(count);
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
