// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommentary.h"

#include "messagetexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
namespace compare = regionlens::datasets::compareadapter;

namespace regionlens::app {

namespace {

// The page's words keep the page's translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(regionlens::app::CompareView)
};

QString percentileText(double p)
{
    return QString::number(std::lround(p));
}

// "医師数（百分位63、31中12位）" — one named indicator.
QString item(const compare::Row &row, bool japanese)
{
    const QString name = japanese || row.nameEn.isEmpty() ? row.nameJa : row.nameEn;
    return Text::tr("%1 (percentile %2, rank %3 of %4)")
        .arg(name.toHtmlEscaped(), percentileText(row.percentile))
        .arg(row.rank)
        .arg(row.n);
}

QString list(const QList<const compare::Row *> &rows, bool japanese)
{
    QStringList items;
    for (const compare::Row *row : rows)
        items << item(*row, japanese);
    return items.join(Text::tr(", "));
}

} // namespace

QString indicatorLabel(const compare::Row &row, bool japanese)
{
    const QString name = japanese || row.nameEn.isEmpty() ? row.nameJa : row.nameEn;
    if (!row.perApplied)
        return name;
    return Text::tr("%1 (%2)").arg(name, japanese ? row.unitJa : row.unitEn);
}

QString peersDescription(compare::PeerMode mode, bool municipal, int count, const QString &prefectureName)
{
    switch (mode) {
    case compare::PeerMode::Similar:
        return municipal ? Text::tr("the %1 most similar municipalities").arg(count)
                         : Text::tr("the %1 most similar prefectures").arg(count);
    case compare::PeerMode::Prefecture:
        return municipal ? Text::tr("the other %1 municipalities of %2").arg(count).arg(prefectureName)
                         : Text::tr("the other %1 prefectures of its region block").arg(count);
    case compare::PeerMode::List:
        break;
    }
    return Text::tr("the %1 regions chosen").arg(count);
}

QString compareCommentary(const CompareCommentaryInput &in)
{
    const compare::Result &r = in.result;
    const QString name = in.regionName.toHtmlEscaped();
    if (!r.error.isEmpty())
        return Text::tr("<p>No comparison for %1: %2</p>").arg(name, importText(r.error).toHtmlEscaped());
    QList<const compare::Row *> ranked;
    for (const compare::Row &row : r.rows)
        if (std::isfinite(row.percentile))
            ranked << &row;
    if (r.rows.isEmpty() && !in.emptyNote.isEmpty())
        return u"<p>%1</p>"_s.arg(in.emptyNote.toHtmlEscaped());
    if (ranked.isEmpty() || r.peers.isEmpty())
        return Text::tr("<p>No indicator to compare %1 with its peers on.</p>").arg(name);
    // Highest percentile first; ties by the catalogue's order (stable).
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const compare::Row *a, const compare::Row *b) { return a->percentile > b->percentile; });
    const bool municipal = r.level == datasets::RegionLevel::Municipality;
    const QString peers = peersDescription(in.peers, municipal, int(r.peers.size()), in.prefectureName).toHtmlEscaped();
    const qsizetype top = std::count_if(ranked.cbegin(), ranked.cend(),
                                        [](const compare::Row *row) { return row->percentile >= 90.0; });
    const qsizetype bottom = std::count_if(ranked.cbegin(), ranked.cend(),
                                           [](const compare::Row *row) { return row->percentile <= 10.0; });
    QString html = u"<h3>%1</h3>"_s.arg(name);
    const QString theme = in.themeName.isEmpty() ? Text::tr("all themes") : in.themeName.toHtmlEscaped();
    const qsizetype count = ranked.size();
    if (top > 0 && bottom > 0)
        html += Text::tr("<p>Among %1, %2 is in the top 10 % on %3 and in the bottom 10 % on %4 of the %5 indicators "
                         "of %6.</p>")
                    .arg(peers, name)
                    .arg(top)
                    .arg(bottom)
                    .arg(count)
                    .arg(theme);
    else if (top > 0 || bottom > 0)
        html += (top > 0 ? Text::tr("<p>Among %1, %2 is in the top 10 % on %3 of the %4 indicators of %5, and in the "
                                    "bottom 10 % on none.</p>")
                         : Text::tr("<p>Among %1, %2 is in the bottom 10 % on %3 of the %4 indicators of %5, and in the "
                                    "top 10 % on none.</p>"))
                    .arg(peers, name)
                    .arg(std::max(top, bottom))
                    .arg(count)
                    .arg(theme);
    else
        html += Text::tr("<p>Among %1, %2 is in neither the top nor the bottom 10 % on any of the %3 indicators of "
                         "%4.</p>")
                    .arg(peers, name)
                    .arg(count)
                    .arg(theme);
    QList<const compare::Row *> high, low;
    for (qsizetype i = 0; i < ranked.size() && high.size() < in.named; ++i)
        if (ranked.at(i)->percentile > 50.0)
            high << ranked.at(i);
    for (qsizetype i = ranked.size() - 1; i >= 0 && low.size() < in.named; --i)
        if (ranked.at(i)->percentile < 50.0)
            low << ranked.at(i);
    if (!high.isEmpty())
        html += Text::tr("<p>Highest relative to the peers: %1.</p>").arg(list(high, in.japanese));
    if (!low.isEmpty())
        html += Text::tr("<p>Lowest relative to the peers: %1.</p>").arg(list(low, in.japanese));
    if (high.isEmpty() && low.isEmpty())
        html += Text::tr("<p>%1 is at its peers' median on every indicator.</p>").arg(name);
    if (!in.perText.isEmpty())
        html += u"<p>%1</p>"_s.arg(in.perText.toHtmlEscaped());
    return html;
}

QString compareHowToRead()
{
    return Text::tr("Profile: one row per indicator; the dot is the region's percentile among its peers (50 = the "
                    "peers' median, 100 = above every peer), blue in the top quarter, orange in the bottom quarter; "
                    "the shaded bands are the top and bottom 10 %. Counts are divided by population (or area, "
                    "households) as chosen, so that large and small regions compare. Higher is not always better "
                    "(e.g. children on waiting lists). Scatter: every region of the level, the peers in orange, the "
                    "region in blue, with the least-squares line and Pearson's r over all regions. Hover for the "
                    "numbers.");
}

} // namespace regionlens::app
