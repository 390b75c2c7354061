// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "analysispage.h"
#include "datasets/catalog.h"
#include "datasets/catalogsnapshot.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regionlens::app {

ReportResult runReportFrontEnd(const QString &storePath, const ReportOptions &options, const QString &path)
{
    ReportResult result;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {dir, QDir::cleanPath(dir + u'/' + QStringLiteral(REGIONLENS_LIBEXEC_FROM_BIN))};
    const QString frontEnd = QStandardPaths::findExecutable(u"regionlens-report"_s, dirs);
    if (frontEnd.isEmpty()) {
        result.error = ReportDialog::tr("The report front end regionlens-report is not in %1.")
                           .arg(QDir::toNativeSeparators(dirs.join(u", "_s)));
        return result;
    }
    QStringList args{u"--db"_s, storePath, u"--region"_s, options.regions.join(u','), u"--out"_s, path,
                     u"--lang"_s, options.japanese ? u"ja"_s : u"en"_s};
    if (!options.sections.isEmpty())
        args << u"--sections"_s << options.sections.join(u',');
    if (!options.peers.isEmpty())
        args << u"--peers"_s << options.peers.join(u',');
    if (options.summary)
        args << u"--summary"_s;
    QProcess process;
    process.start(frontEnd, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (result.error.isEmpty())
            result.error = process.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

ReportDialog::ReportDialog(const QList<AnalysisPage *> &pages, const datasets::CatalogSnapshot &catalog,
                           const QStringList &regions, bool japanese, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_pages(pages)
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Region report"));

    auto *kind = new QGroupBox(tr("Report"), this);
    m_full = new QRadioButton(tr("Full report (every chosen section with its figures)"), kind);
    m_summary = new QRadioButton(tr("Two-page summary (key figures, strengths, growth, population, migration)"), kind);
    m_full->setChecked(true);
    auto *kindLayout = new QVBoxLayout(kind);
    kindLayout->addWidget(m_full);
    kindLayout->addWidget(m_summary);

    auto *where = new QGroupBox(tr("Regions and comparison"), this);
    m_regions = new QLineEdit(regions.join(u", "_s), where);
    m_regions->setObjectName(u"reportRegions"_s);
    m_regions->setPlaceholderText(tr("Codes or names, e.g. 22, 23211"));
    m_oneReport = new QRadioButton(tr("One report for all of them"), where);
    m_each = new QRadioButton(tr("One file per region"), where);
    m_oneReport->setChecked(true);
    m_peers = new QLineEdit(where);
    m_peers->setObjectName(u"reportPeers"_s);
    m_peers->setPlaceholderText(tr("Optional, e.g. 23, 14, 27"));
    auto *whereLayout = new QFormLayout(where);
    whereLayout->addRow(tr("Regions:"), m_regions);
    auto *eachRow = new QHBoxLayout;
    eachRow->addWidget(m_oneReport);
    eachRow->addWidget(m_each);
    eachRow->addStretch();
    whereLayout->addRow(QString(), eachRow);
    whereLayout->addRow(tr("Compare with:"), m_peers);

    auto *sections = new QGroupBox(tr("Sections"), this);
    m_sections = new QListWidget(sections);
    m_sections->setObjectName(u"reportSections"_s);
    for (AnalysisPage *page : m_pages) {
        auto *item = new QListWidgetItem(page->title(), m_sections);
        item->setData(Qt::UserRole, page->pageId());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    auto *sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->addWidget(m_sections);

    m_language = new QComboBox(this);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(japanese ? 0 : 1);
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("Language:"), m_language);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kind);
    layout->addWidget(where);
    layout->addWidget(sections, 1);
    layout->addLayout(languageRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_summary, &QRadioButton::toggled, this, &ReportDialog::resetSections);
    connect(m_regions, &QLineEdit::textChanged, this, &ReportDialog::updateEach);
    resetSections();
    updateEach();
}

void ReportDialog::resetSections()
{
    // The full report: every page; the summary: its default boxes.
    const QStringList summary = summarySections(m_pages);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        const bool on = !m_summary->isChecked() || summary.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportDialog::updateEach()
{
    QStringList codes;
    QString unknown;
    const bool several = resolve(m_regions->text(), &codes, &unknown) && codes.size() > 1;
    m_oneReport->setEnabled(several);
    m_each->setEnabled(several);
}

bool ReportDialog::resolve(const QString &text, QStringList *codes, QString *unknown) const
{
    codes->clear();
    const QList<datasets::Region> all = m_catalog.regions();
    for (const QString &part : text.split(QRegularExpression(u"[,、，]"_s), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        QString code = m_catalog.region(item) ? item : datasets::catalog::resolvePrefecture(item);
        for (qsizetype i = 0; code.isEmpty() && i < all.size(); ++i)
            if (all.at(i).nameJa == item || all.at(i).nameEn.compare(item, Qt::CaseInsensitive) == 0)
                code = all.at(i).code;
        if (code.isEmpty() || !m_catalog.region(code) || code == u"00") {
            *unknown = item;
            return false;
        }
        if (!codes->contains(code))
            codes->append(code);
    }
    return true;
}

ReportChoice ReportDialog::choice() const
{
    ReportChoice c;
    QString unknown;
    resolve(m_regions->text(), &c.options.regions, &unknown);
    resolve(m_peers->text(), &c.options.peers, &unknown);
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            c.options.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    c.options.summary = m_summary->isChecked();
    c.options.japanese = m_language->currentData().toString() == u"ja";
    c.each = m_each->isEnabled() && m_each->isChecked();
    return c;
}

void ReportDialog::accept()
{
    QStringList codes;
    QString unknown;
    QString error;
    if (!resolve(m_regions->text(), &codes, &unknown))
        error = tr("Unknown region: %1").arg(unknown);
    else if (codes.isEmpty())
        error = tr("Give at least one region.");
    else if (QStringList peers; !resolve(m_peers->text(), &peers, &unknown))
        error = tr("Unknown region to compare with: %1").arg(unknown);
    else if (choice().options.sections.isEmpty())
        error = tr("Choose at least one section.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace regionlens::app
