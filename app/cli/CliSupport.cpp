// SPDX-License-Identifier: MIT
#include "cli/CliSupport.h"

#include "cli/OptionLimits.h"
#include "db/pg/ServerLocation.h"

#include <QRegularExpression>

namespace ul {

QCommandLineOption CliSupport::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Workspace: a file (.usagelens, SQLite) or a PostgreSQL server's URI "
                                             "(postgresql://user@host/db?schema=NAME)."),
                              QStringLiteral("FILE|URI"));
}

bool CliSupport::parse(QCommandLineParser& parser, const QStringList& args, CliStreams& io, int* exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    // Every command that opens a workspace takes it; it matters for a server's URI only.
    parser.addOption({QStringLiteral("schema"),
                      QStringLiteral("On a PostgreSQL server: the workspace's schema (the same as ?schema=NAME)."),
                      QStringLiteral("NAME")});
    if (!parser.parse(args)) {
        *exitCode = usageError(io, args.value(0), parser.errorText());
        return false;
    }
    // Every number a user types is checked against the one table of limits before any work.
    QString limitError;
    if (!parser.isSet(help) && !checkOptionLimits(args.value(0), parser, &limitError)) {
        *exitCode = usageError(io, args.value(0), limitError);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; the user typed "usagelens COMMAND".
        static const QRegularExpression program(QStringLiteral("^Usage: \\S+"));
        io.out << parser.helpText().replace(program, QStringLiteral("Usage: ") + args.value(0));
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

namespace {

/// An error is one line: control characters a user typed (a newline inside an option) become
/// spaces.
QString oneLine(QString message)
{
    for (QChar& c : message)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    return message;
}

} // namespace

int CliSupport::usageError(CliStreams& io, const QString& command, const QString& message)
{
    io.err << command << ": " << oneLine(message) << '\n';
    return ExitUsageError;
}

int CliSupport::runtimeError(CliStreams& io, const QString& message)
{
    io.err << "usagelens: " << oneLine(message) << '\n';
    return ExitRuntimeError;
}

bool CliSupport::openWorkspace(const QCommandLineParser& parser, Workspace::OpenMode mode, Workspace* ws,
                               CliStreams& io, const QString& command, int* exitCode)
{
    const QString path = workspaceLocation(parser);
    if (path.isEmpty()) {
        *exitCode = usageError(io, command, QStringLiteral("--db FILE is required"));
        return false;
    }
    if (parser.isSet(QStringLiteral("schema")) && !Workspace::isServerLocation(path)) {
        *exitCode = usageError(io, command, QStringLiteral("--schema is for a PostgreSQL server's URI, not a file"));
        return false;
    }
    QString schemaError;
    if (parser.isSet(QStringLiteral("schema"))
        && !isValidSchemaName(parser.value(QStringLiteral("schema")), &schemaError)) {
        *exitCode = usageError(io, command, QStringLiteral("--schema: %1").arg(schemaError));
        return false;
    }
    QString error;
    if (!ws->open(path, mode, &error)) {
        *exitCode = runtimeError(io, error);
        return false;
    }
    return true;
}

QString CliSupport::workspaceLocation(const QCommandLineParser& parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    if (!parser.isSet(QStringLiteral("schema")) || !Workspace::isServerLocation(db))
        return db;
    // Percent-encoded into our own parameter: a name with '&' or '=' stays a name.
    return withSchema(db, parser.value(QStringLiteral("schema")));
}

std::optional<Day> CliSupport::parseDayOption(const QString& text) { return parseIsoDate(text); }

void CliSupport::printTable(const ReportTable& table, const QString& format, CliStreams& io)
{
    io.out << (format == QLatin1String("json") ? toJson(table) : toCsv(table));
}

} // namespace ul
