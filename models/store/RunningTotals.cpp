// SPDX-License-Identifier: MIT
#include "store/RunningTotals.h"

#include "store/DistinctCounts.h"

namespace ul {

namespace {

bool cumulativeSums(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                    std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error)
{
    const std::optional<Precision> p = store.precision(metricId, error);
    if (!p || !store.periodTotals(metricId, g, range, customer, out, error))
        return false;
    RawValue running = zeroRaw(*p);
    for (PeriodAggregate& a : *out) {
        if (!addRaw(*p, running, a.value)) {
            *error = QStringLiteral("a running total exceeds what UsageLens adds exactly (about 9.2e18 units)");
            return false;
        }
        a.value = running;
    }
    return true;
}

} // namespace

bool runningTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                   std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error)
{
    const std::optional<MetricKind> kind = store.metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctRunningTotals(store, metricId, g, range, customer, out, error);
    if (kind->kind == MetricKind::Sum)
        return cumulativeSums(store, metricId, g, range, customer, out, error);
    std::vector<PeriodAggregate> denominators;
    const auto pa = store.precision(kind->numerator, error);
    const auto pb = pa ? store.precision(kind->denominator, error) : std::nullopt;
    if (!pb || !cumulativeSums(store, kind->numerator, g, range, customer, out, error)
        || !cumulativeSums(store, kind->denominator, g, range, customer, &denominators, error))
        return false;
    for (size_t i = 0; i < out->size() && i < denominators.size(); ++i) {
        const double b = rawToDouble(*pb, denominators[i].value);
        (*out)[i].value = rawFromDouble(b != 0.0 ? rawToDouble(*pa, (*out)[i].value) / b : 0.0);
    }
    return true;
}

} // namespace ul
