// SPDX-License-Identifier: GPL-3.0-or-later
// What an analysis page is made with: the store (for reads on a worker
// through Store::threadReader), the shared region selection, the catalogue
// (names, years, industries, boundaries: no SQL on the GUI thread) and the
// UI language. The page registry's factories take it.
#pragma once

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class CatalogSource;
class RegionSelection;

struct PageContext
{
    datasets::Store &store;
    RegionSelection &selection;
    CatalogSource &catalog;
    bool japanese;
};

} // namespace regionlens::app
