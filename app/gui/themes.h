// SPDX-License-Identifier: GPL-3.0-or-later
// The guided analysis themes (分析テーマ): the question a planner asks, the
// page that answers it, and what to look at first. Declared once; the start
// page, the guide panel and the region report read them.
#pragma once

#include <QList>
#include <QString>

namespace regionlens::app {

struct Theme
{
    QString id;        // "earning_power", "growth", "flows", "population", "map"
    QString pageId;    // the page that answers it
    QString question;  // translated
    QString summary;   // translated: what the page shows and where to look first
};

// In display order; texts in the current UI language.
QList<Theme> themes();
Theme theme(const QString &id);

} // namespace regionlens::app
