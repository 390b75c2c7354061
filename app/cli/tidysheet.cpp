// SPDX-License-Identifier: GPL-3.0-or-later
#include "tidysheet.h"

#include <charconv>
#include <cmath>

namespace regionlens::cli::tidyinput::detail {
namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');   // what QString::trimmed() removes among ASCII
}

} // namespace

Bytes trimAscii(Bytes v)
{
    while (!v.empty() && isAsciiSpace(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && isAsciiSpace(v.back()))
        v.remove_suffix(1);
    return v;
}

bool isBlank(Bytes v)
{
    for (const char c : v) {
        if (isAsciiSpace(c))
            continue;
        if (uchar(c) >= 0x80)   // perhaps U+3000 and the like
            return QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed().isEmpty();
        return false;
    }
    return true;
}

bool plainNumber(Bytes raw, double *value)
{
    const Bytes t = trimAscii(raw);
    if (t.empty() || t.size() > 62)
        return false;
    bool digit = false;
    for (const char c : t) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            return false;
    }
    if (!digit)
        return false;
    const char *begin = t.data() + (t.front() == '+' ? 1 : 0);
    const char *end = t.data() + t.size();
    // Whole numbers of up to 15 digits are exact in a double: no need for from_chars.
    if (const bool minus = *begin == '-'; end - begin - minus >= 1 && end - begin - minus <= 15) {
        qint64 n = 0;
        const char *p = begin + minus;
        while (p < end && *p >= '0' && *p <= '9')
            n = 10 * n + (*p++ - '0');
        if (p == end) {
            *value = minus ? -double(n) : double(n);
            return true;
        }
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

bool isTotalSex(const QString &text)
{
    return text.isEmpty() || importsupport::parseSex(text) == u"total";
}

QString normalizedSex(const QString &text)
{
    if (text.isEmpty())
        return u"total"_s;
    const QString sex = importsupport::parseSex(text);
    return sex.isEmpty() ? text : sex;
}

QString normalizedAge(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QString age = datasets::catalog::normalizeAgeClass(text);
    return age.isEmpty() ? text : age;
}

void compact(std::vector<qint32> &indices, const QStringList &from, QStringList *to)
{
    std::vector<qint32> renumbered(size_t(from.size()), -1);
    for (qint32 &i : indices) {
        qint32 &n = renumbered[size_t(i)];
        if (n < 0) {
            n = qint32(to->size());
            to->append(from.at(i));
        }
        i = n;
    }
}

} // namespace regionlens::cli::tidyinput::detail
