// SPDX-License-Identifier: MIT
#include "cli/CoreCommands.h"

namespace ul {

void registerCoreCommands(CommandRegistry& registry)
{
    registerImportCommands(registry);
    registerDatasetCommands(registry);
    registerReportCommand(registry);
    registerExportCommand(registry);
}

} // namespace ul
