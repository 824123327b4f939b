// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

namespace ul {

/// `usagelens snapshot`: renders the real main window offscreen to a PNG.
/// Needs a QApplication (not a QCoreApplication); GUI thread.
class SnapshotCommand {
public:
    static int run(const QStringList& args, CliStreams& io);
};

} // namespace ul
