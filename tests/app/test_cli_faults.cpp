// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli against hostile input (issue 17): data with no usable
// national total, values that overflow, invalid flows. Every case must end
// with exit code 2, a message that says what is wrong, and nothing on stdout
// (never a table of empty cells with exit 0, never a crash).
#include "starterstore.h"
#include "clitesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;

namespace {

const QByteArray kHeader = "region_code,industry_code,year,measure,value\n";

// Two regions × two industries × two years with the given cells (all four
// cells of each year), plus the nation's "00" rows when nation is not null.
QByteArray tidy(const char *cell, const char *nation = nullptr)
{
    QByteArray out = kHeader;
    for (const char *year : {"2020", "2021"}) {
        for (const char *region : {"01", "02"})
            for (const char *industry : {"A", "B"})
                out += QByteArray(region) + ',' + industry + ',' + year + ",e," + cell + '\n';
        if (nation)
            for (const char *industry : {"A", "B"})
                out += QByteArray("00,") + industry + ',' + year + ",e," + nation + '\n';
    }
    return out;
}

// tidy() with real regional values (01: A 3, B 1; 02: A 2, B 4) and a nation row.
QByteArray withNation(const char *nation)
{
    QByteArray out = kHeader;
    for (const char *year : {"2020", "2021"}) {
        out += QByteArray("01,A,") + year + ",e,3\n01,B," + year + ",e,1\n02,A," + year + ",e,2\n02,B," + year
               + ",e,4\n";
        for (const char *industry : {"A", "B"})
            out += QByteArray("00,") + industry + ',' + year + ",e," + nation + '\n';
    }
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Runs the CLI with its standard output going to file.
Run runTo(const QStringList &args, const QString &file)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
    p.setArguments(args);
    p.setStandardOutputFile(file);
    p.start();
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitCode(), QString(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString &name, const QByteArray &bytes) { return write(m_dir, name, bytes); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    // Defect 1 and 9: lq, shift-share and indices on data whose national
    // total is zero, entirely suppressed ("x"), or overflows (1e308 + 1e308).
    void noUsableNation_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const struct
        {
            const char *name;
            QByteArray content;
            QString message;
        } inputs[] = {
            {"all zero", tidy("0"), u"zero"_s},
            {"all suppressed", tidy("x"), u"missing"_s},
            {"nation rows zero", withNation("0"), u"nation"_s},
            {"nation rows suppressed", withNation("x"), u"nation"_s},
            {"overflow", tidy("1e308"), u"overflow"_s},
        };
        for (const auto &in : inputs)
            for (const QString &command : {u"lq"_s, u"shift-share"_s, u"indices"_s})
                QTest::newRow(qPrintable(command + u": "_s + QString::fromUtf8(in.name)))
                    << command << in.content << in.message;
    }

    void noUsableNation()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = file(u"nation.csv"_s, content);
        QStringList args{command, u"--input"_s, path, u"--db"_s, m_db};
        if (command != u"shift-share")
            args << u"--year"_s << u"2020"_s;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no result for "_s + path), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // Defect 9: flows whose sums overflow, or negative flows, gave an empty
    // MEI or MEI = 300 % with exit 0.
    void invalidFlows_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray header = "origin_code,destination_code,year,value\n";
        QTest::newRow("overflow") << (header + "01,02,2020,1e308\n02,01,2020,1e308\n01,03,2020,1e308\n")
                                  << u"overflow"_s;
        // in 01 = 0, out 01 = 10 − 15 = −5: |net| sums to 30 over a turnover of 10, MEI = 300 %.
        QTest::newRow("negative") << (header + "01,02,2020,10\n01,03,2020,-15\n") << u"negative"_s;
    }

    void invalidFlows()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = file(u"od.csv"_s, content);
        const Run r = run({u"flows"_s, u"--summary"_s, u"--input"_s, path, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no result for "_s + path), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // Defect 18: a region with no data in the end year printed 0 in every
    // level column although the warning said NaN; its cells are empty now,
    // the others unchanged (01: 4 → 5, 02: 6 → 7, G = 12/10 − 1 = 0.2).
    void shiftShareRegionWithoutData()
    {
        const QString path = file(u"gap.csv"_s,
                                  kHeader + "01,A,2020,e,3\n01,B,2020,e,1\n02,A,2020,e,2\n02,B,2020,e,4\n"
                                            "03,A,2020,e,5\n03,B,2020,e,5\n01,A,2021,e,4\n01,B,2021,e,1\n"
                                            "02,A,2021,e,2\n02,B,2021,e,5\n03,A,2021,e,x\n03,B,2021,e,x\n");
        const Run r = run({u"shift-share"_s, u"--input"_s, path, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        const Row gap = find(rows, {{u"region_code"_s, u"03"_s}});
        for (const QString &column : {u"start"_s, u"end"_s, u"change"_s, u"national"_s, u"industry_mix"_s,
                                      u"regional"_s})
            QVERIFY2(gap.value(column).isEmpty(), qPrintable(column + u" = "_s + gap.value(column)));
        const Row tokyo = find(rows, {{u"region_code"_s, u"01"_s}});
        QCOMPARE(num(tokyo, u"start"_s), 4.0);
        QCOMPARE(num(tokyo, u"end"_s), 5.0);
        RL_COMPARE_NEAR(num(tokyo, u"national"_s), 0.8, 1e-12);
        QVERIFY2(r.err.contains(u"no value known in both years"_s), qPrintable(r.err));
    }

    // Defect 18: one region without its TOTAL row silently switched every
    // region to summed totals. With --totals given the command refuses and
    // names the region that lacks it; by default the note says which totals
    // were used.
    void oneTotalRowMissing()
    {
        const QString path = file(u"totals.csv"_s, kHeader + "01,A,2020,e,30\n01,B,2020,e,10\n01,TOTAL,2020,e,50\n"
                                                               "02,A,2020,e,20\n02,B,2020,e,40\n");
        Run r = run({u"lq"_s, u"--input"_s, path, u"--year"_s, u"2020"_s, u"--totals"_s, u"given"_s, u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"(1 lack one: 02)"_s), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        r = run({u"lq"_s, u"--input"_s, path, u"--year"_s, u"2020"_s, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"note: region totals: the sum of the industries"_s), qPrintable(r.err));
    }

    // Defect 5 (decided): the bundled official indicators are read-only.
    // An import that would change one of their values is refused whatever
    // the choice (--replace, --append), exit 2, naming the indicator and its
    // official source; the census figure of 東京都 stays.
    void bundledIndicatorIsReadOnly_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("no choice") << QString();
        QTest::newRow("--replace") << u"--replace"_s;
        QTest::newRow("--append") << u"--append"_s;
    }

    void bundledIndicatorIsReadOnly()
    {
        QFETCH(QString, choice);
        const QStringList exportTokyo{u"export"_s, u"--indicator"_s, u"population"_s, u"--year"_s, u"2020"_s,
                                      u"--db"_s, m_db};
        const Run before = run(exportTokyo);
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains(u"13,"_s) && before.out.contains(u"14047594"_s), qPrintable(before.out.left(400)));
        QStringList args{u"import"_s, file(u"tokyo.csv"_s, "region_code,year,value\n13,2020,1\n"), u"--indicator"_s,
                         u"population"_s, u"--db"_s, m_db};
        if (!choice.isEmpty())
            args << choice;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"indicator 'population' holds the bundled official figures"_s)
                     && r.err.contains(u"国勢調査"_s) && r.err.contains(u"read-only"_s)
                     && r.err.contains(u"region 13, year 2020"_s),
                 qPrintable(r.err));
        QCOMPARE(run(exportTokyo).out, before.out);
    }

    // Defect 3: a damaged copy of the starter store (b-tree page headers of
    // the second half of the file flipped). Read commands used to exit 0
    // with a header only; an import used to succeed.
    void damagedStore_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export") << QStringList{u"export"_s, u"--indicator"_s, u"population"_s};
        QTest::newRow("lq") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s};
        QTest::newRow("import") << QStringList{u"import"_s, u"%tidy"_s, u"--indicator"_s, u"mine"_s};
    }

    void damagedStore()
    {
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        if (!QFileInfo::exists(path)) {
            QVERIFY(QFile::copy(m_db, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            for (qsizetype page = bytes.size() / 4096 / 2; page < bytes.size() / 4096; ++page)
                for (qsizetype k = 0; k < 8; ++k)
                    bytes[page * 4096 + k] = char(bytes[page * 4096 + k] ^ 0x5a);
            f.seek(0);
            f.write(bytes);
        }
        const QByteArray before = fileHash(path);
        args.replaceInStrings(u"%tidy"_s, file(u"mine.csv"_s, "region_code,year,value\n13,2020,1\n"));
        const Run r = run(args + QStringList{u"--db"_s, path});
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"damaged"_s) && r.err.contains(u"backup"_s), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
    }

    // Defect 8: another application's SQLite file named by --db: refused,
    // not a byte changed (no starter tables, no WAL switch).
    void foreignStore_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("indicators") << QStringList{u"indicators"_s};
        QTest::newRow("import") << QStringList{u"import"_s, u"%tidy"_s, u"--indicator"_s, u"mine"_s};
    }

    void foreignStore()
    {
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(u"foreign.sqlite"_s);
        if (!QFileInfo::exists(path)) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE regions (id INTEGER PRIMARY KEY, label TEXT)"_s));
                QVERIFY(q.exec(u"INSERT INTO regions(label) VALUES ('north')"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"foreign"_s);
        }
        const QByteArray before = fileHash(path);
        args.replaceInStrings(u"%tidy"_s, file(u"mine.csv"_s, "region_code,year,value\n13,2020,1\n"));
        const Run r = run(args + QStringList{u"--db"_s, path});
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not a RegionLens store"_s), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    // Defect 11: a store the user may not write could not even be read
    // ("attempt to write a readonly database"). Read commands open it
    // read-only: here a copy of the starter store in a folder that is not
    // writable — a read-only bind mount when running as root (permissions
    // do not bind root), file 0444 in a 0555 folder otherwise.
    void readOnlyStore()
    {
        const QString folder = m_dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/store.sqlite"_s;
        if (!QFileInfo::exists(path))
            QVERIFY(QFile::copy(m_db, path));
        const QStringList args{u"export"_s, u"--indicator"_s, u"population"_s, u"--year"_s, u"2020"_s,
                               u"--db"_s, path};
        const QByteArray before = fileHash(path);
        Run r;
        if (::geteuid() == 0) {
            const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
            if (unshare.isEmpty())
                QSKIP("running as root without unshare(1): cannot make a read-only folder");
            QProcess probe;
            probe.start(unshare, {u"-m"_s, u"true"_s});
            if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
                QSKIP("running as root where mount namespaces are not allowed: cannot make a read-only folder");
            // In a mount namespace of its own: the folder bound read-only onto itself, then the CLI.
            QProcess p;
            p.setProgram(unshare);
            p.setArguments(QStringList{u"-m"_s, u"sh"_s, u"-c"_s,
                                       u"mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" \"$0\" "
                                       "&& touch \"$0/x\" 2>/dev/null && exit 97; exec \"$@\""_s,
                                       folder, QString::fromUtf8(REGIONLENS_CLI)}
                           + args);
            p.start();
            QVERIFY(p.waitForFinished(180000));
            if (p.exitCode() == 97)
                QFAIL("the read-only bind mount is writable");
            r = {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError())};
        } else {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            r = run(args);
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"readonly"_s), qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 1 + 47 + 1741);   // the nation, the prefectures, the municipalities
        QCOMPARE(find(rows, {{u"region_code"_s, u"13"_s}}).value(u"value"_s), u"14047594"_s);
        QCOMPARE(fileHash(path), before);
    }

    // Defect 4: standard output on a full disk (/dev/full): the CSV is cut
    // short, so the command must not exit 0.
    void fullStandardOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export") << QStringList{u"export"_s, u"--indicator"_s, u"population"_s};
        QTest::newRow("lq") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s};
    }

    void fullStandardOutput()
    {
        QFETCH(QStringList, args);
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        const Run r = runTo(args + QStringList{u"--db"_s, m_db}, u"/dev/full"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot write the output"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "test_cli_faults.moc"
