// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

namespace ul {

/// Opens the dashboard window (last workspace, or the demo the first time) and runs the event loop.
int runGui(int argc, char** argv);
/// Subcommands that need widgets (snapshot).
void registerGuiCommands(CommandRegistry& registry);
/// True for subcommands that must run under a QApplication (main creates one, with the
/// offscreen platform when none is set, instead of a QCoreApplication).
bool commandNeedsGui(const QString& name);

} // namespace ul
