// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "store/CustomerSlots.h"
#include "store/FactStore.h"

#include <map>
#include <vector>

namespace ul {

/// What all of a summed metric's months add up to, from one pass over them in order (month
/// summaries, customers ascending): every customer's lifetime (totals over all the data), the
/// monthly cohorts by first active month, and each period's newcomers (customers active for
/// the first time ever). store/RollupWriter.cpp runs it whenever the months change; the views
/// read what it wrote instead of every customer's months. Memory: a few dozen bytes per customer.
class LifetimePass {
public:
    explicit LifetimePass(const Precision& precision)
        : m_precision(precision)
    {}

    /// The next month (later than every earlier one); false when an exact sum overflows.
    bool addMonth(Day month, const std::vector<CustomerMonthTotal>& customers);
    /// Customers ascending.
    std::vector<CustomerTotal> lifetimes() const;
    /// Cohorts ascending, then months.
    std::vector<CohortCell> cohortCells() const;
    /// Per period start at `g`: how many customers were first active in it.
    std::map<Day, qint64> newcomers(Granularity g) const;

private:
    Precision m_precision;
    CustomerSlots m_slots;
    std::vector<CustomerTotal> m_totals; ///< by slot
    std::vector<int> m_cohort;           ///< by slot: first active month, as an index into m_months
    std::vector<Day> m_months;           ///< months added
    std::vector<CohortCell> m_cells;
};

} // namespace ul
