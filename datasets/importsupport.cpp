// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importsupport {
namespace {

// Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int n = 0;
    quint32 cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

// Whether the bytes are UTF-8 by utf8SequenceLength()'s rules (as strict as
// scanUtf8()); ASCII is skipped eight bytes at a time.
bool isValidUtf8(const QByteArray &bytes)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

struct Utf8Scan
{
    bool valid = true;
    qint64 firstInvalidLine = 0;
    qint64 firstMultibyteLine = 0;   // first line that is valid UTF-8 with non-ASCII text
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    qint64 line = 1;
    bool lineValid = true;
    int lineMultibyte = 0;
    auto endLine = [&] {
        if (lineValid && lineMultibyte >= 2 && scan.firstMultibyteLine == 0)
            scan.firstMultibyteLine = line;
        lineValid = true;
        lineMultibyte = 0;
    };
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            if (c == '\n') {
                endLine();
                ++line;
            }
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            if (scan.valid) {
                scan.valid = false;
                scan.firstInvalidLine = line;
            }
            lineValid = false;
            ++p;
            continue;
        }
        ++lineMultibyte;
        p += n;
    }
    endLine();
    return scan;
}

QString decodeWith(const QByteArray &bytes, const char *name, bool *error, qint64 *errorLine)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *error = true;
        return {};
    }
    QString text = decoder(bytes);
    *error = decoder.hasError();
    if (*error && errorLine) {
        // Locate the first replacement character to report its line.
        const qsizetype at = text.indexOf(QChar(QChar::ReplacementCharacter));
        *errorLine = at < 0 ? 0 : text.left(at).count(u'\n') + 1;
        // Some decoders (CP932) map a bad byte to something else: find the
        // first line that does not decode on its own (ASCII-compatible
        // encodings only: '\n' is a line end there).
        if (at < 0 && !QByteArrayView(name).startsWith("UTF-16")) {
            qint64 line = 1;
            for (qsizetype from = 0; from < bytes.size(); ++line) {
                qsizetype end = bytes.indexOf('\n', from);
                if (end < 0)
                    end = bytes.size();
                QStringDecoder lineDecoder(name, QStringDecoder::Flag::Stateless);
                const QString decodedLine = lineDecoder.decode(QByteArrayView(bytes).sliced(from, end - from));
                if (lineDecoder.hasError()) {
                    *errorLine = line;
                    break;
                }
                from = end + 1;
            }
        }
    }
    return text;
}

// Commas only as thousands separators: "1,234,567.5", not "1,2" or "12,34".
bool thousandsGrouped(QStringView t)
{
    qsizetype k = 0;
    if (k < t.size() && (t[k] == u'-' || t[k] == u'+'))
        ++k;
    int group = 0;
    bool first = true;
    for (; k < t.size(); ++k) {
        const QChar c = t[k];
        if (c == u',' || c == QChar(0xFF0C)) {
            if ((first && (group < 1 || group > 3)) || (!first && group != 3))
                return false;
            first = false;
            group = 0;
        } else if (c == u'.' || c == QChar(0xFF0E)) {
            break;
        } else {
            ++group;
        }
    }
    return !first && group == 3;
}

} // namespace

bool looksBinary(const QByteArray &head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 65536);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(head.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C && c != 0x1A)
            ++control;
    }
    return n > 0 && control * 100 > n;   // more than 1 % control characters
}

DecodedText decodeText(const QByteArray &bytes, const QString &encodingHint)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = u"the file is empty"_s;
        return out;
    }
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && encodingHint.isEmpty() && looksBinary(bytes)) {
        out.error = u"binary data, not text"_s;
        out.errorLine = 1;
        // A text file with a NUL byte: name the line the NUL is on.
        const qsizetype nul = bytes.indexOf('\0');
        if (nul > 0 && !looksBinary(bytes.left(nul))) {
            out.errorLine = 1 + bytes.left(nul).count('\n');
            out.error = u"a NUL byte: binary data, not text"_s;
        }
        return out;
    }
    bool error = false;
    if (!encodingHint.isEmpty()) {
        const QByteArray name = encodingHint.toLatin1();
        QStringDecoder probe(name.constData());
        if (!probe.isValid()) {
            out.error = u"unknown encoding '%1'"_s.arg(encodingHint);
            return out;
        }
        // A NUL byte is not text in any encoding but UTF-16/32: name its line.
        if (const qsizetype nul = bytes.indexOf('\0');
            nul >= 0 && !name.toUpper().startsWith("UTF-16") && !name.toUpper().startsWith("UTF-32")) {
            out.error = u"a NUL byte: binary data, not text"_s;
            out.errorLine = 1 + bytes.left(nul).count('\n');
            return out;
        }
        out.text = decodeWith(bytes, name.constData(), &error, &out.errorLine);
        out.encoding = encodingHint;
        if (error)
            out.error = u"the file is not valid %1"_s.arg(encodingHint);
    } else if (utf16) {
        out.text = decodeWith(bytes, bytes.startsWith("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE", &error, &out.errorLine);
        out.encoding = u"UTF-16"_s;
        if (error)
            out.error = u"the file is not valid UTF-16"_s;
    } else {
        const Utf8Scan scan = scanUtf8(bytes);
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        if (scan.valid) {
            out.text = QString::fromUtf8(bytes);
            out.encoding = bom ? u"UTF-8 (BOM)"_s : u"UTF-8"_s;
        } else if (bom || scan.firstMultibyteLine > 0) {
            // Japanese text that is valid UTF-8 on one line and not on another:
            // a file assembled from pieces in different encodings.
            out.error = bom ? u"the file starts with a UTF-8 byte order mark but is not valid UTF-8"_s
                            : u"mixed encodings: line %1 is UTF-8 but line %2 is not"_s.arg(scan.firstMultibyteLine)
                                  .arg(scan.firstInvalidLine);
            out.errorLine = scan.firstInvalidLine;
        } else {
            out.text = decodeWith(bytes, "windows-31j", &error, &out.errorLine);
            out.encoding = u"Shift_JIS (CP932)"_s;
            if (error)
                out.error = u"neither UTF-8 nor Shift_JIS (CP932) text"_s;
        }
    }
    if (!out.error.isEmpty())
        out.text.clear();
    else if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    return out;
}

DecodedBytes decodeUtf8(const QByteArray &bytes)
{
    DecodedBytes out;
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!bytes.isEmpty() && !utf16 && !looksBinary(bytes) && isValidUtf8(bytes)) {
        out.utf8 = bytes;
        return out;
    }
    DecodedText text = decodeText(bytes);
    out.error = text.error;
    out.errorLine = text.errorLine;
    if (text.ok())
        out.utf8 = text.text.toUtf8();
    return out;
}

QString decodeHead(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder d(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return d(head);
    }
    // Cut back to a line end so that a truncated multi-byte character does not
    // make valid UTF-8 look invalid.
    QByteArray cut = head;
    const qsizetype nl = cut.lastIndexOf('\n');
    if (nl > 0 && cut.size() >= 4096)
        cut.truncate(nl + 1);
    const Utf8Scan scan = scanUtf8(cut);
    if (scan.valid || scan.firstMultibyteLine > 0) {   // (mixed files are refused when read)
        QString s = QString::fromUtf8(cut);
        if (s.startsWith(QChar(0xFEFF)))
            s.remove(0, 1);
        return s;
    }
    bool error = false;
    return decodeWith(cut, "windows-31j", &error, nullptr);
}

QString normalizeWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(u' ');
        else
            out.append(c);
    }
    return out.trimmed();
}

QString invalidValueMessage(const QString &text, const QString &column)
{
    QString message = u"'%1' is not a number or a known footnote symbol"_s.arg(text);
    if (!column.trimmed().isEmpty())
        message += u" (column \"%1\")"_s.arg(column.trimmed());
    return message;
}

QString footnoteStatus(QStringView symbol)
{
    static const QHash<QString, QString> kinds = [] {
        QHash<QString, QString> k;
        for (const QString &s : {u"-"_s, u"－"_s, u"―"_s, u"‐"_s, u"—"_s, u"ー"_s})
            k.insert(s, u"not_surveyed"_s);
        for (const QString &s : {u"…"_s, u"..."_s, u"・・・"_s, u"‥"_s, u"NA"_s, u"N/A"_s, u"n.a."_s, u"na"_s,
                                 u"nan"_s, u"NaN"_s, u"不詳"_s})
            k.insert(s, u"missing"_s);
        for (const QString &s : {u"x"_s, u"X"_s, u"ｘ"_s, u"Ｘ"_s, u"χ"_s, u"*"_s, u"**"_s, u"***"_s, u"＊"_s,
                                 u"＊＊＊"_s, u"秘匿"_s})
            k.insert(s, u"suppressed"_s);
        return k;
    }();
    const QString key = symbol.trimmed().toString();
    const auto it = kinds.constFind(key);
    return it == kinds.constEnd() ? QString() : *it + u':' + key;
}

ValueKind parseValue(QStringView text, double *value, QString *status)
{
    // Fast path: ASCII digits, sign, point, exponent and thousands commas.
    char buffer[64];
    int n = 0;
    bool negative = false;
    qsizetype i = 0;
    qsizetype size = text.size();
    while (i < size && (text[i] == u' ' || text[i] == u'\t' || text[i] == QChar(0x3000)))
        ++i;
    while (size > i && (text[size - 1] == u' ' || text[size - 1] == u'\t' || text[size - 1] == QChar(0x3000)))
        --size;
    if (i >= size) {
        *status = u"missing:"_s;
        *value = std::numeric_limits<double>::quiet_NaN();
        return ValueKind::Empty;
    }
    const char16_t first = text[i].unicode();
    if (first == u'△' || first == u'▲') {
        negative = true;
        ++i;
    }
    bool commas = false;
    bool digitSeen = false;
    for (qsizetype k = i; k < size; ++k) {
        char16_t u = text[k].unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            u = char16_t(u - 0xFF10 + '0');   // full-width digits
        else if (u == 0xFF0C)
            u = ',';
        else if (u == 0xFF0E)
            u = '.';
        else if (u == 0xFF0D || u == 0x2212)
            u = '-';
        if (u == ',') {
            commas = true;
            continue;
        }
        if (!((u >= '0' && u <= '9') || u == '.' || u == '-' || u == '+' || u == 'e' || u == 'E') || n >= 62) {
            n = -1;
            break;
        }
        digitSeen = digitSeen || (u >= '0' && u <= '9');
        buffer[n++] = char(u);
    }
    if (n > 0 && digitSeen) {
        const char *begin = buffer;
        if (*begin == '+')
            ++begin;
        double v = 0;
        const auto [ptr, ec] = std::from_chars(begin, buffer + n, v);
        bool ok = ec == std::errc() && ptr == buffer + n && std::isfinite(v);
        if (ok && commas)
            ok = thousandsGrouped(text.mid(i, size - i));
        if (ok) {
            *value = negative ? -v : v;
            status->clear();
            return ValueKind::Number;
        }
    }
    *value = std::numeric_limits<double>::quiet_NaN();
    const QString footnote = footnoteStatus(text.mid(i, size - i));
    if (!footnote.isEmpty() && !negative) {
        *status = footnote;
        return ValueKind::Footnote;
    }
    status->clear();
    return ValueKind::Invalid;
}

int parseYear(QStringView input)
{
    const QString text = normalizeWidth(input);
    // e-Stat time codes: YYYY + six digits.
    if (text.size() == 10) {
        bool ok = false;
        text.toLongLong(&ok);
        if (ok) {
            const int y = text.left(4).toInt();
            return y >= 1800 && y <= 2200 ? y : 0;
        }
    }
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        if (!text.at(i).isDigit() || (i > 0 && text.at(i - 1).isDigit()))
            continue;
        qsizetype j = i;
        while (j < text.size() && text.at(j).isDigit())
            ++j;
        if (j - i == 4) {
            const int y = text.mid(i, 4).toInt();
            if (y >= 1800 && y <= 2200)
                return y;
        }
        i = j;
    }
    // Japanese era names.
    static const QList<QPair<QString, int>> eras = {
        {u"令和"_s, 2018}, {u"平成"_s, 1988}, {u"昭和"_s, 1925}, {u"大正"_s, 1911}, {u"明治"_s, 1867}};
    for (const auto &[era, offset] : eras) {
        const qsizetype at = text.indexOf(era);
        if (at < 0)
            continue;
        QString rest = text.mid(at + era.size());
        if (rest.startsWith(u'元'))
            return offset + 1;
        qsizetype j = 0;
        while (j < rest.size() && rest.at(j).isDigit())
            ++j;
        const int n = rest.left(j).toInt();
        return n > 0 ? offset + n : 0;
    }
    return 0;
}

int parseYearCell(QStringView input, bool *fiscal)
{
    *fiscal = false;
    QString text = normalizeWidth(input).trimmed();
    if (text.startsWith(u"FY"_s, Qt::CaseInsensitive)) {
        *fiscal = true;
        text = text.mid(2).trimmed();
    } else if (text.endsWith(u"年度"_s)) {
        *fiscal = true;
        text.chop(2);
    } else if (text.endsWith(u'年')) {
        text.chop(1);
    }
    bool ok = false;
    const int y = text.toInt(&ok);
    if (ok && text.size() == 4 && text.at(0).isDigit())
        return y >= 1800 && y <= 2200 ? y : 0;
    if (!*fiscal && text.size() == 10 && (text.toLongLong(&ok), ok))
        return parseYear(text);   // e-Stat time code
    // An era name and a number ("令和2", "平成元"), nothing else.
    static const QStringList eras = {u"令和"_s, u"平成"_s, u"昭和"_s, u"大正"_s, u"明治"_s};
    for (const QString &era : eras) {
        if (!text.startsWith(era))
            continue;
        const QString rest = text.mid(era.size());
        if (rest == u"元" || (rest.toInt(&ok) > 0 && ok))
            return parseYear(text + u'年');
    }
    return 0;
}

QString parseSex(QStringView input)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString &s : {u"総数"_s, u"男女計"_s, u"計"_s, u"総計"_s, u"合計"_s, u"男女総数"_s, u"total"_s,
                                 u"both"_s, u"all"_s, u"t"_s, u"both sexes"_s})
            m.insert(s, u"total"_s);
        for (const QString &s : {u"男"_s, u"男性"_s, u"男子"_s, u"男性人口"_s, u"male"_s, u"males"_s, u"m"_s, u"men"_s})
            m.insert(s, u"male"_s);
        for (const QString &s :
             {u"女"_s, u"女性"_s, u"女子"_s, u"女性人口"_s, u"female"_s, u"females"_s, u"f"_s, u"women"_s})
            m.insert(s, u"female"_s);
        return m;
    }();
    return map.value(normalizeWidth(input).toLower());
}

QString slugFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName().toLower();
    if (base.endsWith(u".utf8"_s))
        base.chop(5);
    QString out;
    for (QChar c : base) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out.append(u'_');
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty() || out.at(0).isDigit())
        out.prepend(u"import_"_s);
    return out.left(64);
}

bool isValidIndicatorId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}$"_s);
    return re.match(id).hasMatch();
}

int jisCheckDigit(QStringView d)
{
    if (d.size() != 5)
        return -1;
    int sum = 0;
    for (int i = 0; i < 5; ++i) {
        if (!d[i].isDigit())
            return -1;
        sum += (d[i].unicode() - '0') * (6 - i);
    }
    return (11 - sum % 11) % 10;
}

RegionResolver::RegionResolver(const QList<Region> &known)
{
    m_level.insert(u"00"_s, RegionLevel::Nation);
    for (const Region &r : catalog::prefectures())
        m_level.insert(r.code, RegionLevel::Prefecture);
    QHash<QString, QStringList> byName;
    for (const Region &r : known) {
        m_level.insert(r.code, r.level);
        if (r.level != RegionLevel::Municipality)
            continue;
        ++m_municipalities;
        if (r.nameJa.isEmpty())
            continue;
        byName[r.nameJa].append(r.code);
        // "札幌市" also as "北海道札幌市" and "北海道 札幌市".
        for (const Region &p : catalog::prefectures()) {
            if (p.code == r.parent) {
                byName[p.nameJa + r.nameJa].append(r.code);
                byName[p.nameJa + u' ' + r.nameJa].append(r.code);
            }
        }
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it->size() == 1)
            m_municipalityByName.insert(it.key(), it->first());
        else
            m_ambiguous.insert(it.key(), *it);
    }
}

std::optional<RegionLevel> RegionResolver::levelOf(const QString &code) const
{
    const auto it = m_level.constFind(code);
    if (it == m_level.constEnd())
        return std::nullopt;
    return *it;
}

QString RegionResolver::resolveCode(const QString &digits, QString *why) const
{
    QString code = digits;
    if (code.size() == 6) {
        const int check = jisCheckDigit(QStringView(code).left(5));
        if (check != code.at(5).digitValue()) {
            if (why)
                *why = u"'%1' is not a valid six-digit local government code (check digit should be %2)"_s
                           .arg(code)
                           .arg(check);
            return {};
        }
        code.chop(1);
    }
    if (code.size() <= 2) {
        const int n = code.toInt();
        if (n == 0)
            return u"00"_s;
        if (n >= 1 && n <= 47)
            return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    } else if (code.size() == 5 || code.size() == 4) {
        if (code.size() == 4)
            code.prepend(u'0');   // spreadsheets drop the leading zero: 1100 → 01100
        if (code == u"00000")
            return u"00"_s;
        const int pref = code.left(2).toInt();
        if (code.mid(2) == u"000" && pref >= 1 && pref <= 47)
            return code.left(2);
        if (m_level.value(code, RegionLevel::Nation) == RegionLevel::Municipality)
            return code;
        if (why)
            *why = pref >= 1 && pref <= 47
                       ? u"municipality %1 is not in the store (merged, renamed or not yet imported)"_s.arg(code)
                       : u"'%1' is not a region code"_s.arg(digits);
        return {};
    }
    if (why)
        *why = u"'%1' is not a region code"_s.arg(digits);
    return {};
}

QString RegionResolver::resolve(const QString &input, QString *why) const
{
    QString text = normalizeWidth(input);
    if (text.startsWith(u'"') && text.endsWith(u'"') && text.size() >= 2)
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.isEmpty()) {
        if (why)
            *why = u"no region given"_s;
        return {};
    }
    // "13000_東京都" / "13000 東京都" → the code part.
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits).isDigit())
        ++digits;
    if (digits == text.size() || (digits > 0 && (text.at(digits) == u'_' || text.at(digits) == u' ')))
        return resolveCode(text.left(digits), why);
    if (text == u"全国" || text == u"全国計" || text.compare(u"japan"_s, Qt::CaseInsensitive) == 0
        || text == u"日本" || text.compare(u"all japan"_s, Qt::CaseInsensitive) == 0)
        return u"00"_s;
    const QString pref = catalog::resolvePrefecture(text);
    if (!pref.isEmpty())
        return pref;
    const auto it = m_municipalityByName.constFind(text);
    if (it != m_municipalityByName.constEnd())
        return *it;
    if (why) {
        const auto amb = m_ambiguous.constFind(text);
        *why = amb != m_ambiguous.constEnd()
                   ? u"'%1' is ambiguous (%2); use the code"_s.arg(text, amb->join(u", "_s))
                   : u"unknown region '%1'"_s.arg(text);
    }
    return {};
}

} // namespace regionlens::datasets::importsupport
