// SPDX-License-Identifier: MIT
#pragma once

#include <QStandardPaths>
#include <QtTest>

namespace ul::test {

/// True when CI=true: a tool the tests need must then be present (packaging/build-deps.txt
/// installs it), so its checks can never be skipped silently on CI.
inline bool onCi() { return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }

} // namespace ul::test

/// Skips the calling test when the program `tool` is not on PATH; under CI=true fails it instead.
#define UL_REQUIRE_TOOL(tool)                                                                                          \
    do {                                                                                                               \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty()) {                                          \
            if (ul::test::onCi())                                                                                      \
                QFAIL(tool " is not installed, and CI=true: add its package to packaging/build-deps.txt");             \
            QSKIP(tool " is not installed (packaging/build-deps.txt lists its package)");                              \
        }                                                                                                              \
    } while (false)
