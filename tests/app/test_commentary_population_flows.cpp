// SPDX-License-Identifier: GPL-3.0-or-later
// The commentary builders of the Population and Flows pages as pure
// functions: a result made by hand, names and a language in, HTML out. Each
// row names the sentences (with their numbers, worked by hand) that must be
// said, and those that must not. No window, no store.
#include "testhelpers.h"

#include "flowscommentary.h"
#include "populationcommentary.h"

#include <QHash>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace population = regionlens::datasets::population;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

datasets::IndicatorInfo info(const QString &id, const QString &nameJa, const QString &survey, const QString &sourceJa,
                             const QString &sourceEn)
{
    datasets::IndicatorInfo i;
    i.id = id;
    i.nameJa = nameJa;
    i.nameEn = id;   // as imported indicators carry it
    i.survey = survey;
    i.sourceJa = sourceJa;
    i.sourceEn = sourceEn;
    return i;
}

QHash<QString, datasets::IndicatorInfo> populationIndicators()
{
    QHash<QString, datasets::IndicatorInfo> out;
    for (const datasets::IndicatorInfo &i :
         {info(u"population"_s, u"人口"_s, u"国勢調査"_s, u"総務省統計局「国勢調査」"_s,
               u"Statistics Bureau, Population Census"_s),
          info(population::kCensusAge, u"男女別人口"_s, u"国勢調査"_s, u"総務省統計局「国勢調査」"_s,
               u"Statistics Bureau, Population Census"_s),
          info(population::kEstimateAge, u"男女別人口"_s, u"人口推計"_s, u"総務省統計局「人口推計」"_s,
               u"Statistics Bureau, Population Estimates"_s),
          info(u"b_births"_s, u"出生数"_s, u"SSDSE-B-2025"_s, u"SSDSE-B-2025"_s, QString()),
          info(u"b_deaths"_s, u"死亡数"_s, u"SSDSE-B-2025"_s, u"SSDSE-B-2025"_s, QString()),
          info(u"b_in"_s, u"転入者数（日本人移動者）"_s, u"SSDSE-B-2025"_s, u"SSDSE-B-2025"_s, QString()),
          info(u"b_out"_s, u"転出者数（日本人移動者）"_s, u"SSDSE-B-2025"_s, u"SSDSE-B-2025"_s, QString())})
        out.insert(i.id, i);
    return out;
}

population::SeriesSummary series(const QString &label, QVector<double> years, QVector<double> values)
{
    // The summary fields as the adapter fills them: first, previous, last, peak of the finite values.
    population::SeriesSummary s;
    s.key = label;
    s.label = label;
    s.years = years;
    s.values = values;
    s.shown = values;
    for (qsizetype i = 0; i < years.size(); ++i) {
        if (!std::isfinite(values.at(i)))
            continue;
        if (s.firstYear == 0) {
            s.firstYear = int(years.at(i));
            s.firstValue = values.at(i);
        }
        if (s.lastYear > 0) {
            s.previousYear = s.lastYear;
            s.previousValue = s.lastValue;
        }
        s.lastYear = int(years.at(i));
        s.lastValue = values.at(i);
        if (!std::isfinite(s.peakValue) || values.at(i) >= s.peakValue) {
            s.peakYear = int(years.at(i));
            s.peakValue = values.at(i);
        }
    }
    return s;
}

// Census: Akita 1920 898,537, 1955 1,348,871, 2015 1,023,119, 2020 959,502;
// Tokyo 1920 3,699,428, 2015 13,515,271, 2020 14,047,594.
population::SeriesSummary akita()
{
    return series(u"Akita"_s, {1920, 1955, 2015, 2020}, {898537, 1348871, 1023119, 959502});
}
population::SeriesSummary tokyo()
{
    return series(u"Tokyo"_s, {1920, 2015, 2020}, {3699428, 13515271, 14047594});
}

// Tokyo, 2015 census: 65+ 22.6698 %, 15–64 65.8794 %, under 15 11.4508 %; largest class 40–44.
population::PyramidSummary pyramid(bool withOutline, population::PyramidSummary *outline)
{
    population::PyramidSummary p;
    p.valid = true;
    p.label = u"Tokyo"_s;
    p.indicator = population::kCensusAge;
    p.year = 2015;
    p.share65plus = 100.0 * 3005516.0 / 13257801.0;
    p.share15to64 = 100.0 * 8734155.0 / 13257801.0;
    p.shareUnder15 = 100.0 * 1518130.0 / 13257801.0;
    p.largestClass = u"40-44"_s;
    p.largestValue = 1154214.0;
    if (withOutline) {
        outline->valid = true;
        outline->indicator = population::kEstimateAge;
        outline->year = 2022;
        outline->share65plus = 22.6;   // 22.6698 − 22.6 = 0.0698: two decimals
    }
    return p;
}

// Tokyo 2021–2022 (SSDSE-B-2025): births 91,097, deaths 139,264, in 399,269, out 365,360 in 2022.
population::ComponentSeries components(const QString &label, int members, QList<int> naturalGaps)
{
    population::ComponentSeries c;
    c.key = label;
    c.label = label;
    c.members = members;
    c.years = {2021, 2022};
    c.births = {95404, 91097};
    c.deaths = {128911, 139264};
    c.natural = {95404 - 128911, 91097 - 139264};
    c.in = {380000, 399269};
    c.out = {375000, 365360};
    c.social = {5000, 33909};
    c.naturalGaps = naturalGaps;
    c.latestYear = 2022;
    c.latestNatural = -48167;
    c.latestSocial = 33909;
    return c;
}

population::ChangeIndicators ssdseB()
{
    population::ChangeIndicators ids;
    ids.births = u"b_births"_s;
    ids.deaths = u"b_deaths"_s;
    ids.movedIn = u"b_in"_s;
    ids.movedOut = u"b_out"_s;
    return ids;
}

using PopulationCase = std::function<population::Result()>;
using Texts = app::FlowsCommentary;
using Context = app::CommentaryContext;
using FlowsCase = std::function<QString(const Texts &, Context &)>;

// Three prefectures, 2025, flows by hand: 14→13 100, 13→14 80, 05→13 30, 13→05 10, 05→14 5, 14→05 20.
// In/out/net: 13 130/90/+40, 14 85/120/−35, 05 30/35/−5; total 245; MEI 100 · 80 / 490 = 16.33.
datasets::flows::Result threePrefectures(const QString &focus)
{
    datasets::flows::Result r;
    r.year = 2025;
    r.regions = {u"05"_s, u"13"_s, u"14"_s};
    r.flows = {{u"14"_s, u"13"_s, 100}, {u"13"_s, u"14"_s, 80}, {u"05"_s, u"13"_s, 30},
               {u"13"_s, u"05"_s, 10},  {u"05"_s, u"14"_s, 5},  {u"14"_s, u"05"_s, 20}};
    r.inflow = {{u"13"_s, 130}, {u"14"_s, 85}, {u"05"_s, 30}};
    r.outflow = {{u"13"_s, 90}, {u"14"_s, 120}, {u"05"_s, 35}};
    r.net = {{u"13"_s, 40}, {u"14"_s, -35}, {u"05"_s, -5}};
    r.turnover = {{u"13"_s, 220}, {u"14"_s, 205}, {u"05"_s, 65}};
    r.totalFlows = 245;
    r.effectiveness = 100.0 * 80.0 / 490.0;
    r.crudeMigrationProbability = 1.234;
    r.gaining = 1;
    r.losing = 2;
    r.largestGain = u"13"_s;
    r.largestLoss = u"14"_s;
    r.focus = focus;
    if (focus == u"13") {
        r.netRank = 1;
        r.focusInflows = {{u"14"_s, u"13"_s, 100}, {u"05"_s, u"13"_s, 30}};
        r.focusOutflows = {{u"13"_s, u"14"_s, 80}, {u"13"_s, u"05"_s, 10}};
        r.netPerThousand = {{u"13"_s, 2.849}};
    } else if (focus == u"05") {
        r.netRank = 3;
        r.focusInflows = {{u"14"_s, u"05"_s, 20}, {u"13"_s, u"05"_s, 10}};
        r.focusOutflows = {{u"05"_s, u"13"_s, 30}, {u"05"_s, u"14"_s, 5}};
    }
    r.populationYear = 2022;
    r.populationIndicator = u"population_age_sex_estimate"_s;
    return r;
}

// SSDSE-A style in − out, 2024: 13101 +50, 13104 +10, 13103 −20 (in 100, out 120), 27100 −100.
datasets::flows::MunicipalResult municipal()
{
    datasets::flows::MunicipalResult m;
    m.source = datasets::flows::MunicipalInputs::Source::InOut;
    m.year = 2024;
    m.populationYear = 2020;
    m.net = {{u"13101"_s, 50}, {u"13104"_s, 10}, {u"13103"_s, -20}, {u"27100"_s, -100}};
    m.inflow = {{u"13101"_s, 150}, {u"13104"_s, 60}, {u"13103"_s, 100}, {u"27100"_s, 900}};
    m.outflow = {{u"13101"_s, 100}, {u"13104"_s, 50}, {u"13103"_s, 120}, {u"27100"_s, 1000}};
    m.netPerThousand = {{u"13103"_s, -0.3}};
    return m;
}

// Prefectures, and municipalities named with their prefecture.
const QHash<QString, QString> kNames{{u"05"_s, u"Akita"_s},           {u"13"_s, u"Tokyo"_s},
                                     {u"14"_s, u"Kanagawa"_s},        {u"13101"_s, u"Chiyoda, Tokyo"_s},
                                     {u"13103"_s, u"Minato, Tokyo"_s}, {u"13104"_s, u"Shinjuku, Tokyo"_s},
                                     {u"27100"_s, u"Osaka, Osaka"_s}};

// The municipal map's state: filter (a prefecture code or "") and picks.
void municipalLevel(Context &ctx, const QString &filter, const QStringList &picked)
{
    ctx.municipal = true;
    ctx.prefectureFilter = filter;
    ctx.prefectureFilterName = kNames.value(filter);
    ctx.municipalSelection = picked;
}

} // namespace

Q_DECLARE_METATYPE(PopulationCase)
Q_DECLARE_METATYPE(FlowsCase)

class TestCommentaryPopulationFlows : public QObject
{
    Q_OBJECT

private slots:
    void population_data()
    {
        QTest::addColumn<PopulationCase>("make");
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<QStringList>("said");
        QTest::addColumn<QStringList>("unsaid");
        // 959,502 / 1,023,119 − 1 = −6.2 %; / 898,537 − 1 = +6.8 %.
        QTest::newRow("decline since the peak")
            << PopulationCase([] {
                   population::Result r;
                   r.series = {akita()};
                   return r;
               })
            << false
            << QStringList{u"<b>Akita</b> had 959,502 inhabitants in the 2020 census, −6.2% compared with 2015 "
                           "(1,023,119) and +6.8% since 1920."_s,
                           u"Its peak was 1,348,871 in 1955."_s}
            << QStringList{u"grew fastest"_s, u"highest in the series"_s};
        // 14,047,594 / 13,515,271 − 1 = +3.9 %; / 3,699,428 − 1 = +279.7 %.
        QTest::newRow("two regions, fastest and least")
            << PopulationCase([] {
                   population::Result r;
                   r.series = {akita(), tokyo()};
                   return r;
               })
            << false
            << QStringList{u"+3.9% compared with 2015 (13,515,271) and +279.7% since 1920."_s,
                           u"That is the highest in the series."_s,
                           u"Since the previous census, Tokyo grew fastest of the selected regions (+3.9%) and "
                           "Akita least (−6.2%)."_s}
            << QStringList();
        QTest::newRow("pyramid with outline")
            << PopulationCase([] {
                   population::Result r;
                   r.pyramid = pyramid(true, &r.outline);
                   return r;
               })
            << false
            << QStringList{u"In 2015 (Population Census), people aged 65 and over made up 22.7% of Tokyo's population "
                           "of known age (15–64: 65.9%, under 15: 11.5%)."_s,
                           u"In 2022 (Population Estimates) the share aged 65 and over was 22.6%, so it changed by "
                           "+0.07 points."_s,
                           u"The largest 5-year class is 40-44 (1,154,214 people)."_s}
            << QStringList();
        QTest::newRow("pyramid, Japanese names")
            << PopulationCase([] {
                   population::Result r;
                   r.pyramid = pyramid(false, nullptr);
                   return r;
               })
            << true << QStringList{u"In 2015 (国勢調査)"_s, u"is 40～44歳 (1,154,214 people)"_s}
            << QStringList{u"so it changed by"_s};
        QTest::newRow("no pyramid rows")
            << PopulationCase([] {
                   population::Result r;
                   r.pyramid.label = u"Tokyo"_s;
                   r.pyramid.indicator = population::kCensusAge;
                   r.pyramid.year = 1990;
                   return r;
               })
            << false << QStringList{u"The store has no population by age and sex for Tokyo in 1990."_s}
            << QStringList{u"aged 65"_s};
        // Akita 2025: in 9,849, out 13,685; 2022 estimate 929,901: −4.1 per 1,000.
        QTest::newRow("social loss and natural change")
            << PopulationCase([] {
                   population::Result r;
                   r.flowYear = 2025;
                   r.populationYear = 2022;
                   r.hasNatural = true;
                   r.naturalYear = 2022;
                   population::ChangeSummary c{u"05"_s, u"Akita"_s, 9849, 13685, -3836, -4.12517, -13264};
                   r.change = {c};
                   return r;
               })
            << false
            << QStringList{u"Social change: in 2025, Akita lost 3,836 people net to other prefectures (in 9,849, out "
                           "13,685), −4.1 per 1,000 inhabitants (population 2022). Natural change in 2022: -13,264."_s}
            << QStringList{u"is not in the store"_s};
        QTest::newRow("social gain, no natural change")
            << PopulationCase([] {
                   population::Result r;
                   r.flowYear = 2025;
                   r.change = {population::ChangeSummary{u"13"_s, u"Tokyo"_s, 451843, 386624, 65219, kNaN, kNaN}};
                   return r;
               })
            << false
            << QStringList{u"Social change: in 2025, Tokyo gained 65,219 people net from other prefectures (in 451,843, "
                           "out 386,624)."_s,
                           u"Natural change (births minus deaths) is not in the store"_s}
            << QStringList{u"per 1,000"_s};
        QTest::newRow("no migration flows")
            << PopulationCase([] { return population::Result(); }) << false
            << QStringList{u"The store has no migration flows, so social change cannot be shown."_s} << QStringList();
        // 2022: natural 91,097 − 139,264 = −48,167, social 399,269 − 365,360 = +33,909; together −14,258.
        QTest::newRow("components by year")
            << PopulationCase([] {
                   population::Result r;
                   r.hasNatural = true;
                   r.components = ssdseB();
                   r.componentSeries = {components(u"Tokyo"_s, 1, {})};
                   return r;
               })
            << false
            << QStringList{u"<b>Tokyo</b>, 2022 (SSDSE-B-2025): natural change -48,167 (births 91,097, deaths "
                           "139,264); social change +33,909 (in 399,269, out 365,360)."_s,
                           u"Natural change is the larger of the two; together -14,258."_s,
                           u"In 2 of 2 years from 2021 to 2022 natural change was negative; in 2 social change was "
                           "positive."_s}
            << QStringList{u"gaps in the chart"_s};
        QTest::newRow("components with a gap, none for another region")
            << PopulationCase([] {
                   population::Result r;
                   r.hasNatural = true;
                   r.components = ssdseB();
                   population::ComponentSeries none;
                   none.label = u"Akita"_s;
                   r.componentSeries = {components(u"Tokyo"_s, 1, {2020}), none};
                   return r;
               })
            << false
            << QStringList{u"No births or deaths for Tokyo in 2020 (gaps in the chart)."_s,
                           u"Akita has no births, deaths or movers in SSDSE-B-2025."_s}
            << QStringList();
    }

    void population()
    {
        QFETCH(PopulationCase, make);
        QFETCH(bool, japanese);
        QFETCH(QStringList, said);
        QFETCH(QStringList, unsaid);
        const app::PopulationCommentary texts(populationIndicators(), japanese);
        const QString html = texts.commentary(make());
        for (const QString &s : said)
            QVERIFY2(html.contains(s), qPrintable(u"missing «%1» in %2"_s.arg(s, html)));
        for (const QString &s : unsaid)
            QVERIFY2(!html.contains(s), qPrintable(u"unexpected «%1» in %2"_s.arg(s, html)));
    }

    void populationComponentsNote_data()
    {
        QTest::addColumn<int>("regions");
        QTest::addColumn<int>("members");
        QTest::addColumn<QStringList>("said");
        QTest::addColumn<QStringList>("unsaid");
        const QString natural = u"Natural change (自然増減) = 出生数 − 死亡数."_s;
        const QString social = u"Social change (社会増減) = 転入者数（日本人移動者） − 転出者数（日本人移動者）"_s;
        QTest::newRow("one prefecture") << 1 << 1 << QStringList{natural, social}
                                        << QStringList{u"cancel"_s, u"first 4"_s};
        QTest::newRow("a group") << 1 << 4 << QStringList{natural, u"which cancel in the social change"_s}
                                 << QStringList{u"first 4"_s};
        QTest::newRow("five regions") << 5 << 1 << QStringList{u"The first 4 regions are shown."_s}
                                      << QStringList{u"cancel"_s};
    }

    void populationComponentsNote()
    {
        QFETCH(int, regions);
        QFETCH(int, members);
        QFETCH(QStringList, said);
        QFETCH(QStringList, unsaid);
        const app::PopulationCommentary texts(populationIndicators(), false);
        population::Result r;
        QVERIFY(texts.componentsNote(r).isEmpty());
        r.components = ssdseB();
        for (int i = 0; i < regions; ++i)
            r.componentSeries.append(components(u"R%1"_s.arg(i), members, {}));
        const QString note = texts.componentsNote(r);
        for (const QString &s : said)
            QVERIFY2(note.contains(s), qPrintable(u"missing «%1» in %2"_s.arg(s, note)));
        for (const QString &s : unsaid)
            QVERIFY2(!note.contains(s), qPrintable(u"unexpected «%1» in %2"_s.arg(s, note)));
    }

    void populationSources()
    {
        const app::PopulationCommentary ja(populationIndicators(), true);
        QCOMPARE(ja.sources({}), (QStringList{u"総務省統計局「国勢調査」"_s, u"総務省統計局「人口推計」"_s}));
        QCOMPARE(ja.sources(ssdseB()).last(),
                 u"SSDSE-B-2025 (出生数, 死亡数, 転入者数（日本人移動者）, 転出者数（日本人移動者）)"_s);
        const app::PopulationCommentary en(populationIndicators(), false);
        QCOMPARE(en.sources({}).first(), u"Statistics Bureau, Population Census"_s);
        QCOMPARE(en.surveyName(population::kEstimateAge), u"Population Estimates"_s);
        QCOMPARE(en.surveyName(u"unknown"_s), u"unknown"_s);
        QVERIFY(app::PopulationCommentary::howToRead().size() > 200);
    }

    void flows_data()
    {
        QTest::addColumn<FlowsCase>("make");
        QTest::addColumn<QStringList>("said");
        QTest::addColumn<QStringList>("unsaid");
        QTest::newRow("focus gains")
            << FlowsCase([](const Texts &t, Context &c) { return t.commentary(threePrefectures(u"13"_s), c); })
            << QStringList{u"<b>Tokyo</b> gained 40 people net from other prefectures in 2025 (in 130, out 90), rank 1 "
                           "of 3 by net migration (2.8 per 1,000 inhabitants)."_s,
                           u"The largest inflow came from Kanagawa (100), followed by Akita (30)."_s,
                           // The balance with Kanagawa: 100 in − 80 out.
                           u"The largest outflow went to Kanagawa (80); with Kanagawa the balance is +20."_s,
                           u"The flows in the store have no age classes"_s}
            << QStringList{u"Municipalities"_s};
        QTest::newRow("focus loses")
            << FlowsCase([](const Texts &t, Context &c) { return t.commentary(threePrefectures(u"05"_s), c); })
            << QStringList{u"<b>Akita</b> lost 5 people net to other prefectures in 2025 (in 30, out 35), rank 3 of 3 "
                           "by net migration."_s,
                           u"The largest outflow went to Tokyo (30); with Tokyo the balance is −20."_s}
            << QStringList{u"per 1,000 inhabitants"_s};
        QTest::newRow("the system")
            << FlowsCase([](const Texts &t, Context &c) { return t.commentary(threePrefectures(QString()), c); })
            << QStringList{u"In 2025, 245 people moved between prefectures. 1 prefectures gained population through "
                           "migration and 2 lost; the largest net gain was in Tokyo (+40), the largest net loss in "
                           "Kanagawa (−35)."_s,
                           u"Migration effectiveness (MEI) was 16.33: of every 100 moves, about 16 changed"_s,
                           u"1.23% of the population moved to another prefecture (CMP)."_s,
                           u"The largest single flow was Kanagawa → Tokyo (100 people)."_s}
            << QStringList{u"gained 40 people"_s, u"age classes"_s};
        // The region's own flows (regionFlows() of the hand-made result). Tokyo:
        // 130 in, 100 from Kanagawa (76.9 %) and 30 from Akita (23.1 %); 90 out,
        // 80 to Kanagawa (88.9 %) and 10 to Akita (11.1 %); net +20 with each
        // (the tie goes to the larger turnover, Kanagawa's 180); blocks 東北
        // +20 and 関東 +20 (the tie to the first in catalogue order).
        QTest::newRow("region: shares of its own moves, net partners and blocks")
            << FlowsCase([](const Texts &t, Context &c) {
                   datasets::flows::Result r = threePrefectures(u"13"_s);
                   r.focusFlows = datasets::flows::regionFlows(r, u"13"_s);
                   return t.commentary(r, c);
               })
            << QStringList{u"Of the 130 people who moved into Tokyo, 76.9% came from Kanagawa and 23.1% from Akita; of "
                           "the 90 who moved out, 88.9% went to Kanagawa and 11.1% to Akita."_s,
                           u"By partner, the largest net gain is from Kanagawa (+20)."_s,
                           u"By regional block, Tokyo gains from every block with moves, most from Tohoku (+20)."_s}
            << QStringList{u"the largest net loss to"_s, u"loses"_s};
        // Akita: in 30 (20 from Kanagawa, 10 from Tokyo), out 35 (30 to Tokyo, 5
        // to Kanagawa): Kanagawa +15, Tokyo −20; 関東 −5, its own 東北 empty.
        QTest::newRow("region: gains and losses")
            << FlowsCase([](const Texts &t, Context &c) {
                   datasets::flows::Result r = threePrefectures(u"05"_s);
                   r.focusFlows = datasets::flows::regionFlows(r, u"05"_s);
                   return t.region(r.focusFlows, c);
               })
            << QStringList{u"By partner, the largest net gain is from Kanagawa (+15) and the largest net loss to Tokyo "
                           "(−20)."_s,
                           u"By regional block, Akita loses to every block with moves, most to Kanto (−5)."_s}
            << QStringList{u"gains from every"_s};
        QTest::newRow("region: none")
            << FlowsCase([](const Texts &t, Context &c) { return t.region(datasets::flows::RegionFlows(), c); })
            << QStringList() << QStringList{u"<p>"_s};
        QTest::newRow("no flows")
            << FlowsCase([](const Texts &t, Context &c) { return t.commentary(datasets::flows::Result(), c); })
            << QStringList{u"The store has no migration flows."_s} << QStringList{u"moved between"_s};
        QTest::newRow("by age")
            << FlowsCase([](const Texts &t, Context &c) {
                   datasets::flows::Result r = threePrefectures(u"13"_s);
                   r.hasAges = true;
                   r.ageClasses = {u"15-19"_s, u"20-24"_s, u"65+"_s};
                   r.focusNetByAge = {10, 25, -3};
                   return t.commentary(r, c);
               })
            << QStringList{u"By age, the largest net gain is at 20-24 (+25)."_s} << QStringList{u"no age classes"_s};
        const QString scope = u"Net migration 2024 by municipality, movers in − movers out (転入者数 − 転出者数, "
                              "SSDSE-A), moves within the prefecture included: "_s;
        QTest::newRow("municipalities of Tokyo")
            << FlowsCase([](const Texts &t, Context &c) {
                   const datasets::flows::MunicipalResult m = municipal();
                   municipalLevel(c, u"13"_s, {u"13103"_s});
                   return t.commentary(threePrefectures(QString()), c, &m);
               })
            << QStringList{u"<p><b>Municipalities</b></p>"_s,
                           scope + u"2 of the 3 municipalities of Tokyo gained people, 1 lost."_s,
                           u"Largest gain: Chiyoda, Tokyo (+50); largest loss: Minato, Tokyo (−20)."_s,
                           u"<b>Minato, Tokyo</b>: in 100, out 120, net −20, rank 3 of 3 in Tokyo (-0.3 per 1,000 "
                           "inhabitants, population 2020)."_s,
                           u"In 2025, 245 people moved"_s}
            << QStringList{u"Osaka"_s};
        QTest::newRow("municipalities of Japan")
            << FlowsCase([](const Texts &t, Context &c) {
                   municipalLevel(c, QString(), {u"13103"_s});
                   return t.municipalities(municipal(), c);
               })
            << QStringList{scope + u"2 of the 4 municipalities of Japan gained people, 2 lost."_s,
                           u"largest loss: Osaka, Osaka (−100)."_s, u"net −20, rank 3 of 4 in Japan"_s}
            << QStringList();
        QTest::newRow("municipal, reading")
            << FlowsCase([](const Texts &t, Context &c) {
                   municipalLevel(c, QString(), {});
                   return t.municipalities(municipal(), c, true);
               })
            << QStringList{u"Reading municipal migration…"_s} << QStringList{u"gained people"_s};
        QTest::newRow("municipal, none in the store")
            << FlowsCase([](const Texts &t, Context &c) {
                   municipalLevel(c, QString(), {});
                   return t.municipalities(datasets::flows::MunicipalResult(), c);
               })
            << QStringList{u"The store has no municipal migration."_s, u"A5101"_s} << QStringList{u"gained"_s};
        QTest::newRow("indices")
            << FlowsCase([](const Texts &t, Context &c) { return t.indices(threePrefectures(u"13"_s), c); })
            << QStringList{u"All prefectures, 2025"_s, u"<b>245</b>"_s, u"<b>16.33</b>"_s, u"<b>+40</b>"_s,
                           u"<b>220</b>"_s, u"<b>2.85</b>"_s, u"Rank of net (of 3)"_s,
                           u"Population at risk: 2022 (population estimate)."_s}
            << QStringList();
        QTest::newRow("indices, no flows")
            << FlowsCase([](const Texts &t, Context &c) { return t.indices(datasets::flows::Result(), c); })
            << QStringList{u"No migration flows in the store."_s} << QStringList{u"<table"_s};
    }

    void flows()
    {
        QFETCH(FlowsCase, make);
        QFETCH(QStringList, said);
        QFETCH(QStringList, unsaid);
        const app::FlowsCommentary texts(false);
        app::CommentaryContext context;
        context.regionNames = kNames;
        const QString html = make(texts, context);
        for (const QString &s : said)
            QVERIFY2(html.contains(s), qPrintable(u"missing «%1» in %2"_s.arg(s, html)));
        for (const QString &s : unsaid)
            QVERIFY2(!html.contains(s), qPrintable(u"unexpected «%1» in %2"_s.arg(s, html)));
    }

    void flowsJapaneseAgeLabel()
    {
        datasets::flows::Result r = threePrefectures(u"13"_s);
        r.hasAges = true;
        r.ageClasses = {u"20-24"_s};
        r.focusNetByAge = {25};
        app::CommentaryContext context;
        context.regionNames = kNames;
        const QString html = app::FlowsCommentary(true).commentary(r, context);
        QVERIFY2(html.contains(u"20～24歳 (+25)"_s), qPrintable(html));
        QCOMPARE(app::FlowsCommentary::signedCount(-9921), u"−9,921"_s);
        QCOMPARE(app::FlowsCommentary::signedCount(0), u"0"_s);
        QVERIFY(app::FlowsCommentary::howToRead().contains(u"MEI"_s));
    }
};

QTEST_MAIN(TestCommentaryPopulationFlows)
#include "test_commentary_population_flows.moc"
