// SPDX-License-Identifier: GPL-3.0-or-later
// The 強みと成長 (growth) and 生産性と経済 (productivity) adapters without a
// window: a 2 × 2 table worked by hand (levels, %, pt, the per-industry
// shift-share components, LQ, quadrants, a group), the level of a region
// code, and on the starter store 静岡県 checked against the source tables.
//
// Hand check of 静岡県 (issue 15), from ../shared/data:
//  ssdse_a_municipal/derived_pref_by_industry_establishments_employees_2016_2021.csv
//  (従業者数（民営）, SSDSE-A-2021 for 2016, SSDSE-A-2026 for 2021):
//    製造業 C220837  434,418 → 441,001   (+6,583, +1.515 %)
//    医療，福祉 C220850 186,755 → 204,400 (+17,645, +9.448 %)
//    宿泊業，飲食サービス業 C220847 160,459 → 142,314 (−18,145, −11.31 %)
//    region total = the sum of the 18 divisions A–R: 1,712,931 → 1,730,926
//    (the published 従業者数 C2208, 1,712,983 and 1,730,955, also counts
//    establishments in no division); 製造業 contributes 6,583 / 1,712,931 =
//    +0.3843 pt of the +1.0505 % growth.
//  gdp_pref_by_industry_fy2011_2022/gdp_pref_by_industry_nominal_fy2011_2022_long.csv
//  (県民経済計算, 百万円): 県内総生産(合計) FY2016 17,659,021, FY2021 17,506,587,
//    10th of 47 in FY2021 (after 東京都, 大阪府, 愛知県, 神奈川県, 埼玉県,
//    兵庫県, 千葉県, 北海道, 福岡県); 製造業 6,674,496 → 6,613,260, a
//    contribution of −61,236 / 17,659,021 = −0.3468 pt; the 16 activities sum
//    to 17,400,434 in FY2021, 公務 673,860.
//  GDP per worker 2021 = (17,400,434 − 673,860) / 1,730,926 = 9.6633 百万円
//    = 966万円 (value added of FY2021 without 公務 / employees of 1 June 2021).
// The test recomputes those from the files when they are present.
#include "testhelpers.h"

#include "datasets/adapters/growthadapter.h"
#include "datasets/adapters/productivityadapter.h"
#include "datasets/starterpack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

// "region,industry,year,value" per line.
ObservationColumns columns(const char *text)
{
    ObservationColumns out;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u',');
        const auto index = [](QStringList &codes, const QString &code) {
            if (!codes.contains(code))
                codes << code;
            return qint32(codes.indexOf(code));
        };
        out.region.push_back(index(out.regions, f.at(0)));
        out.industry.push_back(index(out.industries, f.at(1)));
        out.year.push_back(f.at(2).toInt());
        out.value.push_back(f.at(3).toDouble());
    }
    return out;
}

// No "00" rows: the nation is the sum of the regions.
//   nation A 150 → 170 (+13.33 %), B 250 → 270 (+8 %), total 400 → 440 (G = 10 %).
const char kTable[] = "01,A,2016,100\n01,B,2016,100\n02,A,2016,50\n02,B,2016,150\n"
                      "01,A,2021,120\n01,B,2021,90\n02,A,2021,50\n02,B,2021,180\n";

GrowthRequest request(const QString &region, const QList<RegionAggregate> &groups = {})
{
    GrowthRequest r;
    r.indicator = u"test"_s;
    r.region = region;
    r.groups = groups;
    return r;
}

// The source file's rows split at commas (no quoted fields in these files).
QList<QStringList> csvRows(const QString &path)
{
    QList<QStringList> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QTextStream in(&f);
    in.readLine();
    while (!in.atEnd())
        out << in.readLine().split(u',');
    return out;
}

} // namespace

class TestAdaptersGrowth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void level_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<int>("level");
        QTest::newRow("prefecture") << u"22"_s << QStringList() << int(RegionLevel::Prefecture);
        QTest::newRow("municipality") << u"23211"_s << QStringList() << int(RegionLevel::Municipality);
        QTest::newRow("group of prefectures") << u"group:g"_s << QStringList{u"11"_s, u"13"_s} << int(RegionLevel::Prefecture);
        QTest::newRow("group of municipalities") << u"group:g"_s << QStringList{u"23211"_s, u"23202"_s}
                                                 << int(RegionLevel::Municipality);
        QTest::newRow("mixed group") << u"group:g"_s << QStringList{u"23"_s, u"22130"_s} << int(RegionLevel::Prefecture);
    }

    void level()
    {
        QFETCH(QString, region);
        QFETCH(QStringList, members);
        QFETCH(int, level);
        const QList<RegionAggregate> groups =
            members.isEmpty() ? QList<RegionAggregate>{} : QList<RegionAggregate>{{region, members}};
        QCOMPARE(int(growthLevel(region, groups)), level);
    }

    // Region 01 worked by hand: x_r 200 → 210.
    //  A: 100 → 120, +20 %, 10 pt; national 100·0.1 = 10, mix 100·(0.1333−0.1) = 3.333,
    //     regional 100·(0.2−0.1333) = 6.667; LQ (120/210)/(170/440) = 1.478992.
    //  B: 100 → 90, −10 %, −5 pt; national 10, mix 100·(0.08−0.1) = −2,
    //     regional 100·(−0.1−0.08) = −18; LQ (90/210)/(270/440) = 0.698413.
    void handWorked()
    {
        const IndustryGrowth g = compute(load(columns(kTable), request(u"01"_s)));
        QVERIFY(g.found);
        QCOMPARE(g.startYear, 2016);
        QCOMPARE(g.endYear, 2021);
        QCOMPARE(g.start, 200.0);
        QCOMPARE(g.end, 210.0);
        RL_COMPARE_NEAR(g.percent, 5.0, 1e-12);
        RL_COMPARE_NEAR(g.nationPercent, 10.0, 1e-12);
        QCOMPARE(g.rows.size(), 2);
        const IndustryGrowthRow *a = g.find(u"A"_s);
        const IndustryGrowthRow *b = g.find(u"B"_s);
        QVERIFY(a && b);
        RL_COMPARE_NEAR(a->change, 20.0, 1e-12);
        RL_COMPARE_NEAR(a->percent, 20.0, 1e-12);
        RL_COMPARE_NEAR(a->contribution, 10.0, 1e-12);
        RL_COMPARE_NEAR(a->nationPercent, 100.0 * 20.0 / 150.0, 1e-12);
        RL_COMPARE_NEAR(a->nationalShare, 10.0, 1e-12);
        RL_COMPARE_NEAR(a->industryMix, 10.0 / 3.0, 1e-12);
        RL_COMPARE_NEAR(a->regionalShift, 20.0 / 3.0, 1e-12);
        RL_COMPARE_NEAR(a->lq, (120.0 / 210.0) / (170.0 / 440.0), 1e-12);
        RL_COMPARE_NEAR(a->share, 100.0 * 120.0 / 210.0, 1e-12);
        RL_COMPARE_NEAR(b->percent, -10.0, 1e-12);
        RL_COMPARE_NEAR(b->contribution, -5.0, 1e-12);
        RL_COMPARE_NEAR(b->industryMix, -2.0, 1e-12);
        RL_COMPARE_NEAR(b->regionalShift, -18.0, 1e-12);
        RL_COMPARE_NEAR(b->lq, (90.0 / 210.0) / (270.0 / 440.0), 1e-12);
        // The components add up to each change, the contributions to the growth.
        for (const IndustryGrowthRow &r : g.rows)
            RL_COMPARE_NEAR(r.nationalShare + r.industryMix + r.regionalShift, r.change, 1e-12);
        RL_COMPARE_NEAR(a->contribution + b->contribution, g.percent, 1e-12);
        RL_COMPARE_NEAR(g.nationalShare + g.industryMix + g.regionalShift, g.change, 1e-12);
        QCOMPARE(quadrantOf(*a), GrowthQuadrant::StrongGrowing);
        QCOMPARE(quadrantOf(*b), GrowthQuadrant::WeakLagging);
    }

    // 01 + 02 as one region is the nation here: no regional shift, LQ 1.
    void group()
    {
        const QList<RegionAggregate> groups{{u"group:both"_s, {u"01"_s, u"02"_s}}};
        const IndustryGrowth g = compute(load(columns(kTable), request(u"group:both"_s, groups)));
        QVERIFY(g.found);
        QCOMPARE(g.start, 400.0);
        QCOMPARE(g.end, 440.0);
        for (const IndustryGrowthRow &r : g.rows) {
            RL_COMPARE_NEAR(r.regionalShift, 0.0, 1e-12);
            RL_COMPARE_NEAR(r.lq, 1.0, 1e-12);
        }
        QVERIFY(!compute(load(columns(kTable), request(u"03"_s))).found);
    }

    // A cell missing in one year is left out of both (no change, no components).
    void missingCell()
    {
        const IndustryGrowth g = compute(load(columns("01,A,2016,100\n01,B,2016,100\n01,A,2021,120\n"
                                                      "02,A,2016,50\n02,B,2016,150\n02,A,2021,50\n02,B,2021,180\n"),
                                             request(u"01"_s)));
        QVERIFY(g.found);
        QCOMPARE(g.start, 100.0);
        QVERIFY(std::isnan(g.find(u"B"_s)->change));
        QVERIFY(std::isnan(g.find(u"B"_s)->regionalShift));
        RL_COMPARE_NEAR(g.find(u"A"_s)->contribution, 20.0, 1e-12);
    }

    void cancel()
    {
        QVERIFY(compute(load(columns(kTable), request(u"01"_s)), [](double) { return false; }).cancelled);
    }

    // --- 静岡県 on the starter store against the source tables (see the top) ---

    void shizuokaGrowth()
    {
        GrowthRequest r;
        r.indicator = u"employees"_s;
        r.region = u"22"_s;
        r.startYear = 2016;
        r.endYear = 2021;
        const IndustryGrowth g = compute(load(m_store, r));
        QVERIFY(g.found);
        QCOMPARE(g.rows.size(), 18);
        QCOMPARE(g.start, 1712931.0);
        QCOMPARE(g.end, 1730926.0);
        const IndustryGrowthRow *e = g.find(u"E"_s);
        QCOMPARE(e->start, 434418.0);
        QCOMPARE(e->end, 441001.0);
        RL_COMPARE_NEAR(e->percent, 100.0 * 6583.0 / 434418.0, 1e-12);
        RL_COMPARE_NEAR(e->contribution, 100.0 * 6583.0 / 1712931.0, 1e-12);
        QCOMPARE(g.find(u"P"_s)->change, 17645.0);
        QCOMPARE(g.find(u"M"_s)->change, -18145.0);

        RL_REQUIRE_SHARED_DATA(dir);
        // The divisions C220832..C220852 of 静岡県 in the source, summed per year.
        double sum2016 = 0, sum2021 = 0;
        for (const QStringList &f : csvRows(dir + u"/ssdse_a_municipal/derived_pref_by_industry_establishments_"
                                                  "employees_2016_2021.csv"_s))
            if (f.size() == 8 && f.at(2) == u"22" && f.at(4) == u"employees" && f.at(5).size() == 7) {
                (f.at(0) == u"2016" ? sum2016 : sum2021) += f.at(7).toDouble();
                if (f.at(5) == u"C220837")
                    QCOMPARE(f.at(0) == u"2016" ? e->start : e->end, f.at(7).toDouble());
            }
        QCOMPARE(g.start, sum2016);
        QCOMPARE(g.end, sum2021);
    }

    void shizuokaProductivity()
    {
        ProductivityRequest r;
        r.region = u"22"_s;
        r.startYear = 2016;
        r.endYear = 2021;
        const Productivity p = compute(load(m_store, r));
        QVERIFY(p.found());
        QCOMPARE(p.row, u"22"_s);
        QCOMPARE(p.gdpStart, 17659021.0);
        QCOMPARE(p.gdpEnd, 17506587.0);
        QCOMPARE(p.gdpRank, 10);
        QCOMPARE(p.gdpRankOf, 47);
        const auto manufacturing = std::find_if(p.activities.cbegin(), p.activities.cend(),
                                                [](const ActivityEconomy &a) { return a.activity == u"S03"; });
        QVERIFY(manufacturing != p.activities.cend());
        RL_COMPARE_NEAR(manufacturing->contribution, 100.0 * (6613260.0 - 6674496.0) / 17659021.0, 1e-12);
        // The contributions and the taxes line add up to the growth.
        double sum = p.taxesContribution;
        for (const ActivityEconomy &a : p.activities)
            sum += a.contribution;
        RL_COMPARE_NEAR(sum, p.growthPercent, 1e-12);
        RL_COMPARE_NEAR(p.taxesEnd, 17506587.0 - 17400434.0, 1e-12);
        const PerWorkerYear *w = p.latestPerWorker();
        QVERIFY(w);
        QCOMPARE(w->censusYear, 2021);
        QCOMPARE(w->gdpYear, 2021);
        QCOMPARE(w->employees, 1730926.0);
        RL_COMPARE_NEAR(w->perWorker, (17400434.0 - 673860.0) / 1730926.0, 1e-12);
        QVERIFY(w->rank >= 1 && w->rank <= 47);
        QCOMPARE(w->rankOf, 47);
        QCOMPARE(p.perWorker.first().censusYear, 2016);
        QCOMPARE(units::manYen(w->perWorker), w->perWorker * 100.0);

        RL_REQUIRE_SHARED_DATA(dir);
        // The rank among the 47 totals of FY2021 in the source.
        int above = 0, count = 0;
        for (const QStringList &f :
             csvRows(dir + u"/gdp_pref_by_industry_fy2011_2022/gdp_pref_by_industry_nominal_fy2011_2022_long.csv"_s))
            if (f.size() == 5 && f.at(0) == u"2021" && f.at(3) == u"県内総生産(合計)") {
                ++count;
                above += f.at(4).toDouble() > 17506587.0;
            }
        QCOMPARE(count, 47);
        QCOMPARE(p.gdpRank, above + 1);
    }

    // A municipality is shown with its prefecture's figures, said in the notes.
    void municipalityUsesPrefecture()
    {
        ProductivityRequest r;
        r.region = u"23211"_s;
        const Productivity toyota = compute(load(m_store, r));
        r.region = u"23"_s;
        const Productivity aichi = compute(load(m_store, r));
        QCOMPARE(toyota.row, u"23"_s);
        QCOMPARE(toyota.gdp, aichi.gdp);
        QVERIFY(toyota.notes.join(u'\n').contains(u"municipality 23211"_s));
        QVERIFY(!aichi.notes.join(u'\n').contains(u"municipality"_s));
    }

    // A group of prefectures: the sum of its members; no rank.
    void groupOfPrefectures()
    {
        ProductivityRequest r;
        r.region = u"group:g"_s;
        r.groups = {{u"group:g"_s, {u"22"_s, u"23"_s}}};
        const Productivity g = compute(load(m_store, r));
        r.groups.clear();
        r.region = u"22"_s;
        const Productivity a = compute(load(m_store, r));
        r.region = u"23"_s;
        const Productivity b = compute(load(m_store, r));
        QVERIFY(g.found());
        RL_COMPARE_NEAR(g.gdpEnd, a.gdpEnd + b.gdpEnd, 1e-12);
        QCOMPARE(g.gdpRank, 0);
        RL_COMPARE_NEAR(g.latestPerWorker()->employees, a.latestPerWorker()->employees + b.latestPerWorker()->employees,
                        1e-12);
        QCOMPARE(g.latestPerWorker()->rank, 0);
    }
};

QTEST_GUILESS_MAIN(TestAdaptersGrowth)
#include "test_adapters_growth.moc"
