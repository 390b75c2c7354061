// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::cli {

const QStringList &valueOptions()
{
    static const QStringList names = {
        u"--db"_s,      u"--indicator"_s, u"--year"_s,   u"--level"_s,     u"--industry"_s, u"--input"_s,
        u"--measure"_s, u"--reference"_s, u"--top"_s,    u"--format"_s,    u"--from"_s,     u"--to"_s,
        u"--method"_s,  u"--population"_s, u"--model"_s, u"--decay"_s,     u"--distance"_s, u"--region"_s,
        u"--out"_s,     u"--lang"_s,      u"--sex"_s,    u"--age"_s,       u"--encoding"_s, u"--unit"_s,
        u"--code-property"_s, u"--name-property"_s, u"--app-id"_s, u"--stats-data-id"_s, u"--api-url"_s, u"--layer"_s,
        u"--totals"_s, u"--population-indicator"_s, u"--group"_s,
        u"--demand"_s, u"--type"_s, u"--consumption-ratio"_s, u"--value-added"_s, u"--table"_s, u"--delta"_s,
        u"--base"_s, u"--rates-from"_s, u"--scenario"_s, u"--tfr-target"_s, u"--tfr-year"_s, u"--migration-zero-from"_s,
        u"--rate-periods"_s, u"--app-id-file"_s, u"--threshold"_s,
        u"--search"_s, u"--theme"_s, u"--category"_s, u"--peers"_s, u"--sections"_s, u"--per"_s, u"--parent"_s, u"--k"_s, u"--change"_s,
    };
    return names;
}

bool parseArguments(const QStringList &argv, Arguments *out, QString *error)
{
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg.startsWith(u"--"_s)) {
            QString name = arg;
            QString value;
            const qsizetype eq = arg.indexOf(u'=');
            if (eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
            } else if (valueOptions().contains(name)) {
                if (i + 1 >= argv.size()) {
                    *error = u"option %1 needs a value"_s.arg(name);
                    return false;
                }
                value = argv.at(++i);
            } else {
                value = u"1"_s;
            }
            out->options.insert(name, value);
        } else if (out->command.isEmpty()) {
            out->command = arg;
        } else {
            out->positional.append(arg);
        }
    }
    return true;
}

QString csvField(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')) {
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }
    return text;
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QString();
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

QString storePath(const Arguments &args)
{
    return args.value(u"--db"_s, datasets::Store::defaultPath());
}

QString missingStoreMessage(const QString &path)
{
    return u"the store %1 does not exist (--db must name an existing store; 'regionlens-cli import FILE --db PATH' "
           u"creates a new one)"_s.arg(path);
}

bool openStoreForReading(Context &ctx, datasets::Store &store)
{
    const QString path = storePath(ctx.args);
    QString error;
    QString note;
    switch (datasets::openStoreForReading(store, path, !ctx.args.has(u"--db"_s), &error, &note)) {
    case datasets::ReadOpen::Opened:
        if (!note.isEmpty())
            ctx.err << "regionlens-cli: " << note << '\n';
        return true;
    case datasets::ReadOpen::Missing:
        ctx.err << "regionlens-cli: " << missingStoreMessage(path) << '\n';
        return false;
    case datasets::ReadOpen::Failed:
        break;
    }
    ctx.err << "regionlens-cli: " << error << '\n';
    return false;
}

} // namespace regionlens::cli
