// SPDX-License-Identifier: MIT
#pragma once

#include "query/DatasetCatalog.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// The kinds of tab a dataset has; every report view belongs to one (see ViewRegistry.h).
enum class TabGroup {
    Metric,   ///< one per metric: totals, rankings, KPIs
    Revenue,  ///< invoice datasets (a money column): MRR, retention, cohorts, unit economics
    Segments, ///< RFM segments and clusters of one metric
    Health,   ///< customers at risk or expanding
    Customer, ///< one customer's (or all customers') trends, opened on demand
    Drilldown ///< asked about one period at a time (who drove its change); in no tab's exports
};

/// One tab of a dataset as the window shows it and the exports write it.
struct TabSpec {
    QString key; ///< metric key, "revenue", "segments", "health", "customer:ID"
    TabGroup group = TabGroup::Metric;
    QString title;  ///< shown in the tab bar: the metric's header, or a translated name
    QString metric; ///< the metric key the tab's views use (empty for revenue: its amount metric)
};

/// The tabs of a dataset in the window's order: Revenue first when a metric is named like money,
/// one per metric, then Segments and Health (when the dataset has metrics).
std::vector<TabSpec> datasetTabs(const DatasetInfo& dataset);
/// Where the window starts and the exports default to: the dataset with the most metrics.
QString defaultDatasetName(const std::vector<DatasetInfo>& datasets);
/// The metric the Segments and Health tabs score first: the money metric, else the first one.
std::optional<MetricInfo> defaultValueMetric(const DatasetInfo& dataset);
/// The customer tab's key: "customer:ID", or "customer:all".
QString customerTabKey(const QString& externalId);

} // namespace ul
