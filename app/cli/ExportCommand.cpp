// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "cli/ReportViewRegistry.h"
#include "export/CsvExport.h"
#include "export/XlsxExport.h"


namespace ul {

int ExportCommand::run(const QStringList& args, CliStreams& io, const PdfWriter& pdf)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the report of a dataset as PDF, an Excel workbook or CSV files."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Dataset name (default: the one with the most metrics)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day, inclusive (default: first day with data)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, inclusive (default: last day with data)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("granularity"), QStringLiteral("day, week, month, quarter or year (default month)."), QStringLiteral("G"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Ranking size (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf, xlsx or csv."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file (pdf, xlsx) or folder (csv: one file per view)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("tabs"), QStringLiteral("Comma-separated tab keys: metric keys, revenue (default all)."), QStringLiteral("KEYS")});
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("PDF page: a4 (default) or letter."), QStringLiteral("SIZE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("PDF charts: light (default) or dark."), QStringLiteral("THEME"), QStringLiteral("light")});
    addExtraReportOptions(parser);
    int code = ExitOk;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QString command = args.value(0);

    Parsed p;
    p.format = parser.value(QStringLiteral("format"));
    p.out = parser.value(QStringLiteral("out"));
    p.pageSize = parser.value(QStringLiteral("page-size")).toLower();
    p.theme = parser.value(QStringLiteral("theme")).toLower();
    if (p.format != QLatin1String("pdf") && p.format != QLatin1String("xlsx") && p.format != QLatin1String("csv"))
        return CliSupport::usageError(io, command, QStringLiteral("--format must be pdf, xlsx or csv"));
    if (p.out.isEmpty())
        return CliSupport::usageError(io, command, QStringLiteral("--out PATH is required"));
    if (p.pageSize != QLatin1String("a4") && p.pageSize != QLatin1String("letter"))
        return CliSupport::usageError(io, command, QStringLiteral("--page-size must be a4 or letter"));
    if (p.theme != QLatin1String("light") && p.theme != QLatin1String("dark"))
        return CliSupport::usageError(io, command, QStringLiteral("--theme must be light or dark"));
    const auto granularity = granularityFromKey(parser.value(QStringLiteral("granularity")));
    if (!granularity)
        return CliSupport::usageError(io, command, QStringLiteral("unknown granularity '%1' (day, week, month, quarter, year)").arg(parser.value(QStringLiteral("granularity"))));
    bool okTop = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&okTop);
    if (!okTop || top < 1 || top > 1000)
        return CliSupport::usageError(io, command, QStringLiteral("--top takes a whole number from 1 to 1000"));
    ExportRequest& r = p.request;
    r.dataset = parser.value(QStringLiteral("dataset"));
    r.granularity = *granularity;
    r.top = top;
    for (const QString& t : parser.value(QStringLiteral("tabs")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.tabs << t.trimmed();
    for (const auto& [name, target] : {std::pair{QStringLiteral("from"), &r.from}, std::pair{QStringLiteral("to"), &r.to}}) {
        if (!parser.isSet(name))
            continue;
        *target = CliSupport::parseDayOption(parser.value(name));
        if (!*target)
            return CliSupport::usageError(io, command, QStringLiteral("--%1 expects a date YYYY-MM-DD, got '%2'").arg(name, parser.value(name)));
    }
    if (r.from && r.to && *r.to < *r.from)
        return CliSupport::usageError(io, command, QStringLiteral("--to is before --from"));

    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ExistingOnly, &ws, io, command, &code))
        return code;
    p.workspace = ws.path();
    QString error;
    if (p.format == QLatin1String("pdf")) {
        if (!pdf)
            return CliSupport::runtimeError(io, QStringLiteral("PDF export needs the usagelens application (widgets)"));
        // Resolve the dataset here so both front ends pick the same one.
        r.dataset = ExportTables::resolveDataset(ws.db(), r.dataset, &error);
        if (r.dataset.isEmpty())
            return CliSupport::runtimeError(io, error);
        // The PDF has more tabs (segments, health, customer views): the writer checks --tabs.
        ws.close();
        return pdf(p, io);
    }

    std::vector<ReportTable> tables;
    if (!ExportTables::collect(ws.db(), r, parser, &tables, &error))
        return CliSupport::runtimeError(io, error);
    if (p.format == QLatin1String("xlsx")) {
        if (!XlsxExport::write(p.out, tables, &error))
            return CliSupport::runtimeError(io, error);
        io.out << p.out << '\n';
    } else {
        QStringList written;
        if (!CsvExport::writeFolder(tables, p.out, &written, &error))
            return CliSupport::runtimeError(io, error);
        for (const QString& f : written)
            io.out << f << '\n';
    }
    return ExitOk;
}

void registerExportCommand(CommandRegistry& registry)
{
    registry.add(QStringLiteral("export"), QT_TRANSLATE_NOOP("usagelens", "Write a report as PDF, xlsx or CSV files (scheduled refreshes)"),
                 [](const QStringList& args, CliStreams& io) { return ExportCommand::run(args, io); });
}

} // namespace ul
