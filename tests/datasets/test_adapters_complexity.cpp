// SPDX-License-Identifier: GPL-3.0-or-later
// The complexity adapter without a window: RCA and presence on a table
// worked by hand (the nation's "00" rows and the TOTAL rows not used), the
// reference outputs of the Stata ecomplexity package through observation
// rows (see tests/analysis/test_complexity.cpp for the source), the request's
// options, groups, opportunities, the industry space, cancellation, and on
// the starter store that the store path and the rows path agree.
#include "testhelpers.h"

#include "../analysis/test_complexity_refdata.h"

#include "datasets/adapters/complexityadapter.h"
#include "datasets/starterpack.h"

#include <QTemporaryDir>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace ref = regionlens::test::complexityref;

namespace {

// "region,industry,year,value" per line.
QList<Observation> rows(const char *text)
{
    QList<Observation> out;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u',');
        Observation o;
        o.region = f.at(0);
        o.industry = f.at(1);
        o.year = f.at(2).toInt();
        o.value = f.at(3).toDouble();
        out.append(o);
    }
    return out;
}

// x = [1 1; 1 3] with TOTAL rows that differ from the sums and a "00" row
// that differs from the sum of the regions: neither may be used.
// Sum of the regions: A 2, B 4 (shares 1/3, 2/3).
//   01: shares (1/2, 1/2) → RCA (1.5, 0.75);  02: (1/4, 3/4) → RCA (0.75, 1.125).
const char kTwoByTwo[] = "01,A,2020,1\n01,B,2020,1\n01,TOTAL,2020,5\n"
                         "02,A,2020,1\n02,B,2020,3\n02,TOTAL,2020,9\n"
                         "00,A,2020,100\n00,B,2020,100\n00,TOTAL,2020,200\n";

// py-ecomplexity's 1995 sample as observation rows (float values, as Stata held them).
QList<Observation> tradeRows()
{
    QList<Observation> out;
    for (std::size_t r = 0; r < ref::kCountries.size(); ++r)
        for (std::size_t c = 0; c < ref::kProducts.size(); ++c) {
            Observation o;
            o.region = QString::fromLatin1(ref::kCountries[r]);
            o.industry = QString::fromLatin1(ref::kProducts[c]);
            o.year = 1995;
            o.value = double(float(ref::kExports1995[r * ref::kProducts.size() + c]));
            out.append(o);
        }
    return out;
}

ComplexityRequest tradeRequest()
{
    ComplexityRequest request;
    request.indicator = u"export_val"_s;
    return request;
}

bool same(const QVector<double> &a, const QVector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i) && !(std::isnan(a.at(i)) && std::isnan(b.at(i))))
            return false;
    return true;
}

} // namespace

class TestAdaptersComplexity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    void handWorkedRca()
    {
        ComplexityRequest request;
        request.indicator = u"jobs"_s;
        const ComplexityFigures r = compute(load(rows(kTwoByTwo), request));
        QCOMPARE(r.year, 2020);
        QCOMPARE(r.regions, (QStringList{u"01"_s, u"02"_s}));
        QCOMPARE(r.industries, (QStringList{u"A"_s, u"B"_s}));
        RL_COMPARE_NEAR(r.rca.at(0, 0), 1.5, 1e-15);
        RL_COMPARE_NEAR(r.rca.at(0, 1), 0.75, 1e-15);
        RL_COMPARE_NEAR(r.rca.at(1, 0), 0.75, 1e-15);
        RL_COMPARE_NEAR(r.rca.at(1, 1), 1.125, 1e-15);
        QCOMPARE(r.presence.at(0, 0), 1.0);
        QCOMPARE(r.presence.at(0, 1), 0.0);
        QCOMPARE(r.diversity, (QVector<double>{1.0, 1.0}));
        QCOMPARE(r.industryTotals, (QVector<double>{2.0, 4.0}));
        QVERIFY(!r.conventions.nationRow);
        QVERIFY(!r.conventions.totalRow);
        // Two separate parts (01–A, 02–B): said so.
        QVERIFY(r.warnings.join(u' ').contains(u"separate parts"_s));
        const QStringList notes = complexityNotes(r);
        QVERIFY(notes.join(u'\n').contains(u"RCA >= 1"_s));
        QVERIFY(conventionNotes(r.conventions).contains(u"nation: the sum of the regions"_s));
    }

    // The Stata reference outputs (stata_ground_truth.csv, 1995) through rows.
    void stataReferenceThroughRows()
    {
        const ComplexityFigures r = compute(load(tradeRows(), tradeRequest()));
        QCOMPARE(r.regions.size(), 10);
        QCOMPARE(r.industries.size(), 30);
        const int aut = r.row(u"aut"_s), pol = r.row(u"pol"_s), p3917 = r.column(u"3917"_s);
        RL_COMPARE_NEAR(r.eci.at(aut), 1.073207217992253, 1e-9);
        RL_COMPARE_NEAR(r.eci.at(pol), -2.170709342895322, 1e-9);
        RL_COMPARE_NEAR(r.pci.at(p3917), 2.794806326517154, 1e-9);
        RL_COMPARE_NEAR(r.coi.at(pol), .8628190011104738, 1e-9);
        RL_COMPARE_NEAR(r.density.at(aut, r.column(u"1704"_s)), .4624999999999999, 1e-9);
        RL_COMPARE_NEAR(r.cog.at(pol, r.column(u"8431"_s)), .8333457049302115, 1e-9);
        QCOMPARE(r.diversity.at(r.row(u"gbr"_s)), 20.0);
        QVERIFY(r.issues.empty());
    }

    // The request's options reach the engine.
    void requestOptions()
    {
        ComplexityRequest request = tradeRequest();
        const ComplexityFigures base = compute(load(tradeRows(), request));
        request.method = regionlens::analysis::ComplexityMethod::Reflections;
        const ComplexityFigures refl = compute(load(tradeRows(), request));
        QVERIFY(refl.reflectionSteps > 0);
        for (int i = 0; i < 10; ++i)
            RL_COMPARE_NEAR(refl.eci.at(i), base.eci.at(i), 1e-8);
        request = tradeRequest();
        request.threshold = 2.0;
        const ComplexityFigures two = compute(load(tradeRows(), request));
        QVERIFY(two.diversity.at(0) < base.diversity.at(0));   // aut: 14 at RCA ≥ 1
        request = tradeRequest();
        request.proximity = regionlens::analysis::ProximityRule::Correlation;
        const ComplexityFigures cont = compute(load(tradeRows(), request));
        // stata_continuous.csv, 1995: density aut·1704.
        RL_COMPARE_NEAR(cont.density.at(0, 0), 1.006892260398717, 1e-9);
        request = tradeRequest();
        request.relatedness = false;
        const ComplexityFigures bare = compute(load(tradeRows(), request));
        QVERIFY(std::isnan(bare.density.at(0, 0)));
        QCOMPARE(bare.density.rows, 10);
        RL_COMPARE_NEAR(bare.eci.at(0), base.eci.at(0), 1e-15);
    }

    // A group of one member is that member; a group of two replaces them.
    void groups()
    {
        ComplexityRequest request = tradeRequest();
        request.groups = {{u"group:aut"_s, {u"aut"_s}}, {u"group:iberia_it"_s, {u"esp"_s, u"ita"_s}}};
        const ComplexityFigures r = compute(load(tradeRows(), request));
        QCOMPARE(r.regions.size(), 12);
        const int g = r.row(u"group:aut"_s), aut = r.row(u"aut"_s);
        QCOMPARE(g, 10);
        RL_COMPARE_NEAR(r.eci.at(g), r.eci.at(aut), 1e-12);
        RL_COMPARE_NEAR(r.density.at(g, 3), r.density.at(aut, 3), 1e-12);
        QCOMPARE(r.values.at(g, 0), r.values.at(aut, 0));
        const int pair = r.row(u"group:iberia_it"_s);
        QCOMPARE(r.values.at(pair, 0), r.values.at(r.row(u"esp"_s), 0) + r.values.at(r.row(u"ita"_s), 0));
        QVERIFY(std::isfinite(r.eci.at(pair)));
        QCOMPARE(r.eci.size(), 12);
        QCOMPARE(r.rca.rows, 12);
        QCOMPARE(r.conventions.groups, (QStringList{u"group:aut"_s, u"group:iberia_it"_s}));
    }

    // Opportunities: absent industries only, by descending density.
    void opportunitiesOrder()
    {
        const ComplexityFigures r = compute(load(tradeRows(), tradeRequest()));
        const int pol = r.row(u"pol"_s);
        const QList<Opportunity> list = opportunities(r, pol);
        QCOMPARE(list.size(), 30 - 7);   // pol: diversity 7
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(r.presence.at(pol, list.at(i).industry), 0.0);
            QCOMPARE(list.at(i).density, r.density.at(pol, list.at(i).industry));
            if (i > 0)
                QVERIFY(list.at(i - 1).density >= list.at(i).density);
        }
        QVERIFY(opportunities(r, -1).isEmpty());
        QVERIFY(opportunities(r, 99).isEmpty());
        // The industry space: a spanning tree of 29 edges + 10 more.
        const auto edges = industrySpace(r, 10);
        QCOMPARE(edges.size(), std::size_t(39));
    }

    void cancel()
    {
        const ComplexityFigures r = compute(load(tradeRows(), tradeRequest()), [](double) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(compute(load(QList<Observation>{}, tradeRequest())).regions.isEmpty());
    }

    // --- the starter store ---

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    // 1,741 municipalities × 18 JSIC divisions (A–R), employees 2021: the
    // store path and the rows path give the same figures; every municipality
    // has a positive total, so none is left out; ECI follows diversity.
    void starterMunicipalities()
    {
        ComplexityRequest request;
        request.indicator = u"employees"_s;
        request.level = RegionLevel::Municipality;
        request.year = 2021;
        const ComplexityFigures fromStore = compute(load(m_store, request));
        QCOMPARE(fromStore.regions.size(), 1741);
        QCOMPARE(fromStore.industries.size(), 18);
        ObservationQuery q;
        q.indicator = u"employees"_s;
        q.industry.reset();
        q.level = RegionLevel::Municipality;
        const ComplexityFigures fromRows = compute(load(m_store.observations(q), request));
        QCOMPARE(fromRows.regions, fromStore.regions);
        QVERIFY(same(fromRows.eci, fromStore.eci));
        QVERIFY(same(fromRows.density.data, fromStore.density.data));
        double cov = 0.0;
        const double meanDiversity =
            std::accumulate(fromStore.diversity.begin(), fromStore.diversity.end(), 0.0) / 1741.0;
        for (int i = 0; i < 1741; ++i) {
            QVERIFY(std::isfinite(fromStore.eci.at(i)));
            cov += (fromStore.diversity.at(i) - meanDiversity) * fromStore.eci.at(i);
        }
        QVERIFY(cov > 0.0);
        // The latest year by default.
        request.year = 0;
        QCOMPARE(load(m_store, request).request.year, 2021);
    }
};

QTEST_GUILESS_MAIN(TestAdaptersComplexity)
#include "test_adapters_complexity.moc"
