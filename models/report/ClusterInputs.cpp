// SPDX-License-Identifier: MIT
#include "report/ClusterInputs.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ul {

namespace {

/// Every customer's total of a metric over a range, as a double (absent: 0).
bool totalsByCustomer(FactStore& store, qint64 metricId, const DateRange& range,
                      std::unordered_map<qint64, double>* out, QString* message)
{
    const std::optional<Precision> p = store.precision(metricId, message);
    std::vector<CustomerTotal> totals;
    if (!p || !store.customerTotals(metricId, range, std::nullopt, &totals, message))
        return false;
    out->reserve(totals.size());
    for (const CustomerTotal& t : totals)
        (*out)[t.customer] = rawToDouble(*p, t.value);
    return true;
}

double valueOf(const std::unordered_map<qint64, double>& totals, qint64 customer)
{
    const auto it = totals.find(customer);
    return it == totals.end() ? 0.0 : it->second;
}

} // namespace

bool clusterFeatureColumns(ReportContext& ctx, const MetricInfo& metric, const DateRange& range, Granularity g,
                           const std::vector<RfmRecord>& records, const QStringList& names, FeatureColumns* out,
                           ReportError* error)
{
    const DatasetInfo* dataset = ctx.dataset(metric.dataset, error);
    if (!dataset)
        return false;
    out->names = names;
    out->values.assign(std::size_t(names.size()), std::vector<double>(records.size(), 0.0));
    QString message;
    for (qsizetype f = 0; f < names.size(); ++f) {
        const QString& name = names[f];
        std::vector<double>& column = out->values[std::size_t(f)];
        if (name == QLatin1String("total") || name == QLatin1String("frequency") || name == QLatin1String("recency")
            || name == QLatin1String("tenure") || name == QLatin1String("avg_per_period")) {
            for (std::size_t i = 0; i < records.size(); ++i) {
                const RfmRecord& r = records[i];
                const double tenure = double(range.to - r.firstDay + 1);
                column[i] = name == QLatin1String("total")       ? r.monetary
                            : name == QLatin1String("frequency") ? double(r.frequency)
                            : name == QLatin1String("recency")   ? double(r.recencyDays)
                            : name == QLatin1String("tenure")
                                ? tenure
                                : r.monetary / double(periodCount({r.firstDay, range.to}, g));
            }
            continue;
        }
        if (name == QLatin1String("trend")) {
            // Each half read whole: distinct counts and ratios are not sums of their days.
            const Day mid = range.from + (range.to - range.from + 1) / 2;
            std::unordered_map<qint64, double> early, late;
            if ((mid > range.from && !totalsByCustomer(ctx.store(), metric.id, {range.from, mid - 1}, &early, &message))
                || !totalsByCustomer(ctx.store(), metric.id, {mid, range.to}, &late, &message)) {
                *error = ReportError::runtime(message);
                return false;
            }
            for (std::size_t i = 0; i < records.size(); ++i) {
                const double a = valueOf(early, records[i].customer), b = valueOf(late, records[i].customer);
                column[i] = a + b != 0.0 ? (b - a) / (std::abs(a) + std::abs(b)) : 0.0;
            }
            continue;
        }
        const auto other = std::find_if(dataset->metrics.begin(), dataset->metrics.end(),
                                        [&](const MetricInfo& m) { return m.key == name; });
        if (other == dataset->metrics.end()) {
            QStringList keys;
            for (const MetricInfo& m : dataset->metrics)
                keys << m.key;
            *error = ReportError::usage(
                QStringLiteral("--features: '%1' is neither %2 nor a metric of dataset '%3' (%4)")
                    .arg(name, builtinFeatureNames().join(QStringLiteral(", ")), dataset->name,
                         keys.join(QStringLiteral(", "))));
            return false;
        }
        std::unordered_map<qint64, double> totals;
        if (!totalsByCustomer(ctx.store(), other->id, range, &totals, &message)) {
            *error = ReportError::runtime(message);
            return false;
        }
        for (std::size_t i = 0; i < records.size(); ++i)
            column[i] = valueOf(totals, records[i].customer);
    }
    return true;
}

} // namespace ul
