// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"
#include "core/Granularity.h"
#include "core/ReportTable.h"
#include "db/Workspace.h"

#include <QCommandLineParser>

#include <optional>

namespace ul {

/// Shared pieces of the subcommands: parsing, opening the workspace, printing tables.
class CliSupport {
public:
    /// Parses; on --help prints help and returns ExitOk through *exitCode, on a bad option
    /// prints one line and returns ExitUsageError. Returns true to go on.
    static bool parse(QCommandLineParser& parser, const QStringList& args, CliStreams& io, int* exitCode);
    static int usageError(CliStreams& io, const QString& command, const QString& message);
    static int runtimeError(CliStreams& io, const QString& message);
    /// --db FILE, required.
    static bool openWorkspace(const QCommandLineParser& parser, Workspace::OpenMode mode, Workspace* ws, CliStreams& io,
                              const QString& command, int* exitCode);
    static std::optional<Day> parseDayOption(const QString& text);
    /// Prints a table as CSV or JSON (--format).
    static void printTable(const ReportTable& table, const QString& format, CliStreams& io);
    static QCommandLineOption dbOption();
    /// --db, with --schema NAME (every command takes it) added as the URI's `schema=`.
    static QString workspaceLocation(const QCommandLineParser& parser);
};

} // namespace ul
