// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog offscreen, driven as a user would: choose a file, see the
// preview and the detected format, import, and find the values in the store;
// a malformed file lists its problems and leaves the store exactly as it was;
// Cancel during a large import stores nothing. Also: File → Import data… and
// View → Data catalogue in the main window, and the map reloading after an
// import. A screenshot of the dialog goes to out/importdialog.png.
#include "testhelpers.h"

#include "catalogsource.h"
#include "catalogview.h"
#include "datasets/importissuesmodel.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

// Everything a user could see change in the store, as one comparable string.
QString fingerprint(const datasets::Store &store)
{
    QStringList parts;
    QSqlQuery q(store.database());
    for (const QString &sql :
         {u"SELECT count(*), total(value), count(status) FILTER (WHERE status <> '') FROM observations"_s,
          u"SELECT count(*), total(value) FROM flows"_s, u"SELECT count(*), group_concat(id) FROM indicators"_s,
          u"SELECT count(*) FROM imports"_s, u"SELECT count(*) FROM boundaries"_s,
          u"SELECT count(*), total(length(name_ja)) FROM regions"_s}) {
        if (!q.exec(sql) || !q.next())
            return u"query failed: "_s + sql;
        for (int i = 0; i < q.record().count(); ++i)
            parts << q.value(i).toString();
    }
    return parts.join(u'|');
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    datasets::Store m_store;   // the GUI thread's connection, as the main window has it

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static QString cell(const QAbstractItemModel *model, int row, const QString &column)
    {
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == column)
                return model->index(row, c).data().toString();
        return u"<no column %1>"_s.arg(column);
    }

    static bool waitIdle(app::ImportDialog &dialog, int ms = 60000)
    {
        // The work runs on a worker thread; the event loop stays free meanwhile.
        QTest::qWait(1);
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, ms);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_storePath, &error), qPrintable(error));
        QDir().mkpath(QString::fromUtf8(REGIONLENS_OUT_DIR));
    }

    // e-Stat database-download layout, Japanese names, a thousands separator
    // and a footnote symbol: preview first, then import.
    void previewThenImport()
    {
        const QString path = write(u"東京と大阪の人口.csv"_s,
                                   u"表章項目,地域,時間軸(年),unit,value\n"
                                   "人口,東京都,2020年,人,\"14,047,594\"\n"
                                   "人口,大阪府,2020年,人,\"8,837,685\"\n"
                                   "人口,沖縄県,2020年,人,x\n"_s.toUtf8());
        QVERIFY(!path.isEmpty());
        const QString before = fingerprint(m_store);
        app::ImportDialog dialog(m_storePath);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "indicator")->setText(u"pop_test"_s);
        dialog.setFileName(path);   // starts the preview
        QVERIFY(waitIdle(dialog));

        QVERIFY2(child<QLabel>(&dialog, "detected")->text().contains(u"estat-csv"_s),
                 qPrintable(child<QLabel>(&dialog, "detected")->text()));
        QVERIFY(child<QLabel>(&dialog, "detected")->text().contains(u"UTF-8"_s));
        const QAbstractItemModel *preview = child<QTableView>(&dialog, "preview")->model();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(cell(preview, 0, u"region"_s), u"13"_s);
        QCOMPARE(cell(preview, 0, u"region_name"_s), u"東京都"_s);
        QCOMPARE(cell(preview, 0, u"value"_s), u"14047594"_s);
        QCOMPARE(cell(preview, 0, u"year"_s), u"2020"_s);
        QCOMPARE(cell(preview, 0, u"indicator"_s), u"pop_test"_s);
        QCOMPARE(cell(preview, 2, u"region"_s), u"47"_s);
        QCOMPARE(cell(preview, 2, u"value"_s), QString());
        QCOMPARE(cell(preview, 2, u"status"_s), u"suppressed:x"_s);
        QCOMPARE(fingerprint(m_store), before);   // a preview stores nothing
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(u"Ready to import"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));

        // The screenshot, to look at: Japanese file name and mapping, the preview table.
        const QString shot = QDir(QString::fromUtf8(REGIONLENS_OUT_DIR)).filePath(u"importdialog.png"_s);
        QVERIFY(dialog.grab().save(shot));
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(2);
        QVERIFY(dialog.grab().save(QDir(QString::fromUtf8(REGIONLENS_OUT_DIR)).filePath(u"importdialog-mapping.png"_s)));

        QSignalSpy imported(&dialog, &app::ImportDialog::imported);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(imported.count(), 1);
        QVERIFY2(imported.first().first().toString().contains(u"3 values for indicator 'pop_test'"_s),
                 qPrintable(imported.first().first().toString()));
        QVERIFY2(child<QLabel>(&dialog, "status")->text().startsWith(u"Imported"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));
        QCOMPARE(child<QTableView>(&dialog, "issues")->model()->rowCount(), 0);

        // In the store, read on this (the GUI) thread's own connection.
        datasets::ObservationQuery q;
        q.indicator = u"pop_test"_s;
        q.year = 2020;
        const QList<datasets::Observation> stored = m_store.observations(q);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).region, u"13"_s);
        QCOMPARE(stored.at(0).value, 14047594.0);
        QCOMPARE(stored.at(1).region, u"27"_s);
        QCOMPARE(stored.at(1).value, 8837685.0);
        QCOMPARE(stored.at(2).region, u"47"_s);
        QCOMPARE(stored.at(2).status, u"suppressed:x"_s);
        QVERIFY(std::isnan(stored.at(2).value));
        QCOMPARE(m_store.indicator(u"pop_test"_s)->unitJa, u"人"_s);
    }

    // Problems are listed with their line and column; nothing is stored.
    // Issue 17, defect 5: a file for an indicator the store already holds
    // asks first (here answered by the test): Cancel stores nothing; "Add to
    // them" stores it and says how many stored values were replaced.
    void existingIndicatorAsks()
    {
        const QString path = write(u"tokyo_again.csv"_s, "region_code,year,value\n13,2020,1\n");
        const QString before = fingerprint(m_store);
        app::ImportDialog dialog(m_storePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "indicator")->setText(u"pop_test"_s);   // from previewThenImport
        dialog.setFileName(path);
        QVERIFY(waitIdle(dialog));
        QStringList asked;
        datasets::ExistingIndicator answer = datasets::ExistingIndicator::Refuse;
        dialog.setExistingIndicatorChoice([&](const QStringList &indicators) {
            asked = indicators;
            return answer;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(asked, QStringList{u"pop_test"_s});
        QCOMPARE(fingerprint(m_store), before);
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(u"Nothing was stored"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));

        answer = datasets::ExistingIndicator::Append;
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy() && fingerprint(m_store) != before; }, 60000));
        QVERIFY(waitIdle(dialog));
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(u"1 stored value(s) replaced"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));
        datasets::ObservationQuery q;
        q.indicator = u"pop_test"_s;
        q.year = 2020;
        QCOMPARE(m_store.values(q).value(u"13"_s), 1.0);
        QCOMPARE(m_store.values(q).value(u"27"_s), 8837685.0);   // kept
    }

    // Issue 17, defect 5 (decided): the bundled official indicators are
    // read-only. A file that would change one of their values is refused
    // without a question (no replace/append choice is offered), with a
    // message naming the indicator and its official source; nothing is stored.
    void bundledIndicatorIsReadOnly()
    {
        const QString path = write(u"tokyo_population.csv"_s, "region_code,year,value\n13,2020,1\n");
        const QString before = fingerprint(m_store);
        app::ImportDialog dialog(m_storePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "indicator")->setText(u"population"_s);
        dialog.setFileName(path);
        QVERIFY(waitIdle(dialog));
        bool asked = false;
        dialog.setExistingIndicatorChoice([&](const QStringList &) {
            asked = true;
            return datasets::ExistingIndicator::Replace;
        });
        QSignalSpy imported(&dialog, &app::ImportDialog::imported);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QVERIFY(!asked);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(fingerprint(m_store), before);
        const QString status = child<QLabel>(&dialog, "status")->text();
        QVERIFY2(status.contains(u"Nothing was stored"_s) && status.contains(u"read-only"_s)
                     && status.contains(u"国勢調査"_s),
                 qPrintable(status));
        datasets::ObservationQuery q;
        q.indicator = u"population"_s;
        q.year = 2020;
        QCOMPARE(m_store.values(q).value(u"13"_s), 14047594.0);   // 東京都, 令和2年国勢調査
    }

    void malformedFileListsIssues()
    {
        const QString path = write(u"broken.csv"_s, "region_code,year,value\n13,2020,1\n14,2020,lots\n"
                                                    "Atlantis,2020,3\n27,20\n");
        const QString before = fingerprint(m_store);
        app::ImportDialog dialog(m_storePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "indicator")->setText(u"broken_test"_s);
        dialog.setFileName(path);
        QVERIFY(waitIdle(dialog));
        QSignalSpy imported(&dialog, &app::ImportDialog::imported);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(fingerprint(m_store), before);
        QVERIFY(!m_store.indicator(u"broken_test"_s));

        auto *issuesView = child<QTableView>(&dialog, "issues");
        QCOMPARE(child<QTabWidget>(&dialog, "tabs")->currentWidget(), issuesView);   // shown first
        const auto *issues = qobject_cast<const datasets::ImportIssuesModel *>(issuesView->model());
        QVERIFY(issues);
        QCOMPARE(issues->errorCount(), 3);
        QStringList located;
        for (const datasets::ImportIssue &i : issues->issues())
            located << u"%1:%2 %3"_s.arg(i.line).arg(i.column).arg(i.message);
        const QString all = located.join(u"; "_s);
        QVERIFY2(all.contains(u"3:3 'lots' is not a number"_s), qPrintable(all));
        QVERIFY2(all.contains(u"4:1 unknown region 'Atlantis'"_s), qPrintable(all));
        QVERIFY2(all.contains(u"5:"_s) && all.contains(u"2 fields, expected 3"_s), qPrintable(all));
        QCOMPARE(issues->index(0, datasets::ImportIssuesModel::LineColumn).data().toString(),
                 QString::number(issues->issues().first().line));
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(u"nothing was stored"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));
        dialog.grab().save(QDir(QString::fromUtf8(REGIONLENS_OUT_DIR)).filePath(u"importdialog-issues.png"_s));
    }

    // Cancel while a large file is read: the dialog stays responsive, nothing is stored.
    void cancelStoresNothing()
    {
        QByteArray csv = "region_code,industry_code,year,sex,value\n";
        const char *sexes[] = {"total", "male", "female"};
        for (int year = 1901; year <= 2020; ++year)
            for (int pref = 1; pref <= 47; ++pref)
                for (char industry = 'A'; industry <= 'T'; ++industry)
                    for (const char *sex : sexes)
                        csv += QByteArray::number(pref).rightJustified(2, '0') + ',' + industry + ','
                               + QByteArray::number(year) + ',' + sex + ",1\n";
        const QString path = write(u"large.csv"_s, csv);
        const QString before = fingerprint(m_store);
        app::ImportDialog dialog(m_storePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "file")->setText(path);   // no automatic preview
        child<QLineEdit>(&dialog, "indicator")->setText(u"cancel_test"_s);
        QSignalSpy imported(&dialog, &app::ImportDialog::imported);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        auto *cancel = child<QPushButton>(&dialog, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(imported.count(), 0);
        QVERIFY2(child<QLabel>(&dialog, "status")->text().contains(u"nothing was stored"_s),
                 qPrintable(child<QLabel>(&dialog, "status")->text()));
        QCOMPARE(fingerprint(m_store), before);
        QVERIFY(!m_store.indicator(u"cancel_test"_s));
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
    }

    // The main window: File → Import data… opens the dialog, an import reloads
    // the map's indicators, View → Data catalogue shows the new indicator.
    void mainWindowWiring()
    {
        app::LanguageManager language;
        language.install(u"en"_s);
        app::MainWindow window(m_store, language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *importAction = nullptr;
        QAction *catalogueAction = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().remove(u'&') == u"Import data…")
                    importAction = a;
                if (a->text().remove(u'&') == u"Data catalogue")
                    catalogueAction = a;
            }
        QVERIFY(importAction);
        QVERIFY(catalogueAction);

        importAction->trigger();
        auto *dialog = window.findChild<app::ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString path = write(u"gdp_test.csv"_s, "region_code,year,value\n13,2021,113.7\n27,2021,41.2\n");
        child<QLineEdit>(dialog, "indicator")->setText(u"gdp_test"_s);
        dialog->setFileName(path);
        QVERIFY(waitIdle(*dialog));
        QVERIFY(window.mapView()->currentIndicator() != u"gdp_test");
        window.mapView()->setIndicator(u"gdp_test"_s);
        QVERIFY(window.mapView()->currentIndicator() != u"gdp_test");   // not in the store yet
        QSignalSpy imported(dialog, &app::ImportDialog::imported);
        // A click only lands once the dialog's own window is on screen (under
        // load that can take longer than the preview).
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        // With the focus in the file field, the click moves it away (editingFinished):
        // that must not start a second preview in place of the import.
        dialog->activateWindow();
        child<QLineEdit>(dialog, "file")->setFocus();
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*dialog));
        QVERIFY2(imported.count() == 1, qPrintable(child<QLabel>(dialog, "status")->text()));
        window.catalogSource()->waitForIdle();   // the catalogue is rebuilt on a worker
        window.mapView()->setIndicator(u"gdp_test"_s);   // known after the reload
        QCOMPARE(window.mapView()->currentIndicator(), u"gdp_test"_s);

        QVERIFY(!window.catalogView()->isVisible());
        catalogueAction->trigger();
        QTRY_VERIFY(window.catalogView()->isVisible());
        auto *table = window.catalogView()->findChild<QTableView *>();
        QVERIFY(table);
        bool listed = false;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            listed = listed || table->model()->index(r, 0).data().toString() == u"gdp_test";
        QVERIFY(listed);
        dialog->close();
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
