// SPDX-License-Identifier: GPL-3.0-or-later
// Loads Qt's own translations and ours for the chosen language.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace regionlens::app {

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "ja", "en", or empty for the system locale. Returns the language in use.
    QString install(const QString &language);
    QString language() const { return m_language; }
    bool isJapanese() const { return m_language == u"ja"; }

    static QString systemLanguage();

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

} // namespace regionlens::app
