// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>

namespace ul {

/// Exit codes of every subcommand.
enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsageError = 2 };

struct CliStreams {
    QTextStream& out; ///< data
    QTextStream& err; ///< one clear line per error
};

/// `args` holds the subcommand's own arguments, args[0] being "usagelens <command>".
using CommandFn = std::function<int(const QStringList& args, CliStreams& io)>;

/// Subcommands by name. The GUI library adds the ones that need widgets (snapshot).
class CommandRegistry {
public:
    /// `summary` is marked with QT_TRANSLATE_NOOP("usagelens", ...) and translated when shown.
    void add(const QString& name, const char* summary, CommandFn fn);
    bool has(const QString& name) const { return m_commands.count(name) > 0; }
    /// Runs argv-style arguments: {"usagelens", "<command>", ...}.
    int run(const QStringList& argv, CliStreams& io) const;
    /// The command list for `usagelens --help`, in the installed language.
    QString helpText() const;

private:
    struct Command {
        const char* summary;
        CommandFn fn;
    };
    std::map<QString, Command> m_commands;
};

// registerCoreCommands() is declared in cli/CoreCommands.h.

} // namespace ul
