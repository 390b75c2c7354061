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
// tab go to out/. Issue 12's remainder: the scatter and the ranking on any
// indicator of the catalogue (outside the theme, the adapter's rows for it);
// a click on a dot or a ranking row selects that region; an adapter error in
// the UI language; a theme without indicators at the level says which level
// has them (no empty axes).
#include "testhelpers.h"
#include "pagetesthelpers.h"

#include "analysis/peercompare.h"
#include "compareview.h"
#include "datasets/adapters/compareadapter.h"
#include "datasets/indicatorcatalog.h"
#include "indicatorpicker.h"
#include "languagemanager.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "regionselection.h"
#include "widgets/peerscatterchart.h"
#include "widgets/profilechart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <qcustomplot.h>

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

// The page shown in the room a 1366 × 768 screen gives it, region selected, results in.
bool shownWith(app::CompareView &view, app::RegionSelection &selection, const QString &region)
{
    view.resize(test::smallScreenPage());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    selection.set({region});
    return QTest::qWaitFor([&view] { return !view.isBusy(); }, 30000);
}

compare::Result adapterResult(const datasets::Store &store, const compare::Request &request)
{
    return compare::compute(compare::load(store, request), request);
}

int countRole(const widgets::PeerScatterChart &chart, widgets::ScatterPoint::Role role)
{
    return int(std::count_if(chart.points().cbegin(), chart.points().cend(),
                             [role](const widgets::ScatterPoint &p) { return p.role == role; }));
}

const compare::Row *rowOf(const compare::Result &result, const QString &indicator)
{
    for (const compare::Row &r : result.rows)
        if (r.indicator == indicator)
            return &r;
    return nullptr;
}

bool sameValues(const compare::RegionValues &a, const compare::RegionValues &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!(a.at(i) == b.at(i) || (std::isnan(a.at(i)) && std::isnan(b.at(i)))))
            return false;
    return true;
}

// The Japanese of the compare adapter's messages, as /work/ts-notes gives them to the
// translation file: the page must pass the adapter's English through importText().
class AdapterMessages : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) != "ImportMessage")
            return {};
        const QByteArray s(source);
        if (s == "peer '%1' is not a %2 code")
            return u"比較対象「%1」は%2のコードではありません"_s;
        if (s == "municipality")
            return u"市区町村"_s;
        return {};
    }
};

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
        QVERIFY(shownWith(view, selection, u"23211"_s));
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
        const int peers = countRole(*view.scatterChart(), widgets::ScatterPoint::Peer);
        const int focus = countRole(*view.scatterChart(), widgets::ScatterPoint::Focus);
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

    // The scatter plot and the ranking on indicators outside the page's theme: the pickers offer
    // the catalogue's indicators at the level; the rows are the adapter's for them (the page's
    // region, peers and "Counts"), every region with both values drawn, the region's rank the
    // adapter's.
    void anyIndicator_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("per");
        QTest::addColumn<QString>("x");
        QTest::addColumn<QString>("y");
        QTest::addColumn<QString>("rankBy");
        // 豊田市 on 医療・福祉 per 100,000: 歳入決算総額 (地方財政) against 就業者数 (雇用), ranked on 経常収支比率.
        QTest::newRow("municipality, finance and employment")
            << u"23211"_s << u"theme:health_welfare"_s << int(datasets::indicatoradapter::Per::HundredThousand)
            << u"ssdse.d3201"_s << u"ssdse.f1102"_s << u"ssdse.d2203"_s;
        // 愛知県 on 観光 as published: 従業者数（民営） against 65歳以上人口, ranked on 新規求職申込件数.
        QTest::newRow("prefecture, employment and health") << u"23"_s << u"theme:tourism"_s
                                                           << int(datasets::indicatoradapter::Per::None)
                                                           << u"ssdse.c2208"_s << u"ssdse.a1303"_s
                                                           << u"ssdse.b_new_job_applications_general"_s;
    }

    void anyIndicator()
    {
        QFETCH(QString, region);
        QFETCH(QString, scope);
        QFETCH(int, per);
        QFETCH(QString, x);
        QFETCH(QString, y);
        QFETCH(QString, rankBy);
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        view.setScope(scope);
        view.setPer(datasets::indicatoradapter::Per(per));
        selection.set({region});
        waitIdle(view);
        for (const QString &id : {x, y, rankBy}) {
            QVERIFY2(!rowOf(view.result(), id), qPrintable(id + u" is in the theme"_s));
            QVERIFY2(view.xPicker()->offeredIndicators().contains(id), qPrintable(id));
            QVERIFY(view.rankPicker()->offeredIndicators().contains(id));
        }
        // Indicators by industry have no value per region: not offered.
        QVERIFY(!view.xPicker()->offeredIndicators().contains(u"employees"_s));

        view.setScatterIndicators(x, y);
        view.setRankingIndicator(rankBy);
        waitIdle(view);
        compare::Request request = view.request();
        request.theme.clear();
        request.indicators = QStringList{x, y, rankBy};
        const compare::Result expected = adapterResult(m_store, request);
        QVERIFY(expected.error.isEmpty());
        QCOMPARE(expected.peers, view.result().peers);
        const compare::Row *ex = rowOf(expected, x), *ey = rowOf(expected, y), *er = rowOf(expected, rankBy);
        QVERIFY(ex && ey && er);
        QVERIFY(view.row(x) && view.row(y) && view.row(rankBy));
        QVERIFY(sameValues(view.row(x)->all, ex->all));
        QVERIFY(sameValues(view.row(y)->all, ey->all));
        QCOMPARE(view.row(x)->unitJa, ex->unitJa);
        const analysis::LinearFit fit = analysis::linearFit(ex->all, ey->all);
        QVERIFY(fit.n >= 40);
        QCOMPARE(view.scatterChart()->countDrawn(), fit.n);
        const int peers = countRole(*view.scatterChart(), widgets::ScatterPoint::Peer);
        const int focus = countRole(*view.scatterChart(), widgets::ScatterPoint::Focus);
        QCOMPARE(peers, int(expected.peers.size()));
        QCOMPARE(focus, 1);
        // The names drawn do not overlap (the region's among them).
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QTabWidget *>()->setCurrentIndex(1);
        view.scatterChart()->grab();
        QList<QRectF> names;
        for (int i = 0; i < view.scatterChart()->plot()->itemCount(); ++i) {
            const auto *text = qobject_cast<QCPItemText *>(view.scatterChart()->plot()->item(i));
            if (!text || !text->visible() || !view.scatterChart()->visibleLabels().contains(text->text()))
                continue;
            const QFontMetricsF fm(text->font());
            names << QRectF(text->position->pixelPosition(), QSizeF(fm.horizontalAdvance(text->text()) + 4, fm.height()))
                         .adjusted(1, 1, -1, -1);
        }
        QVERIFY(names.size() >= 2);
        for (qsizetype a = 0; a < names.size(); ++a)
            for (qsizetype b = a + 1; b < names.size(); ++b)
                QVERIFY2(!names.at(a).intersects(names.at(b)), qPrintable(u"names %1 and %2 overlap"_s.arg(a).arg(b)));
        QVERIFY(view.scatterChart()->visibleLabels().contains(u"豊田市"_s) || region != u"23211");
        view.grab().save(test::sourceDir() + u"/out/compare-scatter-any-%1.png"_s.arg(region));
        QVERIFY2(view.scatterChart()->title().contains(ex->nameJa), qPrintable(view.scatterChart()->title()));
        QVERIFY(view.scatterChart()->title().contains(ey->nameJa));

        QTableWidget *ranking = view.rankingTable();
        QCOMPARE(ranking->rowCount(), int(expected.peers.size()) + 1);
        bool found = false;
        for (int r = 0; r < ranking->rowCount(); ++r)
            if (ranking->item(r, 1)->data(Qt::UserRole).toString() == region) {
                QCOMPARE(ranking->item(r, 0)->text().toInt(), er->rank);
                found = true;
            }
        QVERIFY(found);
        // Changing the theme keeps the user's axes.
        view.setScope(u"theme:population"_s);
        waitIdle(view);
        QCOMPARE(view.xPicker()->currentIndicator(), x);
        QCOMPARE(view.scatterChart()->countDrawn(), fit.n);
    }

    // Linked selection: a click on a dot of the scatter plot or on a row of the ranking
    // selects that region (the shared selection) and the page compares it.
    void clickSelectsRegion_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("scatter dot") << 1;
        QTest::newRow("ranking row") << 2;
    }

    void clickSelectsRegion()
    {
        QFETCH(int, tab);
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        QVERIFY(shownWith(view, selection, u"23211"_s));
        view.findChild<QTabWidget *>()->setCurrentIndex(tab);
        QApplication::processEvents();
        QString picked;
        if (tab == 1) {
            widgets::PeerScatterChart *chart = view.scatterChart();
            chart->grab();   // laid out at its size
            // The first peer whose dot is the one found under it.
            for (qsizetype i = 0; i < chart->points().size() && picked.isEmpty(); ++i) {
                const widgets::ScatterPoint &p = chart->points().at(i);
                if (p.role != widgets::ScatterPoint::Peer || !std::isfinite(p.x) || !std::isfinite(p.y))
                    continue;
                const QPoint at(int(std::lround(chart->plot()->xAxis->coordToPixel(p.x))),
                                int(std::lround(chart->plot()->yAxis->coordToPixel(p.y))));
                if (chart->pointAt(chart->plot()->mapTo(chart, at)) != int(i))
                    continue;
                picked = view.result().codes.at(i);
                QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, at);
            }
        } else {
            QTableWidget *ranking = view.rankingTable();
            QVERIFY(ranking->rowCount() > 2);
            const int row = ranking->item(0, 1)->data(Qt::UserRole).toString() == u"23211" ? 1 : 0;
            QTableWidgetItem *item = ranking->item(row, 1);
            picked = item->data(Qt::UserRole).toString();
            QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, ranking->visualItemRect(item).center());
        }
        QVERIFY(!picked.isEmpty());
        QVERIFY(picked != u"23211");
        QCOMPARE(selection.codes(), QStringList{picked});
        waitIdle(view);
        QCOMPARE(view.result().region, picked);
        QCOMPARE(view.comparedRegions().first(), picked);
        QCOMPARE(view.comparedRegions().size(), 31);
    }

    // An adapter error (a peer that is not a municipality code) is shown in the UI language:
    // the adapter's English goes through the message templates (messagetexts.cpp).
    void adapterErrorTranslated_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<bool>("appTranslation");   // the application's ja translation, else the notes' text
        QTest::addColumn<QString>("expected");
        QTest::newRow("ja") << true << false << u"比較対象「99999」は市区町村のコードではありません"_s;
        QTest::newRow("ja, application translation")
            << true << true << u"比較対象「99999」は市区町村のコードではありません"_s;
        QTest::newRow("en") << false << false << u"peer '99999' is not a municipality code"_s;
    }

    void adapterErrorTranslated()
    {
        QFETCH(bool, japanese);
        QFETCH(bool, appTranslation);
        QFETCH(QString, expected);
        AdapterMessages messages;
        app::LanguageManager language;
        if (appTranslation)
            language.install(u"ja"_s);
        else if (japanese)
            QCoreApplication::installTranslator(&messages);
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, japanese, nullptr);
        selection.set({u"23211"_s});
        view.setPeerMode(compare::PeerMode::List);
        view.setPeerList(u"23202, 99999"_s);
        waitIdle(view);
        QCOMPARE(view.result().error, u"peer '99999' is not a municipality code"_s);   // the adapter's English
        // The hint beside the controls (a label of the page) and the commentary.
        QString hint;
        for (const QLabel *label : view.findChildren<QLabel *>())
            if (label->text().contains(u"99999"_s))
                hint = label->text();
        const QString commentary = view.commentary();
        QCoreApplication::removeTranslator(&messages);
        if (appTranslation)
            language.install(u"en"_s);
        QVERIFY2(hint.contains(expected), qPrintable(hint));
        QVERIFY2(commentary.contains(expected), qPrintable(commentary));
        if (japanese)
            QVERIFY(!hint.contains(u"peer '"_s));
    }

    // A scope without indicators at the region's level (地方財政 is municipal finance, SSDSE-A only;
    // SSDSE-B and SSDSE-E have no D items) says so in the chooser, the chart and the commentary,
    // and draws no empty axes; at the other level it is compared.
    void scopeLevels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<QString>("note");     // in the chooser
        QTest::addColumn<QString>("name");     // the scope's, in the message
        QTest::addColumn<QString>("action");   // what to do, in the message
        QTest::newRow("finance, prefecture") << u"en"_s << u"23"_s << u"theme:finance"_s << true
                                             << u"(municipalities only)"_s << u"finance"_s << u"Select a municipality"_s;
        QTest::newRow("finance, prefecture, ja") << u"ja"_s << u"23"_s << u"theme:finance"_s << true
                                                 << u"（市区町村のみ）"_s << u"地方財政"_s << u"市区町村を選ぶと"_s;
        QTest::newRow("finance, municipality") << u"en"_s << u"23211"_s << u"theme:finance"_s << false
                                               << u"(municipalities only)"_s << QString() << QString();
        QTest::newRow("health, prefecture") << u"en"_s << u"23"_s << u"theme:health_welfare"_s << false
                                            << u"(municipalities only)"_s << QString() << QString();
    }

    void scopeLevels()
    {
        QFETCH(QString, language);
        QFETCH(QString, region);
        QFETCH(QString, scope);
        QFETCH(bool, empty);
        QFETCH(QString, note);
        QFETCH(QString, name);
        QFETCH(QString, action);
        app::LanguageManager languages;
        languages.install(language);
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, language == u"ja", nullptr);
        view.resize(test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({region});
        view.setScope(scope);
        waitIdle(view);
        QCOMPARE(view.scope(), scope);
        auto *box = view.findChild<QComboBox *>(u"compareScope"_s);
        QVERIFY(box);
        QCOMPARE(box->currentData().toString(), scope);
        QCOMPARE(view.result().rows.isEmpty(), empty);
        QCOMPARE(box->currentText().contains(note), empty);
        QCOMPARE(view.profileChart()->plot()->xAxis->visible(), !empty);
        if (empty) {
            QCOMPARE(view.profileChart()->countDrawn(), 0);
            // The catalogue's finance indicators with municipal years (the CLI lists the same theme).
            int municipal = 0;
            for (const datasets::IndicatorInfo &info : m_store.indicators())
                if (info.kind != u"flow" && datasets::indicatorcatalog::entryFor(info).themes.contains(u"finance"_s)) {
                    QVERIFY2(m_store.years(info.id, datasets::RegionLevel::Prefecture).isEmpty(), qPrintable(info.id));
                    municipal += m_store.years(info.id, datasets::RegionLevel::Municipality).isEmpty() ? 0 : 1;
                }
            QVERIFY(municipal > 0);
            const QString message = view.emptyScopeText();
            QVERIFY2(message.contains(name, Qt::CaseInsensitive), qPrintable(message));
            QVERIFY2(message.contains(QString::number(municipal)), qPrintable(message));
            QVERIFY2(message.contains(action), qPrintable(message));
            QVERIFY2(view.commentary().contains(action), qPrintable(view.commentary()));
            // The message fits the chart: every line of it within the plot's width.
            view.profileChart()->grab();
            bool shown = false;
            for (int i = 0; i < view.profileChart()->plot()->itemCount(); ++i) {
                const auto *text = qobject_cast<QCPItemText *>(view.profileChart()->plot()->item(i));
                if (!text || !text->visible() || QString(text->text()).remove(u'\n').remove(u' ') != QString(message).remove(u' '))
                    continue;
                shown = true;
                const QFontMetricsF fm(text->font());
                for (const QString &line : text->text().split(u'\n'))
                    QVERIFY2(fm.horizontalAdvance(line) <= view.profileChart()->plot()->width(), qPrintable(line));
            }
            QVERIFY(shown);
            view.grab().save(test::sourceDir() + u"/out/compare-finance-prefecture-%1.png"_s.arg(language));
        } else {
            QVERIFY(view.emptyScopeText().isEmpty());
            QVERIFY(view.profileChart()->countDrawn() > 0);
        }
        languages.install(u"en"_s);
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
