// SPDX-License-Identifier: GPL-3.0-or-later
// Converts boundaries from the store into the map widget's value structs.
#pragma once

#include "datasets/geometry.h"
#include "widgets/choroplethmap.h"

#include <QHash>

namespace regionlens::app {

QList<widgets::MapFeature> toMapFeatures(const QList<datasets::BoundaryFeature> &features,
                                         const QHash<QString, QString> &names);

} // namespace regionlens::app
