// SPDX-License-Identifier: GPL-3.0-or-later
// Import dialog: choose a file, see the detected format and encoding, map it
// to an indicator, unit and year, preview the first rows as they will be
// stored and the issues, then import with a progress bar and Cancel. Reading
// and writing run on a worker thread (QtConcurrent) that opens its own
// connection to the store file; results come back through a QFutureWatcher.
#pragma once

#include "datasets/importer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace regionlens::datasets {
class ImportIssuesModel;
}

namespace regionlens::app {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // storePath: the store file the main window uses (each thread opens its own connection).
    explicit ImportDialog(const QString &storePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFileName(const QString &path);
    QString fileName() const;
    // True from Preview/Import until the outcome is shown (not just until the worker ends).
    bool isBusy() const;
    // Replaces the question asked when the file's indicator already exists (tests).
    void setExistingIndicatorChoice(std::function<datasets::ExistingIndicator(const QStringList &)> choose)
    {
        m_chooseExisting = std::move(choose);
    }

signals:
    // After a successful import, on the GUI thread: the main window refreshes its views.
    void imported(const QString &summary);

protected:
    void reject() override;

private:
    struct Outcome
    {
        datasets::ImportResult result;
        bool committed = false;
        QString error;
        QHash<QString, QString> regionNames;   // code → name, for the preview
        datasets::CommitSummary summary;       // existing indicators met, values replaced
    };

    // Asks what to do with indicators the store already holds (Refuse = cancel).
    datasets::ExistingIndicator askExisting(const QStringList &indicators);

    void browse();
    void startPreview();
    void startImport();
    void start(bool commit);
    void finished();
    void cancel();
    void setBusy(bool busy);
    void showResult(const Outcome &outcome);
    datasets::ImportRequest request() const;

    QString m_storePath;
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_indicator = nullptr;
    QLineEdit *m_unit = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_codeProperty = nullptr;
    QLineEdit *m_measures = nullptr;
    QLabel *m_detected = nullptr;
    QPlainTextEdit *m_mapping = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_previewView = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QTableView *m_issuesView = nullptr;
    datasets::ImportIssuesModel *m_issues = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_committing = false;
    datasets::ExistingIndicator m_existing = datasets::ExistingIndicator::Refuse;   // of the running import
    std::function<datasets::ExistingIndicator(const QStringList &)> m_chooseExisting;
    QString m_startedFile;   // the file the last preview or import read
    bool m_busy = false;   // from start() until finished() has shown the outcome
};

} // namespace regionlens::app
