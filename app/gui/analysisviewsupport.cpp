// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisviewsupport.h"

#include "datasets/adapters/productivityadapter.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "regionselection.h"
#include "widgets/analysischart.h"
#include "widgets/textwrap.h"

#include <QComboBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QMargins>
#include <QPalette>
#include <QTableWidgetItem>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

datasets::IndustryTable municipalIndustryTable(const datasets::Store &store, const QString &indicator, int year,
                                               const QStringList &columns)
{
    datasets::ObservationQuery q;
    q.indicator = indicator;
    q.year = year;
    q.level = datasets::RegionLevel::Municipality;
    q.industry.reset();
    return datasets::toIndustryTable(store.observations(q), columns);
}

using datasets::CatalogSnapshot;

QHash<QString, QString> regionDisplayNames(const CatalogSnapshot &catalog, bool japanese)
{
    return catalog.regionNames(japanese);
}

QHash<QString, QString> regionDisplayNames(const datasets::Store &store, bool japanese)
{
    return CatalogSnapshot::displayNames(store.regions(), japanese, false);
}

QHash<QString, QString> qualifiedRegionNames(const CatalogSnapshot &catalog, bool japanese)
{
    return catalog.qualifiedRegionNames(japanese);
}

QHash<QString, QString> qualifiedRegionNames(const datasets::Store &store, bool japanese)
{
    return CatalogSnapshot::displayNames(store.regions(), japanese, true);
}

QHash<QString, QString> industryDisplayNames(const CatalogSnapshot &catalog, bool japanese)
{
    return catalog.industryNames(japanese);
}

QHash<QString, QString> industryDisplayNames(const datasets::Store &store, bool japanese)
{
    return CatalogSnapshot::displayNames(store.industries(), japanese);
}

QString shortIndustryName(const QString &code, bool japanese, const QString &fullName)
{
    // Labels of the published classifications, shortened where the full name
    // does not fit a chart axis (data labels in both languages, like the
    // catalogue's names).
    struct Short
    {
        const char16_t *code, *ja, *en;
    };
    static const Short table[] = {
        {u"A", u"農業，林業", u"Agriculture, forestry"},
        {u"B", u"漁業", u"Fisheries"},
        {u"C", u"鉱業，採石業", u"Mining, quarrying"},
        {u"D", u"建設業", u"Construction"},
        {u"E", u"製造業", u"Manufacturing"},
        {u"F", u"電気・ガス・水道業", u"Electricity, gas, water"},
        {u"G", u"情報通信業", u"Information, communications"},
        {u"H", u"運輸業，郵便業", u"Transport, postal"},
        {u"I", u"卸売業，小売業", u"Wholesale, retail"},
        {u"J", u"金融業，保険業", u"Finance, insurance"},
        {u"K", u"不動産業，物品賃貸業", u"Real estate, rental"},
        {u"L", u"学術研究，専門・技術", u"Scientific, professional"},
        {u"M", u"宿泊業，飲食サービス業", u"Accommodation, food"},
        {u"N", u"生活関連サービス，娯楽", u"Living-related, amusement"},
        {u"O", u"教育，学習支援業", u"Education"},
        {u"P", u"医療，福祉", u"Medical, welfare"},
        {u"Q", u"複合サービス事業", u"Compound services"},
        {u"R", u"その他のサービス業", u"Services n.e.c."},
        {u"S01", u"農林水産業", u"Agriculture, fishing"},
        {u"S02", u"鉱業", u"Mining"},
        {u"S03", u"製造業", u"Manufacturing"},
        {u"S04", u"電気・ガス・水道等", u"Utilities, waste"},
        {u"S05", u"建設業", u"Construction"},
        {u"S06", u"卸売・小売業", u"Wholesale, retail"},
        {u"S07", u"運輸・郵便業", u"Transport, postal"},
        {u"S08", u"宿泊・飲食", u"Accommodation, food"},
        {u"S09", u"情報通信業", u"Information, comm."},
        {u"S10", u"金融・保険業", u"Finance, insurance"},
        {u"S11", u"不動産業", u"Real estate"},
        {u"S12", u"専門・業務支援", u"Professional, support"},
        {u"S13", u"公務", u"Public admin."},
        {u"S14", u"教育", u"Education"},
        {u"S15", u"保健衛生・社会事業", u"Health, social work"},
        {u"S16", u"その他のサービス", u"Other services"},
    };
    for (const Short &s : table)
        if (code == QStringView(s.code))
            return QString::fromUtf16(japanese ? s.ja : s.en);
    return fullName.isEmpty() ? code : fullName;
}

QList<datasets::RegionAggregate> selectionAggregates(const RegionSelection &selection)
{
    if (!selection.aggregated() || selection.codes().size() < 2)
        return {};
    const QString id = selection.groupId().isEmpty() ? u"selection"_s : selection.groupId();
    return {datasets::RegionAggregate{u"group:"_s + id, selection.codes()}};
}

namespace {

QString aggregateName(const QList<datasets::RegionGroup> &groups, const RegionSelection &selection, bool japanese)
{
    for (const datasets::RegionGroup &g : groups)
        if (g.id == selection.groupId())
            return japanese ? g.nameJa : g.nameEn;
    return QCoreApplication::translate("regionlens::app::AnalysisPage", "%n regions combined", nullptr,
                                       int(selection.codes().size()));
}

} // namespace

QString aggregateName(const CatalogSnapshot &catalog, const RegionSelection &selection, bool japanese)
{
    return aggregateName(catalog.regionGroups(), selection, japanese);
}

QString aggregateName(const datasets::Store &store, const RegionSelection &selection, bool japanese)
{
    return aggregateName(store.regionGroups(), selection, japanese);
}

void fillYearChooser(QComboBox *box, const QList<int> &years, const std::function<QString(int)> &label)
{
    const int current = box->currentData().toInt();
    const QSignalBlocker block(box);
    box->clear();
    for (int y : years)
        box->addItem(label ? label(y) : QString::number(y), y);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : box->count() - 1);
}

QString ratioText(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : u"–"_s;
}

QString signedText(double value, int decimals, const QString &suffix)
{
    if (!std::isfinite(value))
        return u"–"_s;
    return widgets::withSign(value, QString::number(std::abs(value), 'f', decimals)) + suffix;
}

namespace {

// Texts of other pages' tr() contexts, so that they keep one translation:
// " %" is already "%" in the shift-share texts, "¥100 million" is the
// productivity page's unit.
struct PercentText
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ShiftShareView)
};

struct EconomyText
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::ProductivityView)
};

} // namespace

QString percentSuffix()
{
    return PercentText::tr(" %");
}

QString okuYenUnit()
{
    return EconomyText::tr("¥100 million");
}

ShownUnit shownUnit(const QString &unitJa, const QString &unitEn, bool japanese)
{
    if (unitJa == u"百万円" || unitEn == u"million yen")
        return {[](double v) { return datasets::units::okuYen(v); }, okuYenUnit()};
    return {nullptr, japanese ? unitJa : unitEn};
}

void setLabelColour(QLabel *label, const QColor &colour, const QMargins &padding)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    if (!padding.isNull())
        label->setContentsMargins(padding);
}

QString wrapToWidth(const QString &text, const QFont &font, int width)
{
    return widgets::wrapLines(text, font, width).join(u'\n');
}

QTableWidgetItem *numberCell(double value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setData(RawValueRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace regionlens::app
