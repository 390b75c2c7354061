// SPDX-License-Identifier: GPL-3.0-or-later
// The 経済波及効果 page's demand panel: a template (entered by hand, 観光消費,
// 工場・施設の建設, イベント) with its figures, the split it applies (an
// assumption, shown), and the editable demand by sector (百万円). Emits
// demandChanged() after every change; the page recomputes.
#pragma once

#include "impacttemplates.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace regionlens::app {

class ImpactDemandPanel : public QWidget
{
    Q_OBJECT

public:
    ImpactDemandPanel(bool japanese, QWidget *parent = nullptr);
    // A live language switch: the sector names and the split in the other
    // language; the amounts entered stay.
    void setJapanese(bool japanese);

    // The table's sectors (refills the table: the template's demand, or 0).
    void setSectors(const QStringList &sectors);
    QStringList sectors() const { return m_sectors; }
    // A template with its figures; the demand table is refilled.
    void applyTemplate(const impact::TemplateFigures &figures);
    // Demand by sectors() (百万円); switches to "entered by hand".
    void setDemand(const QVector<double> &demand);
    QVector<double> demand() const;

    impact::TemplateFigures templateFigures() const;
    QString templateName() const;    // translated; "" when entered by hand
    // The template's split, sectors in the UI language ("" entries when entered by hand).
    QStringList templateSplit() const;
    bool edited() const { return m_edited; }   // the template's amounts were edited by hand
    // True once the user (or a setter) changed the demand: the example
    // shown at start does not count (the region report leaves it out).
    bool chosen() const { return m_chosen; }
    QTableWidget *table() const { return m_table; }
    QLabel *splitLabel() const { return m_split; }

signals:
    void demandChanged();
    void exportRequested();

private:
    void figuresChanged();
    void updateSplitText();
    void fill(const QVector<double> &demand);
    void updateTotal();

    bool m_japanese;
    QStringList m_sectors;
    bool m_edited = false;
    bool m_chosen = false;
    bool m_filling = false;
    QComboBox *m_template = nullptr;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_visitors = nullptr;
    QSpinBox *m_spending = nullptr;
    QDoubleSpinBox *m_investment = nullptr;
    QSpinBox *m_building = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QLabel *m_split = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace regionlens::app
