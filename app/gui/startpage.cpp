// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "themes.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regionlens::app {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
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
    auto *intro = new QLabel(tr("Choose a region in the bar above (a prefecture or a group such as 東京圏), then a "
                                "question. RegionLens opens the view that answers it and explains, with the figures, "
                                "how to read it."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

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
        connect(open, &QPushButton::clicked, this, [this, id = theme.id] { emit themeRequested(id); });
        grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
    layout->addLayout(grid);
    layout->addStretch();
}

} // namespace regionlens::app
