// SPDX-License-Identifier: GPL-3.0-or-later
// The version every front end reports: CMake's project version, and the
// checkout's `git describe` when built from one. version() and gitDescribe()
// are defined in versiondata.cpp (from versiondata.cpp.in, written at build
// time by cmake/gitversion.cmake), which only the programs link (target
// regionlens_version): a program or test that calls them links it too.
#pragma once

#include <QString>

namespace regionlens::meta {

QString version();        // "0.1.0"
QString gitDescribe();    // "a38bfd1", "v0.1.0-3-gabc1234-dirty" … or empty outside a checkout

// "regionlens-cli 0.1.0 (git a38bfd1)": what --version prints.
QString versionLine(const QString &program);

} // namespace regionlens::meta
