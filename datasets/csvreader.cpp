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
    fields->clear();
    // Skip completely empty lines.
    while (m_pos < m_text.size() && (m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r')) {
        if (m_text.at(m_pos) == u'\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    while (m_pos < size) {
        const QChar c = data[m_pos];
        if (quoted) {
            if (c == u'"') {
                if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == u'\n')
                ++m_line;
            field.append(c);
            ++m_pos;
            continue;
        }
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            ++m_pos;
            continue;
        }
        if (c == m_separator) {
            fields->append(field);
            field.clear();
            fieldStart = true;
            ++m_pos;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_pos + 1 < size && data[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            fields->append(field);
            return true;
        }
        field.append(c);
        fieldStart = false;
        ++m_pos;
    }
    if (quoted && m_error.isEmpty())
        m_error = u"line %1: a quoted field is not closed before the end of the file"_s.arg(m_recordLine);
    fields->append(field);
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
