// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/TabResults.h"
#include "segments/CustomerHealth.h"
#include "segments/HealthWindow.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace ul {

/// What the Health tab shows: every customer's health over the last 2N periods (at the filter
/// granularity) ending with the range end, and the health views' tables. Computed off the GUI
/// thread.
struct HealthTabData {
    FilterState filters;
    HealthOptions options;
    HealthWindow window;
    QStringList periodLabels; ///< one per trend value
    std::vector<HealthRecord> records;
    QHash<qint64, QString> names;
    TabResults results;
    QString error;
    qint64 elapsedMs = 0;

    /// Opens its own connection to `workspacePath` (any thread). The window is the last 2N
    /// periods, even when they start before the range: a short range must not make everyone "new".
    static HealthTabData load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                              const HealthOptions& options);
    QString nameOf(qint64 customer) const { return names.value(customer, QString::number(customer)); }
    int count(HealthStatus status) const;
};

} // namespace ul
