// SPDX-License-Identifier: MIT
// import, imports, forget-import.
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "core/NumberFormat.h"
#include "db/ImportCatalog.h"
#include "import/Importer.h"
#include "import/QuerySource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace ul {

namespace {

/// --header/--no-header, --columns, --delimiter, --encoding, --decimal-comma/--decimal-point.
bool sourceOptionsFrom(const QCommandLineParser& parser, SourceOptions* out, QString* error)
{
    if (parser.isSet(QStringLiteral("header")) && parser.isSet(QStringLiteral("no-header"))) {
        *error = QStringLiteral("--header and --no-header contradict each other");
        return false;
    }
    if (parser.isSet(QStringLiteral("header")))
        out->header = SourceOptions::Header::Present;
    if (parser.isSet(QStringLiteral("no-header")))
        out->header = SourceOptions::Header::Absent;
    if (parser.isSet(QStringLiteral("columns"))) {
        out->columnNames = parser.value(QStringLiteral("columns")).split(QLatin1Char(','));
        for (QString& name : out->columnNames)
            name = name.trimmed();
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        out->delimiter = Delimiter::fromName(parser.value(QStringLiteral("delimiter")));
        if (!out->delimiter) {
            *error = QStringLiteral("unknown --delimiter '%1' (',', ';', '|', tab, spaces or one character)")
                         .arg(parser.value(QStringLiteral("delimiter")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        out->encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!out->encoding) {
            *error = QStringLiteral("unknown --encoding '%1' (utf-8, utf-16le, utf-16be, windows-1252)")
                         .arg(parser.value(QStringLiteral("encoding")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("decimal-comma")) && parser.isSet(QStringLiteral("decimal-point"))) {
        *error = QStringLiteral("--decimal-comma and --decimal-point contradict each other");
        return false;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        out->decimalComma = true;
    if (parser.isSet(QStringLiteral("decimal-point")))
        out->decimalComma = false;
    return true;
}

/// Checks that `path` can be read as an export: it exists and is a regular file (not a FIFO,
/// directory or device). Opens nothing.
bool isReadableRegularFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1: not a regular file (a directory, FIFO or device); give a file, or - for "
                                "standard input")
                     .arg(path);
        return false;
    }
    if (!info.isReadable()) {
        *error = QStringLiteral("%1: cannot be read (permission denied)").arg(path);
        return false;
    }
    return true;
}

/// `-`: standard input copied to a temporary file named "stdin" (the importer reads a file
/// twice: once to detect, once to import).
class StandardInputCopy {
public:
    bool read(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("cannot create a temporary folder for standard input");
            return false;
        }
        QFile in;
        QFile out(path());
        if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot read standard input");
            return false;
        }
        char buffer[1 << 16];
        for (qint64 n; (n = in.read(buffer, sizeof buffer)) > 0;)
            if (out.write(buffer, n) != n) {
                *error = QStringLiteral("%1: %2").arg(path(), out.errorString());
                return false;
            }
        return true;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("stdin")); }

private:
    QTemporaryDir m_dir;
};

int importCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import CSV, NDJSON or JSON-array files into a workspace."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Dataset name (default: the first file's name)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("map"),
         QStringLiteral(
             "Role of a column: customer|date|created|metric|distinct|attribute|ignore=COLUMN (repeatable)."),
         QStringLiteral("ROLE=COLUMN")});
    parser.addOption(
        {QStringLiteral("date-format"), QStringLiteral("One of: %1.").arg(dateFormatNames()), QStringLiteral("FMT")});
    parser.addOption({QStringLiteral("no-header"), QStringLiteral("The first line is data (default: detected).")});
    parser.addOption(
        {QStringLiteral("header"), QStringLiteral("The first line names the columns (default: detected).")});
    parser.addOption({QStringLiteral("columns"),
                      QStringLiteral("Names for the columns, in order (replacing a header row)."),
                      QStringLiteral("NAME,NAME,...")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("Field delimiter: , ; | tab, spaces (runs of spaces and tabs) or one character "
                                     "(default: detected)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("utf-8, utf-16le, utf-16be or windows-1252 (default: detected)."),
                      QStringLiteral("ENC")});
    parser.addOption({QStringLiteral("compute"),
                      QStringLiteral("A metric computed from each row, NAME=EXPR: + - * /, parentheses, numbers and "
                                     "columns by header or key (quote headers with spaces). Repeatable."),
                      QStringLiteral("NAME=EXPR")});
    parser.addOption({QStringLiteral("date-range"),
                      QStringLiteral("Days accepted, FROM..TO as YYYY-MM-DD (default 1900-01-01..2100-12-31); "
                                     "others are bad values."),
                      QStringLiteral("RANGE")});
    parser.addOption({QStringLiteral("decimal-comma"), QStringLiteral("Numbers are written 1,5 (default: detected).")});
    parser.addOption({QStringLiteral("decimal-point"), QStringLiteral("Numbers are written 1.5 (default: detected).")});
    parser.addOption(
        {QStringLiteral("skip-bad-rows"), QStringLiteral("Import the good rows and count the rejected ones.")});
    parser.addOption({QStringLiteral("replace"),
                      QStringLiteral("Swap a previous import of the same content or file name for this one.")});
    parser.addOption({QStringLiteral("no-wait"),
                      QStringLiteral("Fail at once when another import into the workspace is running (default: wait "
                                     "for it).")});
    parser.addOption({QStringLiteral("sql-source"),
                      QStringLiteral("Import the rows of --query run on this PostgreSQL-protocol server (a libpq URI) "
                                     "instead of files."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("query"),
                      QStringLiteral("The one SELECT whose rows --sql-source imports (run read-only)."),
                      QStringLiteral("SQL")});
    parser.addOption({QStringLiteral("query-timeout"),
                      QStringLiteral("Seconds the server may take for --query (default 600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("600")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    ImportOptions options;
    options.dataset = parser.value(QStringLiteral("dataset"));
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    for (const QString& m : parser.values(QStringLiteral("map"))) {
        QString error;
        const auto o = parseMappingOverride(m, &error);
        if (!o)
            return CliSupport::usageError(io, args[0], error);
        options.overrides.push_back(*o);
    }
    if (parser.isSet(QStringLiteral("date-format"))) {
        options.dateFormat = dateFormatFromName(parser.value(QStringLiteral("date-format")));
        if (!options.dateFormat)
            return CliSupport::usageError(io, args[0],
                                          QStringLiteral("unknown --date-format '%1' (%2)")
                                              .arg(parser.value(QStringLiteral("date-format")), dateFormatNames()));
    }
    for (const QString& text : parser.values(QStringLiteral("compute"))) {
        QString error;
        const auto computed = parseComputedMetric(text, &error);
        if (!computed)
            return CliSupport::usageError(io, args[0], error);
        options.computed.push_back(*computed);
    }
    if (parser.isSet(QStringLiteral("date-range"))) {
        options.dateRange = AcceptedDates::fromText(parser.value(QStringLiteral("date-range")));
        if (!options.dateRange)
            return CliSupport::usageError(
                io, args[0],
                QStringLiteral("--date-range expects FROM..TO (YYYY-MM-DD, years 1400..9999), "
                               "got '%1'")
                    .arg(parser.value(QStringLiteral("date-range"))));
    }
    QString sourceError;
    if (!sourceOptionsFrom(parser, &options.source, &sourceError))
        return CliSupport::usageError(io, args[0], sourceError);
    QStringList files = parser.positionalArguments();
    const bool fromQuery = parser.isSet(QStringLiteral("sql-source")) || parser.isSet(QStringLiteral("query"));
    if (fromQuery && (!parser.isSet(QStringLiteral("sql-source")) || !parser.isSet(QStringLiteral("query"))))
        return CliSupport::usageError(io, args[0], QStringLiteral("--sql-source and --query go together"));
    if (fromQuery && !files.isEmpty())
        return CliSupport::usageError(io, args[0], QStringLiteral("either FILEs or --sql-source with --query"));
    if (files.isEmpty() && !fromQuery)
        return CliSupport::usageError(io, args[0], QStringLiteral("no FILE given"));
    // A query's rows go through the importer as a CSV file, recorded with the query as source.
    QTemporaryDir queryDir;
    if (fromQuery) {
        QuerySource source{parser.value(QStringLiteral("sql-source")), parser.value(QStringLiteral("query"))};
        source.timeoutSeconds = parser.value(QStringLiteral("query-timeout")).toInt(); // checked by OptionLimits
        // Named after the import: a bad row's message then says which query it came from.
        const QString csv = queryDir.filePath(source.importName() + QStringLiteral(".csv"));
        qint64 rows = 0;
        QString error;
        if (!queryDir.isValid() || !fetchQueryAsCsv(source, csv, &rows, &error))
            return CliSupport::runtimeError(io, error.isEmpty() ? QStringLiteral("cannot create a temporary folder")
                                                                : error);
        files = {csv};
        options.sourceName = source.importName();
        options.sourceLocation = source.importLocation();
        if (options.dataset.isEmpty())
            options.dataset = QStringLiteral("query");
    }
    // Inputs are checked before the workspace is touched: a FIFO would block, a directory
    // has no rows, and a missing file should not leave an empty workspace behind.
    StandardInputCopy standardInput;
    for (QString& file : files) {
        QString error;
        if (file == QLatin1String("-")) {
            if (!standardInput.read(&error))
                return CliSupport::runtimeError(io, error);
            file = standardInput.path();
        } else if (!isReadableRegularFile(file, &error)) {
            return CliSupport::runtimeError(io, error);
        }
    }
    const QString workspacePath = CliSupport::workspaceLocation(parser);
    const bool workspaceExisted = QFileInfo::exists(workspacePath);
    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::CreateIfMissing, &ws, io, args[0], &code)) {
        // A new file that could not even get its schema (a full disk) is not left behind.
        ws.close();
        if (!workspaceExisted)
            Workspace::removeFiles(workspacePath);
        return code;
    }
    // One import at a time per workspace: the second waits (and says so) or, --no-wait, fails.
    ws.db().setWriterWait(!parser.isSet(QStringLiteral("no-wait")), [&io, &ws, told = false]() mutable {
        if (!told) {
            io.err << "usagelens: waiting for another import into " << ws.path() << " to finish...\n";
            io.err.flush();
            told = true;
        }
        return true;
    });

    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importFiles(ws, files, options);
    if (!result.ok) {
        ws.close();
        if (!workspaceExisted)
            Workspace::removeFiles(workspacePath); // nothing was imported: no new file either
        io.err << "usagelens: " << result.error << '\n';
        for (const auto& p : result.problems)
            io.err << "  " << p.toString() << '\n';
        if (result.problemCount > qint64(result.problems.size()))
            io.err << "  ... and " << (result.problemCount - qint64(result.problems.size())) << " more problem(s)\n";
        return ExitRuntimeError;
    }
    for (const auto& f : result.files) {
        io.out << "Imported " << (fromQuery ? options.sourceName : QFileInfo(f.path).fileName()) << " (" << f.format
               << ") into dataset '" << f.dataset << "' as import #" << f.importId << '\n';
        io.out << "Mapping:\n" << f.mapping.describe();
        io.out << "Rows: " << f.rowsRead << " read, " << f.rowsImported << " imported, " << f.rowsRejected
               << " rejected\n";
        if (f.billing) {
            io.out << "Invoices: " << f.billing->describe() << '\n';
            io.out << "Currencies: "
                   << (f.billing->currencies.isEmpty() ? QStringLiteral("-")
                                                       : f.billing->currencies.join(QStringLiteral(", ")))
                   << (f.billing->currencies.size() > 1
                           ? QStringLiteral(" (revenue views: --currency CODE or --fx RATES.csv; never a sum)")
                           : QString())
                   << '\n';
        }
        for (const QString& w : f.warnings)
            io.out << "Warning: " << w << '\n';
        for (qint64 id : f.replacedImports)
            io.out << "Replaced import #" << id << '\n';
    }
    if (result.problemCount > 0) {
        io.out << "Skipped rows:\n";
        for (const auto& p : result.problems)
            io.out << "  " << p.toString() << '\n';
        if (result.problemCount > qint64(result.problems.size()))
            io.out << "  ... and " << (result.problemCount - qint64(result.problems.size())) << " more\n";
    }
    qint64 readMs = 0, writeMs = 0, spilled = 0;
    for (const FileImportResult& f : result.files) {
        readMs += f.readMs;
        writeMs += f.writeMs;
        spilled += f.spilledBytes;
    }
    io.out << "Time: " << shortestNumber(double(timer.elapsed()) / 1000.0) << " s (reading "
           << shortestNumber(double(readMs) / 1000.0) << " s, writing " << shortestNumber(double(writeMs) / 1000.0)
           << " s" << (spilled > 0 ? QStringLiteral(", %1 MiB buffered on disk").arg(spilled >> 20) : QString())
           << ")\n";
    return ExitOk;
}

int importsCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the imports of a workspace with their provenance."));
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
    table.name = QStringLiteral("imports");
    table.columns = {QStringLiteral("id"),
                     QStringLiteral("dataset"),
                     QStringLiteral("file"),
                     QStringLiteral("size_bytes"),
                     QStringLiteral("sha256"),
                     QStringLiteral("rows_read"),
                     QStringLiteral("rows_imported"),
                     QStringLiteral("rows_rejected"),
                     QStringLiteral("imported_at"),
                     QStringLiteral("mapping"),
                     QStringLiteral("source")};
    // source: the file's path, or the server and query an import from a database ran.
    for (const auto& i : listImports(ws.db(), &error))
        table.addRow({double(i.id), i.dataset, i.fileName, double(i.fileSize), i.sha256, double(i.rowsRead),
                      double(i.rowsImported), double(i.rowsRejected), i.importedAt, i.mappingJson, i.filePath});
    if (!error.isEmpty())
        return CliSupport::runtimeError(io, error);
    CliSupport::printTable(table, parser.value(QStringLiteral("format")), io);
    return ExitOk;
}

int forgetImportCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove one import's data in one transaction."));
    parser.addOption(CliSupport::dbOption());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Import id (see usagelens imports)."));
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return CliSupport::usageError(io, args[0], QStringLiteral("expects one import ID"));
    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::WriteExisting, &ws, io, args[0], &code))
        return code;
    QString error;
    if (!forgetImport(ws.db(), id, &error))
        return CliSupport::runtimeError(io, error);
    io.out << "Removed import #" << id << '\n';
    return ExitOk;
}

} // namespace

void registerImportCommands(CommandRegistry& registry)
{
    registry.add(QStringLiteral("import"),
                 QT_TRANSLATE_NOOP("usagelens", "Import CSV/NDJSON/JSON files into a workspace"), importCommand);
    registry.add(QStringLiteral("imports"), QT_TRANSLATE_NOOP("usagelens", "List imports and their provenance"),
                 importsCommand);
    registry.add(QStringLiteral("forget-import"), QT_TRANSLATE_NOOP("usagelens", "Remove one import's data"),
                 forgetImportCommand);
}

} // namespace ul
