// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"
#include "cli/ExportCommand.h"

namespace ul {

/// The commands on usagelens_core alone: import, imports, forget-import, datasets, report,
/// export, demo, check, recover, note. `export` writes PDF only with a writer (the application passes one).
void registerCoreCommands(CommandRegistry& registry, const ExportCommand::PdfWriter& pdf = {});

void registerImportCommands(CommandRegistry& registry);
void registerDatasetCommands(CommandRegistry& registry);
void registerReportCommand(CommandRegistry& registry);
void registerCheckCommands(CommandRegistry& registry);
void registerNoteCommand(CommandRegistry& registry);

} // namespace ul
