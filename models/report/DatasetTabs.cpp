// SPDX-License-Identifier: MIT
#include "report/DatasetTabs.h"

#include "query/ActivityLoader.h"

#include <QCoreApplication>

namespace ul {

std::vector<TabSpec> datasetTabs(const DatasetInfo& dataset)
{
    std::vector<TabSpec> tabs;
    // Invoice data is about revenue: its tab leads (window, slides, PDF and workbook alike).
    if (dataset.billing || namedAmountMetric(dataset))
        tabs.push_back({QStringLiteral("revenue"), TabGroup::Revenue,
                        QCoreApplication::translate("ul::RevenueTab", "Revenue"), QString()});
    for (const MetricInfo& m : dataset.metrics)
        tabs.push_back({m.key, TabGroup::Metric, m.displayName, m.key});
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
