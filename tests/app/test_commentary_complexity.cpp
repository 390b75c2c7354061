// SPDX-License-Identifier: GPL-3.0-or-later
// The 関連性 page's commentary as a pure function: figures from the
// complexity adapter on a small table worked by hand in, sentences with the
// numbers out.
#include "testhelpers.h"

#include "complexitycommentary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// A chain of four industries (codes that are not JSIC divisions, so their
// names are the ones given), each region specialised in two neighbours:
//          X1   X2   X3   X4   total
//   r1      1    1   10   10     22     RCA (0.25, 0.14, 1.43, 2.50) → X3, X4
//   r2      1   10   10    1     22     RCA (0.25, 1.43, 1.43, 0.25) → X2, X3
//   r3     10   10    1    1     22     RCA (2.50, 1.43, 0.14, 0.25) → X1, X2
//   Σ      12   21   21   12     66     e.g. r1·X3 = (10/22)/(21/66) = 1.4286
// Co-occurrence: X1–X2 (r3), X2–X3 (r2), X3–X4 (r1), once each; ubiquity
// (1, 2, 2, 1): φ = 1/max(k) = 0.5 on the three links, 0 elsewhere.
// Densities: r2 in X1 = φ21/φ21 = 1, in X4 = φ34/φ34 = 1;
// r3 in X3 = φ23/(φ23 + φ43) = 0.5, in X4 = 0/φ34 = 0.
datasets::ComplexityFigures chain()
{
    QList<datasets::Observation> rows;
    const double values[3][4] = {{1, 1, 10, 10}, {1, 10, 10, 1}, {10, 10, 1, 1}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c) {
            datasets::Observation o;
            o.region = u"r%1"_s.arg(r + 1);
            o.industry = u"X%1"_s.arg(c + 1);
            o.year = 2021;
            o.value = values[r][c];
            rows << o;
        }
    datasets::ComplexityRequest request;
    request.indicator = u"jobs"_s;
    return datasets::compute(datasets::load(rows, request));
}

app::ComplexityCommentaryInput input(const QString &focus)
{
    app::ComplexityCommentaryInput in;
    in.result = chain();
    in.focusRegion = focus;
    in.context.regionNames = {{u"r1"_s, u"Alpha"_s}, {u"r2"_s, u"Beta"_s}, {u"r3"_s, u"Gamma"_s}};
    in.yearText = u"2021"_s;
    in.measureName = u"employees"_s;
    in.industryNames = {{u"X1"_s, u"Apples"_s}, {u"X2"_s, u"Bread"_s}, {u"X3"_s, u"Cars"_s}, {u"X4"_s, u"Drones"_s}};
    in.japanese = false;
    return in;
}

} // namespace

class TestCommentaryComplexity : public QObject
{
    Q_OBJECT

private slots:
    void hand()
    {
        const datasets::ComplexityFigures f = chain();
        RL_COMPARE_NEAR(f.rca.at(f.row(u"r1"_s), 2), (10.0 / 22.0) / (21.0 / 66.0), 1e-15);
        RL_COMPARE_NEAR(f.rca.at(f.row(u"r3"_s), 0), (10.0 / 22.0) / (12.0 / 66.0), 1e-15);
        QCOMPARE(f.diversity, (QVector<double>{2.0, 2.0, 2.0}));
        RL_COMPARE_NEAR(f.proximity.at(0, 1), 0.5, 1e-15);
        QCOMPARE(f.proximity.at(0, 2), 0.0);
        RL_COMPARE_NEAR(f.density.at(f.row(u"r3"_s), 2), 0.5, 1e-15);
        QCOMPARE(f.density.at(f.row(u"r3"_s), 3), 0.0);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<QStringList>("expected");
        const datasets::ComplexityFigures f = chain();
        const auto eci = [&](const char *code) {
            return QString::number(f.eci.at(f.row(QString::fromLatin1(code))), 'f', 2);
        };
        QTest::newRow("Beta") << u"r2"_s
                              << QStringList{u"Beta"_s, eci("r2"), u"of 3."_s, u"2 of 4 industries"_s,
                                             u"Bread (1.43)"_s, u"Cars (1.43)"_s, u"(density 1.00"_s};
        QTest::newRow("Gamma") << u"r3"_s
                               << QStringList{u"Gamma"_s, eci("r3"), u"2 of 4 industries"_s, u"Apples (2.50)"_s,
                                              u"Cars (density 0.50"_s, u"Drones (density 0.00"_s, u"most complex"_s};
        QTest::newRow("unknown") << u"r9"_s << QStringList{u"No complexity figures"_s};
    }

    void sentences()
    {
        QFETCH(QString, focus);
        QFETCH(QStringList, expected);
        const QString text = app::complexityCommentary(input(focus));
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + u"\n"_s + text));
    }

    void howToRead()
    {
        QVERIFY(app::complexityHowToRead().contains(u"RCA"_s));
    }
};

QTEST_MAIN(TestCommentaryComplexity)
#include "test_commentary_complexity.moc"
