// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionpanel.h"

#include "analysisviewsupport.h"
#include "datasets/adapters/projectionadapter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

constexpr int kMaxHorizon = 2070;

QSpinBox *yearBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(2020, kMaxHorizon);
    box->setSingleStep(5);
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

ProjectionScenarioPanel::ProjectionScenarioPanel(QWidget *parent) : QGroupBox(tr("Scenarios"), parent)
{
    setObjectName(u"scenarioPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 6, 6);
    for (const QString &name : datasets::projection::scenarioNames()) {
        auto *check = new QCheckBox(this);
        check->setObjectName(name);
        check->setChecked(true);
        layout->addWidget(check);
        shown << check;
    }
    tfr = new QDoubleSpinBox(this);
    tfr->setRange(0.8, 3.0);
    tfr->setSingleStep(0.05);
    tfr->setDecimals(2);
    tfr->setValue(2.07);
    tfr->setKeyboardTracking(false);
    tfrYear = yearBox(2040, this);
    zeroFrom = yearBox(2025, this);
    horizon = new QComboBox(this);
    horizon->setObjectName(u"horizon"_s);
    for (int y = 2030; y <= kMaxHorizon; y += 5)
        horizon->addItem(QString::number(y), y);
    horizon->setCurrentIndex(horizon->findData(2045));
    auto *tfrRow = new QHBoxLayout;
    tfrRow->addWidget(tfr);
    tfrRow->addWidget(new QLabel(tr("by"), this));
    tfrRow->addWidget(tfrYear);
    tfrRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Target fertility (TFR)"), tfrRow);
    form->addRow(tr("Zero net migration from"), zeroFrom);
    form->addRow(tr("Project to"), horizon);
    note = new QLabel(tr("In a 人口ビジョン: “Current trends” is パターン1 (社人研推計準拠), fertility to 2.07 by 2040 is "
                         "シミュレーション1, and with zero migration シミュレーション2. Every change recomputes at once."),
                      this);
    note->setWordWrap(true);
    setLabelColour(note, QColor(0x55, 0x55, 0x55));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace regionlens::app
