// SPDX-License-Identifier: GPL-3.0-or-later
// The pages' commentary functions without a window: small results worked by
// hand in, the sentences (English source strings, Japanese data names) out.
#include "industrycommentary.h"
#include "shiftsharecommentary.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(regionlens::app::IndustryCommentaryInput)
Q_DECLARE_METATYPE(regionlens::app::ShiftShareCommentaryInput)

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

const double kNaN = std::nan("");

datasets::ValueGrid grid(int rows, int cols, const QList<double> &values)
{
    datasets::ValueGrid g(rows, cols);
    for (int i = 0; i < values.size(); ++i)
        g.data[i] = values.at(i);
    return g;
}

// Three prefectures × A, E, G (LQ worked by hand, not computed here).
app::IndustryCommentaryInput industryInput()
{
    app::IndustryCommentaryInput in;
    in.result.regions = {u"01"_s, u"02"_s, u"03"_s};
    in.result.industries = {u"A"_s, u"E"_s, u"G"_s};
    in.result.lq = grid(3, 3, {0.8, 1.1, 1.0, 1.5, 0.9, 1.2, 0.7, 1.3, 1.004});
    in.regions = {u"02"_s};
    in.focusRegion = u"02"_s;
    in.yearText = u"2021"_s;
    in.measureName = u"employees"_s;
    in.mapIndustry = u"E"_s;
    in.context.regionNames = {{u"01"_s, u"北海道"_s}, {u"02"_s, u"青森県"_s}, {u"03"_s, u"岩手県"_s}, {u"13"_s, u"東京都"_s},
                      {u"23201"_s, u"愛知県 豊橋市"_s}, {u"23211"_s, u"愛知県 豊田市"_s}, {u"13103"_s, u"東京都 港区"_s}};
    in.japanese = true;
    return in;
}

app::ShiftShareCommentaryInput shiftShareInput(int regions)
{
    app::ShiftShareCommentaryInput in;
    datasets::GrowthFactors &g = in.result;
    g.startYear = 2016;
    g.endYear = 2021;
    g.nationalGrowthRate = 0.02;
    for (int r = 0; r < regions; ++r) {
        const QString code = u"%1"_s.arg(r + 1, 2, 10, QChar(u'0'));
        g.regions << code;
        in.context.regionNames.insert(code, u"県%1"_s.arg(r + 1));
        // Region 1: +5 % = 2 + 1 + 2; the others' regional component falls with r.
        g.industryFactor << (r == 0 ? 0.01 : 0.0);
        g.regionalFactor << (r == 0 ? 0.02 : 0.01 - 0.01 * r);
        g.growthRate << g.nationalGrowthRate + g.industryFactor.last() + g.regionalFactor.last();
    }
    in.regions = {u"01"_s};
    in.measureName = u"employees"_s;
    in.measureLabel = u"Employees (従業者数)"_s;
    return in;
}

void verifyFragments(const QString &html, const QStringList &present, const QStringList &absent)
{
    for (const QString &p : present)
        QVERIFY2(html.contains(p), qPrintable(u"missing «%1» in %2"_s.arg(p, html)));
    for (const QString &a : absent)
        QVERIFY2(!html.contains(a), qPrintable(u"unexpected «%1» in %2"_s.arg(a, html)));
}

} // namespace

class TestCommentary : public QObject
{
    Q_OBJECT

private slots:
    void lqText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("two decimals") << 1.234 << u"1.23"_s;
        QTest::newRow("next to 1 above") << 1.004 << u"1.004"_s;
        QTest::newRow("next to 1 below") << 0.996 << u"0.996"_s;
        QTest::newRow("exactly 1") << 1.0 << u"1.00"_s;
        QTest::newRow("NaN") << kNaN << u"–"_s;
    }

    void lqText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(app::lqText(value), text);
    }

    void industry_data()
    {
        QTest::addColumn<app::IndustryCommentaryInput>("input");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        app::IndustryCommentaryInput in = industryInput();
        QTest::newRow("one region: LQ > 1 sorted, the map industry's rank")
            << in
            << QStringList{u"<h3>青森県</h3>"_s,
                           u"<p>In 2021, 青森県's industries with LQ > 1 (employees): 農業，林業 (1.50), 情報通信業 (1.20).</p>"_s,
                           u"<p>製造業: LQ 0.90, rank 3 of 3 prefectures.</p>"_s}
            << QStringList{u"No region selected"_s, u"Municipalities"_s, u"Earning power"_s};

        in = industryInput();
        in.regions = {u"03"_s, u"01"_s};
        in.context.noSelection = false;
        QTest::newRow("two regions; three decimals next to 1")
            << in
            << QStringList{u"<p>In 2021, 岩手県's industries with LQ > 1 (employees): 製造業 (1.30), 情報通信業 (1.004).</p>"_s,
                           u"<p>製造業: LQ 1.30, rank 1 of 3 prefectures.</p>"_s,
                           u"<p>In 2021, 北海道's industries with LQ > 1 (employees): 製造業 (1.10).</p>"_s,
                           u"<p>製造業: LQ 1.10, rank 2 of 3 prefectures.</p>"_s}
            << QStringList{};

        in = industryInput();
        in.result.lq = grid(3, 3, {0.8, 0.9, 1.0, 0.5, kNaN, 0.7, 0.7, 1.3, 1.2});
        in.context.noSelection = true;
        in.regions = {u"02"_s};
        QTest::newRow("nothing above 1; no rank without a quotient; nothing selected")
            << in
            << QStringList{u"<p><i>No region selected: showing 東京都. Click a prefecture on the map or a row of the "
                           u"table.</i></p>"_s,
                           u"<p>In 2021, no industry of 青森県 has LQ > 1 (employees).</p>"_s}
            << QStringList{u"rank"_s};

        in = industryInput();
        in.result.regions << u"group:tohoku"_s;
        in.result.lq = grid(4, 3, {0.8, 1.1, 1.0, 1.5, 0.9, 1.2, 0.7, 1.3, 1.004, 1.2, 1.25, 0.5});
        in.regions = {u"group:tohoku"_s};
        in.context.aggregateName = u"東北"_s;
        QTest::newRow("a combined group: its LQ, no rank; the rank of the others ignores it")
            << in
            << QStringList{u"<h3>東北</h3>"_s, u"<p>製造業: LQ 1.25.</p>"_s}
            << QStringList{u"of 4 prefectures"_s};

        in = industryInput();
        in.result.activities = {u"S01"_s, u"S03"_s, u"S09"_s};
        in.result.valueAddedLq = grid(3, 3, {1, 1, 1, 1.8, 1.2, 2.5, 1, 1, 1});
        in.result.relativeProductivity = grid(3, 3, {1, 1, 1, 1.1, 1.3, 0.9, 1, 1, 1});
        in.result.valueAddedYear = 2020;
        in.result.employeesYear = 2021;
        QTest::newRow("earning power: both above 1, by value-added LQ")
            << in
            << QStringList{u"<p><b>Earning power</b> (value added FY2020, employees 2021): activities of 青森県 with both "
                           u"a value-added LQ and a relative productivity above 1: 農林水産業 (LQ 1.80, productivity 1.10), "
                           u"製造業 (LQ 1.20, productivity 1.30).</p>"_s}
            << QStringList{u"情報通信業 (LQ"_s};

        in = industryInput();
        in.context.municipal = true;
        in.municipalMeasure = false;
        QTest::newRow("municipal: no municipal data for the measure")
            << in << QStringList{u"<h3>Municipalities</h3>"_s, u"is published for prefectures only"_s}
            << QStringList{u"Computing"_s};

        in = industryInput();
        in.context.municipal = true;
        in.municipalCurrent = false;
        QTest::newRow("municipal: still computing")
            << in << QStringList{u"<p>Computing the municipal quotients…</p>"_s} << QStringList{u"Highest"_s};

        in = industryInput();
        in.context.municipal = true;
        in.municipalCurrent = true;
        in.municipalResult.regions = {u"13103"_s, u"23201"_s, u"23211"_s};
        in.municipalResult.industries = {u"A"_s, u"E"_s, u"G"_s};
        in.municipalResult.lq = grid(3, 3, {0.1, 0.3, 6.4, 0.5, 1.6, 0.8, 0.2, 3.0, 0.4});
        in.context.prefectureFilter = u"23"_s;
        in.context.prefectureFilterName = u"愛知県"_s;
        in.context.municipalSelection = {u"23201"_s};
        QTest::newRow("municipal: ranks within the filter's prefecture")
            << in
            << QStringList{u"<p>製造業, employees 2021: 2 of 2 municipalities of 愛知県 have LQ > 1 (shares compared "
                           u"with all of Japan).</p>"_s,
                           u"<p>Highest: 愛知県 豊田市 (3.00), 愛知県 豊橋市 (1.60).</p>"_s,
                           u"<p><b>愛知県 豊橋市</b>: LQ 1.60, rank 2 of 2 municipalities of 愛知県.</p>"_s}
            << QStringList{u"港区"_s, u"Click a municipality"_s};

        in.context.prefectureFilter.clear();
        in.context.prefectureFilterName.clear();
        in.context.municipalSelection.clear();
        QTest::newRow("municipal: all of Japan, nothing picked")
            << in
            << QStringList{u"2 of 3 municipalities of Japan have LQ > 1"_s,
                           u"<p>Highest: 愛知県 豊田市 (3.00), 愛知県 豊橋市 (1.60), 東京都 港区 (0.30).</p>"_s,
                           u"<p><i>Click a municipality on the map or a row of the table"_s}
            << QStringList{u"<b>"_s};

        in = industryInput();
        in.result = {};
        QTest::newRow("no data") << in << QStringList{u"<p>No data for this measure and year.</p>"_s}
                                 << QStringList{u"<h3>"_s};
    }

    void industry()
    {
        QFETCH(app::IndustryCommentaryInput, input);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        verifyFragments(app::industryCommentary(input), present, absent);
    }

    void shiftShare_data()
    {
        QTest::addColumn<app::ShiftShareCommentaryInput>("input");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        app::ShiftShareCommentaryInput in = shiftShareInput(3);
        QTest::newRow("one region: components, a tie goes to the national component, rank")
            << in
            << QStringList{u"<p>Nationally, employees changed by +2.0 % from 2016→2021 (sum of the 47 prefectures).</p>"_s,
                           u"<h3>県1</h3>"_s,
                           u"<p>Growth 2016→2021 was +5.0 %: national +2.0 pt, industry mix +1.0 pt, regional +2.0 pt; "
                           u"the national component dominates.</p>"_s,
                           u"<p>Its regional component ranks 1 of 3 prefectures.</p>"_s}
            << QStringList{u"Largest regional components"_s, u"No region selected"_s};

        in = shiftShareInput(8);
        in.regions = {u"08"_s, u"02"_s};
        in.context.noSelection = false;
        in.fiscalYears = true;
        QTest::newRow("fiscal years; the regional component dominates; the extremes")
            << in
            << QStringList{u"from FY2016→FY2021"_s,
                           u"<p>Growth FY2016→FY2021 was −4.0 %: national +2.0 pt, industry mix 0.0 pt, regional "
                           u"−6.0 pt; the regional component dominates.</p>"_s,
                           u"<p>Its regional component ranks 8 of 8 prefectures.</p>"_s,
                           u"<p>Largest regional components: 県1 (+2.0 pt), 県2 (0.0 pt), 県3 (−1.0 pt). Smallest: "
                           u"県8 (−6.0 pt), 県7 (−5.0 pt), 県6 (−4.0 pt).</p>"_s}
            << QStringList{};

        in = shiftShareInput(3);
        in.context.noSelection = true;
        in.regions = {u"13"_s};
        in.context.regionNames.insert(u"13"_s, u"東京都"_s);
        QTest::newRow("nothing selected and no row for 東京都")
            << in
            << QStringList{u"<p><i>No region selected: showing 東京都. Click a prefecture on the map or a bar.</i></p>"_s}
            << QStringList{u"<h3>"_s};

        in = shiftShareInput(3);
        in.context.municipal = true;
        in.municipalMeasure = false;
        in.measureLabel = u"Gross prefectural product (県内総生産)"_s;
        QTest::newRow("municipal: not for this measure")
            << in
            << QStringList{u"<p>Gross prefectural product (県内総生産) is not available for municipalities in both years"_s}
            << QStringList{u"Computing"_s};

        in = shiftShareInput(3);
        in.context.municipal = true;
        in.municipalCurrent = true;
        datasets::GrowthFactors &m = in.municipalResult;
        m.startYear = 2016;
        m.endYear = 2021;
        m.nationalGrowthRate = 0.019;
        m.regions = {u"07546"_s, u"23201"_s, u"23211"_s};
        m.growthRate = {kNaN, 0.03, -0.004};
        m.industryFactor = {kNaN, 0.001, 0.002};
        m.regionalFactor = {kNaN, 0.01, -0.025};
        in.context.regionNames.insert(u"07546"_s, u"福島県 双葉町"_s);
        in.context.regionNames.insert(u"23201"_s, u"愛知県 豊橋市"_s);
        in.context.regionNames.insert(u"23211"_s, u"愛知県 豊田市"_s);
        in.context.municipalSelection = {u"23211"_s};
        QTest::newRow("municipal: blank municipality, a pick and its rank")
            << in
            << QStringList{u"<p>Summed over all 3 municipalities, employees changed by +1.9 % from 2016→2021. 1 of "
                           u"the 2 municipalities of Japan with a growth rate have a positive regional component.</p>"_s,
                           u"<p>No growth rate (no employees in 2016, left blank on the map): 福島県 双葉町.</p>"_s,
                           u"<p><b>愛知県 豊田市</b>: growth 2016→2021 was −0.4 % = national +1.9 pt + industry mix "
                           u"+0.2 pt + regional −2.5 pt; its regional component ranks 2 of 2 municipalities of Japan.</p>"_s}
            << QStringList{u"Click a municipality"_s};

        in.context.prefectureFilter = u"23"_s;
        in.context.prefectureFilterName = u"愛知県"_s;
        in.context.municipalSelection.clear();
        QTest::newRow("municipal: the filter's prefecture only")
            << in
            << QStringList{u"1 of the 2 municipalities of 愛知県"_s, u"<p><i>Click a municipality on the map"_s}
            << QStringList{u"双葉町"_s};

        in = shiftShareInput(3);
        in.context.municipal = true;
        in.municipalCurrent = false;
        QTest::newRow("municipal: still computing")
            << in << QStringList{u"<p>Computing the municipal components…</p>"_s} << QStringList{u"Summed"_s};

        in = shiftShareInput(0);
        QTest::newRow("no data") << in << QStringList{u"<p>No data for these years.</p>"_s}
                                 << QStringList{u"Nationally"_s};
    }

    void shiftShare()
    {
        QFETCH(app::ShiftShareCommentaryInput, input);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        verifyFragments(app::shiftShareCommentary(input), present, absent);
    }
};

QTEST_GUILESS_MAIN(TestCommentary)
#include "test_commentary.moc"
