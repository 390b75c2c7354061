// SPDX-License-Identifier: GPL-3.0-or-later
// `regionlens-cli report`: the A4 region report from the command line, on a
// fresh starter store, and its refusals (unknown region, missing options).
// The CLI runs the front end regionlens-report from its own folder.
#include "pdfsupport.h"
#include "starterstore.h"
#include "testhelpers.h"

#include <QFile>
#include <QLocale>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &program = QString::fromUtf8(REGIONLENS_CLI))
    {
        QProcess p;
        p.setProgram(program);
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(180000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

    static int pageCount(const QString &path) { return pdfFilePageCount(path); }

    // pdftotext of path ("" when it is not installed: the caller skips).
    static QString pdfText(const QString &path)
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            return {};
        QProcess p;
        p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString squeezed(QString text)
    {
        text.remove(QRegularExpression(u"\\s+"_s));
        return text;
    }

    // A report made by the CLI with extra options; "" on failure (with a QTest message).
    QString report(const QString &name, const QStringList &options)
    {
        const QString out = m_dir.filePath(name);
        const Run r = run(QStringList{u"--db"_s, m_db, u"report"_s, u"--out"_s, out} + options);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.err));
            return {};
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    void writesReport_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("code");
        QTest::newRow("code, ja") << u"23"_s << u"ja"_s << u"23"_s;
        QTest::newRow("name, en") << u"北海道"_s << u"en"_s << u"01"_s;
        QTest::newRow("romaji, default language") << u"Okinawa"_s << QString() << u"47"_s;
        // Issue 14: a municipality (豊田市) by its code.
        QTest::newRow("municipality, ja") << u"23211"_s << u"ja"_s << u"23211"_s;
    }

    void writesReport()
    {
        QFETCH(QString, region);
        QFETCH(QString, lang);
        QFETCH(QString, code);
        const QString out = m_dir.filePath(u"report-%1.pdf"_s.arg(code));
        QStringList args{u"--db"_s, m_db, u"report"_s, u"--region"_s, region, u"--out"_s, out};
        if (!lang.isEmpty())
            args << u"--lang"_s << lang;
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"region "_s + code), qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        // Cover, four analysis sections, sources: at least six A4 pages.
        int pages = 0;
        static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
        for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
            ++pages;
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        QVERIFY(pdf.contains("/MediaBox [0 0 595"));
    }

    // Issue 14: the report of a municipality (豊田市) states its own figures
    // where the store has them — the LQ of manufacturing, worked by hand in
    // test_industryview (114,018 / 247,911 ÷ 8,803,565 / 57,937,011 = 3.03),
    // its 住基 2022 pyramid — and says what is missing where it has not (the
    // flows are between prefectures).
    void municipalReportText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"豊田市"_s, u"3.03"_s, u"rank 65 of 1741 municipalities"_s,
                                           u"between prefectures"_s, u"Import municipal movers"_s};
        QTest::newRow("ja") << u"ja"_s << QStringList{u"豊田市"_s, u"3.03"_s, u"住民基本台帳"_s};
    }

    void municipalReportText()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        const QString out = m_dir.filePath(u"toyota-%1.pdf"_s.arg(lang));
        const Run r = run({u"--db"_s, m_db, u"report"_s, u"--region"_s, u"23211"_s, u"--out"_s, out, u"--lang"_s, lang});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess p;
        p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        // pdftotext may break a line anywhere: compare without white space.
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.remove(QRegularExpression(u"\\s+"_s));
        for (QString e : expected) {
            e.remove(QRegularExpression(u"\\s+"_s));
            QVERIFY2(text.contains(e), qPrintable(e + u" not in the report of 23211"_s));
        }
    }

    // Issue 15: the two-page summary is two A4 pages — for a prefecture and a
    // municipality, in both languages, with and without the peer table.
    void summaryIsTwoPages_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("peers");
        QTest::newRow("静岡県 ja") << u"22"_s << u"ja"_s << QString();
        QTest::newRow("静岡県 en") << u"22"_s << u"en"_s << QString();
        QTest::newRow("豊田市 ja") << u"23211"_s << u"ja"_s << QString();
        QTest::newRow("豊田市 en") << u"23211"_s << u"en"_s << QString();
        QTest::newRow("静岡県 ja with peers") << u"22"_s << u"ja"_s << u"23,14,27"_s;
        QTest::newRow("豊田市 en with peers") << u"23211"_s << u"en"_s << u"23201,22"_s;
    }

    void summaryIsTwoPages()
    {
        QFETCH(QString, region);
        QFETCH(QString, lang);
        QFETCH(QString, peers);
        QStringList options{u"--region"_s, region, u"--lang"_s, lang, u"--summary"_s};
        if (!peers.isEmpty())
            options << u"--peers"_s << peers;
        const QString out = report(u"summary-%1-%2-%3.pdf"_s.arg(region, lang, QString::number(peers.size())), options);
        QVERIFY(!out.isEmpty());
        QCOMPARE(pageCount(out), 2);
        const QString text = pdfText(out);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        // The strengths, growth, population and migration boxes are there (page titles).
        const QStringList titles = lang == u"ja"
            ? QStringList{u"産業構造"_s, u"成長要因"_s, u"人口"_s, u"人口移動"_s}
            : QStringList{u"Industry structure"_s, u"Growth factors"_s, u"Population"_s, u"Migration flows"_s};
        for (const QString &title : titles)
            QVERIFY2(squeezed(text).contains(squeezed(title)), qPrintable(title));
        QVERIFY2(!squeezed(text).contains(squeezed(lang == u"ja" ? u"将来人口"_s : u"Population projection"_s)),
                 "the summary has no projection box by default");
    }

    // --sections picks those pages, in the registry's order, and no other.
    void sectionsPickOnlyThose()
    {
        const QString out = report(u"sections.pdf"_s, {u"--region"_s, u"22"_s, u"--lang"_s, u"en"_s, u"--sections"_s,
                                                       u"population,industry"_s});
        QVERIFY(!out.isEmpty());
        const QString text = squeezed(pdfText(out));
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY2(text.contains(u"1.Industrystructure"_s), "industry is section 1 (the registry's order)");
        QVERIFY2(text.contains(u"2.Population"_s), "population is section 2");
        for (const QString &other : {u"Growthfactors"_s, u"Migrationflows"_s, u"Populationprojection"_s,
                                     u"Regionaleconomiccirculation"_s, u"Smartspecialisation"_s})
            QVERIFY2(!text.contains(other), qPrintable(other));
        // Cover, the two sections (with their figures), sources: fewer pages than the full report.
        const QString full = report(u"full-22-en.pdf"_s, {u"--region"_s, u"22"_s, u"--lang"_s, u"en"_s});
        QVERIFY(pageCount(out) < pageCount(full));
    }

    void unknownSectionIsRefused()
    {
        const QString out = m_dir.filePath(u"nosection.pdf"_s);
        const Run r = run({u"--db"_s, m_db, u"report"_s, u"--region"_s, u"22"_s, u"--out"_s, out, u"--sections"_s,
                           u"industry,gdp"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"gdp"_s) && r.err.contains(u"industry"_s) && r.err.contains(u"flows"_s),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // Several regions: one report covering each in turn, or one file each (--each).
    void severalRegions()
    {
        const QString both = report(u"both.pdf"_s, {u"--region"_s, u"22,23211"_s, u"--lang"_s, u"ja"_s, u"--summary"_s});
        QVERIFY(!both.isEmpty());
        QCOMPARE(pageCount(both), 4);
        const QString each = report(u"each.pdf"_s, {u"--region"_s, u"22,23211"_s, u"--summary"_s, u"--each"_s});
        QVERIFY(!each.isEmpty());
        QVERIFY(!QFile::exists(each));
        QCOMPARE(pageCount(m_dir.filePath(u"each-22.pdf"_s)), 2);
        QCOMPARE(pageCount(m_dir.filePath(u"each-23211.pdf"_s)), 2);
        const QString text = pdfText(both);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(text.contains(u"静岡県"_s));
        QVERIFY(text.contains(u"豊田市"_s));
    }

    // Issue 15, done when: the text layer of the Japanese report of 愛知県 has
    // its words as text (unified ideographs, not the Kangxi or CJK radicals
    // U+2E80–U+2FDF); the English one its 2020 census population 7,542,415
    // (総務省統計局「令和2年国勢調査」).
    void aichiReportText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ja") << u"ja"_s << QStringList{u"愛知県"_s, u"特化係数"_s, u"人口"_s, u"出典"_s, u"7,542,415"_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"Aichi"_s, u"7,542,415"_s, u"Sourcesandlicences"_s};
    }

    void aichiReportText()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const QString out = report(u"aichi-%1.pdf"_s.arg(lang), {u"--region"_s, u"23"_s, u"--lang"_s, lang});
        QVERIFY(!out.isEmpty());
        const QString text = pdfText(out);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        for (const QString &e : expected)
            QVERIFY2(squeezed(text).contains(e), qPrintable(e));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(u"radical U+%1 in the text"_s.arg(c.unicode(), 4, 16)));
    }

    // Natural Japanese: no ASCII space between a Japanese word and the particle
    // after it ("静岡県 で特化係数", "静岡県 の人口") anywhere in the generated
    // text — the full reports (every page's commentary) and summaries of a
    // prefecture and a municipality — nor in the key figures ("2015年比-1.8 %"),
    // nor between any number and its percent sign (the projection and
    // circulation commentaries wrote "−36.0 %").
    void naturalJapanese_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("静岡県 report") << QStringList{u"--region"_s, u"22"_s};
        QTest::newRow("豊田市 report") << QStringList{u"--region"_s, u"23211"_s};
        QTest::newRow("静岡県 summary with peers") << QStringList{u"--region"_s, u"22"_s, u"--summary"_s, u"--peers"_s,
                                                                 u"23,14"_s};
    }

    void naturalJapanese()
    {
        QFETCH(QStringList, options);
        const QString out = report(u"natural-%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'),
                                   options + QStringList{u"--lang"_s, u"ja"_s});
        QVERIFY(!out.isEmpty());
        const QString text = pdfText(out);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        // A kana, kanji or full-width character, an ASCII space, then a particle
        // or a number's unit; pdftotext ends lines with '\n', never a space.
        static const QRegularExpression spaced(
            u"[\\x{3040}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{FF01}-\\x{FF5E}] (で|の|は|が|を|に|へ|と|も|や|から|より|%)"_s);
        const QRegularExpressionMatch m = spaced.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(u"'%1' in the report"_s.arg(text.mid(std::max<qsizetype>(0, m.capturedStart() - 12), 30))));
        // The key figures' changes: "2015年比−1.8%", not "2015年比-1.8 %".
        static const QRegularExpression spacedPercent(u"比[+\\-−][0-9.]+ %"_s);
        QVERIFY2(!spacedPercent.match(text).hasMatch(),
                 qPrintable(text.mid(std::max<qsizetype>(0, spacedPercent.match(text).capturedStart() - 12), 30)));
        static const QRegularExpression numberSpacePercent(u"[0-9] %"_s);
        QVERIFY2(!numberSpacePercent.match(text).hasMatch(),
                 qPrintable(text.mid(std::max<qsizetype>(0, numberSpacePercent.match(text).capturedStart() - 20), 40)));
    }

    // The comparison table shows the peers' key figures as
    // `regionlens-cli key-figures` computes them (one adapter).
    void peerTableIsTheKeyFigures()
    {
        const QStringList regions{u"22"_s, u"23"_s, u"14"_s, u"27"_s};
        const QString out = report(u"peers.pdf"_s, {u"--region"_s, u"22"_s, u"--lang"_s, u"en"_s, u"--summary"_s,
                                                    u"--peers"_s, u"23,14,27"_s});
        QVERIFY(!out.isEmpty());
        const QString text = squeezed(pdfText(out));
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        const QLocale english(QLocale::English);
        int checked = 0;
        for (const QString &region : regions) {
            const Run k = run({u"--db"_s, m_db, u"key-figures"_s, u"--region"_s, region});
            QCOMPARE(k.exitCode, 0);
            const QStringList lines = k.out.split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(lines.size() > 1);
            for (const QString &line : lines.mid(1)) {
                const QStringList f = line.split(u',');
                const double value = f.value(3).toDouble();
                QString shown;
                if (f.value(0) == u"gross_product")
                    shown = english.toString(value / 100.0, 'f', 0) + u"×100millionyen"_s;   // 億円
                else if (f.value(0) == u"net_migration")
                    shown = (value >= 0 ? u"+"_s : QString()) + english.toString(value, 'f', 0);
                else
                    shown = english.toString(value, 'f', 0);
                QVERIFY2(text.contains(shown), qPrintable(u"%1 %2: %3"_s.arg(region, f.value(0), shown)));
                ++checked;
            }
        }
        QCOMPARE(checked, 20);   // five figures for each of the four prefectures
    }

    // Issue 17, defect 4: a full disk while writing the PDF (the file may not
    // grow past 256 KiB, as on a full disk) must not print "wrote …" with
    // exit 0; nothing is left at --out.
    void fullDiskIsReported()
    {
        const QString out = m_dir.filePath(u"full.pdf"_s);
        QProcess p;
        p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
        p.setArguments({u"--db"_s, m_db, u"report"_s, u"--region"_s, u"13"_s, u"--out"_s, out});
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 256 * 1024;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        p.start();
        QVERIFY(p.waitForFinished(180000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() != 0, qPrintable(QString::fromUtf8(p.readAllStandardOutput())));
        QVERIFY2(err.contains(out), qPrintable(err));
        QVERIFY(!QFile::exists(out));
    }

    // Defect 17, decided: --out through a symbolic link writes the file the
    // link points to (QSaveFile's behaviour, as editors do) and keeps the link.
    void symlinkKeepsTheLink()
    {
        const QString target = m_dir.filePath(u"target.pdf"_s);
        const QString link = m_dir.filePath(u"link.pdf"_s);
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QVERIFY(QFile::link(target, link));
        const Run r = run({u"--db"_s, m_db, u"report"_s, u"--region"_s, u"47"_s, u"--out"_s, link});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF"));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown region") << QStringList{u"--region"_s, u"99"_s, u"--out"_s, u"x.pdf"_s} << u"99"_s;
        QTest::newRow("not a municipality code") << QStringList{u"--region"_s, u"48211"_s, u"--out"_s, u"x.pdf"_s}
                                                 << u"48211"_s;
        QTest::newRow("municipality not in the store")
            << QStringList{u"--region"_s, u"23999"_s, u"--out"_s, u"x.pdf"_s} << u"23999"_s;
        QTest::newRow("no --out") << QStringList{u"--region"_s, u"13"_s} << u"--out"_s;
        QTest::newRow("no --region") << QStringList{u"--out"_s, u"x.pdf"_s} << u"--region"_s;
        QTest::newRow("bad --lang") << QStringList{u"--region"_s, u"13"_s, u"--out"_s, u"x.pdf"_s, u"--lang"_s, u"fr"_s}
                                    << u"fr"_s;
    }

    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{u"--db"_s, m_db, u"report"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(u"x.pdf"_s));
    }

    // A CLI without the front end beside it says so (exit 1) and writes nothing.
    void missingFrontEnd()
    {
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString cli = alone.filePath(u"regionlens-cli"_s);
        QVERIFY(QFile::copy(QString::fromUtf8(REGIONLENS_CLI), cli));
        const QString out = alone.filePath(u"r.pdf"_s);
        const Run r = run({u"--db"_s, m_db, u"report"_s, u"--region"_s, u"13"_s, u"--out"_s, out}, cli);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"regionlens-report"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(alone.path()), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // The front end on its own: the same refusals, and a --db that does not exist is not created.
    void frontEndRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(u"none/store.sqlite"_s);
        QTest::newRow("no --region") << QStringList{u"--db"_s, m_db, u"--out"_s, u"x.pdf"_s} << u"--region"_s;
        QTest::newRow("unknown region") << QStringList{u"--db"_s, m_db, u"--region"_s, u"99"_s, u"--out"_s, u"x.pdf"_s}
                                        << u"99"_s;
        QTest::newRow("missing store") << QStringList{u"--db"_s, missing, u"--region"_s, u"13"_s, u"--out"_s,
                                                      u"x.pdf"_s}
                                       << missing;
    }

    void frontEndRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args, QString::fromUtf8(REGIONLENS_REPORT));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(u"x.pdf"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none"_s)));
    }
};

QTEST_MAIN(TestCliReport)
#include "test_cli_report.moc"
