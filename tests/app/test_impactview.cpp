// SPDX-License-Identifier: GPL-3.0-or-later
// The 経済波及効果 page offscreen on a fresh starter store: the figures it
// shows are the adapter's and equal `regionlens-cli io impact` for the same
// demand (official table, estimated table, type I and II, a given 消費転換係数),
// templates build their documented demand, the results table adds up, the
// linkage chart, a group and Japan, the report flag, exports, the layout at
// 1366 × 768 and in projector mode.
#include "clitesthelpers.h"
#include "pagetesthelpers.h"
#include "testhelpers.h"

#include "datasets/adapters/ioadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "catalogsource.h"
#include "exportsupport.h"
#include "pagecontext.h"
#include "regionreport.h"
#include "impactdemandpanel.h"
#include "impacttemplates.h"
#include "impactview.h"
#include "regionselection.h"
#include "widgets/linkagechart.h"
#include "widgets/stackedbarchart.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace io = regionlens::datasets::inputoutput;

namespace {

bool settle(app::ImpactView &view)
{
    view.waitForIdle();
    return !view.isBusy();
}

double sum(const QVector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

QVector<double> visitorDemand()   // 商業 100, 運輸・郵便 50, サービス 300 (百万円), as test_agreement
{
    QVector<double> d(12, 0.0);
    d[5] = 100.0;
    d[7] = 50.0;
    d[10] = 300.0;
    return d;
}

} // namespace

class TestImpactView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void defaults()
    {
        app::RegionSelection selection;
        app::ImpactView view(m_store, selection, true);
        QVERIFY(settle(view));
        QCOMPARE(view.pageId(), u"impact"_s);
        QCOMPARE(view.region(), u"00"_s);   // nothing selected: Japan's table
        QVERIFY(view.problem().isEmpty());
        QVERIFY(!view.result().estimated);
        QCOMPARE(view.result().sectors, app::impact::twelveSectors());
        // The example at start is the tourism template: 100,000 visitors × 30,000 円 = 3,000 百万円.
        QCOMPARE(sum(view.demand()), 3000.0);
        QVERIFY(view.result().hasImpact);
        QCOMPARE(view.result().type, analysis::MultiplierType::TypeII);
        // …but it is an example: the region report leaves the page out until a demand is chosen.
        QVERIFY(!view.inReport());
        view.setDemand(visitorDemand());
        QVERIFY(settle(view));
        QVERIFY(view.inReport());
        QCOMPARE(view.figures().size(), 2);
        QCOMPARE(view.linkageChart()->countDrawn(), 12);
    }

    // A fresh page for a region shows the same result however its first
    // jobs interleave with the selection (the page is made before or after
    // the region is chosen, and the selection may change while the first
    // table is still loading): the example demand's total output for 愛知県
    // is the adapter's for Aichi's official table, run after run.
    void freshPageIsDeterministic_data()
    {
        QTest::addColumn<int>("order");
        for (int run = 0; run < 3; ++run) {
            QTest::newRow(qPrintable(u"selected before, run %1"_s.arg(run))) << 0;
            QTest::newRow(qPrintable(u"selected after, run %1"_s.arg(run))) << 1;
            QTest::newRow(qPrintable(u"selected while loading, run %1"_s.arg(run))) << 2;
        }
    }

    void freshPageIsDeterministic()
    {
        QFETCH(int, order);
        app::RegionSelection selection;
        if (order == 0)
            selection.set({u"23"_s});
        app::ImpactView view(m_store, selection, true);
        if (order == 1)
            QVERIFY(settle(view));
        if (order >= 1)
            selection.set({u"23"_s});
        QVERIFY(settle(view));
        QCOMPARE(view.region(), u"23"_s);
        QVERIFY(!view.result().estimated);
        QVERIFY(view.result().hasImpact);
        // The same demand through the adapter on Aichi's official table.
        io::Inputs in = io::loadOfficialOrEstimated(m_store, view.request());
        in.request.demand = view.request().demand;
        const io::Result direct = io::compute(in);
        QVERIFY(direct.hasImpact);
        QCOMPARE(sum(view.demand()), 3000.0);
        RL_COMPARE_NEAR(sum(view.result().total.output), sum(direct.total.output), 1e-12);
    }

    // The page's figures are the adapter's for the request it states, and
    // regionlens-cli io impact gives the same for the same demand and options.
    void agreesWithCli_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("delta");
        QTest::addColumn<bool>("estimated");
        QTest::newRow("静岡県 official, type II") << u"22"_s << 2 << 0.738 << 0.15 << false;
        QTest::newRow("愛知県 official, type I") << u"23"_s << 1 << 0.738 << 0.15 << false;
        QTest::newRow("静岡県 official, type II, ratio 0.7") << u"22"_s << 2 << 0.7 << 0.15 << false;
        QTest::newRow("東京都 estimated (no official table), FLQ δ 0.2") << u"13"_s << 2 << 0.738 << 0.2 << true;
    }

    void agreesWithCli()
    {
        QFETCH(QString, region);
        QFETCH(int, type);
        QFETCH(double, ratio);
        QFETCH(double, delta);
        QFETCH(bool, estimated);
        app::RegionSelection selection;
        selection.set({region});
        app::ImpactView view(m_store, selection, true);
        view.setType(type == 2 ? analysis::MultiplierType::TypeII : analysis::MultiplierType::TypeI);
        view.setConsumptionRatio(ratio);
        view.setDelta(delta);
        view.setDemand(visitorDemand());
        QVERIFY(settle(view));
        const io::Result &r = view.result();
        QVERIFY2(view.problem().isEmpty(), qPrintable(view.problem()));
        QVERIFY(r.hasImpact);
        QCOMPARE(r.estimated, estimated);
        // Through the adapter directly.
        const io::Result direct = io::compute(io::loadOfficialOrEstimated(m_store, view.request()));
        for (int i = 0; i < 12; ++i) {
            RL_COMPARE_NEAR(r.total.output.at(i), direct.total.output.at(i), 1e-15);
            RL_COMPARE_NEAR(r.indirect2.income.at(i), direct.indirect2.income.at(i), 1e-15);
        }
        // Through the CLI, with the page's plain-number CSV.
        const QString csvPath = m_dir.filePath(u"page.csv"_s);
        QString error;
        QVERIFY2(view.exportCsv(csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<test::cli::Row> page = test::cli::parseCsv(QString::fromUtf8(csvFile.readAll()));
        const QString demand = test::cli::write(m_dir, u"demand.csv"_s,
                                                "sector,amount\n商業,100\n運輸・郵便,50\nサービス,300\n");
        QStringList args{u"--db"_s, m_store.path(), u"io"_s, u"impact"_s, u"--region"_s, region, u"--demand"_s,
                         demand, u"--type"_s, QString::number(type)};
        if (estimated)
            args << u"--table"_s << u"estimated"_s << u"--delta"_s << QString::number(delta);
        if (ratio != analysis::kDefaultConsumptionRatio)
            args << u"--consumption-ratio"_s << QString::number(ratio);
        const test::cli::Run run = test::cli::run(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<test::cli::Row> cli = test::cli::parseCsv(run.out);
        QCOMPARE(page.size(), cli.size());
        QCOMPARE(page.size(), 4 * 13);
        for (qsizetype k = 0; k < cli.size(); ++k) {
            QCOMPARE(page.at(k).value(u"effect"_s), cli.at(k).value(u"effect"_s));
            QCOMPARE(page.at(k).value(u"sector"_s), cli.at(k).value(u"sector"_s));
            for (const QString &column : {u"output"_s, u"value_added"_s, u"income"_s, u"employees"_s}) {
                const double a = test::cli::num(page.at(k), column), b = test::cli::num(cli.at(k), column);
                // The CLI prints 12 significant digits.
                QVERIFY2(std::abs(a - b) <= 1e-11 * std::max(1.0, std::abs(b)),
                         qPrintable(u"%1 %2 %3: page %4, cli %5"_s.arg(page.at(k).value(u"effect"_s),
                                                                       page.at(k).value(u"sector"_s), column)
                                        .arg(a, 0, 'g', 17)
                                        .arg(b, 0, 'g', 17)));
            }
        }
        // The linkage chart: Rasmussen's coefficients of the type I inverse, as io multipliers prints them.
        QStringList margs{u"--db"_s, m_store.path(), u"io"_s, u"multipliers"_s, u"--region"_s, region};
        if (estimated)
            margs << u"--table"_s << u"estimated"_s << u"--delta"_s << QString::number(delta);
        const test::cli::Run multipliers = test::cli::run(margs);
        QVERIFY2(multipliers.exitCode == 0, qPrintable(multipliers.err));
        const QList<test::cli::Row> m1 = test::cli::parseCsv(multipliers.out);
        const QList<widgets::LinkageSector> linkages = view.linkageChart()->sectors();
        QCOMPARE(linkages.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const test::cli::Row row = test::cli::find(m1, {{u"sector"_s, r.sectors.at(i)}});
            RL_COMPARE_NEAR(linkages.at(i).backward, test::cli::num(row, u"backward_linkage"_s), 1e-11);
            RL_COMPARE_NEAR(linkages.at(i).forward, test::cli::num(row, u"forward_linkage"_s), 1e-11);
            QCOMPARE(linkages.at(i).output, r.output.at(i));
        }
        // The results table shows the same totals; total = direct + 1st + 2nd.
        const QStandardItemModel *m = view.resultsModel();
        QCOMPARE(m->rowCount(), 5);
        const auto cell = [m](int row, int column) { return m->item(row, column)->data(Qt::UserRole).toDouble(); };
        RL_COMPARE_NEAR(cell(3, 0), test::cli::num(test::cli::find(cli, {{u"effect"_s, u"total"_s},
                                                                          {u"sector"_s, u"TOTAL"_s}}),
                                                    u"output"_s),
                        1e-11);
        for (int c = 0; c < 4; ++c)
            RL_COMPARE_NEAR(cell(3, c), cell(0, c) + cell(1, c) + cell(2, c), 1e-12);
        RL_COMPARE_NEAR(cell(4, 0), cell(3, 0) / cell(0, 0), 1e-12);   // 波及倍率
        if (type == 1)
            QCOMPARE(cell(2, 0), 0.0);
        // The assumptions say what was used.
        const QString assumptions = view.assumptions().join(u'\n');
        QVERIFY2(assumptions.contains(estimated ? u"ESTIMATED"_s : u"official"_s), qPrintable(assumptions));
        if (estimated)
            QVERIFY2(view.commentary().contains(u"δ = 0.2"_s), qPrintable(view.commentary()));
        if (type == 2)
            QVERIFY2(assumptions.contains(ratio == analysis::kDefaultConsumptionRatio ? u"家計調査 2015"_s
                                                                                       : u"entered on the page"_s),
                     qPrintable(assumptions));
    }

    // Templates put their documented amounts into the demand table.
    void templates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<double>("amount");
        QTest::addColumn<double>("total");
        // 100,000 visitors × 30,000 円 = 3,000 百万円; サービス 55 %.
        QTest::newRow("tourism: サービス") << int(app::impact::Template::Tourism) << u"サービス"_s << 1650.0 << 3000.0;
        QTest::newRow("tourism: 運輸・郵便") << int(app::impact::Template::Tourism) << u"運輸・郵便"_s << 600.0 << 3000.0;
        // 10,000 百万円, 70 % building to 建設, the rest machinery to 製造業.
        QTest::newRow("construction: 建設") << int(app::impact::Template::Construction) << u"建設"_s << 7000.0
                                           << 10000.0;
        QTest::newRow("construction: 製造業") << int(app::impact::Template::Construction) << u"製造業"_s << 3000.0
                                             << 10000.0;
        // Budget 100 (サービス 80 %) + 20,000 visitors × 8,000 円 = 160 (サービス 55 %).
        QTest::newRow("event: サービス") << int(app::impact::Template::Event) << u"サービス"_s << 80.0 + 88.0
                                        << 260.0;
        QTest::newRow("event: 情報通信") << int(app::impact::Template::Event) << u"情報通信"_s << 10.0 << 260.0;
    }

    void templates()
    {
        QFETCH(int, kind);
        QFETCH(QString, sector);
        QFETCH(double, amount);
        QFETCH(double, total);
        app::RegionSelection selection;
        selection.set({u"22"_s});
        app::ImpactView view(m_store, selection, true);
        view.applyTemplate(app::impact::defaultFigures(app::impact::Template(kind)));
        QVERIFY(settle(view));
        const QVector<double> d = view.demand();
        RL_COMPARE_NEAR(d.at(app::impact::twelveSectors().indexOf(sector)), amount, 1e-12);
        RL_COMPARE_NEAR(sum(d), total, 1e-12);
        RL_COMPARE_NEAR(sum(view.result().demand), total, 1e-12);
        QVERIFY(view.inReport());
        const QString assumptions = view.assumptions().join(u'\n');
        QVERIFY2(assumptions.contains(u"an assumption"_s), qPrintable(assumptions));
        // Editing an amount keeps the template's name and says it was edited.
        view.demandPanel()->table()->item(0, 1)->setData(Qt::EditRole, 5.0);
        QVERIFY(settle(view));
        RL_COMPARE_NEAR(sum(view.result().demand), total + 5.0 - d.at(0), 1e-12);
        QVERIFY(view.assumptions().join(u'\n').contains(u"edited"_s));
    }

    void groupAndJapan()
    {
        app::RegionSelection selection;
        selection.setGroup(u"tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s});
        selection.setAggregated(true);
        app::ImpactView view(m_store, selection, false);
        QVERIFY(settle(view));
        // A combined group is estimated as one region from its members' employees.
        QVERIFY(view.region().startsWith(u"group:"_s));
        QCOMPARE(view.request().members, (QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s}));
        QVERIFY2(view.problem().isEmpty(), qPrintable(view.problem()));
        QVERIFY(view.result().hasImpact);
        QVERIFY(view.result().estimated);
        QCOMPARE(view.linkageChart()->countDrawn(), 12);
        const io::Result direct = io::compute(io::loadOfficialOrEstimated(m_store, view.request()));
        RL_COMPARE_NEAR(sum(view.result().total.output), sum(direct.total.output), 1e-15);
        selection.setAggregated(false);
        selection.set({});
        QVERIFY(settle(view));
        QCOMPARE(view.region(), u"00"_s);
        QVERIFY(view.problem().isEmpty());
        QVERIFY(view.result().hasImpact);
        QVERIFY(!view.result().estimated);
    }

    // The region report: the page's section appears once a demand was chosen
    // (the example shown at start is left out).
    void reportSection()
    {
        app::RegionSelection selection;
        selection.set({u"22"_s});
        app::CatalogSource catalog(m_store, true);
        catalog.rebuildNow();
        QWidget host;
        host.resize(1400, 900);
        const QList<app::AnalysisPage *> pages =
            app::createReportPages(app::PageContext{m_store, selection, catalog, true}, &host);
        app::ImpactView *impact = nullptr;
        for (app::AnalysisPage *page : pages)
            if (auto *v = qobject_cast<app::ImpactView *>(page))
                impact = v;
        QVERIFY(impact);
        const app::ReportResult without =
            app::writeRegionReport(m_store, pages, u"22"_s, true, m_dir.filePath(u"without.pdf"_s));
        QVERIFY2(without.ok, qPrintable(without.error));
        impact->setDemand(visitorDemand());
        const app::ReportResult with =
            app::writeRegionReport(m_store, pages, u"22"_s, true, m_dir.filePath(u"with.pdf"_s));
        QVERIFY2(with.ok, qPrintable(with.error));
        QVERIFY2(with.pages > without.pages, qPrintable(u"%1 vs %2"_s.arg(with.pages).arg(without.pages)));
        if (const QString out = qEnvironmentVariable("REGIONLENS_SHOTS"); !out.isEmpty())
            QFile::copy(m_dir.filePath(u"with.pdf"_s), out + u"/impact-report.pdf"_s);
        QVERIFY(impact->inReport());
    }

    void exportsAndLayout_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<bool>("large");
        QTest::newRow("ja") << true << false;
        QTest::newRow("en") << false << false;
        QTest::newRow("ja projector") << true << true;
    }

    void exportsAndLayout()
    {
        QFETCH(bool, japanese);
        QFETCH(bool, large);
        app::RegionSelection selection;
        selection.set({u"23"_s});
        app::ImpactView view(m_store, selection, japanese);
        view.setLargeFonts(large);
        view.resize(large ? QSize(1700, 960) : test::smallScreenPage());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(view));
        QTest::qWait(50);
        if (!large) {
            const QString misfit = test::smallScreenMisfit(view);
            QVERIFY2(misfit.isEmpty(), qPrintable(misfit));
        }
        // The results table shows its five rows.
        QVERIFY(view.resultsModel()->rowCount() == 5);
        // The linkage labels do not overlap on their tab at the page's size.
        view.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(view.linkageChart()->isVisible());
        const QList<QRectF> rects = view.linkageChart()->labelRects();
        QCOMPARE(rects.size(), 12);
        for (int a = 0; a < rects.size(); ++a)
            for (int b = a + 1; b < rects.size(); ++b)
                QVERIFY(!rects.at(a).adjusted(1, 1, -1, -1).intersects(rects.at(b)));
        for (const app::PageFigure &figure : view.figures()) {
            QString error;
            const QString path = m_dir.filePath(figure.id + u".png"_s);
            QVERIFY2(app::writeFigure(figure, path, QSize(1200, 800), &error), qPrintable(error));
            QVERIFY(QFile(path).size() > 1000);
        }
        const QString out = qEnvironmentVariable("REGIONLENS_SHOTS");
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            const QString name = u"impact-%1%2"_s.arg(japanese ? u"ja"_s : u"en"_s, large ? u"-large"_s : QString());
            QVERIFY(view.grab().save(out + u'/' + name + u"-linkages.png"_s));
            view.findChild<QTabWidget *>()->setCurrentIndex(0);
            QTest::qWait(50);
            QVERIFY(view.grab().save(out + u'/' + name + u".png"_s));
        }
    }
};

QTEST_MAIN(TestImpactView)
#include "test_impactview.moc"
