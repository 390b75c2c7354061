// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwrap.h"

#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

bool isHiragana(char16_t c)
{
    return c >= 0x3041 && c <= 0x309F;
}

// Kanji, katakana (with ー) and the iteration marks: the body of a word.
bool isWordCjk(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x30A0 && c <= 0x30FA)
        || (c >= 0x30FC && c <= 0x30FF) || c == 0x3005 || c == 0x3006 || (c >= 0xFF66 && c <= 0xFF9F);
}

// A line may end after these (and never start with them).
bool isClosing(char16_t c)
{
    static const QString closing = u"、。，．）」』】〕〉》］｝：；！？・･…‥〜,.;:!?)]}”’%％"_s;
    return closing.contains(QChar(c));
}

// Small kana and the long-vowel mark: they belong to the character before them.
bool isSmallKana(char16_t c)
{
    static const QString small = u"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー"_s;
    return small.contains(QChar(c));
}

bool isFullWidthOpening(char16_t c)
{
    static const QString opening = u"（「『【〔〈《［｛“‘"_s;
    return opening.contains(QChar(c));
}

bool isOpening(char16_t c)
{
    return isFullWidthOpening(c) || c == u'(' || c == u'[' || c == u'{';
}

bool isSpace(char16_t c)
{
    return QChar::isSpace(c);
}

bool isJapanese(char16_t c)
{
    return isHiragana(c) || isWordCjk(c) || isFullWidthOpening(c) || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF);
}

bool breakAllowed(char16_t prev, char16_t next)
{
    if (isSpace(next) || isOpening(prev))
        return false;
    if (isSpace(prev))
        return true;
    if (isClosing(next) || isSmallKana(next))
        return false;
    // A particle or an ending belongs to what comes before it ("（2025年）の"),
    // unless a sentence mark ends the phrase there.
    if (isHiragana(next) && !isHiragana(prev) && !QString(u"、。，．：；！？"_s).contains(QChar(prev)))
        return false;
    // After a dash or a list mark between words ("—", "→", "–" between Latin words, "/").
    if (prev == u'—' || prev == u'→' || prev == u'/' || prev == u'／')
        return true;
    if ((prev == u'-' || prev == u'–') && QChar::isLetter(next) && !isJapanese(next))
        return true;
    if (isClosing(prev))
        // "、" "：" "）" "・" …, but not inside "1,234" or "3.5" or "FY2021–22".
        return isJapanese(prev) || isJapanese(next) || ((prev == u')' || prev == u']') && !QChar::isLetterOrNumber(next));
    if (isFullWidthOpening(next) || (isOpening(next) && isJapanese(prev)))
        return true;
    // The end of a run of hiragana (a particle or an ending) before a word.
    if (isHiragana(prev) && (isWordCjk(next) || QChar::isLetterOrNumber(next)))
        return true;
    return false;
}

double advance(const QFontMetricsF &fm, const QString &text)
{
    return fm.horizontalAdvance(text);
}

// One paragraph (no '\n') into lines.
void wrapParagraph(const QString &text, const QFontMetricsF &fm, double width, QStringList *out)
{
    if (width <= 0 || advance(fm, text) <= width) {
        out->append(text);
        return;
    }
    const QList<int> breaks = lineBreaks(text);
    int start = 0;
    while (start < text.size()) {
        const QString rest = text.mid(start);
        if (advance(fm, rest.trimmed()) <= width) {
            out->append(rest.trimmed());
            break;
        }
        // The last break after start whose line fits.
        int end = -1;
        for (int b : breaks) {
            if (b <= start)
                continue;
            if (advance(fm, text.mid(start, b - start).trimmed()) > width)
                break;
            end = b;
        }
        if (end < 0) {
            // A phrase wider than the line: as many characters as fit (at least one).
            end = start + 1;
            while (end < text.size() && advance(fm, text.mid(start, end + 1 - start).trimmed()) <= width)
                ++end;
            if (end < text.size() && text.at(end).isLowSurrogate())
                ++end;
        }
        const QString line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            out->append(line);
        start = end;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
    }
}

} // namespace

QList<int> lineBreaks(const QString &text)
{
    QList<int> out;
    for (int i = 1; i < text.size(); ++i)
        if (breakAllowed(text.at(i - 1).unicode(), text.at(i).unicode()))
            out.append(i);
    return out;
}

QStringList wrapLines(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n'))
        wrapParagraph(paragraph, fm, width, &lines);
    return lines;
}

} // namespace regionlens::widgets
