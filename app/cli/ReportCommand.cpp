// SPDX-License-Identifier: MIT
// report: any registered view (models/report/ViewRegistry.cpp) as CSV or JSON.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "cli/RequestOptions.h"
#include "report/ViewRegistry.h"

namespace ul {

namespace {

int reportCommand(const QStringList& args, CliStreams& io)
{
    const RequestOptions::Limits limits{Granularity::Day, 100000};
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print a report view as CSV or JSON."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("view"),
                      QStringLiteral("View: %1.").arg(reportViewKeys().join(QStringLiteral(", "))),
                      QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("csv")});
    RequestOptions::add(parser, limits);
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;

    const QString command = args[0];
    const QString view = parser.value(QStringLiteral("view"));
    const QString views = reportViewKeys().join(QStringLiteral(", "));
    if (view.isEmpty())
        return CliSupport::usageError(io, command, QStringLiteral("--view is required (%1)").arg(views));
    if (!findReportView(view))
        return CliSupport::usageError(io, command, QStringLiteral("unknown view '%1' (%2)").arg(view, views));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return CliSupport::usageError(io, command, QStringLiteral("--format must be csv or json"));
    ReportRequest request;
    QString error;
    if (!RequestOptions::read(parser, limits, &request, &error))
        return CliSupport::usageError(io, command, error);

    // `report --view churn-risk --top N` lists the N riskiest; without --top every customer
    // (a ranking's default of 10 is not a limit there, and exports list everyone as the window does).
    if (parser.isSet(QStringLiteral("top")))
        request.churn.top = request.top;
    if (!request.by.isEmpty() && view != QLatin1String("totals"))
        return CliSupport::usageError(io, command, QStringLiteral("--by splits the totals view only"));
    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ReadOnly, &ws, io, command, &code))
        return code;
    ReportContext context(ws.db()); // holds one read snapshot for the view's queries
    ReportTable table;
    ReportError failure;
    if (!runReportView(context, view, request, &table, &failure))
        return failure.kind == ReportError::Kind::Usage ? CliSupport::usageError(io, command, failure.message)
                                                        : CliSupport::runtimeError(io, failure.message);
    CliSupport::printTable(table, format, io);
    return ExitOk;
}

} // namespace

void registerReportCommand(CommandRegistry& registry)
{
    registry.add(QStringLiteral("report"),
                 QT_TRANSLATE_NOOP("usagelens", "Print a report view (usage, revenue, segments) as CSV or JSON"),
                 reportCommand);
}

} // namespace ul
