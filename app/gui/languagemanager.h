// SPDX-License-Identifier: GPL-3.0-or-later
// Loads Qt's own translations and ours for the chosen language, and switches
// them live: install() again with the other language replaces the
// translators and retranslates every text a widget got from tr() (see
// retranslateWidgets()); the pages redraw their figures and commentary from
// the catalogue's names in the new language (CatalogSource::setJapanese).
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace regionlens::app {

class TranslationLog;

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "ja", "en", or empty for the system locale. Returns the language in use.
    // Called again with another language it switches live: Qt sends every
    // widget a QEvent::LanguageChange, and the texts widgets were given once
    // (labels, buttons, tabs, chooser items, menus, tool tips) are
    // retranslated; languageChanged() follows.
    QString install(const QString &language);
    QString language() const { return m_language; }
    bool isJapanese() const { return m_language == u"ja"; }

    // The text tr() gave for text, in the current language; text itself when
    // it did not come from tr() (or came with arguments or a plural). owner:
    // the widget showing it, which decides between sources that share a
    // translation (see TranslationLog).
    QString retranslated(const QString &text, const QObject *owner = nullptr) const;
    // Retranslates the texts of every widget and action of the application
    // (install() calls it on a switch). Returns how many texts changed.
    int retranslateWidgets() const;

    static QString systemLanguage();

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::shared_ptr<TranslationLog> m_log;   // translated text → its source, for both languages
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
};

} // namespace regionlens::app
