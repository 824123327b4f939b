// SPDX-License-Identifier: MIT
#include "segments/SegmentInputs.h"

#include "query/ActivityLoader.h"

namespace ul {

FrequencyMode frequencyModeFor(const DatasetInfo& dataset, qint64 metricId)
{
    const auto money = namedAmountMetric(dataset);
    return money && money->id == metricId ? FrequencyMode::Events : FrequencyMode::ActiveDays;
}

bool loadRfmRecords(FactStore& store, qint64 metricId, const DateRange& range, FrequencyMode mode,
                    std::vector<RfmRecord>* out, QString* error)
{
    out->clear();
    const std::optional<Precision> p = store.precision(metricId, error);
    std::vector<CustomerTotal> totals;
    if (!p || !store.customerTotals(metricId, range, std::nullopt, &totals, error))
        return false;
    out->reserve(totals.size());
    for (const CustomerTotal& t : totals) {
        RfmRecord r;
        r.customer = t.customer;
        r.firstDay = t.firstDay;
        r.lastDay = t.lastDay;
        r.recencyDays = range.to - t.lastDay;
        r.frequency = mode == FrequencyMode::Events ? t.rows : t.activeDays;
        r.monetary = rawToDouble(*p, t.value);
        out->push_back(r);
    }
    scoreRfm(*out);
    return true;
}

} // namespace ul
