// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled starter pack: official figures compiled into the binary (see
// datasets/starter/SOURCES.md) and the Natural Earth prefecture boundaries.
#pragma once

#include <QString>

#include <functional>

namespace regionlens::datasets {

class Store;

struct StarterPackSummary
{
    qint64 observations = 0;
    qint64 flows = 0;
    int municipalities = 0;
    int boundaries = 0;
    int ioTables = 0;   // input-output tables (io_2015_12sector*.csv)
};

// Loads catalogues, indicators, observations, flows, boundaries and io tables in one
// transaction. progress(fraction) returning false cancels (nothing is kept).
bool loadStarterPack(Store &store, QString *error, StarterPackSummary *summary = nullptr,
                     const std::function<bool(double)> &progress = {});

// Opens path, creating the store and loading the starter pack when it is new.
bool openOrCreateStore(Store &store, const QString &path, QString *error);

// How a front end that only reads (the CLI's read commands, the report)
// opens its store: read-only, so that a read never writes. A path that does
// not exist is Missing (nothing is created) unless createIfMissing (the
// default store on first use: created with the starter pack). A read-only
// connection cannot migrate: a store of another schema version, or one left
// without data (its first start interrupted), is opened once normally
// (openOrCreateStore) and then reopened read-only; *note then says so.
enum class ReadOpen { Opened, Missing, Failed };
ReadOpen openStoreForReading(Store &store, const QString &path, bool createIfMissing, QString *error,
                             QString *note = nullptr);

} // namespace regionlens::datasets
