// SPDX-License-Identifier: MIT
// The engine benchmark (not a test; numbers depend on the machine). For 1M and 10M rows in
// random and in date order it generates a daily-usage CSV (kept in DIR for the next run),
// imports it with `usagelens import` and with the sqlite3 shell's .import in the same run, then
// on the largest random-order workspace runs every view, for all customers and for one, as a
// fresh `usagelens report` process (median of RUNS), a few snapshots, and the window's first
// tab and filter changes (bench_window). Prints Markdown tables.
//   cmake --build build --target bench            (all of it, DIR = build/bench)
//   build/bin/bench_engine [--rows 1000000,10000000] [--customers 20000,1000000] [--dir DIR] [--runs 5]
//                          [--random-only] [--views-only] [--views top,kpis,...]
// With several customer counts every count gets its imports and its views, side by side.
#include "engine/ChildRun.h"
#include "engine/UsageCsv.h"
#include "engine/ViewCases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ul;
using namespace ul::bench;

namespace {

const QString kApp = QStringLiteral(UL_APP_BINARY);
const QString kWindow = QStringLiteral(UL_BENCH_WINDOW_BINARY);

void print(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString rowsLabel(qint64 rows)
{
    return rows % 1'000'000 == 0 ? QStringLiteral("%1M").arg(rows / 1'000'000) : QString::number(rows);
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Median wall time of `runs` runs (alternating with the reference keeps a busy machine fair
/// to both); the last run's result otherwise.
struct MedianRun {
    ChildRun last;
    double medianMs = 0;
};

/// Generates, imports with usagelens and with sqlite3, alternately `runs` times (median);
/// returns the workspace path ("" on failure).
QString benchImport(const QString& dir, qint64 rows, RowOrder order, quint32 customers, int runs)
{
    const QString file = usageCsvName(rows, order, customers);
    const QString name = file.mid(6, file.size() - 10); // usage-NAME.csv
    const QString csv = dir + QLatin1Char('/') + file;
    if (!QFileInfo::exists(csv)) {
        QElapsedTimer t;
        t.start();
        if (!writeUsageCsv(csv + QStringLiteral(".part"), rows, order, customers)
            || !QFile::rename(csv + QStringLiteral(".part"), csv)) {
            print(QStringLiteral("cannot write %1").arg(csv));
            return QString();
        }
        std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(csv), double(t.elapsed()) / 1000);
    }
    const QString workspace = dir + QStringLiteral("/%1.usagelens").arg(name);
    const QString reference = dir + QStringLiteral("/reference.sqlite");
    std::vector<double> oursMs, sqliteMs;
    ChildRun ours, sqlite;
    double peakMiB = 0;
    for (int run = 0; run < runs; ++run) {
        removeWorkspace(workspace);
        ours = runChild(kApp, {QStringLiteral("import"), QStringLiteral("--db"), workspace, csv});
        if (ours.exitCode != 0) {
            print(QStringLiteral("usagelens import failed: %1").arg(QString::fromLocal8Bit(ours.err.trimmed())));
            return QString();
        }
        oursMs.push_back(ours.wallMs);
        peakMiB = std::max(peakMiB, ours.peakMiB);
        removeWorkspace(reference);
        sqlite = runChild(QStringLiteral("sqlite3"),
                          {reference, QStringLiteral(".mode csv"), QStringLiteral(".import %1 usage").arg(csv)});
        removeWorkspace(reference);
        if (sqlite.exitCode == 0)
            sqliteMs.push_back(sqlite.wallMs);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    const double oursMedian = median(oursMs), sqliteMedian = median(sqliteMs);
    const QString ratio = !sqliteMs.empty() ? QStringLiteral("%1x").arg(oursMedian / sqliteMedian, 0, 'f', 2)
                                            : QStringLiteral("(no sqlite3)");
    print(QStringLiteral("| %1 %2, %9 customers | %3 s | %4 s | %5 | %6 MB | %7 MB | %8 |")
              .arg(rowsLabel(rows), order == RowOrder::Random ? QStringLiteral("random") : QStringLiteral("by date"))
              .arg(sqliteMedian / 1000, 0, 'f', 2)
              .arg(oursMedian / 1000, 0, 'f', 2)
              .arg(ratio)
              .arg(peakMiB, 0, 'f', 0)
              .arg(QFileInfo(workspace).size() / 1048576)
              .arg(runs)
              .arg(customers));
    return workspace;
}

void benchViews(const QString& workspace, const QString& customer, int runs, const QStringList& only)
{
    print(QStringLiteral(
        "\n| view (fresh `usagelens report` process) | median ms | max ms | peak MB |\n|---|---|---|---|"));
    for (const ViewCase& c : viewCases(customer)) {
        if (!only.isEmpty() && !only.contains(c.label.section(QLatin1Char(' '), 0, 0)))
            continue;
        std::vector<double> wall;
        double peak = 0;
        QString failure;
        for (int i = 0; i < runs && failure.isEmpty(); ++i) {
            const ChildRun r = runChild(kApp, QStringList{QStringLiteral("report"), QStringLiteral("--db"), workspace,
                                                          QStringLiteral("--metric"), QStringLiteral("minutes")}
                                                  + c.arguments);
            if (r.exitCode != 0)
                failure = QString::fromLocal8Bit(r.err.trimmed());
            wall.push_back(r.wallMs);
            peak = std::max(peak, r.peakMiB);
        }
        if (!failure.isEmpty()) {
            print(QStringLiteral("| %1 | failed: %2 | | |").arg(c.label, failure));
            continue;
        }
        std::sort(wall.begin(), wall.end());
        print(QStringLiteral("| %1 | %2 | %3 | %4 |")
                  .arg(c.label)
                  .arg(wall[wall.size() / 2], 0, 'f', 0)
                  .arg(wall.back(), 0, 'f', 0)
                  .arg(peak, 0, 'f', 0));
    }
}

void benchSnapshots(const QString& workspace, const QString& dir)
{
    print(QStringLiteral("\n| snapshot (fresh process, offscreen) | ms | peak MB |\n|---|---|---|"));
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const std::pair<const char*, const char*> cases[] = {
        {"minutes", "month"}, {"minutes", "day"}, {"Segments", "month"}, {"Health", "month"}};
    for (const auto& [tab, granularity] : cases) {
        const ChildRun r = runChild(kApp,
                                    {QStringLiteral("snapshot"), QStringLiteral("--db"), workspace,
                                     QStringLiteral("--out"), dir + QStringLiteral("/snapshot.png"),
                                     QStringLiteral("--tab"), QLatin1String(tab), QStringLiteral("--granularity"),
                                     QLatin1String(granularity)},
                                    env);
        print(QStringLiteral("| --tab %1 --granularity %2 | %3 | %4 |")
                  .arg(QLatin1String(tab), QLatin1String(granularity))
                  .arg(r.exitCode == 0 ? QString::number(r.wallMs, 'f', 0)
                                       : QStringLiteral("failed: ") + QString::fromLocal8Bit(r.err.trimmed()))
                  .arg(r.peakMiB, 0, 'f', 0));
    }
}

void benchWindow(const QString& workspace)
{
    print(QStringLiteral("\n| window (fresh process, offscreen, 1600x1000) | ms |\n|---|---|"));
    const ChildRun r = runChild(kWindow, {workspace}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    if (r.exitCode != 0) {
        print(QStringLiteral("| failed | %1 |").arg(QString::fromLocal8Bit(r.err.trimmed())));
        return;
    }
    for (const QByteArray& line : r.out.split('\n'))
        if (line.startsWith("RESULT ")) {
            const QList<QByteArray> parts = line.split(' ');
            print(QStringLiteral("| %1 | %2 |")
                      .arg(QString::fromLatin1(parts.value(1)), QString::fromLatin1(parts.value(2))));
        }
    print(QStringLiteral("| (peak MB) | %1 |").arg(r.peakMiB, 0, 'f', 0));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("UsageLens engine benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Row counts, comma-separated."), QStringLiteral("N,..."),
                      QStringLiteral("1000000,10000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where CSVs and workspaces are kept."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/usagelens-bench")});
    parser.addOption(
        {QStringLiteral("runs"),
         QStringLiteral("Runs per view and per import of up to 2M rows (median; 3 at most for larger imports)."),
         QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customer counts, comma-separated."),
                      QStringLiteral("N,..."), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("random-only"), QStringLiteral("Only the random-order files.")});
    parser.addOption({QStringLiteral("views-only"), QStringLiteral("No snapshots and no window.")});
    parser.addOption({QStringLiteral("views"), QStringLiteral("Only these views (first word of the label)."),
                      QStringLiteral("V,...")});
    parser.process(app);
    const QString dir = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    QDir().mkpath(dir);
    std::vector<qint64> rows;
    for (const QString& r : parser.value(QStringLiteral("rows")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        rows.push_back(r.toLongLong());
    std::sort(rows.begin(), rows.end());
    if (rows.empty() || rows.front() <= 0) {
        std::fprintf(stderr, "bench_engine: --rows needs positive counts\n");
        return 2;
    }

    std::vector<quint32> customers;
    for (const QString& c : parser.value(QStringLiteral("customers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        customers.push_back(c.toUInt());
    if (customers.empty() || std::count(customers.begin(), customers.end(), 0u) > 0) {
        std::fprintf(stderr, "bench_engine: --customers needs positive counts\n");
        return 2;
    }

    print(QStringLiteral("| import (whole process, median) | sqlite3 .import | usagelens | ratio | peak RSS | "
                         "workspace | runs |\n"
                         "|---|---|---|---|---|---|---|"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<std::pair<quint32, QString>> largest; // per customer count
    for (const quint32 c : customers) {
        QString workspace;
        for (const qint64 n : rows)
            for (const RowOrder order : {RowOrder::Random, RowOrder::ByDate}) {
                if (order == RowOrder::ByDate && parser.isSet(QStringLiteral("random-only")))
                    continue;
                // Ten-million-row imports take seconds each: three runs make their median.
                const QString w = benchImport(dir, n, order, c, n > 2000000 ? std::min(runs, 3) : runs);
                if (order == RowOrder::Random && !w.isEmpty())
                    workspace = w;
            }
        if (workspace.isEmpty())
            return 1;
        largest.emplace_back(c, workspace);
    }
    for (const auto& [c, workspace] : largest) {
        std::fprintf(stderr, "views on %s\n", qPrintable(workspace));
        print(QStringLiteral("\n%1 customers, %2 rows:").arg(c).arg(rowsLabel(rows.back())));
        benchViews(workspace, firstCustomer(kApp, workspace), runs,
                   parser.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (parser.isSet(QStringLiteral("views-only")))
            continue;
        benchSnapshots(workspace, dir);
        benchWindow(workspace);
    }
    return 0;
}
