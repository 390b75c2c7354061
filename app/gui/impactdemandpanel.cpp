// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactdemandpanel.h"

#include "impactcommentary.h"
#include "widgets/analysischart.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

ImpactDemandPanel::ImpactDemandPanel(bool japanese, QWidget *parent)
    : QWidget(parent), m_japanese(japanese), m_sectors(impact::twelveSectors())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    auto *heading = new QLabel(tr("<b>Demand</b> (final demand in the region, million yen)"), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_template = new QComboBox(this);
    m_template->setObjectName(u"impactTemplate"_s);
    m_template->addItem(tr("Entered by hand"), int(impact::Template::Custom));
    m_template->addItem(tr("Tourism spending (観光消費)"), int(impact::Template::Tourism));
    m_template->addItem(tr("Building a plant or facility (建設)"), int(impact::Template::Construction));
    m_template->addItem(tr("Event (イベント)"), int(impact::Template::Event));
    layout->addWidget(m_template);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto spin = [this](int max, int step, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setRange(0, max);
        box->setSingleStep(step);
        box->setGroupSeparatorShown(true);
        box->setSuffix(suffix);
        return box;
    };
    const auto money = [this]() {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0, 1e8);
        box->setDecimals(0);
        box->setSingleStep(100);
        box->setGroupSeparatorShown(true);
        return box;
    };
    m_visitors = spin(100000000, 1000, QString());
    m_spending = spin(10000000, 1000, QString());
    m_investment = money();
    m_building = spin(100, 5, u" %"_s);
    m_budget = money();
    m_form->addRow(tr("Visitors"), m_visitors);
    m_form->addRow(tr("Yen per visitor"), m_spending);
    m_form->addRow(tr("Investment (million yen)"), m_investment);
    m_form->addRow(tr("Building share"), m_building);
    m_form->addRow(tr("Budget (million yen)"), m_budget);
    layout->addLayout(m_form);
    m_split = new QLabel(this);
    m_split->setObjectName(u"templateSplit"_s);
    m_split->setWordWrap(true);
    m_split->setStyleSheet(u"color: #555"_s);
    layout->addWidget(m_split);
    layout->addSpacing(4);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"demandTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Sector"), tr("Million yen")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);   // long sector names wrap rather than elide
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_total = new QLabel(this);
    layout->addWidget(m_total);
    auto *buttons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(u"exportCsv"_s);
    buttons->addWidget(clear);
    buttons->addWidget(csv);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen = true;
        applyTemplate(impact::defaultFigures(impact::Template(m_template->currentData().toInt())));
    });
    for (QSpinBox *box : {m_visitors, m_spending, m_building})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            m_chosen = true;
            figuresChanged();
        });
    for (QDoubleSpinBox *box : {m_investment, m_budget})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            m_chosen = true;
            figuresChanged();
        });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_chosen = true;
        m_edited = m_template->currentData().toInt() != int(impact::Template::Custom);
        updateTotal();
        emit demandChanged();
    });
    connect(clear, &QPushButton::clicked, this, [this] { setDemand({}); });
    connect(csv, &QPushButton::clicked, this, &ImpactDemandPanel::exportRequested);

    // At start: the tourism template with its example figures (not "chosen").
    applyTemplate(impact::defaultFigures(impact::Template::Tourism));
    m_chosen = false;
}

void ImpactDemandPanel::setSectors(const QStringList &sectors)
{
    m_sectors = sectors;
    if (m_template->currentData().toInt() == int(impact::Template::Custom))
        fill({});
    else
        figuresChanged();
}

impact::TemplateFigures ImpactDemandPanel::templateFigures() const
{
    impact::TemplateFigures f;
    f.kind = impact::Template(m_template->currentData().toInt());
    f.visitors = m_visitors->value();
    f.spendingPerVisitor = m_spending->value();
    f.investment = m_investment->value();
    f.buildingShare = m_building->value() / 100.0;
    f.eventBudget = m_budget->value();
    return f;
}

QStringList ImpactDemandPanel::templateSplit() const
{
    return impact::templateSplit(templateFigures(), m_sectors,
                                 [this](const QString &sector) { return sectorLabel(sector, m_japanese); });
}

QString ImpactDemandPanel::templateName() const
{
    return m_template->currentData().toInt() == int(impact::Template::Custom) ? QString() : m_template->currentText();
}

void ImpactDemandPanel::applyTemplate(const impact::TemplateFigures &figures)
{
    m_chosen = true;
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_template), QSignalBlocker(m_visitors),
                                           QSignalBlocker(m_spending), QSignalBlocker(m_investment),
                                           QSignalBlocker(m_building), QSignalBlocker(m_budget)};
        m_template->setCurrentIndex(m_template->findData(int(figures.kind)));
        m_visitors->setValue(int(figures.visitors));
        m_spending->setValue(int(figures.spendingPerVisitor));
        m_investment->setValue(figures.investment);
        m_building->setValue(int(std::lround(100.0 * figures.buildingShare)));
        m_budget->setValue(figures.eventBudget);
    }
    const bool visitors = figures.kind == impact::Template::Tourism || figures.kind == impact::Template::Event;
    const bool building = figures.kind == impact::Template::Construction;
    m_form->setRowVisible(m_visitors, visitors);
    m_form->setRowVisible(m_spending, visitors);
    m_form->setRowVisible(m_investment, building);
    m_form->setRowVisible(m_building, building);
    m_form->setRowVisible(m_budget, figures.kind == impact::Template::Event);
    if (figures.kind == impact::Template::Custom) {
        m_split->hide();
        m_edited = false;
        updateTotal();
        emit demandChanged();
        return;
    }
    figuresChanged();
}

void ImpactDemandPanel::figuresChanged()
{
    m_split->setVisible(true);
    updateSplitText();
    m_edited = false;
    fill(impact::templateDemand(templateFigures(), m_sectors));
    emit demandChanged();
}

void ImpactDemandPanel::updateSplitText()
{
    QString problem;
    impact::templateDemand(templateFigures(), m_sectors, &problem);
    m_split->setText(problem.isEmpty() ? tr("Split (an assumption; edit the amounts to change it): %1. Example "
                                            "figures: replace them with your own.")
                                             .arg(templateSplit().join(u", "_s))
                                       : tr("This template needs the 12-sector tables."));
}

void ImpactDemandPanel::setJapanese(bool japanese)
{
    if (japanese == m_japanese)
        return;
    m_japanese = japanese;
    m_filling = true;   // not an edit
    for (int i = 0; i < m_table->rowCount() && i < m_sectors.size(); ++i)
        if (QTableWidgetItem *name = m_table->item(i, 0))
            name->setText(sectorLabel(m_sectors.at(i), m_japanese));
    m_filling = false;
    if (!m_split->isHidden())
        updateSplitText();
    updateTotal();
}

void ImpactDemandPanel::setDemand(const QVector<double> &demand)
{
    {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(int(impact::Template::Custom)));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_visitors), static_cast<QWidget *>(m_spending),
                       static_cast<QWidget *>(m_investment), static_cast<QWidget *>(m_building),
                       static_cast<QWidget *>(m_budget)})
        m_form->setRowVisible(w, false);
    m_split->hide();
    m_chosen = true;
    m_edited = false;
    fill(demand);
    emit demandChanged();
}

void ImpactDemandPanel::fill(const QVector<double> &demand)
{
    m_filling = true;
    m_table->setRowCount(int(m_sectors.size()));
    for (int i = 0; i < m_sectors.size(); ++i) {
        auto *name = new QTableWidgetItem(sectorLabel(m_sectors.at(i), m_japanese));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(m_sectors.at(i));
        m_table->setItem(i, 0, name);
        auto *amount = new QTableWidgetItem;
        amount->setData(Qt::EditRole, demand.value(i));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, amount);
    }
    m_filling = false;
    updateTotal();
}

QVector<double> ImpactDemandPanel::demand() const
{
    QVector<double> out(m_table->rowCount(), 0.0);
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (const QTableWidgetItem *item = m_table->item(i, 1))
            out[i] = item->data(Qt::EditRole).toDouble();
    return out;
}

void ImpactDemandPanel::updateTotal()
{
    double sum = 0.0;
    for (double v : demand())
        sum += v;
    m_total->setText(tr("Total: %1 million yen").arg(widgets::formatNumber(sum, std::abs(sum) < 10 ? 1 : 0)));
}

} // namespace regionlens::app
