// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks shared by the importers: text decoding with encoding
// detection, numbers with footnote symbols, years, sexes, and region
// resolution from codes or names.
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace regionlens::datasets::importsupport {

// --- text ---
struct DecodedText
{
    QString text;
    QString encoding;   // "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)", …
    QString error;      // set when the bytes are not text in a supported encoding
    qint64 errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// encodingHint "" detects: a BOM, else valid UTF-8, else CP932 (Shift_JIS with
// the Windows extensions). Rejects binary data and files mixing UTF-8 and Shift_JIS.
DecodedText decodeText(const QByteArray &bytes, const QString &encodingHint = QString());
// The same text as UTF-8 bytes, for readers that work on bytes (the CLI's
// --input files): valid UTF-8 is handed back as it is, without a copy (a
// BOM is kept: CsvTokenizer skips it); other encodings are decoded by
// decodeText() and re-encoded. Errors and error lines are decodeText()'s.
struct DecodedBytes
{
    QByteArray utf8;
    QString error;
    qint64 errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};
DecodedBytes decodeUtf8(const QByteArray &bytes);
// Decodes a prefix for format detection (never fails; may be cut mid-character).
QString decodeHead(const QByteArray &head);
bool looksBinary(const QByteArray &head);

// --- values ---
enum class ValueKind { Number, Footnote, Empty, Invalid };

// Parses "1234", "1,234,567", "-12.5", "△12" (negative), full-width digits;
// footnote symbols ("-", "－", "…", "x", "X", "***", "ｘ", "NA" …) give
// ValueKind::Footnote with *status "kind:symbol", e.g. "suppressed:x".
ValueKind parseValue(QStringView text, double *value, QString *status);
QString footnoteStatus(QStringView symbol);   // "" when not a footnote symbol
// The one message for a cell that is neither a number nor a footnote symbol,
// naming the column by its header: 'abc' is not a number … (column "value").
QString invalidValueMessage(const QString &text, const QString &column);

// Year from "2020", "2020年", "2022年10月1日現在", e-Stat time codes
// ("2020000000", "2011100000"), "令和2年", "平成元年"; 0 when none.
int parseYear(QStringView text);
// A year column's cell, strictly: "2020", "2020年", an e-Stat time code,
// "令和2年"; a fiscal year "FY2021" / "2021年度" / "令和3年度" gives 2021 with
// *fiscal true. 0 for anything else ("2020.5", "1999-2020", "2020/3"), which
// parseYear() would have read as a year.
int parseYearCell(QStringView text, bool *fiscal);
// "total", "male" or "female" for 総数/男女計/計/男/男性/女/女性/total/male/female…; "" otherwise.
QString parseSex(QStringView text);
// "c01.csv" → "c01"; a safe indicator id from a file name or label.
QString slugFromFileName(const QString &fileName);
bool isValidIndicatorId(const QString &id);
// Replaces full-width ASCII (０-９, Ａ-Ｚ …) with ASCII and trims.
QString normalizeWidth(QStringView text);

// --- regions ---
// Resolves region references against the regions a store knows:
// "13", "13000", "13000_東京都", "東京都", "東京", "Tokyo" → "13";
// "00000"/"全国"/"Japan" → "00"; five-digit municipality codes and six-digit
// codes with a valid JIS X 0402 check digit; municipality names when unique.
class RegionResolver
{
public:
    explicit RegionResolver(const QList<Region> &known = {});

    // The region code, or "" with *why explaining what did not match.
    QString resolve(const QString &text, QString *why = nullptr) const;
    std::optional<RegionLevel> levelOf(const QString &code) const;
    bool knows(const QString &code) const { return m_level.contains(code); }
    int municipalityCount() const { return m_municipalities; }

private:
    QString resolveCode(const QString &digits, QString *why) const;

    QHash<QString, RegionLevel> m_level;
    QHash<QString, QString> m_municipalityByName;   // unique names only
    QHash<QString, QStringList> m_ambiguous;
    int m_municipalities = 0;
};

// JIS X 0402 check digit of a five-digit code, or -1.
int jisCheckDigit(QStringView fiveDigits);

} // namespace regionlens::datasets::importsupport
