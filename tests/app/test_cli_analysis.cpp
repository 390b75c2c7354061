// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli lq, shift-share, indices, flows and gravity driven as a
// process: small tidy / OD files written here with values worked by hand,
// real data from the starter store (made in initTestCase), and
// rejected input (exit code 2 and a message naming file, line and column).
#include "starterstore.h"
#include "clitesthelpers.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;

namespace {

// Equal LQs everywhere: the tie rule (lower industry_code first) decides.
const char kTidyTie[] =
    "region_code,industry_code,year,measure,value\n"
    "01,B,2020,employees,5\n01,A,2020,employees,5\n02,B,2020,employees,7\n02,A,2020,employees,7\n";

// 3 regions; the diagonal (01 → 01) is ignored.
// kTidy2x2's 2020 rows with the region written the ways e-Stat tables and spreadsheets write it:
// 01000 (five-digit prefecture code), 1 (leading zero dropped), 02000_青森県 (code_name), 青森 (short name).
const char kTidyCodes[] =
    "region_code,industry_code,year,measure,value\n"
    "01000,A,2020,employees,30\n1,B,2020,employees,10\n"
    "02000_青森県,A,2020,employees,20\n青森,B,2020,employees,40\n";
const char kOd3[] =
    "origin_code,destination_code,year,value\n"
    "01,01,2020,100\n01,02,2020,10\n01,03,2020,5\n02,01,2020,4\n02,03,2020,6\n03,01,2020,1\n03,02,2020,2\n";
const char kPopulation3[] =
    "region_code,year,measure,value\n01,2020,population,1000\n02,2020,population,2000\n03,2020,population,1000\n";

// OD by age class (two classes, no total rows): flows sum over the classes.
const char kOdAge[] =
    "origin_code,destination_code,year,age_class,value\n"
    "01,02,2020,0-4,3\n01,02,2020,5-9,7\n02,01,2020,0-4,1\n02,01,2020,5-9,0\n"
    "01,03,2020,0-4,0\n03,02,2020,5-9,2\n";

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &args) { return regionlens::test::cli::run(args); }

    // Runs against the test's store (real data) and expects success.
    QList<Row> runOk(const QStringList &args)
    {
        const Run r = run(args + QStringList{u"--db"_s, m_db});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.exitCode == 0 ? parseCsv(r.out) : QList<Row>();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        return regionlens::test::cli::write(m_dir, name, bytes);
    }
    QString write(const QString &name, const char *text) { return write(name, QByteArray(text)); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_tidy, m_nation, m_tie, m_od, m_population, m_odAge, m_codes, m_unclassified;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));   // the starter pack
        m_tidy = write(u"tidy.csv"_s, kTidy2x2);
        m_nation = write(u"nation.csv"_s, kTidyNation);
        m_tie = write(u"tie.csv"_s, kTidyTie);
        m_od = write(u"od.csv"_s, kOd3);
        m_population = write(u"population.csv"_s, kPopulation3);
        m_odAge = write(u"od_age.csv"_s, kOdAge);
        m_codes = write(u"codes.csv"_s, kTidyCodes);
        m_unclassified = write(u"unclassified.csv"_s, kTidyUnclassified);
    }

    // --- hand-worked examples ---

    // LQ_ri = (x_ri / x_r) / (x_Ni / x_N).
    // Sum reference, 2020: x_01 = 40, x_02 = 60, x_NA = x_NB = 50, x_N = 100:
    //   LQ(01,A) = (30/40)/(50/100) = 1.5      LQ(01,B) = (10/40)/0.5 = 0.5
    //   LQ(02,A) = (20/60)/0.5 = 2/3           LQ(02,B) = (40/60)/0.5 = 4/3
    //   additive x_ri/x_r − x_Ni/x_N: 01: +0.25, −0.25; 02: −1/6, +1/6.
    // Nation row 00 (A = 100, B = 300, TOTAL = 400), region totals = TOTAL
    // (stated with --totals given; the default, the sum of the industries,
    // is the same here because every TOTAL is A + B):
    //   LQ(01,A) = 0.75/0.25 = 3   LQ(01,B) = 0.25/0.75 = 1/3
    //   LQ(02,A) = (1/3)/0.25 = 4/3   LQ(02,B) = (2/3)/0.75 = 8/9
    // kTidyUnclassified (01's TOTAL 50 ≠ 30 + 10):
    //   default (Σ industries, 00 rows): x_01 = 40, LQ(01,A) = 0.75/0.25 = 3
    //   --totals given: x_01 = 50, x_N = 00's TOTAL 400: LQ(01,A) = 0.6/0.25 = 2.4, LQ(01,B) = 0.2/0.75 = 4/15
    //   --totals given --reference sum: x_N = 50 + 60, x_NA = 50: LQ(01,A) = 0.6 · 110/50 = 1.32
    //   --totals sum --reference sum: LQ(01,A) = 0.75 / 0.5 = 1.5
    void lqHandWorked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<double>("lq");
        QTest::addColumn<double>("value");
        const QStringList sum{u"--measure"_s, u"employees"_s, u"--year"_s, u"2020"_s};
        const QStringList nation{u"--measure"_s, u"jobs"_s, u"--totals"_s, u"given"_s};
        const QStringList jobs{u"--measure"_s, u"jobs"_s};
        QTest::newRow("sum 01 A") << m_tidy << sum << u"01"_s << u"A"_s << 1.5 << 30.0;
        QTest::newRow("sum 01 B") << m_tidy << sum << u"01"_s << u"B"_s << 0.5 << 10.0;
        QTest::newRow("sum 02 A") << m_tidy << sum << u"02"_s << u"A"_s << 2.0 / 3.0 << 20.0;
        QTest::newRow("sum 02 B") << m_tidy << sum << u"02"_s << u"B"_s << 4.0 / 3.0 << 40.0;
        QTest::newRow("nation 01 A") << m_nation << nation << u"01"_s << u"A"_s << 3.0 << 30.0;
        QTest::newRow("nation 01 B") << m_nation << nation << u"01"_s << u"B"_s << 1.0 / 3.0 << 10.0;
        QTest::newRow("nation 02 A") << m_nation << nation << u"02"_s << u"A"_s << 4.0 / 3.0 << 20.0;
        QTest::newRow("nation 02 B") << m_nation << nation << u"02"_s << u"B"_s << 8.0 / 9.0 << 40.0;
        QTest::newRow("explicit national") << m_nation << (nation + QStringList{u"--reference"_s, u"national"_s})
                                           << u"02"_s << u"B"_s << 8.0 / 9.0 << 40.0;
        // The same figures with the codes written as 01000, 1, 02000_青森県 and 青森: the same LQs.
        QTest::newRow("codes 01 A") << m_codes << sum << u"01"_s << u"A"_s << 1.5 << 30.0;
        QTest::newRow("codes 01 B") << m_codes << sum << u"01"_s << u"B"_s << 0.5 << 10.0;
        QTest::newRow("codes 02 A") << m_codes << sum << u"02"_s << u"A"_s << 2.0 / 3.0 << 20.0;
        QTest::newRow("codes 02 B") << m_codes << sum << u"02"_s << u"B"_s << 4.0 / 3.0 << 40.0;
        // --reference sum with the region's TOTAL: x_N = 40 + 60, x_NB = 50.
        QTest::newRow("nation file, sum reference")
            << m_nation << (nation + QStringList{u"--reference"_s, u"sum"_s}) << u"02"_s << u"B"_s << 4.0 / 3.0
            << 40.0;
        QTest::newRow("nation, default totals") << m_nation << jobs << u"02"_s << u"B"_s << 8.0 / 9.0 << 40.0;
        QTest::newRow("TOTAL ≠ Σ, default") << m_unclassified << jobs << u"01"_s << u"A"_s << 3.0 << 30.0;
        QTest::newRow("TOTAL ≠ Σ, --totals given")
            << m_unclassified << (jobs + QStringList{u"--totals"_s, u"given"_s}) << u"01"_s << u"A"_s << 2.4 << 30.0;
        QTest::newRow("TOTAL ≠ Σ, --totals given, B")
            << m_unclassified << (jobs + QStringList{u"--totals"_s, u"given"_s}) << u"01"_s << u"B"_s << 4.0 / 15.0
            << 10.0;
        QTest::newRow("TOTAL ≠ Σ, --totals given --reference sum")
            << m_unclassified << (jobs + QStringList{u"--totals"_s, u"given"_s, u"--reference"_s, u"sum"_s}) << u"01"_s
            << u"A"_s << 1.32 << 30.0;
        QTest::newRow("TOTAL ≠ Σ, --totals sum --reference sum")
            << m_unclassified << (jobs + QStringList{u"--totals"_s, u"sum"_s, u"--reference"_s, u"sum"_s}) << u"01"_s
            << u"A"_s << 1.5 << 30.0;
    }

    void lqHandWorked()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QString, region);
        QFETCH(QString, industry);
        QFETCH(double, lq);
        QFETCH(double, value);
        const Run r = run(QStringList{u"lq"_s, u"--input"_s, file} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"region_code,industry_code,year,value,lq\n"_s));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 4);   // 2 regions × 2 industries; the nation is not a row
        const Row row = find(rows, {{u"region_code"_s, region}, {u"industry_code"_s, industry}});
        QCOMPARE(row.value(u"year"_s), u"2020"_s);
        RL_COMPARE_NEAR(num(row, u"lq"_s), lq, 1e-10);
        RL_COMPARE_NEAR(num(row, u"value"_s), value, 0.0);
    }

    void lqAdditiveTopAndJson()
    {
        const QStringList base{u"lq"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--year"_s, u"2020"_s};
        Run r = run(base + QStringList{u"--additive"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<Row> rows = parseCsv(r.out);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"01"_s}, {u"industry_code"_s, u"A"_s}}), u"additive"_s),
                        0.25, 1e-10);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"02"_s}, {u"industry_code"_s, u"A"_s}}), u"additive"_s),
                        -1.0 / 6.0, 1e-10);

        r = run(base + QStringList{u"--top"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Numbers are written in the shortest form that reads back as the same double (issue 16).
        QCOMPARE(r.out, u"region_code,rank,industry_code,lq\n01,1,A,1.5\n02,1,B,%1\n"_s.arg(
                            QString::number(4.0 / 3.0, 'g', QLocale::FloatingPointShortest)));
        QCOMPARE(num(find(parseCsv(r.out), {{u"region_code"_s, u"02"_s}}), u"lq"_s), 4.0 / 3.0);

        r = run(base + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 4);
        bool seen = false;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(u"region_code"_s).toString() == u"01" && o.value(u"industry_code"_s).toString() == u"B") {
                RL_COMPARE_NEAR(o.value(u"lq"_s).toDouble(), 0.5, 1e-12);
                QCOMPARE(o.value(u"year"_s).toInt(), 2020);
                QCOMPARE(o.value(u"value"_s).toDouble(), 10.0);
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    // All LQs are 1: the rank goes to the lower industry_code (A), whatever the row order.
    void lqTieRule()
    {
        const Run r = run({u"lq"_s, u"--input"_s, m_tie, u"--measure"_s, u"employees"_s, u"--top"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"region_code,rank,industry_code,lq\n01,1,A,1\n01,2,B,1\n02,1,A,1\n02,2,B,1\n"_s);
    }

    // Classic shift-share 2020 → 2021 (nation = Σ regions): G = 120/100 − 1 = 0.2,
    // g_NA = 55/50 − 1 = 0.1, g_NB = 65/50 − 1 = 0.3.
    //   01: national 40·0.2 = 8; mix 30(0.1−0.2) + 10(0.3−0.2) = −2;
    //       regional 30(0.1−0.1) + 10(0.2−0.3) = −1; change 45 − 40 = 5.
    //   02: national 60·0.2 = 12; mix 20(−0.1) + 40(0.1) = 2;
    //       regional 20(0.1−0.1) + 40(0.325−0.3) = 1; change 75 − 60 = 15.
    // Rates (÷ x_r0): 01: 0.125 = 0.2 − 0.05 − 0.025; 02: 0.25 = 0.2 + 1/30 + 1/60.
    // Esteban-Marquillas, ĥ_ri = x_r0 · 0.5: 01: homothetic 20·0 + 20(−0.1) = −2,
    //   allocation (30−20)·0 + (10−20)(−0.1) = 1; 02: 30·0.025 = 0.75, (40−30)·0.025 = 0.25.
    // Gerfin 01: structural (33 + 13)/40/1.2 = 46/48, regional 45/46, total 1.125/1.2.
    // Dynamic 2020 → 2021 → 2022 (2022: 02 B = 65; nation 55, 77; G₂ = 0.1):
    //   01 period 2: national 45·0.1 = 4.5; mix 33(0 − 0.1) + 12(12/65 − 0.1);
    //   regional 33·0 + 12(0 − 12/65); 02 period 2: national 75·0.1 = 7.5;
    //   mix 22(−0.1) + 53(12/65 − 0.1); regional 22·0 + 53(12/53 − 12/65).
    void shiftShareHandWorked_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QList<double>>("expected");
        const QStringList levels{u"start"_s, u"end"_s, u"change"_s, u"national"_s, u"industry_mix"_s, u"regional"_s};
        const QStringList years{u"--from"_s, u"2020"_s, u"--to"_s, u"2021"_s};
        QTest::newRow("classic 01") << years << u"01"_s << levels << QList<double>{40, 45, 5, 8, -2, -1};
        QTest::newRow("classic 02") << years << u"02"_s << levels << QList<double>{60, 75, 15, 12, 2, 1};
        // --rates names its columns as rates (issue 17, 18): never the level names over rate values.
        const QStringList rates{u"start"_s,        u"end"_s,           u"growth_rate"_s,
                                u"national_rate"_s, u"industry_mix_rate"_s, u"regional_rate"_s};
        QTest::newRow("rates 01") << (years + QStringList{u"--rates"_s}) << u"01"_s << rates
                                  << QList<double>{40, 45, 0.125, 0.2, -0.05, -0.025};
        QTest::newRow("rates 02") << (years + QStringList{u"--rates"_s}) << u"02"_s << rates
                                  << QList<double>{60, 75, 0.25, 0.2, 1.0 / 30.0, 1.0 / 60.0};
        const QStringList em = years + QStringList{u"--method"_s, u"esteban-marquillas"_s};
        QTest::newRow("esteban-marquillas 01") << em << u"01"_s
                                               << QStringList{u"regional"_s, u"homothetic_regional"_s, u"allocation"_s}
                                               << QList<double>{-1, -2, 1};
        QTest::newRow("esteban-marquillas 02") << em << u"02"_s
                                               << QStringList{u"regional"_s, u"homothetic_regional"_s, u"allocation"_s}
                                               << QList<double>{1, 0.75, 0.25};
        QTest::newRow("gerfin 01") << (years + QStringList{u"--method"_s, u"gerfin"_s}) << u"01"_s
                                   << QStringList{u"gerfin_structural"_s, u"gerfin_regional"_s, u"gerfin_total"_s}
                                   << QList<double>{46.0 / 48.0, 45.0 / 46.0, 1.125 / 1.2};
        const QStringList dynamic{u"--from"_s, u"2020"_s, u"--to"_s, u"2022"_s, u"--dynamic"_s};
        QTest::newRow("dynamic 01")
            << dynamic << u"01"_s << levels
            << QList<double>{40, 45, 5, 8 + 4.5, -2 + 33 * -0.1 + 12 * (12.0 / 65 - 0.1), -1 + 12 * (0 - 12.0 / 65)};
        QTest::newRow("dynamic 02")
            << dynamic << u"02"_s << levels
            << QList<double>{60, 87, 27, 12 + 7.5, 2 + 22 * -0.1 + 53 * (12.0 / 65 - 0.1),
                             1 + 53 * (12.0 / 53 - 12.0 / 65)};
    }

    void shiftShareHandWorked()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, region);
        QFETCH(QStringList, columns);
        QFETCH(QList<double>, expected);
        const Run r = run(QStringList{u"shift-share"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(options.contains(u"--rates"_s)
                                      ? u"region_code,start,end,growth_rate,national_rate,industry_mix_rate,"
                                        "regional_rate\n"_s
                                      : u"region_code,start,end,change,national,industry_mix,regional"_s),
                 qPrintable(r.out.section(u'\n', 0, 0)));
        const Row row = find(parseCsv(r.out), {{u"region_code"_s, region}});
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (!regionlens::test::fuzzyEqual(num(row, columns.at(i)), expected.at(i), 1e-10))
                QFAIL(qPrintable(u"%1 = %2, expected %3"_s.arg(columns.at(i), row.value(columns.at(i)))
                                     .arg(expected.at(i), 0, 'g', 15)));
        }
    }

    // Shares 01: (0.75, 0.25), 02: (1/3, 2/3), nation (0.5, 0.5).
    //   Krugman Σ|s_ri − s_Ni|: 0.5, 1/3; against the other region: 5/12 + 5/12 = 5/6 for both.
    //   Hoover = Krugman / 2. Herfindahl 0.625, 5/9; normalised (H − ½)/(½) = 0.25, 1/9;
    //   equivalent 1/H = 1.6, 1.8. Theil Σ s ln(s/s_N).
    //   Gini over the LQs (1.5, 0.5 → sorted 0.5, 1.5, mean 1):
    //   2/(2²·1)·(1·(0.5−1) + 2·(1.5−1)) = 0.25; 02 (2/3, 4/3): ½·(−1/3 + 2/3) = 1/6.
    void indicesHandWorked_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("01") << u"01"_s
                            << QList<double>{0.5, 5.0 / 6.0, 0.25, 0.25, 0.625, 0.25, 1.6,
                                             0.75 * std::log(1.5) + 0.25 * std::log(0.5)};
        QTest::newRow("02") << u"02"_s
                            << QList<double>{1.0 / 3.0, 5.0 / 6.0, 1.0 / 6.0, 1.0 / 6.0, 5.0 / 9.0, 1.0 / 9.0, 1.8,
                                             std::log(2.0 / 3.0) / 3.0 + 2.0 * std::log(4.0 / 3.0) / 3.0};
    }

    void indicesHandWorked()
    {
        QFETCH(QString, region);
        QFETCH(QList<double>, expected);
        const Run r = run({u"indices"_s, u"--input"_s, m_tidy, u"--measure"_s, u"employees"_s, u"--year"_s, u"2020"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList columns{u"krugman"_s, u"krugman_others"_s, u"hoover"_s, u"gini"_s, u"herfindahl"_s,
                                  u"herfindahl_normalized"_s, u"herfindahl_equivalent"_s, u"theil"_s};
        QVERIFY(r.out.startsWith(u"region_code,"_s + columns.join(u',') + u'\n'));
        const Row row = find(parseCsv(r.out), {{u"region_code"_s, region}});
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (!regionlens::test::fuzzyEqual(num(row, columns.at(i)), expected.at(i), 1e-10))
                QFAIL(qPrintable(u"%1 = %2, expected %3"_s.arg(columns.at(i), row.value(columns.at(i)))
                                     .arg(expected.at(i), 0, 'g', 15)));
    }

    // OD (diagonal ignored): in 01 = 4+1, 02 = 10+2, 03 = 5+6; out 15, 10, 3;
    // net −10, 2, 8 (Σ 0); turnover 20, 22, 14; per 1,000 of 1000, 2000, 1000: −10, 1, 8.
    void flowsHandWorked_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QList<double>>("expected");   // inflow, outflow, net, turnover, net_rate
        QTest::newRow("01") << u"01"_s << QList<double>{5, 15, -10, 20, -10};
        QTest::newRow("02") << u"02"_s << QList<double>{12, 10, 2, 22, 1};
        QTest::newRow("03") << u"03"_s << QList<double>{11, 3, 8, 14, 8};
    }

    void flowsHandWorked()
    {
        QFETCH(QString, region);
        QFETCH(QList<double>, expected);
        const Run r = run({u"flows"_s, u"--input"_s, m_od, u"--year"_s, u"2020"_s, u"--population"_s, m_population});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"region_code,inflow,outflow,net,turnover,net_rate\n"_s));
        const Row row = find(parseCsv(r.out), {{u"region_code"_s, region}});
        const QStringList columns{u"inflow"_s, u"outflow"_s, u"net"_s, u"turnover"_s, u"net_rate"_s};
        for (qsizetype i = 0; i < columns.size(); ++i)
            RL_COMPARE_NEAR(num(row, columns.at(i)), expected.at(i), 1e-12);
    }

    // MEI = 100 Σ|net| / Σ turnover = 100·20/56; ANMR = 100·½·20/4000 = 0.25;
    // CMP = 100·28/4000 = 0.7. Without population only MEI.
    void flowsSummaryAndTop()
    {
        Run r = run({u"flows"_s, u"--input"_s, m_od, u"--summary"_s, u"--population"_s, m_population});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Row row = parseCsv(r.out).value(0);
        QVERIFY(r.out.startsWith(u"mei,anmr,cmp\n"_s));
        RL_COMPARE_NEAR(num(row, u"mei"_s), 2000.0 / 56.0, 1e-10);
        RL_COMPARE_NEAR(num(row, u"anmr"_s), 0.25, 1e-10);
        RL_COMPARE_NEAR(num(row, u"cmp"_s), 0.7, 1e-10);
        r = run({u"flows"_s, u"--input"_s, m_od, u"--summary"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"mei\n"_s));
        r = run({u"flows"_s, u"--input"_s, m_od, u"--top"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"rank,origin_code,destination_code,value\n1,01,02,10\n2,02,03,6\n"_s);
        r = run({u"flows"_s, u"--input"_s, m_od, u"--top"_s, u"1"_s, u"--region"_s, u"03"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"direction,rank,origin_code,destination_code,value\nin,1,02,03,6\nout,1,03,02,2\n"_s);
    }

    // Ages 0-4 and 5-9, no total rows: 01 → 02 = 3 + 7, 02 → 01 = 1, 03 → 02 = 2.
    // By age, 0-4: 01 in 1, out 3 (net −2); 5-9: 01 in 0, out 7 (net −7).
    void flowsByAge()
    {
        Run r = run({u"flows"_s, u"--input"_s, m_odAge});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<Row> rows = parseCsv(r.out);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"01"_s}}), u"net"_s), 1.0 - 10.0, 0.0);
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"02"_s}}), u"inflow"_s), 12.0, 0.0);
        r = run({u"flows"_s, u"--input"_s, m_odAge, u"--by-age"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        rows = parseCsv(r.out);
        QVERIFY(r.out.startsWith(u"region_code,age_class,inflow,outflow,net\n"_s));
        const Row young = find(rows, {{u"region_code"_s, u"01"_s}, {u"age_class"_s, u"0-4"_s}});
        const Row older = find(rows, {{u"region_code"_s, u"01"_s}, {u"age_class"_s, u"5-9"_s}});
        QCOMPARE(num(young, u"inflow"_s), 1.0);
        QCOMPARE(num(young, u"net"_s), -2.0);
        QCOMPARE(num(older, u"outflow"_s), 7.0);
        QCOMPARE(num(older, u"net"_s), -7.0);
    }

    // Flows built exactly from a model, μ_ij = e^k V_i^α W_j^γ f(d_ij), with
    // chosen k, α, γ and β: the Poisson fit must give those parameters back
    // (perfect fit). Four regions on a line at 0, 100, 250 and 400 km.
    void gravityRecoversParameters_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("decay");
        QTest::addColumn<double>("beta");
        QTest::newRow("unconstrained exp") << u"unconstrained"_s << u"exp"_s << -0.01;
        QTest::newRow("production exp") << u"production"_s << u"exp"_s << -0.01;
        QTest::newRow("attraction pow") << u"attraction"_s << u"pow"_s << -1.5;
        QTest::newRow("doubly exp") << u"doubly"_s << u"exp"_s << -0.004;
        QTest::newRow("doubly pow") << u"doubly"_s << u"pow"_s << -2.0;
    }

    void gravityRecoversParameters()
    {
        QFETCH(QString, model);
        QFETCH(QString, decay);
        QFETCH(double, beta);
        const double x[] = {0, 100, 250, 400};
        const double pop[] = {1000, 2000, 3000, 4000};
        const double k = std::log(1e-3), alpha = 0.8, gamma = 1.2;
        QByteArray od = "origin_code,destination_code,year,value\n";
        QByteArray dist = "origin_code,destination_code,distance\n";
        QByteArray popFile = "region_code,year,measure,value\n";
        for (int i = 0; i < 4; ++i) {
            popFile += QByteArray("0") + QByteArray::number(i + 1) + ",2020,population," + QByteArray::number(pop[i]) + '\n';
            for (int j = 0; j < 4; ++j) {
                if (i == j)
                    continue;
                const double d = std::abs(x[i] - x[j]);
                const double f = decay == u"exp" ? beta * d : beta * std::log(d);
                const double mu = std::exp(k + alpha * std::log(pop[i]) + gamma * std::log(pop[j]) + f);
                const QByteArray o = "0" + QByteArray::number(i + 1), t = "0" + QByteArray::number(j + 1);
                od += o + ',' + t + ",2020," + QByteArray::number(mu, 'g', 17) + '\n';
                if (i < j)
                    dist += o + ',' + t + ',' + QByteArray::number(d) + '\n';
            }
        }
        const QString odPath = write(u"gravity_%1_%2.csv"_s.arg(model, decay), od);
        const QString distPath = write(u"distance.csv"_s, dist);
        const QString popPath = write(u"gravity_population.csv"_s, popFile);
        const Run r = run({u"gravity"_s, u"--input"_s, odPath, u"--distance"_s, distPath, u"--population"_s, popPath,
                           u"--model"_s, model, u"--decay"_s, decay});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"term,estimate,std_error\n"_s));
        const QList<Row> rows = parseCsv(r.out);
        RL_COMPARE_NEAR(num(find(rows, {{u"term"_s, u"distance"_s}}), u"estimate"_s), beta, 1e-6);
        if (model == u"unconstrained" || model == u"attraction")
            RL_COMPARE_NEAR(num(find(rows, {{u"term"_s, u"ln_origin_mass"_s}}), u"estimate"_s), alpha, 1e-6);
        if (model == u"unconstrained" || model == u"production")
            RL_COMPARE_NEAR(num(find(rows, {{u"term"_s, u"ln_destination_mass"_s}}), u"estimate"_s), gamma, 1e-6);
        if (model == u"unconstrained")
            RL_COMPARE_NEAR(num(find(rows, {{u"term"_s, u"constant"_s}}), u"estimate"_s), k, 1e-6);
        QCOMPARE(num(find(rows, {{u"term"_s, u"converged"_s}}), u"estimate"_s), 1.0);
        QVERIFY(std::abs(num(find(rows, {{u"term"_s, u"deviance"_s}}), u"estimate"_s)) < 1e-6);
    }

    // --- real data: the starter store ---

    // 経済センサス‐活動調査 2021 employees by JSIC division. Published facts:
    // manufacturing (E) is 愛知県's strongest industry by LQ; 東京都 specialises
    // in 情報通信業 (G), LQ > 1; 豊田市 (23211) is a manufacturing city
    // (製造業 is its largest and most specialised division).
    void realEmployeeLq_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("topIndustry");
        QTest::newRow("Aichi manufacturing") << u"prefecture"_s << u"23"_s << u"E"_s;
        QTest::newRow("Tokyo information and communications") << u"prefecture"_s << u"13"_s << u"G"_s;
        QTest::newRow("Toyota City manufacturing") << u"municipality"_s << u"23211"_s << u"E"_s;
    }

    void realEmployeeLq()
    {
        QFETCH(QString, level);
        QFETCH(QString, region);
        QFETCH(QString, topIndustry);
        const QStringList base{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s, u"--level"_s, level};
        const QList<Row> top = runOk(base + QStringList{u"--top"_s, u"1"_s});
        const Row best = find(top, {{u"region_code"_s, region}});
        QCOMPARE(best.value(u"industry_code"_s), topIndustry);
        QCOMPARE(best.value(u"rank"_s), u"1"_s);
        const QList<Row> all = runOk(base);
        QCOMPARE(all.size(), (level == u"prefecture" ? 47 : 1741) * 18);   // 18 JSIC divisions A–R
        const Row cell = find(all, {{u"region_code"_s, region}, {u"industry_code"_s, topIndustry}});
        QVERIFY2(num(cell, u"lq"_s) > 1.0, qPrintable(cell.value(u"lq"_s)));
        // LQ > 1 means the share of the region exceeds the nation's: check from
        // the table's own values (x_ri / x_r vs x_Ni / x_N, summed here).
        double regionTotal = 0, nationTotal = 0, nationIndustry = 0;
        for (const Row &r : all) {
            const double v = num(r, u"value"_s);
            if (!std::isfinite(v))
                continue;
            nationTotal += v;
            if (r.value(u"region_code"_s) == region)
                regionTotal += v;
            if (r.value(u"industry_code"_s) == topIndustry)
                nationIndustry += v;
        }
        QVERIFY(num(cell, u"value"_s) / regionTotal > nationIndustry / nationTotal);
    }

    void realLqJsonMatchesCsv()
    {
        const QStringList base{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s, u"--db"_s, m_db};
        const Run csv = run(base);
        const Run json = run(base + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(csv.exitCode == 0 && json.exitCode == 0, qPrintable(csv.err + json.err));
        const QList<Row> rows = parseCsv(csv.out);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); i += 97) {
            const QJsonObject o = array.at(i).toObject();
            QCOMPARE(o.value(u"region_code"_s).toString(), rows.at(i).value(u"region_code"_s));
            QCOMPARE(o.value(u"industry_code"_s).toString(), rows.at(i).value(u"industry_code"_s));
            RL_COMPARE_NEAR(o.value(u"lq"_s).toDouble(), num(rows.at(i), u"lq"_s), 1e-11);
        }
    }

    // 住民基本台帳人口移動報告 2025: 東京都 has the largest net in-migration
    // (+65,219, ../shared/data/migration_pref_od_2025/PROVENANCE.md); Σ net = 0
    // over the 47 prefectures. Per 1,000 of the 2020 census population
    // (東京都 14,047,594): 65,219 / 14,047.594.
    void realFlows2025()
    {
        const QList<Row> rows = runOk({u"flows"_s, u"--indicator"_s, u"migration"_s, u"--year"_s, u"2025"_s,
                                       u"--population-indicator"_s, u"population"_s});
        QCOMPARE(rows.size(), 47);
        double sum = 0, turnover = 0;
        QString best;
        double bestNet = -1e300;
        for (const Row &r : rows) {
            const double net = num(r, u"net"_s);
            RL_COMPARE_NEAR(net, num(r, u"inflow"_s) - num(r, u"outflow"_s), 1e-12);
            sum += net;
            turnover += num(r, u"turnover"_s);
            if (net > bestNet) {
                bestNet = net;
                best = r.value(u"region_code"_s);
            }
        }
        QCOMPARE(best, u"13"_s);
        QCOMPARE(bestNet, 65219.0);
        QCOMPARE(sum, 0.0);
        QCOMPARE(turnover, 2.0 * 2515731.0);   // published total of inter-prefectural movers
        RL_COMPARE_NEAR(num(find(rows, {{u"region_code"_s, u"13"_s}}), u"net_rate"_s), 65219.0 / 14047.594, 1e-9);
    }

    // The same matrix, doubly constrained with centroid distances: migration
    // falls with distance (β < 0) and the fit converges.
    void realGravity2025()
    {
        const QList<Row> rows = runOk({u"gravity"_s, u"--indicator"_s, u"migration"_s, u"--year"_s, u"2025"_s});
        QVERIFY(num(find(rows, {{u"term"_s, u"distance"_s}}), u"estimate"_s) < 0.0);
        QCOMPARE(num(find(rows, {{u"term"_s, u"converged"_s}}), u"estimate"_s), 1.0);
        QCOMPARE(num(find(rows, {{u"term"_s, u"observations"_s}}), u"estimate"_s), 47.0 * 46.0);
        QVERIFY(!find(rows, {{u"term"_s, u"origin[13]"_s}}).isEmpty());
    }

    // change = national + industry_mix + regional for every row, and change = end − start.
    void realShiftShareIdentity_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("regions");
        QTest::newRow("employees municipalities 2016-2021")
            << QStringList{u"--indicator"_s, u"employees"_s, u"--level"_s, u"municipality"_s, u"--from"_s, u"2016"_s,
                           u"--to"_s, u"2021"_s}
            << 1741;
        QTest::newRow("employees prefectures 2016-2021")
            << QStringList{u"--indicator"_s, u"employees"_s, u"--from"_s, u"2016"_s, u"--to"_s, u"2021"_s} << 47;
        QTest::newRow("GDP prefectures FY2011-FY2022")
            << QStringList{u"--indicator"_s, u"gdp_nominal"_s, u"--from"_s, u"2011"_s, u"--to"_s, u"2022"_s} << 47;
        QTest::newRow("GDP Esteban-Marquillas")
            << QStringList{u"--indicator"_s, u"gdp_nominal"_s, u"--from"_s, u"2011"_s, u"--to"_s, u"2022"_s,
                           u"--method"_s, u"esteban-marquillas"_s}
            << 47;
        QTest::newRow("GDP dynamic FY2011-FY2022")
            << QStringList{u"--indicator"_s, u"gdp_nominal"_s, u"--from"_s, u"2011"_s, u"--to"_s, u"2022"_s,
                           u"--dynamic"_s}
            << 47;
        QTest::newRow("GDP growth rates")
            << QStringList{u"--indicator"_s, u"gdp_nominal"_s, u"--from"_s, u"2011"_s, u"--to"_s, u"2022"_s,
                           u"--rates"_s}
            << 47;
    }

    void realShiftShareIdentity()
    {
        QFETCH(QStringList, args);
        QFETCH(int, regions);
        const QList<Row> rows = runOk(QStringList{u"shift-share"_s} + args);
        QCOMPARE(rows.size(), regions);
        const bool rates = args.contains(u"--rates"_s);
        for (const Row &r : rows) {
            const QString suffix = rates ? u"_rate"_s : QString();
            const double national = num(r, u"national"_s + suffix), mix = num(r, u"industry_mix"_s + suffix),
                         regional = num(r, u"regional"_s + suffix),
                         change = num(r, rates ? u"growth_rate"_s : u"change"_s);
            // Printed with 12 significant digits: compare relative to the largest term.
            const double scale = std::max({1.0, std::abs(national), std::abs(mix), std::abs(regional)});
            if (std::abs(national + mix + regional - change) > 1e-9 * scale)
                QFAIL(qPrintable(u"%1: %2 + %3 + %4 != %5"_s.arg(r.value(u"region_code"_s))
                                     .arg(national, 0, 'g', 15)
                                     .arg(mix, 0, 'g', 15)
                                     .arg(regional, 0, 'g', 15)
                                     .arg(change, 0, 'g', 15)));
            const double start = num(r, u"start"_s), end = num(r, u"end"_s);
            const double expected = rates ? end / start - 1.0 : end - start;
            RL_COMPARE_NEAR(change, expected, 1e-9 * std::max(1.0, std::abs(rates ? 1.0 : start)));
            if (args.contains(u"esteban-marquillas"_s))
                RL_COMPARE_NEAR(num(r, u"homothetic_regional"_s) + num(r, u"allocation"_s), regional,
                                1e-9 * scale);
        }
    }

    // Hoover is half of Krugman by definition; 1/H is the equivalent number.
    void realIndices()
    {
        const QList<Row> rows = runOk({u"indices"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s});
        QCOMPARE(rows.size(), 47);
        for (const Row &r : rows) {
            RL_COMPARE_NEAR(num(r, u"hoover"_s), num(r, u"krugman"_s) / 2.0, 1e-10);
            RL_COMPARE_NEAR(num(r, u"herfindahl_equivalent"_s), 1.0 / num(r, u"herfindahl"_s), 1e-10);
            QVERIFY(num(r, u"krugman"_s) >= 0.0 && num(r, u"krugman"_s) <= 2.0);
        }
    }

    // --- rejected input ---

    void badInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");   // %1 = the file's path
        const QByteArray header = "region_code,industry_code,year,measure,value\n";
        QTest::newRow("text in value column")
            << u"lq"_s << u"text.csv"_s << (header + "01,A,2020,employees,30\n01,B,2020,employees,abc\n")
            << QStringList{u"--measure"_s, u"employees"_s} << u"%1:3: column \"value\": \"abc\" is not a number"_s;
        QTest::newRow("missing column")
            << u"lq"_s << u"nomeasure.csv"_s << QByteArray("region_code,industry_code,year,value\n01,A,2020,3\n")
            << QStringList{u"--measure"_s, u"employees"_s} << u"%1:1: missing column \"measure\""_s;
        QTest::newRow("unknown measure")
            << u"indices"_s << u"measure.csv"_s << (header + "01,A,2020,employees,30\n")
            << QStringList{u"--measure"_s, u"gdp"_s}
            << u"%1:1: column \"measure\": no row has measure \"gdp\" (the file has: employees)"_s;
        QTest::newRow("empty file") << u"shift-share"_s << u"empty.csv"_s << QByteArray()
                                    << QStringList{u"--measure"_s, u"employees"_s} << u"%1:1: the file is empty"_s;
        QTest::newRow("bad year") << u"lq"_s << u"year.csv"_s << (header + "01,A,20x0,employees,1\n")
                                  << QStringList{} << u"%1:2: column \"year\": \"20x0\" is not a year"_s;
        QTest::newRow("short row") << u"lq"_s << u"short.csv"_s << (header + "01,A,2020,employees,1\n01,B,2020\n")
                                   << QStringList{} << u"%1:3: 3 fields, expected 5"_s;
        QTest::newRow("duplicate row")
            << u"lq"_s << u"dup.csv"_s << (header + "01,A,2020,employees,1\n01,A,2020,employees,2\n")
            << QStringList{} << u"%1:3: a second row for region 01, industry A, year 2020"_s;
        QTest::newRow("several measures, none chosen")
            << u"lq"_s << u"two.csv"_s << (header + "01,A,2020,employees,1\n01,A,2020,establishments,2\n")
            << QStringList{} << u"%1:1: column \"measure\": the file has several measures"_s;
        QTest::newRow("OD text in value")
            << u"flows"_s << u"od_bad.csv"_s
            << QByteArray("origin_code,destination_code,year,value\n01,02,2020,5\n02,01,2020,five\n")
            << QStringList{} << u"%1:3: column \"value\": \"five\" is not a number"_s;
        QTest::newRow("OD missing column") << u"gravity"_s << u"od_nodest.csv"_s
                                           << QByteArray("origin_code,year,value\n01,2020,5\n") << QStringList{}
                                           << u"%1:1: missing column \"destination_code\""_s;
        QTest::newRow("three-digit region code")
            << u"lq"_s << u"code3.csv"_s << (header + "01,A,2020,employees,1\n123,A,2020,employees,2\n")
            << QStringList{} << u"%1:3: column \"region_code\": \"123\" is not a region code"_s;
        QTest::newRow("OD destination written 13000")
            << u"flows"_s << u"od_code.csv"_s
            << QByteArray("origin_code,destination_code,year,value\n01,13000,2020,5\n01,13,2020,6\n")
            << QStringList{} << u"%1:3: a second row for flow 01 → 13, year 2020 (first on line 2)"_s;
        QTest::newRow("OD empty") << u"flows"_s << u"od_empty.csv"_s << QByteArray() << QStringList{}
                                  << u"%1:1: the file is empty"_s;
    }

    void badInput()
    {
        QFETCH(QString, command);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString path = write(fileName, content);
        const Run r = run(QStringList{command, u"--input"_s, path, u"--db"_s, m_db} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.arg(path)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no input") << QStringList{u"lq"_s} << u"--input FILE"_s;
        QTest::newRow("unknown indicator") << QStringList{u"lq"_s, u"--indicator"_s, u"nope"_s}
                                           << u"no indicator 'nope'"_s;
        QTest::newRow("flow indicator for lq") << QStringList{u"lq"_s, u"--indicator"_s, u"migration"_s}
                                               << u"indicator 'migration'"_s;
        QTest::newRow("year without data") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s,
                                                          u"1999"_s}
                                           << u"no data for 1999"_s;
        QTest::newRow("bad format") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--format"_s, u"xml"_s}
                                    << u"--format must be csv or json"_s;
        QTest::newRow("bad top") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--top"_s, u"0"_s}
                                 << u"--top"_s;
        QTest::newRow("national without 00")
            << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s, u"--reference"_s,
                           u"national"_s}
            << u"region_code 00"_s;
        QTest::newRow("from after to") << QStringList{u"shift-share"_s, u"--indicator"_s, u"employees"_s, u"--from"_s,
                                                      u"2021"_s, u"--to"_s, u"2016"_s}
                                       << u"must be before"_s;
        QTest::newRow("dynamic gerfin") << QStringList{u"shift-share"_s, u"--indicator"_s, u"gdp_nominal"_s,
                                                       u"--dynamic"_s, u"--method"_s, u"gerfin"_s}
                                        << u"--method classic only"_s;
        QTest::newRow("bad model") << QStringList{u"gravity"_s, u"--indicator"_s, u"migration"_s, u"--model"_s, u"x"_s}
                                   << u"--model must be"_s;
        QTest::newRow("unknown group") << QStringList{u"lq"_s, u"--indicator"_s, u"employees"_s, u"--year"_s,
                                                      u"2021"_s, u"--group"_s, u"atlantis"_s}
                                       << u"--group: no region group 'atlantis'"_s;
        QTest::newRow("unknown focus region") << QStringList{u"flows"_s, u"--indicator"_s, u"migration"_s,
                                                             u"--region"_s, u"99"_s}
                                              << u"no flows of region 99"_s;
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args + QStringList{u"--db"_s, m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A bad population or distance file is rejected with its own name and line.
    void badSideFiles()
    {
        const QString population = write(u"pop_bad.csv"_s, "region_code,year,measure,value\n01,2020,population,many\n");
        Run r = run({u"flows"_s, u"--input"_s, m_od, u"--population"_s, population});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(population + u":2: column \"value\": \"many\" is not a number"_s), qPrintable(r.err));
        const QString distance = write(u"dist_bad.csv"_s, "origin_code,destination_code,distance\n01,02,-5\n");
        r = run({u"gravity"_s, u"--input"_s, m_od, u"--distance"_s, distance});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(distance + u":2: column \"distance\""_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "test_cli_analysis.moc"
