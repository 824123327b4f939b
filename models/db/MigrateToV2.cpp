// SPDX-License-Identifier: MIT
#include "db/MigrateToV2.h"

#include "core/Granularity.h"
#include "core/NumberFormat.h"
#include "store/ChunkCodec.h"
#include "store/ChunkFactStore.h"
#include "store/RollupWriter.h"

#include <map>
#include <set>

namespace ul {

namespace {

const char* const kNewTables = R"(
ALTER TABLE metrics ADD COLUMN scale INTEGER NOT NULL DEFAULT 0;
CREATE TABLE fact_chunks (
    metric_id INTEGER NOT NULL, month INTEGER NOT NULL, bucket INTEGER NOT NULL, import_id INTEGER NOT NULL,
    cells INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (metric_id, month, bucket, import_id)) WITHOUT ROWID;
CREATE INDEX fact_chunks_by_import ON fact_chunks(import_id);
CREATE TABLE month_summaries (
    metric_id INTEGER NOT NULL, month INTEGER NOT NULL, customers INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (metric_id, month)) WITHOUT ROWID;
CREATE TABLE period_totals (
    metric_id INTEGER NOT NULL, granularity INTEGER NOT NULL, start INTEGER NOT NULL, value NOT NULL,
    rows INTEGER NOT NULL, active INTEGER NOT NULL,
    PRIMARY KEY (metric_id, granularity, start)) WITHOUT ROWID;
)";

/// Exact with the decimals the values need when every value prints as a short decimal.
bool precisionOf(Connection& db, qint64 metric, Precision* out, QString* error)
{
    Statement st = db.prepare(QStringLiteral("SELECT value FROM facts WHERE metric_id = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, metric);
    Precision p{true, 0};
    while (st.step(error)) {
        const QByteArray text = shortestNumber(st.columnDouble(0)).toLatin1();
        const auto d = parseDecimal(std::string_view(text.constData(), size_t(text.size())));
        if (!d) {
            p = Precision{false, 0};
            break;
        }
        p.scale = std::max(p.scale, d->decimals);
    }
    if (st.failed())
        return false;
    *out = p;
    return true;
}

RawValue rawOf(const Precision& p, double value)
{
    if (!p.exact)
        return rawFromDouble(value);
    const QByteArray text = shortestNumber(value).toLatin1();
    return rawFromMicros(parseDecimal(std::string_view(text.constData(), size_t(text.size())))->micros, p.scale);
}

bool migrateMetric(Connection& db, qint64 metric, QString* error)
{
    Precision p;
    if (!precisionOf(db, metric, &p, error))
        return false;
    Statement scale = db.prepare(QStringLiteral("UPDATE metrics SET scale = ? WHERE id = ?"), error);
    if (!scale.isValid())
        return false;
    scale.bind(1, p.toColumn()).bind(2, metric);
    if (!scale.run(error))
        return false;
    Statement read = db.prepare(QStringLiteral("SELECT import_id, day, customer_id, value, source_rows FROM facts "
                                               "WHERE metric_id = ? ORDER BY import_id, day"),
                                error);
    Statement insert = db.prepare(QStringLiteral("INSERT INTO fact_chunks(metric_id, month, bucket, import_id, cells, "
                                                 "data) VALUES(?, ?, ?, ?, ?, ?)"),
                                  error);
    if (!read.isValid() || !insert.isValid())
        return false;
    read.bind(1, metric);
    // (import, month) -> cells; the old facts are small enough to hold one metric in memory.
    std::map<std::pair<qint64, Day>, std::vector<DayCell>> groups;
    std::set<Day> months;
    while (read.step(error)) {
        const Day day = Day(read.columnInt(1));
        const Day month = periodStart(day, Granularity::Month);
        months.insert(month);
        groups[{read.columnInt(0), month}].push_back(
            {quint32(read.columnInt(2)), day, read.columnInt(4), rawOf(p, read.columnDouble(3))});
    }
    if (read.failed())
        return false;
    for (auto& [key, cells] : groups) {
        if (!mergeDayCells(cells, p)) {
            *error = QStringLiteral("a stored sum exceeds what UsageLens adds exactly");
            return false;
        }
        for (size_t begin = 0; begin < cells.size();) {
            const quint32 bucket = bucketOf(cells[begin].customer);
            size_t end = begin;
            while (end < cells.size() && bucketOf(cells[end].customer) == bucket)
                ++end;
            insert.bind(1, metric).bind(2, key.second).bind(3, qint64(bucket)).bind(4, key.first);
            insert.bind(5, qint64(end - begin))
                .bindBlob(6, encodeDayChunk(cells.data() + begin, end - begin, key.second, p));
            if (!insert.run(error))
                return false;
            begin = end;
        }
    }
    return rebuildMonths(db, metric, p, months, error);
}

} // namespace

bool migrateToVersion2(Connection& db, QString* error)
{
    if (!db.exec(QString::fromLatin1(kNewTables), error))
        return false;
    std::vector<qint64> metrics;
    {
        Statement st = db.prepare(QStringLiteral("SELECT id FROM metrics"), error);
        if (!st.isValid())
            return false;
        while (st.step(error))
            metrics.push_back(st.columnInt(0));
        if (st.failed())
            return false;
    }
    for (qint64 metric : metrics)
        if (!migrateMetric(db, metric, error))
            return false;
    return db.exec(QStringLiteral("DROP TABLE facts; DROP TABLE facts_monthly;"), error);
}

} // namespace ul
