// SPDX-License-Identifier: GPL-3.0-or-later
#include "impacttemplates.h"

#include "analysisviewsupport.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app::impact {

const QList<Share> kTourismSplit = {
    {"サービス", 0.55}, {"運輸・郵便", 0.20}, {"商業", 0.10}, {"製造業", 0.12}, {"農林水産業", 0.03},
};

const QList<Share> kEventBudgetSplit = {
    {"サービス", 0.80}, {"運輸・郵便", 0.10}, {"情報通信", 0.10},
};

const QStringList &twelveSectors()
{
    static const QStringList sectors{u"農林水産業"_s, u"鉱業"_s, u"製造業"_s, u"建設"_s,
                                     u"電力・ガス・水道・廃棄物処理"_s, u"商業"_s, u"金融・保険・不動産"_s,
                                     u"運輸・郵便"_s, u"情報通信"_s, u"公務"_s, u"サービス"_s, u"分類不明"_s};
    return sectors;
}

namespace {

// Adds amount × share to each sector of split; false when a sector is missing.
bool addSplit(QVector<double> &demand, const QStringList &sectors, const QList<Share> &split, double amount,
              QString *problem)
{
    for (const Share &s : split) {
        const qsizetype i = sectors.indexOf(QString::fromUtf8(s.sector));
        if (i < 0) {
            if (problem)
                *problem = u"the table has no sector %1 (templates need the 12-sector tables)"_s.arg(
                    QString::fromUtf8(s.sector));
            return false;
        }
        demand[i] += amount * s.share;
    }
    return true;
}

} // namespace

TemplateFigures defaultFigures(Template kind)
{
    TemplateFigures f;
    f.kind = kind;
    if (kind == Template::Event) {
        f.visitors = 20000;
        f.spendingPerVisitor = 8000;
    }
    return f;
}

QVector<double> templateDemand(const TemplateFigures &f, const QStringList &sectors, QString *problem)
{
    QVector<double> demand(sectors.size(), 0.0);
    const double visitorSpending = f.visitors * f.spendingPerVisitor / 1e6;   // 円 → 百万円
    bool ok = true;
    switch (f.kind) {
    case Template::Custom:
        break;
    case Template::Tourism:
        ok = addSplit(demand, sectors, kTourismSplit, visitorSpending, problem);
        break;
    case Template::Construction:
        ok = addSplit(demand, sectors, {{"建設", f.buildingShare}, {"製造業", 1.0 - f.buildingShare}}, f.investment,
                      problem);
        break;
    case Template::Event:
        ok = addSplit(demand, sectors, kEventBudgetSplit, f.eventBudget, problem)
             && addSplit(demand, sectors, kTourismSplit, visitorSpending, problem);
        break;
    }
    return ok ? demand : QVector<double>{};
}

QStringList templateSplit(const TemplateFigures &f, const QStringList &sectors,
                          const std::function<QString(const QString &)> &label)
{
    const QVector<double> demand = templateDemand(f, sectors);
    double total = 0.0;
    for (double v : demand)
        total += v;
    QStringList out;
    for (qsizetype i = 0; i < demand.size(); ++i)
        if (demand.at(i) > 0 && total > 0)
            out << u"%1 %2"_s.arg(label ? label(sectors.at(i)) : sectors.at(i))
                           .arg(100.0 * demand.at(i) / total, 0, 'f', 1)
                       + percentSuffix();
    return out;
}

QString impactCsv(const datasets::inputoutput::Result &r)
{
    if (!r.hasImpact)
        return {};
    const bool employees = r.hasEmployees();
    const auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 15) : QString(); };
    const auto quoted = [](const QString &s) {
        return s.contains(u',') || s.contains(u'"') ? u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"' : s;
    };
    QString csv = u"effect,sector,output,value_added,income"_s + (employees ? u",employees\n"_s : u"\n"_s);
    const std::pair<QString, const datasets::inputoutput::Effect *> effects[] = {
        {u"direct"_s, &r.direct}, {u"indirect1"_s, &r.indirect1}, {u"indirect2"_s, &r.indirect2},
        {u"total"_s, &r.total}};
    for (const auto &[name, e] : effects) {
        double sums[4] = {0, 0, 0, 0};
        for (qsizetype i = 0; i < r.sectors.size(); ++i) {
            const double v[4] = {e->output.value(i), e->valueAdded.value(i), e->income.value(i),
                                 e->employees.value(i, std::nan(""))};
            csv += name + u',' + quoted(r.sectors.at(i));
            for (int k = 0; k < (employees ? 4 : 3); ++k) {
                csv += u',' + number(v[k]);
                sums[k] += v[k];
            }
            csv += u'\n';
        }
        csv += name + u",TOTAL"_s;
        for (int k = 0; k < (employees ? 4 : 3); ++k)
            csv += u',' + number(sums[k]);
        csv += u'\n';
    }
    return csv;
}

} // namespace regionlens::app::impact
