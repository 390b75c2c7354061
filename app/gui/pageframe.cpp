// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageframe.h"

#include "analysisviewsupport.h"
#include "exportsupport.h"
#include "flowlayout.h"
#include "widgets/chartrendering.h"

#include <QAction>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// Point size of the commentary and tables and height of table rows; in
// projector mode both are kLargeFontScale times larger (13 pt, 30 px).
constexpr double kTextPoints = 9.5;
constexpr double kLargeTextPoints = kTextPoints * widgets::kLargeFontScale;
constexpr int kRowHeight = 22;
const int kLargeRowHeight = int(std::lround(kRowHeight * widgets::kLargeFontScale));

} // namespace

PageFrame::PageFrame(QWidget *page) : QObject(page), m_page(page)
{
    m_hint = new QLabel(page);
    setLabelColour(m_hint, QColor(0x55, 0x55, 0x55));
    m_hint->setWordWrap(true);
    m_controls = new FlowLayout;
    m_controls->setSpacing(6);
    m_controls->setFiller(m_hint);

    m_tabs = new QTabWidget(page);
    m_tabs->setTabBarAutoHide(true);
    m_figures = m_tabs;

    m_commentary = new QLabel(page);
    m_commentary->setObjectName(u"commentary"_s);
    m_commentary->setWordWrap(true);
    m_commentary->setTextFormat(Qt::RichText);
    m_commentary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_commentary->setMargin(8);
    m_commentary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_commentary);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(250);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea { background: #f7f7f5; } QLabel#commentary { background: #f7f7f5; }"_s);
    m_commentaryPanel = scroll;
    m_texts << m_commentary;

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_commentaryPanel);
    m_splitter->setChildrenCollapsible(false);
    applyStretch();

    m_source = new QLabel(page);
    m_source->setObjectName(u"sourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    setLabelColour(m_source, QColor(0x55, 0x55, 0x55));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(m_controls);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_source);
}

void PageFrame::addControl(const QString &label, QWidget *control, int spacingBefore)
{
    if (!label.isEmpty()) {
        auto *text = new QLabel(label, m_page);
        setLabelColour(text, QColor(0x44, 0x44, 0x44));
        m_controls->insertWidget(text, false, spacingBefore);
    }
    m_controls->insertWidget(control, !label.isEmpty(), spacingBefore);
}

void PageFrame::setHint(const QString &text)
{
    m_hint->setText(text);
}

int PageFrame::addTab(QWidget *figures, const QString &title)
{
    return m_tabs->addTab(figures, title);
}

void PageFrame::replace(QWidget *old, QWidget *widget)
{
    // The splitter lets go of the replaced widget (no parent): it stays the
    // page's, hidden.
    m_splitter->replaceWidget(m_splitter->indexOf(old), widget);
    old->setParent(m_page);
    old->hide();
}

void PageFrame::setFigureWidget(QWidget *figures)
{
    replace(m_figures, figures);
    m_figures = figures;
    applyStretch();
}

void PageFrame::setLeadingPanel(QWidget *panel)
{
    if (m_leading)
        replace(m_leading, panel);
    else
        m_splitter->insertWidget(0, panel);
    m_leading = panel;
    applyStretch();
}

void PageFrame::setSidePanel(QWidget *panel)
{
    if (m_side)
        replace(m_side, panel);
    else
        m_splitter->insertWidget(m_splitter->indexOf(m_commentaryPanel), panel);
    m_side = panel;
    applyStretch();
}

void PageFrame::applyStretch()
{
    // Figures 5, side panel 4, commentary 2 (and a leading panel 2).
    const std::pair<QWidget *, int> stretch[] = {{m_leading, 2}, {m_figures, 5}, {m_side, 4}, {m_commentaryPanel, 2}};
    for (const auto &[widget, factor] : stretch)
        if (widget && m_splitter->indexOf(widget) >= 0)
            m_splitter->setStretchFactor(m_splitter->indexOf(widget), factor);
}

void PageFrame::addFigure(PageFigure figure, std::function<QString()> caption, std::function<void(bool)> largeFonts)
{
    if (QWidget *widget = figure.widget) {
        const qsizetype index = m_registered.size();
        addFigureActions(widget, [this, index] {
            const Figure &f = m_registered.at(index);
            PageFigure out = f.figure;
            if (f.caption)
                out.caption = f.caption();
            return out;
        });
    }
    m_registered.append(Figure{std::move(figure), std::move(caption), std::move(largeFonts)});
}

QList<PageFigure> PageFrame::figures() const
{
    QList<PageFigure> out;
    for (const Figure &f : m_registered) {
        PageFigure figure = f.figure;
        if (f.caption)
            figure.caption = f.caption();
        out.append(figure);
    }
    return out;
}

void PageFrame::addScaledTable(QTableView *table)
{
    // A result table (not an input one) copies and exports itself: Copy table, Export CSV….
    if (table->editTriggers() == QAbstractItemView::NoEditTriggers
        && !table->findChild<QAction *>(u"copyTableAction"_s, Qt::FindDirectChildrenOnly))
        addTableExportActions(table);
    table->verticalHeader()->setDefaultSectionSize(m_large ? kLargeRowHeight : kRowHeight);
    m_tables.append(table);
}

void PageFrame::addScaledText(QWidget *widget)
{
    m_texts.append(widget);
}

void PageFrame::setLargeFonts(bool on)
{
    m_large = on;
    for (const Figure &f : std::as_const(m_registered))
        if (f.largeFonts)
            f.largeFonts(on);
    QFont font = m_page->font();
    font.setPointSizeF(on ? kLargeTextPoints : kTextPoints);
    for (QWidget *w : std::as_const(m_texts))
        w->setFont(font);
    for (QTableView *table : std::as_const(m_tables)) {
        table->setFont(font);
        table->verticalHeader()->setDefaultSectionSize(on ? kLargeRowHeight : kRowHeight);
    }
}

void PageFrame::setCommentary(const QString &html, const QString &howToRead)
{
    m_commentary->setText(u"<h2>%1</h2>"_s.arg(tr("What the figures say")) + html
                          + u"<h2>%1</h2><p style='color:#444'>%2</p>"_s.arg(tr("How to read"),
                                                                             howToRead.toHtmlEscaped()));
    // The label's new height reaches its scroll area only through the area's
    // own layout request: a text set while the page is hidden (a language
    // switch, a region chosen on another page) would otherwise keep the old
    // height and clip the end of a longer text.
    QCoreApplication::postEvent(m_commentaryPanel, new QEvent(QEvent::LayoutRequest));
}

void PageFrame::setSources(const QStringList &sources)
{
    QStringList parts;
    for (const QString &s : sources)
        parts << s.toHtmlEscaped();
    m_source->setText(tr("<b>Source:</b> %1").arg(parts.join(u" / "_s)));
}

} // namespace regionlens::app
