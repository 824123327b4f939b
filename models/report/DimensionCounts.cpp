// SPDX-License-Identifier: MIT
#include "report/DimensionCounts.h"

#include "db/ThreadWorkspace.h"
#include "import/ImportMapping.h"
#include "report/Breakdown.h"

#include <algorithm>
#include <cmath>

namespace ul {

bool dimensionValueCounts(ReportContext& context, const ReportRequest& request, const QString& dimension,
                          std::vector<DimensionValueCount>* out, ReportError* error)
{
    out->clear();
    const DatasetInfo* dataset = context.dataset(request.dataset, error);
    if (!dataset)
        return false;
    const auto records = std::find_if(dataset->metrics.begin(), dataset->metrics.end(),
                                      [](const MetricInfo& m) { return m.key == QLatin1String(kRecordsMetricKey); });
    if (records == dataset->metrics.end())
        return true; // customer attributes only: no rows to count
    const DimensionInfo* own = findDimension(*dataset, dimension);
    ReportRequest r = request;
    r.metric = records->key;
    r.granularity = Granularity::Year;
    r.customer.clear();
    std::erase_if(r.where, [&](const RowCondition& c) { return own && findDimension(*dataset, c.column) == own; });
    std::vector<BreakdownSeries> series;
    QString key;
    if (!totalsByDimension(context, *records, r, dimension, &series, &key, error))
        return false;
    for (const BreakdownSeries& s : series)
        out->push_back({s.value, qint64(std::llround(s.total))});
    return true;
}

bool loadDimensionValueCounts(const QString& workspacePath, const ReportRequest& request, const QString& dimension,
                              std::vector<DimensionValueCount>* out, ReportError* error)
{
    QString message;
    Workspace* ws = threadWorkspace(workspacePath, &message);
    if (!ws) {
        *error = ReportError::runtime(message);
        return false;
    }
    ReportContext context(ws->db());
    return dimensionValueCounts(context, request, dimension, out, error);
}

} // namespace ul
