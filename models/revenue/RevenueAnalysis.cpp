// SPDX-License-Identifier: MIT
#include "revenue/RevenueAnalysis.h"

namespace ul {

RevenueAnalysis analyzeRevenue(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes,
                               const RevenueSettings& settings)
{
    RevenueAnalysis a;
    a.settings = settings;
    a.invoiceCount = qint64(invoices.size());
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
