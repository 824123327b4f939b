// SPDX-License-Identifier: MIT
#pragma once

#include "report/TabResults.h"
#include "segments/CustomerHealth.h"
#include "segments/HealthWindow.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace ul {

/// What the Health tab shows (a plain value, computed on a worker): every customer's health over
/// the last 2N periods (at the request's granularity) ending with the range end, and the health
/// views' tables.
struct HealthTabResult {
    HealthOptions options;
    HealthWindow window;
    QStringList periodLabels; ///< one per trend value
    std::vector<HealthRecord> records;
    QHash<qint64, QString> names;
    TabResults results;
    QString error;
    qint64 elapsedMs = 0;

    /// The health of `request.metric` with `request.health`, on the worker's connection to
    /// `workspacePath`. The window is the last 2N periods, even when they start before the
    /// range: a short range must not make everyone "new". Nothing without a range or a metric.
    static HealthTabResult load(const QString& workspacePath, const ReportRequest& request);
    QString nameOf(qint64 customer) const { return names.value(customer, QString::number(customer)); }
    int count(HealthStatus status) const;
};

} // namespace ul
