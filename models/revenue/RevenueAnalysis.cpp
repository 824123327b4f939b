// SPDX-License-Identifier: MIT
#include "revenue/RevenueAnalysis.h"

#include "revenue/MonthIndex.h"

#include <algorithm>

namespace ul {

DateRange coveredDays(const RevenueAnalysis& analysis, int month, std::optional<Day> from, std::optional<Day> to)
{
    DateRange days{std::max(firstDayOfMonth(month), analysis.firstDay),
                   std::min(firstDayOfMonth(month + 1) - 1, analysis.lastDay)};
    if (from)
        days.from = std::max(days.from, *from);
    if (to)
        days.to = std::min(days.to, *to);
    return days;
}

bool monthIsComplete(const RevenueAnalysis& analysis, int month, std::optional<Day> from, std::optional<Day> to)
{
    const DateRange days = coveredDays(analysis, month, from, to);
    return days.from == firstDayOfMonth(month) && days.to == firstDayOfMonth(month + 1) - 1;
}

RevenueAnalysis analyzeRevenue(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes,
                               const RevenueSettings& settings)
{
    return analyzeRevenueSeries(computeMrr(invoices, settings.billingPeriodMonths), invoices, attributes, settings);
}

RevenueAnalysis analyzeRevenueSeries(MrrSeries series, const std::vector<Invoice>& invoices,
                                     const CustomerAttributes& attributes, const RevenueSettings& settings)
{
    RevenueAnalysis a;
    a.settings = settings;
    for (const Invoice& invoice : invoices) {
        a.invoiceCount += invoice.payments; // a customer's day may stand for several invoices
        if (a.lastDay < a.firstDay || invoice.day < a.firstDay)
            a.firstDay = invoice.day;
        a.lastDay = std::max(a.lastDay, invoice.day);
    }
    a.series = std::move(series);
    const FirstMonthRule rule = settings.firstMonthIsNew ? FirstMonthRule::CountAsNew : FirstMonthRule::OpeningBase;
    a.movements = computeMovements(a.series, rule);
    a.customers = computeCustomerMonths(a.series, a.movements, rule);
    a.retention = computeRetention(a.series, a.movements);
    a.unitEconomics = computeUnitEconomics(a.movements, a.customers, settings);
    a.cohorts = computeCohorts(a.series);
    a.coreProfile = computeCoreProfile(invoices, attributes);
    return a;
}

} // namespace ul
