// SPDX-License-Identifier: GPL-3.0-or-later
// The region report's choices before it is written: full report or two-page
// summary, the regions (one report or one file each), peers for the
// comparison table, the sections (by page) and the language.
#pragma once

#include "regionreport.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace regionlens::datasets {
class CatalogSnapshot;
}

namespace regionlens::app {

class AnalysisPage;

struct ReportChoice
{
    ReportOptions options;   // regions, sections (page ids), peers, summary, japanese
    bool each = false;       // one file per region
};

// Writes the report by the front end regionlens-report (beside this program,
// or installed in libexec/regionlens) on the store at storePath: the GUI
// uses it for a report in the other language than its own.
ReportResult runReportFrontEnd(const QString &storePath, const ReportOptions &options, const QString &path);

class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // pages: the workspace's, in the registry's order (their titles and the
    // summary's default sections); regions: the selected region codes.
    ReportDialog(const QList<AnalysisPage *> &pages, const datasets::CatalogSnapshot &catalog,
                 const QStringList &regions, bool japanese, QWidget *parent = nullptr);

    ReportChoice choice() const;
    // Codes of a comma-separated list of codes or names; false with the
    // first item it does not know in *unknown.
    bool resolve(const QString &text, QStringList *codes, QString *unknown) const;

    void accept() override;

private:
    void resetSections();
    void updateEach();

    const datasets::CatalogSnapshot &m_catalog;
    QList<AnalysisPage *> m_pages;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_summary = nullptr;
    QLineEdit *m_regions = nullptr;
    QRadioButton *m_oneReport = nullptr;
    QRadioButton *m_each = nullptr;
    QLineEdit *m_peers = nullptr;
    QListWidget *m_sections = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace regionlens::app
