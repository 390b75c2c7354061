// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionselection.h"

namespace regionlens::app {

RegionSelection::RegionSelection(QObject *parent) : QObject(parent) {}

void RegionSelection::set(const QStringList &codes)
{
    update(codes, QString());
}

void RegionSelection::setGroup(const QString &groupId, const QStringList &members)
{
    update(members, groupId);
}

void RegionSelection::toggle(const QString &code)
{
    QStringList codes = m_codes;
    if (!codes.removeAll(code))
        codes.append(code);
    update(codes, QString());
}

void RegionSelection::setAggregated(bool on)
{
    if (m_aggregated == on)
        return;
    m_aggregated = on;
    emit changed(m_codes);
}

void RegionSelection::update(const QStringList &codes, const QString &groupId)
{
    QStringList unique;
    unique.reserve(codes.size());
    for (const QString &code : codes) {
        if (!code.isEmpty() && !unique.contains(code))
            unique.append(code);
    }
    if (unique == m_codes && groupId == m_groupId)
        return;
    m_codes = unique;
    m_groupId = groupId;
    emit changed(m_codes);
}

} // namespace regionlens::app
