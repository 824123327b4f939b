// SPDX-License-Identifier: MIT
// check, recover: a damaged workspace is diagnosed and its readable data copied out, never
// written to.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "db/Workspace.h"
#include "db/WorkspaceCheck.h"

namespace ul {

namespace {

int checkCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a workspace without writing to it: SQLite's integrity_check and the workspace's own "
                       "invariants (facts belong to imports, rollups equal the facts). Exit 0 when sound, 1 if not."));
    parser.addOption(CliSupport::dbOption());
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QString path = CliSupport::workspaceLocation(parser);
    if (path.isEmpty())
        return CliSupport::usageError(io, args[0], QStringLiteral("--db FILE is required"));
    const WorkspaceCheckReport report = checkWorkspace(path);
    for (const QString& line : report.checked)
        io.out << line << '\n';
    for (const QString& line : report.problems)
        io.out << "PROBLEM: " << line << '\n';
    if (report.ok()) {
        io.out << path << ": sound\n";
        return ExitOk;
    }
    if (Workspace::isServerLocation(path)) {
        io.err << "usagelens: workspace " << path << " has " << report.problems.size() << " problem(s)\n";
        return ExitRuntimeError;
    }
    io.err << "usagelens: workspace " << path << " is damaged (" << report.problems.size()
           << " problem(s)); `usagelens recover --db " << path << " --out NEW` copies what is readable\n";
    return ExitRuntimeError;
}

int recoverCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Copy every readable row of a (damaged) workspace into a new "
                                                    "one and rebuild its rollups; the source is only read."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The new workspace (must not exist)."), QStringLiteral("FILE")});
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    if (CliSupport::workspaceLocation(parser).isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
        return CliSupport::usageError(io, args[0], QStringLiteral("--db FILE and --out FILE are required"));
    const RecoveryReport report = recoverWorkspace(CliSupport::workspaceLocation(parser),
                                                   parser.value(QStringLiteral("out")));
    if (!report.ok)
        return CliSupport::runtimeError(io, report.error);
    for (const QString& line : report.lines)
        io.out << line << '\n';
    io.out << "Recovered into " << parser.value(QStringLiteral("out")) << '\n';
    return ExitOk;
}

} // namespace

void registerCheckCommands(CommandRegistry& registry)
{
    registry.add(QStringLiteral("check"), QT_TRANSLATE_NOOP("usagelens", "Check a workspace for damage"), checkCommand);
    registry.add(QStringLiteral("recover"),
                 QT_TRANSLATE_NOOP("usagelens", "Copy the readable data of a damaged workspace"), recoverCommand);
}

} // namespace ul
