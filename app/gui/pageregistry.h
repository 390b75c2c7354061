// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of analysis pages. The workspace creates and orders its pages
// from it, the region report draws them, the guided themes and `--page` name
// them; a page that is not registered here exists nowhere, and a test checks
// that every consumer sees every registered page.
#pragma once

#include "pagecontext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace regionlens::app {

class AnalysisPage;

struct PageEntry
{
    QString id;                 // AnalysisPage::pageId(): "industry", "shiftshare", …
    const char *titleContext;   // the page's translation context (its class)
    const char *titleSource;    // its title in English, as the page's title() has it
    std::function<AnalysisPage *(const PageContext &context, QWidget *parent)> create;

    QString title() const;      // translated, for the navigation
};

// In navigation order.
const QList<PageEntry> &analysisPages();
// nullptr when id is not an analysis page.
const PageEntry *findAnalysisPage(const QString &id);
// Every page the workspace can show: "start", "map", then the analysis pages.
QStringList workspacePageIds();

} // namespace regionlens::app
