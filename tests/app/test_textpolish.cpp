// SPDX-License-Identifier: GPL-3.0-or-later
// The text a Japanese user reads on every page, as the pages produce it for
// 愛知県 in a 1366 × 768 main window on the starter pack:
// - chart titles wrap between phrases only, at the page's size and narrower
//   (no "…上 / 位12", "経済活 / 動別", "2016–20 / 21年"), and each line fits;
// - no number that rounds to zero at the precision shown carries a sign
//   ("−0.0", "−0", "+0.0") in a commentary, a table or a chart label;
// - no space between a number and its percent sign in the commentaries and
//   the figures' footnotes ("−36.0%", not "−36.0 %");
// - the map page shows GDP (県内総生産, stored in 百万円) in 億円 like the
//   productivity page — legend classes, tooltip, the figures beside the map
//   and the chart — while its values() stay the stored 百万円 numbers.
#include "testhelpers.h"

#include "analysispage.h"
#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "pageregistry.h"
#include "widgets/analysischart.h"
#include "widgets/choroplethmap.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolTip>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

bool isHiragana(QChar c)
{
    return c.unicode() >= 0x3041 && c.unicode() <= 0x309F;
}

// Why a line break between prev and next is inside a phrase ("" when it is
// not): both are letters or digits (kanji, kana, Latin, digits), except at
// the end of a run of hiragana before a word; or the next line starts with a
// closing mark, or the line ends with an opening bracket.
QString badBreak(QChar prev, QChar next)
{
    if (u"、。，．）」』】：；！？ー"_s.contains(next))
        return u"line starts with «%1»"_s.arg(next);
    if (u"（「『【"_s.contains(prev))
        return u"line ends with «%1»"_s.arg(prev);
    if (prev.isLetterOrNumber() && next.isLetterOrNumber() && !(isHiragana(prev) && !isHiragana(next)))
        return u"«%1 / %2» inside a phrase"_s.arg(prev, next);
    return {};
}

QCPTextElement *titleElement(const widgets::AnalysisChart &chart)
{
    return qobject_cast<QCPTextElement *>(chart.plot()->plotLayout()->element(0, 0));
}

// Problems of the chart's title as drawn at its present width.
QStringList titleProblems(const widgets::AnalysisChart &chart, const QString &where)
{
    QStringList out;
    QCPTextElement *title = titleElement(chart);
    if (!title || chart.title().isEmpty())
        return out;
    const QStringList lines = title->text().split(u'\n');
    const double room = chart.width() - 24;
    const QFontMetricsF fm(title->font());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).size() > 1 && lines.size() > 1 && fm.horizontalAdvance(lines.at(i)) > room + 0.5)
            out << u"%1: «%2» wider than %3 px"_s.arg(where, lines.at(i)).arg(room);
        if (i + 1 < lines.size() && !lines.at(i).isEmpty() && !lines.at(i + 1).isEmpty())
            if (const QString why = badBreak(lines.at(i).back(), lines.at(i + 1).front()); !why.isEmpty())
                out << u"%1: «%2» — %3"_s.arg(where, lines.join(u" / "_s), why);
    }
    return out;
}

// "−0.0", "−0", "+0.00", "-0.0": a sign before a number whose digits are all zero.
const QRegularExpression &signedZero()
{
    static const QRegularExpression re(u"(?<![0-9A-Za-z])[−+\\-]0(?:\\.0+)?(?![.,0-9])"_s);
    return re;
}

// A number, then a space, then "%" (not "%1", a placeholder left unfilled).
const QRegularExpression &spacedPercent()
{
    static const QRegularExpression re(u"[0-9] %(?![0-9])"_s);
    return re;
}

QStringList tableTexts(QWidget *page)
{
    QStringList out;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                out << model->index(r, c).data(Qt::DisplayRole).toString();
    }
    return out;
}

QStringList chartTexts(const widgets::AnalysisChart &chart)
{
    QStringList out{chart.footnote()};
    for (int i = 0; i < chart.plot()->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)))
            out << text->text();
    return out;
}

} // namespace

class TestTextPolish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    app::LanguageManager m_language;
    std::unique_ptr<app::MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        m_language.install(u"ja"_s);
        m_window = std::make_unique<app::MainWindow>(m_store, m_language);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->workspace()->selectRegion(u"23"_s);
        m_window->catalogSource()->waitForIdle();
    }

    void cleanupTestCase() { m_window.reset(); }

    void pages_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : app::workspacePageIds())
            if (id != u"start")
                QTest::newRow(qPrintable(id)) << id;
    }

    void pages()
    {
        QFETCH(QString, id);
        app::Workspace *workspace = m_window->workspace();
        workspace->showPage(id);
        QWidget *page = nullptr;
        QString commentary;
        if (id == u"map") {
            m_window->mapView()->waitForIdle();
            page = m_window->mapView();
        } else {
            app::AnalysisPage *analysis = workspace->page(id);
            QVERIFY(analysis);
            analysis->waitForIdle();
            page = analysis;
            commentary = analysis->commentary();
        }
        QCoreApplication::processEvents();

        QStringList problems;
        QStringList read{commentary};
        for (QLabel *label : page->findChildren<QLabel *>())
            read << label->text();
        read << tableTexts(page);
        const QList<widgets::AnalysisChart *> charts = page->findChildren<widgets::AnalysisChart *>();
        for (widgets::AnalysisChart *chart : charts)
            read << chartTexts(*chart);
        for (const QString &text : std::as_const(read)) {
            if (const QRegularExpressionMatch m = signedZero().match(text); m.hasMatch())
                problems << u"signed zero «%1» in «%2»"_s.arg(m.captured(), text.mid(std::max(0, int(m.capturedStart()) - 40), 90));
        }
        for (const QString &text : QStringList{commentary} + [&] {
                 QStringList notes;
                 for (widgets::AnalysisChart *chart : charts)
                     notes << chart->footnote();
                 return notes;
             }()) {
            if (const QRegularExpressionMatch m = spacedPercent().match(text); m.hasMatch())
                problems << u"space before %: «%1»"_s.arg(text.mid(std::max(0, int(m.capturedStart()) - 40), 90));
        }

        // Titles: at the page's size, then narrower (a chart alone, then a
        // chart beside others on a small screen).
        int titled = 0;
        for (widgets::AnalysisChart *chart : charts) {
            if (chart->title().isEmpty())
                continue;
            ++titled;
            const QSize size = chart->size();
            for (int width : {size.width(), 420, 320}) {
                chart->resize(width, std::max(size.height(), 300));
                chart->setTitle(chart->title());   // wrapped for the width now (hidden tabs get no resize event)
                problems << titleProblems(*chart, u"%1 at %2 px"_s.arg(chart->title()).arg(width));
            }
            chart->resize(size);
            chart->setTitle(chart->title());
        }
        if (id != u"compare")
            QVERIFY2(titled > 0, qPrintable(id));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // The map page's GDP in 億円, its values() in the stored 百万円.
    void mapGdpInOkuYen()
    {
        m_window->workspace()->showPage(u"map"_s);
        app::MapView *view = m_window->mapView();
        view->setIndicator(u"gdp_nominal"_s);
        view->waitForIdle();
        QCoreApplication::processEvents();
        const double raw = view->values().value(u"23"_s, std::nan(""));
        // 愛知県's nominal GDP is about 43 trillion yen: 43,000,000 百万円 stored.
        QVERIFY2(raw > 3.0e7 && raw < 6.0e7, qPrintable(QString::number(raw)));
        double largest = 0;
        for (double v : view->values())
            largest = std::max(largest, v);
        // The legend's classes in 億円: the top break is the largest value ÷ 100.
        const QList<double> breaks = view->map()->breaks();
        QVERIFY(!breaks.isEmpty());
        RL_COMPARE_NEAR(breaks.last(), largest / 100.0, 1e-12);
        QCOMPARE(app::okuYenUnit(), u"億円"_s);
        // The tooltip: 億円 and the number in 億円.
        const QPointF at = view->map()->interiorPoint(u"23"_s);
        QMouseEvent move(QEvent::MouseMove, at, view->map()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->map(), &move);
        const QString tip = QToolTip::text();
        QToolTip::hideText();
        QVERIFY2(tip.contains(u"億円"_s) && !tip.contains(u"百万円"_s), qPrintable(tip));
        const QString okuDigits = QLocale().toString(raw / 100.0, 'f', 0);
        QVERIFY2(tip.contains(okuDigits), qPrintable(tip + u" / "_s + okuDigits));
        // The figures beside the map and the chart's axis.
        QString info;
        for (QLabel *label : view->findChildren<QLabel *>())
            info += label->text();
        QVERIFY2(info.contains(okuDigits + u" 億円"_s) && !info.contains(u"百万円"_s), qPrintable(info));
        // The chart: values in 億円 (at most 1,202,199 億円 for 東京都, not 120,219,929).
        auto *chart = view->findChild<widgets::AnalysisChart *>();
        QVERIFY(chart);
        QVERIFY2(chart->plot()->yAxis->label().contains(u"億円"_s), qPrintable(chart->plot()->yAxis->label()));
        QVERIFY2(chart->plot()->yAxis->range().upper < largest / 50.0,
                 qPrintable(QString::number(chart->plot()->yAxis->range().upper)));
    }
};

QTEST_MAIN(TestTextPolish)
#include "test_textpolish.moc"
