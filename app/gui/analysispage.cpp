// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysispage.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "datasets/store.h"
#include "jobrunner.h"
#include "pageframe.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcherBase>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace regionlens::app {

AnalysisPage::AnalysisPage(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_store(context.store), m_catalog(&context.catalog), m_selection(context.selection)
{
}

AnalysisPage::AnalysisPage(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : QWidget(parent), m_store(store), m_catalog(CatalogSource::createBuilt(store, japanese)), m_selection(selection)
{
    m_catalog->setParent(this);
}

QString AnalysisPage::sourceOf(const QString &indicator) const
{
    const std::optional<datasets::IndicatorInfo> info =
        indicator.isEmpty() ? std::nullopt : catalog().indicator(indicator);
    if (!info)
        return {};
    return japanese() || info->sourceEn.isEmpty() ? info->sourceJa : info->sourceEn;
}

bool AnalysisPage::japanese() const
{
    return m_catalog->japanese();
}

const datasets::CatalogSnapshot &AnalysisPage::catalog() const
{
    return m_catalog->snapshot();
}

AnalysisPage::~AnalysisPage()
{
    // The runners stop and wait for their jobs before the page's members go.
    qDeleteAll(std::exchange(m_runners, {}));
}

PageFrame &AnalysisPage::frame() const
{
    if (!m_frame)
        m_frame = new PageFrame(const_cast<AnalysisPage *>(this));
    return *m_frame;
}

JobRunner *AnalysisPage::addRunner()
{
    auto *runner = new JobRunner(m_store);
    m_runners.append(runner);
    connect(runner, &JobRunner::busyChanged, this, &AnalysisPage::updateHint);
    return runner;
}

bool AnalysisPage::isBusy() const
{
    return std::any_of(m_runners.begin(), m_runners.end(), [](const JobRunner *r) { return r->isBusy(); });
}

QString AnalysisPage::focusRegion() const
{
    const QList<datasets::RegionAggregate> aggregates = selectionAggregates(m_selection);
    if (!aggregates.isEmpty())
        return aggregates.first().code;
    return m_selection.isEmpty() ? u"13"_s : m_selection.primary();
}

QString AnalysisPage::regionName(const QString &code) const
{
    return code.startsWith(u"group:") ? aggregateName() : m_regionNames.value(code, code);
}

QString AnalysisPage::aggregateName() const
{
    return app::aggregateName(catalog(), m_selection, japanese());
}

bool AnalysisPage::resultMissesSelection(const QStringList &resultRegions) const
{
    const QList<datasets::RegionAggregate> wanted = selectionAggregates(m_selection);
    if (wanted.isEmpty())
        return resultRegions.size() > 47;
    return !resultRegions.contains(wanted.first().code);
}

void AnalysisPage::fillMeasures(QComboBox *box, const QList<std::pair<QString, QString>> &measures, int minYears,
                                const QString &preferred) const
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto &[id, label] : measures)
        if (catalog().indicator(id) && catalog().years(id, datasets::RegionLevel::Prefecture).size() >= minYears)
            box->addItem(label, id);
    box->setCurrentIndex(std::max(0, box->findData(current.isEmpty() ? preferred : current)));
}

QVariant AnalysisPage::currentData(const QComboBox *box)
{
    return box->currentData();
}

void AnalysisPage::chooseData(QComboBox *box, const QVariant &data)
{
    if (const int index = box->findData(data); index >= 0)
        box->setCurrentIndex(index);
}

void AnalysisPage::waitForIdle()
{
    catchUpSelection();
    // A delivery may start a job on another runner: drain until all are idle.
    for (int guard = 0; isBusy() && guard < 100; ++guard)
        for (JobRunner *runner : std::as_const(m_runners))
            runner->drain();
}

QList<PageFigure> AnalysisPage::figures() const
{
    return m_frame ? m_frame->figures() : QList<PageFigure>();
}

void AnalysisPage::setLargeFonts(bool on)
{
    frame().setLargeFonts(on);
}

void AnalysisPage::refreshText()
{
    frame().setCommentary(commentary(), howToRead());
    frame().setSources(sources());
    updateHint();
}

void AnalysisPage::updateHint()
{
    if (m_frame)
        m_frame->setHint(isBusy() ? tr("Computing…") : idleHint());
}

void AnalysisPage::onSelectionChanged(std::function<void()> react)
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

void AnalysisPage::catchUpSelection()
{
    if (std::exchange(m_selectionStale, false) && m_react)
        m_react();
}

void AnalysisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUpSelection();
}

void AnalysisPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHint();
    }
}

void AnalysisPage::drainWatcher(QFutureWatcherBase &watcher, const std::function<bool()> &busy)
{
    for (int guard = 0; busy() && guard < 100; ++guard) {
        watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&watcher);
    }
}

} // namespace regionlens::app
