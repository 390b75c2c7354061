// SPDX-License-Identifier: GPL-3.0-or-later
#include "guioptions.h"

#include "languagemanager.h"
#include "pageregistry.h"
#include "settings.h"

#include "app/meta/version.h"
#include "datasets/store.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace regionlens::app {

GuiOptions::GuiOptions()
    : db(u"db"_s, tr("The store to open (created with the starter pack if new)."), u"path"_s,
         datasets::Store::defaultPath()),
      screenshot(u"screenshot"_s, tr("Render the main window to a PNG file and exit."), u"file"_s),
      lang(u"lang"_s, tr("User interface language: ja or en."), u"language"_s),
      select(u"select"_s, tr("Comma-separated region codes to select."), u"codes"_s),
      indicator(u"indicator"_s, tr("Indicator to show."), u"id"_s),
      report(u"report"_s, tr("Write the region report (A4 PDF) of the first selected region and exit."), u"file"_s),
      page(u"page"_s, tr("Page to show: %1.").arg(workspacePageIds().join(u", "_s)), u"id"_s),
      largeFonts(u"large-fonts"_s, tr("Large fonts for projectors and workshops.")),
      windowSize(u"window-size"_s,
                 tr("Window size of --screenshot and --report renders, e.g. 1366x768 (default 1500x900)."), u"WxH"_s),
      version(QStringList{u"v"_s, u"version"_s},
              tr("Print the version (with the git describe when built from a checkout) and exit.")),
      helpMan(u"help-man"_s, tr("Print this manual page (roff) and exit."))
{
    helpMan.setFlags(QCommandLineOption::HiddenFromHelp);
}

QList<QCommandLineOption> GuiOptions::all() const
{
    return {db, screenshot, lang, select, indicator, report, page, largeFonts, windowSize, version, helpMan};
}

void GuiOptions::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("RegionLens — regional economy analysis for Japan"));
    parser.addHelpOption();
    parser.addOptions(all());
}

meta::ManPage GuiOptions::manPage(const QString &language) const
{
    meta::ManPage man;
    man.program = u"regionlens"_s;
    man.language = language;
    man.summary = tr("regional economy analysis for Japan");
    man.synopsis = {u"[options]"_s, u"--screenshot FILE [options]"_s, u"--report FILE.pdf --select CODE [options]"_s};
    man.description = {
        tr("RegionLens analyses Japan's regional economy offline: location quotients and the industry structure, "
           "shift-share growth factors, population and migration, input-output tables and population projections, "
           "on maps, charts and tables with a commentary on what the figures say. It starts on a bundled pack of "
           "official statistics and imports e-Stat downloads, SSDSE tables and boundaries."),
        tr("Without --screenshot or --report it opens the window. A new store is created with the starter pack "
           "first. With --screenshot or --report it renders offscreen and exits; set QT_QPA_PLATFORM=offscreen on a "
           "machine without a display."),
        tr("regionlens-cli runs the same analyses from the command line."),
    };
    man.options = meta::manOptions(all());
    // QCommandLineParser::addHelpOption()'s options.
    man.options.prepend({{u"help-all"_s}, QString(), tr("Print the options, including Qt's own, and exit.")});
    man.options.prepend({{u"h"_s, u"help"_s}, QString(), tr("Print the options and exit.")});
    man.exitStatus = {{u"0"_s, tr("success")}, {u"1"_s, tr("the store, the screenshot or the report failed")},
                      {u"2"_s, tr("an unknown page")}};
    man.files = {{meta::homeRelative(datasets::Store::defaultPath()), tr("the default store")}};
    man.seeAlso = {u"regionlens-cli(1)"_s};
    return man;
}

int answerWithoutDisplay(int argc, char *argv[])
{
    static const QByteArrayList asks = {"--version", "-v", "--help", "-h", "--help-all", "--help-man"};
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        asked = asked || asks.contains(QByteArray(argv[i]));
    if (!asked)
        return -1;

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RegionLens"_s);
    QCoreApplication::setApplicationName(u"RegionLens"_s);
    QCoreApplication::setApplicationVersion(meta::version());
    // The language first (--lang, else the saved one), then the options in it.
    QString language;
    {
        const GuiOptions plain;
        QCommandLineParser parser;
        plain.configure(parser);
        parser.parse(QCoreApplication::arguments());   // errors: reported by the parse below
        language = parser.isSet(plain.lang) ? parser.value(plain.lang) : settings::language.value();
    }
    LanguageManager languages;
    languages.install(language);
    const GuiOptions options;
    QCommandLineParser parser;
    options.configure(parser);
    parser.process(app);   // --help prints and exits; so does an unknown option
    if (parser.isSet(options.version)) {
        std::printf("%s\n", meta::versionLine(u"regionlens"_s).toUtf8().constData());
        return 0;
    }
    if (parser.isSet(options.helpMan)) {
        std::fputs(meta::roff(options.manPage(languages.language())).toUtf8().constData(), stdout);
        return 0;
    }
    return -1;
}

} // namespace regionlens::app
