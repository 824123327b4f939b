// SPDX-License-Identifier: MIT
#include "ExtraTabs.h"

#include "HealthTab.h"
#include "SegmentsTab.h"
#include "db/Workspace.h"
#include "query/ActivityLoader.h"

#include <QCoreApplication>

namespace ul {

namespace {

/// The dataset's amount metric when it has one (invoice data), else its first metric.
qint64 defaultValueMetric(const QString& workspacePath, const DatasetInfo& dataset)
{
    Workspace ws;
    QString error;
    if (ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &error))
        if (const auto amount = amountMetric(ws.db(), dataset.name, {}, &error))
            return amount->id;
    return dataset.metrics.front().id;
}

} // namespace

std::vector<ExtraTab> createSegmentTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent)
{
    if (dataset.metrics.empty())
        return {};
    const qint64 metric = defaultValueMetric(workspacePath, dataset);
    return {{new SegmentsTab(workspacePath, dataset, metric, parent), QCoreApplication::translate("ul::SegmentsTab", "Segments")},
            {new HealthTab(workspacePath, dataset, metric, parent), QCoreApplication::translate("ul::HealthTab", "Health")}};
}

} // namespace ul
