// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablewriter.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::cli::support {
namespace {

constexpr qsizetype kBlock = 64 * 1024;

void appendText(QByteArray *out, const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n');
    if (quote)
        out->append('"');
    bool ascii = true;
    for (const QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii && !quote) {
        const qsizetype at = out->size();
        out->resize(at + text.size());
        char *to = out->data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
    } else {
        QString copy = text;
        if (quote)
            copy.replace(u"\""_s, u"\"\""_s);
        out->append(copy.toUtf8());
    }
    if (quote)
        out->append('"');
}

void appendInteger(QByteArray *out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, qsizetype(result.ptr - buffer));
}

} // namespace

void appendNumber(QByteArray *out, double value)
{
    if (std::isnan(value))
        return;
    if (value == std::floor(value) && std::abs(value) < 1e15) {
        appendInteger(out, qint64(value));
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, qsizetype(result.ptr - buffer));
}

TableWriter::TableWriter(Context &ctx, OutputFormat format, const QStringList &columns)
    : m_ctx(ctx), m_format(format), m_columns(columns)
{
    if (m_format == OutputFormat::Json)
        return;
    m_buffer.reserve(kBlock + 4096);
    for (const QString &c : columns)
        *this << c;
    endRow();
}

TableWriter::~TableWriter()
{
    finish();
}

void TableWriter::jsonCell(const QJsonValue &value)
{
    // Cells beyond the columns are dropped, as before.
    if (m_cell < m_columns.size())
        m_object.insert(m_columns.at(m_cell), value);
    ++m_cell;
}

void TableWriter::separator()
{
    if (m_cell++ > 0)
        m_buffer.append(',');
}

TableWriter &TableWriter::operator<<(const QString &text)
{
    if (m_format == OutputFormat::Json) {
        jsonCell(QJsonValue(text));
        return *this;
    }
    separator();
    appendText(&m_buffer, text);
    return *this;
}

TableWriter &TableWriter::operator<<(double value)
{
    if (m_format == OutputFormat::Json) {
        jsonCell(std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null));
        return *this;
    }
    separator();
    appendNumber(&m_buffer, value);
    return *this;
}

TableWriter &TableWriter::operator<<(qint64 value)
{
    if (m_format == OutputFormat::Json) {
        jsonCell(QJsonValue(value));
        return *this;
    }
    separator();
    appendInteger(&m_buffer, value);
    return *this;
}

TableWriter &TableWriter::operator<<(bool value)
{
    if (m_format == OutputFormat::Json) {
        jsonCell(QJsonValue(value));
        return *this;
    }
    separator();
    m_buffer.append(value ? "true" : "false");
    return *this;
}

TableWriter &TableWriter::operator<<(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
        return *this << cell.toDouble();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return *this << cell.toLongLong();
    case QMetaType::Bool:
        return *this << cell.toBool();
    default:
        return *this << cell.toString();
    }
}

void TableWriter::endRow()
{
    if (m_format == OutputFormat::Json) {
        // A short row: its last columns are empty strings, as before.
        for (; m_cell < m_columns.size(); ++m_cell)
            m_object.insert(m_columns.at(m_cell), QJsonValue(QString()));
        m_array.append(m_object);
        m_object = QJsonObject();
        m_cell = 0;
        return;
    }
    m_buffer.append('\n');
    m_cell = 0;
    if (m_buffer.size() >= kBlock)
        flushBuffer();
}

void TableWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return;
    if (!m_failed) {
        m_ctx.out.flush();   // what was written through the stream before goes first
        if (QIODevice *device = m_ctx.out.device())
            m_failed = device->write(m_buffer) != m_buffer.size();
        else
            m_ctx.out << QString::fromUtf8(m_buffer);
        if (m_failed)
            m_ctx.out.setStatus(QTextStream::WriteFailed);
    }
    m_buffer.clear();
}

bool TableWriter::finish()
{
    if (m_finished)
        return !m_failed;
    m_finished = true;
    if (m_format == OutputFormat::Json)
        m_buffer = QJsonDocument(m_array).toJson(QJsonDocument::Indented);
    flushBuffer();
    if (!m_failed)
        if (auto *file = qobject_cast<QFileDevice *>(m_ctx.out.device()); file && !file->flush()) {
            m_failed = true;
            m_ctx.out.setStatus(QTextStream::WriteFailed);
        }
    return !m_failed;
}

} // namespace regionlens::cli::support
