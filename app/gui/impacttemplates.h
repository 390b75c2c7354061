// SPDX-License-Identifier: GPL-3.0-or-later
// The 経済波及効果 page's demand templates and its plain-number CSV, apart
// from the page's widgets (pure; tested without a window).
//
// A template turns a few figures into a final-demand change by sector of the
// 12-sector tables (百万円, purchasers' terms of the region — the adapter
// applies the 自給率):
//   観光消費   visitors × spending per visitor (円), split over the sectors
//              by kTourismSplit;
//   工場・施設の建設  an investment (百万円): the building share to 建設, the
//              rest (machinery and equipment) to 製造業;
//   イベント   the organiser's budget (百万円) split by kEventBudgetSplit, plus
//              visitors × spending per visitor split as 観光消費.
// The splits are ASSUMPTIONS of RegionLens, shown on the page and editable
// there (the demand table), not figures of an official survey: the tourism
// split follows the expense items of 観光庁「旅行・観光消費動向調査」(宿泊費,
// 飲食費, 娯楽等サービス費 → サービス; 交通費 → 運輸・郵便; 買物代 → the
// goods (製造業, 農林水産業) and the retail margin (商業)), with weights chosen
// by us; the default figures are examples to be replaced with the region's
// own (観光入込客統計, the project's budget).
#pragma once

#include "datasets/adapters/ioadapter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace regionlens::app::impact {

enum class Template { Custom, Tourism, Construction, Event };

// The 12 sectors of the 2015 regional tables in table order (analysis/ioregional.h).
const QStringList &twelveSectors();

// One sector's share of an amount (the sector by its name in the 12-sector tables).
struct Share
{
    const char *sector;
    double share;
};

// 観光消費 split (Σ = 1): サービス 0.55 (宿泊・飲食・娯楽), 運輸・郵便 0.20,
// 商業 0.10 (retail margin on purchases), 製造業 0.12 (土産品など), 農林水産業 0.03.
extern const QList<Share> kTourismSplit;
// イベント organiser's budget split (Σ = 1): サービス 0.80 (会場・運営・警備・広告),
// 運輸・郵便 0.10, 情報通信 0.10.
extern const QList<Share> kEventBudgetSplit;

struct TemplateFigures
{
    Template kind = Template::Custom;
    double visitors = 100000;             // 観光消費, イベント: persons
    double spendingPerVisitor = 30000;    // 円 per visitor
    double investment = 10000;            // 工場・施設の建設: 百万円
    double buildingShare = 0.7;           // of the investment, to 建設; the rest to 製造業
    double eventBudget = 100;             // イベント: 百万円
};

// The example figures of a template (those of TemplateFigures, with the
// event's own visitors and spending).
TemplateFigures defaultFigures(Template kind);

// The template's demand over sectors (in that order, 百万円). An empty
// vector and *problem set when a sector the split needs is not in sectors
// (tables other than the 12-sector ones).
QVector<double> templateDemand(const TemplateFigures &figures, const QStringList &sectors, QString *problem = nullptr);

// The split used, as "サービス 55 %, 運輸・郵便 20 %, …" (one entry per sector
// with a non-zero share of the template's total).
// label names a sector (default: as in sectors).
QStringList templateSplit(const TemplateFigures &figures, const QStringList &sectors,
                          const std::function<QString(const QString &)> &label = {});

// The impact as CSV with plain numbers (no thousands separators, 15
// significant digits), the columns and rows of `regionlens-cli io impact`:
// effect,sector,output,value_added,income[,employees]; each effect's sectors
// then its TOTAL row. "" when the result has no impact.
QString impactCsv(const datasets::inputoutput::Result &result);

} // namespace regionlens::app::impact
