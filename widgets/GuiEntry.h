// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

namespace ul {

/// Opens the dashboard window (last workspace, or the demo the first time) and runs the event loop.
int runGui(int argc, char** argv);
/// Subcommands that need widgets (snapshot).
void registerGuiCommands(CommandRegistry& registry);

} // namespace ul
