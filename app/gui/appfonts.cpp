// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfonts.h"

#include "widgets/analysischart.h"
#include "widgets/chartrendering.h"
#include "widgets/choroplethmap.h"
#include "widgets/circulationdiagram.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QMenu>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace regionlens::app {

void useCjkCapableFont()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    for (const QString &preferred : widgets::cjkFontFamilies()) {
        if (families.contains(preferred)) {
            QFont font(preferred);
            font.setPointSizeF(QApplication::font().pointSizeF());
            QApplication::setFont(font);
            return;
        }
    }
}

void applyLargeFonts(QWidget *window, bool on)
{
    QFont font = window->font();
    font.setPointSizeF(QApplication::font().pointSizeF() * (on ? widgets::kLargeFontScale : 1.0));
    window->setFont(font);
    // Menus are windows of their own: they do not inherit the window's font.
    for (QMenu *menu : window->findChildren<QMenu *>())
        menu->setFont(font);
    for (widgets::AnalysisChart *chart : window->findChildren<widgets::AnalysisChart *>())
        chart->setLargeFonts(on);
    for (widgets::ChoroplethMap *map : window->findChildren<widgets::ChoroplethMap *>())
        map->setLargeFonts(on);
    for (widgets::CirculationDiagram *diagram : window->findChildren<widgets::CirculationDiagram *>())
        diagram->setLargeFonts(on);
}

namespace {
QtMessageHandler previousHandler = nullptr;

void filterEmptyPlotWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg && message == u"QPainter::begin: Paint device returned engine == 0, type: 2")
        || ((type == QtDebugMsg || type == QtWarningMsg)
            && message.endsWith(u"QCPLayer::drawToPaintBuffer() paint buffer returned inactive painter"))) {
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void silenceEmptyPlotWarnings()
{
    previousHandler = qInstallMessageHandler(filterEmptyPlotWarnings);
}

} // namespace regionlens::app
