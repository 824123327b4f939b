// SPDX-License-Identifier: MIT
// note: notes on dates of a dataset, marked on its time charts (db/Annotations.h).
#include "cli/CliSupport.h"
#include "cli/CoreCommands.h"
#include "db/Annotations.h"
#include "query/DatasetCatalog.h"
#include "report/DatasetTabs.h"

#include <algorithm>

namespace ul {

namespace {

/// --dataset, else the dataset the window opens first.
QString datasetOf(const QCommandLineParser& parser, Workspace& ws, QString* error)
{
    if (parser.isSet(QStringLiteral("dataset")))
        return parser.value(QStringLiteral("dataset"));
    return defaultDatasetName(listDatasets(ws.db(), error));
}

int listNotes(const QCommandLineParser& parser, CliStreams& io, const QString& command)
{
    Workspace ws;
    int code = 0;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ReadOnly, &ws, io, command, &code))
        return code;
    std::vector<Annotation> notes;
    QString error;
    if (!AnnotationStore(ws.db()).list(parser.value(QStringLiteral("dataset")), &notes, &error))
        return CliSupport::runtimeError(io, QStringLiteral("%1: %2").arg(ws.path(), error));
    ReportTable table;
    table.name = QStringLiteral("notes");
    table.columns = {QStringLiteral("id"), QStringLiteral("dataset"), QStringLiteral("date"), QStringLiteral("note")};
    for (const Annotation& n : notes)
        table.addRow({double(n.id), n.dataset, isoDate(n.day), n.text});
    CliSupport::printTable(table, parser.value(QStringLiteral("format")), io);
    return ExitOk;
}

int noteCommand(const QStringList& args, CliStreams& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Notes on dates of a dataset, shown as markers on its time charts, slides and PDF.\n"
                       "  note add --db W [--dataset D] --date YYYY-MM-DD --text TEXT\n"
                       "  note edit --db W --id N [--date YYYY-MM-DD] [--text TEXT]\n"
                       "  note remove --db W --id N\n"
                       "  note list --db W [--dataset D] [--format csv|json]"));
    parser.addOption(CliSupport::dbOption());
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("The dataset (default: the window's first)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("The day the note is about."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("text"), QStringLiteral("What happened (at most 200 characters)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("The note's number (note list)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("list: csv (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("csv")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, edit, remove or list"));
    int code = 0;
    if (!CliSupport::parse(parser, args, io, &code))
        return code;
    const QString command = args[0];
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    const QStringList known{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove"),
                            QStringLiteral("list")};
    if (actions.size() != 1 || !known.contains(action))
        return CliSupport::usageError(io, command, QStringLiteral("expected add, edit, remove or list"));
    if (action == QLatin1String("list"))
        return listNotes(parser, io, command);

    std::optional<Day> day;
    if (parser.isSet(QStringLiteral("date"))) {
        day = CliSupport::parseDayOption(parser.value(QStringLiteral("date")));
        if (!day)
            return CliSupport::usageError(
                io, command,
                QStringLiteral("--date expects YYYY-MM-DD, got '%1'").arg(parser.value(QStringLiteral("date"))));
    }
    bool idOk = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&idOk);
    if (action == QLatin1String("add") && (!day || !parser.isSet(QStringLiteral("text"))))
        return CliSupport::usageError(io, command, QStringLiteral("add needs --date and --text"));
    if (action != QLatin1String("add") && !idOk)
        return CliSupport::usageError(io, command, QStringLiteral("%1 needs --id N (see note list)").arg(action));

    Workspace ws;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::WriteExisting, &ws, io, command, &code))
        return code;
    AnnotationStore store(ws.db());
    QString error;
    const auto fail = [&] { return CliSupport::runtimeError(io, QStringLiteral("%1: %2").arg(ws.path(), error)); };
    if (action == QLatin1String("add")) {
        const QString dataset = datasetOf(parser, ws, &error);
        qint64 added = 0;
        if (dataset.isEmpty() && error.isEmpty())
            error = QStringLiteral("the workspace has no dataset to note");
        if (!error.isEmpty() || !store.add(dataset, *day, parser.value(QStringLiteral("text")), &added, &error))
            return fail();
        io.out << "Added note #" << added << " on " << isoDate(*day) << " to " << dataset << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (!store.remove(id, &error))
            return fail();
        io.out << "Removed note #" << id << '\n';
        return ExitOk;
    }
    // edit: what is not given stays.
    std::vector<Annotation> all;
    if (!store.list(QString(), &all, &error))
        return fail();
    const auto it = std::find_if(all.begin(), all.end(), [id](const Annotation& n) { return n.id == id; });
    if (it == all.end()) {
        error = QStringLiteral("there is no note #%1 (see `usagelens note list`)").arg(id);
        return fail();
    }
    const QString text = parser.isSet(QStringLiteral("text")) ? parser.value(QStringLiteral("text")) : it->text;
    if (!store.update(id, day.value_or(it->day), text, &error))
        return fail();
    io.out << "Changed note #" << id << '\n';
    return ExitOk;
}

} // namespace

void registerNoteCommand(CommandRegistry& registry)
{
    registry.add(QStringLiteral("note"),
                 QT_TRANSLATE_NOOP("usagelens", "Add, edit, remove or list notes on dates (chart markers)"),
                 noteCommand);
}

} // namespace ul
