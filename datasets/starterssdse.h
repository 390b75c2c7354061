// SPDX-License-Identifier: GPL-3.0-or-later
// The SSDSE part of the starter pack (issue 12): every item of SSDSE-A (2021
// and 2026 editions, municipalities), SSDSE-B (prefectures 2011–2022),
// SSDSE-E (prefectures and 全国) and SSDSE-C (household food spending of the
// prefectural capitals, under their prefecture), compiled by
// scripts/compile_ssdse_starter.py into datasets/starter/ssdse_items.csv and
// ssdse_values_{municipality,prefecture}.csv (one row per indicator and year,
// one column per region; an empty cell is missing and is not stored, never 0).
#pragma once

#include <QString>

#include <functional>

namespace regionlens::datasets {

class Store;

// Writes the indicators (names, units, 出典, licence, notes from the catalogue)
// and their values; call inside Store::transaction(). *count grows by the
// values written. progress(fraction in [from, to]) returning false cancels.
bool loadSsdseStarter(Store &store, QString *error, qint64 *count,
                      const std::function<bool(double)> &progress = {}, double from = 0.0, double to = 1.0);

} // namespace regionlens::datasets
