// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli driven as a user would: a fresh store per test case.
#include "starterstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestCli : public QObject
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
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        // The store with the starter pack, as the default store's first use creates it.
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    void regions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("option before command") << QStringList{u"--db"_s, m_db, u"regions"_s};
        QTest::newRow("option after command") << QStringList{u"regions"_s, u"--db"_s, m_db};
        QTest::newRow("option with =") << QStringList{u"regions"_s, u"--db="_s + m_db};
    }

    void regions()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 48);
        QCOMPARE(lines.first(), u"region_code,name_ja,name_en,block"_s);
        for (int i = 1; i <= 47; ++i)
            QVERIFY2(lines.at(i).startsWith(u"%1,"_s.arg(i, 2, 10, QLatin1Char('0'))), qPrintable(lines.at(i)));
        QCOMPARE(lines.at(1), u"01,北海道,Hokkaido,hokkaido"_s);
        QCOMPARE(lines.at(13), u"13,東京都,Tokyo,kanto"_s);
        QCOMPARE(lines.at(27), u"27,大阪府,Osaka,kinki"_s);
        QCOMPARE(lines.at(47), u"47,沖縄県,Okinawa,kyushu"_s);
    }

    void municipalities()
    {
        const Run r = run({u"regions"_s, u"--level"_s, u"municipality"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1 + 1741);
    }

    void indicators()
    {
        const Run r = run({u"indicators"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 0);
        for (const QString &id : {u"population"_s, u"gdp_nominal"_s, u"employees"_s, u"establishments"_s,
                                  u"migration"_s, u"population_age_sex_census"_s, u"population_age_sex_estimate"_s})
            QVERIFY2(r.out.contains(u"\n"_s + id + u','), qPrintable(id));
        QVERIFY(r.out.contains(u"国勢調査"_s));
    }

    // Published census totals (総務省統計局「国勢調査」): the prefectures sum to Japan.
    void exportPopulation_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("japan");
        QTest::newRow("2020") << 2020 << qint64(126146099);
        QTest::newRow("2015") << 2015 << qint64(127094745);
        QTest::newRow("1920") << 1920 << qint64(55963053);
    }

    void exportPopulation()
    {
        QFETCH(int, year);
        QFETCH(qint64, japan);
        const Run r = run({u"export"_s, u"--indicator"_s, u"population"_s, u"--year"_s, QString::number(year),
                           u"--level"_s, u"prefecture"_s, u"--sex"_s, u"total"_s, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 47);
        const QStringList header = lines.first().split(u',');
        const int valueColumn = int(header.indexOf(u"value"_s));
        QVERIFY(valueColumn > 0);
        qint64 sum = 0;
        for (int i = 1; i < lines.size(); ++i)
            sum += lines.at(i).split(u',').at(valueColumn).toLongLong();
        QCOMPARE(sum, japan);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown indicator") << QStringList{u"export"_s, u"--indicator"_s, u"nope"_s}
                                           << u"no indicator 'nope'"_s;
        QTest::newRow("missing indicator") << QStringList{u"export"_s} << u"--indicator"_s;
        QTest::newRow("bad year") << QStringList{u"export"_s, u"--indicator"_s, u"population"_s, u"--year"_s, u"x"_s}
                                  << u"--year"_s;
        QTest::newRow("absent year") << QStringList{u"export"_s, u"--indicator"_s, u"population"_s, u"--year"_s,
                                                    u"1999"_s}
                                     << u"no data for 1999"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("bad level") << QStringList{u"regions"_s, u"--level"_s, u"galaxy"_s} << u"--level"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args + QStringList{u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    // The command-line tool links no GUI library: the report is drawn by regionlens-report.
    void linksNoGuiLibrary_data()
    {
        QTest::addColumn<QString>("library");
        for (const char *name : {"libQt6Widgets", "libQt6Gui", "libQt6PrintSupport", "libQt6Svg", "libqcustomplot"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void linksNoGuiLibrary()
    {
        QFETCH(QString, library);
        const QString ldd = QStandardPaths::findExecutable(u"ldd"_s);
        if (ldd.isEmpty())
            QSKIP("ldd is not installed: cannot list the libraries regionlens-cli loads");
        QProcess p;
        p.start(ldd, {QString::fromUtf8(REGIONLENS_CLI)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString libraries = QString::fromLocal8Bit(p.readAllStandardOutput());
        QVERIFY2(libraries.contains(u"libQt6Core"_s), qPrintable(libraries));   // ldd did list the libraries
        QVERIFY2(!libraries.contains(library, Qt::CaseInsensitive), qPrintable(libraries));
    }

    // A mistyped --db is an error naming it, never a new store with the starter pack.
    void missingStore_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("regions") << QStringList{u"regions"_s};
        QTest::newRow("indicators") << QStringList{u"indicators"_s};
        QTest::newRow("export") << QStringList{u"export"_s, u"--indicator"_s, u"population"_s};
        QTest::newRow("lq") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s};
        QTest::newRow("shift-share") << QStringList{u"shift-share"_s, u"--indicator"_s, u"employees"_s,
                                                    u"--from"_s, u"2016"_s, u"--to"_s, u"2021"_s};
        QTest::newRow("indices") << QStringList{u"indices"_s, u"--indicator"_s, u"employees"_s, u"--year"_s,
                                                u"2021"_s};
        QTest::newRow("flows") << QStringList{u"flows"_s, u"--indicator"_s, u"migration"_s, u"--year"_s, u"2025"_s};
        QTest::newRow("gravity") << QStringList{u"gravity"_s, u"--indicator"_s, u"migration"_s, u"--year"_s,
                                                u"2025"_s};
        QTest::newRow("report") << QStringList{u"report"_s, u"--region"_s, u"13"_s, u"--out"_s,
                                               m_dir.filePath(u"missing.pdf"_s)};
    }

    void missingStore()
    {
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(u"no/such/dir/file.db"_s);
        const Run r = run(args + QStringList{u"--db"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(u"no"_s)).exists());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.pdf"_s)));
    }

    // import (and only import and fetch) creates a new store, with the starter pack.
    void importCreatesStore()
    {
        const QString input = m_dir.filePath(u"jobs.csv"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("region_code,industry_code,year,measure,value\n13,A,2020,jobs,10\n");
        file.close();
        const QString path = m_dir.filePath(u"new/store.sqlite"_s);
        QVERIFY(!QFile::exists(path));
        const Run imported = run({u"import"_s, input, u"--indicator"_s, u"jobs"_s, u"--db"_s, path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QFile::exists(path));
        const Run regions = run({u"regions"_s, u"--db"_s, path});
        QVERIFY2(regions.exitCode == 0, qPrintable(regions.err));
        QCOMPARE(regions.out.split(u'\n', Qt::SkipEmptyParts).size(), 48);
        const Run indicators = run({u"indicators"_s, u"--db"_s, path});
        QVERIFY(indicators.out.contains(u"\njobs,"_s));
        QVERIFY(indicators.out.contains(u"\npopulation,"_s));
    }

    // A read-only connection cannot migrate: an older store is migrated once, then read read-only.
    void migratesOlderStore()
    {
        using regionlens::datasets::Store;
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            Store old;
            QVERIFY2(old.open(path, Store::kSchemaVersion - 1), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), Store::kSchemaVersion - 1);
        }
        const Run first = run({u"indicators"_s, u"--db"_s, path});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(u"schema version %1"_s.arg(Store::kSchemaVersion - 1)), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"read-only"_s), qPrintable(first.err));
        QVERIFY(first.out.contains(u"\npopulation,"_s));
        {
            Store migrated;
            QVERIFY(migrated.openReadOnly(path));
            QCOMPARE(migrated.schemaVersion(), Store::kSchemaVersion);
        }
        const Run second = run({u"indicators"_s, u"--db"_s, path});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
        QCOMPARE(second.out, first.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
