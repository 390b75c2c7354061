// SPDX-License-Identifier: GPL-3.0-or-later
// Region catalogue: the 47 JIS X 0401 codes and names, the preset groups as
// government reports define them, and resolving codes or names to a code.
#include "testhelpers.h"

#include "datasets/catalog.h"

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

QStringList membersOf(const QString &id)
{
    for (const RegionGroup &g : catalog::presets() + catalog::blocks())
        if (g.id == id)
            return g.members;
    return {};
}

QStringList codes(std::initializer_list<int> numbers)
{
    QStringList out;
    for (int n : numbers)
        out << u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void prefectures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nameJa");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("block");
        QTest::newRow("01") << u"01"_s << u"北海道"_s << u"Hokkaido"_s << u"hokkaido"_s;
        QTest::newRow("07") << u"07"_s << u"福島県"_s << u"Fukushima"_s << u"tohoku"_s;
        QTest::newRow("13") << u"13"_s << u"東京都"_s << u"Tokyo"_s << u"kanto"_s;
        QTest::newRow("23") << u"23"_s << u"愛知県"_s << u"Aichi"_s << u"chubu"_s;
        QTest::newRow("26") << u"26"_s << u"京都府"_s << u"Kyoto"_s << u"kinki"_s;
        QTest::newRow("27") << u"27"_s << u"大阪府"_s << u"Osaka"_s << u"kinki"_s;
        QTest::newRow("34") << u"34"_s << u"広島県"_s << u"Hiroshima"_s << u"chugoku"_s;
        QTest::newRow("39") << u"39"_s << u"高知県"_s << u"Kochi"_s << u"shikoku"_s;
        QTest::newRow("46") << u"46"_s << u"鹿児島県"_s << u"Kagoshima"_s << u"kyushu"_s;
        QTest::newRow("47") << u"47"_s << u"沖縄県"_s << u"Okinawa"_s << u"kyushu"_s;
    }

    void prefectures()
    {
        QFETCH(QString, code);
        QFETCH(QString, nameJa);
        QFETCH(QString, nameEn);
        QFETCH(QString, block);
        const QList<Region> &all = catalog::prefectures();
        QCOMPARE(all.size(), 47);
        const Region &r = all.at(code.toInt() - 1);
        QCOMPARE(r.code, code);
        QCOMPARE(r.nameJa, nameJa);
        QCOMPARE(r.nameEn, nameEn);
        QCOMPARE(r.block, block);
        QCOMPARE(r.parent, u"00"_s);
    }

    void everyPrefectureInExactlyOneBlock()
    {
        QHash<QString, int> seen;
        for (const RegionGroup &b : catalog::blocks())
            for (const QString &c : b.members)
                ++seen[c];
        QCOMPARE(seen.size(), 47);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("東京圏") << u"tokyo_area"_s << codes({11, 12, 13, 14});
        QTest::newRow("名古屋圏") << u"nagoya_area"_s << codes({21, 23, 24});
        QTest::newRow("大阪圏") << u"osaka_area"_s << codes({26, 27, 28, 29});
        QTest::newRow("三大都市圏 11") << u"three_metro_11"_s << codes({11, 12, 13, 14, 21, 23, 24, 26, 27, 28, 29});
        QTest::newRow("三大都市圏 17") << u"three_metro_17"_s
                                   << codes({8, 9, 10, 11, 12, 13, 14, 19, 21, 23, 24, 25, 26, 27, 28, 29, 30});
        QTest::newRow("関東経済産業局管内") << u"kanto_meti"_s << codes({8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 22});
        QTest::newRow("関東 block") << u"kanto"_s << codes({8, 9, 10, 11, 12, 13, 14});
        QTest::newRow("九州・沖縄 block") << u"kyushu"_s << codes({40, 41, 42, 43, 44, 45, 46, 47});
    }

    void presets()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        QStringList members = membersOf(id);
        members.sort();
        QCOMPARE(members, expected);
    }

    void nonMetroComplementsThreeMetro()
    {
        QStringList all = membersOf(u"non_metro_11"_s) + membersOf(u"three_metro_11"_s);
        all.sort();
        QCOMPARE(all.size(), 47);
        QCOMPARE(all.removeDuplicates(), 0);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("two digits") << u"13"_s << u"13"_s;
        QTest::newRow("one digit") << u"1"_s << u"01"_s;
        QTest::newRow("five digits") << u"13000"_s << u"13"_s;
        QTest::newRow("six digits with check digit") << u"130001"_s << u"13"_s;
        QTest::newRow("e-Stat area label") << u"13000_東京都"_s << u"13"_s;
        QTest::newRow("full name") << u"東京都"_s << u"13"_s;
        QTest::newRow("short name") << u"東京"_s << u"13"_s;
        QTest::newRow("English") << u"Tokyo"_s << u"13"_s;
        QTest::newRow("English lower") << u"osaka"_s << u"27"_s;
        QTest::newRow("macron") << u"Ōsaka"_s << u"27"_s;
        QTest::newRow("Hokkaido") << u"北海道"_s << u"01"_s;
        QTest::newRow("suffix") << u"Okinawa-ken"_s << u"47"_s;
        QTest::newRow("spaces") << u" 沖縄県 "_s << u"47"_s;
        QTest::newRow("out of range") << u"48"_s << QString();
        QTest::newRow("zero") << u"00"_s << QString();
        QTest::newRow("municipality is not a prefecture") << u"13101"_s << QString();
        QTest::newRow("unknown name") << u"Atlantis"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(catalog::resolvePrefecture(text), code);
    }

    void ageClasses_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("code");
        QTest::newRow("総数") << u"総数"_s << u"TOTAL"_s;
        QTest::newRow("0～4歳") << u"0～4歳"_s << u"0-4"_s;
        QTest::newRow("85歳以上") << u"85歳以上"_s << u"85+"_s;
        QTest::newRow("ascii") << u"10-14"_s << u"10-14"_s;
        QTest::newRow("wave dash") << u"20〜24歳"_s << u"20-24"_s;
        QTest::newRow("reversed") << u"9～5歳"_s << QString();
        QTest::newRow("junk") << u"不詳"_s << QString();
    }

    void ageClasses()
    {
        QFETCH(QString, label);
        QFETCH(QString, code);
        QCOMPARE(catalog::normalizeAgeClass(label), code);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
