// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue snapshot on the starter store: every answer is the Store's
// read of the same name, boundaries are decoded once per build and shared by
// copies, municipalities are named with their prefecture, a snapshot does
// not change when the store does, and the build needs a fixed handful of
// statements however many indicators the store holds. Also the statement
// counter the GUI test relies on.
#include "testhelpers.h"

#include "datasets/catalogsnapshot.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

Q_DECLARE_METATYPE(std::optional<RegionLevel>)

namespace {

QString describe(const Region &r)
{
    return QStringList{r.code, regionLevelKey(r.level), r.nameJa, r.nameEn, r.parent, r.block}.join(u'|');
}

QStringList describe(const QList<Region> &regions)
{
    QStringList out;
    for (const Region &r : regions)
        out << describe(r);
    return out;
}

QStringList describe(const QList<RegionGroup> &groups)
{
    QStringList out;
    for (const RegionGroup &g : groups)
        out << QStringList{g.id, g.nameJa, g.nameEn, g.kind, g.members.join(u',')}.join(u'|');
    return out;
}

QStringList describe(const QList<Industry> &industries)
{
    QStringList out;
    for (const Industry &i : industries)
        out << QStringList{i.code, i.classification, i.nameJa, i.nameEn, i.members.join(u','),
                           QString::number(i.sortOrder)}
                   .join(u'|');
    return out;
}

QString describe(const IndicatorInfo &i)
{
    return QStringList{i.id,     i.nameJa, i.nameEn, i.unitJa, i.unitEn, i.sourceJa, i.sourceEn,
                       i.licence, i.survey, i.kind,   i.noteJa, i.noteEn}
        .join(u'|');
}

QStringList describe(const QList<IndicatorInfo> &indicators)
{
    QStringList out;
    for (const IndicatorInfo &i : indicators)
        out << describe(i);
    return out;
}

// The data catalogue's "Regions" column as it was read from the store:
// distinct regions (origins of flows) in the latest year.
int regionCountFromStore(const Store &store, const QString &id)
{
    const QList<int> years = store.years(id);
    const std::optional<IndicatorInfo> info = store.indicator(id);
    if (years.isEmpty() || !info)
        return 0;
    QSet<QString> regions;
    if (info->kind == u"flow") {
        for (const Flow &f : store.flows(id, years.last()))
            regions.insert(f.origin);
    } else {
        ObservationQuery q;
        q.indicator = id;
        q.year = years.last();
        q.industry.reset();
        q.sex.reset();
        q.ageClass.reset();
        for (const Observation &o : store.observations(q))
            regions.insert(o.region);
    }
    return int(regions.size());
}

void compareBoundaries(const QList<BoundaryFeature> &actual, const QList<BoundaryFeature> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).code, expected.at(i).code);
        QCOMPARE(actual.at(i).name, expected.at(i).name);
        QVERIFY2(actual.at(i).polygons == expected.at(i).polygons, qPrintable(actual.at(i).code));
    }
}

IndicatorInfo newIndicator()
{
    IndicatorInfo info;
    info.id = u"test_later"_s;
    info.nameJa = u"後で追加"_s;
    info.nameEn = u"Added later"_s;
    info.kind = u"observation"_s;
    return info;
}

MultiPolygon square(double lon, double lat)
{
    return {{{QPointF(lon, lat), QPointF(lon + 0.1, lat), QPointF(lon + 0.1, lat + 0.1), QPointF(lon, lat + 0.1),
              QPointF(lon, lat)}}};
}

} // namespace

class TestCatalogSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
    CatalogSnapshot m_snapshot;
    Store m_named;   // a copy with a few municipalities named
    CatalogSnapshot m_namedSnapshot;

    // A copy of the starter store, to change without touching m_store.
    bool copyStore(Store &store, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_path, path) && store.open(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"starter.sqlite"_s);
        QString error;
        {
            Store store;
            QVERIFY2(openOrCreateStore(store, m_path, &error), qPrintable(error));
        }   // closed: copies below take a consistent file
        QVERIFY(m_store.open(m_path));
        m_snapshot = CatalogSnapshot::build(m_store);
        QVERIFY(!m_snapshot.isEmpty());
        QCOMPARE(m_snapshot.storePath(), m_path);

        QVERIFY(copyStore(m_named, u"named.sqlite"_s));
        const QList<Region> named = {
            {u"13206"_s, RegionLevel::Municipality, u"府中市"_s, u"Fuchu"_s, u"13"_s, QString()},
            {u"34207"_s, RegionLevel::Municipality, u"府中市"_s, u"Fuchu"_s, u"34"_s, QString()},
            {u"01202"_s, RegionLevel::Municipality, u"函館市"_s, QString(), u"01"_s, QString()},
        };
        QVERIFY(m_named.transaction([&](QString *error) { return m_named.writeRegions(named, error); }));
        m_namedSnapshot = CatalogSnapshot::build(m_named);
    }

    void emptySnapshot()
    {
        const CatalogSnapshot empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.serial(), quint64(0));
        QVERIFY(empty.regions().isEmpty());
        QVERIFY(!empty.region(u"13"_s));
        QVERIFY(empty.years(u"population"_s).isEmpty());
        QVERIFY(!empty.hasBoundaries(RegionLevel::Prefecture));
        QVERIFY(empty.regionNames(true).isEmpty());
    }

    void catalogueTablesAsStore()
    {
        QCOMPARE(describe(m_snapshot.regionGroups()), describe(m_store.regionGroups()));
        QCOMPARE(describe(m_snapshot.industries()), describe(m_store.industries()));
        QCOMPARE(describe(m_snapshot.indicators()), describe(m_store.indicators()));
        QCOMPARE(m_snapshot.isEmpty(), m_store.isEmpty());
    }

    void regionsAsStore_data()
    {
        QTest::addColumn<std::optional<RegionLevel>>("level");
        QTest::newRow("all") << std::optional<RegionLevel>();
        QTest::newRow("nation") << std::optional<RegionLevel>(RegionLevel::Nation);
        QTest::newRow("prefecture") << std::optional<RegionLevel>(RegionLevel::Prefecture);
        QTest::newRow("municipality") << std::optional<RegionLevel>(RegionLevel::Municipality);
    }

    void regionsAsStore()
    {
        QFETCH(std::optional<RegionLevel>, level);
        const QList<Region> expected = m_store.regions(level);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(describe(m_snapshot.regions(level)), describe(expected));
        for (const Region &r : expected) {
            const std::optional<Region> one = m_snapshot.region(r.code);
            QVERIFY2(one, qPrintable(r.code));
            QCOMPARE(describe(*one), describe(*m_store.region(r.code)));
        }
    }

    void unknownNames()
    {
        QVERIFY(!m_snapshot.region(u"99"_s));
        QVERIFY(!m_snapshot.indicator(u"no_such_indicator"_s));
        QVERIFY(m_snapshot.years(u"no_such_indicator"_s).isEmpty());
        QVERIFY(m_snapshot.industriesOf(u"no_such_indicator"_s).isEmpty());
        QCOMPARE(m_snapshot.regionCount(u"no_such_indicator"_s), 0);
    }

    // Every indicator of the starter pack (observations and flows) at every level.
    void indicatorAsStore_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<std::optional<RegionLevel>>("level");
        const QList<std::pair<const char *, std::optional<RegionLevel>>> levels = {
            {"any", std::nullopt},
            {"nation", RegionLevel::Nation},
            {"prefecture", RegionLevel::Prefecture},
            {"municipality", RegionLevel::Municipality}};
        const QList<IndicatorInfo> indicators = m_store.indicators();
        // 10: + population_age_sex_census_earlier, total_fertility_rate, population_age_sex_juki (issue 11);
        // + the 441 SSDSE items of datasets/starter/ssdse_items.csv (issue 12).
        QCOMPARE(indicators.size(), 10 + 441);
        for (const IndicatorInfo &info : indicators)
            for (const auto &[name, level] : levels)
                QTest::newRow(qPrintable(info.id + u'/' + QString::fromLatin1(name))) << info.id << level;
    }

    void indicatorAsStore()
    {
        QFETCH(QString, indicator);
        QFETCH(std::optional<RegionLevel>, level);
        QCOMPARE(m_snapshot.years(indicator, level), m_store.years(indicator, level));
        QCOMPARE(m_snapshot.industriesOf(indicator), m_store.industriesOf(indicator));
        QCOMPARE(describe(*m_snapshot.indicator(indicator)), describe(*m_store.indicator(indicator)));
        QCOMPARE(m_snapshot.regionCount(indicator), regionCountFromStore(m_store, indicator));
    }

    // The rows above would pass on empty answers: the starter pack's shape.
    void starterShape()
    {
        QVERIFY(m_snapshot.years(u"population"_s, RegionLevel::Prefecture).contains(2020));
        QCOMPARE(m_snapshot.years(u"population"_s, RegionLevel::Municipality), (QList<int>{2015, 2020}));
        QVERIFY(m_snapshot.years(u"population"_s, RegionLevel::Nation).contains(1920));
        QVERIFY(!m_snapshot.years(u"migration"_s).isEmpty());
        QVERIFY(m_snapshot.industriesOf(u"employees"_s).contains(u"A"_s));
        QCOMPARE(m_snapshot.regionCount(u"migration"_s), 47);
        QCOMPARE(m_snapshot.boundaries(RegionLevel::Prefecture).size(), 47);
    }

    void boundariesAsStore_data()
    {
        QTest::addColumn<RegionLevel>("level");
        QTest::newRow("nation") << RegionLevel::Nation;
        QTest::newRow("prefecture") << RegionLevel::Prefecture;
        QTest::newRow("municipality") << RegionLevel::Municipality;
    }

    void boundariesAsStore()
    {
        QFETCH(RegionLevel, level);
        const QList<BoundaryFeature> expected = m_store.boundaries(level);
        compareBoundaries(m_snapshot.boundaries(level), expected);
        QCOMPARE(m_snapshot.hasBoundaries(level), !expected.isEmpty());
    }

    // Decoded once: every call, and every copy of the snapshot, hands out the same data.
    void boundariesDecodedOnce()
    {
        const QList<BoundaryFeature> a = m_snapshot.boundaries(RegionLevel::Prefecture);
        const QList<BoundaryFeature> b = m_snapshot.boundaries(RegionLevel::Prefecture);
        const CatalogSnapshot copy = m_snapshot;
        const QList<BoundaryFeature> c = copy.boundaries(RegionLevel::Prefecture);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.constData(), b.constData());
        QCOMPARE(a.constData(), c.constData());
        QCOMPARE(a.first().polygons.constData(), c.first().polygons.constData());
        QCOMPARE(copy.serial(), m_snapshot.serial());
        // A second build decodes again: other data, a larger serial.
        const CatalogSnapshot again = CatalogSnapshot::build(m_store);
        QVERIFY(again.boundaries(RegionLevel::Prefecture).constData() != a.constData());
        QVERIFY(again.serial() > m_snapshot.serial());
    }

    void names_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualified");
        QTest::newRow("ja nation") << true << u"00"_s << u"全国"_s << u"全国"_s;
        QTest::newRow("ja 東京都") << true << u"13"_s << u"東京都"_s << u"東京都"_s;
        QTest::newRow("en Hiroshima") << false << u"34"_s << u"Hiroshima"_s << u"Hiroshima"_s;
        QTest::newRow("ja 府中市 東京都") << true << u"13206"_s << u"府中市"_s << u"東京都 府中市"_s;
        QTest::newRow("ja 府中市 広島県") << true << u"34207"_s << u"府中市"_s << u"広島県 府中市"_s;
        QTest::newRow("en Fuchu Tokyo") << false << u"13206"_s << u"Fuchu"_s << u"Fuchu, Tokyo"_s;
        QTest::newRow("en Fuchu Hiroshima") << false << u"34207"_s << u"Fuchu"_s << u"Fuchu, Hiroshima"_s;
        // The starter pack names every municipality (issue 14): 札幌市, qualified by its prefecture.
        QTest::newRow("ja 札幌市") << true << u"01100"_s << u"札幌市"_s << u"北海道 札幌市"_s;
        // Without an English name: the Japanese one.
        QTest::newRow("en ja only") << false << u"01202"_s << u"函館市"_s << u"函館市, Hokkaido"_s;
    }

    void names()
    {
        QFETCH(bool, japanese);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, qualified);
        const CatalogSnapshot &snapshot = m_namedSnapshot;
        QCOMPARE(snapshot.regionNames(japanese).value(code), name);
        QCOMPARE(snapshot.qualifiedRegionNames(japanese).value(code), qualified);
        // Every region has a name; the same rule applied to the Store's lists.
        QCOMPARE(snapshot.regionNames(japanese).size(), m_named.regions().size());
        QCOMPARE(snapshot.qualifiedRegionNames(japanese),
                 CatalogSnapshot::displayNames(m_named.regions(), japanese, true));
        QCOMPARE(snapshot.regionNames(japanese), CatalogSnapshot::displayNames(m_named.regions(), japanese, false));
    }

    void industryNames()
    {
        QCOMPARE(m_snapshot.industryNames(true).value(u"E"_s), u"製造業"_s);
        QCOMPARE(m_snapshot.industryNames(false).value(u"E"_s), u"Manufacturing"_s);
        QCOMPARE(m_snapshot.industryNames(true).size(), m_store.industries().size());
    }

    // A snapshot is a picture: an import after it changes the next build only.
    void unchangedAfterImport()
    {
        Store store;
        QVERIFY(copyStore(store, u"later.sqlite"_s));
        const CatalogSnapshot before = CatalogSnapshot::build(store);
        const QStringList indicators = describe(before.indicators());
        const QList<int> years = before.years(u"population"_s, RegionLevel::Municipality);
        QVERIFY(!before.hasBoundaries(RegionLevel::Municipality));

        const bool ok = store.transaction([&](QString *error) {
            if (!store.writeIndicator(newIndicator(), error))
                return false;
            ObservationWriter writer(store, u"test_later"_s);
            Observation o;
            o.region = u"13101"_s;
            o.year = 2030;
            o.value = 1;
            ObservationWriter population(store, u"population"_s);
            Observation p = o;
            p.value = 66000;
            return writer.write(o, error) && population.write(p, error)
                && store.writeBoundaries(RegionLevel::Municipality, u"test"_s,
                                         {BoundaryFeature{u"13101"_s, QString(), square(139.7, 35.6)},
                                          BoundaryFeature{u"13102"_s, QString(), square(139.8, 35.6)}},
                                         error);
        });
        QVERIFY2(ok, qPrintable(store.errorString()));

        QCOMPARE(describe(before.indicators()), indicators);
        QVERIFY(!before.indicator(u"test_later"_s));
        QCOMPARE(before.years(u"population"_s, RegionLevel::Municipality), years);
        QVERIFY(!before.hasBoundaries(RegionLevel::Municipality));

        const CatalogSnapshot after = CatalogSnapshot::build(store);
        QVERIFY(after.serial() > before.serial());
        QVERIFY(after.indicator(u"test_later"_s));
        QCOMPARE(after.years(u"test_later"_s, RegionLevel::Municipality), QList<int>{2030});
        QVERIFY(after.years(u"test_later"_s, RegionLevel::Prefecture).isEmpty());
        QCOMPARE(after.years(u"population"_s, RegionLevel::Municipality), (QList<int>{2015, 2020, 2030}));
        QCOMPARE(after.regionCount(u"population"_s), 1);
        QCOMPARE(after.regionCount(u"population"_s), regionCountFromStore(store, u"population"_s));
        compareBoundaries(after.boundaries(RegionLevel::Municipality),
                          store.boundaries(RegionLevel::Municipality));
        QCOMPARE(after.boundaries(RegionLevel::Municipality).size(), 2);
        for (const RegionLevel level : {RegionLevel::Prefecture, RegionLevel::Municipality})
            QCOMPARE(after.years(u"population"_s, level), store.years(u"population"_s, level));
    }

    // A handful of statements, not one (or three) per indicator.
    void fewStatements()
    {
        const quint64 before = Store::statementCount();
        const CatalogSnapshot snapshot = CatalogSnapshot::build(m_store);
        const quint64 statements = Store::statementCount() - before;
        QVERIFY2(statements > 0 && statements <= 10, qPrintable(QString::number(statements)));
        QVERIFY(m_store.indicators().size() > 5);
    }

    // Built on a worker through its read-only connection: the same picture.
    void buildOnWorker()
    {
        CatalogSnapshot built;
        quint64 workerStatements = 0;
        const quint64 here = Store::statementCount();
        QThread *thread = QThread::create([&] {
            built = CatalogSnapshot::build(Store::threadReader(m_path));
            workerStatements = Store::statementCount();
        });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QCOMPARE(Store::statementCount(), here);   // nothing ran on this thread
        QVERIFY(workerStatements > 0);              // it was counted on the worker
        QCOMPARE(describe(built.indicators()), describe(m_snapshot.indicators()));
        QCOMPARE(describe(built.regions()), describe(m_snapshot.regions()));
        QCOMPARE(built.years(u"employees"_s, RegionLevel::Municipality),
                 m_snapshot.years(u"employees"_s, RegionLevel::Municipality));
        compareBoundaries(built.boundaries(RegionLevel::Prefecture), m_snapshot.boundaries(RegionLevel::Prefecture));
    }

    // The counter itself: each statement of this thread, with its text when logged.
    void statementCounter()
    {
        const quint64 before = Store::statementCount();
        Store::setStatementLog(true);
        m_store.region(u"13"_s);
        m_store.years(u"population"_s, RegionLevel::Prefecture);   // reads the indicator, then its years
        const QStringList log = Store::takeStatementLog();
        Store::setStatementLog(false);
        QCOMPARE(Store::statementCount() - before, quint64(3));
        QCOMPARE(log.size(), 3);
        QVERIFY2(log.first().contains(u"FROM regions"_s), qPrintable(log.first()));
        QVERIFY(Store::takeStatementLog().isEmpty());
    }
};

QTEST_MAIN(TestCatalogSnapshot)
#include "test_catalogsnapshot.moc"
