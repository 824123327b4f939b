// SPDX-License-Identifier: MIT
#include "query/ActivityLoader.h"

#include "store/ChunkFactStore.h"

namespace ul {

bool loadActivity(FactStore& store, qint64 metricId, std::optional<DateRange> range, std::vector<ActivityRow>* out,
                  QString* error)
{
    out->clear();
    const std::optional<Precision> p = store.precision(metricId, error);
    if (!p)
        return false;
    if (!range) {
        range = store.dataRange(metricId, error);
        if (!range)
            return error->isEmpty();
    }
    return store.dayCells(
        metricId, *range, std::nullopt,
        [&](const DayCell& c) {
            out->push_back({qint64(c.customer), c.day, rawToDouble(*p, c.value), int(c.rows)});
        },
        error);
}

bool loadActivity(Connection& db, qint64 metricId, std::optional<DateRange> range, std::vector<ActivityRow>* out,
                  QString* error)
{
    ChunkFactStore store(db);
    return loadActivity(store, metricId, range, out, error);
}

std::optional<MetricInfo> namedAmountMetric(const DatasetInfo& dataset)
{
    // Money in the window's five languages: amount, Betrag, Montant, Importe, Valor (and kin).
    for (const char* hint : {"amount", "paid", "revenue", "price", "mrr", "betrag", "umsatz", "montant", "importe",
                             "valor", "preis", "prix", "precio", "preco", "receita", "ingresos"}) {
        for (const auto& m : dataset.metrics) {
            if (m.key.contains(QLatin1String(hint)))
                return m;
        }
    }
    // "Total" only as the whole name: "total_minutes" is usage.
    for (const char* name : {"total", "subtotal", "sub_total", "grand_total", "invoice_total", "gesamt", "summe"}) {
        for (const auto& m : dataset.metrics) {
            if (m.key == QLatin1String(name))
                return m;
        }
    }
    return std::nullopt;
}

std::optional<MetricInfo> amountMetric(Connection& db, const QString& dataset, const QString& requested, QString* error)
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
