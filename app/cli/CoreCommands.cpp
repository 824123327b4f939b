// SPDX-License-Identifier: MIT
#include "cli/CoreCommands.h"

namespace ul {

void registerCoreCommands(CommandRegistry& registry, const ExportCommand::PdfWriter& pdf)
{
    registerImportCommands(registry);
    registerDatasetCommands(registry);
    registerReportCommand(registry);
    registerCheckCommands(registry);
    registerNoteCommand(registry);
    registerExportCommand(registry, pdf);
}

} // namespace ul
