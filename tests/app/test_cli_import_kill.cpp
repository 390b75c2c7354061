// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of `regionlens-cli import`: the CLI is killed with SIGKILL in
// the middle of a large import, again and again, at moments spread over the
// reading phase (no store writes yet) and the writing phase (the transaction
// is being written to the write-ahead log). After every kill the store must
// open, pass PRAGMA integrity_check, and hold either all of that import or
// none of it, with the rest of its content unchanged.
//
// The input (about 400,000 rows of tidy CSV) is generated here; its expected
// row count and value sum come from the generator, not from the importer.
#include "starterstore.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kIndicator = "crashtest";

struct Content
{
    QString integrity;            // "ok" when PRAGMA integrity_check passes
    qint64 rows = -1;             // observations of the imported indicator
    double sum = -1;              // their values added up
    qint64 indicatorRows = -1;    // 0 or 1
    qint64 importLog = -1;        // rows in the import log for it
    qint64 otherRows = -1;        // all other observations (the starter pack)
    QString error;
};

// Reads the store with a connection of this process (opening it also
// recovers from the write-ahead log the killed process left behind).
Content readContent(const QString &path)
{
    static int counter = 0;
    const QString name = u"kill-check-%1"_s.arg(++counter);
    Content c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            c.error = u"cannot open the store"_s;
        } else {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                c.integrity = q.value(0).toString();
            const QString id = QString::fromLatin1(kIndicator);
            const auto scalar = [&](const QString &sql) -> QVariant {
                QSqlQuery s(db);
                s.prepare(sql);
                if (sql.contains(u'?'))
                    s.addBindValue(id);
                return s.exec() && s.next() ? s.value(0) : QVariant();
            };
            c.rows = scalar(u"SELECT count(*) FROM observations WHERE indicator = ?"_s).toLongLong();
            c.sum = scalar(u"SELECT COALESCE(sum(value), 0) FROM observations WHERE indicator = ?"_s).toDouble();
            c.indicatorRows = scalar(u"SELECT count(*) FROM indicators WHERE id = ?"_s).toLongLong();
            c.importLog = scalar(u"SELECT count(*) FROM imports WHERE indicator = ?"_s).toLongLong();
            c.otherRows = scalar(u"SELECT count(*) FROM observations WHERE indicator <> ?"_s).toLongLong();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

bool replaceFile(const QString &from, const QString &to)
{
    QFile::remove(to + u"-wal"_s);
    QFile::remove(to + u"-shm"_s);
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestCliImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;   // a store with the starter pack only
    QString m_input;
    qint64 m_rows = 0;
    double m_sum = 0;
    qint64 m_starterRows = 0;

    QProcess *startImport(const QString &store, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->setProgram(QString::fromUtf8(REGIONLENS_CLI));
        p->setArguments({u"import"_s, m_input, u"--indicator"_s, QString::fromLatin1(kIndicator), u"--quiet"_s,
                         u"--db"_s, store});
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start();
        return p;
    }

    // All of the import, or none of it; the starter pack untouched either way.
    void checkAllOrNone(const Content &c, const QString &when, bool *all)
    {
        QVERIFY2(c.error.isEmpty(), qPrintable(when + u": "_s + c.error));
        QVERIFY2(c.integrity == u"ok", qPrintable(when + u": integrity_check says "_s + c.integrity));
        QCOMPARE(c.otherRows, m_starterRows);
        if (c.rows == 0) {
            QCOMPARE(c.indicatorRows, 0);
            QCOMPARE(c.importLog, 0);
            *all = false;
        } else {
            QVERIFY2(c.rows == m_rows, qPrintable(u"%1: %2 of %3 rows stored"_s.arg(when).arg(c.rows).arg(m_rows)));
            QCOMPARE(c.sum, m_sum);
            QCOMPARE(c.indicatorRows, 1);
            QCOMPARE(c.importLog, 1);
            *all = true;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(u"pristine.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_pristine, &error), qPrintable(error));
        const Content start = readContent(m_pristine);
        QCOMPARE(start.integrity, u"ok"_s);
        QCOMPARE(start.rows, 0);
        QVERIFY(start.otherRows > 0);
        m_starterRows = start.otherRows;

        // 47 prefectures × 20 industries × 3 sexes × 140 years = 394,800 rows.
        m_input = m_dir.filePath(u"large.csv"_s);
        QFile file(m_input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "region_code,industry_code,year,sex,value\n";
        const char *sexes[] = {"total", "male", "female"};
        for (int year = 1881; year <= 2020; ++year) {
            for (int pref = 1; pref <= 47; ++pref)
                for (char industry = 'A'; industry <= 'T'; ++industry)
                    for (const char *sex : sexes) {
                        const qint64 value = (m_rows * 7919) % 100003;
                        chunk += QByteArray::number(pref).rightJustified(2, '0') + ',' + industry + ','
                                 + QByteArray::number(year) + ',' + sex + ',' + QByteArray::number(value) + '\n';
                        ++m_rows;
                        m_sum += double(value);
                    }
            QCOMPARE(file.write(chunk), chunk.size());
            chunk.clear();
        }
        file.close();
        QCOMPARE(m_rows, qint64(394800));
    }

    void killRepeatedly()
    {
        // Calibration: one uninterrupted import, noting when the store file's
        // write-ahead log starts to grow (the transaction is being written).
        const QString store = m_dir.filePath(u"store.sqlite"_s);
        const QString wal = store + u"-wal"_s;
        QVERIFY(replaceFile(m_pristine, store));
        QElapsedTimer clock;
        qint64 writeStart = -1;
        {
            QObject owner;
            clock.start();
            QProcess *p = startImport(store, &owner);
            QVERIFY(p->waitForStarted());
            const qint64 walAtStart = QFileInfo(wal).size();
            while (!p->waitForFinished(5)) {
                if (writeStart < 0 && QFileInfo(wal).size() > walAtStart + 512 * 1024)
                    writeStart = clock.elapsed();
                QVERIFY2(clock.elapsed() < 300000, "the import took more than 5 minutes");
            }
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        const qint64 total = clock.elapsed();
        bool all = false;
        checkAllOrNone(readContent(store), u"uninterrupted import"_s, &all);
        QVERIFY(all);
        if (writeStart < 0)
            writeStart = total / 2;   // the log was checkpointed before we saw it grow
        qInfo("uninterrupted import: %lld ms, writing from %lld ms", total, writeStart);

        // Kill moments: two while reading, five while writing (the last near the end).
        // The machine may be faster now than during the calibration (CTest runs
        // tests in parallel): a run that finishes before its kill shortens the
        // estimate and the moment is tried again, up to 20 runs in all.
        const QList<double> moments{-2.0 / 3, -1.0 / 3, 0.1, 0.3, 0.5, 0.7, 0.95};   // < 0: share of reading
        double estimate = double(total), reading = double(writeStart);
        QVERIFY(replaceFile(m_pristine, store));
        int none = 0, complete = 0, whileWriting = 0, kills = 0;
        for (int run = 0, next = 0; next < moments.size() && run < 20; ++run) {
            const double m = moments.at(next);
            qint64 delay = std::max<qint64>(30, qint64(m < 0 ? reading * (1 + m) : reading + m * (estimate - reading)));
            QObject owner;
            QProcess *p = startImport(store, &owner);
            QVERIFY(p->waitForStarted());
            const qint64 walAtStart = QFileInfo(wal).size();
            const QDateTime walTimeAtStart = QFileInfo(wal).lastModified();
            // The transaction is being written once the log is written to: it grows, or
            // (on top of a log a killed run left) its pages are rewritten.
            auto writingNow = [&] {
                const QFileInfo info(wal);
                return info.size() > walAtStart + 512 * 1024
                       || (info.size() > 0 && info.lastModified() != walTimeAtStart);
            };
            bool finished = false;
            if (m < 0) {
                finished = p->waitForFinished(int(delay));
            } else {
                // While writing: wait for the log to be written to (however fast or slow
                // this run is compared with the calibration), then m of the writing time.
                QElapsedTimer wait;
                wait.start();
                while (!(finished = p->waitForFinished(2)) && !writingNow())
                    QVERIFY2(wait.elapsed() < 300000, "the import took more than 5 minutes");
                if (!finished) {
                    const qint64 more = qint64(m * (estimate - reading));
                    finished = more > 0 && p->waitForFinished(int(more));
                }
                delay = wait.elapsed();
                qInfo("kill at %.2f of the writing: log written to after %lld ms, killed after %lld ms", m,
                      qint64(wait.elapsed() - (finished ? 0 : qint64(m * (estimate - reading)))), delay);
            }
            if (finished) {
                // It finished before the kill (a fast run): the import must be complete.
                bool stored = false;
                checkAllOrNone(readContent(store), u"finished before %1 ms"_s.arg(delay), &stored);
                QVERIFY(stored);
                ++complete;
                QVERIFY(replaceFile(m_pristine, store));
                const double scale = 0.8 * double(delay) / estimate;
                estimate *= scale;
                reading *= scale;
                continue;   // the same moment again, earlier
            }
            ++next;
            const bool writing = writingNow();
            p->kill();   // SIGKILL on Unix
            QVERIFY(p->waitForFinished(30000));
            const bool killed = p->exitStatus() == QProcess::CrashExit;
            kills += killed ? 1 : 0;
            bool stored = false;
            checkAllOrNone(readContent(store), u"killed after %1 ms"_s.arg(delay), &stored);
            if (stored) {
                ++complete;
                QVERIFY(replaceFile(m_pristine, store));   // start the next kill from a clean store
            } else {
                ++none;
                whileWriting += writing ? 1 : 0;
                // The store must also still open for the application itself.
                QProcess check;
                check.start(QString::fromUtf8(REGIONLENS_CLI), {u"indicators"_s, u"--db"_s, store});
                QVERIFY(check.waitForFinished(60000));
                QCOMPARE(check.exitCode(), 0);
                QVERIFY(!QString::fromUtf8(check.readAllStandardOutput()).contains(QString::fromLatin1(kIndicator)));
            }
            // Keep the half-written logs of killed runs: the next run starts on top of them.
        }
        qInfo("%d kills: %d left nothing (%d of them while the transaction was being written), %d found the "
              "import complete", kills, none, whileWriting, complete);
        QVERIFY2(kills >= 5, "fewer than 5 kills landed before the import finished");
        QVERIFY2(none >= 2, "no kill landed before the commit");
        QVERIFY2(whileWriting >= 1, "no kill landed while the transaction was being written");

        // Finally an uninterrupted import on the store the kills left behind stores everything, once.
        {
            QObject owner;
            QProcess *p = startImport(store, &owner);
            QVERIFY(p->waitForFinished(300000));
            QCOMPARE(p->exitCode(), 0);
        }
        bool stored = false;
        checkAllOrNone(readContent(store), u"final import"_s, &stored);
        QVERIFY(stored);
    }
};

QTEST_GUILESS_MAIN(TestCliImportKill)
#include "test_cli_import_kill.moc"
