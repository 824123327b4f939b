// SPDX-License-Identifier: MIT
// NDJSON reading speed: the simdjson reader against the reader it replaced, in one run, each
// read as a fresh process (wall time and peak memory of that process alone).
//   bench_json --dir DIR [--rows N] [--runs R]
#include "engine/ChildRun.h"
#include "import/ReaderFactory.h"
#include "legacy/LegacyJsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ul;

namespace {

/// Usage events like a product's export: string and numeric ids, a timestamp, two measures,
/// a country, and now and then a null or a nested object.
bool writeEvents(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(42);
    QByteArray line;
    static const char* kCountries[] = {"DE", "FR", "US", "BR", "JP", "IN"};
    for (qint64 i = 0; i < rows; ++i) {
        const unsigned customer = unsigned(rng() % 20000);
        const int day = int(rng() % 730);
        line = "{\"customer_id\":";
        line += (customer % 3 == 0) ? QByteArray::number(100000 + customer)
                                    : "\"cust-" + QByteArray::number(customer) + '"';
        line += ",\"event_time\":\"" + QDate(2023, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1() + "T"
                + QByteArray::number(10 + int(rng() % 10)) + ":15:00Z\"";
        line += ",\"minutes\":" + QByteArray::number(double(rng() % 100000) / 100.0, 'f', 2);
        line += ",\"sessions\":" + (rng() % 50 == 0 ? QByteArray("null") : QByteArray::number(int(rng() % 40)));
        line += ",\"country\":\"" + QByteArray(kCountries[rng() % 6]) + '"';
        if (rng() % 20 == 0)
            line += ",\"device\":{\"os\":\"linux\",\"version\":\"6.1\"}";
        line += "}\n";
        file.write(line);
    }
    return file.error() == QFileDevice::NoError;
}

/// Child mode: reads every row with one reader and prints "rows checksum".
int readAll(const QString& which, const QString& path)
{
    QString error;
    std::unique_ptr<RecordReader> reader;
    if (which == QLatin1String("legacy"))
        reader = std::make_unique<bench::LegacyJsonReader>(path, bench::LegacyJsonReader::Layout::Lines);
    else
        reader = openRecordReader(path, SourceOptions{}, &error);
    if (!reader || (which == QLatin1String("legacy") && !reader->open(&error))) {
        std::fprintf(stderr, "bench_json: %s\n", qPrintable(error));
        return 1;
    }
    Record record;
    RecordProblem problem;
    qint64 rows = 0, bad = 0;
    quint64 checksum = 0;
    for (;;) {
        const ReadResult r = reader->next(record, problem);
        if (r == ReadResult::End)
            break;
        if (r == ReadResult::Fatal) {
            std::fprintf(stderr, "bench_json: %s\n", qPrintable(problem.message));
            return 1;
        }
        if (r == ReadResult::BadRow) {
            ++bad;
            continue;
        }
        ++rows;
        for (const auto& f : record.fields)
            checksum += f.size();
    }
    std::printf("%lld %lld %llu\n", static_cast<long long>(rows), static_cast<long long>(bad),
                static_cast<unsigned long long>(checksum));
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--read"))
        return readAll(args.at(2), args.at(3));

    QString dir = QDir::tempPath();
    qint64 rows = 1000000;
    int runs = 3;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("events_%1.ndjson").arg(rows));
    if (!QFileInfo::exists(path) && !writeEvents(path, rows)) {
        std::fprintf(stderr, "bench_json: cannot write %s\n", qPrintable(path));
        return 1;
    }
    QTextStream out(stdout);
    out << "NDJSON: " << rows << " lines, " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB, "
        << runs << " runs each, fresh process per run\n";
    QByteArray answers[2];
    const QString readers[] = {QStringLiteral("legacy"), QStringLiteral("simdjson")};
    std::vector<double> ms[2], mib[2];
    for (int run = 0; run < runs; ++run) {
        for (int r = 0; r < 2; ++r) {
            const bench::ChildRun child = bench::runChild(app.applicationFilePath(),
                                                          {QStringLiteral("--read"), readers[r], path});
            if (child.exitCode != 0) {
                std::fprintf(stderr, "bench_json: %s failed: %s\n", qPrintable(readers[r]), child.err.constData());
                return 1;
            }
            answers[r] = child.out.trimmed();
            ms[r].push_back(child.wallMs);
            mib[r].push_back(child.peakMiB);
        }
    }
    for (int r = 0; r < 2; ++r)
        out << QStringLiteral("%1: median %2 ms, peak %3 MiB (rows bad checksum: %4)\n")
                   .arg(readers[r], -9)
                   .arg(median(ms[r]), 0, 'f', 0)
                   .arg(median(mib[r]), 0, 'f', 0)
                   .arg(QString::fromLatin1(answers[r]));
    out << QStringLiteral("speed-up: %1x\n").arg(median(ms[0]) / std::max(1.0, median(ms[1])), 0, 'f', 1);
    return 0;
}
