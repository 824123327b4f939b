// SPDX-License-Identifier: MIT
#include "segments/SegmentInputs.h"

#include "query/ActivityLoader.h"

namespace ul {

FrequencyMode frequencyModeFor(const DatasetInfo& dataset, qint64 metricId)
{
    const auto money = namedAmountMetric(dataset);
    return money && money->id == metricId ? FrequencyMode::Events : FrequencyMode::ActiveDays;
}

bool loadRfmRecords(SqliteConnection& db, qint64 metricId, const DateRange& range, FrequencyMode mode,
                    std::vector<RfmRecord>* out, QString* error)
{
    std::vector<ActivityRow> rows;
    if (!loadActivity(db, metricId, range, &rows, error))
        return false;
    *out = computeRfm(rows, range.to, mode);
    return true;
}

} // namespace ul
