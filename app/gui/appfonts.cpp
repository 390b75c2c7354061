// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace regionlens::app {

void useCjkCapableFont()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    for (const QString &preferred : {u"Noto Sans CJK JP"_s, u"IPAGothic"_s, u"IPAexGothic"_s}) {
        if (families.contains(preferred)) {
            QFont font(preferred);
            font.setPointSizeF(QApplication::font().pointSizeF());
            QApplication::setFont(font);
            return;
        }
    }
}

} // namespace regionlens::app
