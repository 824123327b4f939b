// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"

namespace ul {

void registerImportCommands(CommandRegistry& registry);
void registerDatasetCommands(CommandRegistry& registry);
void registerReportCommand(CommandRegistry& registry);
void registerExportCommand(CommandRegistry& registry);

} // namespace ul
