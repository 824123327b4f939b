// SPDX-License-Identifier: MIT
#include "revenue/RevenueAnalysis.h"

#include "revenue/MonthIndex.h"

#include <algorithm>

namespace ul {

bool monthIsComplete(const RevenueAnalysis& analysis, int month, std::optional<Day> from, std::optional<Day> to)
{
    const Day first = firstDayOfMonth(month);
    const Day last = firstDayOfMonth(month + 1) - 1;
    if (analysis.lastDay < analysis.firstDay || first < analysis.firstDay || last > analysis.lastDay)
        return false;
    return (!from || *from <= first) && (!to || *to >= last);
}

RevenueAnalysis analyzeRevenue(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes,
                               const RevenueSettings& settings)
{
    RevenueAnalysis a;
    a.settings = settings;
    a.invoiceCount = qint64(invoices.size());
    for (const Invoice& invoice : invoices) {
        if (a.lastDay < a.firstDay || invoice.day < a.firstDay)
            a.firstDay = invoice.day;
        a.lastDay = std::max(a.lastDay, invoice.day);
    }
    a.series = computeMrr(invoices, settings.billingPeriodMonths);
    a.movements = computeMovements(a.series);
    a.customers = computeCustomerMonths(a.series, a.movements);
    a.retention = computeRetention(a.series, a.movements);
    a.unitEconomics = computeUnitEconomics(a.movements, a.customers, settings);
    a.cohorts = computeCohorts(a.series);
    a.coreProfile = computeCoreProfile(invoices, attributes);
    return a;
}

} // namespace ul
