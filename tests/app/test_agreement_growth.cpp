// SPDX-License-Identifier: GPL-3.0-or-later
// The 強みと成長 and 生産性と経済 pages and the CLI agree (issue 15): each
// figure computed in process through the adapter with the request the page
// makes (growthadapter.h, productivityadapter.h) and by `regionlens-cli growth`
// / `productivity … --format json`, identical to 1e-12 relative on the
// starter store — 静岡県, 豊田市 (municipal level), 東京圏 as one region.
// Machinery: agreementsupport.h.
#include "agreementsupport.h"
#include "testhelpers.h"

#include "datasets/adapters/growthadapter.h"
#include "datasets/adapters/productivityadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;
using namespace regionlens::test::agreement;

namespace {

const QStringList kGrowthValues{u"start"_s,          u"end"_s,          u"change"_s,       u"percent"_s,
                                u"contribution_pt"_s, u"nation_percent"_s, u"national_share"_s, u"industry_mix"_s,
                                u"regional_shift"_s, u"lq"_s,           u"share_percent"_s};

// The page's request: the focus region (or the group's row), its level, the two years.
std::function<Table(const datasets::Store &)> growthFigure(const QString &region, int from, int to,
                                                           const QList<datasets::RegionAggregate> &groups = {})
{
    return [=](const datasets::Store &store) {
        datasets::GrowthRequest r;
        r.indicator = u"employees"_s;
        r.region = region;
        r.groups = groups;
        r.level = datasets::growthLevel(region, groups);
        r.startYear = from;
        r.endYear = to;
        const datasets::IndustryGrowth g = datasets::compute(datasets::load(store, r));
        const auto values = [](std::initializer_list<double> v) {
            QHash<QString, double> row;
            qsizetype i = 0;
            for (double x : v)
                row.insert(kGrowthValues.at(i++), x);
            return row;
        };
        Table t;
        for (const datasets::IndustryGrowthRow &r : g.rows)
            t.insert(r.industry, values({r.start, r.end, r.change, r.percent, r.contribution, r.nationPercent,
                                         r.nationalShare, r.industryMix, r.regionalShift, r.lq, r.share}));
        if (g.found)   // the CLI's TOTAL row
            t.insert(u"TOTAL"_s, values({g.start, g.end, g.change, g.percent, g.percent, g.nationPercent,
                                         g.nationalShare, g.industryMix, g.regionalShift, 1.0, 100.0}));
        return t;
    };
}

// The productivity rows in the CLI's units (億円, 万円) through the same helpers.
std::function<Table(const datasets::Store &)> productivityFigure(const QString &region, int from, int to,
                                                                 const QList<datasets::RegionAggregate> &groups = {})
{
    return [=](const datasets::Store &store) {
        datasets::ProductivityRequest r;
        r.region = groups.isEmpty() ? region : groups.first().code;
        r.groups = groups;
        r.startYear = from;
        r.endYear = to;
        const datasets::Productivity p = datasets::compute(datasets::load(store, r));
        namespace units = datasets::units;
        const double none = std::nan("");
        Table t;
        for (int i = 0; i < p.years.size(); ++i) {
            const bool last = p.years.at(i) == p.endYear;
            t.insert(key({u"gdp"_s, p.row, QString::number(p.years.at(i))}),
                     {{u"value"_s, units::okuYen(p.gdp.at(i))},
                      {u"rank"_s, last && p.gdpRank > 0 ? double(p.gdpRank) : none},
                      {u"rank_of"_s, last && p.gdpRankOf > 0 ? double(p.gdpRankOf) : none}});
        }
        const QString end = QString::number(p.endYear);
        t.insert(key({u"growth"_s, p.row, end}), {{u"value"_s, p.growthPercent}, {u"rank"_s, none}, {u"rank_of"_s, none}});
        for (const datasets::ActivityEconomy &a : p.activities) {
            t.insert(key({u"composition"_s, a.activity, end}), {{u"value"_s, a.share}, {u"rank"_s, none}, {u"rank_of"_s, none}});
            t.insert(key({u"contribution"_s, a.activity, end}),
                     {{u"value"_s, a.contribution}, {u"rank"_s, none}, {u"rank_of"_s, none}});
        }
        t.insert(key({u"contribution"_s, u"TAXES"_s, end}),
                 {{u"value"_s, p.taxesContribution}, {u"rank"_s, none}, {u"rank_of"_s, none}});
        for (const datasets::PerWorkerYear &w : p.perWorker) {
            t.insert(key({u"gdp_per_worker"_s, p.row, QString::number(w.censusYear)}),
                     {{u"value"_s, units::manYen(w.perWorker)},
                      {u"rank"_s, w.rank > 0 ? double(w.rank) : none},
                      {u"rank_of"_s, w.rankOf > 0 ? double(w.rankOf) : none}});
            t.insert(key({u"gdp_per_worker"_s, u"00"_s, QString::number(w.censusYear)}),
                     {{u"value"_s, units::manYen(w.nationPerWorker)}, {u"rank"_s, none}, {u"rank_of"_s, none}});
        }
        if (const datasets::PerWorkerYear *last = p.latestPerWorker())
            for (const datasets::ActivityEconomy &a : p.activities)
                t.insert(key({u"activity_per_worker"_s, a.activity, QString::number(last->censusYear)}),
                         {{u"value"_s, units::manYen(a.perWorker)}, {u"rank"_s, none}, {u"rank_of"_s, none}});
        return t;
    };
}

QStringList growthRows(const QStringList &industries)
{
    return industries + QStringList{u"TOTAL"_s};
}

// Rows of every section (value only); with ranked, the rows that carry a rank
// among the prefectures (the end year's GDP, GDP per worker), for value, rank and rank_of.
QStringList productivityRows(const QString &row, bool ranked)
{
    if (ranked)
        return {key({u"gdp"_s, row, u"2022"_s}), key({u"gdp_per_worker"_s, row, u"2016"_s}),
                key({u"gdp_per_worker"_s, row, u"2021"_s})};
    QStringList rows{key({u"gdp"_s, row, u"2017"_s}), key({u"gdp"_s, row, u"2022"_s}), key({u"growth"_s, row, u"2022"_s}),
                     key({u"contribution"_s, u"TAXES"_s, u"2022"_s}), key({u"gdp_per_worker"_s, u"00"_s, u"2021"_s}),
                     key({u"gdp_per_worker"_s, row, u"2016"_s}), key({u"gdp_per_worker"_s, row, u"2021"_s})};
    for (const QString &a : {u"S03"_s, u"S11"_s, u"S13"_s, u"S15"_s})
        rows << key({u"composition"_s, a, u"2022"_s}) << key({u"contribution"_s, a, u"2022"_s});
    for (const QString &a : {u"S03"_s, u"S06"_s, u"S15"_s})
        rows << key({u"activity_per_worker"_s, a, u"2021"_s});
    return rows;
}

} // namespace

class TestAgreementGrowth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_db, &error), qPrintable(error));
    }

    void figures_data()
    {
        QTest::addColumn<Figure>("figure");
        const QList<datasets::RegionAggregate> tokyo = preset(u"tokyo_area"_s);
        const QStringList growthKeys{u"industry_code"_s};
        const QStringList productivityKeys{u"section"_s, u"key"_s, u"year"_s};
        const QStringList productivityValues{u"value"_s, u"rank"_s, u"rank_of"_s};
        const QStringList some{u"A"_s, u"E"_s, u"I"_s, u"M"_s, u"P"_s, u"R"_s};

        QTest::newRow("growth 静岡県 2016–2021")
            << Figure{{u"growth"_s, u"--region"_s, u"22"_s, u"--from"_s, u"2016"_s, u"--to"_s, u"2021"_s},
                      growthKeys, kGrowthValues, growthRows(some), growthFigure(u"22"_s, 2016, 2021)};
        QTest::newRow("growth 豊田市 (municipal)")
            << Figure{{u"growth"_s, u"--region"_s, u"23211"_s, u"--from"_s, u"2016"_s, u"--to"_s, u"2021"_s},
                      growthKeys, kGrowthValues, growthRows(some), growthFigure(u"23211"_s, 2016, 2021)};
        QTest::newRow("growth 東京圏 as one region")
            << Figure{{u"growth"_s, u"--region"_s, u"group:tokyo_area"_s}, growthKeys, kGrowthValues, growthRows(some),
                      growthFigure(u"group:tokyo_area"_s, 2016, 2021, tokyo)};
        const QStringList shizuoka{u"productivity"_s, u"--region"_s, u"22"_s, u"--from"_s, u"2017"_s, u"--to"_s, u"2022"_s};
        const QStringList toyota{u"productivity"_s, u"--region"_s, u"23211"_s, u"--from"_s, u"2017"_s, u"--to"_s, u"2022"_s};
        QTest::newRow("productivity 静岡県 FY2017–2022")
            << Figure{shizuoka, productivityKeys, {u"value"_s}, productivityRows(u"22"_s, false),
                      productivityFigure(u"22"_s, 2017, 2022)};
        QTest::newRow("productivity 静岡県 ranks")
            << Figure{shizuoka, productivityKeys, productivityValues, productivityRows(u"22"_s, true),
                      productivityFigure(u"22"_s, 2017, 2022)};
        QTest::newRow("productivity 豊田市 = 愛知県")
            << Figure{toyota, productivityKeys, {u"value"_s}, productivityRows(u"23"_s, false),
                      productivityFigure(u"23211"_s, 2017, 2022)};
        QTest::newRow("productivity 豊田市 ranks (愛知県's)")
            << Figure{toyota, productivityKeys, productivityValues, productivityRows(u"23"_s, true),
                      productivityFigure(u"23211"_s, 2017, 2022)};
        QTest::newRow("productivity 東京圏")
            << Figure{{u"productivity"_s, u"--region"_s, u"group:tokyo_area"_s, u"--from"_s, u"2017"_s, u"--to"_s,
                       u"2022"_s},
                      productivityKeys, {u"value"_s}, productivityRows(u"group:tokyo_area"_s, false),
                      productivityFigure(u"group:tokyo_area"_s, 2017, 2022, tokyo)};
    }

    void figures()
    {
        QFETCH(Figure, figure);
        const QString difference = compare(figure, m_store, m_db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestAgreementGrowth)
#include "test_agreement_growth.moc"
