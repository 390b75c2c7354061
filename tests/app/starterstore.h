// SPDX-License-Identifier: GPL-3.0-or-later
// A store with the starter pack at path, as regionlens-cli creates its
// default store on first use. The CLI's read commands do not create a store
// named by --db, so the CLI tests make theirs first.
#pragma once

#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QString>

inline bool createStarterStore(const QString &path, QString *error)
{
    regionlens::datasets::Store store;
    return regionlens::datasets::openOrCreateStore(store, path, error);
}
