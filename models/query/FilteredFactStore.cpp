// SPDX-License-Identifier: MIT
#include "query/FilteredFactStore.h"

#include "store/ChunkFactStore.h"
#include "store/MergedFacts.h"

#include <algorithm>
#include <set>

namespace ul {

const std::vector<qint64>* FilteredFactStore::copies(qint64 metricId, QString* error)
{
    if (const auto it = m_copies.find(metricId); it != m_copies.end())
        return &it->second;
    Statement owner = m_db.prepare(QStringLiteral("SELECT dataset_id FROM metrics WHERE id = ?"), error);
    if (!owner.isValid())
        return nullptr;
    owner.bind(1, metricId);
    if (!owner.step(error)) {
        if (!owner.failed())
            *error = QStringLiteral("no metric #%1 in this workspace").arg(metricId);
        return nullptr;
    }
    const qint64 datasetId = owner.columnInt(0);
    owner.reset();
    auto kept = m_slices.find(datasetId);
    if (kept == m_slices.end()) {
        const auto dataset = std::find_if(m_datasets.begin(), m_datasets.end(),
                                          [&](const DatasetInfo& d) { return d.id == datasetId; });
        if (dataset == m_datasets.end()) {
            *error = QStringLiteral("no dataset #%1 in this workspace").arg(datasetId);
            return nullptr;
        }
        std::vector<qint64> slices;
        if (!matchingSlices(m_db, *dataset, m_where, &slices, error))
            return nullptr;
        if (m_within)
            std::erase_if(
                slices, [&](qint64 s) { return std::find(m_within->begin(), m_within->end(), s) == m_within->end(); });
        kept = m_slices.emplace(datasetId, std::move(slices)).first;
    }
    const std::set<qint64> wanted(kept->second.begin(), kept->second.end());
    Statement list = m_db.prepare(
        QStringLiteral("SELECT id, slice_id FROM metrics WHERE parent_id = ? ORDER BY slice_id"), error);
    if (!list.isValid())
        return nullptr;
    list.bind(1, metricId);
    std::vector<qint64> ids;
    while (list.step(error))
        if (wanted.count(list.columnInt(1)))
            ids.push_back(list.columnInt(0));
    if (list.failed())
        return nullptr;
    return &m_copies.emplace(metricId, std::move(ids)).first->second;
}

bool FilteredFactStore::distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                        const std::function<void(Day, const DistinctEntry&)>& visit, QString* error)
{
    // Copies number values as their metric does: entries of several slices unite like imports'.
    const std::vector<qint64>* ids = copies(metricId, error);
    if (!ids)
        return false;
    for (const qint64 id : *ids)
        if (!m_inner.distinctEntries(id, firstMonth, lastMonth, customer, visit, error))
            return false;
    return true;
}

bool FilteredFactStore::storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                           std::vector<PeriodAggregate>* out, QString* error)
{
    const std::vector<qint64>* ids = copies(metricId, error);
    if (!ids)
        return false;
    out->clear();
    if (ids->empty())
        return true;
    if (ids->size() == 1)
        return m_inner.storedPeriodTotals(ids->front(), g, firstStart, lastStart, out, error);
    // Several slices: a customer active in two of them is one active customer.
    const std::optional<Precision> p = precision(metricId, error);
    std::vector<CustomerPeriod> periods;
    return p
           && customerPeriods(metricId, g, DateRange{firstStart, nextPeriodStart(lastStart, g) - 1}, std::nullopt,
                              &periods, error)
           && periodAggregatesOf(periods, *p, out, error);
}

bool FilteredFactStore::mergedMonth(qint64 metricId, const std::vector<qint64>& ids, const DateRange& range,
                                    std::optional<quint32> customer, std::vector<DayCell>* out, QString* error)
{
    out->clear();
    // Each copy's cells come sorted by (customer, day): merging the runs beats sorting them.
    std::vector<size_t> bounds{0};
    for (const qint64 id : ids) {
        if (!m_inner.dayCells(
                id, range, customer, [&](const DayCell& c) { out->push_back(c); }, error))
            return false;
        bounds.push_back(out->size());
    }
    const auto before = [](const DayCell& a, const DayCell& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    };
    const size_t runs = bounds.size() - 1;
    for (size_t width = 1; width < runs; width *= 2)
        for (size_t i = 0; i + width < runs; i += 2 * width)
            std::inplace_merge(out->begin() + qsizetype(bounds[i]), out->begin() + qsizetype(bounds[i + width]),
                               out->begin() + qsizetype(bounds[std::min(i + 2 * width, runs)]), before);
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    // Equal (customer, day) cells of several slices are now adjacent: sum them.
    return sumAdjacentCells(*out, *p, error);
}

bool FilteredFactStore::monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                       const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    const std::vector<qint64>* ids = copies(metricId, error);
    if (!ids)
        return false;
    if (ids->size() == 1)
        return m_inner.monthSummaries(ids->front(), firstMonth, lastMonth, customer, visit, error);
    // Several slices: a day two slices share is one active day, so months are summed from days.
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    std::vector<DayCell> cells;
    for (Day month = firstMonth; !ids->empty() && month <= lastMonth;
         month = nextPeriodStart(month, Granularity::Month)) {
        // All customers' months are kept: the views of one batch read the same months again.
        const auto key = std::make_pair(metricId, month);
        if (const auto hit = m_months.find(key); !customer && hit != m_months.end()) {
            for (const CustomerMonthTotal& t : hit->second)
                visit(month, t);
            continue;
        }
        if (!mergedMonth(metricId, *ids, DateRange{month, nextPeriodStart(month, Granularity::Month) - 1}, customer,
                         &cells, error))
            return false;
        std::vector<CustomerMonthTotal> totals;
        if (!visitMonthTotals(
                cells, month, *p, [&](Day, const CustomerMonthTotal& t) { totals.push_back(t); }, error))
            return false;
        for (const CustomerMonthTotal& t : totals)
            visit(month, t);
        if (!customer && m_cachedMonths + totals.size() <= kMaxCachedMonths) {
            m_cachedMonths += totals.size();
            m_months.emplace(key, std::move(totals));
        }
    }
    return true;
}

bool FilteredFactStore::dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                                 const std::function<void(const DayCell&)>& visit, QString* error)
{
    const std::vector<qint64>* ids = copies(metricId, error);
    if (!ids)
        return false;
    if (ids->size() == 1)
        return m_inner.dayCells(ids->front(), range, customer, visit, error);
    std::vector<DayCell> cells;
    for (Day month = periodStart(range.from, Granularity::Month); !ids->empty() && month <= range.to;
         month = nextPeriodStart(month, Granularity::Month)) {
        const DateRange part{std::max(month, range.from),
                             std::min(nextPeriodStart(month, Granularity::Month) - 1, range.to)};
        if (!mergedMonth(metricId, *ids, part, customer, &cells, error))
            return false;
        for (const DayCell& c : cells)
            visit(c);
    }
    return true;
}

} // namespace ul
