// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "messagetexts.h"
#include "settings.h"

#include "datasets/importissuesmodel.h"
#include "datasets/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using regionlens::datasets::ImportRequest;
using regionlens::datasets::ImportResult;

namespace regionlens::app {
namespace {

const Setting<QString> lastImportFolder{"import/folder", QString(), "Folder of the last imported file"};

// The summary without its first line (file and format), as one line, in the UI language.
QString summaryLine(const ImportResult &result)
{
    QStringList parts = result.summary().split(u'\n');
    parts.removeFirst();
    for (QString &p : parts)
        p = importText(p.trimmed());
    return parts.join(u"; "_s);
}

// The issues as shown: their messages in the UI language.
QList<datasets::ImportIssue> translated(QList<datasets::ImportIssue> issues)
{
    for (datasets::ImportIssue &issue : issues)
        issue.message = importText(issue.message);
    return issues;
}

} // namespace

ImportDialog::ImportDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Import data"));
    resize(900, 640);

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("e-Stat CSV or JSON, tidy CSV, OD table, GeoJSON, TopoJSON, GeoPackage"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Detect automatically"), u"auto"_s);
    for (const auto &importer : datasets::importers())
        m_format->addItem(importText(importer->description()), importer->formatId());
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect (BOM, UTF-8, else Shift_JIS)"), QString());
    m_encoding->addItem(u"UTF-8"_s, u"UTF-8"_s);
    m_encoding->addItem(u"Shift_JIS (CP932)"_s, u"windows-31j"_s);
    m_indicator = new QLineEdit(this);
    m_indicator->setPlaceholderText(tr("from the file (measure column or file name)"));
    m_unit = new QLineEdit(this);
    m_unit->setPlaceholderText(tr("from the file"));
    m_year = new QSpinBox(this);
    m_year->setRange(1799, 2200);
    m_year->setSpecialValueText(tr("from the file"));
    m_year->setValue(1799);
    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Prefectures"), u"prefecture"_s);
    m_level->addItem(tr("Municipalities"), u"municipality"_s);
    m_codeProperty = new QLineEdit(this);
    m_codeProperty->setPlaceholderText(tr("detect (e.g. N03_007, pref_code)"));
    m_measures = new QLineEdit(this);
    m_measures->setPlaceholderText(tr("all (wide tables such as SSDSE: item codes or names, comma-separated)"));
    m_detected = new QLabel(this);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Indicator id:"), m_indicator);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("Boundary code &property:"), m_codeProperty);
    form->addRow(tr("&Measures:"), m_measures);
    form->addRow(tr("Detected:"), m_detected);

    m_mapping = new QPlainTextEdit(this);
    m_mapping->setReadOnly(true);
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_issues = new datasets::ImportIssuesModel(this);
    m_issuesView = new QTableView(this);
    m_issuesView->setModel(m_issues);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_previewView, tr("Preview"));
    m_tabs->addTab(m_issuesView, tr("Issues"));
    m_tabs->addTab(m_mapping, tr("Mapping and summary"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);

    // Names for tests and accessibility tools.
    m_file->setObjectName(u"file"_s);
    m_format->setObjectName(u"format"_s);
    m_encoding->setObjectName(u"encoding"_s);
    m_indicator->setObjectName(u"indicator"_s);
    m_unit->setObjectName(u"unit"_s);
    m_year->setObjectName(u"year"_s);
    m_level->setObjectName(u"level"_s);
    m_codeProperty->setObjectName(u"codeProperty"_s);
    m_measures->setObjectName(u"measures"_s);
    m_detected->setObjectName(u"detected"_s);
    m_mapping->setObjectName(u"mapping"_s);
    m_previewView->setObjectName(u"preview"_s);
    m_issuesView->setObjectName(u"issues"_s);
    m_progress->setObjectName(u"progress"_s);
    m_status->setObjectName(u"status"_s);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_tabs->setObjectName(u"tabs"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::startPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::finished);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    // A file name typed by hand is previewed when the field loses focus —
    // but only a new one: clicking Import moves the focus too, and must not
    // start a second preview of the same file instead of the import.
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!isBusy() && fileName() != m_startedFile && QFileInfo::exists(fileName()))
            startPreview();
    });
}

ImportDialog::~ImportDialog()
{
    // The worker reads and writes its own copies; wait so that it never outlives the dialog.
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void ImportDialog::setFileName(const QString &path)
{
    m_file->setText(path);
    if (QFileInfo::exists(path))
        startPreview();
}

QString ImportDialog::fileName() const
{
    return m_file->text().trimmed();
}

bool ImportDialog::isBusy() const
{
    return m_busy;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), lastImportFolder.value(),
        tr("Statistics and boundaries (*.csv *.json *.geojson *.topojson *.gpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    lastImportFolder.setValue(QFileInfo(path).absolutePath());
    setFileName(path);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.fileName = fileName();
    r.format = m_format->currentData().toString();
    r.encoding = m_encoding->currentData().toString();
    r.indicator = m_indicator->text().trimmed();
    r.unit = m_unit->text().trimmed();
    if (m_year->value() != m_year->minimum())
        r.year = m_year->value();
    const QString level = m_level->currentData().toString();
    if (!level.isEmpty())
        r.level = datasets::regionLevelFromKey(level);
    r.codeProperty = m_codeProperty->text().trimmed();
    for (const QString &m : m_measures->text().split(u',', Qt::SkipEmptyParts))
        if (!m.trimmed().isEmpty())
            r.measures << m.trimmed();
    return r;
}

void ImportDialog::startPreview()
{
    start(false);
}

void ImportDialog::startImport()
{
    start(true);
}

void ImportDialog::start(bool commit)
{
    if (isBusy())
        return;
    if (!QFileInfo(fileName()).isFile()) {
        m_status->setText(tr("Choose a file to import."));
        return;
    }
    m_cancelled->store(false);
    m_committing = commit;
    m_startedFile = fileName();
    setBusy(true);
    m_status->setText(commit ? tr("Importing…") : tr("Reading…"));
    const ImportRequest base = request();
    const QString storePath = m_storePath;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    datasets::CommitOptions options;
    options.existing = m_existing;
    QFuture<Outcome> future = QtConcurrent::run([base, storePath, cancelled, commit,
                                                 options](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        Outcome outcome;
        ImportRequest request = base;
        // This thread's own connection to the store file.
        datasets::Store store;
        if (!store.open(storePath)) {
            outcome.error = store.errorString();
            promise.addResult(outcome);
            return;
        }
        request.regions = store.regions();
        for (const datasets::Region &region : std::as_const(request.regions))
            outcome.regionNames.insert(region.code, region.nameJa.isEmpty() ? region.nameEn : region.nameJa);
        const double readShare = commit ? 0.3 : 1.0;
        const auto progress = [&](double from, double share) {
            return [&promise, cancelled, from, share](double f) {
                promise.setProgressValue(int(1000 * (from + share * f)));
                return !cancelled->load() && !promise.isCanceled();
            };
        };
        outcome.result = datasets::readImport(request, progress(0, readShare));
        if (commit && outcome.result.ok() && !cancelled->load())
            outcome.committed = datasets::commitImport(store, outcome.result, &outcome.error,
                                                       progress(readShare, 1 - readShare), options,
                                                       &outcome.summary);
        promise.setProgressValue(1000);
        promise.addResult(outcome);
    });
    m_watcher.setFuture(future);
}

void ImportDialog::cancel()
{
    m_cancelled->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (isBusy()) {   // Escape or Close while working: cancel first
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finished()
{
    setBusy(false);
    if (m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.result();
    // The file's indicator already holds values: ask, then import again with the choice.
    if (m_committing && !outcome.committed && m_existing == datasets::ExistingIndicator::Refuse
        && !outcome.summary.existingIndicators.isEmpty()) {
        const datasets::ExistingIndicator choice = m_chooseExisting ? m_chooseExisting(outcome.summary.existingIndicators)
                                                                    : askExisting(outcome.summary.existingIndicators);
        if (choice != datasets::ExistingIndicator::Refuse) {
            m_existing = choice;
            start(true);
            return;
        }
    }
    m_existing = datasets::ExistingIndicator::Refuse;
    showResult(outcome);
    if (outcome.committed)
        emit imported(outcome.result.summary());
}

datasets::ExistingIndicator ImportDialog::askExisting(const QStringList &indicators)
{
    QMessageBox box(QMessageBox::Question, tr("Indicator already in the store"),
                    tr("The store already holds values of %1. Replace them with the file's values, or add the "
                       "file's values to them (a value for the same region, year and industry is replaced)?")
                        .arg(indicators.join(u", "_s)),
                    QMessageBox::NoButton, this);
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    QPushButton *append = box.addButton(tr("Add to them"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == replace)
        return datasets::ExistingIndicator::Replace;
    if (box.clickedButton() == append)
        return datasets::ExistingIndicator::Append;
    return datasets::ExistingIndicator::Refuse;
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_file->setEnabled(!busy);
    if (busy)
        m_progress->setValue(0);
}

void ImportDialog::showResult(const Outcome &outcome)
{
    const ImportResult &r = outcome.result;
    m_detected->setText(r.format.isEmpty() ? tr("not recognised")
                                           : tr("%1, %2").arg(r.format, r.encoding.isEmpty() ? tr("binary") : r.encoding));
    m_issues->setIssues(translated(r.issues));
    m_mapping->setPlainText(importText(r.mapping.join(u'\n') + u"\n\n"_s + r.summary()));
    datasets::ImportPreview preview = datasets::previewImport(r, 50);
    // Names beside the resolved codes, so that the region matching can be checked at a glance.
    const qsizetype regionColumn = preview.header.indexOf(u"region"_s);
    if (regionColumn >= 0 && preview.header.contains(u"destination"_s)) {
        preview.header.insert(regionColumn + 1, u"region_name"_s);
        for (QStringList &row : preview.rows)
            row.insert(regionColumn + 1, outcome.regionNames.value(row.at(regionColumn)));
    }
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels(preview.header);
    for (const QStringList &row : std::as_const(preview.rows)) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items << new QStandardItem(cell);
        m_preview->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    // Problems first when there are errors; the rows as they will be stored otherwise.
    m_tabs->setCurrentWidget(r.errorCount > 0 || !outcome.error.isEmpty() ? static_cast<QWidget *>(m_issuesView)
                                                                          : m_previewView);
    if (m_issues->rowCount() == 0 && !outcome.error.isEmpty())
        m_issues->setIssues(translated({datasets::ImportIssue{datasets::IssueSeverity::Error, r.fileName, 0, 0, outcome.error}}));
    if (!outcome.error.isEmpty())
        m_status->setText(tr("Nothing was stored: %1").arg(importText(outcome.error)));
    else if (r.cancelled)
        m_status->setText(tr("Cancelled; nothing was stored."));
    else if (!r.ok())
        m_status->setText(tr("%n error(s) in the file; nothing was stored. See Issues.", "", int(r.errorCount)));
    else if (outcome.committed && !outcome.summary.existingIndicators.isEmpty())
        m_status->setText(tr("Imported: %1; %n stored value(s) replaced.", "", int(outcome.summary.replaced))
                              .arg(summaryLine(r)));
    else if (outcome.committed)
        m_status->setText(tr("Imported: %1").arg(summaryLine(r)));
    else
        m_status->setText(tr("Ready to import: %1").arg(summaryLine(r)));
}

} // namespace regionlens::app
