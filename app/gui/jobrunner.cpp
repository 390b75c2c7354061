// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include <QMetaObject>
#include <QThreadPool>

#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>

namespace regionlens::app {

// Set once a job's work has returned. QFuture::waitForFinished() would run a
// job that has not started yet on the waiting (GUI) thread, reading the
// store there; waiting on this never does.
struct JobRunner::Latch
{
    std::mutex mutex;
    std::condition_variable condition;
    bool done = false;

    void open()
    {
        {
            const std::lock_guard lock(mutex);
            done = true;
        }
        condition.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        condition.wait(lock, [this] { return done; });
    }
    bool isOpen()
    {
        const std::lock_guard lock(mutex);
        return done;
    }
};

JobRunner::JobRunner(const datasets::Store &store, QObject *parent) : QObject(parent), m_store(store)
{
}

JobRunner::~JobRunner()
{
    m_shared->generation = std::numeric_limits<quint64>::max();   // every ProgressFn says stop
    for (const std::shared_ptr<Latch> &latch : std::as_const(m_running))
        latch->wait();
}

quint64 JobRunner::begin()
{
    m_running.removeIf([](const std::shared_ptr<Latch> &latch) { return latch->isOpen(); });
    m_runningKey.clear();
    m_shared->generation = ++m_generation;
    return m_generation;
}

analysis::ProgressFn JobRunner::progressFor(quint64 generation) const
{
    return [shared = m_shared, generation](double) { return shared->generation.load() == generation; };
}

void JobRunner::start(quint64 generation, std::function<void()> work, std::function<void()> deliver)
{
    auto latch = std::make_shared<Latch>();
    m_running.append(latch);
    m_current = latch;
    m_deliver = std::move(deliver);
    const bool wasBusy = std::exchange(m_busy, true);
    // The runner outlives the work (the destructor waits for the latch), so
    // the queued call is safe; it is dropped if the runner is gone by then.
    QThreadPool::globalInstance()->start([this, generation, latch, work = std::move(work)] {
        try {
            work();
        } catch (const std::exception &e) {
            qWarning("JobRunner: a job failed: %s", e.what());
        } catch (...) {
            qWarning("JobRunner: a job failed");
        }
        QMetaObject::invokeMethod(this, [this, generation] { finish(generation); }, Qt::QueuedConnection);
        latch->open();
    });
    if (!wasBusy)
        emit busyChanged(true);
}

void JobRunner::finish(quint64 generation)
{
    if (!m_busy || generation != m_generation)
        return;   // stale, or already delivered by drain()
    m_busy = false;
    m_current.reset();
    const std::function<void()> deliver = std::exchange(m_deliver, {});
    deliver();
    if (!m_busy)
        emit busyChanged(false);
}

void JobRunner::drain()
{
    for (int guard = 0; m_busy && guard < 100; ++guard) {
        const quint64 generation = m_generation;
        const std::shared_ptr<Latch> latch = m_current;
        if (latch)
            latch->wait();
        finish(generation);
    }
}

void JobRunner::cancel()
{
    m_runningKey.clear();
    m_shared->generation = ++m_generation;
    if (!std::exchange(m_busy, false))
        return;
    m_current.reset();
    m_deliver = {};
    emit busyChanged(false);
}

} // namespace regionlens::app
