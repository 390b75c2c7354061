// SPDX-License-Identifier: GPL-3.0-or-later
// The 自治体比較 / Compare with peers page offscreen on a fresh starter store:
// its rows are the compare adapter's for the page's request (the path of
// `regionlens-cli compare`); the profile chart draws the rows with a
// percentile (at most 20: the highest and lowest ten) and the table every
// row; the scatter plots every municipality with the peers and the region
// highlighted and the OLS line (slope, intercept and r checked against a fit
// computed here); the ranking lists the region and its peers by value; the
// three kinds of peers (similar, same prefecture, a list of codes or names);
// a prefecture; sources; the layout fits a small screen; screenshots of each
// tab go to out/.
#include "testhelpers.h"
#include "pagetesthelpers.h"

#include "analysis/peercompare.h"
#include "compareview.h"
#include "datasets/adapters/compareadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "regionselection.h"
#include "widgets/peerscatterchart.h"
#include "widgets/profilechart.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace compare = regionlens::datasets::compareadapter;

namespace {

void waitIdle(app::CompareView &view)
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
}

compare::Result adapterResult(const datasets::Store &store, const compare::Request &request)
{
    return compare::compute(compare::load(store, request), request);
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void pageIdentity()
    {
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        QCOMPARE(view.pageId(), u"compare"_s);
        QVERIFY(!view.howToRead().isEmpty());
        QCOMPARE(view.figures().size(), 2);
        QCOMPARE(view.scope(), u"theme:health_welfare"_s);   // the page opens on 医療・福祉
    }

    // 豊田市 against its 30 most similar municipalities on 医療・福祉 per 100,000:
    // the adapter's rows; the chart, table, scatter and ranking show them.
    void toyotaAgreesWithAdapter()
    {
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({u"23211"_s});
        waitIdle(view);
        QVERIFY2(test::smallScreenMisfit(view).isEmpty(), qPrintable(test::smallScreenMisfit(view)));

        const compare::Request request = view.request();
        QCOMPARE(request.region, u"23211"_s);
        QCOMPARE(request.theme, u"health_welfare"_s);
        QCOMPARE(request.peers, compare::PeerMode::Similar);
        QCOMPARE(request.per, datasets::indicatoradapter::Per::HundredThousand);
        const compare::Result expected = adapterResult(m_store, request);
        const compare::Result &shown = view.result();
        QVERIFY(expected.error.isEmpty());
        QCOMPARE(shown.peers, expected.peers);
        QCOMPARE(shown.peers.size(), 30);
        QCOMPARE(shown.rows.size(), expected.rows.size());
        QVERIFY(shown.rows.size() >= 10);
        int finite = 0;
        for (qsizetype i = 0; i < shown.rows.size(); ++i) {
            const compare::Row &a = shown.rows.at(i), &b = expected.rows.at(i);
            QCOMPARE(a.indicator, b.indicator);
            QCOMPARE(a.value, b.value);
            QCOMPARE(a.peerMedian, b.peerMedian);
            QCOMPARE(a.rank, b.rank);
            QCOMPARE(a.n, b.n);
            QVERIFY(std::isnan(a.percentile) ? std::isnan(b.percentile) : a.percentile == b.percentile);
            finite += std::isfinite(a.percentile) ? 1 : 0;
        }
        QCOMPARE(view.profileChart()->countDrawn(), std::min(finite, 20));
        QCOMPARE(view.profileTable()->rowCount(), int(shown.rows.size()));
        // Highest first: the first row of the chart has the largest percentile.
        double top = -1;
        for (const compare::Row &r : shown.rows)
            top = std::max(top, std::isfinite(r.percentile) ? r.percentile : -1.0);
        QCOMPARE(view.profileChart()->rows().first().percentile, top);
        QVERIFY(view.profileChart()->rows().first().tooltip.contains(u"31"_s));   // "rank … of 31"

        // Commentary and sources name the region, the peers and SSDSE.
        QVERIFY(view.commentary().contains(u"豊田市"_s));
        QVERIFY(view.commentary().contains(u"30"_s));
        const QString sources = view.sources().join(u' ');
        QVERIFY2(sources.contains(u"SSDSE"_s), qPrintable(sources));
        QVERIFY(sources.contains(u"A-2026"_s));

        // Scatter: 医師数 (i6100) against 一般病院数 (i510120), both per 100,000, over every municipality.
        view.setScatterIndicators(u"ssdse.i6100"_s, u"ssdse.i510120"_s);
        const compare::Row *x = nullptr, *y = nullptr;
        for (const compare::Row &r : shown.rows) {
            x = r.indicator == u"ssdse.i6100" ? &r : x;
            y = r.indicator == u"ssdse.i510120" ? &r : y;
        }
        QVERIFY(x && y);
        const analysis::LinearFit fit = analysis::linearFit(x->all, y->all);
        QVERIFY(fit.n > 1500);
        QCOMPARE(view.scatterChart()->countDrawn(), fit.n);
        QVERIFY(view.scatterChart()->visibleLabels().contains(u"豊田市"_s));
        int peers = 0, focus = 0;
        for (const widgets::ScatterPoint &p : view.scatterChart()->points()) {
            peers += p.role == widgets::ScatterPoint::Peer ? 1 : 0;
            focus += p.role == widgets::ScatterPoint::Focus ? 1 : 0;
        }
        QCOMPARE(peers, 30);
        QCOMPARE(focus, 1);
        // r computed here from the definition (Σ centred products), not through linearFit.
        double mx = 0, my = 0, n = 0;
        for (qsizetype i = 0; i < x->all.size(); ++i)
            if (std::isfinite(x->all.at(i)) && std::isfinite(y->all.at(i))) {
                mx += x->all.at(i);
                my += y->all.at(i);
                ++n;
            }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (qsizetype i = 0; i < x->all.size(); ++i)
            if (std::isfinite(x->all.at(i)) && std::isfinite(y->all.at(i))) {
                sxy += (x->all.at(i) - mx) * (y->all.at(i) - my);
                sxx += (x->all.at(i) - mx) * (x->all.at(i) - mx);
                syy += (y->all.at(i) - my) * (y->all.at(i) - my);
            }
        RL_COMPARE_NEAR(fit.r, sxy / std::sqrt(sxx * syy), 1e-12);
        RL_COMPARE_NEAR(fit.slope, sxy / sxx, 1e-12);

        // Ranking on 一般病院数: the region and its peers, largest first, the region's rank the adapter's.
        view.setRankingIndicator(u"ssdse.i510120"_s);
        QTableWidget *ranking = view.rankingTable();
        QCOMPARE(ranking->rowCount(), 31);
        for (int r = 1; r < ranking->rowCount(); ++r)
            QVERIFY(ranking->item(r - 1, 2)->data(Qt::UserRole).toDouble()
                    >= ranking->item(r, 2)->data(Qt::UserRole).toDouble());
        bool found = false;
        for (int r = 0; r < ranking->rowCount(); ++r)
            if (ranking->item(r, 1)->text().contains(u"豊田市"_s)) {
                QCOMPARE(ranking->item(r, 0)->text().toInt(), y->rank);
                found = true;
            }
        QVERIFY(found);

        const QString out = test::sourceDir() + u"/out/"_s;
        view.grab().save(out + u"compare-profile-toyota.png"_s);
        view.findChild<QTabWidget *>()->setCurrentIndex(1);
        view.grab().save(out + u"compare-scatter-toyota.png"_s);
        view.findChild<QTabWidget *>()->setCurrentIndex(2);
        view.grab().save(out + u"compare-ranking-toyota.png"_s);
    }

    // The other peer choices: the same prefecture (愛知県 has 54 municipalities in the
    // SSDSE-A-2026 list: 53 peers) and a list of a code and a name.
    void peerChoices()
    {
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        selection.set({u"23211"_s});
        view.setPeerMode(compare::PeerMode::Prefecture);
        waitIdle(view);
        QCOMPARE(view.result().peers.size(), 53);
        QVERIFY(std::all_of(view.result().peers.cbegin(), view.result().peers.cend(),
                            [](const QString &c) { return c.startsWith(u"23"_s) && c.size() == 5; }));
        QVERIFY(view.commentary().contains(u"愛知県"_s));

        view.setPeerMode(compare::PeerMode::List);
        view.setPeerList(u"23202, 豊橋市"_s);
        waitIdle(view);
        QCOMPARE(view.result().peers, (QStringList{u"23201"_s, u"23202"_s}));
        QVERIFY(view.result().error.isEmpty());
    }

    // A prefecture: 愛知県 against its most similar prefectures on 観光, as published.
    void prefecture()
    {
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, false, nullptr);
        selection.set({u"23"_s});
        view.setScope(u"theme:tourism"_s);
        view.setPer(datasets::indicatoradapter::Per::None);
        waitIdle(view);
        const compare::Result expected = adapterResult(m_store, view.request());
        QCOMPARE(view.result().level, datasets::RegionLevel::Prefecture);
        QCOMPARE(view.result().peers, expected.peers);
        QCOMPARE(view.result().rows.size(), expected.rows.size());
        QVERIFY(!expected.rows.isEmpty());
        for (qsizetype i = 0; i < expected.rows.size(); ++i)
            QCOMPARE(view.result().rows.at(i).value, expected.rows.at(i).value);
        QVERIFY(view.commentary().contains(u"prefectures"_s));
        QVERIFY(view.scatterChart()->countDrawn() >= 40);
    }
};

QTEST_MAIN(TestCompareView)
#include "test_compareview.moc"
