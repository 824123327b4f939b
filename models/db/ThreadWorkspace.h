// SPDX-License-Identifier: MIT
#pragma once

#include "db/Workspace.h"

#include <memory>

namespace ul {

/// The calling thread's own connection to a workspace, opened on first use and kept: a worker
/// thread that refreshes a tab again (every filter change) reuses it instead of opening and
/// checking the file anew. A connection belongs to its thread, so each thread has its own.
/// nullptr with *error set when the file cannot be opened.
/// While a snapshot of `path` is pinned (pinReadSnapshot), every thread reads that one state.
Workspace* threadWorkspace(const QString& path, QString* error);

/// Makes every later threadWorkspace(path) and openPinnedWorkspace(path) of this process, on
/// any thread, read one committed state of the workspace until unpinReadSnapshot(): for the
/// commands that render the window (snapshot, PDF), whose tabs load on several workers but must
/// show one state. A file's threads then share one connection in SQLite's serialized mode (one
/// snapshot needs one connection there); a server's threads join the snapshot the first
/// connection exported. Read-only: nothing can be written through a pinned workspace.
bool pinReadSnapshot(const QString& path, QString* error);
void unpinReadSnapshot();

/// Pins for the lifetime of this object (see pinReadSnapshot).
class PinnedReadSnapshot {
public:
    PinnedReadSnapshot() = default;
    ~PinnedReadSnapshot() { unpinReadSnapshot(); }
    PinnedReadSnapshot(const PinnedReadSnapshot&) = delete;
    PinnedReadSnapshot& operator=(const PinnedReadSnapshot&) = delete;
    bool pin(const QString& path, QString* error) const { return pinReadSnapshot(path, error); }
};

/// A workspace inside the pinned snapshot of `path` for the calling thread (the window's own),
/// or nullptr with *pinned false when no snapshot of `path` is pinned.
std::unique_ptr<Workspace> openPinnedWorkspace(const QString& path, QString* error, bool* pinned);

} // namespace ul
