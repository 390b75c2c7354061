// SPDX-License-Identifier: GPL-3.0-or-later
// The start page: the guided analysis themes as large cards, "the shortest
// path to the map that answers my question".
#pragma once

#include <QWidget>

namespace regionlens::app {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

signals:
    // themeId from themes(); the region is the workspace's current selection.
    void themeRequested(const QString &themeId);
};

} // namespace regionlens::app
