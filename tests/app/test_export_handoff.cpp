// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, exports an analyst hands over to Word, PowerPoint and Excel, for
// every figure of every page (the map page's chart included), in Japanese
// and English, for 愛知県:
// - SVG fills its declared canvas (rendered, its ink reaches as far as the
//   PNG's) and keeps labels whole: each label is one <text> element.
// - A figure PDF's text (pdftotext) is the text drawn: every string of the
//   figure (as the SVG holds it) word for word, no Kangxi radicals
//   (U+2E80–U+2FDF), ・ as U+30FB, no ligature code points.
// - The file's suffix decides the format whatever the filter; `file` agrees.
// - Every figure widget of a page is one of its figures; each has "Copy
//   figure" in its context menu, and Edit → Copy figure puts the figure
//   shown on the clipboard (QClipboard, offscreen).
// - Tables: every row, raw numbers, UTF-8 with BOM, read back by the tidy
//   importer with the same numbers.
#include "analysispage.h"
#include "datasets/csvreader.h"
#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "flowsview.h"
#include "languagemanager.h"
#include "lqtablemodel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "regionselection.h"
#include "widgets/analysischart.h"
#include "widgets/barchart.h"
#include "widgets/choroplethmap.h"
#include "widgets/circulationdiagram.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

const QSize kSize(1600, 1100);

struct Figure
{
    QString page;
    app::PageFigure figure;
};

// Every figure of every page of window (map page first), the pages done.
QList<Figure> allFigures(app::MainWindow &window)
{
    app::Workspace *ws = window.workspace();
    QList<Figure> out;
    ws->mapView()->waitForIdle();
    for (const app::PageFigure &f : ws->mapView()->figures())
        out.append({u"map"_s, f});
    for (app::AnalysisPage *page : ws->pages()) {
        page->waitForIdle();
        for (const app::PageFigure &f : page->figures())
            out.append({page->pageId(), f});
    }
    return out;
}

QString unescaped(QString text)
{
    return text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// The strings of an SVG's <text> elements, in order.
QStringList svgTexts(const QByteArray &svg)
{
    static const QRegularExpression re(u"<text [^>]*>([^<]*)</text>"_s);
    QStringList out;
    for (auto it = re.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        out << unescaped(it.next().captured(1));
    return out;
}

// The bounding box of the pixels darker than near-white.
QRect inkBox(const QImage &image)
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) < 235) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// pdftotext's text of path, white space removed; empty when pdftotext fails.
QString pdfText(const QString &pdftotext, const QString &path)
{
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

class TestExportHandoff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;

    void languageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("en") << u"en"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void figures_data() { languageRows(); }

    // SVG and PDF of every figure of every page.
    void figures()
    {
        QFETCH(QString, language);
        app::LanguageManager manager;
        manager.install(language);
        app::MainWindow window(m_store, manager);
        window.workspace()->selectRegion(u"23"_s);
        const QList<Figure> figures = allFigures(window);
        QVERIFY(figures.size() >= 20);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            qWarning("pdftotext (poppler-utils) is not installed: the PDFs' text is not checked");
        QTemporaryDir out;
        int barLabels = 0;
        for (const Figure &entry : figures) {
            const app::PageFigure &f = entry.figure;
            const QString name = entry.page + u'-' + f.id;
            const QString base = out.filePath(name);
            QString error;
            for (const QString suffix : {u".png"_s, u".svg"_s, u".pdf"_s})
                QVERIFY2(app::writeFigure(f, base + suffix, kSize, &error), qPrintable(error));

            // The SVG's canvas is the size asked for (1600 × 1100 px at 96
            // dpi), and its content fills it as the PNG's does.
            const QByteArray svg = readAll(base + u".svg"_s);
            QVERIFY2(svg.contains(R"(viewBox="0 0 1600 1100")"), qPrintable(name));
            QVERIFY2(svg.contains(R"(width="423.333mm" height="291.042mm")"), qPrintable(name));   // × 96 / 25.4
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(name));
            QImage drawn(kSize, QImage::Format_ARGB32);
            drawn.fill(Qt::white);
            QPainter painter(&drawn);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(kSize)));
            painter.end();
            const QRect svgInk = inkBox(drawn);
            const QRect pngInk = inkBox(QImage(base + u".png"_s));
            QVERIFY2(!pngInk.isEmpty(), qPrintable(name));
            // At least as far as the PNG's (QSvgRenderer sets the text in a
            // font of its own: a label may reach a few pixels further).
            constexpr int slack = 12;
            QVERIFY2(svgInk.left() <= pngInk.left() + slack && svgInk.top() <= pngInk.top() + slack
                         && svgInk.right() >= pngInk.right() - slack && svgInk.bottom() >= pngInk.bottom() - slack,
                     qPrintable(u"%1: SVG ink %2,%3–%4,%5, PNG ink %6,%7–%8,%9"_s.arg(name)
                                    .arg(svgInk.left()).arg(svgInk.top()).arg(svgInk.right()).arg(svgInk.bottom())
                                    .arg(pngInk.left()).arg(pngInk.top()).arg(pngInk.right()).arg(pngInk.bottom())));
            // The figure reaches the far corner of the canvas (the 72-dpi
            // SVG filled only 1192 × 783 of 1600 × 1100).
            QVERIFY2(svgInk.right() > 0.8 * kSize.width() && svgInk.bottom() > 0.9 * kSize.height(), qPrintable(name));

            // Whole strings: every bar label and a chart's title are one
            // <text> each (Qt's script runs made 愛知県の稼ぐ力 five).
            const QStringList texts = svgTexts(svg);
            QVERIFY2(!texts.isEmpty(), qPrintable(name));
            // A title wrapped onto lines (the pyramid's) is one <text> per line.
            if (auto *chart = qobject_cast<widgets::AnalysisChart *>(f.widget)) {
                bool whole = texts.contains(chart->title());
                for (qsizetype i = 0; !whole && i < texts.size(); ++i) {
                    QString lines = texts.at(i);
                    for (qsizetype j = i + 1; !whole && j < std::min(texts.size(), i + 4); ++j)
                        whole = squeezed(lines += texts.at(j)) == squeezed(chart->title());
                }
                QVERIFY2(whole, qPrintable(name + u": "_s + texts.join(u" | "_s)));
            }
            if (auto *bars = qobject_cast<widgets::BarChart *>(f.widget)) {
                for (const QString &label : bars->categories()) {
                    QVERIFY2(texts.count(label) == 1, qPrintable(name + u": "_s + label + u" in "_s + texts.join(u" | "_s)));
                    ++barLabels;
                }
            }

            // The PDF's text is the text drawn: each string of the SVG, no
            // radicals, ・ itself, no ligatures.
            if (pdftotext.isEmpty())
                continue;
            const QString text = pdfText(pdftotext, base + u".pdf"_s);
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            for (QChar c : text) {
                QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                         qPrintable(u"%1: radical U+%2"_s.arg(name).arg(c.unicode(), 4, 16)));
                QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06,
                         qPrintable(u"%1: ligature U+%2"_s.arg(name).arg(c.unicode(), 4, 16)));
                QVERIFY2(c != QChar(0x2027) && c != QChar(0xFF65), qPrintable(name + u": ・ as another dot"_s));
            }
            for (const QString &drawnText : texts)
                QVERIFY2(text.contains(squeezed(drawnText)),
                         qPrintable(u"%1: '%2' not in the PDF's text: %3"_s.arg(name, drawnText, text.left(400))));
        }
        QVERIFY(barLabels >= 18);   // the LQ ranking's industries at least
    }

    // Key strings and numbers of a Japanese and an English figure PDF, as
    // the report's test requires them of the report.
    void figurePdfKeyStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QStringList>("expected");
        // 愛知県's specialisation: the ranking names 製造業 (LQ 1.57 in the
        // 2021 census, the largest) and 電気・ガス・水道業 with U+30FB.
        QTest::newRow("ja LQ ranking") << u"ja"_s << u"industry"_s << u"lq_ranking"_s
                                       << QStringList{u"愛知県の特化係数"_s, u"製造業"_s, u"電気・ガス・水道業"_s,
                                                      u"特化係数（LQ）"_s, u"1.57"_s};
        // 愛知県's census population, 2020: 7,542,415 (令和2年国勢調査) drawn
        // on the axis range and the series; the axis tick 7,000,000.
        QTest::newRow("en population series") << u"en"_s << u"population"_s << u"population_series"_s
                                              << QStringList{u"Aichi"_s, u"7,000,000"_s, u"2020"_s};
    }

    void figurePdfKeyStrings()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QFETCH(QString, figure);
        QFETCH(QStringList, expected);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it");
        app::LanguageManager manager;
        manager.install(language);
        app::MainWindow window(m_store, manager);
        window.workspace()->selectRegion(u"23"_s);
        app::AnalysisPage *p = window.workspace()->page(page);
        QVERIFY(p);
        p->waitForIdle();
        const QList<app::PageFigure> figures = p->figures();
        const auto it = std::find_if(figures.cbegin(), figures.cend(), [&](const auto &f) { return f.id == figure; });
        QVERIFY(it != figures.cend());
        const QString path = m_dir.filePath(u"%1-%2.pdf"_s.arg(language, figure));
        QString error;
        QVERIFY2(app::writeFigure(*it, path, kSize, &error), qPrintable(error));
        const QString text = pdfText(pdftotext, path);
        for (const QString &s : std::as_const(expected))
            QVERIFY2(text.contains(squeezed(s)), qPrintable(s + u" not in: "_s + text.left(500)));
        QVERIFY2(text.contains(squeezed(it->caption)), qPrintable(it->caption));
    }

    // The suffix typed decides the format whatever the filter; a name
    // without one of ours gets the filter's. `file` names each format.
    void suffixDecidesFormat_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("filter");   // 0 PNG, 1 SVG, 2 PDF
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("fileSays");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("x.svg, PNG filter") << u"x.svg"_s << 0 << u"x.svg"_s << u"SVG"_s << QByteArray("<?xml");
        QTest::newRow("x.PDF, SVG filter") << u"x.PDF"_s << 1 << u"x.PDF"_s << u"PDF document"_s << QByteArray("%PDF-");
        QTest::newRow("x.png, PDF filter") << u"x.png"_s << 2 << u"x.png"_s << u"PNG image"_s
                                           << QByteArray("\x89PNG");
        QTest::newRow("x, SVG filter") << u"x"_s << 1 << u"x.svg"_s << u"SVG"_s << QByteArray("<?xml");
        QTest::newRow("x.jpg, PDF filter") << u"x.jpg"_s << 2 << u"x.jpg.pdf"_s << u"PDF document"_s
                                           << QByteArray("%PDF-");
    }

    void suffixDecidesFormat()
    {
        QFETCH(QString, typed);
        QFETCH(int, filter);
        QFETCH(QString, written);
        QFETCH(QString, fileSays);
        QFETCH(QByteArray, magic);
        QTemporaryDir out;
        const QString selected = app::figureExportFilter().split(u";;"_s).at(filter);
        const QString path = app::figureExportPath(out.filePath(typed), selected);
        QCOMPARE(path, out.filePath(written));
        app::LanguageManager manager;
        manager.install(u"en"_s);
        app::MainWindow window(m_store, manager);
        window.workspace()->mapView()->waitForIdle();
        QString error;
        QVERIFY2(app::writeFigure(window.workspace()->mapView()->figures().at(1), path, kSize, &error),
                 qPrintable(error));
        QVERIFY(readAll(path).startsWith(magic));
        const QString file = QStandardPaths::findExecutable(u"file"_s);
        if (file.isEmpty())
            QSKIP("file(1) is not installed: the magic bytes were checked");
        QProcess process;
        process.start(file, {u"-b"_s, path});
        QVERIFY(process.waitForFinished(10000));
        const QString says = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(says.contains(fileSays), qPrintable(says));
    }

    // Every figure widget a page holds is one of its figures (the report and
    // the Export menu list figures(), so none is left out), and each has
    // Copy figure / Export figure… in its context menu.
    void everyFigureWidgetExports()
    {
        app::LanguageManager manager;
        manager.install(u"en"_s);
        app::MainWindow window(m_store, manager);
        window.workspace()->selectRegion(u"23"_s);
        QList<QWidget *> pages{window.workspace()->mapView()};
        for (app::AnalysisPage *page : window.workspace()->pages())
            pages << page;
        for (QWidget *page : std::as_const(pages)) {
            auto *analysis = qobject_cast<app::AnalysisPage *>(page);
            if (analysis)
                analysis->waitForIdle();
            QList<app::PageFigure> figures =
                analysis ? analysis->figures() : window.workspace()->mapView()->figures();
            QList<QWidget *> registered;
            for (const app::PageFigure &f : std::as_const(figures))
                registered << f.widget;
            QList<QWidget *> shown;
            for (QWidget *w : page->findChildren<QWidget *>())
                if (qobject_cast<widgets::AnalysisChart *>(w) || qobject_cast<widgets::ChoroplethMap *>(w)
                    || qobject_cast<widgets::CirculationDiagram *>(w))
                    shown << w;
            for (QWidget *w : std::as_const(shown)) {
                // A page may hide a figure that has nothing to show (the
                // flows page's by-age chart without ages), never one it shows.
                if (!registered.contains(w) && w->isVisibleTo(page))
                    QFAIL(qPrintable(u"%1: %2 '%3' is no figure"_s.arg(
                        page->objectName(), QString::fromLatin1(w->metaObject()->className()), w->objectName())));
                if (!registered.contains(w))
                    continue;
                QVERIFY(w->findChild<QAction *>(u"copyFigureAction"_s, Qt::FindDirectChildrenOnly));
                QVERIFY(w->findChild<QAction *>(u"exportFigureAction"_s, Qt::FindDirectChildrenOnly));
                QCOMPARE(w->contextMenuPolicy(), Qt::ActionsContextMenu);
            }
        }
        // The map page's time series is a figure with its own context menu.
        QWidget *chart = window.workspace()->mapView()->figures().at(1).widget;
        QVERIFY(qobject_cast<widgets::AnalysisChart *>(chart));
        QApplication::clipboard()->clear();
        chart->findChild<QAction *>(u"copyFigureAction"_s)->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), kSize);
        QVERIFY(!inkBox(copied).isEmpty());
    }

    // Edit → Copy figure: the figure of the tab shown, as an image.
    void editCopyFigure_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("figure");
        QTest::newRow("map") << u"map"_s << -1 << u"map"_s;
        QTest::newRow("industry, first tab") << u"industry"_s << 0 << u"lq_ranking"_s;
        QTest::newRow("industry, 稼ぐ力 tab") << u"industry"_s << 1 << u"earning_power"_s;
        QTest::newRow("shift-share, first tab") << u"shiftshare"_s << 0 << u"shiftshare_bars"_s;
    }

    void editCopyFigure()
    {
        QFETCH(QString, page);
        QFETCH(int, tab);
        QFETCH(QString, figure);
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workspace()->selectRegion(u"23"_s);
        window.workspace()->showPage(page);
        app::AnalysisPage *analysis = window.workspace()->page(page);
        if (tab >= 0) {
            auto *tabs = analysis->findChild<QTabWidget *>();
            QVERIFY(tabs);
            tabs->setCurrentIndex(tab);
        }
        QApplication::clipboard()->clear();
        auto *action = window.findChild<QAction *>(u"copyCurrentFigure"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
        action->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), kSize);
        // The same pixels as that figure drawn alone.
        const QList<app::PageFigure> figures =
            analysis ? analysis->figures() : window.workspace()->mapView()->figures();
        const app::PageFigure *expected = nullptr;
        for (const app::PageFigure &f : figures)
            if (f.id == figure)
                expected = &f;
        QVERIFY(expected);
        QImage alone(kSize, QImage::Format_ARGB32_Premultiplied);
        alone.fill(Qt::white);
        QPainter painter(&alone);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        expected->paint(&painter, QRectF(QPointF(0, 0), QSizeF(kSize)));
        painter.end();
        QVERIFY2(copied.convertToFormat(QImage::Format_RGB32) == alone.convertToFormat(QImage::Format_RGB32),
                 qPrintable(expected->id));

        // The start page has none: nothing copied, false.
        window.workspace()->showPage(u"start"_s);
        QVERIFY(!window.copyCurrentFigure());
    }
    // Tables leave as the numbers behind them: the industry page's LQ
    // table (47 prefectures × industries, whatever the view shows) as CSV
    // (UTF-8 with BOM) holds each LQ as the shortest text of its double; a
    // tidy CSV written the same way from those figures, its cells shown
    // rounded ("1.57") and the first rows with thousands separators
    // ("2,619,685.43…"), reads back through the tidy importer (what
    // `regionlens-cli import` runs) with the very same doubles.
    void tableCsvRoundTrip()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.workspace()->selectRegion(u"23"_s);
        app::AnalysisPage *page = window.workspace()->page(u"industry"_s);
        page->waitForIdle();
        auto *view = page->findChild<app::LqTableView *>();
        QVERIFY(view);
        const app::LqTableModel &lq = *view->lqModel();
        QCOMPARE(lq.rowCount(), 47);
        QVERIFY(lq.columnCount() > 10);

        const QString lqPath = m_dir.filePath(u"lq.csv"_s);
        QString error;
        QVERIFY2(app::writeTableCsv(lq, lqPath, &error), qPrintable(error));
        const QByteArray bytes = readAll(lqPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        datasets::CsvReader reader(QString::fromUtf8(bytes.mid(3)));
        QStringList fields;
        QVERIFY(reader.next(&fields));
        QCOMPARE(fields.size(), lq.columnCount());
        int rows = 0;
        while (reader.next(&fields)) {
            QCOMPARE(fields.value(0), lq.data(lq.index(rows, 0)).toString());
            for (int c = 1; c < lq.columnCount(); ++c) {
                const double v = lq.data(lq.index(rows, c), Qt::EditRole).toDouble();
                if (std::isfinite(v))
                    QCOMPARE(fields.at(c).toDouble(), v);   // exactly: the shortest round-trip text
                else
                    QVERIFY(fields.at(c).isEmpty());
            }
            ++rows;
        }
        QCOMPARE(rows, 47);

        // The same figures as a tidy table, as a page shows it.
        QStandardItemModel tidy(0, 5);
        tidy.setHorizontalHeaderLabels({u"region_code"_s, u"industry_code"_s, u"year"_s, u"measure"_s, u"value"_s});
        QList<double> expected;
        for (int r = 0; r < lq.rowCount(); ++r) {
            for (int c = 1; c < lq.columnCount(); ++c) {
                double v = lq.data(lq.index(r, c), Qt::EditRole).toDouble();
                if (!std::isfinite(v))
                    continue;
                if (r < 3)
                    v *= 1e6;   // thousands separators on screen
                auto *value = new QStandardItem(widgets::formatNumber(v, 2));
                value->setData(v, app::RawValueRole);
                tidy.appendRow({new QStandardItem(lq.regionCode(r)), new QStandardItem(u"I%1"_s.arg(c)),
                                new QStandardItem(u"2021"_s), new QStandardItem(u"lq_roundtrip"_s), value});
                expected << v;
            }
        }
        QVERIFY(tidy.data(tidy.index(0, 4)).toString().contains(u','));
        const QString tidyPath = m_dir.filePath(u"tidy.csv"_s);
        QVERIFY2(app::writeTableCsv(tidy, tidyPath, &error), qPrintable(error));
        datasets::ImportRequest request;
        request.fileName = tidyPath;
        const datasets::ImportResult imported = datasets::readImport(request);
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        QCOMPARE(imported.format, u"tidy"_s);
        QCOMPARE(qsizetype(imported.records.size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const datasets::Observation o = imported.observation(i);
            QCOMPARE(o.region, tidy.data(tidy.index(int(i), 0)).toString());
            QCOMPARE(o.year, 2021);
            QCOMPARE(o.value, expected.at(i));   // the same double, bit for bit
        }
    }

    // The flows page's national table shows the largest 30 flows; Copy
    // table gives all flows of the year (47 × 46 prefecture pairs with
    // movers), raw movers, largest first.
    void flowsTableCopiesAllRows()
    {
        app::RegionSelection selection;
        app::FlowsView view(m_store, selection, true);
        QVERIFY(QTest::qWaitFor([&view] { return !view.isBusy(); }, 20000));
        view.setFocusOnly(false);
        QVERIFY(QTest::qWaitFor([&view] { return !view.isBusy(); }, 20000));
        QCOMPARE(view.table()->model()->rowCount(), 30);
        auto *copy = view.table()->findChild<QAction *>(u"copyTableAction"_s);
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY2(lines.size() - 1 > 1000, qPrintable(QString::number(lines.size())));
        QVERIFY(lines.size() - 1 <= 47 * 46);
        double previous = std::numeric_limits<double>::infinity();
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u'\t');
            QCOMPARE(cells.size(), 4);
            bool ok = false;
            const double movers = cells.at(2).toDouble(&ok);
            QVERIFY2(ok, qPrintable(line));   // no "20,087"
            QVERIFY(movers <= previous);
            previous = movers;
        }
        // The table's first row is the copy's first row.
        QCOMPARE(lines.at(1).section(u'\t', 0, 1),
                 view.table()->model()->index(0, 0).data().toString() + u'\t'
                     + view.table()->model()->index(0, 1).data().toString());
    }
    // The pages' tables keep their numbers in Qt::UserRole beside the text
    // shown (QTableWidgetItem): the number goes out when the text shows it.
    void userRoleNumbers_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("separators, rounded") << u"1,234.57"_s << QVariant(1234.5678) << u"1234.5678"_s;
        QTest::newRow("typographic minus") << u"−2,181"_s << QVariant(-2181.0) << u"-2181"_s;
        QTest::newRow("signed percent") << u"+12.3%"_s << QVariant(12.34) << u"12.34"_s;
        QTest::newRow("integer rank") << u"3"_s << QVariant(3) << u"3"_s;
        QTest::newRow("missing") << u"–"_s << QVariant(std::nan("")) << QString();
        QTest::newRow("another number: as shown") << u"1.00"_s << QVariant(5.0) << u"1.00"_s;
        QTest::newRow("words: as shown") << u"rank 3"_s << QVariant(3) << u"rank 3"_s;
        QTest::newRow("no number: as shown") << u"7,542,415"_s << QVariant() << u"7,542,415"_s;
    }

    void userRoleNumbers()
    {
        QFETCH(QString, shown);
        QFETCH(QVariant, value);
        QFETCH(QString, written);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({u"name"_s, u"value"_s});
        model.setItem(0, 0, new QStandardItem(u"愛知県"_s));
        auto *cell = new QStandardItem(shown);
        if (value.isValid())
            cell->setData(value, Qt::UserRole);
        model.setItem(0, 1, cell);
        QCOMPARE(app::tableAsTsv(model).split(u"\r\n"_s).value(1).section(u'\t', 1), written);
    }

    // Every result table of every page copies itself whole (all rows of its
    // model), numbers without thousands separators.
    void everyTableCopies()
    {
        app::LanguageManager manager;
        manager.install(u"ja"_s);
        app::MainWindow window(m_store, manager);
        window.workspace()->selectRegion(u"23"_s);
        int tables = 0;
        static const QRegularExpression separated(u"^[+−-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"_s);
        for (app::AnalysisPage *page : window.workspace()->pages()) {
            page->waitForIdle();
            for (QTableView *table : page->findChildren<QTableView *>()) {
                if (table->editTriggers() != QAbstractItemView::NoEditTriggers || !table->model())
                    continue;
                auto *copy = table->findChild<QAction *>(u"copyTableAction"_s, Qt::FindDirectChildrenOnly);
                QVERIFY2(copy, qPrintable(page->pageId() + u": a table without Copy table"_s));
                QApplication::clipboard()->clear();
                copy->trigger();
                const QStringList lines = QApplication::clipboard()->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
                QVERIFY2(lines.size() >= table->model()->rowCount() + 1, qPrintable(page->pageId()));
                for (const QString &line : lines.mid(1))
                    for (const QString &cell : line.split(u'\t'))
                        QVERIFY2(!separated.match(cell).hasMatch(), qPrintable(page->pageId() + u": "_s + line));
                ++tables;
            }
        }
        QVERIFY(tables >= 4);
    }
};

QTEST_MAIN(TestExportHandoff)
#include "test_export_handoff.moc"
