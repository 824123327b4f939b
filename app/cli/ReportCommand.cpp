// SPDX-License-Identifier: MIT
// report: every view of the metric engine as CSV or JSON.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "cli/ReportViewRegistry.h"
#include "query/DatasetCatalog.h"
#include "report/UsageReports.h"

namespace ul {

namespace {

int reportCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print a report view as CSV or JSON."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Dataset name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("Metric key or original header."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("view"), QStringLiteral("View: %1.").arg(allReportViewNames().join(QStringLiteral(", "))), QStringLiteral("VIEW")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day, inclusive (default: first day with data)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, inclusive (default: last day with data)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("granularity"), QStringLiteral("day, week, month, quarter or year (default day)."), QStringLiteral("G"), QStringLiteral("day")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Ranking size (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("new-within"), QStringLiteral("New customer window in days (default 90)."), QStringLiteral("DAYS"), QStringLiteral("90")});
    parser.addOption({QStringLiteral("customer"), QStringLiteral("Restrict to one customer id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("bins"), QStringLiteral("Histogram bins (default 30)."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("log"), QStringLiteral("Logarithmic histogram bins.")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    addExtraReportOptions(parser);
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;

    const QString command = args[0];
    const QString view = parser.value(QStringLiteral("view"));
    if (view.isEmpty())
        return CliSupport::usageError(io, command, QStringLiteral("--view is required (%1)").arg(allReportViewNames().join(QStringLiteral(", "))));
    if (!allReportViewNames().contains(view))
        return CliSupport::usageError(io, command, QStringLiteral("unknown view '%1' (%2)").arg(view, allReportViewNames().join(QStringLiteral(", "))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return CliSupport::usageError(io, command, QStringLiteral("--format must be csv or json"));
    const auto granularity = granularityFromKey(parser.value(QStringLiteral("granularity")));
    if (!granularity)
        return CliSupport::usageError(io, command, QStringLiteral("unknown granularity '%1' (day, week, month, quarter, year)").arg(parser.value(QStringLiteral("granularity"))));
    bool okTop = false, okNew = false, okBins = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&okTop);
    const int newWithin = parser.value(QStringLiteral("new-within")).toInt(&okNew);
    const int bins = parser.value(QStringLiteral("bins")).toInt(&okBins);
    if (!okTop || top < 1 || !okNew || newWithin < 1 || !okBins || bins < 1)
        return CliSupport::usageError(io, command, QStringLiteral("--top, --new-within and --bins take positive whole numbers"));
    std::optional<Day> from, to;
    for (const auto& [name, target] : {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!parser.isSet(name))
            continue;
        *target = CliSupport::parseDayOption(parser.value(name));
        if (!*target)
            return CliSupport::usageError(io, command, QStringLiteral("--%1 expects a date YYYY-MM-DD, got '%2'").arg(name, parser.value(name)));
    }
    if (from && to && *to < *from)
        return CliSupport::usageError(io, command, QStringLiteral("--to is before --from"));

    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ExistingOnly, &ws, io, command, &code))
        return code;

    ReportTable table;
    QString error;
    if (!usageViewNames().contains(view)) {
        ReportRequest request{parser.value(QStringLiteral("dataset")), parser.value(QStringLiteral("metric")), from, to,
                              *granularity, top, parser.value(QStringLiteral("customer"))};
        int status = runExtraReportView(ws.db(), view, request, parser, &table, &error);
        if (status != ExitOk)
            return status == ExitUsageError ? CliSupport::usageError(io, command, error) : CliSupport::runtimeError(io, error);
        CliSupport::printTable(table, format, io);
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("metric")))
        return CliSupport::usageError(io, command, QStringLiteral("--metric KEY is required for the '%1' view").arg(view));
    const auto metric = findMetric(ws.db(), parser.value(QStringLiteral("metric")), parser.value(QStringLiteral("dataset")), &error);
    if (!metric)
        return CliSupport::runtimeError(io, error);
    UsageQuery q;
    q.metricId = metric->id;
    q.datasetId = metric->datasetId;
    q.granularity = *granularity;
    q.top = top;
    q.newWithinDays = newWithin;
    q.bins = bins;
    q.logBins = parser.isSet(QStringLiteral("log"));
    const auto dataRange = metricDataRange(ws.db(), metric->id, &error);
    q.range = DateRange{from.value_or(dataRange ? dataRange->from : 0), to.value_or(dataRange ? dataRange->to : -1)};
    if (parser.isSet(QStringLiteral("customer"))) {
        q.customer = customerIdByExternal(ws.db(), parser.value(QStringLiteral("customer")));
        if (!q.customer)
            return CliSupport::runtimeError(io, QStringLiteral("no customer '%1' in this workspace").arg(parser.value(QStringLiteral("customer"))));
    }
    if (!usageReport(ws.db(), q, view, &table, &error))
        return CliSupport::runtimeError(io, error);
    CliSupport::printTable(table, format, io);
    return ExitOk;
}

} // namespace

void registerReportCommand(CommandRegistry& registry)
{
    registry.add(QStringLiteral("report"), QT_TRANSLATE_NOOP("usagelens", "Print a report view (usage, revenue, segments) as CSV or JSON"), reportCommand);
}

} // namespace ul
