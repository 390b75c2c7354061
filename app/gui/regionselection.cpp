// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionselection.h"

namespace regionlens::app {

RegionSelection::RegionSelection(QObject *parent) : QObject(parent) {}

void RegionSelection::set(const QStringList &codes)
{
    QStringList unique;
    for (const QString &code : codes)
        if (!code.isEmpty() && !unique.contains(code))
            unique.append(code);
    update(codes, unique == m_codes ? m_groupId : QString());
}

QStringList RegionSelection::municipalities() const
{
    QStringList out;
    for (const QString &code : m_codes)
        if (code.size() == 5)
            out << code;
    return out;
}

QStringList RegionSelection::prefectures() const
{
    QStringList out;
    for (const QString &code : m_codes)
        if (const QString p = code.size() == 5 ? code.left(2) : code; !out.contains(p))
            out << p;
    return out;
}

void RegionSelection::setLevel(const QString &level)
{
    const QString l = level == u"municipality" ? level : QStringLiteral("prefecture");
    if (l == m_level)
        return;
    m_level = l;
    emit levelChanged();
}

void RegionSelection::setPrefectureFilter(const QString &prefectureCode)
{
    if (prefectureCode == m_prefectureFilter)
        return;
    m_prefectureFilter = prefectureCode;
    emit levelChanged();
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
