// SPDX-License-Identifier: MIT
// SQLite against PostgreSQL (not a test; numbers depend on the machine). For each row count it
// generates the engine benchmark's random-order daily-usage CSV (kept in DIR), imports it into
// a workspace file and into a server schema with `usagelens import`, and copies the raw file
// with `psql \copy` into an untyped table in the same run (the figure an import into a server
// must beat); then runs every view on both as fresh `usagelens report` processes (median of
// RUNS). Prints Markdown tables.
//   build/bin/bench_server [--rows 1000000,10000000] [--dir DIR] [--runs 3] [--pg URI]
// Without --pg a throw-away cluster is started in DIR (packaging/pg-test-cluster.sh).
#include "engine/ChildRun.h"
#include "engine/UsageCsv.h"
#include "engine/ViewCases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace ul::bench;

namespace {

const QString kApp = QStringLiteral(UL_APP_BINARY);

void print(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString rowsLabel(qint64 rows)
{
    return rows % 1'000'000 == 0 ? QStringLiteral("%1M").arg(rows / 1'000'000) : QString::number(rows);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

ChildRun psql(const QString& server, const QString& command)
{
    return runChild(QStringLiteral("psql"),
                    {server, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-c"), command},
                    {QStringLiteral("PGOPTIONS=-c client_min_messages=warning")});
}

struct Workspaces {
    QString file;
    QString server;
};

/// Imports the CSV of `rows` into both backends and copies it raw with psql; prints one row.
Workspaces benchImport(const QString& dir, const QString& server, qint64 rows, int runs)
{
    const QString csv = dir + QStringLiteral("/usage-random-%1.csv").arg(rows);
    if (!QFileInfo::exists(csv)
        && (!writeUsageCsv(csv + QStringLiteral(".part"), rows, RowOrder::Random)
            || !QFile::rename(csv + QStringLiteral(".part"), csv))) {
        print(QStringLiteral("cannot write %1").arg(csv));
        return {};
    }
    const QString schema = QStringLiteral("bench_%1").arg(rows);
    Workspaces ws{dir + QStringLiteral("/server-bench-%1.usagelens").arg(rows),
                  server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema="))
                      + schema};
    std::vector<double> file, onServer, copy;
    double filePeak = 0, serverPeak = 0;
    for (int run = 0; run < runs; ++run) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(ws.file + QLatin1String(suffix));
        ChildRun r = runChild(kApp, {QStringLiteral("import"), QStringLiteral("--db"), ws.file, csv});
        if (r.exitCode != 0) {
            print(QStringLiteral("import into a file failed: %1").arg(QString::fromLocal8Bit(r.err.trimmed())));
            return {};
        }
        file.push_back(r.wallMs);
        filePeak = std::max(filePeak, r.peakMiB);
        psql(server, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        r = runChild(kApp, {QStringLiteral("import"), QStringLiteral("--db"), ws.server, csv});
        if (r.exitCode != 0) {
            print(QStringLiteral("import into the server failed: %1").arg(QString::fromLocal8Bit(r.err.trimmed())));
            return {};
        }
        onServer.push_back(r.wallMs);
        serverPeak = std::max(serverPeak, r.peakMiB);
        // The raw file into an untyped table: the server's own fastest path for the same bytes.
        psql(server, QStringLiteral("DROP TABLE IF EXISTS public.raw_usage; CREATE TABLE public.raw_usage (customer_id "
                                    "text, usage_date text, minutes text, sessions text)"));
        r = psql(server, QStringLiteral("\\copy public.raw_usage FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv));
        if (r.exitCode == 0)
            copy.push_back(r.wallMs);
    }
    psql(server, QStringLiteral("DROP TABLE IF EXISTS public.raw_usage"));
    const double c = median(copy), s = median(onServer), f = median(file);
    print(QStringLiteral("| %1 | %2 s | %3 s | %4x | %5 s | %6 MB | %7 MB | %8 |")
              .arg(rowsLabel(rows))
              .arg(c / 1000, 0, 'f', 2)
              .arg(s / 1000, 0, 'f', 2)
              .arg(c > 0 ? s / c : 0.0, 0, 'f', 2)
              .arg(f / 1000, 0, 'f', 2)
              .arg(serverPeak, 0, 'f', 0)
              .arg(filePeak, 0, 'f', 0)
              .arg(runs));
    return ws;
}

double viewMs(const QString& workspace, const QStringList& arguments, int runs, QString* failure)
{
    std::vector<double> wall;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = runChild(kApp, QStringList{QStringLiteral("report"), QStringLiteral("--db"), workspace,
                                                      QStringLiteral("--metric"), QStringLiteral("minutes")}
                                              + arguments);
        if (r.exitCode != 0) {
            *failure = QString::fromLocal8Bit(r.err.trimmed());
            return 0;
        }
        wall.push_back(r.wallMs);
    }
    return median(wall);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("UsageLens: SQLite against PostgreSQL"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Row counts, comma-separated."), QStringLiteral("N,..."),
                      QStringLiteral("1000000,10000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where CSVs and workspaces are kept."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/usagelens-bench")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per import and per view (median)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("A server to use instead of a throw-away cluster."),
                      QStringLiteral("URI")});
    parser.process(app);
    const QString dir = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    QDir().mkpath(dir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QString server = parser.value(QStringLiteral("pg"));
    const QString cluster = dir + QStringLiteral("/pg-cluster");
    if (server.isEmpty()) {
        const ChildRun started = runChild(QStringLiteral("bash"),
                                          {QStringLiteral(UL_CLUSTER_SCRIPT), QStringLiteral("start"), cluster});
        if (started.exitCode != 0) {
            std::fprintf(stderr, "bench_server: cannot start a cluster: %s\n", started.err.constData());
            return 1;
        }
        server = QString::fromUtf8(started.out.trimmed());
    }
    std::vector<qint64> rows;
    for (const QString& r : parser.value(QStringLiteral("rows")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        rows.push_back(r.toLongLong());
    std::sort(rows.begin(), rows.end());

    print(QStringLiteral("| rows | psql \\copy (raw, untyped) | usagelens → PostgreSQL | ratio | usagelens → SQLite "
                         "| peak RSS (server import) | peak RSS (file import) | runs |\n"
                         "|---|---|---|---|---|---|---|---|"));
    std::vector<std::pair<qint64, Workspaces>> done;
    for (const qint64 n : rows) {
        Workspaces ws = benchImport(dir, server, n, n > 2'000'000 ? 1 : runs);
        if (!ws.file.isEmpty())
            done.emplace_back(n, ws);
    }
    if (!done.empty()) {
        QString header = QStringLiteral("\n| view (fresh `usagelens report`, median ms) |");
        QString rule = QStringLiteral("|---|");
        for (const auto& [n, ws] : done) {
            header += QStringLiteral(" SQLite %1 | PostgreSQL %1 |").arg(rowsLabel(n));
            rule += QStringLiteral("---|---|");
        }
        print(header + QLatin1Char('\n') + rule);
        const QString customer = firstCustomer(kApp, done.back().second.file);
        for (const ViewCase& c : viewCases(customer)) {
            QString line = QStringLiteral("| %1 |").arg(c.label);
            for (const auto& [n, ws] : done)
                for (const QString& location : {ws.file, ws.server}) {
                    QString failure;
                    const double ms = viewMs(location, c.arguments, runs, &failure);
                    line += failure.isEmpty() ? QStringLiteral(" %1 |").arg(ms, 0, 'f', 0)
                                              : QStringLiteral(" failed: %1 |").arg(failure);
                }
            print(line);
        }
    }
    if (parser.value(QStringLiteral("pg")).isEmpty())
        runChild(QStringLiteral("bash"), {QStringLiteral(UL_CLUSTER_SCRIPT), QStringLiteral("stop"), cluster});
    return done.empty() ? 1 : 0;
}
