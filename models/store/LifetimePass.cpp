// SPDX-License-Identifier: MIT
#include "store/LifetimePass.h"

#include <algorithm>

namespace ul {

bool LifetimePass::addMonth(Day month, const std::vector<CustomerMonthTotal>& customers)
{
    bool ok = true;
    const int index = int(m_months.size());
    m_months.push_back(month);
    // This month's cell of each cohort so far, by cohort index.
    std::vector<CohortCell> cells(m_months.size());
    for (const CustomerMonthTotal& m : customers) {
        if (m.rows <= 0)
            continue; // no row: not active (as the views count it)
        bool fresh = false;
        const quint32 s = m_slots.slot(m.customer, &fresh);
        if (fresh) {
            m_totals.push_back({m.customer, m.value, m.rows, m.activeDays, m.firstDay, m.lastDay});
            m_cohort.push_back(index);
        } else {
            CustomerTotal& t = m_totals[s];
            ok = addRaw(m_precision, t.value, m.value) && ok;
            t.rows += m.rows;
            t.activeDays += m.activeDays;
            t.firstDay = std::min(t.firstDay, m.firstDay);
            t.lastDay = std::max(t.lastDay, m.lastDay);
        }
        CohortCell& cell = cells[size_t(m_cohort[s])];
        cell.customers += 1;
        cell.value += rawToDouble(m_precision, m.value);
    }
    for (size_t c = 0; c < cells.size(); ++c)
        if (cells[c].customers > 0)
            m_cells.push_back({m_months[c], month, cells[c].customers, cells[c].value});
    return ok;
}

std::vector<CustomerTotal> LifetimePass::lifetimes() const
{
    std::vector<CustomerTotal> out = m_totals;
    std::sort(out.begin(), out.end(),
              [](const CustomerTotal& a, const CustomerTotal& b) { return a.customer < b.customer; });
    return out;
}

std::vector<CohortCell> LifetimePass::cohortCells() const
{
    std::vector<CohortCell> out = m_cells;
    std::sort(out.begin(), out.end(), [](const CohortCell& a, const CohortCell& b) {
        return a.cohort != b.cohort ? a.cohort < b.cohort : a.month < b.month;
    });
    return out;
}

std::map<Day, qint64> LifetimePass::newcomers(Granularity g) const
{
    std::map<Day, qint64> out;
    if (m_totals.empty())
        return out;
    // First days span few days: count customers per day, then days per period.
    Day lo = m_totals.front().firstDay, hi = lo;
    for (const CustomerTotal& t : m_totals) {
        lo = std::min(lo, t.firstDay);
        hi = std::max(hi, t.firstDay);
    }
    std::vector<qint64> perDay(size_t(hi - lo) + 1, 0);
    for (const CustomerTotal& t : m_totals)
        ++perDay[size_t(t.firstDay - lo)];
    for (Day d = lo; d <= hi; ++d)
        if (const qint64 n = perDay[size_t(d - lo)])
            out[periodStart(d, g)] += n;
    return out;
}

} // namespace ul
