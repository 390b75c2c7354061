// SPDX-License-Identifier: GPL-3.0-or-later
// The start page: the guided analysis themes as large cards with a region
// picker, "the shortest path to the map that answers my question".
#pragma once

#include <QWidget>

class QComboBox;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(datasets::Store &store, bool japanese, QWidget *parent = nullptr);

    // Region (or "group:<id>") chosen in the picker.
    QString chosenRegion() const;
    void setChosenRegion(const QString &code);

signals:
    // themeId from themes(); region is a prefecture code or "group:<id>".
    void themeRequested(const QString &themeId, const QString &region);

private:
    QComboBox *m_region = nullptr;
};

} // namespace regionlens::app
