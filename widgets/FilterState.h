// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "report/ReportRequest.h"

#include <QString>

#include <optional>

namespace ul {

/// Everything the filter bar decides, as a plain value copied into background queries.
struct FilterState {
    QString dataset; ///< dataset name (stable across workspaces, unlike ids)
    qint64 datasetId = 0;
    DateRange range; ///< inclusive days; already resolved from the preset
    QString preset;  ///< preset key ("last30", "all", ...) or empty for a custom range
    Granularity granularity = Granularity::Month;
    int top = 10;
    std::optional<qint64> customer; ///< nullopt = all customers
    QString customerName;
    int newWithinDays = 90;
    /// Row filters on the dataset's per-row columns (chips under the bar); empty: all rows.
    std::vector<RowCondition> where;
    /// "Break down by": the per-row column the total-per-period charts are split by (empty: none).
    QString breakdown;
    /// "Count customers by": an attribute naming each sub-account's owner (empty: as stored).
    QString customerKey;

    /// Forecast periods ahead (0: the granularity's default) and the churn question; the
    /// window keeps the defaults, `export --format pdf` passes the command line's.
    int horizon = 0;
    ChurnOptions churn;
    bool operator==(const FilterState&) const = default;
};

/// The report request of the filters, for the views of `metric` (empty: the views' default).
inline ReportRequest toRequest(const FilterState& f, const QString& metric = {})
{
    ReportRequest r;
    r.dataset = f.dataset;
    r.metric = metric;
    if (!f.range.isEmpty()) {
        r.from = f.range.from;
        r.to = f.range.to;
    }
    r.granularity = f.granularity;
    r.top = f.top;
    r.newWithinDays = f.newWithinDays;
    if (f.customer)
        r.customer = f.customerName;
    r.where = f.where;
    r.customerKey = f.customerKey;
    r.horizon = f.horizon;
    r.churn = f.churn;
    return r;
}

} // namespace ul
