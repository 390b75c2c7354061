// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "datasets/store.h"
#include "themes.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regionlens::app {

StartPage::StartPage(datasets::Store &store, bool japanese, QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);

    auto *heading = new QLabel(tr("What would you like to know about your region?"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Choose a region, then a question. RegionLens opens the view that answers it and "
                                "explains, with the figures, how to read it."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *pick = new QHBoxLayout;
    auto *regionLabel = new QLabel(tr("Region:"), content);
    m_region = new QComboBox(content);
    m_region->setObjectName(u"themeRegion"_s);
    m_region->setMinimumContentsLength(16);
    for (const datasets::Region &r : store.regions(datasets::RegionLevel::Prefecture))
        m_region->addItem(u"%1 %2"_s.arg(r.code, japanese ? r.nameJa : r.nameEn), r.code);
    m_region->insertSeparator(m_region->count());
    for (const datasets::RegionGroup &g : store.regionGroups())
        m_region->addItem(japanese ? g.nameJa : g.nameEn, u"group:"_s + g.id);
    pick->addWidget(regionLabel);
    pick->addWidget(m_region);
    pick->addStretch();
    layout->addLayout(pick);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    int index = 0;
    for (const Theme &theme : themes()) {
        auto *card = new QFrame(content);
        card->setObjectName(u"theme_"_s + theme.id);
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(u"QFrame#theme_%1 { background: palette(base); border: 1px solid palette(mid); "
                            "border-radius: 8px; }"_s.arg(theme.id));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(18, 14, 18, 14);
        auto *question = new QLabel(theme.question, card);
        QFont qf = question->font();
        qf.setPointSizeF(qf.pointSizeF() * 1.3);
        qf.setBold(true);
        question->setFont(qf);
        question->setWordWrap(true);
        auto *summary = new QLabel(theme.summary, card);
        summary->setWordWrap(true);
        summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *open = new QPushButton(tr("Open"), card);
        open->setObjectName(u"open_"_s + theme.id);
        open->setDefault(index == 0);
        cardLayout->addWidget(question);
        cardLayout->addWidget(summary, 1);
        cardLayout->addWidget(open, 0, Qt::AlignRight);
        connect(open, &QPushButton::clicked, this, [this, id = theme.id] { emit themeRequested(id, chosenRegion()); });
        grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
    layout->addLayout(grid);
    layout->addStretch();
}

QString StartPage::chosenRegion() const
{
    return m_region->currentData().toString();
}

void StartPage::setChosenRegion(const QString &code)
{
    const int i = m_region->findData(code);
    if (i >= 0)
        m_region->setCurrentIndex(i);
}

} // namespace regionlens::app
