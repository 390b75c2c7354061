// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace regionlens::app {

// What tr() was asked for each text it gave, in either language: a text set
// once (a label made in a constructor) is found here again when the language
// changes and translated anew. Texts with arguments never match a widget's
// text and are redrawn by their pages instead.
//
// Two sources may share a translation (都道府県 is "Prefecture" and
// "Prefectures"). The one chosen for a widget is then, first, the one of the
// nearest of the widget's own classes and its parents' (the tr() context),
// then the one
// asked for least often: a text set once, when a widget is made, is asked
// for once, while texts asked for again and again (chooser items refilled,
// titles of results) are set anew by their pages after a switch anyway.
// tests/app/test_language.cpp compares every page after a switch with a
// page made in that language, so a wrong choice shows there.
class TranslationLog
{
public:
    struct Source
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
        int asked = 0;
    };

    // Asked again by retranslated() itself (a switch): recorded, not counted,
    // or each switch would make a text set once look asked for often (成長率:
    // the sort chooser's "Growth" lost to the waterfall's "Growth rate\n成長率"
    // after two switches).
    static inline thread_local bool retranslating = false;

    void record(const QString &text, const char *context, const char *source, const char *disambiguation)
    {
        const QMutexLocker lock(&m_mutex);
        QList<Source> &sources = m_sources[text];
        for (Source &s : sources)
            if (s.source == source && s.context == context && s.disambiguation == disambiguation) {
                if (!retranslating)
                    ++s.asked;
                return;
            }
        sources.append(Source{context, source, disambiguation, 1});
    }
    // classes: the widget's classes and its parents' (tr() contexts), by
    // distance (0: the widget's own).
    std::optional<Source> find(const QString &text, const QHash<QByteArray, int> &classes) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_sources.constFind(text);
        if (it == m_sources.cend() || it->isEmpty())
            return std::nullopt;
        const auto better = [&classes](const Source &a, const Source &b) {
            const int da = classes.value(a.context, INT_MAX), db = classes.value(b.context, INT_MAX);
            return da != db ? da < db : a.asked < b.asked;
        };
        return *std::min_element(it->cbegin(), it->cend(), better);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QList<Source>> m_sources;
};

namespace {

// A text with placeholders (%1, %n) is filled in before a widget shows it, so
// it never matches a widget's text: not recorded (the commentary asks for
// many of them, and quickly).
bool hasPlaceholder(const char *text)
{
    for (const char *c = text; *c; ++c)
        if (c[0] == '%' && ((c[1] >= '1' && c[1] <= '9') || c[1] == 'n' || c[1] == 'L'))
            return true;
    return false;
}

// Natural Japanese spacing (as tools/ja_spacing.py makes the .ts, and also
// next to markup): no ASCII space between a Japanese character and a Latin
// word, a number, a placeholder or a tag — "<b>%1</b> の人口" reads
// "<b>%1</b>の人口" — so that no generated sentence says "静岡県 の"; and no
// space between a number and its percent sign ("%2 %" → "%2%", "100 %を" →
// "100%を"; "%1 %2" stays two placeholders).
QString naturalSpacing(const QString &text)
{
    static const QRegularExpression percent(u"(?<=[0-9]) (?=%(?![1-9nL]))"_s);
    static const QRegularExpression after(
        u"(?<=[A-Za-z0-9%)>]) (?=[\\x{3000}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}])"_s);
    static const QRegularExpression before(
        u"(?<=[\\x{3000}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]) (?=[A-Za-z0-9%<])"_s);
    QString out = text;
    out.replace(after, QString());
    out.replace(before, QString());
    out.replace(percent, QString());
    return out;
}

// Our translations, recording each text handed out. Installed even without a
// .qm file (English), so that the English texts are recorded too.
class RecordingTranslator : public QTranslator
{
public:
    RecordingTranslator(std::shared_ptr<TranslationLog> log, bool japanese)
        : m_log(std::move(log)), m_japanese(japanese)
    {
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        // Japanese spacing in Japanese only: an English sentence keeps its
        // spaces around a Japanese term ("In a 人口ビジョン, … is パターン1").
        if (!text.isEmpty() && m_japanese)
            text = naturalSpacing(text);
        if (n < 0 && context && sourceText && *sourceText && !hasPlaceholder(sourceText))
            m_log->record(text.isEmpty() ? QString::fromUtf8(sourceText) : text, context, sourceText,
                          disambiguation ? disambiguation : "");
        return text;
    }
    bool isEmpty() const override { return false; }

private:
    std::shared_ptr<TranslationLog> m_log;
    bool m_japanese = false;
};

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent), m_log(std::make_shared<TranslationLog>()) {}

LanguageManager::~LanguageManager() = default;

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
    const bool switching = !m_language.isEmpty() && language != m_language;
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    m_qt = std::make_unique<QTranslator>();
    m_app = std::make_unique<RecordingTranslator>(m_log, language == u"ja");
    if (language == u"ja"
        && m_qt->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    (void)m_app->load(u":/regionlens/i18n/regionlens_%1.qm"_s.arg(language));
    QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    QLocale::setDefault(QLocale(language == u"ja" ? QLocale::Japanese : QLocale::English,
                                language == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
    if (switching) {
        retranslateWidgets();
        emit languageChanged(language);
    }
    return language;
}

namespace {

// The tr() contexts of an object: its classes and its parents', each with
// its distance (how many parents up).
QHash<QByteArray, int> contextsOf(const QObject *object)
{
    QHash<QByteArray, int> out;
    int distance = 0;
    for (const QObject *o = object; o; o = o->parent(), ++distance)
        for (const QMetaObject *m = o->metaObject(); m; m = m->superClass())
            out.insert(QByteArray(m->className()), std::min(distance, out.value(m->className(), INT_MAX)));
    return out;
}

} // namespace

QString LanguageManager::retranslated(const QString &text, const QObject *owner) const
{
    const std::optional<TranslationLog::Source> s =
        text.isEmpty() ? std::nullopt : m_log->find(text, owner ? contextsOf(owner) : QHash<QByteArray, int>());
    if (!s)
        return text;
    TranslationLog::retranslating = true;
    const QString out = QCoreApplication::translate(s->context.constData(), s->source.constData(),
                                                    s->disambiguation.isEmpty() ? nullptr : s->disambiguation.constData());
    TranslationLog::retranslating = false;
    return out;
}

int LanguageManager::retranslateWidgets() const
{
    int changed = 0;
    const QObject *owner = nullptr;   // the widget or action whose text is fixed
    const auto fix = [&](const QString &text, const auto &set) {
        const QString now = retranslated(text, owner);
        if (now != text) {
            set(now);
            ++changed;
        }
    };
    QSet<QAction *> actions;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        owner = w;
        fix(w->toolTip(), [w](const QString &t) { w->setToolTip(t); });
        fix(w->statusTip(), [w](const QString &t) { w->setStatusTip(t); });
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            fix(w->windowTitle(), [w](const QString &t) { w->setWindowTitle(t); });
        if (auto *label = qobject_cast<QLabel *>(w)) {
            fix(label->text(), [label](const QString &t) { label->setText(t); });
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            fix(button->text(), [button](const QString &t) { button->setText(t); });
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            fix(group->title(), [group](const QString &t) { group->setTitle(t); });
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                fix(tabs->tabText(i), [tabs, i](const QString &t) { tabs->setTabText(i, t); });
                fix(tabs->tabToolTip(i), [tabs, i](const QString &t) { tabs->setTabToolTip(i, t); });
            }
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                fix(box->itemText(i), [box, i](const QString &t) { box->setItemText(i, t); });
            fix(box->placeholderText(), [box](const QString &t) { box->setPlaceholderText(t); });
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            fix(edit->placeholderText(), [edit](const QString &t) { edit->setPlaceholderText(t); });
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            fix(spin->specialValueText(), [spin](const QString &t) { spin->setSpecialValueText(t); });
            if (auto *s = qobject_cast<QSpinBox *>(w))
                fix(s->suffix(), [s](const QString &t) { s->setSuffix(t); });
            if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
                fix(s->suffix(), [s](const QString &t) { s->setSuffix(t); });
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *item = list->item(i);
                fix(item->text(), [item](const QString &t) { item->setText(t); });
            }
        } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            for (int i = 0; i < table->columnCount(); ++i)
                if (QTableWidgetItem *item = table->horizontalHeaderItem(i))
                    fix(item->text(), [item](const QString &t) { item->setText(t); });
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            actions.insert(menu->menuAction());
        for (QAction *a : w->actions())
            actions.insert(a);
        for (QAction *a : w->findChildren<QAction *>(Qt::FindDirectChildrenOnly))
            actions.insert(a);
    }
    for (QAction *a : std::as_const(actions)) {
        owner = a;
        fix(a->text(), [a](const QString &t) { a->setText(t); });
    }
    return changed;
}

} // namespace regionlens::app
