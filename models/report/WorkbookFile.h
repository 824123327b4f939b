// SPDX-License-Identifier: MIT
#pragma once

#include "report/Workbook.h"

#include <QString>

#include <atomic>
#include <vector>

namespace ul {

/// The workbook of `tabs` (buildWorkbook()) written to the .xlsx at `path`, on a connection of
/// its own to `workspacePath` (any thread): what File › Export workbook runs on a worker.
/// Returns the error, or empty; once `cancelled` is set before writing, nothing is written.
QString writeWorkbookFile(const QString& workspacePath, const std::vector<WorkbookTab>& tabs, const QString& path,
                          const std::atomic_bool& cancelled);

} // namespace ul
