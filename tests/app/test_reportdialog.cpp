// SPDX-License-Identifier: GPL-3.0-or-later
// The report dialog (issue 15 item 3): its sections are the registered
// pages (all for the full report, the summary's boxes for the summary), it
// reads regions and peers as codes or names, refuses what it does not know,
// fits a 1366 × 768 screen in both languages, and the main window writes
// what it chose: a two-page summary of two regions in one file or one each.
#include "pdfsupport.h"
#include "analysispage.h"
#include "catalogsource.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "regionreport.h"
#include "reportdialog.h"
#include "workspace.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regionlens;

class TestReportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

    static int pageCount(const QString &path) { return pdfFilePageCount(path); }

    static QStringList checkedSections(const app::ReportDialog &dialog)
    {
        return dialog.choice().options.sections;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void sectionsAndRegions()
    {
        app::LanguageManager manager;
        manager.install(u"en"_s);
        app::MainWindow window(m_store, manager);
        const QList<app::AnalysisPage *> pages = window.workspace()->pages();
        app::ReportDialog dialog(pages, window.catalogSource()->snapshot(), {u"22"_s}, false);
        // Full report: every registered page, in the registry's order.
        QStringList all;
        for (const app::PageEntry &entry : app::analysisPages())
            all << entry.id;
        QCOMPARE(checkedSections(dialog), all);
        QCOMPARE(dialog.choice().options.regions, QStringList{u"22"_s});
        QVERIFY(!dialog.choice().options.summary);
        QVERIFY(!dialog.choice().options.japanese);
        // Summary: its default boxes.
        QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
        QRadioButton *summary = nullptr;
        for (QRadioButton *r : radios)
            if (r->text().startsWith(u"Two-page summary"_s))
                summary = r;
        QVERIFY(summary);
        summary->setChecked(true);
        QCOMPARE(checkedSections(dialog), app::summarySections(pages));
        QVERIFY(checkedSections(dialog).contains(u"industry"_s));
        QVERIFY(!checkedSections(dialog).contains(u"projection"_s));
        QVERIFY(dialog.choice().options.summary);
        // Regions and peers by code or name.
        dialog.findChild<QLineEdit *>(u"reportRegions"_s)->setText(u"静岡県, 23211"_s);
        dialog.findChild<QLineEdit *>(u"reportPeers"_s)->setText(u"愛知県、Kanagawa, 27"_s);
        QCOMPARE(dialog.choice().options.regions, (QStringList{u"22"_s, u"23211"_s}));
        QCOMPARE(dialog.choice().options.peers, (QStringList{u"23"_s, u"14"_s, u"27"_s}));
        // An unknown region keeps the dialog open and says which.
        dialog.findChild<QLineEdit *>(u"reportPeers"_s)->setText(u"23, Atlantis"_s);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        bool said = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text().contains(u"Atlantis"_s));
        QVERIFY(said);
        dialog.findChild<QLineEdit *>(u"reportPeers"_s)->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Nothing clipped on a 1366 × 768 screen, in either language.
    void fitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void fitsTheScreen()
    {
        QFETCH(QString, language);
        app::LanguageManager manager;
        manager.install(language);
        app::MainWindow window(m_store, manager);
        app::ReportDialog dialog(window.workspace()->pages(), window.catalogSource()->snapshot(), {u"22"_s},
                                 language == u"ja");
        dialog.adjustSize();
        const QSize hint = dialog.sizeHint();
        QVERIFY2(hint.width() <= 1366 && hint.height() <= 768 - 60,
                 qPrintable(u"%1 x %2"_s.arg(hint.width()).arg(hint.height())));
        dialog.resize(hint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Every section is visible without scrolling at the dialog's own size.
        auto *list = dialog.findChild<QListWidget *>(u"reportSections"_s);
        QVERIFY(list);
        const QRect last = list->visualItemRect(list->item(list->count() - 1));
        QVERIFY2(list->viewport()->rect().contains(last),
                 qPrintable(u"last section at %1, viewport %2"_s.arg(last.bottom()).arg(list->viewport()->height())));
        if (const QString out = qEnvironmentVariable("REGIONLENS_SHOTS"); !out.isEmpty())
            dialog.grab().save(out + u"/report-dialog-%1.png"_s.arg(language));
    }

    // The main window writes what the dialog chose: a summary of 静岡県 and
    // 豊田市 in one file (2 + 2 pages) or one file each, and restores the selection.
    void writesTheChoice()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.workspace()->selection().set({u"13"_s});
        app::ReportChoice choice;
        choice.options.regions = {u"22"_s, u"23211"_s};
        choice.options.sections = app::summarySections(window.workspace()->pages());
        choice.options.peers = {u"23"_s};
        choice.options.summary = true;
        choice.options.japanese = true;
        QStringList written;
        QString error;
        const QString one = m_dir.filePath(u"both.pdf"_s);
        QVERIFY2(window.writeReport(choice, one, &written, &error), qPrintable(error));
        QCOMPARE(written, QStringList{one});
        QCOMPARE(pageCount(one), 4);
        choice.each = true;
        written.clear();
        QVERIFY2(window.writeReport(choice, m_dir.filePath(u"each.pdf"_s), &written, &error), qPrintable(error));
        QCOMPARE(written, (QStringList{m_dir.filePath(u"each-22.pdf"_s), m_dir.filePath(u"each-23211.pdf"_s)}));
        QCOMPARE(pageCount(written.at(0)), 2);
        QCOMPARE(pageCount(written.at(1)), 2);
        QCOMPARE(window.workspace()->selection().codes(), QStringList{u"13"_s});
    }
};

QTEST_MAIN(TestReportDialog)
#include "test_reportdialog.moc"
