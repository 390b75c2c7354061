// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the 人口 / Population page, as pure functions of a result:
// what the figures say (commentary), the note under the chart of change by
// year, how to read the charts, and the sources with the items used. Built
// with the catalogue's indicator descriptions (survey and item names) and a
// language; the texts themselves follow the installed translator, in the
// page's translation context.
#pragma once

#include "datasets/adapters/populationadapter.h"
#include "datasets/catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace regionlens::app {

class PopulationCommentary
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::PopulationView)

public:
    // indicators: id → description, for survey names (国勢調査, 人口推計),
    // item names and sources; japanese: names in Japanese (else English
    // where the catalogue has it).
    PopulationCommentary(QHash<QString, datasets::IndicatorInfo> indicators, bool japanese);

    // What the results say, with numbers (HTML paragraphs).
    QString commentary(const datasets::population::Result &result) const;
    // Natural and social change year by year, region by region (HTML).
    QString componentsCommentary(const datasets::population::Result &result) const;
    // The note under the chart of change by year: what each line is ("" without components).
    QString componentsNote(const datasets::population::Result &result) const;
    // 出典: the population tables and the migration table, then the components'
    // sources with the items used ("SSDSE-B-2025 (出生数, 死亡数, …)").
    QStringList sources(const datasets::population::ChangeIndicators &components) const;
    static QString howToRead();

    // The survey's own name (国勢調査, 人口推計; the id when unknown).
    QString surveyName(const QString &indicator) const;
    // An indicator's display name (imported ones carry the file's header).
    QString indicatorName(const QString &id) const;
    // 出典 of one indicator ("" when unknown).
    QString sourceOf(const QString &indicator) const;
    QString ageLabel(const QString &code) const;
    bool japanese() const { return m_japanese; }

private:
    QHash<QString, datasets::IndicatorInfo> m_indicators;
    bool m_japanese = false;
};

} // namespace regionlens::app
