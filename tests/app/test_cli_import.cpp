// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli import, driven as a user would: summaries and exit codes,
// problems as file:line:column on stderr, imported flows usable by export,
// and SIGKILL in the middle of a large import, repeatedly: the store must
// stay intact and hold all or none of that import.
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
        p.setArguments(args + QStringList{u"--db"_s, m_db});
        p.start();
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // Counts in the store at path, read with a connection of our own.
    struct Counts
    {
        QString integrity;
        qint64 observations = -1;
        qint64 indicators = -1;
        qint64 imports = -1;
    };

    static Counts counts(const QString &path, const QString &indicator)
    {
        Counts c;
        const QString name = u"check-%1"_s.arg(QRandomGenerator::global()->generate());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                    c.integrity = q.value(0).toString();
                const auto scalar = [&](const QString &sql) {
                    QSqlQuery s(db);
                    s.prepare(sql);
                    s.addBindValue(indicator);
                    return s.exec() && s.next() ? s.value(0).toLongLong() : -1;
                };
                c.observations = scalar(u"SELECT count(*) FROM observations WHERE indicator = ?"_s);
                c.indicators = scalar(u"SELECT count(*) FROM indicators WHERE id = ?"_s);
                c.imports = scalar(u"SELECT count(*) FROM imports WHERE indicator = ?"_s);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return c;
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        const Run r = run({u"indicators"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void importAndExport()
    {
        const QString file = write(u"employment.csv"_s,
                                   "region_code,industry_code,year,measure,value\n13,A,2020,jobs,10\n"
                                   "27,A,2020,jobs,\"1,234\"\n01,A,2020,jobs,x\n");
        const Run r = run({u"import"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3 values for indicator 'jobs'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 stored without a number, status suppressed:x"_s), qPrintable(r.out));
        const Run e = run({u"export"_s, u"--indicator"_s, u"jobs"_s});
        QCOMPARE(e.exitCode, 0);
        QVERIFY2(e.out.contains(u"27,大阪府,A,2020,jobs,total,,1234,"_s), qPrintable(e.out));
        QVERIFY2(e.out.contains(u"01,北海道,A,2020,jobs,total,,,,suppressed:x"_s), qPrintable(e.out));
    }

    void preview()
    {
        const QString file = write(u"preview.csv"_s, "region_code,year,value\n13,2020,1\n");
        const Run r = run({u"import"_s, file, u"--indicator"_s, u"previewed"_s, u"--preview"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"First rows as they will be stored"_s));
        QVERIFY(r.out.contains(u"2,previewed,13,,,2020,total,,1,"_s));
        QCOMPARE(run({u"export"_s, u"--indicator"_s, u"previewed"_s}).exitCode, 2);   // nothing stored
    }

    void flowsUsableByExport()
    {
        QByteArray csv = "移動前の住所地,北海道,青森県,岩手県,宮城県,秋田県,山形県\n";
        csv += "北海道,-,10,20,30,40,50\n青森県,1,-,2,3,4,5\n";
        const QString file = write(u"od.csv"_s, csv);
        const Run r = run({u"import"_s, file, u"--indicator"_s, u"od_test"_s, u"--year"_s, u"2024"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"10 flows for indicator 'od_test'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 skipped: diagonal '-'"_s), qPrintable(r.out));
        const Run e = run({u"export"_s, u"--indicator"_s, u"od_test"_s, u"--year"_s, u"2024"_s});
        QCOMPARE(e.exitCode, 0);
        QVERIFY2(e.out.startsWith(u"origin_code,destination_code,year"_s), qPrintable(e.out));
        QVERIFY2(e.out.contains(u"01,06,2024,total,,50,"_s), qPrintable(e.out));
        QCOMPARE(e.out.count(u'\n'), 1 + 10);
    }

    void realMigrationMatrix()
    {
        RL_REQUIRE_SHARED_DATA(data);
        const Run r = run({u"import"_s, QDir(data).filePath(u"migration_pref_od_2025/jp-prefecture-migration-2025.csv"_s),
                           u"--indicator"_s, u"migration_2025"_s, u"--year"_s, u"2025"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run e = run({u"export"_s, u"--indicator"_s, u"migration_2025"_s});
        QCOMPARE(e.exitCode, 0);
        double total = 0;
        const QStringList lines = e.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1))
            total += line.split(u',').at(5).toDouble();
        QCOMPARE(lines.size(), 1 + 2162);
        QCOMPARE(total, 2515731.0);   // published grand total
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("where");   // ":line:column: error:" expected after the file name
        QTest::addColumn<QString>("message");
        QTest::newRow("text in a number column") << "region_code,year,value\n13,2020,1\n14,2020,lots\n"_ba
                                                 << QStringList() << u":3:3: error:"_s << u"'lots' is not a number"_s;
        QTest::newRow("unknown region") << "region_code,year,value\n13,2020,1\nNarnia,2020,2\n"_ba << QStringList()
                                        << u":3:1: error:"_s << u"unknown region 'Narnia'"_s;
        QTest::newRow("truncated row") << "region_code,year,value\n13,2020,1\n14,20"_ba << QStringList()
                                       << u":3:3: error:"_s << u"2 fields, expected 3"_s;
        QTest::newRow("empty file") << QByteArray() << QStringList() << u": error:"_s << u"empty"_s;
        QTest::newRow("bad format option") << "region_code,year,value\n13,2020,1\n"_ba
                                           << QStringList{u"--format"_s, u"xlsx"_s} << u": error:"_s
                                           << u"unknown format 'xlsx'"_s;
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const QString file = write(u"bad.csv"_s, bytes);
        const Run r = run(QStringList{u"import"_s, file, u"--indicator"_s, u"bad"_s} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file + where), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing was stored"_s) || options.contains(u"--format"_s), qPrintable(r.err));
        QCOMPARE(run({u"export"_s, u"--indicator"_s, u"bad"_s}).exitCode, 2);
    }

    void usage()
    {
        QCOMPARE(run({u"import"_s}).exitCode, 2);
        QCOMPARE(run({u"import"_s, m_dir.filePath(u"missing.csv"_s)}).exitCode, 2);
        QCOMPARE(run({u"import"_s, m_db, u"--year"_s, u"soon"_s}).exitCode, 2);
        QCOMPARE(run({u"import"_s, m_db, u"--level"_s, u"galaxy"_s}).exitCode, 2);
        QCOMPARE(run({u"import"_s, m_db, u"--app-id"_s, u"x"_s}).exitCode, 2);
    }

    // SIGKILL at different moments of a large import (reading, writing,
    // committing): the store always opens, passes integrity_check and holds
    // all or none of the import.
    void killDuringImport()
    {
        QByteArray csv = "region_code,industry_code,year,measure,sex,value\n";
        qint64 rows = 0;
        const char *sexes[] = {"total", "male", "female"};
        for (int year = 1901; year <= 2020; ++year)
            for (int pref = 1; pref <= 47; ++pref)
                for (char industry = 'A'; industry <= 'T'; ++industry)
                    for (const char *sex : sexes) {
                        csv += QByteArray::number(pref).rightJustified(2, '0') + ',' + industry + ','
                               + QByteArray::number(year) + ",big," + sex + ',' + QByteArray::number(rows % 997) + '\n';
                        ++rows;
                    }
        const QString file = write(u"big.csv"_s, csv);
        QVERIFY(!file.isEmpty());
        const QString storeCopy = m_dir.filePath(u"kill.sqlite"_s);
        QVERIFY(QFile::copy(m_db, storeCopy));
        const Counts start = counts(storeCopy, u"big"_s);
        QCOMPARE(start.integrity, u"ok"_s);
        QCOMPARE(start.observations, 0);
        int killedEmpty = 0, killedFull = 0, killedMidWrite = 0;
        const QString wal = storeCopy + u"-wal"_s;
        const int delays[] = {150, 400, 700, 1000, 1400, 1800, 2300, 2900, 3600, 4500};
        for (int delay : delays) {
            QProcess p;
            p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
            p.setArguments({u"import"_s, file, u"--db"_s, storeCopy});
            p.start();
            QVERIFY(p.waitForStarted());
            if (p.waitForFinished(delay)) {   // finished before the kill: run the remaining delays on a fresh copy
                QCOMPARE(p.exitCode(), 0);
                QCOMPARE(counts(storeCopy, u"big"_s).observations, rows);
                QFile::remove(storeCopy + u"-wal"_s);
                QFile::remove(storeCopy + u"-shm"_s);
                QVERIFY(QFile::remove(storeCopy) && QFile::copy(m_db, storeCopy));
                continue;
            }
            // A growing write-ahead log means the transaction is being written.
            const qint64 walBefore = QFileInfo(wal).size();
            QThread::msleep(20);
            if (QFileInfo(wal).size() > walBefore)
                ++killedMidWrite;
            p.kill();   // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() == QProcess::NormalExit) {   // it finished just before the kill
                QCOMPARE(p.exitCode(), 0);
                QCOMPARE(counts(storeCopy, u"big"_s).observations, rows);
                QFile::remove(storeCopy + u"-wal"_s);
                QFile::remove(storeCopy + u"-shm"_s);
                QVERIFY(QFile::remove(storeCopy) && QFile::copy(m_db, storeCopy));
                continue;
            }
            const Counts c = counts(storeCopy, u"big"_s);
            QCOMPARE(c.integrity, u"ok"_s);
            QVERIFY2(c.observations == 0 || c.observations == rows,
                     qPrintable(u"killed after %1 ms: %2 of %3 rows"_s.arg(delay).arg(c.observations).arg(rows)));
            QCOMPARE(c.indicators, c.observations == 0 ? 0 : 1);
            QCOMPARE(c.imports, c.observations == 0 ? 0 : 1);
            (c.observations == 0 ? killedEmpty : killedFull)++;
            if (c.observations == rows) {   // the commit won the race: start again from a clean copy
                QFile::remove(storeCopy + u"-wal"_s);
                QFile::remove(storeCopy + u"-shm"_s);
                QVERIFY(QFile::remove(storeCopy) && QFile::copy(m_db, storeCopy));
            }
        }
        QVERIFY2(killedEmpty > 0, "no kill landed before the commit");
        QVERIFY2(killedMidWrite > 0, "no kill landed while the transaction was being written");
        // Finally an uninterrupted import of the same file stores every row, once.
        const Run r = [&] {
            QProcess p;
            p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
            p.setArguments({u"import"_s, file, u"--db"_s, storeCopy});
            p.start();
            p.waitForFinished(300000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        }();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Counts end = counts(storeCopy, u"big"_s);
        QCOMPARE(end.integrity, u"ok"_s);
        QCOMPARE(end.observations, rows);
        qInfo("killed %d times with nothing stored (%d while writing), %d times after the commit", killedEmpty,
              killedMidWrite, killedFull);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
