// SPDX-License-Identifier: MIT
#pragma once

#include "cli/ExportCommand.h"

namespace ul {

/// `usagelens export --format pdf`: opens the real window offscreen with synchronous tabs (like
/// SnapshotCommand) and writes the ReportDocument. csv and xlsx go to the core command.
/// Needs a QApplication; GUI thread.
class PdfExportCommand {
public:
    static int run(const QStringList& args, CliStreams& io);
    static int writePdf(const ExportCommand::Parsed& parsed, CliStreams& io);
};

} // namespace ul
