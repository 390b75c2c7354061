// SPDX-License-Identifier: GPL-3.0-or-later
// The 自治体比較 page agrees with `regionlens-cli compare`: the page (offscreen,
// standalone, on a starter store) is set up as a user would — a region in
// the region bar, the peers, the theme and the division chosen on its
// controls — and every row it shows (value, peers' median, percentile, rank,
// n) must equal the CLI's JSON for the same options to 1e-12 (relative), with
// the same indicators. (tests/app/test_agreement.cpp checks the adapter
// against the CLI; this checks what the page draws.)
//
// By hand, from the SSDSE source (../shared/data/ssdse_a_municipal/utf8/
// SSDSE-A-2026.utf8.csv, read here): 豊田市 (R23211) 総人口 A1101 = 422,330 (2020),
// 一般病院数 I510120 = 14 (2023) → 14 ÷ 422,330 × 100,000 = 3.31494… per 100,000,
// and with its 30 similar peers n = 31.
#include "testhelpers.h"
#include "agreementsupport.h"

#include "compareview.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "regionselection.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace compare = regionlens::datasets::compareadapter;
using Per = regionlens::datasets::indicatoradapter::Per;

Q_DECLARE_METATYPE(compare::PeerMode)
Q_DECLARE_METATYPE(Per)

class TestAgreementCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"s.sqlite"_s);
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_path, &error), qPrintable(error));
    }

    void pageEqualsCli_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<compare::PeerMode>("peers");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<Per>("per");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("豊田市, similar, 医療・福祉 per 100,000 (the page's defaults)")
            << u"23211"_s << compare::PeerMode::Similar << u"theme:health_welfare"_s << Per::HundredThousand
            << QStringList{u"--region"_s, u"23211"_s, u"--theme"_s, u"health_welfare"_s, u"--per"_s, u"100000"_s};
        QTest::newRow("豊田市, same prefecture, 企業活動 per capita")
            << u"23211"_s << compare::PeerMode::Prefecture << u"theme:business"_s << Per::Capita
            << QStringList{u"--region"_s, u"23211"_s, u"--peers"_s, u"prefecture"_s, u"--theme"_s, u"business"_s,
                           u"--per"_s, u"capita"_s};
        QTest::newRow("愛知県, similar prefectures, 医療・福祉 per capita")
            << u"23"_s << compare::PeerMode::Similar << u"theme:health_welfare"_s << Per::Capita
            << QStringList{u"--region"_s, u"23"_s, u"--theme"_s, u"health_welfare"_s, u"--per"_s, u"capita"_s};
        QTest::newRow("愛知県, its block, 観光 as published")
            << u"23"_s << compare::PeerMode::Prefecture << u"theme:tourism"_s << Per::None
            << QStringList{u"--region"_s, u"23"_s, u"--peers"_s, u"prefecture"_s, u"--theme"_s, u"tourism"_s};
    }

    void pageEqualsCli()
    {
        QFETCH(QString, region);
        QFETCH(compare::PeerMode, peers);
        QFETCH(QString, scope);
        QFETCH(Per, per);
        QFETCH(QStringList, args);
        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        view.setPeerMode(peers);
        view.setScope(scope);
        view.setPer(per);
        selection.set({region});
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        const compare::Result &page = view.result();
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.region, region);

        QString error;
        const QStringList columns{u"value"_s, u"peer_median"_s, u"percentile"_s, u"rank"_s, u"n"_s};
        const test::agreement::Table table = test::agreement::runCli(
            test::agreement::Figure{QStringList{u"compare"_s} + args, {u"indicator_id"_s}, columns, {}, {}}, m_path,
            &error);
        QVERIFY2(!table.isEmpty(), qPrintable(error));
        QCOMPARE(qsizetype(table.size()), page.rows.size());
        for (const compare::Row &row : page.rows) {
            QVERIFY2(table.contains(row.indicator), qPrintable(row.indicator));
            const QHash<QString, double> &c = table.value(row.indicator);
            const double shown[] = {row.value, row.peerMedian, row.percentile, double(row.rank), double(row.n)};
            for (qsizetype k = 0; k < columns.size(); ++k)
                QVERIFY2(test::agreement::agree(shown[k], c.value(columns.at(k))),
                         qPrintable(u"%1 %2: page %3, CLI %4"_s.arg(row.indicator, columns.at(k))
                                        .arg(shown[k], 0, 'g', 17)
                                        .arg(c.value(columns.at(k)), 0, 'g', 17)));
        }
    }

    // The hand check documented above, read from the SSDSE-A-2026 file itself.
    void toyotaHospitalsByHand()
    {
        RL_REQUIRE_SHARED_DATA(data);
        QFile file(data + u"/ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList header = lines.first().trimmed().split(u',');
        const qsizetype pop = header.indexOf(u"A1101"_s), hospitals = header.indexOf(u"I510120"_s);
        QVERIFY(pop > 0 && hospitals > 0);
        QStringList toyota;
        for (const QString &line : lines)
            if (line.startsWith(u"R23211,"_s))
                toyota = line.trimmed().split(u',');   // no quoted fields in this row
        QCOMPARE(toyota.value(2), u"豊田市"_s);
        QCOMPARE(toyota.value(pop), u"422330"_s);
        QCOMPARE(toyota.value(hospitals), u"14"_s);

        app::RegionSelection selection;
        app::CompareView view(m_store, selection, true, nullptr);
        selection.set({u"23211"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        const compare::Row *row = nullptr;
        for (const compare::Row &r : view.result().rows)
            row = r.indicator == u"ssdse.i510120" ? &r : row;
        QVERIFY(row);
        QCOMPARE(row->year, 2023);
        RL_COMPARE_NEAR(row->value, 14.0 / 422330.0 * 100000.0, 1e-12);
        QCOMPARE(row->n, 31);
    }
};

QTEST_MAIN(TestAgreementCompare)
#include "test_agreement_compare.moc"
