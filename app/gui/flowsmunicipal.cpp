// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsmunicipal.h"

#include "boundaryadapter.h"
#include "flowscommentary.h"
#include "jobrunner.h"

#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::datasets::flows;

namespace regionlens::app {

namespace {

// The job's output: the net migration and, with municipal flows, the
// boundaries as map features (converted on the worker).
struct MunicipalJob
{
    MunicipalResult net;
    QList<widgets::MapFeature> features;
};

} // namespace

void FlowsMunicipal::start(int year, const QHash<QString, QString> &names, std::function<void()> delivered)
{
    MunicipalRequest request;
    request.year = year;          // municipal flows are of the page's year
    request.boundaries = true;    // for the flow map's arrows, with municipal flows
    // The municipal flows or SSDSE-A's movers and the populations (~5,000
    // values) read, the net rates computed, on a worker.
    m_runner->run([request](const Store &store) { return loadMunicipal(store, request); },
                  [names](const MunicipalInputs &inputs) {
                      return MunicipalJob{computeMunicipal(inputs), toMapFeatures(inputs.boundaries, names)};
                  },
                  [this, delivered = std::move(delivered)](MunicipalJob job) {
                      m_result = std::move(job.net);
                      m_features = std::move(job.features);
                      delivered();
                  });
}

void FlowsMunicipal::clear()
{
    m_runner->cancel();
    m_result = MunicipalResult();
    m_features.clear();
}

bool FlowsMunicipal::isBusy() const
{
    return m_runner->isBusy();
}

bool FlowsMunicipal::hasArrows() const
{
    return !isBusy() && m_result.source == MunicipalInputs::Source::Flows && !m_result.flows.isEmpty()
        && !m_features.isEmpty();
}

QList<widgets::FlowArrow> FlowsMunicipal::arrows(const QString &filter) const
{
    QList<widgets::FlowArrow> out;
    for (const FlowRecord &f : m_result.flows)
        if (filter.isEmpty() || f.origin.startsWith(filter) || f.destination.startsWith(filter))
            out.append({f.origin, f.destination, f.value});
    return out;
}

QList<widgets::MapFeature> FlowsMunicipal::features(const QString &filter,
                                                    const QList<widgets::FlowArrow> &arrows) const
{
    QSet<QString> ends;
    for (const widgets::FlowArrow &a : arrows)
        ends << a.origin << a.destination;
    QList<widgets::MapFeature> shown;
    for (const widgets::MapFeature &f : m_features)
        if (filter.isEmpty() || f.code.startsWith(filter) || ends.contains(f.code))
            shown.append(f);
    return shown;
}

QString FlowsMunicipal::flowMapTitle(const QString &focus, const CommentaryContext &context) const
{
    QString title = focus.isEmpty()
        ? tr("Largest migration flows between municipalities, %1").arg(m_result.year)
        : tr("Migration flows of %1, %2").arg(context.regionName(focus)).arg(m_result.year);
    if (focus.isEmpty() && !context.prefectureFilter.isEmpty())
        title += tr(", to or from %1").arg(context.prefectureFilterName);
    return title;
}

QString FlowsMunicipal::prefectureArrowsNote() const
{
    if (isBusy())
        return tr("Reading municipal migration…");
    return tr("The flow map shows prefectures: import moves between municipalities (an origin–destination "
              "table with five-digit municipality codes) to draw arrows between municipalities. SSDSE-A "
              "counts only movers in and out.");
}

QString FlowsMunicipal::municipalityNote(const QString &code, const QString &prefecture, bool municipalFlows,
                                         const CommentaryContext &context) const
{
    if (municipalFlows)
        return tr("%1 is a municipality: the store has flows between municipalities for this year; choose the "
                  "municipal level under the net map to draw them. This map shows the flows of %2.")
            .arg(context.regionName(code), context.regionName(prefecture));
    return tr("%1 is a municipality, but the migration table in the store (住民基本台帳人口移動報告, 第2表) counts "
              "moves between prefectures only, so this page shows the flows of %2. For the partners of %1 itself, "
              "import an origin–destination table with five-digit municipality codes (File → Import data…, "
              "columns origin_code, destination_code, year, value); SSDSE-A (A5101 転入者数, A5102 転出者数) "
              "gives its movers in and out only.")
        .arg(context.regionName(code), context.regionName(prefecture));
}

QHash<QString, double> FlowsMunicipal::netValues(bool perThousand) const
{
    return perThousand && !m_result.netPerThousand.isEmpty() ? m_result.netPerThousand : m_result.net;
}

QString FlowsMunicipal::netMapTitle(bool perThousand, const QString &titleSuffix) const
{
    const bool rates = perThousand && !m_result.netPerThousand.isEmpty();
    return (rates ? tr("Net migration per 1,000 inhabitants, %1").arg(m_result.year)
                  : tr("Net migration (in − out), %1").arg(m_result.year))
        + titleSuffix;
}

QString FlowsMunicipal::levelNote() const
{
    if (isBusy())
        return tr("Reading municipal migration…");
    if (m_result.source == MunicipalInputs::Source::None)
        return tr("No municipal migration in the store: import flows between five-digit municipality "
                  "codes, or SSDSE-A (its items A5101 転入者数 and A5102 転出者数).");
    if (m_result.source == MunicipalInputs::Source::InOut)
        return tr("In − out from SSDSE-A: moves between municipalities of the same prefecture count "
                  "too, unlike the flows between prefectures.");
    return {};
}

QString FlowsMunicipal::sourceIndicator() const
{
    switch (m_result.source) {
    case MunicipalInputs::Source::InOut: return m_result.inIndicator;
    case MunicipalInputs::Source::Flows: return u"migration"_s;
    case MunicipalInputs::Source::None: break;
    }
    return {};
}

QString FlowsMunicipal::pickedMessage(const QString &code, const CommentaryContext &context) const
{
    return m_result.net.contains(code)
        ? tr("%1: net migration %2 (%3)")
              .arg(context.regionName(code), FlowsCommentary::signedCount(m_result.net.value(code)))
              .arg(m_result.year)
        : tr("%1: no migration data").arg(context.regionName(code));
}

} // namespace regionlens::app
