// SPDX-License-Identifier: MIT
#include "StoredFacts.h"

#include "import/ImportMapping.h"

#include <set>

#include "query/DatasetCatalog.h"
#include "store/ChunkCodec.h"
#include "store/ChunkFactStore.h"

namespace ul::test {

std::vector<StoredFact> storedFacts(Workspace& ws, std::optional<qint64> importId)
{
    std::vector<StoredFact> out;
    ChunkFactStore store(ws.db());
    const auto names = customerNames(ws.db());
    // The metrics users see; their sliced copies (dimensions) hold the same rows again.
    Statement st = ws.db().prepare(QStringLiteral("SELECT metric_id, month, import_id, data FROM fact_chunks WHERE "
                                                  "metric_id IN (SELECT id FROM metrics WHERE parent_id IS NULL) "
                                                  "ORDER BY metric_id, month, bucket, import_id"),
                                   nullptr);
    QString error;
    while (st.isValid() && st.step()) {
        if (importId && st.columnInt(2) != *importId)
            continue;
        const qint64 metric = st.columnInt(0);
        const std::optional<Precision> p = store.precision(metric, &error);
        std::vector<DayCell> cells;
        if (!p || !decodeDayChunk(st.columnBlob(3), Day(st.columnInt(1)), *p, &cells))
            return {};
        for (const DayCell& c : cells)
            out.push_back({metric, st.columnInt(2), names.value(c.customer), c.day, rawToDouble(*p, c.value), c.rows});
    }
    return out;
}

std::set<qint64> recordsMetricIds(Workspace& ws)
{
    std::set<qint64> ids;
    Statement st = ws.db().prepare(QStringLiteral("SELECT id FROM metrics WHERE key = ?"), nullptr);
    st.bind(1, QString::fromLatin1(kRecordsMetricKey));
    while (st.isValid() && st.step())
        ids.insert(st.columnInt(0));
    return ids;
}

namespace {

bool counts(Metrics which, const std::set<qint64>& records, qint64 metric)
{
    return which == Metrics::All || (which == Metrics::Records) == (records.count(metric) > 0);
}

} // namespace

double sumOfFacts(Workspace& ws, Metrics which)
{
    Statement any = ws.db().prepare(QStringLiteral("SELECT count(*) FROM fact_chunks"), nullptr);
    if (!any.isValid() || !any.step())
        return -1;
    const std::set<qint64> records = recordsMetricIds(ws);
    double sum = 0;
    for (const StoredFact& f : storedFacts(ws))
        if (counts(which, records, f.metric))
            sum += f.value;
    return sum;
}

double sumOfMonthSummaries(Workspace& ws, Metrics which)
{
    const std::set<qint64> records = recordsMetricIds(ws);
    ChunkFactStore store(ws.db());
    Statement st = ws.db().prepare(QStringLiteral("SELECT metric_id, month, data FROM month_summaries WHERE metric_id "
                                                  "IN (SELECT id FROM metrics WHERE parent_id IS NULL)"),
                                   nullptr);
    if (!st.isValid())
        return -1;
    double sum = 0;
    QString error;
    while (st.step()) {
        const std::optional<Precision> p = store.precision(st.columnInt(0), &error);
        std::vector<CustomerMonthTotal> months;
        if (!p || !decodeMonthSummary(st.columnBlob(2), Day(st.columnInt(1)), *p, &months))
            return -1;
        if (!counts(which, records, st.columnInt(0)))
            continue;
        for (const CustomerMonthTotal& m : months)
            sum += rawToDouble(*p, m.value);
    }
    return sum;
}

} // namespace ul::test
