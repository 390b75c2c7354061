// SPDX-License-Identifier: GPL-3.0-or-later
// The project's one RFC 4180 CSV reader: quoted fields, doubled quotes,
// CR/LF or LF line ends, a leading BOM, and 1-based line numbers for error
// messages (a quoted field may span lines).
//
// CsvTokenizer does the work over either a decoded text (UTF-16, the
// importers) or UTF-8 bytes (the CLI's --input files, read without decoding
// the whole file): the same rules, the same fields, the same line numbers,
// since every character the grammar looks at is ASCII. It hands out views
// into the text; CsvReader wraps the UTF-16 one and copies fields into a
// QStringList, as the importers need.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace regionlens::datasets {

template<typename Char>
class CsvTokenizer
{
public:
    using View = std::basic_string_view<Char>;

    CsvTokenizer() = default;
    // The text must outlive the tokenizer; a leading BOM is skipped.
    CsvTokenizer(const Char *data, qsizetype size, Char separator = Char(','));

    // Reads the next record; false at the end of input. The views point into
    // the text, or into the tokenizer's own buffer for a field with doubled
    // quotes or text after its closing quote; they stay valid until the next
    // call. An empty field is an empty view.
    bool next(std::vector<View> *fields);
    // Line on which the record last returned by next() started (1-based).
    int line() const { return m_recordLine; }
    bool atEnd() const { return m_pos >= m_size; }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_size; }
    // Set when a quoted field was not closed before the end of input.
    const QString &errorString() const { return m_error; }

private:
    struct Unquoted   // a field copied into m_scratch
    {
        qsizetype field = 0;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    const Char *m_data = nullptr;
    qsizetype m_size = 0;
    Char m_separator = Char(',');
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    std::vector<Unquoted> m_unquoted;
    std::basic_string<Char> m_scratch;
};

extern template class CsvTokenizer<char>;
extern template class CsvTokenizer<char16_t>;

class CsvReader
{
public:
    explicit CsvReader(QString text, QChar separator = QLatin1Char(','));

    // Reads the next record; false at the end of input. An empty field is a
    // null QString.
    bool next(QStringList *fields);
    // Line on which the record last returned by next() started (1-based).
    int line() const { return m_tokens.line(); }
    bool atEnd() const { return m_tokens.atEnd(); }
    // Fraction of the input consumed, for progress.
    double progress() const
    {
        return m_tokens.size() == 0 ? 1.0 : double(m_tokens.position()) / double(m_tokens.size());
    }
    // Set when a quoted field was not closed before the end of input.
    QString errorString() const { return m_tokens.errorString(); }

private:
    QString m_text;
    CsvTokenizer<char16_t> m_tokens;
    std::vector<std::u16string_view> m_views;
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
