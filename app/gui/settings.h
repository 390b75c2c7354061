// SPDX-License-Identifier: GPL-3.0-or-later
// Typed settings, each declared once with its key, default and description.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace regionlens::app {

template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue, const char *description)
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)), m_description(description)
    {
    }

    T value() const
    {
        QSettings settings;
        return settings.value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    // True once a value has been stored (the default is not).
    bool isSet() const { return QSettings().contains(m_key); }
    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }
    const char *description() const { return m_description; }

private:
    QString m_key;
    T m_default;
    const char *m_description;
};

namespace settings {

// Empty: follow the system locale (Japanese under a Japanese locale).
inline const Setting<QString> language{"ui/language", QString(), "UI language: ja, en or empty for the system locale"};
inline const Setting<bool> largeFonts{"ui/largeFonts", false, "Large fonts for projectors and workshops"};
inline const Setting<QString> lastIndicator{"view/indicator", QStringLiteral("population"), "Indicator shown on start"};
inline const Setting<QString> lastRegion{"view/region", QStringLiteral("13"),
                                         "Region selected on start: codes (23, 23211, 01,47) or group:<id>"};
inline const Setting<QString> lastLevel{"view/level", QStringLiteral("prefecture"),
                                        "Map level of every page: prefecture or municipality"};
inline const Setting<QString> lastPrefectureFilter{"view/prefectureFilter", QString(),
                                                   "Prefecture the municipal maps zoom to (empty: all)"};
inline const Setting<QString> lastPage{"view/page", QStringLiteral("start"), "Page shown on start"};
inline const Setting<QString> lastIndustry{"view/industry", QString(), "Industry shown on the industry map"};
inline const Setting<QString> classification{"map/classification", QStringLiteral("quantile"),
                                              "Map classification method"};
inline const Setting<int> classCount{"map/classes", 5, "Number of map classes"};
inline const Setting<QByteArray> windowGeometry{"window/geometry", QByteArray(), "Main window geometry"};
inline const Setting<QByteArray> windowState{"window/state", QByteArray(), "Main window dock state"};

} // namespace settings
} // namespace regionlens::app
