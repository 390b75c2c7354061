// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the analysis views (産業構造, 成長要因, 人口, 人口移動): each one a page
// of the main window that follows the shared RegionSelection, states what it
// shows in words (the guided themes and the region report use that), and
// hands its figures to the report and the exporters.
#pragma once

#include "pagecontext.h"
#include "regionselection.h"

#include <QFutureWatcherBase>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QPainter;
class QRectF;

namespace regionlens::datasets {
class CatalogSnapshot;
class Store;
}

namespace regionlens::app {

class CatalogSource;
class JobRunner;
class PageFrame;
class RegionSelection;

// One figure of a page, drawn on demand into any painter (screen image, PDF
// page, SVG): the report and "export figure" both use it.
struct PageFigure
{
    QString id;        // stable, e.g. "lq_ranking"
    QString caption;   // translated
    std::function<void(QPainter *painter, const QRectF &target)> paint;
    // The widget that shows it on the page (its context menu copies and
    // exports it; Edit → Copy figure takes the one visible); may be null. The
    // report leaves the figure out while the page hides it (no data).
    QWidget *widget = nullptr;
};

// A page of the main window. A page built on the frame is its controls (added
// with frame().addControl()), its figures (frame().addTab() and
// frame().addFigure(): figures() and setLargeFonts() come from there), its
// jobs (addRunner(): one JobRunner per independent result; isBusy() and
// waitForIdle() cover them all) and its texts: commentary(), howToRead(),
// sources() and idleHint(), put on the frame by refreshText().
class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    // A page of the workspace: the catalogue is the workspace's.
    AnalysisPage(const PageContext &context, QWidget *parent = nullptr);
    // Standalone (tests, benchmarks): with a catalogue of its own, built here.
    AnalysisPage(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent = nullptr);
    ~AnalysisPage() override;

    virtual QString pageId() const = 0;   // "industry", "shiftshare", "population", "flows"
    virtual QString title() const = 0;    // translated
    // How to read this page's charts (translated, plain text, a few sentences).
    virtual QString howToRead() const = 0;
    // What the results say for the current selection, with numbers, never a
    // guess (translated; HTML paragraphs/lists allowed).
    virtual QString commentary() const = 0;
    // The frame's registered figures (frame().addFigure()), in that order.
    virtual QList<PageFigure> figures() const;
    // 出典 of the data shown (translated where the catalogue has both).
    virtual QStringList sources() const = 0;
    // Re-reads the store (after an import).
    virtual void reload() = 0;
    // False while the page has nothing to report for the current state (the
    // 経済波及効果 page before a demand is entered): the region report then
    // leaves its section out. Asked after waitForIdle().
    virtual bool inReport() const { return true; }
    // The two-page summary: true puts the page in it by default (besides
    // industry, shiftshare, population, flows); summaryFigure() is the id of
    // the figure it shows there ("" = the report's choice, else the first).
    virtual bool inSummary() const { return false; }
    virtual QString summaryFigure() const { return {}; }
    // Blocks until background work for the current selection has finished
    // and its results are shown; the region report and tests call it before
    // reading commentary() or painting figures(). By default: catches up on
    // a selection change missed while hidden, then drains every runner.
    virtual void waitForIdle();
    // Larger fonts for projectors: the frame's figures, commentary, tables.
    virtual void setLargeFonts(bool on);
    // True while one of the page's runners is computing.
    bool isBusy() const;
    // The region single-region figures describe: a combined group's row
    // ("group:…"), else the first selected region, else 東京都 ("13").
    QString focusRegion() const;

    datasets::Store &store() const { return m_store; }
    RegionSelection &selection() const { return m_selection; }
    // The UI language: the catalogue's (it follows a live switch).
    bool japanese() const;

protected:
    // The page's frame, made (and installed as the page's layout) on first use.
    PageFrame &frame() const;
    // A runner for one independent result, owned by the page; while any is
    // busy the hint says "Computing…".
    JobRunner *addRunner();
    // Puts commentary(), howToRead(), sources() and the hint on the frame.
    void refreshText();
    // The hint next to the controls while nothing is computing (e.g. "Select
    // a region…"); "" for none.
    virtual QString idleHint() const { return {}; }
    // Display names by code (set by reload()); regionName() names a
    // combined group's row after its preset ("東京圏") or "N regions combined".
    void setRegionNames(const QHash<QString, QString> &names) { m_regionNames = names; }
    const QHash<QString, QString> &regionNames() const { return m_regionNames; }
    QString regionName(const QString &code) const;
    QString aggregateName() const;
    // True when a result with these rows cannot show the selection: a
    // combined group without its row, or a stale group row to drop.
    bool resultMissesSelection(const QStringList &resultRegions) const;

    // Fills a measure chooser with those of measures (indicator id, label)
    // that have at least minYears prefectural years; keeps the current
    // choice where it is still offered, else chooses preferred (no signal).
    void fillMeasures(QComboBox *box, const QList<std::pair<QString, QString>> &measures, int minYears,
                      const QString &preferred = QStringLiteral("employees")) const;

    // A chooser's current item data; chooseData() makes the item with that
    // data current (nothing when there is none).
    static QVariant currentData(const QComboBox *box);
    static void chooseData(QComboBox *box, const QVariant &data);

    // The indicator's 出典 in the UI language (the Japanese one where there is
    // no English), "" for an unknown or empty id.
    QString sourceOf(const QString &indicator) const;

    // The catalogue (indicators, years, names, groups, boundaries) the page
    // reads on the GUI thread: the current snapshot, no SQL. reload() is
    // called when a newer one is in (after an import).
    const datasets::CatalogSnapshot &catalog() const;
    // Its names in the UI language and map features, made once per snapshot.
    const CatalogSource &catalogSource() const { return *m_catalog; }

    // Runs react() on every change of the shared selection — except on a page
    // hidden behind another in a shown window, which reacts once when it is
    // shown again (or when asked to waitForIdle()): a region change then costs
    // only the visible page. Offscreen pages (the region report) react at once.
    void onSelectionChanged(std::function<void()> react);
    // Catches up on a change that arrived while hidden; waitForIdle() calls it.
    void catchUpSelection();
    void showEvent(QShowEvent *event) override;

    // On a live language switch (QEvent::LanguageChange): the texts a page
    // gives its figures once, when it is built (axis, quadrant and reference
    // line labels). Texts of widgets from tr() need nothing here
    // (LanguageManager retranslates them), and results, titles and the
    // commentary are redrawn by reload() once the catalogue's names are in
    // the new language. Pages call it at the end of their construction too.
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

    // For pages not yet on the JobRunner: waits for the watcher's future and
    // delivers its own "finished" (a posted event) without spinning the whole
    // event loop; a newer request may follow, hence the loop while busy.
    static void drainWatcher(QFutureWatcherBase &watcher, const std::function<bool()> &busy);

signals:
    void statusMessage(const QString &text);
    // The commentary or figures changed (new selection, new data).
    void contentChanged();

private:
    void updateHint();

    datasets::Store &m_store;
    CatalogSource *m_catalog;
    RegionSelection &m_selection;
    std::function<void()> m_react;
    bool m_selectionStale = false;
    mutable PageFrame *m_frame = nullptr;
    QList<JobRunner *> m_runners;
    QHash<QString, QString> m_regionNames;
};

} // namespace regionlens::app
