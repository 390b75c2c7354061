// SPDX-License-Identifier: GPL-3.0-or-later
// The one writer of the commands' result tables (CSV or JSON on standard
// output). CSV cells go straight into a byte buffer as UTF-8: numbers in the
// shortest form that reads back as the same double (std::to_chars; whole
// numbers below 1e15 as integers, NaN as an empty cell), text quoted when it
// holds a comma, a quote or a line end. JSON is QJsonDocument's, as before.
// The buffer goes to the output stream's device in 64 KiB blocks and every
// write is checked: a failed one marks the stream WriteFailed, which main()
// reports ("cannot write the output …", exit 1).
//
//   TableWriter out(ctx, format, {u"region_code"_s, u"lq"_s});
//   out << code << lq;
//   out.endRow();
#pragma once

#include "cli.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace regionlens::cli::support {

enum class OutputFormat { Csv, Json };

class TableWriter
{
public:
    TableWriter(Context &ctx, OutputFormat format, const QStringList &columns);
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    TableWriter &operator<<(const QString &text);
    TableWriter &operator<<(double value);
    TableWriter &operator<<(int value) { return *this << qint64(value); }
    TableWriter &operator<<(qint64 value);
    TableWriter &operator<<(bool value);
    TableWriter &operator<<(const QVariant &cell);   // QString, int/qint64, double or bool
    void endRow();
    // Writes what is left; false when a write failed. Called by the destructor.
    bool finish();

private:
    void separator();
    void jsonCell(const QJsonValue &value);
    void flushBuffer();

    Context &m_ctx;
    OutputFormat m_format;
    QStringList m_columns;
    QByteArray m_buffer;
    int m_cell = 0;
    bool m_failed = false;
    bool m_finished = false;
    // JSON
    QJsonArray m_array;
    QJsonObject m_object;
};

// A shortest round-trip number as a CSV cell (see above).
void appendNumber(QByteArray *out, double value);

} // namespace regionlens::cli::support
