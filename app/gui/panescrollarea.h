// SPDX-License-Identifier: GPL-3.0-or-later
// A pane that scrolls only vertically and is as wide as its contents (never
// cutting a chooser or a chart): only its height gives way, so a page never
// asks for more height than a 768- or 720-pixel screen has in projector fonts.
#pragma once

#include <QFrame>
#include <QScrollArea>
#include <QScrollBar>

namespace regionlens::app {

class PaneScrollArea : public QScrollArea
{
public:
    explicit PaneScrollArea(QWidget *contents, QWidget *parent) : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWidget(contents);
    }
    QSize minimumSizeHint() const override
    {
        return {chrome(widget() ? widget()->minimumSizeHint().width() : 0), QScrollArea::minimumSizeHint().height()};
    }
    QSize sizeHint() const override
    {
        const QSize content = widget() ? widget()->sizeHint() : QSize();
        return {chrome(content.width()), content.height() + 2 * frameWidth()};
    }

private:
    int chrome(int width) const { return width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(); }
};

} // namespace regionlens::app
