// SPDX-License-Identifier: GPL-3.0-or-later
// The JSIC division → 県民経済計算 activity concordance.
#include "testhelpers.h"

#include "datasets/concordance.h"

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

class TestConcordance : public QObject
{
    Q_OBJECT

private slots:
    void divisions_data()
    {
        QTest::addColumn<QString>("jsic");
        QTest::addColumn<QString>("activity");
        // Per the Cabinet Office correspondence (division level).
        QTest::newRow("A 農業，林業") << u"A"_s << u"S01"_s;
        QTest::newRow("B 漁業") << u"B"_s << u"S01"_s;
        QTest::newRow("C 鉱業") << u"C"_s << u"S02"_s;
        QTest::newRow("D 建設業") << u"D"_s << u"S05"_s;
        QTest::newRow("E 製造業") << u"E"_s << u"S03"_s;
        QTest::newRow("I 卸売業，小売業") << u"I"_s << u"S06"_s;
        QTest::newRow("M 宿泊業，飲食") << u"M"_s << u"S08"_s;
        QTest::newRow("P 医療，福祉") << u"P"_s << u"S15"_s;
        QTest::newRow("S 公務: none") << u"S"_s << QString();
        QTest::newRow("T 分類不能: none") << u"T"_s << QString();
    }

    void divisions()
    {
        QFETCH(QString, jsic);
        QFETCH(QString, activity);
        QCOMPARE(concordance::activityOf(jsic), activity);
    }

    void everyPrivateDivisionMaps()
    {
        for (char c = 'A'; c <= 'R'; ++c)
            QVERIFY2(concordance::comparableActivities().contains(concordance::activityOf(QString(QLatin1Char(c)))),
                     qPrintable(QString(QLatin1Char(c))));
        // Every comparable activity receives at least one division; 公務 none.
        for (const QString &a : concordance::comparableActivities()) {
            bool found = false;
            for (const ConcordanceEntry &e : concordance::jsicToActivity())
                found = found || e.activity == a;
            QVERIFY2(found, qPrintable(a));
        }
        QVERIFY(!concordance::comparableActivities().contains(u"S13"_s));
    }

    void sumsColumns()
    {
        IndustryTable t;
        t.regions = {u"01"_s, u"02"_s};
        t.industries = {u"A"_s, u"B"_s, u"E"_s, u"K"_s, u"S"_s};
        t.values.resize(2, 5);
        t.values << 10, 5, 100, 7, 1000,
                    1, std::nan(""), 50, 3, 1000;
        int used = 0;
        const IndustryTable out = concordance::jsicToActivities(t, {u"S01"_s, u"S03"_s, u"S11"_s}, &used);
        QCOMPARE(used, 4);   // S (公務) dropped
        QCOMPARE(out.industries, (QStringList{u"S01"_s, u"S03"_s, u"S11"_s}));
        QCOMPARE(out.values(0, 0), 15.0);
        QCOMPARE(out.values(0, 1), 100.0);
        QCOMPARE(out.values(0, 2), 7.0);
        QVERIFY(std::isnan(out.values(1, 0)));   // a missing division leaves the activity missing
        QCOMPARE(out.values(1, 1), 50.0);
        QCOMPARE(out.totals(0), 122.0);
    }
};

QTEST_MAIN(TestConcordance)
#include "test_concordance.moc"
