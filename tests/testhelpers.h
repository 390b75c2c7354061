// SPDX-License-Identifier: GPL-3.0-or-later
// One small helper shared by the tests: relative-tolerance comparison with
// readable failure output, and the location of the real data folder.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace regionlens::test {

// True when |actual - expected| <= relTol * max(1, |expected|).
inline bool fuzzyEqual(double actual, double expected, double relTol)
{
    if (std::isnan(actual) || std::isnan(expected))
        return std::isnan(actual) && std::isnan(expected);
    return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

// The real public data folder (../shared/data beside the repository), or an
// empty string when it is absent.
inline QString sharedDataDir()
{
    const QString dir = QString::fromUtf8(REGIONLENS_SHARED_DATA);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

inline QString sourceDir() { return QString::fromUtf8(REGIONLENS_SOURCE_DIR); }

// Every test executable keeps its QSettings (the GUI's remembered region,
// level, page …) in a temporary folder of its own under an organisation of
// its own: a test never reads the developer's settings nor another run's.
struct IsolatedSettings
{
    QTemporaryDir dir;
    IsolatedSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RegionLensTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    }
    QString path() const { return dir.path(); }
};
inline IsolatedSettings isolatedSettings;

} // namespace regionlens::test

// QCOMPARE for doubles with a relative tolerance and a message that shows both values.
#define RL_COMPARE_NEAR(actual, expected, relTol)                                                  \
    do {                                                                                           \
        const double rl_a_ = (actual);                                                             \
        const double rl_e_ = (expected);                                                           \
        if (!regionlens::test::fuzzyEqual(rl_a_, rl_e_, (relTol)))                                 \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (rel. tol. %4)")                 \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(rl_a_, 0, 'g', 17)                                           \
                                 .arg(rl_e_, 0, 'g', 17)                                           \
                                 .arg(double(relTol))));                                           \
    } while (false)

// Skip a test with a clear message when the real data folder is absent.
#define RL_REQUIRE_SHARED_DATA(dir)                                                                \
    const QString dir = regionlens::test::sharedDataDir();                                         \
    if (dir.isEmpty())                                                                             \
        QSKIP("../shared/data is absent: this test needs the real public data folder")
