// SPDX-License-Identifier: MIT
// datasets, demo.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "demo/DemoWorkspace.h"
#include "query/CalculatedMetrics.h"
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
    table.columns = {QStringLiteral("dataset"),      QStringLiteral("customers"), QStringLiteral("metric"),
                     QStringLiteral("display_name"), QStringLiteral("rows"),      QStringLiteral("from"),
                     QStringLiteral("to"),           QStringLiteral("kind"),      QStringLiteral("formula")};
    const std::vector<DatasetInfo> datasets = listDatasets(ws.db(), &error);
    if (!error.isEmpty())
        return CliSupport::runtimeError(io, error); // never a list with a dataset silently missing
    for (const auto& d : datasets) {
        if (d.metrics.empty())
            table.addRow({d.name, double(d.customers), {}, {}, {}, {}, {}, {}, {}});
        for (const auto& m : d.metrics) {
            const auto range = metricDataRange(ws.db(), m.id, &error);
            // Source rows are counted for summed metrics only (a distinct count or ratio has none).
            const bool summed = m.kind == QLatin1String("sum");
            table.addRow({d.name, double(d.customers), m.key, m.displayName,
                          summed ? ReportCell(double(metricRowCount(ws.db(), m.id))) : ReportCell(),
                          range ? ReportCell(isoDate(range->from)) : ReportCell(),
                          range ? ReportCell(isoDate(range->to)) : ReportCell(), m.kind,
                          m.formula.isEmpty() ? ReportCell() : ReportCell(m.formula)});
        }
    }
    CliSupport::printTable(table, parser.value(QStringLiteral("format")), io);
    return ExitOk;
}

/// metric add --ratio A/B | metric remove: calculated metrics, stored in the workspace.
int metricCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add or remove a calculated metric of a dataset.\n  metric add --db W --dataset D --key KEY --ratio A/B "
        "[--name NAME]\n  metric remove --db W --dataset D --key KEY"));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("The dataset."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("key"), QStringLiteral("The calculated metric's key."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("ratio"),
                      QStringLiteral("sum(A) / sum(B) in each period and per customer (metric keys or headers)."),
                      QStringLiteral("A/B")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Display name (default: 'A per B')."), QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add or remove"));
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || (action != QLatin1String("add") && action != QLatin1String("remove")))
        return CliSupport::usageError(io, args[0], QStringLiteral("expected 'add' or 'remove'"));
    for (const char* required : {"db", "dataset", "key"})
        if (parser.value(QLatin1String(required)).isEmpty())
            return CliSupport::usageError(io, args[0], QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    RatioDefinition ratio{parser.value(QStringLiteral("dataset")),
                          parser.value(QStringLiteral("key")),
                          parser.value(QStringLiteral("name")),
                          {},
                          {}};
    QString error;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(QStringLiteral("ratio")))
            return CliSupport::usageError(io, args[0], QStringLiteral("--ratio A/B is required for add"));
        if (!parseRatio(parser.value(QStringLiteral("ratio")), &ratio.numerator, &ratio.denominator, &error))
            return CliSupport::usageError(io, args[0], error);
    }
    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::WriteExisting, &ws, io, args[0], &code))
        return code;
    const bool ok = action == QLatin1String("add") ? addRatioMetric(ws.db(), ratio, &error)
                                                   : removeCalculatedMetric(ws.db(), ratio.dataset, ratio.key, &error);
    if (!ok)
        return CliSupport::runtimeError(io, QStringLiteral("%1: %2").arg(ws.path(), error));
    io.out << (action == QLatin1String("add") ? "Added " : "Removed ") << "metric " << ratio.key << '\n';
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
    const QString path = CliSupport::workspaceLocation(parser);
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
    registry.add(QStringLiteral("metric"),
                 QT_TRANSLATE_NOOP("usagelens", "Add or remove a calculated metric (metric add --ratio A/B)"),
                 metricCommand);
    registry.add(QStringLiteral("demo"), QT_TRANSLATE_NOOP("usagelens", "Write the built-in demo workspace"),
                 demoCommand);
}

} // namespace ul
