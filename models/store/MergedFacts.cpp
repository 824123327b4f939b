// SPDX-License-Identifier: MIT
#include "store/MergedFacts.h"

namespace ul {

namespace {

QString overflowMessage() { return QStringLiteral("a sum exceeds what UsageLens adds exactly (about 9.2e18 units)"); }

} // namespace

bool sumAdjacentCells(std::vector<DayCell>& cells, const Precision& p, QString* error)
{
    size_t kept = 0;
    for (size_t r = 0; r < cells.size(); ++r) {
        const DayCell c = cells[r];
        if (kept > 0 && cells[kept - 1].customer == c.customer && cells[kept - 1].day == c.day) {
            if (!addRaw(p, cells[kept - 1].value, c.value)) {
                *error = overflowMessage();
                return false;
            }
            cells[kept - 1].rows += c.rows;
        } else {
            cells[kept++] = c;
        }
    }
    cells.resize(kept);
    return true;
}

bool visitMonthTotals(const std::vector<DayCell>& cells, Day month, const Precision& p,
                      const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    for (size_t i = 0; i < cells.size();) {
        CustomerMonthTotal t{cells[i].customer, 0, zeroRaw(p), 0, cells[i].day, cells[i].day};
        for (; i < cells.size() && cells[i].customer == t.customer; ++i) {
            if (!addRaw(p, t.value, cells[i].value)) {
                *error = overflowMessage();
                return false;
            }
            t.rows += cells[i].rows;
            t.activeDays += 1;
            t.lastDay = cells[i].day;
        }
        visit(month, t);
    }
    return true;
}

bool periodAggregatesOf(const std::vector<CustomerPeriod>& periods, const Precision& p,
                        std::vector<PeriodAggregate>* out, QString* error)
{
    out->clear();
    for (const CustomerPeriod& c : periods) {
        if (out->empty() || out->back().start != c.period)
            out->push_back(PeriodAggregate{c.period, zeroRaw(p), 0, 0, false});
        PeriodAggregate& a = out->back();
        if (!addRaw(p, a.value, c.value)) {
            *error = overflowMessage();
            return false;
        }
        a.rows += c.rows;
        a.active += 1;
    }
    return true;
}

} // namespace ul
