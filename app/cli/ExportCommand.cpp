// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "cli/CliSupport.h"
#include "cli/RequestOptions.h"
#include "cli/SavedViewOptions.h"
#include "export/CsvExport.h"
#include "export/OutputFile.h"
#include "export/XlsxExport.h"
#include "report/Workbook.h"

namespace ul {

int ExportCommand::run(const QStringList& args, CliStreams& io, const PdfWriter& pdf)
{
    const RequestOptions::Limits limits{Granularity::Month, 1000};
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the report of a dataset as PDF, an Excel workbook or CSV files."));
    parser.addOption(CliSupport::dbOption());
    RequestOptions::add(parser, limits);
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf, xlsx or csv."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Output file (pdf, xlsx) or folder (csv: one file per view)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("tabs"),
         QStringLiteral("Comma-separated tab keys: metric keys, revenue, segments, health, customer:ID (default all)."),
         QStringLiteral("KEYS")});
    SavedViewOptions::add(parser);
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("PDF page: a4 (default) or letter."),
                      QStringLiteral("SIZE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("PDF charts: light (default) or dark."),
                      QStringLiteral("THEME"), QStringLiteral("light")});
    parser.addOption({QStringLiteral("forecast"),
                      QStringLiteral("PDF: draw the forecast and its bands on the total per period and MRR charts "
                                     "(the forecast tables are in every format anyway).")});
    int code = ExitOk;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QString command = args.value(0);

    Parsed p;
    p.format = parser.value(QStringLiteral("format"));
    p.out = parser.value(QStringLiteral("out"));
    p.pageSize = parser.value(QStringLiteral("page-size")).toLower();
    p.theme = parser.value(QStringLiteral("theme")).toLower();
    p.forecast = parser.isSet(QStringLiteral("forecast"));
    if (p.format != QLatin1String("pdf") && p.format != QLatin1String("xlsx") && p.format != QLatin1String("csv"))
        return CliSupport::usageError(io, command, QStringLiteral("--format must be pdf, xlsx or csv"));
    if (p.out.isEmpty())
        return CliSupport::usageError(io, command, QStringLiteral("--out PATH is required"));
    if (p.pageSize != QLatin1String("a4") && p.pageSize != QLatin1String("letter"))
        return CliSupport::usageError(io, command, QStringLiteral("--page-size must be a4 or letter"));
    if (p.theme != QLatin1String("light") && p.theme != QLatin1String("dark"))
        return CliSupport::usageError(io, command, QStringLiteral("--theme must be light or dark"));
    QString error;
    if (!RequestOptions::read(parser, limits, &p.request, &error))
        return CliSupport::usageError(io, command, error);
    // The target is checked before anything is computed: a device, a FIFO, a directory or a
    // read-only file is refused with its name.
    if (!(p.format == QLatin1String("csv") ? CsvExport::checkFolder(p.out, &error)
                                           : OutputFile::checkTarget(p.out, &error)))
        return CliSupport::runtimeError(io, error);
    for (const QString& t : parser.value(QStringLiteral("tabs")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.tabs << t.trimmed();

    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ReadOnly, &ws, io, command, &code))
        return code;
    p.workspace = ws.path();
    // Every table of the export comes from one committed state of the workspace.
    const ReadSnapshot snapshot(ws.db());
    // A saved view fills in what the command line left unset; its tab is the one exported.
    if (const std::optional<SavedView> saved = SavedViewOptions::load(parser, ws.db(), &error)) {
        if (!SavedViewOptions::apply(*saved, parser, ws.db(), &p.request, &error))
            return CliSupport::runtimeError(io, error);
        if (p.tabs.isEmpty() && !saved->tab.isEmpty())
            p.tabs << saved->tab;
    } else if (!error.isEmpty()) {
        return CliSupport::runtimeError(io, error);
    }
    ReportContext context(ws.db());
    ReportError failure;
    // Resolve the dataset here so every format picks the same one.
    const DatasetInfo* dataset = context.dataset(p.request.dataset, &failure);
    if (!dataset)
        return CliSupport::runtimeError(io, failure.message);
    p.request.dataset = dataset->name;
    if (p.format == QLatin1String("pdf")) {
        if (!pdf)
            return CliSupport::runtimeError(io, QStringLiteral("PDF export needs the usagelens application (widgets)"));
        ws.close();
        return pdf(p, io);
    }

    std::vector<WorkbookTab> tabs;
    std::vector<ReportTable> tables;
    if (!workbookTabs(context, p.request, p.tabs, &tabs, &failure) || !buildWorkbook(context, tabs, &tables, &failure))
        return CliSupport::runtimeError(io, failure.message);
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

void registerExportCommand(CommandRegistry& registry, const ExportCommand::PdfWriter& pdf)
{
    registry.add(QStringLiteral("export"),
                 QT_TRANSLATE_NOOP("usagelens", "Write a report as PDF, xlsx or CSV files (scheduled refreshes)"),
                 [pdf](const QStringList& args, CliStreams& io) { return ExportCommand::run(args, io, pdf); });
}

} // namespace ul
