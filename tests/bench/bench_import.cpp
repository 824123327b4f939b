// SPDX-License-Identifier: MIT
// Benchmark (not a test): generates an N-row daily-usage CSV (default 10 million), imports it,
// times two reports, and imports the same file with the sqlite3 shell's .import as the reference.
//   cmake --build build --target bench_import && build/bin/bench_import [ROWS] [DIR]
#include "db/Workspace.h"
#include "import/Importer.h"
#include "query/DatasetCatalog.h"
#include "report/ViewRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace ul;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/// 20,000 customers x 500 days, rows in date order like a daily export.
void writeCsv(const QString& path, qint64 rows)
{
    std::FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    std::fputs("customer_id,usage_date,minutes,bandwidth_gb\n", f);
    const int customers = 20000;
    const Day first = *dayFromYmd(2021, 1, 1);
    quint64 state = 42;
    for (qint64 i = 0; i < rows; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const int c = int(i % customers);
        const Day d = first + Day(i / customers);
        const double minutes = double((state >> 33) % 100000) / 100.0;
        std::fprintf(f, "cust%05d,%s,%.2f,%.3f\n", c, qPrintable(isoDate(d)), minutes, minutes * 0.045);
    }
    std::fclose(f);
}

double timeReport(const QString& dbPath, const QString& view, Granularity g)
{
    QElapsedTimer t;
    t.start();
    Workspace ws; // a fresh connection, as a `usagelens report` process would open
    QString error;
    ws.open(dbPath, Workspace::OpenMode::ExistingOnly, &error);
    ReportRequest request;
    request.metric = QStringLiteral("minutes");
    request.granularity = g;
    ReportContext context(ws.db());
    ReportTable table;
    ReportError failure;
    runReportView(context, view, request, &table, &failure);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                 : QDir::tempPath() + QStringLiteral("/usagelens-bench");
    QTextStream out(stdout);
    if (argc > 3 && QByteArray(argv[3]) == "--reports-only") {
        // Re-times the reports on the workspace a previous run left in DIR.
        const QString db = dir + QStringLiteral("/bench.usagelens");
        for (int run = 0; run < 3; ++run)
            out << "report totals/month: " << timeReport(db, QStringLiteral("totals"), Granularity::Month) << " ms; "
                << "report top: " << timeReport(db, QStringLiteral("top"), Granularity::Day) << " ms\n";
        return 0;
    }
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/usage.csv");
    const QString db = dir + QStringLiteral("/bench.usagelens");
    const QString ref = dir + QStringLiteral("/reference.sqlite");
    for (const QString& p : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), ref})
        QFile::remove(p);

    QElapsedTimer t;
    t.start();
    writeCsv(csv, rows);
    out << "generated " << rows << " rows (" << QFileInfo(csv).size() / 1048576 << " MiB) in " << t.elapsed()
        << " ms\n";
    out.flush();

    Workspace ws;
    QString error;
    ws.open(db, Workspace::OpenMode::CreateIfMissing, &error);
    t.restart();
    const ImportResult result = importFiles(ws, {csv}, {});
    const double importSeconds = double(t.elapsed()) / 1000.0;
    ws.close();
    if (!result.ok) {
        out << "import failed: " << result.error << '\n';
        return 1;
    }
    out << "usagelens import: " << importSeconds << " s, " << qint64(double(rows) / importSeconds)
        << " rows/s, peak RSS " << peakRssKb() / 1024 << " MiB\n";
    out.flush();

    t.restart();
    const int rc = QProcess::execute(QStringLiteral("sqlite3"),
                                     {ref, QStringLiteral(".mode csv"), QStringLiteral(".import %1 usage").arg(csv)});
    const double refSeconds = double(t.elapsed()) / 1000.0;
    if (rc == 0)
        out << "sqlite3 .import:  " << refSeconds << " s, " << qint64(double(rows) / refSeconds)
            << " rows/s; usagelens takes " << importSeconds / refSeconds << "x the reference time\n";
    else
        out << "sqlite3 shell not available (exit " << rc << ")\n";

    for (int run = 0; run < 3; ++run) {
        out << "report totals/month: " << timeReport(db, QStringLiteral("totals"), Granularity::Month) << " ms; "
            << "report top: " << timeReport(db, QStringLiteral("top"), Granularity::Day) << " ms\n";
    }
    return 0;
}
