// SPDX-License-Identifier: GPL-3.0-or-later
// Line breaking for chart titles and other short texts, Japanese included.
// Qt's line breaker (UAX #14, QTextBoundaryFinder) allows a break between
// any two Japanese characters, so a title wrapped by QTextLayout can read
// "…相手先上 / 位12（2025年）". Here a line breaks only at a phrase boundary:
// at a space, after 、。：・ and closing brackets, before an opening bracket,
// and where a run of hiragana (particles and endings: の, は, を, 大きい …)
// meets a kanji or katakana word — never inside a run of kanji, katakana,
// digits or Latin letters, nor between a kanji and the digits that follow it.
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::widgets {

// The positions i (0 < i < text.size()) where a line may end before text[i].
QList<int> lineBreaks(const QString &text);

// text in lines no wider than width in font, broken at lineBreaks() (the
// spaces at a break dropped); a phrase wider than width on its own is broken
// between characters, so nothing is ever cut. Explicit '\n's are kept.
QStringList wrapLines(const QString &text, const QFont &font, double width);

} // namespace regionlens::widgets
