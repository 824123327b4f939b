// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ul {

/// What `usagelens check` found in a workspace file.
struct WorkspaceCheckReport {
    QStringList problems; ///< empty: sound
    QStringList checked;  ///< what was checked, one line each ("integrity_check: ok", ...)
    bool ok() const { return problems.isEmpty(); }
};

/// Checks a workspace without writing to it: SQLite's integrity_check, then the workspace's
/// own invariants on a private copy (every fact belongs to an import, every import and metric
/// to a dataset, the derived rollups equal what the facts give when rebuilt).
WorkspaceCheckReport checkWorkspace(const QString& path);

/// What `usagelens recover` copied.
struct RecoveryReport {
    bool ok = false;
    QString error;
    QStringList lines; ///< per table: rows copied and rows lost
};

/// Copies every readable row of the workspace at `from` into a new workspace `to` (which must
/// not exist), skipping damaged rows and fact chunks that do not decode, and rebuilds the
/// rollups from the facts copied. `from` is opened read-only and never written.
RecoveryReport recoverWorkspace(const QString& from, const QString& to);

} // namespace ul
