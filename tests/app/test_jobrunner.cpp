// SPDX-License-Identifier: GPL-3.0-or-later
// The pages' JobRunner on a store on a file and on one in memory: only the
// newest job is delivered, a newer job or the runner's end cancels the
// running one through its ProgressFn, drain() delivers without an event
// loop (also a job started by a delivery), and a store on a file is read on
// a worker through its own connection.
#include "testhelpers.h"

#include "datasets/store.h"
#include "jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// Blocks a job until released (or 10 s pass), so that tests decide when it ends.
struct Gate
{
    std::atomic<bool> open{false};
    void wait() const
    {
        QElapsedTimer timer;
        timer.start();
        while (!open && timer.elapsed() < 10000)
            QThread::msleep(1);
    }
};

// Calls progress until it says stop (or 10 s pass); true if it said stop.
bool spinUntilCancelled(const analysis::ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (!progress(0.5))
            return true;
        QThread::msleep(1);
    }
    return false;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_file;
    datasets::Store m_memory;

    datasets::Store &store(bool onFile) { return onFile ? m_file : m_memory; }

    static bool addIndicator(datasets::Store &store, const QString &id)
    {
        return store.transaction([&](QString *error) {
            datasets::IndicatorInfo info;
            info.id = id;
            info.nameEn = u"Test"_s;
            info.kind = u"observation"_s;
            return store.writeIndicator(info, error);
        });
    }

    static void addStoreColumn()
    {
        QTest::addColumn<bool>("onFile");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.open(m_dir.filePath(u"jobs.sqlite"_s)));
        QVERIFY(m_memory.open(u":memory:"_s));
        QVERIFY(m_file.readableFromOtherThreads());
        QVERIFY(!m_memory.readableFromOtherThreads());
        QVERIFY(addIndicator(m_file, u"on_file"_s));
        QVERIFY(addIndicator(m_memory, u"in_memory"_s));
    }

    void onlyNewestDelivered_data()
    {
        addStoreColumn();
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("useDrain");
        for (bool onFile : {true, false})
            for (int jobs : {1, 2, 5, 20})
                for (bool useDrain : {true, false})
                    QTest::addRow("%s, %d jobs, %s", onFile ? "file" : "memory", jobs, useDrain ? "drain" : "events")
                        << onFile << jobs << useDrain;
    }

    // Jobs started one after the other, each finishing at once: whatever
    // the order in which they end, only the last one's result arrives.
    void onlyNewestDelivered()
    {
        QFETCH(bool, onFile);
        QFETCH(int, jobs);
        QFETCH(bool, useDrain);
        app::JobRunner runner(store(onFile));
        QSignalSpy busy(&runner, &app::JobRunner::busyChanged);
        QList<int> delivered;
        for (int i = 0; i < jobs; ++i)
            runner.run([i](const datasets::Store &) { return i; }, [](int in) { return 10 * in; },
                       [&](int result) { delivered << result; });
        QVERIFY(runner.isBusy());
        QCOMPARE(runner.generation(), quint64(jobs));
        if (useDrain)
            runner.drain();
        else
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
        QVERIFY(!runner.isBusy());
        // Late events of the stale jobs change nothing.
        QTest::qWait(20);
        QCOMPARE(delivered, QList<int>{10 * (jobs - 1)});
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void newerJobCancelsRunning_data()
    {
        addStoreColumn();
        QTest::addColumn<bool>("byCancel");   // cancel() instead of a newer run()
        for (bool onFile : {true, false})
            for (bool byCancel : {false, true})
                QTest::addRow("%s, %s", onFile ? "file" : "memory", byCancel ? "cancel()" : "newer run()")
                    << onFile << byCancel;
    }

    // The running job's ProgressFn says stop once a newer job starts (or on
    // cancel()), and its result is never delivered.
    void newerJobCancelsRunning()
    {
        QFETCH(bool, onFile);
        QFETCH(bool, byCancel);
        app::JobRunner runner(store(onFile));
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto stopped = std::make_shared<std::atomic<bool>>(false);
        QStringList delivered;
        runner.run([](const datasets::Store &) { return 1; },
                   [started, stopped](int, const analysis::ProgressFn &progress) {
                       *started = true;
                       *stopped = spinUntilCancelled(progress);
                       return u"first"_s;
                   },
                   [&](const QString &r) { delivered << r; });
        QTRY_VERIFY_WITH_TIMEOUT(started->load(), 10000);
        QVERIFY(!stopped->load());
        if (byCancel) {
            runner.cancel();
            QVERIFY(!runner.isBusy());
        } else {
            runner.run([](const datasets::Store &) { return 2; }, [](int) { return u"second"_s; },
                       [&](const QString &r) { delivered << r; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(stopped->load(), 10000);
        runner.drain();
        QTest::qWait(20);
        QCOMPARE(delivered, byCancel ? QStringList() : QStringList{u"second"_s});
    }

    void destructionCancelsAndWaits_data()
    {
        addStoreColumn();
        QTest::newRow("file") << true;
        QTest::newRow("memory") << false;
    }

    // The runner's end cancels its job and waits for it: nothing runs after.
    void destructionCancelsAndWaits()
    {
        QFETCH(bool, onFile);
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto stopped = std::make_shared<std::atomic<bool>>(false);
        bool delivered = false;
        {
            app::JobRunner runner(store(onFile));
            runner.run([](const datasets::Store &) { return 0; },
                       [started, stopped](int, const analysis::ProgressFn &progress) {
                           *started = true;
                           *stopped = spinUntilCancelled(progress);
                           return 0;
                       },
                       [&](int) { delivered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(started->load(), 10000);
        }
        QVERIFY(stopped->load());   // the destructor waited for the job to stop
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void drainDelivers_data()
    {
        addStoreColumn();
        QTest::addColumn<int>("chained");   // jobs started by deliveries
        for (bool onFile : {true, false})
            for (int chained : {0, 1, 3})
                QTest::addRow("%s, %d chained", onFile ? "file" : "memory", chained) << onFile << chained;
    }

    // drain() delivers without an event loop, also the jobs that deliveries
    // start, and leaves no late delivery behind.
    void drainDelivers()
    {
        QFETCH(bool, onFile);
        QFETCH(int, chained);
        app::JobRunner runner(store(onFile));
        auto gate = std::make_shared<Gate>();
        QList<int> delivered;
        std::function<void(int)> start = [&](int step) {
            runner.run([step](const datasets::Store &) { return step; },
                       [gate](int in) {
                           gate->wait();
                           return in;
                       },
                       [&](int result) {
                           delivered << result;
                           if (result < chained)
                               start(result + 1);
                       });
        };
        start(0);
        QVERIFY(runner.isBusy());
        gate->open = true;
        runner.drain();
        QVERIFY(!runner.isBusy());
        QList<int> expected;
        for (int i = 0; i <= chained; ++i)
            expected << i;
        QCOMPARE(delivered, expected);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, expected);
    }

    void readsOffTheGuiThread_data()
    {
        addStoreColumn();
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<bool>("loadOnGui");
        QTest::newRow("file: read on a worker") << true << u"on_file"_s << false;
        QTest::newRow("memory: read here, computed on a worker") << false << u"in_memory"_s << true;
    }

    // A store on a file is read on a worker through that thread's own
    // read-only connection (it sees the same data); one in memory is read
    // on the calling thread. compute runs on a worker either way; deliver here.
    void readsOffTheGuiThread()
    {
        QFETCH(bool, onFile);
        QFETCH(QString, indicator);
        QFETCH(bool, loadOnGui);
        const datasets::Store &s = store(onFile);
        app::JobRunner runner(s);
        QThread *const gui = QThread::currentThread();
        auto loadThread = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto computeThread = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto sameStore = std::make_shared<std::atomic<bool>>(false);
        QThread *deliverThread = nullptr;
        QString found;
        runner.run(
            [loadThread, sameStore, &s, indicator](const datasets::Store &reader) {
                *loadThread = QThread::currentThread();
                *sameStore = &reader == &s;
                const auto info = reader.indicator(indicator);
                return info ? info->id : QString();
            },
            [computeThread](const QString &id) {
                *computeThread = QThread::currentThread();
                return id;
            },
            [&](const QString &id) {
                deliverThread = QThread::currentThread();
                found = id;
            });
        runner.drain();
        QCOMPARE(found, indicator);   // the reader sees the store's data
        QCOMPARE(loadThread->load() == gui, loadOnGui);
        QCOMPARE(sameStore->load(), loadOnGui);   // a worker reads through its own connection
        QVERIFY(computeThread->load() != gui);
        QCOMPARE(deliverThread, gui);
    }

    void keyedJobs_data()
    {
        addStoreColumn();
        QTest::newRow("file") << true;
        QTest::newRow("memory") << false;
    }

    // runFor(): the key of the running job or of the last delivery starts
    // nothing; another key does; forgetKey() forgets the delivered one.
    void keyedJobs()
    {
        QFETCH(bool, onFile);
        app::JobRunner runner(store(onFile));
        auto gate = std::make_shared<Gate>();
        QStringList delivered;
        const auto start = [&](const QString &key) {
            return runner.runFor(
                key, [key](const datasets::Store &) { return key; },
                [gate](const QString &in) {
                    gate->wait();
                    return in;
                },
                [&](const QString &result) { delivered << result; });
        };
        QVERIFY(start(u"employees/2016"_s));
        QVERIFY(!start(u"employees/2016"_s));   // running
        QVERIFY(start(u"employees/2021"_s));    // the first becomes stale
        gate->open = true;
        runner.drain();
        QCOMPARE(delivered, QStringList{u"employees/2021"_s});
        QCOMPARE(runner.deliveredKey(), u"employees/2021"_s);
        QVERIFY(!start(u"employees/2021"_s));   // delivered already
        QVERIFY(!runner.isBusy());
        QVERIFY(start(u"employees/2016"_s));
        runner.drain();
        QCOMPARE(runner.deliveredKey(), u"employees/2016"_s);
        runner.forgetKey();
        QVERIFY(start(u"employees/2016"_s));
        runner.drain();
        QCOMPARE(delivered, (QStringList{u"employees/2021"_s, u"employees/2016"_s, u"employees/2016"_s}));
    }

    void computeWithoutStore()
    {
        app::JobRunner runner(m_file);
        auto thread = std::make_shared<std::atomic<QThread *>>(nullptr);
        double result = 0;
        runner.runCompute(
            [thread](const analysis::ProgressFn &progress) {
                *thread = QThread::currentThread();
                return progress(1.0) ? 42.0 : -1.0;
            },
            [&](double r) { result = r; });
        runner.drain();
        QCOMPARE(result, 42.0);
        QVERIFY(thread->load() != QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "test_jobrunner.moc"
