// SPDX-License-Identifier: MIT
#include "revenue/RevenueReports.h"

#include "core/StandardColumns.h"
#include "revenue/MonthIndex.h"

namespace ul {

namespace {

ReportCell money(Micros m) { return fromMicros(m); }

ReportCell number(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

ReportCell percent(const std::optional<double>& fraction)
{
    return fraction ? ReportCell(*fraction * 100.0) : ReportCell();
}

ReportTable table(const QString& name, Columns columns)
{
    ReportTable t;
    t.name = name;
    t.columns = std::move(columns);
    return t;
}

} // namespace

ReportTable mrrReport(const MrrSeries& series, const MonthFilter& filter)
{
    ReportTable t = table(QStringLiteral("mrr"), {cols::month, cols::mrr});
    for (int m = series.firstMonth; m <= series.lastMonth(); ++m) {
        if (filter.contains(m))
            t.addRow({monthLabel(m), money(series.at(m))});
    }
    return t;
}

ReportTable mrrMovementsReport(const std::vector<MrrMovement>& movements, const MonthFilter& filter)
{
    // Every movement is money here, "new" and "churned" included.
    ReportTable t = table(QStringLiteral("mrr-movements"),
                          {cols::month, cols::startingMrr, cols::opening, cols::newMrr, cols::expansion,
                           cols::reactivation, cols::contraction, cols::churnedMrr, cols::endingMrr});
    for (const MrrMovement& mv : movements) {
        if (filter.contains(mv.month))
            t.addRow({monthLabel(mv.month), money(mv.starting), money(mv.opening), money(mv.newMrr),
                      money(mv.expansion), money(mv.reactivation), money(mv.contraction), money(mv.churned),
                      money(mv.ending)});
    }
    return t;
}

ReportTable customersReport(const std::vector<CustomerMonth>& customers, const MonthFilter& filter)
{
    ReportTable t = table(QStringLiteral("customers"),
                          {cols::month, cols::active, cols::newCount, cols::churned, cols::reactivated,
                           cols::logoChurnPct, cols::revenueChurnPct, cols::arpa});
    for (const CustomerMonth& c : customers) {
        if (filter.contains(c.month))
            t.addRow({monthLabel(c.month), double(c.active), double(c.newCustomers), double(c.churned),
                      double(c.reactivated), percent(c.logoChurnRate), percent(c.revenueChurnRate), number(c.arpa)});
    }
    return t;
}

ReportTable retentionReport(const std::vector<RetentionMonth>& retention, const MonthFilter& filter)
{
    ReportTable t = table(QStringLiteral("retention"),
                          {cols::month, cols::nrrPct, cols::grrPct, cols::nrr12mPct, cols::grr12mPct});
    for (const RetentionMonth& r : retention) {
        if (filter.contains(r.month))
            t.addRow({monthLabel(r.month), percent(r.nrr), percent(r.grr), percent(r.nrr12m), percent(r.grr12m)});
    }
    return t;
}

ReportTable unitEconomicsReport(const std::vector<UnitEconomicsMonth>& months, const MonthFilter& filter)
{
    ReportTable t = table(QStringLiteral("unit-economics"),
                          {cols::month, cols::newCustomers, cols::spend, cols::cac, cols::arpa, cols::logoChurn3mPct,
                           cols::ltv, cols::ltvCac, cols::paybackMonths, cols::newExpansionMrr, cols::growthPays});
    for (const UnitEconomicsMonth& u : months) {
        if (!filter.contains(u.month))
            continue;
        t.addRow({monthLabel(u.month), double(u.newCustomers), u.spend, number(u.cac), number(u.arpa),
                  percent(u.logoChurn3m), number(u.ltv), number(u.ltvToCac), number(u.paybackMonths), u.newExpansionMrr,
                  u.growthPays ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return t;
}

ReportTable cohortsReport(const std::vector<Cohort>& cohorts, const MonthFilter& filter)
{
    ReportTable t = table(QStringLiteral("cohorts"),
                          {cols::cohort, cols::monthsSinceStart, cols::customers, cols::customerRetentionPct,
                           cols::revenue, cols::revenueRetentionPct});
    for (const Cohort& c : cohorts) {
        if (!filter.contains(c.month))
            continue;
        for (int k = 0; k < int(c.customers.size()); ++k) {
            t.addRow({monthLabel(c.month), double(k), double(c.customers[size_t(k)]), c.customerRetention(k) * 100.0,
                      money(c.revenue[size_t(k)]), percent(c.revenueRetention(k))});
        }
    }
    return t;
}

ReportTable coreProfileReport(const CoreProfile& profile)
{
    ReportTable t = table(QStringLiteral("core-profile"),
                          {cols::attribute, cols::topMedian, cols::restMedian, cols::medianRatio, cols::topMean,
                           cols::restMean, cols::meanRatio});
    for (const ProfileRow& r : profile.rows) {
        t.addRow({r.attribute, number(r.top.median), number(r.rest.median), number(r.medianRatio), number(r.top.mean),
                  number(r.rest.mean), number(r.meanRatio)});
    }
    return t;
}

} // namespace ul
