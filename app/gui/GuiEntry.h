// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

namespace ul {

/// Opens the dashboard window (last workspace, or the demo the first time) and runs the event loop.
/// `files`: a workspace to open and/or data files to import (from a file manager's "Open with").
int runGui(int argc, char** argv, const QStringList& files = {});
/// Every command of the application: the core commands (export writing PDF too) and snapshot.
void registerApplicationCommands(CommandRegistry& registry);
/// True for subcommands that must run under a QApplication (main creates one, with the
/// offscreen platform when none is set, instead of a QCoreApplication).
bool commandNeedsGui(const QString& name);

} // namespace ul
