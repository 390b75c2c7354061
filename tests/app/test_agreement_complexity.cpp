// SPDX-License-Identifier: GPL-3.0-or-later
// The region report's 関連性と多角化 / Smart specialisation section agrees
// with `regionlens-cli complexity` and `relatedness` (issue 13), for a
// prefecture (愛知県) and a municipality (豊田市, computed among the 1,741
// municipalities although the map shows prefectures):
//  - in process, the report's own page (createReportPages(), as the report
//    builds it for the region) holds the focus row's diversity, ECI and, per
//    industry, RCA, density and COG; each must equal the CLI's JSON to 1e-12
//    (relative), and its opportunities must be the CLI's industries with
//    RCA < 1 by descending density;
//  - in the PDF written by `regionlens-cli report`, the section's words and
//    table show those numbers as rounded from the CLI's values: the ECI
//    (2 decimals) and the first opportunities' densities (3 decimals), PCI
//    and COG (2 decimals), each under the industry's name.
// (A separate file: tests/app/test_agreement.cpp holds the adapter rows.)
#include "testhelpers.h"
#include "agreementsupport.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "complexityview.h"
#include "pagecontext.h"
#include "regionreport.h"
#include "regionselection.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;
using test::agreement::agree;
using test::agreement::Figure;

namespace {

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// A CLI row per region or industry.
struct CliCell
{
    QString industry;
    double rca, density, cog, pci;
};

} // namespace

class TestAgreementComplexity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    datasets::Store m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_db, &error), qPrintable(error));
    }

    void report_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("japanese");
        QTest::newRow("愛知県, ja") << u"23"_s << u"prefecture"_s << u"愛知県"_s << true;
        QTest::newRow("豊田市, ja") << u"23211"_s << u"municipality"_s << u"豊田市"_s << true;
        QTest::newRow("豊田市, en") << u"23211"_s << u"municipality"_s << u"豊田市, Aichi"_s << false;
    }

    void report()
    {
        QFETCH(QString, region);
        QFETCH(QString, level);
        QFETCH(QString, name);
        QFETCH(bool, japanese);

        // The CLI: the region's ECI, its cells, the industries' PCI.
        const QStringList common{u"--indicator"_s, u"employees"_s, u"--year"_s, u"2021"_s, u"--level"_s, level};
        QString error;
        const auto cli = [&](const QStringList &args, const QStringList &keys, const QStringList &values) {
            return test::agreement::runCli(Figure{args + common, keys, values, {}, {}}, m_db, &error);
        };
        const auto regions = cli({u"complexity"_s}, {u"region_code"_s}, {u"diversity"_s, u"eci"_s});
        QVERIFY2(regions.contains(region), qPrintable(region + error));
        const QHash<QString, double> own = regions.value(region);
        const auto cells = cli({u"relatedness"_s, u"--region"_s, region}, {u"industry_code"_s},
                               {u"rca"_s, u"density"_s, u"cog"_s});
        QVERIFY2(!cells.isEmpty(), qPrintable(error));
        const auto industries = cli({u"complexity"_s, u"--industries"_s}, {u"industry_code"_s}, {u"pci"_s});
        QVERIFY2(!industries.isEmpty(), qPrintable(error));
        QList<CliCell> list;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            list.append({it.key(), it->value(u"rca"_s), it->value(u"density"_s), it->value(u"cog"_s),
                         industries.value(it.key()).value(u"pci"_s, std::nan(""))});
        std::sort(list.begin(), list.end(), [](const CliCell &a, const CliCell &b) { return a.industry < b.industry; });
        QCOMPARE(list.size(), 18);   // the starter pack's divisions A–R

        // The report's page for the region, built as the report builds it.
        app::RegionSelection selection;
        selection.set({region});
        app::CatalogSource catalog(m_store, japanese);
        catalog.rebuildNow();
        QWidget host;
        host.resize(1400, 900);
        const QList<app::AnalysisPage *> pages =
            app::createReportPages(app::PageContext{m_store, selection, catalog, japanese}, &host);
        app::ComplexityView *page = nullptr;
        for (app::AnalysisPage *p : pages)
            if (p->pageId() == u"complexity")
                page = qobject_cast<app::ComplexityView *>(p);
        QVERIFY(page);
        page->waitForIdle();
        QVERIFY(page->inReport());
        QCOMPARE(page->focusCode(), region);
        const datasets::ComplexityFigures &f = page->focusResult();
        QCOMPARE(f.regions.size(), level == u"municipality" ? 1741 : 47);
        const int row = f.row(region);
        QVERIFY(row >= 0);
        QVERIFY2(agree(f.eci.at(row), own.value(u"eci"_s)), qPrintable(u"ECI %1 vs %2"_s.arg(f.eci.at(row))
                                                                               .arg(own.value(u"eci"_s))));
        QVERIFY(agree(f.diversity.at(row), own.value(u"diversity"_s)));
        for (const CliCell &c : std::as_const(list)) {
            const int col = f.column(c.industry);
            QVERIFY2(col >= 0, qPrintable(c.industry));
            QVERIFY2(agree(f.rca.at(row, col), c.rca), qPrintable(c.industry + u" rca"_s));
            QVERIFY2(agree(f.density.at(row, col), c.density), qPrintable(c.industry + u" density"_s));
            QVERIFY2(agree(f.cog.at(row, col), c.cog), qPrintable(c.industry + u" cog"_s));
            QVERIFY2(agree(f.pci.at(col), c.pci), qPrintable(c.industry + u" pci"_s));
        }
        // Its opportunities: the CLI's industries with RCA < 1, densest first.
        QList<CliCell> expected;
        for (const CliCell &c : std::as_const(list))
            if (c.rca < 1.0 && std::isfinite(c.density))
                expected.append(c);
        std::stable_sort(expected.begin(), expected.end(),
                         [](const CliCell &a, const CliCell &b) { return a.density > b.density; });
        const QList<datasets::Opportunity> shown = page->focusOpportunities();
        QCOMPARE(shown.size(), expected.size());
        QVERIFY(!shown.isEmpty());
        for (qsizetype i = 0; i < shown.size(); ++i)
            QCOMPARE(f.industries.at(shown.at(i).industry), expected.at(i).industry);
        const QHash<QString, QString> names = catalog.industryNames();

        // The PDF: the numbers as rounded from the CLI's values.
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed: the PDF's text is not checked");
        const QString pdf = m_dir.filePath(u"report-%1-%2.pdf"_s.arg(region, japanese ? u"ja"_s : u"en"_s));
        QProcess report;
        report.start(QString::fromUtf8(REGIONLENS_CLI),
                     {u"--db"_s, m_db, u"report"_s, u"--region"_s, region, u"--out"_s, pdf, u"--lang"_s,
                      japanese ? u"ja"_s : u"en"_s});
        QVERIFY(report.waitForFinished(300000));
        QVERIFY2(report.exitCode() == 0, report.readAllStandardError().constData());
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QString all = QString::fromUtf8(text.readAllStandardOutput());
        all.remove(QRegularExpression(u"\\s+"_s));   // pdftotext breaks lines anywhere
        // The section, from its title to the sources.
        const QString title = japanese ? u"関連性と多角化"_s : u"Smartspecialisation"_s;
        const qsizetype from = all.lastIndexOf(title);
        QVERIFY2(from >= 0, "no Smart specialisation section in the report");
        const QString section = all.mid(from);
        name.remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(section.contains(name), qPrintable(name));
        QVERIFY2(section.contains(fixed(own.value(u"eci"_s), 2)),
                 qPrintable(u"ECI %1 not in the section"_s.arg(fixed(own.value(u"eci"_s), 2))));
        // The table's first rows: name, density (3), PCI, COG (2 decimals) in a row.
        for (qsizetype i = 0; i < std::min<qsizetype>(5, expected.size()); ++i) {
            const CliCell &c = expected.at(i);
            QString label = app::shortIndustryName(c.industry, japanese, names.value(c.industry));
            label.remove(QRegularExpression(u"\\s+"_s));
            const QString cellsText = QString::number(i + 1) + label + fixed(c.density, 3) + fixed(c.pci, 2)
                + fixed(c.cog, 2) + fixed(c.rca, 2);
            QVERIFY2(section.contains(cellsText), qPrintable(u"row %1 not in the report's table"_s.arg(cellsText)));
        }
    }
};

QTEST_MAIN(TestAgreementComplexity)
#include "test_agreement_complexity.moc"
