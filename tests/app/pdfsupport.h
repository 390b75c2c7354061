// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of a PDF written by RegionLens (its page objects), for the
// report tests.
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QString>

inline int pdfFilePageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int pages = 0;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    for (auto it = page.globalMatch(QString::fromLatin1(f.readAll())); it.hasNext(); it.next())
        ++pages;
    return pages;
}
