// SPDX-License-Identifier: MIT
#include "store/ChunkFactStore.h"

#include "store/DerivedTables.h"
#include "store/DistinctCounts.h"
#include "store/RatioMetrics.h"

#include <algorithm>

namespace ul {

namespace {

QString damaged(const char* what)
{
    return QStringLiteral("the workspace's %1 are damaged (they cannot be decoded)").arg(QLatin1String(what));
}

RawValue columnRaw(const Statement& st, int col, const Precision& p)
{
    return p.exact ? st.columnInt(col) : rawFromDouble(st.columnDouble(col));
}

} // namespace

int granularityCode(Granularity g) { return int(g); }

bool mergeDayCells(std::vector<DayCell>& cells, const Precision& precision)
{
    std::sort(cells.begin(), cells.end(), [](const DayCell& a, const DayCell& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });
    size_t w = 0;
    bool ok = true;
    for (size_t r = 0; r < cells.size(); ++r) {
        if (w > 0 && cells[w - 1].customer == cells[r].customer && cells[w - 1].day == cells[r].day) {
            ok = addRaw(precision, cells[w - 1].value, cells[r].value) && ok;
            cells[w - 1].rows += cells[r].rows;
        } else {
            cells[w++] = cells[r];
        }
    }
    cells.resize(w);
    return ok;
}

std::optional<Precision> ChunkFactStore::precision(qint64 metricId, QString* error)
{
    if (auto it = m_precision.find(metricId); it != m_precision.end())
        return it->second;
    Statement st = m_db.prepare(QStringLiteral("SELECT scale FROM metrics WHERE id = ?"), error);
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, metricId);
    if (!st.step(error)) {
        if (!st.failed())
            *error = QStringLiteral("no metric #%1 in this workspace").arg(metricId);
        return std::nullopt;
    }
    const Precision p = Precision::fromColumn(st.columnInt(0));
    m_precision.emplace(metricId, p);
    return p;
}

std::optional<MetricKind> ChunkFactStore::metricKind(qint64 metricId, QString* error)
{
    if (auto it = m_kinds.find(metricId); it != m_kinds.end())
        return it->second;
    Statement st = m_db.prepare(QStringLiteral("SELECT kind, formula, dataset_id FROM metrics WHERE id = ?"), error);
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, metricId);
    if (!st.step(error)) {
        if (!st.failed())
            *error = QStringLiteral("no metric #%1 in this workspace").arg(metricId);
        return std::nullopt;
    }
    MetricKind kind;
    const QString name = st.columnText(0);
    const QString formula = st.columnText(1);
    const qint64 dataset = st.columnInt(2);
    if (name == QLatin1String("distinct")) {
        kind.kind = MetricKind::Distinct;
    } else if (name == QLatin1String("ratio")) {
        kind.kind = MetricKind::Ratio;
        const QStringList keys = formula.split(QLatin1Char('/'));
        Statement find = m_db.prepare(
            QStringLiteral("SELECT id FROM metrics WHERE dataset_id = ? AND key = ? AND kind != 'ratio'"), error);
        if (!find.isValid())
            return std::nullopt;
        qint64* ids[] = {&kind.numerator, &kind.denominator};
        for (int i = 0; i < 2; ++i) {
            find.reset();
            find.bind(1, dataset).bind(2, keys.value(i));
            if (keys.size() != 2 || !find.step(error)) {
                if (!find.failed())
                    *error = QStringLiteral("the ratio metric #%1 (%2) refers to a metric the dataset no longer has")
                                 .arg(metricId)
                                 .arg(formula);
                return std::nullopt;
            }
            *ids[i] = find.columnInt(0);
        }
    } else if (name != QLatin1String("sum")) {
        *error = QStringLiteral("metric #%1 is of a kind this UsageLens does not know ('%2')").arg(metricId).arg(name);
        return std::nullopt;
    }
    m_kinds.emplace(metricId, kind);
    return kind;
}

bool ChunkFactStore::distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                     const std::function<void(Day, const DistinctEntry&)>& visit, QString* error)
{
    const QString sql = customer ? QStringLiteral("SELECT month, data FROM distinct_chunks WHERE metric_id = ?1 AND "
                                                  "month BETWEEN ?2 AND ?3 AND bucket = ?4 ORDER BY month, import_id")
                                 : QStringLiteral("SELECT month, data FROM distinct_chunks WHERE metric_id = ?1 AND "
                                                  "month BETWEEN ?2 AND ?3 ORDER BY month, bucket, import_id");
    Statement st = m_db.prepare(sql, error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, firstMonth).bind(3, lastMonth);
    if (customer)
        st.bind(4, qint64(bucketOf(*customer)));
    std::vector<DistinctEntry> entries;
    while (st.step(error)) {
        const Day month = Day(st.columnInt(0));
        entries.clear();
        if (!decodeDistinctChunk(st.columnBlob(1), &entries)) {
            *error = damaged("distinct values");
            return false;
        }
        for (const DistinctEntry& e : entries)
            visit(month, e);
    }
    return !st.failed();
}

std::optional<DateRange> ChunkFactStore::dataRange(qint64 metricId, QString* error)
{
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return std::nullopt;
    if (kind->kind == MetricKind::Ratio)
        return dataRange(kind->numerator, error);
    if (kind->kind == MetricKind::Distinct) {
        Statement months = m_db.prepare(
            QStringLiteral("SELECT MIN(month), MAX(month) FROM distinct_chunks WHERE metric_id = ?"), error);
        if (!months.isValid())
            return std::nullopt;
        months.bind(1, metricId);
        if (!months.step(error) || months.columnIsNull(0))
            return std::nullopt;
        return distinctDataRange(*this, metricId, Day(months.columnInt(0)), Day(months.columnInt(1)), error);
    }
    Statement st = m_db.prepare(QStringLiteral("SELECT MIN(start), MAX(start) FROM period_totals "
                                               "WHERE metric_id = ? AND granularity = 0 AND active > 0"),
                                error);
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, metricId);
    if (!st.step(error) || st.columnIsNull(0))
        return std::nullopt;
    return DateRange{Day(st.columnInt(0)), Day(st.columnInt(1))};
}

bool ChunkFactStore::customerTotals(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                                    std::vector<CustomerTotal>* out, QString* error)
{
    // The default range of every view is all of the data: one packed row instead of every
    // customer's months (1M customers x 24 months was most of top's and the KPIs' time).
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (!customer && kind->kind == MetricKind::Sum && !range.isEmpty()) {
        const std::optional<DateRange> data = dataRange(metricId, error);
        if (!data && !error->isEmpty())
            return false;
        bool derived = false;
        if (data && range.from <= data->from && range.to >= data->to && !keepsDerived(metricId, &derived, error))
            return false;
        const std::optional<Precision> p = derived ? precision(metricId, error) : std::nullopt;
        bool kept = false;
        if (p && !readLifetimes(m_db, metricId, *p, out, &kept, error))
            return false;
        if (kept)
            return true;
    }
    return FactStore::customerTotals(metricId, range, customer, out, error);
}

bool ChunkFactStore::keepsDerived(qint64 metricId, bool* kept, QString* error)
{
    *kept = false;
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (!m_derived) {
        const bool has = hasDerivedTables(m_db, error);
        if (!error->isEmpty())
            return false;
        m_derived = has;
    }
    *kept = *m_derived && kind->kind == MetricKind::Sum;
    return true;
}

bool ChunkFactStore::keptCohorts(qint64 metricId, std::vector<CohortCell>* out, bool* kept, QString* error)
{
    out->clear();
    return keepsDerived(metricId, kept, error) && (!*kept || readCohortCells(m_db, metricId, out, error));
}

bool ChunkFactStore::keptActivity(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                  std::vector<PeriodActivity>* out, bool* kept, QString* error)
{
    out->clear();
    return keepsDerived(metricId, kept, error)
           && (!*kept || readActivity(m_db, metricId, granularityCode(g), firstStart, lastStart, out, error));
}

qint64 ChunkFactStore::rowCount(qint64 metricId, QString* error)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT COALESCE(SUM(rows), 0) FROM period_totals WHERE metric_id = ? AND granularity = 4"),
        error);
    if (!st.isValid())
        return 0;
    st.bind(1, metricId);
    return st.step(error) ? st.columnInt(0) : 0;
}

bool ChunkFactStore::storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                        std::vector<PeriodAggregate>* out, QString* error)
{
    out->clear();
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT start, value, rows, active FROM period_totals "
                                               "WHERE metric_id = ? AND granularity = ? AND start BETWEEN ? AND ? "
                                               "ORDER BY start"),
                                error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, granularityCode(g)).bind(3, firstStart).bind(4, lastStart);
    while (st.step(error))
        out->push_back({Day(st.columnInt(0)), columnRaw(st, 1, *p), st.columnInt(2), st.columnInt(3), false});
    return !st.failed();
}

bool ChunkFactStore::monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                    const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctMonthSummaries(*this, metricId, firstMonth, lastMonth, customer, visit, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioMonthSummaries(*this, *kind, firstMonth, lastMonth, customer, visit, error);
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    Statement st = m_db.prepare(QStringLiteral("SELECT month, data FROM month_summaries WHERE metric_id = ? "
                                               "AND month BETWEEN ? AND ? ORDER BY month"),
                                error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, firstMonth).bind(3, lastMonth);
    std::vector<CustomerMonthTotal> months;
    while (st.step(error)) {
        const Day month = Day(st.columnInt(0));
        months.clear();
        if (!decodeMonthSummary(st.columnBlob(1), month, *p, &months)) {
            *error = damaged("month summaries");
            return false;
        }
        if (customer) {
            const auto it = std::lower_bound(months.begin(), months.end(), *customer,
                                             [](const CustomerMonthTotal& m, quint32 c) { return m.customer < c; });
            if (it != months.end() && it->customer == *customer)
                visit(month, *it);
            continue;
        }
        for (const CustomerMonthTotal& m : months)
            visit(month, m);
    }
    return !st.failed();
}

bool ChunkFactStore::dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                              const std::function<void(const DayCell&)>& visit, QString* error)
{
    if (range.isEmpty())
        return true;
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctDayCells(*this, metricId, range, customer, visit, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioDayCells(*this, *kind, range, customer, visit, error);
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    // One customer: its bucket's chunk of each month, by key (a month range followed by a bucket
    // test would read every bucket's chunks).
    const QString sql = customer ? QStringLiteral("SELECT month, bucket, data FROM fact_chunks WHERE metric_id = ?1 "
                                                  "AND month = ?2 AND bucket = ?3 ORDER BY import_id")
                                 : QStringLiteral("SELECT month, bucket, data FROM fact_chunks WHERE metric_id = ?1 "
                                                  "AND month BETWEEN ?2 AND ?3 ORDER BY month, bucket, import_id");
    Statement st = m_db.prepare(sql, error);
    if (!st.isValid())
        return false;
    // For one customer the months are visited one by one: only those the metric has data in.
    DateRange span = range;
    if (customer) {
        const std::optional<DateRange> data = dataRange(metricId, error);
        if (!data)
            return error->isEmpty();
        span = DateRange{std::max(range.from, data->from), std::min(range.to, data->to)};
        if (span.isEmpty())
            return true;
    }
    const Day firstMonth = periodStart(span.from, Granularity::Month);
    Day month = firstMonth;
    st.bind(1, metricId).bind(2, firstMonth);
    st.bind(3, customer ? qint64(bucketOf(*customer)) : qint64(range.to));
    // The next row: for one customer, moves on to the next month when one is done.
    const auto step = [&] {
        for (;;) {
            if (st.step(error))
                return true;
            if (!customer || st.failed())
                return false;
            month = nextPeriodStart(month, Granularity::Month);
            if (month > span.to)
                return false;
            st.reset();
            st.bind(1, metricId).bind(2, month).bind(3, qint64(bucketOf(*customer)));
        }
    };
    // Chunks of one month and bucket from several imports are merged before visiting.
    std::vector<DayCell> cells;
    Day groupMonth = 0;
    qint64 groupBucket = -1;
    int chunksInGroup = 0;
    bool ok = true;
    const auto flush = [&] {
        if (chunksInGroup > 1)
            ok = mergeDayCells(cells, *p) && ok;
        for (const DayCell& c : cells) {
            if (c.day < range.from || c.day > range.to || (customer && c.customer != *customer))
                continue;
            visit(c);
        }
        cells.clear();
        chunksInGroup = 0;
    };
    while (step()) {
        const Day chunkMonth = Day(st.columnInt(0));
        const qint64 bucket = st.columnInt(1);
        if (chunkMonth != groupMonth || bucket != groupBucket) {
            flush();
            groupMonth = chunkMonth;
            groupBucket = bucket;
        }
        ++chunksInGroup;
        if (!decodeDayChunk(st.columnBlob(2), chunkMonth, *p, &cells)) {
            *error = damaged("facts");
            return false;
        }
    }
    if (st.failed())
        return false;
    flush();
    if (!ok)
        *error = QStringLiteral("a sum exceeds what UsageLens adds exactly");
    return ok;
}

} // namespace ul
