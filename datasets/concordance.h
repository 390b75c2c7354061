// SPDX-License-Identifier: GPL-3.0-or-later
// Concordance between the two industry classifications of the starter pack:
// 日本標準産業分類 (JSIC, Rev. 13) divisions, in which the 経済センサス counts
// establishments and employees, and the economic activities of 県民経済計算
// (2008SNA, 2015 base), in which value added is published. The 稼ぐ力 view
// needs both on the same columns, so the JSIC divisions are summed into the
// SNA activities they (mostly) belong to.
#pragma once

#include "matrixadapter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

struct ConcordanceEntry
{
    QString jsic;      // JSIC division letter "A".."T"
    QString activity;  // 県民経済計算 activity code "S01".."S16"
    QString note;      // English: what is approximate about this line ("" when exact)
};

namespace concordance {

// JSIC division → SNA activity, at division level. Follows 内閣府経済社会総合
// 研究所「県民経済計算標準方式（2008SNA・平成27年基準版）」, the table 「経済活動
// 別分類と日本標準産業分類との対応」 (the same correspondence as the national
// accounts' 「国民経済計算の経済活動別分類と日本標準産業分類の対応表」).
// Where that table splits a JSIC division between activities at the major-group
// (中分類) level, the division goes wholly to the activity holding most of its
// employees; those lines carry a note:
//   K 不動産業，物品賃貸業 → 不動産業 (70 物品賃貸業 belongs to 業務支援サービス);
//   R サービス業（他に分類されないもの） → 専門・科学技術、業務支援サービス業
//     (88 廃棄物処理業 belongs to 電気・ガス・水道・廃棄物処理業, 89 自動車整備業
//     and 90 機械等修理業 to その他のサービス);
//   O 教育，学習支援業 → 教育 (82 その他の教育，学習支援業 partly その他のサービス);
//   Q 複合サービス事業 → その他のサービス (郵便局 belongs to 運輸・郵便業 and
//     協同組合 to several activities).
// S 公務 and T 分類不能 have no activity here: the 経済センサス counts private
// establishments only, and 公務 (S13) is therefore left out of the comparison.
const QList<ConcordanceEntry> &jsicToActivity();

// The activity of a JSIC division, or "" (S, T, unknown codes).
QString activityOf(const QString &jsic);

// Activities that some JSIC division maps to, in 県民経済計算 order
// (S01..S12, S14..S16: everything but 公務).
QStringList comparableActivities();

// Sums the columns of a JSIC table into the given activities (columns of the
// result in that order). A NaN input cell makes its activity's cell NaN; JSIC
// columns without an activity are dropped; totals and the nation row are
// recomputed from the mapped columns. Returns the number of JSIC columns used.
IndustryTable jsicToActivities(const IndustryTable &jsicTable, const QStringList &activities,
                               int *usedColumns = nullptr);

} // namespace concordance
} // namespace regionlens::datasets
