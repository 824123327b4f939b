// SPDX-License-Identifier: MIT
#pragma once

#include "cli/ExportCommand.h"

namespace ul {

/// `usagelens export --format pdf`: opens the real window offscreen with synchronous tabs (like
/// SnapshotCommand) and writes the ReportDocument; the core export command calls it for pdf
/// (csv and xlsx it writes itself). Needs a QApplication; GUI thread.
class PdfExportCommand {
public:
    static int writePdf(const ExportCommand::Parsed& parsed, CliStreams& io);
};

} // namespace ul
