// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfonts.h"

#include "widgets/chartrendering.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
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
