// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ul::bench {

/// What one child process cost: wall time from fork to exit and its peak resident set
/// (the kernel's ru_maxrss of that child alone, so each run is measured as a fresh process).
struct ChildRun {
    int exitCode = -1;
    double wallMs = 0;
    double peakMiB = 0;
    QByteArray out; ///< its standard output
    QByteArray err; ///< its standard error
};

/// Runs `program` with `arguments` (PATH is searched), environment inherited plus `extraEnv`
/// ("NAME=value"), standard output and error captured into temporary files, not pipes, so a
/// talkative child never blocks.
ChildRun runChild(const QString& program, const QStringList& arguments, const QStringList& extraEnv = {});

} // namespace ul::bench
