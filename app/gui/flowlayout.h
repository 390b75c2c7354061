// SPDX-License-Identifier: GPL-3.0-or-later
// A row of controls that wraps onto more lines when the page is narrow (a
// 1280-pixel screen, projector fonts, English labels), so that a page's
// controls never set its minimum width. Items keep their size hints, left to
// right; a group added with beginGroup()/endGroup() (a label and its
// control) moves to the next line as one. The last item, the "filler" (e.g.
// a word-wrapped hint), takes the rest of its line, or a line of its own
// when less than its minimum width is left.
#pragma once

#include <QLayout>
#include <QList>

namespace regionlens::app {

class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Inserts widget before the filler; glued: stays on the line of the item before it.
    void insertWidget(QWidget *widget, bool glued, int spacingBefore);
    void setFiller(QWidget *filler);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Entry
    {
        QLayoutItem *item;
        bool glued;
        int spacingBefore;
    };
    int layOut(const QRect &rect, bool apply) const;

    QList<Entry> m_entries;
    QLayoutItem *m_filler = nullptr;
};

} // namespace regionlens::app
