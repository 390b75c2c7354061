// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

using namespace Qt::StringLiterals;

namespace regionlens::meta {

QString versionLine(const QString &program)
{
    const QString describe = gitDescribe();
    return describe.isEmpty() ? u"%1 %2"_s.arg(program, version())
                              : u"%1 %2 (git %3)"_s.arg(program, version(), describe);
}

} // namespace regionlens::meta
