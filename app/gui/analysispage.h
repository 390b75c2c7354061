// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the analysis views (産業構造, 成長要因, 人口, 人口移動): each one a page
// of the main window that follows the shared RegionSelection, states what it
// shows in words (the guided themes and the region report use that), and
// hands its figures to the report and the exporters.
#pragma once

#include "regionselection.h"

#include <QCoreApplication>
#include <QFutureWatcherBase>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>

class QPainter;
class QRectF;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class RegionSelection;

// One figure of a page, drawn on demand into any painter (screen image, PDF
// page, SVG): the report and "export figure" both use it.
struct PageFigure
{
    QString id;        // stable, e.g. "lq_ranking"
    QString caption;   // translated
    std::function<void(QPainter *painter, const QRectF &target)> paint;
};

class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    AnalysisPage(datasets::Store &store, RegionSelection &selection, bool japanese,
                 QWidget *parent = nullptr)
        : QWidget(parent), m_store(store), m_selection(selection), m_japanese(japanese)
    {
    }

    virtual QString pageId() const = 0;   // "industry", "shiftshare", "population", "flows"
    virtual QString title() const = 0;    // translated
    // How to read this page's charts (translated, plain text, a few sentences).
    virtual QString howToRead() const = 0;
    // What the results say for the current selection, with numbers, never a
    // guess (translated; HTML paragraphs/lists allowed).
    virtual QString commentary() const = 0;
    virtual QList<PageFigure> figures() const = 0;
    // 出典 of the data shown (translated where the catalogue has both).
    virtual QStringList sources() const = 0;
    // Re-reads the store (after an import).
    virtual void reload() = 0;
    // Blocks until background work for the current selection has finished
    // and its results are shown; the region report and tests call it before
    // reading commentary() or painting figures().
    virtual void waitForIdle() {}
    // Larger fonts for projectors.
    virtual void setLargeFonts(bool on) { Q_UNUSED(on); }

    datasets::Store &store() const { return m_store; }
    RegionSelection &selection() const { return m_selection; }
    bool japanese() const { return m_japanese; }

protected:
    // Runs react() on every change of the shared selection — except on a page
    // hidden behind another in a shown window, which reacts once when it is
    // shown again (or when asked to waitForIdle()): a region change then costs
    // only the visible page. Offscreen pages (the region report) react at once.
    void onSelectionChanged(std::function<void()> react)
    {
        m_react = std::move(react);
        connect(&m_selection, &RegionSelection::changed, this, [this] {
            if (!isVisible() && window() != this && window()->isVisible()) {
                m_selectionStale = true;
                return;
            }
            m_selectionStale = false;
            m_react();
        });
    }
    // Catches up on a change that arrived while hidden; waitForIdle() calls it.
    void catchUpSelection()
    {
        if (std::exchange(m_selectionStale, false) && m_react)
            m_react();
    }
    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        catchUpSelection();
    }

    // For waitForIdle(): waits for the watcher's future and delivers its own
    // "finished" (a posted event) without spinning the whole event loop; a
    // newer request may follow, hence the loop while the page says it is busy.
    static void drainWatcher(QFutureWatcherBase &watcher, const std::function<bool()> &busy)
    {
        for (int guard = 0; busy() && guard < 100; ++guard) {
            watcher.waitForFinished();
            QCoreApplication::sendPostedEvents(&watcher);
        }
    }

signals:
    void statusMessage(const QString &text);
    // The commentary or figures changed (new selection, new data).
    void contentChanged();

private:
    datasets::Store &m_store;
    RegionSelection &m_selection;
    bool m_japanese;
    std::function<void()> m_react;
    bool m_selectionStale = false;
};

} // namespace regionlens::app
