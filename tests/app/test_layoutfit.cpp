// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window, in Japanese and English, at 1366 × 768,
// 1280 × 720 and 1600 × 1000, normal and in projector mode (large fonts):
// the window keeps the size it was given, and the layout probe
// (tests/widgets/layoutprobe.h) finds no widget outside the window, no
// clipped or elided text, no overlapping text and no chart legend over data.
// Each case is rendered to build/screenshots/<tag>.png for review.
//
// One case: app_test_layoutfit fit:ja-1366x768-projector-flows
#include "widgets/layoutprobe.h"

#include "datasets/starterpack.h"
#include "appfonts.h"
#include "datasets/store.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

struct Mode
{
    const char *name;
    QSize size;
    bool large;
};

const Mode kModes[] = {
    {"1366x768-normal", {1366, 768}, false},
    {"1366x768-projector", {1366, 768}, true},
    {"1280x720-normal", {1280, 720}, false},
    {"1280x720-projector", {1280, 720}, true},
    {"1600x1000-normal", {1600, 1000}, false},
};

// Cases still open in issue 14 (fit, projector mode, chart labels): they
// are expected to fail, with the probe's findings printed, and fail the test
// once they pass (XPASS) so that they leave this list.
const QSet<QString> &openCases()
{
    static const QSet<QString> open = [] {
        // None open now; a case found failing later joins with its findings.
        const QString tags = QString::fromLatin1("");
        const QStringList list = tags.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }();
    return open;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    std::unique_ptr<app::LanguageManager> m_language;
    std::unique_ptr<app::MainWindow> m_window;
    QString m_lang;
    bool m_large = false;

    // The window in language, sized and in the font mode asked; made again
    // only when the language changes.
    app::MainWindow *window(const QString &language, const QSize &size, bool large)
    {
        if (!m_window || m_lang != language) {
            m_window.reset();
            // A first start: the new window restores no page or region the
            // other language's window left in the settings (issue 14 state).
            QSettings().clear();
            m_language = std::make_unique<app::LanguageManager>();
            m_language->install(language);
            m_window = std::make_unique<app::MainWindow>(m_store, *m_language);
            m_window->workspace()->selectRegion(u"23"_s);
            m_lang = language;
            m_large = false;
            m_window->resize(size);
            m_window->show();
        }
        if (m_large != large) {
            m_window->setLargeFonts(large);
            m_large = large;
        }
        return m_window.get();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RegionLensTests"_s);
        QCoreApplication::setApplicationName(u"layoutfit"_s);
        QSettings().clear();
        app::useCjkCapableFont();   // the application's font (main.cpp), not the platform's default
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        QVERIFY(QDir().mkpath(QStringLiteral(REGIONLENS_SCREENSHOT_DIR)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void fit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("large");
        QTest::addColumn<QString>("page");
        for (const char *language : {"ja", "en"})
            for (const Mode &mode : kModes)
                for (const QString &page : app::workspacePageIds())
                    QTest::addRow("%s-%s-%s", language, mode.name, qPrintable(page))
                        << QString::fromLatin1(language) << mode.size << mode.large << page;
    }

    void fit()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, large);
        QFETCH(QString, page);
        app::MainWindow *w = window(language, size, large);
        w->workspace()->showPage(page);
        QCOMPARE(w->workspace()->currentPageId(), page);
        // Back to the size asked, which the previous page's minimum may have
        // changed, once this page's layout is in.
        for (int i = 0; i < 3 && w->size() != size; ++i) {
            QCoreApplication::processEvents();
            w->resize(size);
        }
        QCoreApplication::processEvents();
        const QString shot = QStringLiteral(REGIONLENS_SCREENSHOT_DIR "/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(w->saveScreenshot(shot));   // waits for the page's results
        // The probe looks at the window as it was photographed: no event is
        // processed in between (a layout settling only afterwards would pass
        // here while the screenshot, and the user, saw it unsettled).
        QStringList problems;
        if (w->size() != size) {
            // The widest minimum below the window, to say where to look.
            for (QWidget *child : w->findChildren<QWidget *>())
                if (child->isVisibleTo(w) && (child->minimumSizeHint().width() > size.width() - 200
                                              || child->minimumWidth() > size.width() - 200
                                              || child->minimumSizeHint().height() > size.height() - 120))
                    problems << u"  minimum %1 × %2 (set %3 × %4): %5"_s.arg(child->minimumSizeHint().width())
                                    .arg(child->minimumSizeHint().height()).arg(child->minimumWidth())
                                    .arg(child->minimumHeight()).arg(test::layoutprobe_detail::describe(child));
        }
        // A layout needing more than the window can be squeezed into it for
        // a while (until the next page grows the window): its minimum counts.
        if (const QSize least = w->minimumSizeHint(); least.width() > size.width() || least.height() > size.height())
            problems << u"the window's layout needs at least %1 × %2, more than the %3 × %4 given"_s.arg(least.width())
                            .arg(least.height()).arg(size.width()).arg(size.height());
        if (w->size() != size)
            problems << u"the window is %1 × %2, not the %3 × %4 it was given (minimum %5 × %6)"_s
                            .arg(w->width()).arg(w->height()).arg(size.width()).arg(size.height())
                            .arg(w->minimumSizeHint().width()).arg(w->minimumSizeHint().height());
        problems += test::probeLayout(w);
        QFile report(QString(shot).replace(u".png"_s, u".txt"_s));   // the full list (the message is cut)
        if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
            report.write(problems.join(u'\n').toUtf8());
        if (openCases().contains(QString::fromLatin1(QTest::currentDataTag()))) {
            // Some open cases pass or fail depending on the page shown before (the window keeps a
            // previous page's size): an expected failure would make the suite flaky, so open cases
            // print their findings and are skipped; a passing one says it can leave the list.
            if (problems.isEmpty())
                qWarning("%s passes now: take it off the open list", QTest::currentDataTag());
            else
                QSKIP(qPrintable(u"still open in issue 14:\n"_s + problems.join(u'\n') + u"\nsee "_s + shot));
            return;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n') + u"\nsee "_s + shot));
    }
};

QTEST_MAIN(TestLayoutFit)
#include "test_layoutfit.moc"
