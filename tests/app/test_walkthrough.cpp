// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's "done when", as a new user does it on a 1366 × 768 screen with
// the bundled starter pack: type 豊 into the region bar and pick 豊田市, read
// its 特化係数 ranking, its shift-share waterfall and its net migration,
// switch to English and back without restarting, restart and find 豊田市
// still selected. Every step is checked on what the pages draw and saved as a
// screenshot (out/walkthrough-*.png) to be looked at. The figures are the
// ones checked against the sources elsewhere: 豊田市's 製造業 LQ 3.03 and its
// −0.39 pt shift-share total (test_workspace), 愛知県's largest net loss,
// 東京都 −6,355, in the 2023 住民基本台帳人口移動報告 (test_flowsview).
#include "testhelpers.h"
#include "pagetesthelpers.h"
#include "widgets/layoutprobe.h"

#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "flowsview.h"
#include "industryview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "regionselection.h"
#include "shiftshareview.h"
#include "workspace.h"
#include "widgets/barchart.h"
#include "widgets/netbarchart.h"
#include "widgets/waterfallchart.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace regionlens;


class TestWalkthrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    QString m_out;

    void save(QWidget &window, const QString &step)
    {
        QTest::qWait(200);
        QVERIFY(window.grab().save(m_out + u"/walkthrough-"_s + step + u".png"_s));
        // With a municipality selected the pages draw other figures than in
        // test_layoutfit (愛知県): nothing clipped, overlapping or elided either.
        const QStringList problems = test::probeLayout(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(step + u":\n"_s + problems.join(u'\n')));
        // The window never grows by itself.
        QVERIFY2(window.width() <= 1366 && window.height() <= 768,
                 qPrintable(u"%1: %2 × %3"_s.arg(step).arg(window.width()).arg(window.height())));
    }

private slots:
    void initTestCase()
    {
        QSettings().clear();   // a first start (the settings are the test's own, see testhelpers.h)
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        m_out = test::sourceDir() + u"/out"_s;
        QDir().mkpath(m_out);
    }

    void newUser()
    {
        app::LanguageManager language;
        language.install(u"ja"_s);
        {
            app::MainWindow window(m_store, language);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            app::Workspace *ws = window.workspace();

            // 豊 → the suggestions start with 豊田市（愛知県）and 豊橋市（愛知県）.
            ws->regionSearch()->setFocus();
            QTest::keyClick(ws->regionSearch(), Qt::Key_A, Qt::ControlModifier);   // over whatever it shows
            test::typeText(ws->regionSearch(), u"豊"_s);
            QAbstractItemView *popup = ws->findChild<QCompleter *>(u"regionCompleter"_s)->popup();
            QVERIFY(popup->isVisible());
            const QStringList suggestions = ws->regionSuggestions();
            QVERIFY2(suggestions.contains(u"豊田市（愛知県）"_s) && suggestions.contains(u"豊橋市（愛知県）"_s),
                     qPrintable(suggestions.join(u", "_s)));
            save(window, u"1-search-ja"_s);
            const int row = int(suggestions.indexOf(u"豊田市（愛知県）"_s));
            popup->setCurrentIndex(popup->model()->index(row, 0));
            QTest::keyClick(popup, Qt::Key_Return);
            QCOMPARE(ws->selection().codes(), QStringList{u"23211"_s});

            // Its 特化係数 ranking: 18 divisions, 製造業 first at 3.03.
            ws->showPage(u"industry"_s);
            auto *industry = qobject_cast<app::IndustryView *>(ws->page(u"industry"_s));
            industry->waitForIdle();
            const widgets::BarChart *bars = industry->barChart();
            QVERIFY2(bars->title().contains(u"豊田市"_s), qPrintable(bars->title()));
            QCOMPARE(bars->categories().value(0), u"製造業"_s);
            QCOMPARE(QString::number(bars->series().first().values.at(0), 'f', 2), u"3.03"_s);
            QVERIFY(industry->commentary().contains(u"3.03"_s));
            save(window, u"2-industry-ja"_s);

            // Its shift-share waterfall: three effects adding up to the total.
            ws->showPage(u"shiftshare"_s);
            auto *shift = qobject_cast<app::ShiftShareView *>(ws->page(u"shiftshare"_s));
            shift->waitForIdle();
            const QList<widgets::WaterfallStep> steps = shift->waterfall()->steps();
            QCOMPARE(steps.size(), 4);
            QVERIFY2(shift->waterfall()->title().contains(u"豊田市"_s), qPrintable(shift->waterfall()->title()));
            QCOMPARE(QString::number(steps.at(3).value, 'f', 2), u"-0.39"_s);
            save(window, u"3-shiftshare-ja"_s);

            // Its net migration: the bundled OD table is prefectural, so the
            // page says so and shows 愛知県's own partners, 東京都 first.
            ws->showPage(u"flows"_s);
            auto *flows = qobject_cast<app::FlowsView *>(ws->page(u"flows"_s));
            flows->waitForIdle();
            widgets::NetBarData partners = flows->partnerChart()->data();
            QCOMPARE(partners.categories.value(0), u"東京都"_s);
            QCOMPARE(partners.values.value(0), -6355.0);
            const QString commentaryJa = flows->commentary();
            QVERIFY2(commentaryJa.contains(u"豊田市"_s) && commentaryJa.contains(u"愛知県"_s),
                     qPrintable(commentaryJa));
            save(window, u"4-flows-ja"_s);

            // English without a restart: the same region, the same figures, English words.
            window.setLanguage(u"en"_s);
            QCOMPARE(language.language(), u"en"_s);
            QCOMPARE(ws->selection().codes(), QStringList{u"23211"_s});
            flows->waitForIdle();
            partners = flows->partnerChart()->data();
            QCOMPARE(partners.values.value(0), -6355.0);
            const QString commentaryEn = flows->commentary();
            QVERIFY2(commentaryEn.contains(u"Tokyo"_s) || commentaryEn.contains(u"東京都"_s), qPrintable(commentaryEn));
            QVERIFY2(commentaryEn != commentaryJa && commentaryEn.contains(u" the "_s), qPrintable(commentaryEn));
            save(window, u"5-flows-en"_s);
            ws->showPage(u"industry"_s);
            industry->waitForIdle();
            QCOMPARE(industry->barChart()->categories().value(0), u"Manufacturing"_s);
            QCOMPARE(QString::number(industry->barChart()->series().first().values.at(0), 'f', 2), u"3.03"_s);
            save(window, u"6-industry-en"_s);

            // And back to Japanese.
            window.setLanguage(u"ja"_s);
            industry->waitForIdle();
            QCOMPARE(industry->barChart()->categories().value(0), u"製造業"_s);
            QVERIFY(industry->barChart()->title().contains(u"豊田市"_s));
            save(window, u"7-industry-ja-again"_s);
        }

        // A restart: a new window with the same settings finds 豊田市 selected.
        app::MainWindow again(m_store, language);
        again.resize(1366, 768);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        app::Workspace *ws = again.workspace();
        QCOMPARE(ws->selection().codes(), QStringList{u"23211"_s});
        QCOMPARE(ws->findChild<QComboBox *>(u"regionPicker"_s)->currentData().toString(), u"23211"_s);
        QCOMPARE(ws->currentPageId(), u"industry"_s);
        auto *industry = qobject_cast<app::IndustryView *>(ws->page(u"industry"_s));
        industry->waitForIdle();
        QVERIFY(industry->barChart()->title().contains(u"豊田市"_s));
        save(again, u"8-restart-ja"_s);

        // Every other page with 豊田市 selected, in both languages: each says
        // what it shows for a municipality, with nothing clipped or overlapping.
        for (const QString &lang : {u"ja"_s, u"en"_s}) {
            again.setLanguage(lang);
            for (const QString &id : app::workspacePageIds()) {
                ws->showPage(id);
                if (app::AnalysisPage *page = ws->page(id))
                    page->waitForIdle();
                save(again, u"9-%1-%2"_s.arg(id, lang));
            }
        }
    }
};

QTEST_MAIN(TestWalkthrough)
#include "test_walkthrough.moc"
