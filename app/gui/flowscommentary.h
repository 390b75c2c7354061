// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 人口移動 / Flows page, as pure functions of its results:
// what the prefecture flows say (the focus region, the system as a whole,
// the largest flow), the indices panel (MEI, ANMR, CMP and the focus
// region's in/out/net), the municipal paragraph at municipal level, and how
// to read the maps. Built with display names and a language; the texts
// follow the installed translator, in the page's translation context.
#pragma once

#include "flowsdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

// What the municipal paragraph is about: the map's prefecture filter and
// the municipalities picked on it.
struct MunicipalScope
{
    bool busy = false;             // still reading: say so
    QString prefectureFilter;      // "" = all of Japan
    QString prefectureFilterName;  // display name of the filter's prefecture
    QStringList selected;          // picked municipalities, in order
};

class FlowsCommentary
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::FlowsView)

public:
    // names: prefecture code → display name; qualifiedNames: with
    // municipalities named with their prefecture (qualifiedRegionNames()).
    FlowsCommentary(QHash<QString, QString> names, QHash<QString, QString> qualifiedNames, bool japanese);

    // The whole commentary: the municipal paragraph (when municipal is
    // given), then the prefecture flows.
    QString commentary(const FlowsResult &result, const MunicipalNetResult *municipal = nullptr,
                       const MunicipalScope &scope = {}) const;
    // The prefecture flows: focus region, the system, the largest flow (HTML).
    QString prefectures(const FlowsResult &result) const;
    // Net migration by municipality within scope: counts, largest gain and
    // loss, and a line per picked municipality with its rank (HTML).
    QString municipalities(const MunicipalNetResult &municipal, const MunicipalScope &scope) const;
    // The indices panel (HTML table).
    QString indices(const FlowsResult &result) const;
    static QString howToRead();

    QString regionName(const QString &code) const { return m_names.value(code, code); }
    // "+1,225", "−9,921", "0".
    static QString signedCount(double v);

private:
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_qualifiedNames;
    bool m_japanese = false;
};

} // namespace regionlens::app
