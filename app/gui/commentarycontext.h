// SPDX-License-Identifier: GPL-3.0-or-later
// What a page's commentary function is told besides its results: the
// display names, whether anything is selected, and the state of the
// municipal map. MapPage::commentaryContext() fills it.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

struct CommentaryContext
{
    QHash<QString, QString> regionNames;   // code → display name
    QString aggregateName;                 // name of a combined group's "group:…" row
    bool noSelection = false;              // nothing selected: the page shows 東京都
    bool municipal = false;                // the map shows municipalities
    QString prefectureFilter;              // "" = all municipalities
    QString prefectureFilterName;
    QStringList municipalSelection;        // municipalities picked on the map

    QString regionName(const QString &code) const
    {
        return code.startsWith(u"group:") ? aggregateName : regionNames.value(code, code);
    }
    // A municipality the municipal map shows (all, or the filter's prefecture).
    bool showsMunicipality(const QString &code) const
    {
        return code.size() == 5 && code.startsWith(prefectureFilter);
    }
};

} // namespace regionlens::app
