// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace regionlens::app {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(u"ja"_s))
            return u"ja"_s;
        if (name.startsWith(u"en"_s))
            return u"en"_s;
    }
    return QLocale::system().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

QString LanguageManager::install(const QString &requested)
{
    const QString language = requested == u"ja" || requested == u"en" ? requested : systemLanguage();
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    m_qt = std::make_unique<QTranslator>();
    m_app = std::make_unique<QTranslator>();
    if (language == u"ja"
        && m_qt->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app->load(u":/regionlens/i18n/regionlens_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    QLocale::setDefault(QLocale(language == u"ja" ? QLocale::Japanese : QLocale::English,
                                language == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
    return language;
}

} // namespace regionlens::app
