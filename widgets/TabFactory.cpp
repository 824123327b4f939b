// SPDX-License-Identifier: MIT
#include "TabFactory.h"

#include "MetricTab.h"
#include "query/ActivityLoader.h"
#include "revenue/RevenueTab.h"
#include "segments/HealthTab.h"
#include "segments/SegmentsTab.h"
#include "settings/RevenueSettingsStore.h"

namespace ul {

DashboardTab* createDashboardTab(const QString& workspacePath, const DatasetInfo& dataset, const TabSpec& tab,
                                 QWidget* parent)
{
    const auto metric = std::find_if(dataset.metrics.begin(), dataset.metrics.end(),
                                     [&](const MetricInfo& m) { return m.key == tab.metric; });
    const qint64 metricId = metric != dataset.metrics.end() ? metric->id : 0;
    switch (tab.group) {
    case TabGroup::Metric: {
        if (metric == dataset.metrics.end())
            return nullptr;
        auto* tab = new MetricTab(workspacePath, *metric, parent);
        tab->setComparableMetrics(dataset.metrics);
        // The money column of invoice data is shown in the Revenue settings' currency.
        if (const std::optional<MetricInfo> money = namedAmountMetric(dataset); money && money->key == metric->key)
            tab->setCurrency(RevenueSettingsStore(workspacePath, dataset.name).load().currency);
        return tab;
    }
    case TabGroup::Revenue: return new RevenueTab(workspacePath, dataset.name, parent);
    case TabGroup::Segments: return new SegmentsTab(workspacePath, dataset, metricId, parent);
    case TabGroup::Health: return new HealthTab(workspacePath, dataset, metricId, parent);
    case TabGroup::Customer: break;
    }
    return nullptr;
}

} // namespace ul
