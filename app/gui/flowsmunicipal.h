// SPDX-License-Identifier: GPL-3.0-or-later
// The municipal level of the 人口移動 / Flows page: net migration by
// municipality for the net map — from flows between five-digit codes of the
// page's year (an imported municipal OD table), else from SSDSE-A's movers in
// and out — and, with municipal flows, the arrows between municipalities for
// the flow map (boundaries read and converted on the worker). It runs its job
// on a JobRunner of the page and says what the maps show; the page draws.
#pragma once

#include "commentarycontext.h"

#include "datasets/adapters/flowsadapter.h"
#include "widgets/choroplethmap.h"
#include "widgets/flowmap.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace regionlens::app {

class JobRunner;

class FlowsMunicipal
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::FlowsView)

public:
    explicit FlowsMunicipal(JobRunner *runner) : m_runner(runner) {}

    // Reads and computes the municipal migration of the flows' year on a
    // worker (names: qualified display names for the flow map's features);
    // delivered() runs on the GUI thread once the result is in.
    void start(int year, const QHash<QString, QString> &names, std::function<void()> delivered);
    // Forgets the result (the store changed).
    void clear();
    bool isBusy() const;
    const datasets::flows::MunicipalResult &result() const { return m_result; }

    // Flows between municipalities with their boundaries: the flow map can
    // draw municipal arrows.
    bool hasArrows() const;
    // The arrows with either end in the prefecture filter ("" = all), and
    // the features the flow map then shows: the filter's municipalities and
    // the partners at the other ends.
    QList<widgets::FlowArrow> arrows(const QString &filter) const;
    QList<widgets::MapFeature> features(const QString &filter, const QList<widgets::FlowArrow> &arrows) const;
    QString flowMapTitle(const QString &focus, const CommentaryContext &context) const;
    // Why the flow map stays on prefectures at municipal level.
    QString prefectureArrowsNote() const;
    // A municipality selected without flows between municipalities in the
    // store: the page shows its prefecture's flows; how to get the
    // municipality's own (plain text).
    // municipalFlows: the year has flows between municipalities (then: choose the municipal level).
    QString municipalityNote(const QString &code, const QString &prefecture, bool municipalFlows,
                             const CommentaryContext &context) const;

    // The net map at municipal level: its values (in persons or per 1,000),
    // title and the note under the level chooser.
    QHash<QString, double> netValues(bool perThousand) const;
    QString netMapTitle(bool perThousand, const QString &titleSuffix) const;
    QString levelNote() const;
    // The indicator the municipal figures come from ("" without any).
    QString sourceIndicator() const;
    // The status line for a picked municipality.
    QString pickedMessage(const QString &code, const CommentaryContext &context) const;

private:
    JobRunner *m_runner;
    datasets::flows::MunicipalResult m_result;
    QList<widgets::MapFeature> m_features;   // municipal boundaries, with municipal flows only
};

} // namespace regionlens::app
