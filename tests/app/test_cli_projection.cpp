// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli project driven as a process: the issue's stable contract
// (tidy region_code,year,sex,age_class,population,scenario), the starter
// store's census (東京都 2015 as published), a hand-worked --input table
// (zero net migration by construction: two steps of survival), the notes on
// stderr, and rejected input (exit 2 naming file, line and column).
#include "starterstore.h"
#include "clitesthelpers.h"

#include "analysis/projectionrates.h"
#include "datasets/adapters/projectionadapter.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::test::cli;
namespace projection = regionlens::datasets::projection;
namespace an = regionlens::analysis;

namespace {

const QString kHeader = u"region_code,year,sex,age_class,population,scenario"_s;

// One region "01" whose 2015 cohorts are its 2010 cohorts (1,000 in every
// class and sex) times the bundled survival of 2010→2015, 0–4 = 300 boys and
// 280 girls in 2015: no net migration. P(a, 2015) for males.
double male2015(Eigen::Index a)
{
    const an::SurvivalRatios &s = projection::bundledSurvival().at(2010);
    if (a == 0)
        return 300.0;
    if (a == an::kOpenAgeClass)
        return 1000.0 * (s.male(16) + s.male(17));
    return 1000.0 * s.male(a - 1);
}

QByteArray handTable()
{
    const an::SurvivalRatios &s = projection::bundledSurvival().at(2010);
    QByteArray csv = "region_code,year,sex,age_class,population\n";
    for (Eigen::Index a = 0; a < an::kProjectionAges; ++a) {
        const QByteArray age = an::projectionAgeLabel(a);
        csv += "01,2010,male," + age + ",1000\n01,2010,female," + age + ",1000\n";
        const double f = a == 0 ? 280.0
                         : a == an::kOpenAgeClass ? 1000.0 * (s.female(16) + s.female(17))
                                                  : 1000.0 * s.female(a - 1);
        csv += "01,2015,male," + age + ',' + QByteArray::number(male2015(a), 'g', 17) + '\n';
        csv += "01,2015,female," + age + ',' + QByteArray::number(f, 'g', 17) + '\n';
    }
    return csv;
}

} // namespace

class TestCliProjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run runDb(const QStringList &args) { return run(args + QStringList{u"--db"_s, m_db}); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    // The default request for one prefecture: 2015 → 2045, baseline.
    void oneRegion()
    {
        const Run r = runDb({u"project"_s, u"--region"_s, u"13"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.section(u'\n', 0, 0), kHeader);
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 7 * 3 * 19);   // years × sexes × (18 classes + TOTAL)
        // The base year: 東京都 2015 census 総数 13,515,271 (年齢不詳 distributed, so the classes add up to it).
        const Row base = find(rows, {{u"year"_s, u"2015"_s}, {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s}});
        RL_COMPARE_NEAR(num(base, u"population"_s), 13515271.0, 1e-9);
        QCOMPARE(base.value(u"scenario"_s), u"baseline"_s);
        const Row last = find(rows, {{u"year"_s, u"2045"_s}, {u"sex"_s, u"female"_s}, {u"age_class"_s, u"85+"_s}});
        QVERIFY(num(last, u"population"_s) > 0.0);
        // total = male + female, TOTAL = Σ classes.
        const Row m = find(rows, {{u"year"_s, u"2030"_s}, {u"sex"_s, u"male"_s}, {u"age_class"_s, u"TOTAL"_s}});
        const Row f = find(rows, {{u"year"_s, u"2030"_s}, {u"sex"_s, u"female"_s}, {u"age_class"_s, u"TOTAL"_s}});
        const Row t = find(rows, {{u"year"_s, u"2030"_s}, {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s}});
        RL_COMPARE_NEAR(num(t, u"population"_s), num(m, u"population"_s) + num(f, u"population"_s), 1e-9);
        for (const char *note : {"note: survival", "note: net migration rates: cohort change beyond survival in "
                                 "2010→2015", "年齢不詳", "47 regions", "福島県"})
            QVERIFY2(r.err.contains(QString::fromUtf8(note)), qPrintable(r.err));
    }

    // --all with two scenarios and the options of the contract.
    void allScenarios()
    {
        const Run r = runDb({u"project"_s, u"--all"_s, u"--base"_s, u"2015"_s, u"--to"_s, u"2025"_s,
                             u"--rates-from"_s, u"2010"_s, u"--scenario"_s, u"baseline,fertility+zero-migration"_s,
                             u"--tfr-target"_s, u"1.8"_s, u"--tfr-year"_s, u"2030"_s, u"--migration-zero-from"_s,
                             u"2020"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 2 * 47 * 3 * 3 * 19);
        QVERIFY2(r.err.contains(u"moving linearly to 1.8 by 2030"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"net migration 0 from 2020"_s), qPrintable(r.err));
        // 秋田県 loses people to migration: with none from 2020 and more births it keeps more in 2025.
        const QHash<QString, QString> akita{{u"region_code"_s, u"05"_s}, {u"year"_s, u"2025"_s},
                                            {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s}};
        QHash<QString, QString> keys = akita;
        keys.insert(u"scenario"_s, u"baseline"_s);
        const double baseline = num(find(rows, keys), u"population"_s);
        keys.insert(u"scenario"_s, u"fertility+zero-migration"_s);
        QVERIFY(num(find(rows, keys), u"population"_s) > baseline);
    }

    // --rate-periods 2: net migration averaged over 2005→2010 and 2010→2015 (damps 2011 for 福島県).
    void ratePeriods()
    {
        const Run one = runDb({u"project"_s, u"--region"_s, u"07"_s, u"--to"_s, u"2020"_s});
        const Run two = runDb({u"project"_s, u"--region"_s, u"07"_s, u"--to"_s, u"2020"_s, u"--rate-periods"_s, u"2"_s});
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QVERIFY2(two.err.contains(u"cohort change beyond survival in 2 periods ending 2010→2015, averaged"_s),
                 qPrintable(two.err));
        QVERIFY2(two.err.contains(u"2005 (population_age_sex_census_earlier)"_s), qPrintable(two.err));
        const QHash<QString, QString> key{{u"year"_s, u"2020"_s}, {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s}};
        // 福島県 lost people to migration in 2010→2015 far more than in 2005→2010: the average keeps more.
        QVERIFY(num(find(parseCsv(two.out), key), u"population"_s) > num(find(parseCsv(one.out), key), u"population"_s));
        QCOMPARE(runDb({u"project"_s, u"--all"_s, u"--rate-periods"_s, u"0"_s}).exitCode, 2);
    }

    // --group: a group as one region, the sum of its members, after the regions asked.
    void group()
    {
        const Run r = runDb({u"project"_s, u"--region"_s, u"13"_s, u"--group"_s, u"tokyo_area"_s, u"--to"_s,
                             u"2020"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 2 * 2 * 3 * 19);
        // 2015 census 総数: 埼玉県 7,266,534 + 千葉県 6,222,666 + 東京都 13,515,271 + 神奈川県 9,126,214.
        const Row base = find(rows, {{u"region_code"_s, u"group:tokyo_area"_s}, {u"year"_s, u"2015"_s},
                                     {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s}});
        RL_COMPARE_NEAR(num(base, u"population"_s), 36130685.0, 1e-9);
        QVERIFY2(r.err.contains(u"group:tokyo_area: the sum of the projections of"_s), qPrintable(r.err));
        const Run bad = runDb({u"project"_s, u"--group"_s, u"nowhere"_s});
        QCOMPARE(bad.exitCode, 2);
    }

    // A municipality out of the box: 豊田市 from the 住基 base of 1 January 2022
    // (総数 419,249, no residents of unpublished age) to 2052 with 愛知県's rates.
    void municipality()
    {
        const Run r = runDb({u"project"_s, u"--region"_s, u"23211"_s, u"--scenario"_s, u"baseline,fertility"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 2 * 7 * 3 * 19);   // scenarios × 2022, 2027 … 2052 × sexes × (18 classes + TOTAL)
        const QHash<QString, QString> total{{u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s},
                                            {u"scenario"_s, u"baseline"_s}};
        QHash<QString, QString> key = total;
        key.insert(u"year"_s, u"2022"_s);
        QCOMPARE(num(find(rows, key), u"population"_s), 419249.0);
        // 85+ of 2022: 85～89 3,415 + 90～94 1,215 + 95～99 255 + 100歳以上 26 men.
        const Row old = find(rows, {{u"year"_s, u"2022"_s}, {u"sex"_s, u"male"_s}, {u"age_class"_s, u"85+"_s},
                                    {u"scenario"_s, u"baseline"_s}});
        QCOMPARE(num(old, u"population"_s), 4911.0);
        key.insert(u"year"_s, u"2052"_s);
        const double last = num(find(rows, key), u"population"_s);
        QVERIFY(last > 0.0 && last < 419249.0);
        key.insert(u"scenario"_s, u"fertility"_s);
        QVERIFY(num(find(rows, key), u"population"_s) > last);
        for (const char *note : {"住民基本台帳", "not a census", "prefecture's rates", "own child-woman ratio",
                                 "its prefecture's TFR", "1741 regions"})
            QVERIFY2(r.err.contains(QString::fromUtf8(note)), qPrintable(r.err));
        // A base given at the municipal level without a horizon: 30 years on.
        const Run given = runDb({u"project"_s, u"--region"_s, u"23211"_s, u"--base"_s, u"2022"_s});
        QVERIFY2(given.exitCode == 0 && given.out.contains(u"23211,2052,"_s), qPrintable(given.err));
    }

    // --all --level municipality: the 1,741 municipalities; their 2022 totals add up to the nation's 総数.
    void allMunicipalities()
    {
        const Run r = runDb({u"project"_s, u"--all"_s, u"--level"_s, u"municipality"_s, u"--to"_s, u"2027"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 1741 * 2 * 3 * 19);
        QCOMPARE(lines.first(), kHeader);
        QSet<QString> codes;
        double nation2022 = 0.0, nation2027 = 0.0;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(u',');
            QCOMPARE(f.size(), 6);
            codes.insert(f.at(0));
            const double v = f.at(4).toDouble();
            QVERIFY2(std::isfinite(v) && v >= 0.0, qPrintable(line));
            if (f.at(2) == u"total" && f.at(3) == u"TOTAL")
                (f.at(1) == u"2022" ? nation2022 : nation2027) += v;
        }
        QCOMPARE(codes.size(), 1741);
        RL_COMPARE_NEAR(nation2022, 125927902.0, 1e-12);
        QVERIFY(nation2027 < nation2022);
        QCOMPARE(runDb({u"project"_s, u"--all"_s, u"--level"_s, u"village"_s}).exitCode, 2);
    }

    // A hand-worked --input table: P_{a+2}(2025) = P_a(2015) s_a(2015) s_{a+1}(2020).
    void inputFile()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"ages.csv"_s, handTable());
        const Run r = run({u"project"_s, u"--input"_s, path, u"--all"_s, u"--to"_s, u"2025"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 3 * 3 * 19);
        const std::map<int, an::SurvivalRatios> &s = projection::bundledSurvival();
        for (Eigen::Index a = 0; a + 2 < an::kOpenAgeClass; ++a) {
            const Row row = find(rows, {{u"year"_s, u"2025"_s}, {u"sex"_s, u"male"_s},
                                        {u"age_class"_s, QString::fromLatin1(an::projectionAgeLabel(a + 2))}});
            RL_COMPARE_NEAR(num(row, u"population"_s), male2015(a) * s.at(2015).male(a) * s.at(2020).male(a + 1),
                            1e-9);
        }
        QVERIFY2(r.err.contains(u"census age tables 2010 (%1), 2015 (%1)"_s.arg(path)), qPrintable(r.err));
    }

    // With --input, a fertility scenario takes the TFR from the store (prefecture codes).
    void inputFileFertility()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"ages.csv"_s, handTable());
        const Run r = runDb({u"project"_s, u"--input"_s, path, u"--region"_s, u"01"_s, u"--scenario"_s,
                             u"baseline,fertility"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"TFR of 2015"_s), qPrintable(r.err));
        const QList<Row> rows = parseCsv(r.out);
        const auto total = [&](const QString &scenario) {
            return num(find(rows, {{u"year"_s, u"2045"_s}, {u"sex"_s, u"total"_s}, {u"age_class"_s, u"TOTAL"_s},
                                   {u"scenario"_s, scenario}}),
                       u"population"_s);
        };
        // 北海道's TFR 2015 is 1.31: reaching 2.07 raises the births.
        QVERIFY(total(u"fertility"_s) > total(u"baseline"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QByteArray header = "region_code,year,sex,age_class,population\n";
        const QStringList all{u"--all"_s};
        QTest::newRow("sex") << header + "01,2015,male,0-4,10\n01,2015,men,5-9,10\n" << all
                             << u"ages.csv:3: column \"sex\": \"men\" is not male, female or total"_s;
        QTest::newRow("age class") << header + "01,2015,male,80歳以上,10\n" << all
                                   << u"ages.csv:2: column \"age_class\": \"80歳以上\" is not an age class"_s;
        QTest::newRow("number") << header + "01,2015,male,0-4,many\n" << all
                                << u"ages.csv:2: column \"population\": \"many\" is not a number"_s;
        QTest::newRow("negative") << header + "01,2015,male,0-4,-1\n" << all
                                  << u"ages.csv:2: column \"population\": a population cannot be negative"_s;
        QTest::newRow("duplicate") << header + "01,2015,male,0-4,1\n01,2015,male,0～4歳,2\n" << all
                                   << u"ages.csv:3: column \"age_class\": a second row"_s;
        QTest::newRow("column") << QByteArray("region_code,year,sex,population\n01,2015,male,1\n") << all
                                << u"ages.csv:1: missing column \"age_class\""_s;
        QTest::newRow("rate year") << header + "01,2015,male,0-4,1\n" << all
                                   << u"ages.csv: no population by sex and 5-year age for 2010"_s;
        QTest::newRow("region") << handTable() << QStringList{u"--region"_s, u"02"_s}
                                << u"region 02 has no population by sex and 5-year age"_s;
        QTest::newRow("region or all") << handTable() << QStringList{} << u"either --region"_s;
        QTest::newRow("both") << handTable() << QStringList{u"--all"_s, u"--region"_s, u"01"_s} << u"either --region"_s;
        QTest::newRow("scenario") << handTable() << QStringList{u"--all"_s, u"--scenario"_s, u"boom"_s}
                                  << u"unknown --scenario 'boom'"_s;
        QTest::newRow("horizon") << handTable() << QStringList{u"--all"_s, u"--to"_s, u"2047"_s}
                                 << u"multiple of 5"_s;
        QTest::newRow("tfr") << handTable() << QStringList{u"--all"_s, u"--tfr-target"_s, u"two"_s}
                             << u"--tfr-target must be a number"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = write(dir, u"ages.csv"_s, file);
        const Run r = run(QStringList{u"project"_s, u"--input"_s, path} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The store: a code that is no region, a level without age tables.
    void badStoreRequest_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no region") << QStringList{u"--region"_s, u"99"_s} << u"no region '99'"_s;
        QTest::newRow("nation") << QStringList{u"--region"_s, u"00"_s} << u"no population by sex and 5-year age"_s;
        QTest::newRow("base 2020") << QStringList{u"--all"_s, u"--base"_s, u"2020"_s} << u"for 2020"_s;
        QTest::newRow("rates after base") << QStringList{u"--all"_s, u"--rates-from"_s, u"2015"_s}
                                          << u"must end by the base year"_s;
    }

    void badStoreRequest()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runDb(QStringList{u"project"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProjection)
#include "test_cli_projection.moc"
