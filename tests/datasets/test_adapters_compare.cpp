// SPDX-License-Identifier: GPL-3.0-or-later
// The derived measures (indicatoradapter) and the comparison with peers
// (compareadapter) on a fresh starter store, without a window. Every
// expected number is computed by hand in the comments from the SSDSE-A
// values (../shared/data/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv and
// -2021): 豊田市 R23211 総人口 2020 422,330 (2015 422,542), 一般病院数 2023 14,
// 総面積 2019 and 2024 91,832 ha, 一般世帯数 2020 176,644, 従業者数（民営）2021
// 247,911 of which 製造業 114,018, 出生数 2023 2,536, 経常収支比率 2022 71.1;
// 豊橋市 R23201 371,920 / 17 hospitals / 89.4; 岡崎市 R23202 384,654 / 12 /
// 90.4; 一宮市 R23203 380,073 / 14 / 89.1; 安城市 R23212 187,990 / 2 / 80.4.
#include "testhelpers.h"

#include "datasets/adapters/compareadapter.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace derived = regionlens::datasets::indicatoradapter;
namespace compare = regionlens::datasets::compareadapter;

class TestAdaptersCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    derived::Result derive(const derived::Request &request) const
    {
        return derived::compute(derived::load(m_store, request), request);
    }

    static const derived::Value *valueOf(const derived::Result &r, const QString &region)
    {
        for (const derived::Value &v : r.values)
            if (v.region == region)
                return &v;
        return nullptr;
    }

    static const compare::Row *rowOf(const compare::Result &r, const QString &indicator)
    {
        for (const compare::Row &row : r.rows)
            if (row.indicator == indicator)
                return &row;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"starter.sqlite"_s), &error), qPrintable(error));
    }

    void derivedMeasures_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("per");
        QTest::addColumn<int>("change");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("denominatorYear");
        QTest::addColumn<QString>("unitJa");
        // Regions with a value: a zero denominator gives none (never 0 or ∞). Census 2020: 双葉町 (07546)
        // had 0 residents and 0 households; 2015: 富岡町, 大熊町, 双葉町, 浪江町 0 (evacuation orders).
        QTest::addColumn<int>("count");
        using P = derived::Per;
        using C = derived::Change;
        // 14 / 422,330 × 100,000 = 3.31494329079… (population 2020: nearest to 2023 among 2015, 2020).
        QTest::newRow("hospitals per 100,000") << u"ssdse.i510120"_s << 2023 << int(P::HundredThousand) << int(C::None)
                                               << 14.0 / 422330.0 * 100000.0 << 2020 << u"施設/人口10万人"_s << 1740;
        // 2,536 / 422,330 × 1,000 = 6.0048…
        QTest::newRow("births per 1,000") << u"ssdse.a4101"_s << 2023 << int(P::Thousand) << int(C::None)
                                          << 2536.0 / 422330.0 * 1000.0 << 2020 << u"人/人口千人"_s << 1740;
        // 422,330 / (91,832 ha / 100) = 459.89… per km² (area 2019: nearer 2020 than 2024).
        QTest::newRow("population per km²") << u"ssdse.a1101"_s << 2020 << int(P::Km2) << int(C::None)
                                            << 422330.0 / 918.32 << 2019 << u"人/km²"_s << 1741;
        // 247,911 employees / 176,644 private households (2020 nearest 2021).
        QTest::newRow("employees per household") << u"ssdse.c2208"_s << 2021 << int(P::Household) << int(C::None)
                                                 << 247911.0 / 176644.0 << 2020 << u"人/世帯"_s << 1740;
        // 114,018 / 247,911 × 100 = 45.99… % (parent by item code: C220837 → C2208).
        QTest::newRow("manufacturing share") << u"ssdse.c220837"_s << 2021 << int(P::Share) << int(C::None)
                                             << 114018.0 / 247911.0 * 100.0 << 2021 << u"%"_s << 1741;
        // (422,330 / 422,542 − 1) × 100 = −0.0501725…
        QTest::newRow("population growth 2015→2020") << u"ssdse.a1101"_s << 2020 << int(P::None) << int(C::Growth)
                                                     << (422330.0 / 422542.0 - 1.0) * 100.0 << 0 << u"%"_s << 1737;
        // 422,330 − 422,542 = −212.
        QTest::newRow("population change") << u"ssdse.a1101"_s << 2020 << int(P::None) << int(C::Difference)
                                           << -212.0 << 0 << u"人"_s << 1741;
        // Per capita then growth: employees per person 2021 (247,911 / 422,330) against 2016
        // (248,872 / 422,542; population 2015 nearest 2016).
        QTest::newRow("employees per capita, growth")
            << u"ssdse.c2208"_s << 2021 << int(P::Capita) << int(C::Growth)
            << ((247911.0 / 422330.0) / (248872.0 / 422542.0) - 1.0) * 100.0 << 2020 << u"%"_s << 1737;
    }

    void derivedMeasures()
    {
        QFETCH(QString, indicator);
        QFETCH(int, year);
        QFETCH(int, per);
        QFETCH(int, change);
        QFETCH(double, expected);
        QFETCH(int, denominatorYear);
        QFETCH(QString, unitJa);
        QFETCH(int, count);
        derived::Request request;
        request.indicator = indicator;
        request.year = year;
        request.per = derived::Per(per);
        request.change = derived::Change(change);
        const derived::Result r = derive(request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.unitJa, unitJa);
        QVERIFY(!r.formulaJa.isEmpty() && !r.formulaEn.isEmpty());
        const derived::Value *v = valueOf(r, u"23211"_s);
        QVERIFY(v);
        RL_COMPARE_NEAR(v->value, expected, 1e-12 * std::max(1.0, std::abs(expected)));
        QCOMPARE(v->denominatorYear, denominatorYear);
        QCOMPARE(r.values.size(), count);
    }

    // A rate is not divided: an error rather than a meaningless number.
    void rateIsNotDivided()
    {
        derived::Request request;
        request.indicator = u"ssdse.d2203"_s;   // 経常収支比率 (%)
        request.per = derived::Per::Capita;
        QVERIFY(!derive(request).error.isEmpty());
        request.indicator = u"no_such_indicator"_s;
        request.per = derived::Per::None;
        QVERIFY(!derive(request).error.isEmpty());
    }

    void helpers()
    {
        QCOMPARE(derived::nearestYear({2015, 2020}, 2023), 2020);
        QCOMPARE(derived::nearestYear({2019, 2024}, 2020), 2019);
        QCOMPARE(derived::nearestYear({2018, 2022}, 2020), 2018);   // equal distance: the earlier
        QCOMPARE(derived::nearestYear({}, 2020), 0);
        QVERIFY(std::isnan(derived::divide(5.0, 0.0, derived::Per::Capita)));
        QVERIFY(std::isnan(derived::divide(5.0, std::nan(""), derived::Per::Capita)));
        QCOMPARE(derived::perFromKey(u"area"_s), std::optional<derived::Per>(derived::Per::Km2));
        QVERIFY(!derived::perFromKey(u"acre"_s));
    }

    // Peers given as a list: 豊田市 against 豊橋, 岡崎, 一宮, 安城.
    void explicitPeers()
    {
        compare::Request request;
        request.region = u"23211"_s;
        request.peers = compare::PeerMode::List;
        request.peerList = {u"23201"_s, u"23202"_s, u"23203"_s, u"23212"_s};
        request.indicators = {u"ssdse.i510120"_s, u"ssdse.d2203"_s};
        request.per = derived::Per::Capita;
        const compare::Result r = compare::compute(compare::load(m_store, request), request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.peers, (QStringList{u"23201"_s, u"23202"_s, u"23203"_s, u"23212"_s}));
        QCOMPARE(r.rows.size(), 2);
        // Hospitals per person: 豊田 14/422,330 = 3.315e-5; 豊橋 17/371,920 = 4.571e-5; 岡崎 12/384,654 =
        // 3.120e-5; 一宮 14/380,073 = 3.684e-5; 安城 2/187,990 = 1.064e-5. Peers sorted 1.064, 3.120, 3.684,
        // 4.571 (e-5): median (3.120 + 3.684)/2; two below 豊田 → percentile 50; two above → rank 3 of 5.
        const compare::Row *h = rowOf(r, u"ssdse.i510120"_s);
        QVERIFY(h);
        QVERIFY(h->perApplied);
        QCOMPARE(h->year, 2023);
        RL_COMPARE_NEAR(h->value, 14.0 / 422330.0, 1e-18);
        RL_COMPARE_NEAR(h->peerMedian, (12.0 / 384654.0 + 14.0 / 380073.0) / 2.0, 1e-18);
        QCOMPARE(h->percentile, 50.0);
        QCOMPARE(h->rank, 3);
        QCOMPARE(h->n, 5);
        // 経常収支比率 is a ratio: not divided. 71.1 against 89.4, 90.4, 89.1, 80.4: median (89.1 + 89.4)/2 =
        // 89.25, below every peer → percentile 0, rank 5.
        const compare::Row *d = rowOf(r, u"ssdse.d2203"_s);
        QVERIFY(d);
        QVERIFY(!d->perApplied);
        QCOMPARE(d->value, 71.1);
        RL_COMPARE_NEAR(d->peerMedian, 89.25, 1e-12);
        QCOMPARE(d->percentile, 0.0);
        QCOMPARE(d->rank, 5);
        QCOMPARE(d->n, 5);
    }

    // Same prefecture: 愛知県 has 54 municipalities, so 53 peers; a prefecture's peers are its 地域ブロック's.
    void prefecturePeers()
    {
        compare::Request request;
        request.region = u"23211"_s;
        request.peers = compare::PeerMode::Prefecture;
        request.theme = u"finance"_s;
        const compare::Result r = compare::compute(compare::load(m_store, request), request);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.peers.size(), 53);
        for (const QString &p : r.peers)
            QVERIFY(p.startsWith(u"23"_s) && p != u"23211"_s);
        for (const compare::Row &row : r.rows)
            QCOMPARE(row.n, 54);
        request.region = u"23"_s;
        const compare::Result pref = compare::compute(compare::load(m_store, request), request);
        QVERIFY2(pref.error.isEmpty(), qPrintable(pref.error));
        QCOMPARE(pref.level, RegionLevel::Prefecture);
        // 中部 block (catalog::prefectures()): 新潟 15 … 愛知 23, without 愛知 itself.
        QCOMPARE(pref.peers, (QStringList{u"15"_s, u"16"_s, u"17"_s, u"18"_s, u"19"_s, u"20"_s, u"21"_s, u"22"_s}));
    }

    // Similar regions: deterministic, k of them, nearest first, the region itself never a peer.
    void similarPeers()
    {
        compare::Request request;
        request.region = u"23211"_s;
        request.theme = u"health_welfare"_s;
        const compare::Result a = compare::compute(compare::load(m_store, request), request);
        const compare::Result b = compare::compute(compare::load(m_store, request), request);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.peers.size(), 30);
        QCOMPARE(a.peers, b.peers);
        QVERIFY(!a.peers.contains(u"23211"_s));
        for (qsizetype i = 1; i < a.distances.size(); ++i)
            QVERIFY(a.distances.at(i - 1) <= a.distances.at(i));
        // Prefectures: features are municipal sums; 47 − 1 candidates at most.
        request.region = u"13"_s;
        request.k = 5;
        const compare::Result p = compare::compute(compare::load(m_store, request), request);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.peers.size(), 5);
        QVERIFY(!p.peers.contains(u"13"_s));
    }

    void rejected()
    {
        compare::Request request;
        request.region = u"99999"_s;
        QVERIFY(!compare::compute(compare::load(m_store, request), request).error.isEmpty());
        request.region = u"23211"_s;
        request.peers = compare::PeerMode::List;
        request.peerList = {u"13"_s};   // a prefecture among municipalities
        QVERIFY(!compare::compute(compare::load(m_store, request), request).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdaptersCompare)
#include "test_adapters_compare.moc"
