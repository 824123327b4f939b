// SPDX-License-Identifier: MIT
#include "query/ActivityLoader.h"

namespace ul {

bool loadActivity(SqliteConnection& db, qint64 metricId, std::optional<DateRange> range, std::vector<ActivityRow>* out,
                  QString* error)
{
    out->clear();
    Statement st = db.prepare(
        QStringLiteral("SELECT customer_id, day, SUM(value), SUM(source_rows) FROM facts WHERE metric_id = ?1 "
                       "AND day BETWEEN ?2 AND ?3 GROUP BY day, customer_id"),
        error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, range ? range->from : -1000000).bind(3, range ? range->to : 1000000);
    while (st.step(error))
        out->push_back({st.columnInt(0), Day(st.columnInt(1)), st.columnDouble(2), int(st.columnInt(3))});
    return !st.failed();
}

std::vector<Invoice> invoicesFromActivity(const std::vector<ActivityRow>& rows)
{
    std::vector<Invoice> invoices;
    invoices.reserve(rows.size());
    for (const auto& r : rows)
        invoices.push_back({r.customer, r.day, r.value, r.events});
    return invoices;
}

std::optional<MetricInfo> namedAmountMetric(const DatasetInfo& dataset)
{
    for (const char* hint : {"amount", "paid", "revenue", "price", "mrr"}) {
        for (const auto& m : dataset.metrics) {
            if (m.key.contains(QLatin1String(hint)))
                return m;
        }
    }
    return std::nullopt;
}

std::optional<MetricInfo> amountMetric(SqliteConnection& db, const QString& dataset, const QString& requested,
                                       QString* error)
{
    if (!requested.isEmpty())
        return findMetric(db, requested, dataset, error);
    const auto ds = findDataset(db, dataset, error);
    if (!ds)
        return std::nullopt;
    if (auto named = namedAmountMetric(*ds))
        return named;
    if (ds->metrics.size() == 1)
        return ds->metrics.front();
    *error = QStringLiteral("dataset '%1' has no amount column; name the metric with --metric").arg(dataset);
    return std::nullopt;
}

} // namespace ul
