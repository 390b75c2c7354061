// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>
#include <QWidgetItem>

#include <algorithm>

namespace regionlens::app {

namespace {

// The filler gets a line of its own below this width.
constexpr int kFillerMinimum = 220;

} // namespace

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    for (const Entry &e : std::as_const(m_entries))
        delete e.item;
    delete m_filler;
}

void FlowLayout::insertWidget(QWidget *widget, bool glued, int spacingBefore)
{
    addChildWidget(widget);
    m_entries.append({new QWidgetItem(widget), glued, spacingBefore});
    invalidate();
}

void FlowLayout::setFiller(QWidget *filler)
{
    addChildWidget(filler);
    delete m_filler;
    m_filler = new QWidgetItem(filler);
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_entries.append({item, false, 0});
}

int FlowLayout::count() const
{
    return int(m_entries.size()) + (m_filler ? 1 : 0);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    if (index >= 0 && index < m_entries.size())
        return m_entries.at(index).item;
    return index == m_entries.size() ? m_filler : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index >= 0 && index < m_entries.size())
        return m_entries.takeAt(index).item;
    if (index == m_entries.size() && m_filler)
        return std::exchange(m_filler, nullptr);
    return nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return layOut(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest group (a label and its control) on a line of its own.
    int widest = 0, group = 0, height = 0;
    for (const Entry &e : m_entries) {
        if (e.item->isEmpty())
            continue;
        const QSize hint = e.item->sizeHint();
        group = e.glued ? group + spacing() + hint.width() : hint.width();
        widest = std::max(widest, group);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(std::max(widest, m_filler ? std::min(kFillerMinimum, m_filler->sizeHint().width()) : 0) + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0, height = 0;
    for (const Entry &e : m_entries) {
        if (e.item->isEmpty())
            continue;
        width += e.item->sizeHint().width() + (width > 0 ? spacing() + e.spacingBefore : 0);
        height = std::max(height, e.item->sizeHint().height());
    }
    if (m_filler && !m_filler->isEmpty())
        width += spacing() + m_filler->sizeHint().width();
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layOut(rect, true);
}

// Places the items in rect (when apply) and returns the height they take.
int FlowLayout::layOut(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Groups: an item and the glued ones after it.
    struct Group
    {
        qsizetype first = 0, last = 0;
        int width = 0;
    };
    QList<Group> groups;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (e.item->isEmpty())
            continue;
        const int w = e.item->sizeHint().width();
        if (e.glued && !groups.isEmpty()) {
            groups.last().last = i;
            groups.last().width += spacing() + w;
        } else {
            groups.append({i, i, w});
        }
    }

    int x = area.left(), y = area.top(), lineHeight = 0;
    QList<std::pair<QLayoutItem *, QRect>> line;
    const auto finishLine = [&] {
        for (const auto &[item, r] : std::as_const(line))
            if (apply)
                item->setGeometry(QRect(r.x(), y + (lineHeight - r.height()) / 2, r.width(), r.height()));
        if (!line.isEmpty())
            y += lineHeight + spacing();
        line.clear();
        x = area.left();
        lineHeight = 0;
    };
    for (const Group &g : std::as_const(groups)) {
        const int before = line.isEmpty() ? 0 : spacing() + m_entries.at(g.first).spacingBefore;
        if (!line.isEmpty() && x + before + g.width > area.right() + 1)
            finishLine();
        else
            x += before;
        for (qsizetype i = g.first; i <= g.last; ++i) {
            const Entry &e = m_entries.at(i);
            if (e.item->isEmpty())
                continue;
            const QSize hint = e.item->sizeHint();
            line.append({e.item, QRect(QPoint(x, 0), hint)});
            x += hint.width() + spacing();
            lineHeight = std::max(lineHeight, hint.height());
        }
        x -= spacing();
    }
    if (m_filler && !m_filler->isEmpty() && m_filler->sizeHint().width() > 0) {
        int left = line.isEmpty() ? area.left() : x + spacing() + 14;
        if (area.right() + 1 - left < std::min(kFillerMinimum, m_filler->sizeHint().width())) {
            finishLine();
            left = area.left();
        }
        const int width = std::max(1, area.right() + 1 - left);
        const int height = m_filler->hasHeightForWidth() ? m_filler->heightForWidth(width) : m_filler->sizeHint().height();
        line.append({m_filler, QRect(left, 0, width, height)});
        lineHeight = std::max(lineHeight, height);
    } else if (m_filler && apply) {
        // An empty hint takes no room; it must not keep a place from a wider layout (outside the window).
        m_filler->setGeometry(QRect(area.topLeft(), QSize(0, 0)));
    }
    finishLine();
    return std::max(0, y - spacing() - area.top()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace regionlens::app
