// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario panel of the 将来人口 / Population projection page: which
// scenarios to draw, the fertility target (TFR and the year it is reached),
// the year net migration stops, the horizon, and what the scenarios are called
// in a 人口ビジョン. Widgets only (texts in the page's translation context):
// the page connects them, recomputes and names the scenarios.
#pragma once

#include <QCoreApplication>
#include <QGroupBox>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace regionlens::app {

class ProjectionScenarioPanel : public QGroupBox
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ProjectionView)

public:
    explicit ProjectionScenarioPanel(QWidget *parent = nullptr);

    QList<QCheckBox *> shown;     // one per scenario (objectName = its name), in projection::scenarioNames() order
    QDoubleSpinBox *tfr = nullptr;     // target TFR (default 2.07) …
    QSpinBox *tfrYear = nullptr;       // … reached in (2040)
    QSpinBox *zeroFrom = nullptr;      // net migration zero from (2025)
    QComboBox *horizon = nullptr;      // last projected year (2030 … 2070, default 2045)
    QLabel *note = nullptr;            // the 人口ビジョン names
};

} // namespace regionlens::app
