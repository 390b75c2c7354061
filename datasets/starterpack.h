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
};

// Loads catalogues, indicators, observations, flows and boundaries in one
// transaction. progress(fraction) returning false cancels (nothing is kept).
bool loadStarterPack(Store &store, QString *error, StarterPackSummary *summary = nullptr,
                     const std::function<bool(double)> &progress = {});

// Opens path, creating the store and loading the starter pack when it is new.
bool openOrCreateStore(Store &store, const QString &path, QString *error);

} // namespace regionlens::datasets
