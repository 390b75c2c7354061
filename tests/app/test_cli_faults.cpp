// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli against hostile input (issue 17): data with no usable
// national total, values that overflow, invalid flows. Every case must end
// with exit code 2, a message that says what is wrong, and nothing on stdout
// (never a table of empty cells with exit 0, never a crash).
#include "starterstore.h"
#include "clitesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "test_cli_faults.moc"
