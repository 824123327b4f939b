// SPDX-License-Identifier: MIT
#pragma once

#include "db/Workspace.h"

namespace ul {

/// The calling thread's own connection to a workspace, opened on first use and kept: a worker
/// thread that refreshes a tab again (every filter change) reuses it instead of opening and
/// checking the file anew. A connection belongs to its thread, so each thread has its own.
/// nullptr with *error set when the file cannot be opened.
Workspace* threadWorkspace(const QString& path, QString* error);

} // namespace ul
