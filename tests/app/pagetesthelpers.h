// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the page tests: the room a page gets on a small screen.
#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QSize>
#include <QString>
#include <QTest>
#include <QWidget>

namespace regionlens::test {

// A 1366 × 768 screen leaves an analysis page about this much in the main
// window (navigation and region bar aside).
inline QSize smallScreenPage()
{
    return {1160, 660};
}

// Empty when page's layout fits smallScreenPage() (nothing is clipped),
// else its minimum size.
inline QString smallScreenMisfit(const QWidget &page)
{
    const QSize minimum = page.minimumSizeHint();
    const QSize room = smallScreenPage();
    if (minimum.width() <= room.width() && minimum.height() <= room.height())
        return {};
    return QStringLiteral("minimum %1 × %2 > %3 × %4")
        .arg(minimum.width())
        .arg(minimum.height())
        .arg(room.width())
        .arg(room.height());
}

// Types text into a field as a user does: ASCII as key presses, Japanese as
// an input method commits it (QTest::keyClicks knows ASCII only).
inline void typeText(QWidget *field, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(field, c.toLatin1());
            continue;
        }
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(field, &commit);
    }
}

} // namespace regionlens::test
