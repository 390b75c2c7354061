// SPDX-License-Identifier: GPL-3.0-or-later
// PageFrame: the layout every analysis page is built from, so that a page is
// only its controls, its figures and its commentary function.
//
//   ┌ controls row: [label] [control] … [hint, stretching] ────────────────┐
//   │ leading panel? │ figures (tabs, or one widget) │ side panel? │ commentary│
//   └ source line ─────────────────────────────────────────────────────────┘
//
// - addControl(label, widget): a grey label and a control, left to right,
//   wrapping onto more lines when the page is narrow (FlowLayout); the hint
//   line (hint(), setHint()) takes the rest of the last line.
// - addTab(widget, title): a figure tab (the tab bar hides itself while
//   there is one tab); setFigureWidget(widget) instead of tabs for a page
//   whose figures share one area.
// - setLeadingPanel(widget) (e.g. a region list) and setSidePanel(widget)
//   (e.g. MapLevelControl::mapPanel()) around the figures; one each.
// - addFigure(id, chart): registers a figure for figures() (report, export:
//   its title() and render(painter, rect)) and for setLargeFonts() when the
//   chart has setLargeFonts(bool); addFigure(PageFigure, largeFonts) for
//   anything else. figures() keeps the order of registration. The figure's
//   widget gets "Copy figure" and "Export figure…" in its context menu.
// - addScaledTable(view) / addScaledText(widget): also scaled by
//   setLargeFonts() (tables get taller rows). A read-only table also gets
//   Copy table / Export CSV… (exportsupport.h), numbers raw.
// - setCommentary(html, howToRead): the scrollable commentary panel,
//   "What the figures say" + html + "How to read" + howToRead;
//   setSources(list): the source line.
// AnalysisPage owns one and fills the texts from commentary(), howToRead(),
// sources() and hint() (see AnalysisPage::refreshText()).
#pragma once

#include "analysispage.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;

namespace regionlens::app {

class FlowLayout;

class PageFrame : public QObject
{
    Q_OBJECT

public:
    // Installs the frame's layout on page (which must have none yet).
    explicit PageFrame(QWidget *page);

    void addControl(const QString &label, QWidget *control, int spacingBefore = 10);
    QLabel *hint() const { return m_hint; }
    void setHint(const QString &text);

    int addTab(QWidget *figures, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    void setFigureWidget(QWidget *figures);
    void setLeadingPanel(QWidget *panel);
    void setSidePanel(QWidget *panel);

    template<typename Chart>
    void addFigure(const QString &id, Chart *chart)
    {
        std::function<void(bool)> large;
        if constexpr (requires { chart->setLargeFonts(true); })
            large = [chart](bool on) { chart->setLargeFonts(on); };
        addFigure(PageFigure{id, {}, [chart](QPainter *p, const QRectF &r) { chart->render(p, r); }, chart},
                  [chart] { return chart->title(); }, std::move(large));
    }
    // caption() gives the figure's caption when figures() is asked. A figure
    // with a widget gets "Copy figure" and "Export figure…" in the widget's
    // context menu (exportsupport.h: addFigureActions).
    void addFigure(PageFigure figure, std::function<QString()> caption, std::function<void(bool)> largeFonts = {});
    QList<PageFigure> figures() const;

    void addScaledTable(QTableView *table);
    void addScaledText(QWidget *widget);
    void setLargeFonts(bool on);
    bool largeFonts() const { return m_large; }

    void setCommentary(const QString &html, const QString &howToRead);
    void setSources(const QStringList &sources);
    QLabel *commentaryLabel() const { return m_commentary; }
    QLabel *sourceLabel() const { return m_source; }

private:
    struct Figure
    {
        PageFigure figure;
        std::function<QString()> caption;
        std::function<void(bool)> largeFonts;
    };
    void applyStretch();
    void replace(QWidget *old, QWidget *widget);

    QWidget *m_page;
    FlowLayout *m_controls = nullptr;
    QLabel *m_hint = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_figures = nullptr;   // m_tabs or the page's figure widget
    QWidget *m_leading = nullptr;
    QWidget *m_side = nullptr;
    QWidget *m_commentaryPanel = nullptr;
    QLabel *m_commentary = nullptr;
    QLabel *m_source = nullptr;
    QList<Figure> m_registered;
    QList<QTableView *> m_tables;
    QList<QWidget *> m_texts;
    bool m_large = false;
};

} // namespace regionlens::app
