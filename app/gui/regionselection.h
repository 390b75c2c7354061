// SPDX-License-Identifier: GPL-3.0-or-later
// The one selection shared by every view: the regions the user picked in a
// map, a table or a chart (or a preset group), so that selecting anywhere
// selects everywhere. Views listen to changed() and call set() — never each
// other.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace regionlens::app {

class RegionSelection : public QObject
{
    Q_OBJECT

public:
    explicit RegionSelection(QObject *parent = nullptr);

    QStringList codes() const { return m_codes; }
    // The first selected region, or an empty string (= Japan as a whole).
    QString primary() const { return m_codes.value(0); }
    bool isEmpty() const { return m_codes.isEmpty(); }
    // Id of the preset group the selection came from ("" for a hand-made one).
    QString groupId() const { return m_groupId; }
    // When true, views that can show an aggregate treat the group as one region.
    bool aggregated() const { return m_aggregated; }
    // The municipalities among the selected regions (five-digit codes).
    QStringList municipalities() const;
    // The selected regions with each municipality replaced by its
    // prefecture (each once): what prefecture-level figures can show.
    QStringList prefectures() const;

    // The map level every page shows ("prefecture" or "municipality") and,
    // at municipal level, the prefecture the maps zoom to ("" = all).
    QString level() const { return m_level; }
    QString prefectureFilter() const { return m_prefectureFilter; }

public slots:
    // Replaces the selection; duplicates are dropped, order is kept. Emits
    // changed() only when something changed: setting the codes already
    // selected keeps the preset group they came from (a map echoing the
    // selection back must not turn 名古屋圏 into "3 regions combined").
    void set(const QStringList &codes);
    void setGroup(const QString &groupId, const QStringList &members);
    void toggle(const QString &code);   // Ctrl+click
    void clear() { set({}); }
    void setAggregated(bool on);
    // Emit levelChanged() when the value changed.
    void setLevel(const QString &level);
    void setPrefectureFilter(const QString &prefectureCode);

signals:
    void changed(const QStringList &codes);
    void levelChanged();

private:
    void update(const QStringList &codes, const QString &groupId);

    QStringList m_codes;
    QString m_groupId;
    bool m_aggregated = false;
    QString m_level = QStringLiteral("prefecture");
    QString m_prefectureFilter;
};

} // namespace regionlens::app
