// SPDX-License-Identifier: GPL-3.0-or-later
// The import issues model follows the Qt model contract and shows what the
// importer reported.
#include "testhelpers.h"

#include "datasets/importissuesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

class TestImportIssuesModel : public QObject
{
    Q_OBJECT

private slots:
    void contract()
    {
        ImportIssuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setIssues({ImportIssue{IssueSeverity::Error, u"/tmp/a.csv"_s, 3, 5, u"'x' is not a number"_s},
                         ImportIssue{IssueSeverity::Warning, u"/tmp/a.csv"_s, 0, 0, u"year from the file name"_s},
                         ImportIssue{IssueSeverity::Info, u"/tmp/a.csv"_s, 9, 0, u"note line ignored"_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ImportIssuesModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);   // a table: no children
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0, ImportIssuesModel::FileColumn).data().toString(), u"a.csv"_s);
        QCOMPARE(model.index(0, ImportIssuesModel::LineColumn).data().toLongLong(), qint64(3));
        QCOMPARE(model.index(0, ImportIssuesModel::ColumnColumn).data().toInt(), 5);
        QVERIFY(!model.index(1, ImportIssuesModel::LineColumn).data().isValid());
        QCOMPARE(model.index(0, 0).data(int(ImportIssuesModel::Role::Severity)).toInt(), int(IssueSeverity::Error));
        QCOMPARE(model.index(0, 0).data(int(ImportIssuesModel::Role::Text)).toString(),
                 u"/tmp/a.csv:3:5: error: 'x' is not a number"_s);
        QCOMPARE(model.headerData(ImportIssuesModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.clear();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void fromAnImport()
    {
        ImportRequest request;
        request.fileName = u"inline.csv"_s;
        request.data = "region_code,year,value\n13,2020,1\n99,2020,2\n14,2020,abc\n";
        const ImportResult result = readImport(request);
        ImportIssuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssues(result.issues);
        QCOMPARE(model.errorCount(), 2);
        QCOMPARE(model.index(0, ImportIssuesModel::LineColumn).data().toLongLong(), qint64(3));
        QCOMPARE(model.index(1, ImportIssuesModel::LineColumn).data().toLongLong(), qint64(4));
        QCOMPARE(model.index(1, ImportIssuesModel::ColumnColumn).data().toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportIssuesModel)
#include "test_import_issuesmodel.moc"
