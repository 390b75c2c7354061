// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner: runs one page result in the background — read the store on a
// worker, compute, hand the result to the GUI thread — and keeps only the
// newest. One runner per independent result of a page (e.g. the prefecture
// result and the municipal result); AnalysisPage::addRunner() makes them.
//
//   runner->run(
//       [indicator, year](const datasets::Store &store) { return loadX(store, indicator, year); },   // worker
//       [](const XInputs &in, const analysis::ProgressFn &progress) { return computeX(in, progress); },// worker
//       [this](XResult result) { m_result = std::move(result); redraw(); });                       // GUI thread
//
// - load(const Store &) reads through the worker thread's own read-only
//   connection (Store::threadReader), so the GUI thread runs no SQL. A store
//   in memory cannot be opened twice: then load runs on the calling thread
//   and only compute on a worker. load and compute must not touch the page
//   or its widgets: capture copies of what they need (a CatalogSnapshot is
//   cheap to copy).
// - compute(inputs) or compute(inputs, progress): the ProgressFn returns
//   false once the job is stale (a newer run() or cancel()) or the runner is
//   destroyed; pass it down to the analysis layer's entry points so that a
//   stale computation stops early. Its result is dropped either way.
// - deliver(result) runs on the runner's thread for the newest job only.
//   It may start new jobs (on this or another runner).
// - runCompute(compute, deliver): the same without a store read.
// - runFor(key, load, compute, deliver): a result worth keeping per key
//   (e.g. "employees/2021"): nothing starts when key is the key of the last
//   delivered result or of the job running; deliveredKey() says which key
//   the last delivery had (hasDelivered(key): that it was key, not empty),
//   forgetKey() forgets it (the data changed).
// - drain() waits for the newest job and delivers it now (no event loop;
//   the job is never pulled onto the waiting thread), repeatedly while
//   deliver starts another: for tests, the region report and waitForIdle().
// - The destructor cancels and waits for every job still running.
#pragma once

#include "analysis/analysiscommon.h"
#include "datasets/store.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace regionlens::app {

class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(const datasets::Store &store, QObject *parent = nullptr);
    ~JobRunner() override;

    template<typename Load, typename Compute, typename Deliver>
    void run(Load load, Compute compute, Deliver deliver);
    template<typename Compute, typename Deliver>
    void runCompute(Compute compute, Deliver deliver);
    // Returns false when nothing was started (see above).
    template<typename Load, typename Compute, typename Deliver>
    bool runFor(const QString &key, Load load, Compute compute, Deliver deliver);
    QString deliveredKey() const { return m_deliveredKey; }
    bool hasDelivered(const QString &key) const { return !key.isEmpty() && key == m_deliveredKey; }
    void forgetKey() { m_deliveredKey.clear(); }

    // True from run() until the newest job is delivered or cancelled.
    bool isBusy() const { return m_busy; }
    // Waits for the newest job and delivers it (see above).
    void drain();
    // Drops the newest job (its ProgressFn returns false from now on); not busy.
    void cancel();
    // Counts run() calls; a job's result is delivered only while its
    // generation is the newest.
    quint64 generation() const { return m_generation; }

signals:
    // true when a job starts on an idle runner, false when the runner is
    // idle again (after the newest job's delivery, or cancel()).
    void busyChanged(bool busy);

private:
    struct Latch;
    struct Shared
    {
        std::atomic<quint64> generation{0};
    };

    template<typename Compute, typename Inputs>
    static auto invokeCompute(Compute &compute, const Inputs &inputs, const analysis::ProgressFn &progress)
    {
        if constexpr (std::is_invocable_v<Compute &, const Inputs &, const analysis::ProgressFn &>)
            return compute(inputs, progress);
        else
            return compute(inputs);
    }

    // A new generation: the previous job becomes stale.
    quint64 begin();
    analysis::ProgressFn progressFor(quint64 generation) const;
    // Starts work on the global thread pool (never stolen onto a waiting
    // thread), then queues finish(generation); deliver runs there if the job
    // is still the newest.
    void start(quint64 generation, std::function<void()> work, std::function<void()> deliver);
    void finish(quint64 generation);

    const datasets::Store &m_store;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    quint64 m_generation = 0;
    bool m_busy = false;
    std::function<void()> m_deliver;
    QString m_runningKey;     // of the newest job, if started by runFor()
    QString m_deliveredKey;   // of the last delivery, if by runFor()
    std::shared_ptr<Latch> m_current;
    QList<std::shared_ptr<Latch>> m_running;   // every job not yet finished, for the destructor
};

template<typename Load, typename Compute, typename Deliver>
void JobRunner::run(Load load, Compute compute, Deliver deliver)
{
    using Inputs = std::decay_t<std::invoke_result_t<Load &, const datasets::Store &>>;
    using Result = std::decay_t<decltype(invokeCompute(compute, std::declval<const Inputs &>(),
                                                       std::declval<const analysis::ProgressFn &>()))>;
    const quint64 gen = begin();
    auto slot = std::make_shared<std::optional<Result>>();
    const analysis::ProgressFn progress = progressFor(gen);
    auto calculate = [slot, progress, compute = std::move(compute)](const Inputs &inputs) mutable {
        if (progress(0.0))
            slot->emplace(invokeCompute(compute, inputs, progress));
    };
    std::function<void()> work;
    if (m_store.readableFromOtherThreads()) {
        work = [path = m_store.path(), load = std::move(load), calculate = std::move(calculate), progress]() mutable {
            if (progress(0.0))
                calculate(load(datasets::Store::threadReader(path)));
        };
    } else {
        work = [inputs = std::make_shared<const Inputs>(load(m_store)), calculate = std::move(calculate)]() mutable {
            calculate(*inputs);
        };
    }
    start(gen, std::move(work), [slot, deliver = std::move(deliver)]() mutable {
        if (*slot)
            deliver(std::move(**slot));
    });
}

template<typename Compute, typename Deliver>
void JobRunner::runCompute(Compute compute, Deliver deliver)
{
    using Result = std::decay_t<std::invoke_result_t<Compute &, const analysis::ProgressFn &>>;
    const quint64 gen = begin();
    auto slot = std::make_shared<std::optional<Result>>();
    const analysis::ProgressFn progress = progressFor(gen);
    start(
        gen,
        [slot, progress, compute = std::move(compute)]() mutable {
            if (progress(0.0))
                slot->emplace(compute(progress));
        },
        [slot, deliver = std::move(deliver)]() mutable {
            if (*slot)
                deliver(std::move(**slot));
        });
}

template<typename Load, typename Compute, typename Deliver>
bool JobRunner::runFor(const QString &key, Load load, Compute compute, Deliver deliver)
{
    if ((!key.isEmpty() && key == m_deliveredKey) || (m_busy && key == m_runningKey))
        return false;
    run(std::move(load), std::move(compute), [this, key, deliver = std::move(deliver)](auto result) mutable {
        m_deliveredKey = key;
        deliver(std::move(result));
    });
    m_runningKey = key;
    return true;
}

} // namespace regionlens::app
