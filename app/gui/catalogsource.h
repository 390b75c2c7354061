// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's current catalogue snapshot of its store. Rebuilt on a worker
// (through Store::threadReader) after the store opens and after each import;
// changed() says that a newer snapshot is in. With it come what every page
// and map would otherwise make for itself from the snapshot: display names
// in the UI language and the map features of each level (made once, on the
// worker, and shared by every map). Nothing here runs SQL on the GUI thread
// except rebuildNow() and a store in memory, which another thread cannot
// open.
#pragma once

#include "datasets/catalogsnapshot.h"
#include "widgets/choroplethmap.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class CatalogSource : public QObject
{
    Q_OBJECT

public:
    // Holds an empty snapshot (isReady() false) until the first rebuild.
    CatalogSource(datasets::Store &store, bool japanese, QObject *parent = nullptr);
    ~CatalogSource() override;   // waits for a build still running
    // A new source (no parent) with its first snapshot built here, for the
    // standalone constructors of the views (tests, benchmarks).
    static CatalogSource *createBuilt(datasets::Store &store, bool japanese);

    datasets::Store &store() const { return m_store; }
    bool japanese() const { return m_japanese; }
    // The UI language changed: the names and map features are made anew in
    // it from the same snapshot (no store read) and changed() follows; a
    // build still running is relabelled when it comes in.
    void setJapanese(bool japanese);
    bool isReady() const;
    const datasets::CatalogSnapshot &snapshot() const;

    // Made from snapshot() in the UI language (see CatalogSnapshot).
    const QHash<QString, QString> &regionNames() const;
    const QHash<QString, QString> &qualifiedRegionNames() const;
    const QHash<QString, QString> &industryNames() const;
    // The boundaries of a level as map features named with
    // qualifiedRegionNames(); the same shared list for every caller.
    const QList<widgets::MapFeature> &mapFeatures(datasets::RegionLevel level) const;

    // Builds a new snapshot on a worker (a store in memory: here, at once)
    // and emits changed() once it is in. Asked again while a build runs, it
    // builds once more after it, so the last snapshot reflects the store.
    void rebuild();
    // Builds here and now and emits changed() (tests, offscreen reports).
    void rebuildNow();
    bool isBuilding() const;
    // Blocks until no build is pending and the last one is in.
    void waitForIdle();

signals:
    void changed();

private:
    struct Built;
    static std::shared_ptr<const Built> build(const datasets::Store &store, bool japanese);
    static std::shared_ptr<const Built> label(datasets::CatalogSnapshot snapshot, bool japanese);
    void start();
    void finished();
    void adopt(std::shared_ptr<const Built> built);

    datasets::Store &m_store;
    bool m_japanese;
    std::shared_ptr<const Built> m_built;
    QFutureWatcher<std::shared_ptr<const Built>> m_watcher;
    bool m_again = false;   // rebuild() while building
};

} // namespace regionlens::app
