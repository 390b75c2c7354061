// SPDX-License-Identifier: GPL-3.0-or-later
// The region × industry adapters (LQ, shift-share, specialisation) without a
// window: each convention of the request on small tables worked by hand,
// the record of the conventions used, groups, cancellation, and on the
// starter store that the store path, the rows path and the pages' old entry
// points give the same figures.
#include "testhelpers.h"

#include "datasets/adapters/lqadapter.h"
#include "datasets/adapters/shiftshareadapter.h"
#include "datasets/adapters/specialisationadapter.h"
#include "datasets/growthfactors.h"
#include "datasets/industrystructure.h"
#include "datasets/starterpack.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

Q_DECLARE_METATYPE(regionlens::datasets::RegionTotalRule)
Q_DECLARE_METATYPE(regionlens::datasets::NationRule)
Q_DECLARE_METATYPE(regionlens::datasets::AggregateRule)

namespace {

// "region,industry,year,value" per line ("x" = suppressed).
QList<Observation> rows(const char *text)
{
    QList<Observation> out;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u',');
        Observation o;
        o.region = f.at(0);
        o.industry = f.at(1);
        o.year = f.at(2).toInt();
        if (f.at(3) == u"x")
            o.status = u"x"_s;
        else
            o.value = f.at(3).toDouble();
        out.append(o);
    }
    return out;
}

// Two regions, a TOTAL that includes 10 unclassified jobs in 01, and the
// nation "00" (A 100, B 300, TOTAL 400):
//           A    B   TOTAL
//   01     30   10    50
//   02     20   40    60
//   00    100  300   400
const char kTotals[] = "01,A,2020,30\n01,B,2020,10\n01,TOTAL,2020,50\n"
                       "02,A,2020,20\n02,B,2020,40\n02,TOTAL,2020,60\n"
                       "00,A,2020,100\n00,B,2020,300\n00,TOTAL,2020,400\n";

// Three regions; the nation is their sum (A 100, B 100).
const char kThree[] = "01,A,2020,30\n01,B,2020,10\n02,A,2020,20\n02,B,2020,40\n03,A,2020,50\n03,B,2020,50\n";

// kTidy2x2 of the CLI test: 2020 → 2021 → 2022, no nation row.
const char kGrowth[] = "01,A,2020,30\n01,B,2020,10\n02,A,2020,20\n02,B,2020,40\n"
                       "01,A,2021,33\n01,B,2021,12\n02,A,2021,22\n02,B,2021,53\n"
                       "01,A,2022,33\n01,B,2022,12\n02,A,2022,22\n02,B,2022,65\n";

// The same doubles (NaN equal to NaN).
bool same(const QVector<double> &a, const QVector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i) && !(std::isnan(a.at(i)) && std::isnan(b.at(i))))
            return false;
    return true;
}

double lqOf(const LqResult &r, const QString &region, const QString &industry)
{
    return r.lq.at(r.row(region), r.column(industry));
}

LqRequest lqRequest(RegionTotalRule total = RegionTotalRule::SumOfIndustries,
                    NationRule nation = NationRule::NationRowWhenPresent)
{
    LqRequest request;
    request.indicator = u"jobs"_s;
    request.regionTotal = total;
    request.nation = nation;
    return request;
}

} // namespace

class TestAdaptersIndustry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    // LQ_ri = (x_ri / x_r) / (x_Ni / x_N) on kTotals under each convention:
    //  sum of industries, 00 row:  x_01 = 40, x_N = Σ 00 = 400:
    //    (01,A) = 0.75 / 0.25 = 3;  (01,B) = 0.25 / 0.75 = 1/3;  (02,A) = (1/3) / 0.25 = 4/3
    //  TOTAL rows, 00 row (x_N = its TOTAL 400): x_01 = 50:
    //    (01,A) = 0.6 / 0.25 = 2.4;  (01,B) = 0.2 / 0.75 = 4/15;  (02,A) = 4/3
    //  sum of industries, sum of regions: nation A 50, B 50, x_N = 100:
    //    (01,A) = 0.75 / 0.5 = 1.5;  (01,B) = 0.25 / 0.5 = 0.5;  (02,A) = 2/3
    //  TOTAL rows, sum of regions: x_N = 50 + 60 = 110, x_NA/x_N = 50/110:
    //    (01,A) = 0.6 · 2.2 = 1.32;  (01,B) = 0.2 · 2.2 = 0.44;  (02,A) = (1/3) · 2.2 = 11/15
    void lqConventions_data()
    {
        QTest::addColumn<RegionTotalRule>("total");
        QTest::addColumn<NationRule>("nation");
        QTest::addColumn<QList<double>>("expected");   // (01,A), (01,B), (02,A)
        QTest::addColumn<bool>("totalRowUsed");
        QTest::addColumn<bool>("nationRowUsed");
        QTest::newRow("sum, 00 when present (defaults)") << RegionTotalRule::SumOfIndustries
                                                          << NationRule::NationRowWhenPresent
                                                          << QList<double>{3.0, 1.0 / 3.0, 4.0 / 3.0} << false << true;
        QTest::newRow("TOTAL, 00") << RegionTotalRule::TotalRow << NationRule::NationRow
                                   << QList<double>{2.4, 4.0 / 15.0, 4.0 / 3.0} << true << true;
        QTest::newRow("sum, sum") << RegionTotalRule::SumOfIndustries << NationRule::SumOfRegions
                                  << QList<double>{1.5, 0.5, 2.0 / 3.0} << false << false;
        QTest::newRow("TOTAL, sum") << RegionTotalRule::TotalRow << NationRule::SumOfRegions
                                    << QList<double>{1.32, 0.44, 11.0 / 15.0} << true << false;
    }

    void lqConventions()
    {
        QFETCH(RegionTotalRule, total);
        QFETCH(NationRule, nation);
        QFETCH(QList<double>, expected);
        QFETCH(bool, totalRowUsed);
        QFETCH(bool, nationRowUsed);
        const LqResult r = compute(load(rows(kTotals), lqRequest(total, nation)));
        QCOMPARE(r.regions, (QStringList{u"01"_s, u"02"_s}));   // the nation is not a row
        QCOMPARE(r.industries, (QStringList{u"A"_s, u"B"_s}));  // TOTAL is not an industry
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"A"_s), expected.at(0), 1e-14);
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"B"_s), expected.at(1), 1e-14);
        RL_COMPARE_NEAR(lqOf(r, u"02"_s, u"A"_s), expected.at(2), 1e-14);
        QCOMPARE(r.conventions.totalRow, totalRowUsed);
        QCOMPARE(r.conventions.nationRow, nationRowUsed);
        QVERIFY(r.conventions.regionsWithoutTotal.isEmpty());
        QCOMPARE(r.year, 2020);   // year 0 = the latest of the data
    }

    // TOTAL requested but 02 has none: the sum of the industries for every
    // region (LQ(01,A) = 3 as with the defaults), and the result says so.
    // The 00 rows requested where there are none: the sum of the regions.
    void lqFallbacksAreRecorded()
    {
        const char noTotal02[] = "01,A,2020,30\n01,B,2020,10\n01,TOTAL,2020,50\n02,A,2020,20\n02,B,2020,40\n"
                                 "00,A,2020,100\n00,B,2020,300\n";
        LqResult r = compute(load(rows(noTotal02), lqRequest(RegionTotalRule::TotalRow)));
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"A"_s), 3.0, 1e-14);
        QVERIFY(r.conventions.totalRowRequested);
        QVERIFY(!r.conventions.totalRow);
        QCOMPARE(r.conventions.regionsWithoutTotal, QStringList{u"02"_s});
        QVERIFY(conventionNotes(r.conventions).join(u'\n').contains(u"1 region(s) lack them (02)"_s));

        r = compute(load(rows(kThree), lqRequest(RegionTotalRule::SumOfIndustries, NationRule::NationRow)));
        QVERIFY(!r.conventions.nationRow);
        QCOMPARE(r.conventions.yearsWithoutNationRow, QList<int>{2020});
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"A"_s), 1.5, 1e-14);   // (30/40) / (100/200)
        QVERIFY(conventionNotes(r.conventions).join(u'\n').contains(u"2020 lack them"_s));
    }

    // An aggregate is an industry unless one of its members is in the data.
    //  ABC, D, E (no A, B, C):      01: 10 30 60 (100)   02: 40 30 30 (100)
    //    nation ABC 50, D 60, E 90 (200): LQ(01,ABC) = 0.1 / 0.25 = 0.4,
    //    LQ(01,D) = 0.3 / 0.3 = 1 (dropping ABC would give (30/90)/(60/150) = 5/6).
    void aggregateIndustries_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<AggregateRule>("rule");
        QTest::addColumn<QStringList>("industries");
        QTest::addColumn<QStringList>("leftOut");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("overlapping");
        const QByteArray abc = "01,ABC,2020,10\n01,D,2020,30\n01,E,2020,60\n02,ABC,2020,40\n02,D,2020,30\n02,E,2020,30\n";
        QTest::newRow("ABC without members: kept")
            << abc << AggregateRule::LeaveOutWhenMembersPresent << QStringList{u"ABC"_s, u"D"_s, u"E"_s}
            << QStringList{} << QStringList{u"ABC"_s} << QStringList{};
        QTest::newRow("ABC, rule LeaveOutAll")
            << abc << AggregateRule::LeaveOutAll << QStringList{u"D"_s, u"E"_s} << QStringList{u"ABC"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("members present: AB and ABC left out")
            << QByteArray("01,A,2020,1\n01,B,2020,2\n01,C,2020,3\n01,AB,2020,3\n01,ABC,2020,6\n01,D,2020,4\n")
            << AggregateRule::LeaveOutWhenMembersPresent << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
            << QStringList{u"AB"_s, u"ABC"_s} << QStringList{} << QStringList{};
        // AB, ABC and PRIMARY (= A + B) without A, B, C: the largest (ABC) is
        // kept, AB and PRIMARY overlap it; D is a member of SECONDARY only.
        QTest::newRow("overlapping aggregates: the largest kept")
            << QByteArray("01,AB,2020,3\n01,ABC,2020,6\n01,PRIMARY,2020,3\n01,D,2020,4\n")
            << AggregateRule::LeaveOutWhenMembersPresent << QStringList{u"ABC"_s, u"D"_s} << QStringList{}
            << QStringList{u"ABC"_s} << QStringList{u"AB"_s, u"PRIMARY"_s};
        QTest::newRow("AB beside C: both kept")
            << QByteArray("01,AB,2020,3\n01,C,2020,6\n01,TOTAL,2020,9\n") << AggregateRule::LeaveOutWhenMembersPresent
            << QStringList{u"AB"_s, u"C"_s} << QStringList{} << QStringList{u"AB"_s} << QStringList{};
        QTest::newRow("SNA aggregates beside their activities")
            << QByteArray("01,S01,2020,1\n01,S03,2020,2\n01,SNA_P1,2020,1\n01,SNA_P2,2020,2\n")
            << AggregateRule::LeaveOutWhenMembersPresent << QStringList{u"S01"_s, u"S03"_s}
            << QStringList{u"SNA_P1"_s, u"SNA_P2"_s} << QStringList{} << QStringList{};
    }

    void aggregateIndustries()
    {
        QFETCH(QByteArray, data);
        QFETCH(AggregateRule, rule);
        QFETCH(QStringList, industries);
        QFETCH(QStringList, leftOut);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, overlapping);
        LqRequest request = lqRequest();
        request.aggregates = rule;
        const LqInputs in = load(rows(data.constData()), request);
        QCOMPARE(in.data.industries, industries);
        QCOMPARE(in.data.conventions.aggregatesLeftOut, leftOut);
        QCOMPARE(in.data.conventions.aggregatesKept, kept);
        QCOMPARE(in.data.conventions.aggregatesOverlapping, overlapping);
    }

    void aggregateKeptChangesTheQuotients()
    {
        const char abc[] = "01,ABC,2020,10\n01,D,2020,30\n01,E,2020,60\n02,ABC,2020,40\n02,D,2020,30\n02,E,2020,30\n";
        LqResult r = compute(load(rows(abc), lqRequest()));
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"ABC"_s), 0.4, 1e-14);
        RL_COMPARE_NEAR(lqOf(r, u"02"_s, u"ABC"_s), 1.6, 1e-14);
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"D"_s), 1.0, 1e-14);
        LqRequest old = lqRequest();
        old.aggregates = AggregateRule::LeaveOutAll;
        r = compute(load(rows(abc), old));
        QCOMPARE(r.industries, (QStringList{u"D"_s, u"E"_s}));
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"D"_s), 5.0 / 6.0, 1e-14);
        QCOMPARE(r.conventions.aggregatesLeftOut, QStringList{u"ABC"_s});
    }

    // kThree with the group {01, 03}: its row is 80, 60; the nation stays
    // the three regions (A 100, B 100): LQ(group,A) = (80/140) / 0.5 = 8/7,
    // LQ(01,A) = (30/40) / 0.5 = 1.5 as without the group. Counting the group
    // in the nation would give LQ(01,A) = 0.75 / (180/340).
    // Municipal level: a prefecture code stands for its municipalities.
    void groups()
    {
        LqRequest request = lqRequest();
        request.groups = {{u"group:g"_s, {u"01"_s, u"03"_s, u"09"_s}}};
        const LqResult r = compute(load(rows(kThree), request));
        QCOMPARE(r.regions, (QStringList{u"01"_s, u"02"_s, u"03"_s, u"group:g"_s}));
        RL_COMPARE_NEAR(lqOf(r, u"group:g"_s, u"A"_s), 8.0 / 7.0, 1e-14);
        RL_COMPARE_NEAR(lqOf(r, u"01"_s, u"A"_s), 1.5, 1e-14);
        QCOMPARE(r.values.at(r.row(u"group:g"_s), 0), 80.0);
        QCOMPARE(r.conventions.groups, QStringList{u"group:g"_s});
        QCOMPARE(r.conventions.groupMembersMissing, QStringList{u"09"_s});

        // 01100 + 01202 = 北海道's municipalities here: A 7, B 3 of 10; 02201: A 1, B 9.
        // Nation A 8, B 12 (20): LQ(group:hokkaido, A) = 0.7 / 0.4 = 1.75.
        request.groups = {{u"group:hokkaido"_s, {u"01"_s}}};
        request.level = RegionLevel::Municipality;
        const LqResult m = compute(load(rows("01100,A,2020,5\n01100,B,2020,1\n01202,A,2020,2\n01202,B,2020,2\n"
                                             "02201,A,2020,1\n02201,B,2020,9\n"),
                                        request));
        RL_COMPARE_NEAR(lqOf(m, u"group:hokkaido"_s, u"A"_s), 1.75, 1e-14);
        QVERIFY(m.conventions.groupMembersMissing.isEmpty());
    }

    // kGrowth 2020 → 2021, nation = Σ regions: G = 0.2, g_NA = 0.1, g_NB = 0.3.
    //   01: national 8, mix −2, regional −1 (change 5); 02: 12, 2, 1 (change 15).
    //   group {01, 02} (= the nation): 20, 0, 0, change 20; growth 0.2 = G.
    // With "00" rows growing 10 % in both industries (G = 0.1):
    //   01: national 4, mix 0, regional 30·0 + 10·(0.2 − 0.1) = 1.
    void shiftShareConventions()
    {
        ShiftShareRequest request;
        request.indicator = u"jobs"_s;
        request.endYear = 2021;
        request.groups = {{u"group:all"_s, {u"01"_s, u"02"_s}}};
        GrowthFactors g = compute(load(rows(kGrowth), request));
        QCOMPARE(g.years, (QList<int>{2020, 2021}));
        QCOMPARE(g.regions, (QStringList{u"01"_s, u"02"_s, u"group:all"_s}));
        const QList<double> expected[] = {{8, -2, -1, 5}, {12, 2, 1, 15}, {20, 0, 0, 20}};
        for (int r = 0; r < 3; ++r) {
            RL_COMPARE_NEAR(g.nationalShare.at(r), expected[r].at(0), 1e-13);
            RL_COMPARE_NEAR(g.industryMix.at(r) + 1.0, expected[r].at(1) + 1.0, 1e-13);
            RL_COMPARE_NEAR(g.regionalShift.at(r) + 1.0, expected[r].at(2) + 1.0, 1e-13);
            RL_COMPARE_NEAR(g.actualChange.at(r), expected[r].at(3), 1e-13);
        }
        RL_COMPARE_NEAR(g.growthRate.at(2), 0.2, 1e-14);
        QVERIFY(!g.conventions.nationRow);

        const QByteArray withNation = QByteArray(kGrowth) + "00,A,2020,100\n00,B,2020,300\n00,A,2021,110\n00,B,2021,330\n";
        g = compute(load(rows(withNation.constData()), request));
        QVERIFY(g.conventions.nationRow);
        RL_COMPARE_NEAR(g.nationalShare.at(0), 4.0, 1e-13);
        RL_COMPARE_NEAR(g.industryMix.at(0) + 1.0, 1.0, 1e-13);
        RL_COMPARE_NEAR(g.regionalShift.at(0), 1.0, 1e-13);
        RL_COMPARE_NEAR(g.nationalGrowthRate, 0.1, 1e-14);
        request.nation = NationRule::SumOfRegions;
        g = compute(load(rows(withNation.constData()), request));
        RL_COMPARE_NEAR(g.nationalShare.at(0), 8.0, 1e-13);
    }

    // Dynamic 2020 → 2021 → 2022 (the CLI test's figures): 01 national
    // 8 + 4.5, 02 national 12 + 7.5; the group's components are its
    // members' sums: national 32, change 5 + 27 = 32.
    void shiftShareDynamicGroup()
    {
        ShiftShareRequest request;
        request.indicator = u"jobs"_s;
        request.dynamic = true;
        request.groups = {{u"group:all"_s, {u"01"_s, u"02"_s}}};
        const GrowthFactors g = compute(load(rows(kGrowth), request));
        QCOMPARE(g.years, (QList<int>{2020, 2021, 2022}));
        RL_COMPARE_NEAR(g.nationalShare.at(0), 12.5, 1e-13);
        RL_COMPARE_NEAR(g.nationalShare.at(1), 19.5, 1e-13);
        RL_COMPARE_NEAR(g.nationalShare.at(2), 32.0, 1e-13);
        RL_COMPARE_NEAR(g.actualChange.at(2), 32.0, 1e-13);
        RL_COMPARE_NEAR(g.startValue.at(2), 100.0, 0.0);
        RL_COMPARE_NEAR(g.endValue.at(2), 132.0, 0.0);
        for (int r = 0; r < 3; ++r)
            RL_COMPARE_NEAR(g.nationalShare.at(r) + g.industryMix.at(r) + g.regionalShift.at(r), g.actualChange.at(r),
                            1e-12);
    }

    // kThree, group {01, 03} = (80, 60), shares (4/7, 3/7), nation (1/2, 1/2):
    //   Krugman |4/7 − 1/2| + |3/7 − 1/2| = 1/7, Hoover 1/14, Herfindahl 25/49;
    //   against the regions outside it (02: 1/3, 2/3): 5/21 + 5/21 = 10/21.
    // 01 (3/4, 1/4) keeps its own: Krugman 1/2.
    void specialisationGroup()
    {
        SpecialisationRequest request;
        request.indicator = u"jobs"_s;
        request.groups = {{u"group:g"_s, {u"01"_s, u"03"_s}}};
        const SpecialisationIndices r = compute(load(rows(kThree), request));
        const int g = r.row(u"group:g"_s);
        QCOMPARE(g, 3);
        RL_COMPARE_NEAR(r.krugman.at(g), 1.0 / 7.0, 1e-14);
        RL_COMPARE_NEAR(r.hoover.at(g), 1.0 / 14.0, 1e-14);
        RL_COMPARE_NEAR(r.herfindahl.at(g), 25.0 / 49.0, 1e-14);
        RL_COMPARE_NEAR(r.krugmanVsOthers.at(g), 10.0 / 21.0, 1e-14);
        RL_COMPARE_NEAR(r.krugman.at(r.row(u"01"_s)), 0.5, 1e-14);
    }

    void cancelled()
    {
        const auto stop = [](double) { return false; };
        QVERIFY(compute(load(rows(kThree), lqRequest()), stop).cancelled);
        ShiftShareRequest ss;
        ss.indicator = u"jobs"_s;
        QVERIFY(compute(load(rows(kGrowth), ss), stop).cancelled);
        SpecialisationRequest sp;
        sp.indicator = u"jobs"_s;
        QVERIFY(compute(load(rows(kThree), sp), stop).cancelled);
    }

    // --- the starter store ---

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    // 北海道 (01), A 農業，林業, employees 2021 (starter CSV): 40,379 of
    // Σ A–R 2,165,371 (TOTAL 2,165,390). Default: x_r and x_N are sums over
    // A–R; TotalRow: the TOTAL rows, x_N = Σ prefectures' TOTAL.
    void storeTotalsConvention()
    {
        LqRequest request;
        request.indicator = u"employees"_s;
        request.year = 2021;
        const LqResult sum = compute(load(m_store, request));
        request.regionTotal = RegionTotalRule::TotalRow;
        const LqResult total = compute(load(m_store, request));
        QCOMPARE(sum.regions.size(), 47);
        QCOMPARE(sum.industries.size(), 18);
        const int r = sum.row(u"01"_s), c = sum.column(u"A"_s);
        QCOMPARE(sum.values.at(r, c), 40379.0);
        RL_COMPARE_NEAR(sum.regionTotals.at(r), 2165371.0, 0.0);
        RL_COMPARE_NEAR(total.regionTotals.at(r), 2165390.0, 0.0);
        const double nationA = sum.nation.at(c);
        RL_COMPARE_NEAR(sum.lq.at(r, c), (40379.0 / 2165371.0) / (nationA / sum.nationTotal), 1e-13);
        RL_COMPARE_NEAR(total.lq.at(r, c), (40379.0 / 2165390.0) / (nationA / total.nationTotal), 1e-13);
        QVERIFY(std::abs(sum.lq.at(r, c) - total.lq.at(r, c)) > 1e-6);   // 2.619685 vs 2.619675
        QVERIFY(total.nationTotal > sum.nationTotal);
        QVERIFY(total.conventions.totalRow);
    }

    // The store path and the rows path (what the CLI's --input builds) give
    // the same inputs and results; the pages' old entry points the same
    // numbers with the default request, at both levels.
    void storeRowsAndOldEntryPointsAgree()
    {
        LqRequest request;
        request.indicator = u"employees"_s;
        request.year = 2021;
        request.earningPower = false;
        request.groups = {{u"group:tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s}}};
        ObservationQuery q;
        q.indicator = u"employees"_s;
        q.industry.reset();
        const QList<Observation> all = m_store.observations(q);   // every level and year
        QList<Observation> prefectures;
        for (const Observation &o : all)
            if (o.region.size() == 2)
                prefectures.append(o);
        const LqResult fromStore = compute(load(m_store, request));
        const LqResult fromRows = compute(load(prefectures, request));
        QCOMPARE(fromRows.regions, fromStore.regions);
        QCOMPARE(fromRows.industries, fromStore.industries);
        QVERIFY(same(fromRows.lq.data, fromStore.lq.data));

        const IndustryStructure old = computeIndustryStructure(
            loadIndustryStructure(m_store, u"employees"_s, 2021, request.groups));
        QVERIFY(same(old.lq.data, fromStore.lq.data));
        QCOMPARE(old.activities.size(), 15);   // the 稼ぐ力 inputs come with the default request

        // The municipal table a page reads itself, through the old entry point.
        IndustryStructureInputs byHand;
        byHand.indicator = u"employees"_s;
        byHand.year = 2021;
        q.year = 2021;
        q.level = RegionLevel::Municipality;
        byHand.table = toIndustryTable(m_store.observations(q), industryColumns(m_store, u"employees"_s));
        request.level = RegionLevel::Municipality;
        request.groups.clear();
        const LqResult municipal = compute(load(m_store, request));
        QCOMPARE(municipal.regions.size(), 1741);
        QVERIFY(same(computeIndustryStructure(byHand).lq.data, municipal.lq.data));

        ShiftShareRequest ss;
        ss.indicator = u"employees"_s;
        ss.startYear = 2016;
        ss.endYear = 2021;
        ss.level = RegionLevel::Municipality;
        const GrowthFactors g = compute(load(m_store, ss));
        const GrowthFactors legacy =
            computeGrowthFactors(loadGrowthFactors(m_store, u"employees"_s, 2016, 2021, {}, RegionLevel::Municipality));
        QCOMPARE(g.regions.size(), 1741);
        QVERIFY(same(legacy.regionalFactor, g.regionalFactor));
        QVERIFY(same(legacy.growthRate, g.growthRate));
        QVERIFY(std::isnan(g.growthRate.at(g.row(u"07546"_s))));   // 双葉町: no employees in 2016
    }
};

QTEST_GUILESS_MAIN(TestAdaptersIndustry)
#include "test_adapters_industry.moc"
