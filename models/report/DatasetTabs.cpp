// SPDX-License-Identifier: MIT
#include "report/DatasetTabs.h"

#include "core/ReadableName.h"

#include "query/ActivityLoader.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace ul {

std::vector<TabSpec> datasetTabs(const DatasetInfo& dataset)
{
    std::vector<TabSpec> tabs;
    // Invoice data is about revenue: its tab leads (window, slides, PDF and workbook alike).
    if (dataset.billing || namedAmountMetric(dataset))
        tabs.push_back({QStringLiteral("revenue"), TabGroup::Revenue,
                        QCoreApplication::translate("ul::RevenueTab", "Revenue"), QString()});
    // Recurring measures lead (a value on at least half the rows the fullest one has: not a column
    // most rows leave empty), the largest total first; calculated ratios follow what they divide.
    std::vector<const MetricInfo*> metrics;
    qint64 fullest = 0;
    for (const MetricInfo& m : dataset.metrics) {
        metrics.push_back(&m);
        fullest = std::max(fullest, m.rows);
    }
    const auto rank = [fullest](const MetricInfo* m) {
        const bool ratio = m->kind == QLatin1String("ratio");
        const bool recurring = 2 * m->rows >= fullest;
        return std::tuple(ratio, !recurring, -m->total);
    };
    std::stable_sort(metrics.begin(), metrics.end(),
                     [&](const MetricInfo* a, const MetricInfo* b) { return rank(a) < rank(b); });
    for (const MetricInfo* m : metrics)
        tabs.push_back({m->key, TabGroup::Metric, readableName(m->displayName), m->key});
    if (const auto value = defaultValueMetric(dataset)) {
        tabs.push_back({QStringLiteral("segments"), TabGroup::Segments,
                        QCoreApplication::translate("ul::SegmentsTab", "Segments"), value->key});
        tabs.push_back({QStringLiteral("health"), TabGroup::Health,
                        QCoreApplication::translate("ul::HealthTab", "Health"), value->key});
    }
    return tabs;
}

QString defaultDatasetName(const std::vector<DatasetInfo>& datasets)
{
    QString chosen;
    size_t most = 0;
    for (const DatasetInfo& d : datasets) {
        if (chosen.isEmpty() || d.metrics.size() > most) {
            chosen = d.name;
            most = d.metrics.size();
        }
    }
    return chosen;
}

std::optional<MetricInfo> defaultValueMetric(const DatasetInfo& dataset)
{
    if (auto money = namedAmountMetric(dataset))
        return money;
    if (dataset.metrics.empty())
        return std::nullopt;
    return dataset.metrics.front();
}

QString customerTabKey(const QString& externalId)
{
    return QStringLiteral("customer:") + (externalId.isEmpty() ? QStringLiteral("all") : externalId);
}

} // namespace ul
