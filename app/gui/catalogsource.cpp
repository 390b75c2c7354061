// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsource.h"

#include "analysisviewsupport.h"
#include "boundaryadapter.h"
#include "datasets/store.h"

#include <QCoreApplication>

#include <array>

namespace regionlens::app {

using datasets::CatalogSnapshot;
using datasets::RegionLevel;

struct CatalogSource::Built
{
    CatalogSnapshot snapshot;
    bool japanese = false;   // the language of the names
    QHash<QString, QString> regionNames;
    QHash<QString, QString> qualifiedNames;
    QHash<QString, QString> industryNames;
    std::array<QList<widgets::MapFeature>, 3> features;   // by RegionLevel
};

CatalogSource::CatalogSource(datasets::Store &store, bool japanese, QObject *parent)
    : QObject(parent), m_store(store), m_japanese(japanese), m_built(std::make_shared<const Built>())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CatalogSource::finished);
}

CatalogSource::~CatalogSource()
{
    m_watcher.waitForFinished();
}

CatalogSource *CatalogSource::createBuilt(datasets::Store &store, bool japanese)
{
    auto *source = new CatalogSource(store, japanese);
    source->rebuildNow();
    return source;
}

std::shared_ptr<const CatalogSource::Built> CatalogSource::build(const datasets::Store &store, bool japanese)
{
    return label(CatalogSnapshot::build(store), japanese);
}

std::shared_ptr<const CatalogSource::Built> CatalogSource::label(CatalogSnapshot snapshot, bool japanese)
{
    auto built = std::make_shared<Built>();
    built->snapshot = std::move(snapshot);
    built->japanese = japanese;
    built->regionNames = built->snapshot.regionNames(japanese);
    built->qualifiedNames = built->snapshot.qualifiedRegionNames(japanese);
    built->industryNames = built->snapshot.industryNames(japanese);
    for (RegionLevel level : {RegionLevel::Nation, RegionLevel::Prefecture, RegionLevel::Municipality})
        built->features[int(level)] = toMapFeatures(built->snapshot.boundaries(level), built->qualifiedNames);
    return built;
}

void CatalogSource::setJapanese(bool japanese)
{
    if (japanese == m_japanese)
        return;
    m_japanese = japanese;
    if (isReady())
        adopt(label(m_built->snapshot, japanese));
}

bool CatalogSource::isReady() const
{
    return m_built->snapshot.serial() != 0;
}

const CatalogSnapshot &CatalogSource::snapshot() const
{
    return m_built->snapshot;
}

const QHash<QString, QString> &CatalogSource::regionNames() const
{
    return m_built->regionNames;
}

const QHash<QString, QString> &CatalogSource::qualifiedRegionNames() const
{
    return m_built->qualifiedNames;
}

const QHash<QString, QString> &CatalogSource::industryNames() const
{
    return m_built->industryNames;
}

const QList<widgets::MapFeature> &CatalogSource::mapFeatures(RegionLevel level) const
{
    return m_built->features[int(level)];
}

void CatalogSource::rebuild()
{
    if (!m_store.readableFromOtherThreads()) {
        rebuildNow();
        return;
    }
    if (isBuilding()) {
        m_again = true;
        return;
    }
    start();
}

void CatalogSource::start()
{
    m_again = false;
    // runOnWorker: waitForIdle() never builds on the waiting (GUI) thread.
    m_watcher.setFuture(runOnWorker([path = m_store.path(), japanese = m_japanese] {
        return build(datasets::Store::threadReader(path), japanese);
    }));
}

void CatalogSource::rebuildNow()
{
    m_watcher.waitForFinished();   // its result is older: finished() drops it
    adopt(build(m_store, m_japanese));
}

void CatalogSource::finished()
{
    if (m_again) {   // the store changed while this one was built
        start();
        return;
    }
    if (m_watcher.future().resultCount() > 0)
        adopt(m_watcher.result());
}

void CatalogSource::adopt(std::shared_ptr<const Built> built)
{
    // Serials grow with each build: never go back to an older picture.
    if (!built || built->snapshot.serial() < m_built->snapshot.serial())
        return;
    if (built->japanese != m_japanese)   // built before a language switch
        built = label(built->snapshot, m_japanese);
    m_built = std::move(built);
    emit changed();
}

bool CatalogSource::isBuilding() const
{
    return m_watcher.isRunning() || m_again;
}

void CatalogSource::waitForIdle()
{
    // The watcher's "finished" is a posted event: deliver it here, without
    // spinning the whole event loop; finished() may start one more build.
    for (int guard = 0; guard < 100; ++guard) {
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
        if (!m_watcher.isRunning() && !m_again)
            break;
    }
}

} // namespace regionlens::app
