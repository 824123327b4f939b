// SPDX-License-Identifier: MIT
#include "report/Breakdown.h"

#include <algorithm>

namespace ul {

bool totalsByDimension(ReportContext& context, const MetricInfo& metric, const ReportRequest& request,
                       const QString& by, std::vector<BreakdownSeries>* out, QString* columnKey, ReportError* error)
{
    const DatasetInfo* dataset = context.dataset(metric.dataset, error);
    if (!dataset)
        return false;
    const DimensionInfo* dimension = findDimension(*dataset, by);
    if (!dimension) {
        QStringList names;
        for (const DimensionInfo& d : dataset->dimensions)
            names << d.displayName;
        *error = ReportError::runtime(
            QStringLiteral("--by %1: dataset '%2' keeps no column '%1' per row (per-row columns: %3)")
                .arg(by, dataset->name,
                     names.isEmpty() ? QStringLiteral("none; import with --map dimension=COLUMN to keep one")
                                     : names.join(QStringLiteral(", "))));
        return false;
    }
    *columnKey = dimension->key;
    std::vector<DimensionValue> values;
    QString message;
    if (!dimensionValues(context.db(), *dataset, *dimension, &values, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    UsageQuery q;
    if (!context.usageQuery(metric, request, &q, error))
        return false;
    out->clear();
    bool ok = true;
    for (const DimensionValue& v : values) {
        context.setRowFilter(request.where, v.slices);
        const std::vector<PeriodTotal>* totals = context.totals(q, error);
        if (!totals) {
            ok = false;
            break;
        }
        BreakdownSeries s{v.value, *totals, 0};
        for (const PeriodTotal& t : s.totals)
            s.total += t.value;
        // A value the filters leave out entirely is not a series.
        const bool any = std::any_of(s.totals.begin(), s.totals.end(),
                                     [](const PeriodTotal& t) { return t.activeCustomers > 0; });
        if (any)
            out->push_back(std::move(s));
    }
    context.setRowFilter(request.where);
    std::stable_sort(out->begin(), out->end(),
                     [](const BreakdownSeries& a, const BreakdownSeries& b) { return a.total > b.total; });
    return ok;
}

std::vector<BreakdownSeries> foldSmallSeries(std::vector<BreakdownSeries> series, size_t keep, const QString& otherName)
{
    if (series.size() <= keep + 1)
        return series;
    BreakdownSeries other{otherName, series[keep].totals, 0};
    for (PeriodTotal& t : other.totals) {
        t.value = 0;
        t.exact.reset();
        t.activeCustomers = 0;
    }
    for (size_t i = keep; i < series.size(); ++i) {
        other.total += series[i].total;
        for (size_t p = 0; p < other.totals.size() && p < series[i].totals.size(); ++p)
            other.totals[p].value += series[i].totals[p].value;
    }
    series.resize(keep);
    series.push_back(std::move(other));
    return series;
}

} // namespace ul
