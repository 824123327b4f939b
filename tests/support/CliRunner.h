// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

#include <QString>
#include <QStringList>

namespace ul::test {

/// What one in-process command run printed and returned.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs `usagelens ARGS...` on `registry` in-process, capturing stdout and stderr.
CliRun runCommand(const CommandRegistry& registry, QStringList args);
/// The same on the core commands (registerCoreCommands(), no PDF).
CliRun runCoreCommand(const QStringList& args);

} // namespace ul::test
