// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement tests' machinery: a shared figure computed in process through
// an adapter (as the GUI's pages and the region report ask it) and by
// `regionlens-cli … --format json` as a process, compared value by value to
// 1e-12 relative. REGIONLENS_CLI (the CLI's path) is defined by the test target.
#pragma once

#include "datasets/adapters/industrytables.h"
#include "datasets/store.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace regionlens::test::agreement {

// key (the key columns' values joined by '|') → column → value.
using Table = QHash<QString, QHash<QString, double>>;

struct Figure
{
    QStringList cli;                 // command and options, without --db and --format
    QStringList keys;                // JSON columns naming a row, e.g. region_code, industry_code
    QStringList values;              // JSON columns compared
    QStringList rows;                // the keys compared (each must be in both tables)
    std::function<Table(const datasets::Store &)> adapter;
};

QString key(const QStringList &parts);

// The members of a preset group, as the page's selection holds them.
QList<datasets::RegionAggregate> preset(const QString &id);

// Identical up to 1e-12 relative (NaN = null in the JSON on both sides).
bool agree(double a, double b);

// The CLI's table for figure on the store at db; empty with *error on failure.
Table runCli(const Figure &figure, const QString &db, QString *error);

// Empty when the adapter on store and the CLI on db agree on every row and
// value of figure; otherwise what differs (the first difference).
QString compare(const Figure &figure, const datasets::Store &store, const QString &db);

} // namespace regionlens::test::agreement

Q_DECLARE_METATYPE(regionlens::test::agreement::Figure)
