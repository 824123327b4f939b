// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "query/DatasetCatalog.h"
#include "revenue/Invoice.h"
#include "segments/ActivityRow.h"
#include "store/FactStore.h"

#include <optional>
#include <vector>

namespace ul {

/// Per customer and day: the metric's sum and how many source rows (payments) it stands for.
bool loadActivity(FactStore& store, qint64 metricId, std::optional<DateRange> range, std::vector<ActivityRow>* out,
                  QString* error);
/// The same on a workspace's own store.
bool loadActivity(Connection& db, qint64 metricId, std::optional<DateRange> range, std::vector<ActivityRow>* out,
                  QString* error);
/// The metric of a dataset whose key says it holds money (amount, paid, revenue, price, mrr, or
/// the same in German, French, Spanish or Portuguese; `total` as the whole name); nullopt for
/// usage data. Decides whether a dataset is an invoices dataset.
std::optional<MetricInfo> namedAmountMetric(const DatasetInfo& dataset);
/// The metric holding money in an invoices dataset: `requested` (key or header) when given, else a
/// metric named like amount/paid/revenue/price/mrr, else the dataset's only metric.
std::optional<MetricInfo> amountMetric(Connection& db, const QString& dataset, const QString& requested,
                                       QString* error);

} // namespace ul
