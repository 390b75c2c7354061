// SPDX-License-Identifier: GPL-3.0-or-later
// Chart text a user reads: numbers and titles.
// - One sign rule (widgets::withSign): a value that rounds to zero at the
//   precision shown prints "0.0" — never "−0.0" (a −0.04-point contribution)
//   or "+0.0" — in formatNumber/formatSigned and in the value labels of the
//   net bars and the waterfall. The rounding is QLocale's 'f' (half away from
//   zero on the double: −0.05 is −0.05000000000000000277 → "−0.1").
// - Japanese titles wrap between phrases: a title too wide for the chart
//   breaks after "の", "大きい", "、", "：" or before "（", never inside
//   "上位12", "経済活動" or "2025年" (QTextLayout broke "…上 / 位12（2025年）").
//   The widths are set from the font's own advances, so the rows hold for
//   any Japanese font.
#include "widgets/analysischart.h"
#include "widgets/barchart.h"
#include "widgets/netbarchart.h"
#include "widgets/textwrap.h"
#include "widgets/waterfallchart.h"

#include <QFontMetricsF>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

QStringList itemTexts(const widgets::AnalysisChart &chart)
{
    QStringList out;
    for (int i = 0; i < chart.plot()->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)))
            out << text->text();
    return out;
}

// The title as the chart draws it (its first layout row), lines split.
QStringList drawnTitle(const widgets::AnalysisChart &chart)
{
    auto *title = qobject_cast<QCPTextElement *>(chart.plot()->plotLayout()->element(0, 0));
    return title ? title->text().split(u'\n') : QStringList();
}

QFont titleFont(const widgets::AnalysisChart &chart)
{
    auto *title = qobject_cast<QCPTextElement *>(chart.plot()->plotLayout()->element(0, 0));
    return title ? title->font() : QFont();
}

} // namespace

class TestChartText : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("plain");    // formatNumber
        QTest::addColumn<QString>("withPlus");   // formatSigned
        QTest::newRow("−0.04 at 1") << -0.04 << 1 << u"0.0"_s << u"0.0"_s;
        QTest::newRow("−0.05 at 1") << -0.05 << 1 << u"−0.1"_s << u"−0.1"_s;
        QTest::newRow("0.04 at 1") << 0.04 << 1 << u"0.0"_s << u"0.0"_s;
        QTest::newRow("0.05 at 1") << 0.05 << 1 << u"0.1"_s << u"+0.1"_s;
        QTest::newRow("−0.004 at 2") << -0.004 << 2 << u"0.00"_s << u"0.00"_s;
        QTest::newRow("−0.4 at 0") << -0.4 << 0 << u"0"_s << u"0"_s;
        QTest::newRow("−0.0 itself") << -0.0 << 1 << u"0.0"_s << u"0.0"_s;
        QTest::newRow("−12,714") << -12714.0 << 0 << u"−12,714"_s << u"−12,714"_s;
        QTest::newRow("1,234.5") << 1234.5 << 1 << u"1,234.5"_s << u"+1,234.5"_s;
        QTest::newRow("NaN") << std::nan("") << 1 << u"–"_s << u"–"_s;
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, plain);
        QFETCH(QString, withPlus);
        QCOMPARE(widgets::formatNumber(value, decimals), plain);
        QCOMPARE(widgets::formatSigned(value, decimals), withPlus);
    }

    // The productivity page's contributions (points, one decimal below 10):
    // 鉱業 −0.04 pt reads "0.0", not "−0.0".
    void netBarLabelsNeverNegativeZero()
    {
        widgets::NetBarChart chart;
        chart.resize(600, 400);
        chart.setHorizontal(true);
        widgets::NetBarData data;
        data.categories = {u"製造業"_s, u"鉱業"_s, u"漁業"_s, u"建設業"_s};
        data.values = {1.05, -0.04, 0.04, -0.05};
        chart.setData(data);
        QCOMPARE(itemTexts(chart), (QStringList{u"+1.1"_s, u"0.0"_s, u"0.0"_s, u"−0.1"_s}));
    }

    void waterfallStepsNeverSignedZero()
    {
        widgets::WaterfallChart chart;
        chart.resize(600, 400);
        chart.setDecimals(1);
        chart.setSteps({{u"全国成長要因"_s, 1.91}, {u"産業構造要因"_s, 0.04}, {u"地域特殊要因"_s, -0.04},
                        {u"成長率"_s, 0.0, true}});
        const QStringList labels = itemTexts(chart);
        QVERIFY2(labels.contains(u"+1.9"_s), qPrintable(labels.join(u" | "_s)));
        QCOMPARE(labels.count(u"0.0"_s), 2);
        for (const QString &label : labels)
            QVERIFY2(label != u"+0.0" && label != u"−0.0", qPrintable(label));
    }

    // Real titles of the pages (ja), each at a width where QTextLayout broke
    // it inside a word; expected: the break at the phrase boundary before it.
    void japaneseTitlesWrapBetweenPhrases_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("fitsUpTo");   // the width: this prefix just fits
        QTest::addColumn<QStringList>("lines");
        // 人口移動 → 相手先・地域ブロック (FlowsView "%1: largest net partners, top %2 (%3)").
        QTest::newRow("上位12")
            << u"愛知県：転入超過数の大きい相手先上位12（2025年）"_s << u"愛知県：転入超過数の大きい相手先上"_s
            << QStringList{u"愛知県：転入超過数の大きい"_s, u"相手先上位12（2025年）"_s};
        QTest::newRow("上位12, narrower")
            << u"愛知県：転入超過数の大きい相手先上位12（2025年）"_s << u"愛知県：転入超過数の大"_s
            << QStringList{u"愛知県：転入超過数の"_s, u"大きい相手先上位12"_s, u"（2025年）"_s};
        // 地図と推移: the time series of 県内総生産 (MapView::showChart).
        QTest::newRow("経済活動別")
            << u"県内総生産（名目、経済活動別） — 全産業"_s << u"県内総生産（名目、経済活"_s
            << QStringList{u"県内総生産（名目、"_s, u"経済活動別） — 全産業"_s};
        // 強みと成長 (GrowthView): "2016–2021年" stays whole.
        QTest::newRow("2016–2021年")
            << u"愛知県：産業別の従業者数の増減（2016–2021年）"_s << u"愛知県：産業別の従業者数の増減（2016–20"_s
            << QStringList{u"愛知県：産業別の従業者数の増減"_s, u"（2016–2021年）"_s};
        // English keeps breaking at spaces.
        QTest::newRow("English")
            << u"Aichi: largest net partners, top 12 (2025)"_s << u"Aichi: largest net partners, to"_s
            << QStringList{u"Aichi: largest net partners,"_s, u"top 12 (2025)"_s};
    }

    void japaneseTitlesWrapBetweenPhrases()
    {
        QFETCH(QString, title);
        QFETCH(QString, fitsUpTo);
        QFETCH(QStringList, lines);
        widgets::BarChart chart;
        chart.setData({u"製造業"_s}, {widgets::BarSeries{u"LQ"_s, {1.57}}});
        // AnalysisChart wraps at width() − 24.
        const double room = QFontMetricsF(titleFont(chart)).horizontalAdvance(fitsUpTo) + 1;
        chart.resize(int(std::ceil(room)) + 24, 420);
        chart.setTitle(title);
        QCOMPARE(drawnTitle(chart), lines);
        for (const QString &line : drawnTitle(chart))
            QVERIFY2(QFontMetricsF(titleFont(chart)).horizontalAdvance(line) <= room + 0.5, qPrintable(line));
    }

    void lineBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("allowedAfter");   // text[0, i) for each break i
        QTest::newRow("particles, brackets")
            << u"相手先上位12（2025年）の推移"_s << QStringList{u"相手先上位12"_s, u"相手先上位12（2025年）の"_s};
        QTest::newRow("list marks") << u"電気・ガス・水道業、製造業"_s
                                    << QStringList{u"電気・"_s, u"電気・ガス・"_s, u"電気・ガス・水道業、"_s};
        QTest::newRow("numbers stay whole") << u"1,234.5億円"_s << QStringList{};
        QTest::newRow("spaces") << u"top 12 (2025)"_s << QStringList{u"top "_s, u"top 12 "_s};
    }

    void lineBreaks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, allowedAfter);
        QStringList got;
        for (int i : widgets::lineBreaks(text))
            got << text.left(i);
        QCOMPARE(got, allowedAfter);
    }

    // A phrase wider than the line is still shown whole, character by character.
    void longPhraseIsNeverCut()
    {
        const QFont font;
        const QString text = u"県内総生産経済活動別全産業"_s;
        const double width = QFontMetricsF(font).horizontalAdvance(u"県内総生"_s) + 1;
        const QStringList lines = widgets::wrapLines(text, font, width);
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.join(QString()), text);
    }
};

QTEST_MAIN(TestChartText)
#include "test_charttext.moc"
