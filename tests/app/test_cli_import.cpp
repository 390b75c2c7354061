// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli import, driven as a user would: summaries and exit codes,
// problems as file:line:column on stderr, imported flows usable by export.
// SIGKILL in the middle of a large import: test_cli_import_kill.cpp.
#include "starterstore.h"
#include "testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

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
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
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

    // --progress reports both phases on stderr; the values are stored once.
    void progress()
    {
        QByteArray csv = "region_code,industry_code,year,value\n";
        for (int year = 2000; year < 2025; ++year)
            for (int pref = 1; pref <= 47; ++pref)
                for (char industry = 'A'; industry <= 'T'; ++industry)
                    csv += QByteArray::number(pref) + ',' + industry + ',' + QByteArray::number(year) + ",1\n";
        const QString file = write(u"progress.csv"_s, csv);
        const Run r = run({u"import"_s, file, u"--indicator"_s, u"progress_test"_s, u"--progress"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"import: reading "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"import: writing 100%"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"23500 values for indicator 'progress_test'"_s), qPrintable(r.out));   // 25 × 47 × 20
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
        QTest::newRow("the field is named") << "region_code,year,value\n13,2020,1\n14,2020,lots\n"_ba << QStringList()
                                            << u":3:3: error:"_s << u"(column \"value\")"_s;
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
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
