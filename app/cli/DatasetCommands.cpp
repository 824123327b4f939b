// SPDX-License-Identifier: MIT
// datasets, demo.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "demo/DemoWorkspace.h"
#include "query/DatasetCatalog.h"

namespace ul {

namespace {

int datasetsCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List datasets, their metrics and customers."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("csv")});
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ReadOnly, &ws, io, args[0], &code))
        return code;
    QString error;
    ReportTable table;
    table.name = QStringLiteral("datasets");
    table.columns = {QStringLiteral("dataset"), QStringLiteral("customers"),
                     QStringLiteral("metric"),  QStringLiteral("display_name"),
                     QStringLiteral("rows"),    QStringLiteral("from"),
                     QStringLiteral("to")};
    const std::vector<DatasetInfo> datasets = listDatasets(ws.db(), &error);
    if (!error.isEmpty())
        return CliSupport::runtimeError(io, error); // never a list with a dataset silently missing
    for (const auto& d : datasets) {
        if (d.metrics.empty())
            table.addRow({d.name, double(d.customers), {}, {}, {}, {}, {}});
        for (const auto& m : d.metrics) {
            const auto range = metricDataRange(ws.db(), m.id, &error);
            table.addRow({d.name, double(d.customers), m.key, m.displayName, double(metricRowCount(ws.db(), m.id)),
                          range ? ReportCell(isoDate(range->from)) : ReportCell(),
                          range ? ReportCell(isoDate(range->to)) : ReportCell()});
        }
    }
    CliSupport::printTable(table, parser.value(QStringLiteral("format")), io);
    return ExitOk;
}

int demoCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the built-in demo workspace (deterministic synthetic data)."));
    parser.addOption(CliSupport::dbOption());
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return CliSupport::usageError(io, args[0], QStringLiteral("--db FILE is required"));
    QString error;
    if (!writeDemoWorkspace(path, &error))
        return CliSupport::runtimeError(io, error);
    io.out << "Wrote the demo workspace to " << path << '\n';
    return ExitOk;
}

} // namespace

void registerDatasetCommands(CommandRegistry& registry)
{
    registry.add(QStringLiteral("datasets"), QT_TRANSLATE_NOOP("usagelens", "List datasets, metrics and customers"),
                 datasetsCommand);
    registry.add(QStringLiteral("demo"), QT_TRANSLATE_NOOP("usagelens", "Write the built-in demo workspace"),
                 demoCommand);
}

} // namespace ul
