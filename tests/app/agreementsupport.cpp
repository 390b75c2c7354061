// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsupport.h"

#include "datasets/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::test::agreement {

QString key(const QStringList &parts)
{
    return parts.join(u'|');
}

QList<datasets::RegionAggregate> preset(const QString &id)
{
    for (const datasets::RegionGroup &g : datasets::catalog::presets())
        if (g.id == id)
            return {{u"group:"_s + id, g.members}};
    return {};
}

bool agree(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

Table runCli(const Figure &f, const QString &db, QString *error)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
    p.setArguments(f.cli + QStringList{u"--db"_s, db, u"--format"_s, u"json"_s});
    p.start();
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    Table t;
    const QJsonArray array = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (const QString &k : f.keys)
            parts << o.value(k).toVariant().toString();
        QHash<QString, double> row;
        for (const QString &c : f.values)
            row.insert(c, o.value(c).isNull() ? std::nan("") : o.value(c).toDouble(std::nan("")));
        t.insert(key(parts), row);
    }
    return t;
}

QString compare(const Figure &figure, const datasets::Store &store, const QString &db)
{
    QString error;
    const Table cli = runCli(figure, db, &error);
    if (cli.isEmpty())
        return u"regionlens-cli %1: %2"_s.arg(figure.cli.join(u' '), error);
    const Table gui = figure.adapter(store);
    if (gui.isEmpty())
        return u"the adapter gave no rows for regionlens-cli %1"_s.arg(figure.cli.join(u' '));
    for (const QString &row : figure.rows) {
        if (!cli.contains(row))
            return u"the CLI has no row %1"_s.arg(row);
        if (!gui.contains(row))
            return u"the adapter has no row %1"_s.arg(row);
        for (const QString &column : figure.values) {
            if (!gui.value(row).contains(column))
                return u"the adapter's row %1 has no column %2"_s.arg(row, column);
            const double a = gui.value(row).value(column);
            const double b = cli.value(row).value(column, std::nan(""));
            if (!std::isfinite(a))
                return u"%1 %2 is not a number"_s.arg(row, column);
            if (!agree(a, b))
                return u"%1 %2: GUI adapter %3, CLI %4"_s.arg(row, column).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
        }
    }
    return {};
}

} // namespace regionlens::test::agreement
