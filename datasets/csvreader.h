// SPDX-License-Identifier: GPL-3.0-or-later
// A small RFC 4180 CSV reader over a decoded text buffer: quoted fields,
// doubled quotes, CR/LF or LF line ends, a leading BOM, and 1-based line
// numbers for error messages (a quoted field may span lines).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

class CsvReader
{
public:
    explicit CsvReader(QString text, QChar separator = QLatin1Char(','));

    // Reads the next record; false at the end of input.
    bool next(QStringList *fields);
    // Line on which the record last returned by next() started (1-based).
    int line() const { return m_recordLine; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    // Fraction of the input consumed, for progress.
    double progress() const { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }
    // Set when a quoted field was not closed before the end of input.
    QString errorString() const { return m_error; }

private:
    QString m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    QString m_scratch;   // a quoted field with doubled quotes
};

// Maps header names to column indices; lookups are case-insensitive.
class CsvHeader
{
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList &names);
    int indexOf(const QString &name) const { return m_index.value(name.toLower(), -1); }
    bool contains(const QString &name) const { return m_index.contains(name.toLower()); }
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

} // namespace regionlens::datasets
