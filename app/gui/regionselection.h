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

public slots:
    // Replaces the selection; duplicates are dropped, order is kept. Emits
    // changed() only when something changed.
    void set(const QStringList &codes);
    void setGroup(const QString &groupId, const QStringList &members);
    void toggle(const QString &code);   // Ctrl+click
    void clear() { set({}); }
    void setAggregated(bool on);

signals:
    void changed(const QStringList &codes);

private:
    void update(const QStringList &codes, const QString &groupId);

    QStringList m_codes;
    QString m_groupId;
    bool m_aggregated = false;
};

} // namespace regionlens::app
