// SPDX-License-Identifier: MIT
#include "store/MetricPrecision.h"

#include "store/ChunkCodec.h"
#include "store/DerivedTables.h"

#include <vector>

namespace ul {

namespace {

/// `raw` of precision `from` in precision `to` (never floating to exact); false on overflow.
bool convert(const Precision& from, const Precision& to, RawValue* raw)
{
    if (!to.exact) {
        if (from.exact)
            *raw = rawFromDouble(Decimal{*raw, from.scale}.toDouble());
        return true;
    }
    return !__builtin_mul_overflow(*raw, powerOfTen(to.scale - from.scale), raw);
}

QString overflow()
{
    return QStringLiteral("the metric's stored values cannot take more decimals without exceeding what UsageLens adds "
                          "exactly");
}

bool rewriteChunks(Connection& db, qint64 metricId, const Precision& from, const Precision& to, QString* error)
{
    Statement read = db.prepare(
        QStringLiteral("SELECT month, bucket, import_id, data FROM fact_chunks WHERE metric_id = ?"), error);
    Statement write = db.prepare(QStringLiteral("UPDATE fact_chunks SET data = ? WHERE metric_id = ? AND month = ? AND "
                                                "bucket = ? AND import_id = ?"),
                                 error);
    if (!read.isValid() || !write.isValid())
        return false;
    read.bind(1, metricId);
    struct Row {
        Day month;
        qint64 bucket, import;
        std::string data;
    };
    std::vector<Row> rows;
    std::vector<DayCell> cells;
    while (read.step(error)) {
        const Day month = Day(read.columnInt(0));
        cells.clear();
        if (!decodeDayChunk(read.columnBlob(3), month, from, &cells)) {
            *error = QStringLiteral("the workspace's facts are damaged (they cannot be decoded)");
            return false;
        }
        for (DayCell& c : cells)
            if (!convert(from, to, &c.value)) {
                *error = overflow();
                return false;
            }
        rows.push_back(
            {month, read.columnInt(1), read.columnInt(2), encodeDayChunk(cells.data(), cells.size(), month, to)});
    }
    if (read.failed())
        return false;
    for (const Row& r : rows) {
        write.bindBlob(1, r.data).bind(2, metricId).bind(3, r.month).bind(4, r.bucket).bind(5, r.import);
        if (!write.run(error))
            return false;
    }
    return true;
}

bool rewriteSummaries(Connection& db, qint64 metricId, const Precision& from, const Precision& to, QString* error)
{
    Statement read = db.prepare(QStringLiteral("SELECT month, data FROM month_summaries WHERE metric_id = ?"), error);
    Statement write = db.prepare(
        QStringLiteral("UPDATE month_summaries SET data = ? WHERE metric_id = ? AND month = ?"), error);
    if (!read.isValid() || !write.isValid())
        return false;
    read.bind(1, metricId);
    std::vector<std::pair<Day, std::string>> rows;
    std::vector<CustomerMonthTotal> months;
    while (read.step(error)) {
        const Day month = Day(read.columnInt(0));
        months.clear();
        if (!decodeMonthSummary(read.columnBlob(1), month, from, &months)) {
            *error = QStringLiteral("the workspace's month summaries are damaged (they cannot be decoded)");
            return false;
        }
        for (CustomerMonthTotal& m : months)
            if (!convert(from, to, &m.value)) {
                *error = overflow();
                return false;
            }
        rows.emplace_back(month, encodeMonthSummary(months, month, to));
    }
    if (read.failed())
        return false;
    for (const auto& [month, data] : rows) {
        write.bindBlob(1, data).bind(2, metricId).bind(3, month);
        if (!write.run(error))
            return false;
    }
    return true;
}

bool rewriteTotals(Connection& db, qint64 metricId, const Precision& from, const Precision& to, QString* error)
{
    Statement read = db.prepare(
        QStringLiteral("SELECT granularity, start, value FROM period_totals WHERE metric_id = ?"), error);
    Statement write = db.prepare(QStringLiteral("UPDATE period_totals SET value = ? WHERE metric_id = ? AND "
                                                "granularity = ? AND start = ?"),
                                 error);
    if (!read.isValid() || !write.isValid())
        return false;
    read.bind(1, metricId);
    struct Row {
        qint64 g, start;
        RawValue value;
    };
    std::vector<Row> rows;
    while (read.step(error)) {
        RawValue v = from.exact ? read.columnInt(2) : rawFromDouble(read.columnDouble(2));
        if (!convert(from, to, &v)) {
            *error = overflow();
            return false;
        }
        rows.push_back({read.columnInt(0), read.columnInt(1), v});
    }
    if (read.failed())
        return false;
    for (const Row& r : rows) {
        if (to.exact)
            write.bind(1, qint64(r.value));
        else
            write.bind(1, doubleFromRaw(r.value));
        write.bind(2, metricId).bind(3, r.g).bind(4, r.start);
        if (!write.run(error))
            return false;
    }
    return true;
}

} // namespace

bool settleMetricPrecision(Connection& db, qint64 metricId, const Precision& imported, Precision* settled,
                           QString* error)
{
    Statement scale = db.prepare(QStringLiteral("SELECT scale, EXISTS (SELECT 1 FROM fact_chunks WHERE metric_id = ?1) "
                                                "FROM metrics WHERE id = ?1"),
                                 error);
    if (!scale.isValid())
        return false;
    scale.bind(1, metricId);
    if (!scale.step(error)) {
        if (!scale.failed())
            *error = QStringLiteral("no metric #%1").arg(metricId);
        return false;
    }
    const Precision stored = Precision::fromColumn(scale.columnInt(0));
    const bool hasData = scale.columnInt(1) != 0;
    scale.reset();
    Precision result = imported;
    if (hasData) {
        if (!stored.exact || !imported.exact)
            result = Precision{false, 0};
        else
            result = Precision{true, std::max(stored.scale, imported.scale)};
        if (!(result == stored)
            && (!rewriteChunks(db, metricId, stored, result, error)
                || !rewriteSummaries(db, metricId, stored, result, error)
                || !rewriteTotals(db, metricId, stored, result, error)
                || !rescaleLifetimes(db, metricId, stored, result, error)))
            return false;
    }
    Statement update = db.prepare(QStringLiteral("UPDATE metrics SET scale = ? WHERE id = ?"), error);
    if (!update.isValid())
        return false;
    update.bind(1, result.toColumn()).bind(2, metricId);
    if (!update.run(error))
        return false;
    *settled = result;
    return true;
}

} // namespace ul
