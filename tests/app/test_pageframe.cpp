// SPDX-License-Identifier: GPL-3.0-or-later
// The page frame through a small page built on it the way the analysis
// pages are: controls in a row, figure tabs, a side panel, registered
// figures, large fonts for all of them, the commentary panel and source
// line filled from the page's texts, the hint while a runner computes, and
// waitForIdle() draining jobs that start other jobs.
#include "analysispage.h"
#include "datasets/store.h"
#include "jobrunner.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/barchart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

class SamplePage : public app::AnalysisPage
{
public:
    SamplePage(datasets::Store &store, app::RegionSelection &selection, bool withTabs)
        : AnalysisPage(store, selection, true), first(addRunner()), second(addRunner())
    {
        measure = new QComboBox(this);
        year = new QComboBox(this);
        frame().addControl(u"Measure"_s, measure, 0);
        frame().addControl(u"Year"_s, year);
        bars = new widgets::BarChart(this);
        other = new widgets::BarChart(this);
        table = new QTableView(this);
        side = new QLabel(u"side"_s, this);
        if (withTabs) {
            frame().addTab(bars, u"Bars"_s);
            frame().addTab(table, u"Table"_s);
        } else {
            frame().setFigureWidget(bars);
        }
        frame().setSidePanel(side);
        frame().addFigure(u"second"_s, other);   // registration order, not layout order
        frame().addFigure(u"first"_s, bars);
        frame().addScaledTable(table);
        bars->setTitle(u"Bars of 東京都"_s);
        other->setTitle(u"Other"_s);
    }

    QString pageId() const override { return u"sample"_s; }
    QString title() const override { return u"Sample"_s; }
    QString howToRead() const override { return u"Bars < 1 are short & blue."_s; }
    QString commentary() const override { return u"<p>%1 results</p>"_s.arg(delivered.size()); }
    QStringList sources() const override { return {u"総務省 <census>"_s, u"Licence: CC BY 4.0"_s}; }
    void reload() override {}
    QString idleHint() const override { return u"Pick a region"_s; }

    // A job on the first runner whose delivery starts one on the second.
    void start(int value)
    {
        first->run([value](const datasets::Store &) { return value; }, [](int v) { return v + 1; },
                   [this](int v) {
                       delivered << v;
                       second->runCompute([v](const analysis::ProgressFn &) { return 10 * v; },
                                          [this](int w) {
                                              delivered << w;
                                              refreshText();
                                          });
                   });
    }

    using AnalysisPage::frame;
    using AnalysisPage::refreshText;

    app::JobRunner *first;
    app::JobRunner *second;
    QComboBox *measure;
    QComboBox *year;
    widgets::BarChart *bars;
    widgets::BarChart *other;
    QTableView *table;
    QLabel *side;
    QList<int> delivered;
};

} // namespace

class TestPageFrame : public QObject
{
    Q_OBJECT

    datasets::Store m_store;

private slots:
    void initTestCase() { QVERIFY(m_store.open(u":memory:"_s)); }

    void layout_data()
    {
        QTest::addColumn<bool>("withTabs");
        QTest::newRow("figure tabs") << true;
        QTest::newRow("one figure widget") << false;
    }

    // Controls left to right, then the figures, the side panel and the
    // commentary side by side; the tab bar only with several tabs.
    void layout()
    {
        QFETCH(bool, withTabs);
        app::RegionSelection selection;
        SamplePage page(m_store, selection, withTabs);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.measure->geometry().right() < page.year->geometry().left());
        QVERIFY(page.frame().hint()->geometry().left() > page.year->geometry().right());
        auto *splitter = page.findChild<QSplitter *>();
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0), withTabs ? static_cast<QWidget *>(page.frame().tabs()) : page.bars);
        QCOMPARE(splitter->widget(1), static_cast<QWidget *>(page.side));
        QVERIFY(page.frame().commentaryLabel()->isVisible());
        QVERIFY(page.bars->isVisible());
        QCOMPARE(page.frame().tabs()->isVisible(), withTabs);
        QCOMPARE(page.frame().tabs()->parentWidget() != nullptr, true);   // a replaced widget stays the page's
    }

    // figures() in registration order with the charts' current titles;
    // setLargeFonts() reaches every registered chart, the commentary and tables.
    void figuresAndLargeFonts()
    {
        app::RegionSelection selection;
        SamplePage page(m_store, selection, true);
        QList<app::PageFigure> figures = page.figures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).id, u"second"_s);
        QCOMPARE(figures.at(1).id, u"first"_s);
        QCOMPARE(figures.at(1).caption, u"Bars of 東京都"_s);
        page.bars->setTitle(u"Bars of 愛知県"_s);
        QCOMPARE(page.figures().at(1).caption, u"Bars of 愛知県"_s);
        QImage image(400, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            page.figures().at(1).paint(&painter, QRectF(0, 0, 400, 300));
        }
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                inked += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        QVERIFY2(inked > 50, qPrintable(QString::number(inked)));   // the title and the axes

        page.setLargeFonts(true);
        QVERIFY(page.bars->largeFonts());
        QVERIFY(page.other->largeFonts());
        QCOMPARE(page.frame().commentaryLabel()->font().pointSizeF(), 13.0);
        QCOMPARE(page.table->font().pointSizeF(), 13.0);
        QCOMPARE(page.table->verticalHeader()->defaultSectionSize(), 30);
        page.setLargeFonts(false);
        QVERIFY(!page.bars->largeFonts());
        QCOMPARE(page.frame().commentaryLabel()->font().pointSizeF(), 9.5);
        QCOMPARE(page.table->verticalHeader()->defaultSectionSize(), 22);
    }

    // The commentary panel: heading, commentary(), "How to read" and
    // howToRead() escaped; the source line escaped and joined.
    void texts()
    {
        app::RegionSelection selection;
        SamplePage page(m_store, selection, true);
        page.refreshText();
        const QString html = page.frame().commentaryLabel()->text();
        QVERIFY2(html.startsWith(u"<h2>What the figures say</h2><p>0 results</p><h2>How to read</h2>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Bars &lt; 1 are short &amp; blue."_s), qPrintable(html));
        QCOMPARE(page.frame().sourceLabel()->text(),
                 u"<b>Source:</b> 総務省 &lt;census&gt; / Licence: CC BY 4.0"_s);
        QCOMPARE(page.frame().hint()->text(), u"Pick a region"_s);
    }

    // The hint says "Computing…" while a runner is busy; waitForIdle()
    // delivers the job and the one its delivery started on another runner.
    void runnersAndHint()
    {
        app::RegionSelection selection;
        SamplePage page(m_store, selection, true);
        page.refreshText();
        page.start(1);
        QVERIFY(page.isBusy());
        QCOMPARE(page.frame().hint()->text(), u"Computing…"_s);
        page.start(4);   // the first job becomes stale
        page.waitForIdle();
        QVERIFY(!page.isBusy());
        QCOMPARE(page.delivered, (QList<int>{5, 50}));
        QCOMPARE(page.frame().hint()->text(), u"Pick a region"_s);
        QVERIFY(page.frame().commentaryLabel()->text().contains(u"<p>2 results</p>"_s));
    }
};

QTEST_MAIN(TestPageFrame)
#include "test_pageframe.moc"
