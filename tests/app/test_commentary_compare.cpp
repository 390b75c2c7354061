// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 自治体比較 page (app/gui/comparecommentary.*), without a
// window: hand-made results in, the sentences out (English, no translator).
#include "comparecommentary.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace compare = regionlens::datasets::compareadapter;

Q_DECLARE_METATYPE(compare::Result)

namespace {

compare::Row row(const QString &name, double percentile, int rank, int n = 31)
{
    compare::Row r;
    r.indicator = u"x."_s + name;
    r.nameJa = name + u"（日本語）"_s;
    r.nameEn = name;
    r.percentile = percentile;
    r.rank = rank;
    r.n = n;
    return r;
}

compare::Result result(const QList<compare::Row> &rows, int peers = 30)
{
    compare::Result r;
    r.region = u"23211"_s;
    for (int i = 0; i < peers; ++i)
        r.peers << QString::number(23000 + i);
    r.rows = rows;
    return r;
}

} // namespace

class TestCommentaryCompare : public QObject
{
    Q_OBJECT

private slots:
    void commentary_data()
    {
        QTest::addColumn<compare::Result>("result");
        QTest::addColumn<int>("peers");
        QTest::addColumn<QString>("perText");
        QTest::addColumn<QStringList>("contains");   // in this order
        QTest::addColumn<QStringList>("absent");
        const QList<compare::Row> five{row(u"Doctors"_s, 95, 2), row(u"Clinics"_s, 20, 25), row(u"Beds"_s, 50, 16),
                                       row(u"Nurses"_s, 80, 7), row(u"Dentists"_s, 5, 30)};
        QTest::newRow("highest and lowest, top and bottom 10 %")
            << result(five) << int(compare::PeerMode::Similar) << QString()
            << QStringList{u"Among the 30 most similar municipalities, Toyota is in the top 10 % on 1 and in the "
                           u"bottom 10 % on 1 of the 5 indicators of Health"_s,
                           u"Highest relative to the peers: Doctors (percentile 95, rank 2 of 31), Nurses (percentile "
                           u"80, rank 7 of 31)."_s,
                           u"Lowest relative to the peers: Dentists (percentile 5, rank 30 of 31), Clinics (percentile "
                           u"20, rank 25 of 31)."_s}
            << QStringList{u"Beds"_s};
        QTest::newRow("at most three named; the per note")
            << result({row(u"A"_s, 100, 1), row(u"B"_s, 99, 1), row(u"C"_s, 98, 1), row(u"D"_s, 97, 2)})
            << int(compare::PeerMode::Prefecture) << u"Counts per person."_s
            << QStringList{u"Among the other 30 municipalities of 愛知県, Toyota is in the top 10 % on 4 of the 4 "
                           u"indicators of Health, and in the bottom 10 % on none."_s, u"A (percentile 100"_s,
                           u"C (percentile 98"_s, u"<p>Counts per person.</p>"_s}
            << QStringList{u"D (percentile"_s, u"Lowest"_s};
        QTest::newRow("a missing percentile is left out")
            << result({row(u"Known"_s, 60, 12), row(u"Missing"_s, std::nan(""), 0, 20)}) << int(compare::PeerMode::List)
            << QString()
            << QStringList{u"Among the 30 regions chosen, Toyota is in neither the top nor the bottom 10 % on any of "
                           u"the 1 indicators of Health."_s,
                           u"Known"_s}
            << QStringList{u"Missing"_s};
        QTest::newRow("bottom only")
            << result({row(u"Low"_s, 3, 30), row(u"Mid"_s, 40, 19)}) << int(compare::PeerMode::Similar) << QString()
            << QStringList{u"Toyota is in the bottom 10 % on 1 of the 2 indicators of Health, and in the top 10 % on "
                           u"none."_s,
                           u"Lowest relative to the peers: Low (percentile 3, rank 30 of 31), Mid (percentile 40"_s}
            << QStringList{u"Highest"_s};
        QTest::newRow("every indicator at the median")
            << result({row(u"Even"_s, 50, 16)}) << int(compare::PeerMode::Similar) << QString()
            << QStringList{u"Toyota is at its peers' median on every indicator."_s} << QStringList{u"Highest"_s};
        QTest::newRow("no peers") << result({row(u"A"_s, 50, 1)}, 0) << int(compare::PeerMode::Similar) << QString()
                                  << QStringList{u"No indicator to compare Toyota with its peers on."_s}
                                  << QStringList{u"Among"_s};
        compare::Result failed;
        failed.error = u"no region with code '99999'"_s;
        QTest::newRow("error") << failed << int(compare::PeerMode::Similar) << QString()
                               << QStringList{u"No comparison for Toyota: no region with code '99999'"_s}
                               << QStringList{u"Among"_s};
    }

    void commentary()
    {
        QFETCH(compare::Result, result);
        QFETCH(int, peers);
        QFETCH(QString, perText);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        app::CompareCommentaryInput in;
        in.result = result;
        in.peers = compare::PeerMode(peers);
        in.regionName = u"Toyota"_s;
        in.prefectureName = u"愛知県"_s;
        in.themeName = u"Health"_s;
        in.perText = perText;
        in.japanese = false;
        const QString html = app::compareCommentary(in);
        qsizetype at = 0;
        for (const QString &text : contains) {
            const qsizetype found = html.indexOf(text, at);
            QVERIFY2(found >= 0, qPrintable(u"'%1' not (in order) in: %2"_s.arg(text, html)));
            at = found + text.size();
        }
        for (const QString &text : absent)
            QVERIFY2(!html.contains(text), qPrintable(u"'%1' in: %2"_s.arg(text, html)));
    }

    void japaneseNames()
    {
        app::CompareCommentaryInput in;
        in.result = result({row(u"Doctors"_s, 95, 2)});
        in.regionName = u"豊田市"_s;
        QVERIFY(app::compareCommentary(in).contains(u"Doctors（日本語）"_s));
        QVERIFY(!app::compareHowToRead().isEmpty());
    }
};

QTEST_MAIN(TestCommentaryCompare)
#include "test_commentary_compare.moc"
