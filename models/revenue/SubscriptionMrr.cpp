// SPDX-License-Identifier: MIT
#include "revenue/SubscriptionMrr.h"

#include "revenue/MonthIndex.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace ul {

int serviceMonths(Day start, Day end)
{
    const double months = double(end - start) / (365.25 / 12.0);
    return std::max(1, int(std::lround(months)));
}

Micros monthlyAmount(Micros amount, int months)
{
    const Micros m = std::max(1, months);
    const Micros half = m / 2;
    return amount >= 0 ? (amount + half) / m : -((-amount + half) / m);
}

MrrSeries computeSubscriptionMrr(std::vector<SubscriptionInvoice> invoices, std::optional<int> lastMonth)
{
    MrrSeries series;
    std::sort(invoices.begin(), invoices.end(), [](const SubscriptionInvoice& a, const SubscriptionInvoice& b) {
        return std::tie(a.customer, a.subscription, a.issued, a.issuedSecond, a.sequence)
               < std::tie(b.customer, b.subscription, b.issued, b.issuedSecond, b.sequence);
    });
    // Per customer: month -> MRR; the span from its first period's start month to its last month covered.
    struct Span {
        int first = INT_MAX;
        int last = INT_MIN;
        std::map<int, Micros> mrr;
    };
    std::map<qint64, Span> customers;
    for (size_t begin = 0; begin < invoices.size();) {
        size_t end = begin;
        while (end < invoices.size() && invoices[end].customer == invoices[begin].customer
               && invoices[end].subscription == invoices[begin].subscription)
            ++end;
        Span& span = customers[invoices[begin].customer];
        // Walking back from the latest invoice: the earliest start of a later paying invoice is
        // where the invoice at hand stops counting.
        Day supersededFrom = std::numeric_limits<Day>::max();
        for (size_t i = end; i-- > begin;) {
            const SubscriptionInvoice& inv = invoices[i];
            const int startMonth = monthOfDay(inv.serviceStart);
            span.first = std::min(span.first, startMonth);
            span.last = std::max(span.last, startMonth);
            // Covered: the month ends T (the 1st of the next month) with start < T <= min(end, superseded).
            // An invoice of 0 or less (trial, free plan, credit) covers them with no MRR.
            const Day limit = std::min(inv.serviceEnd, supersededFrom);
            const int coveredTo = monthOfDay(limit) - 1;
            if (inv.amount > 0) {
                const Micros monthly = monthlyAmount(inv.amount, serviceMonths(inv.serviceStart, inv.serviceEnd));
                for (int m = startMonth; m <= coveredTo; ++m)
                    span.mrr[m] += monthly;
                span.last = std::max(span.last, coveredTo);
            }
            supersededFrom = std::min(supersededFrom, inv.serviceStart);
        }
        begin = end;
    }
    int first = INT_MAX, last = INT_MIN;
    for (auto it = customers.begin(); it != customers.end();) {
        Span& span = it->second;
        if (lastMonth)
            span.last = std::min(span.last, *lastMonth);
        if (span.last < span.first) { // begins after the data
            it = customers.erase(it);
            continue;
        }
        first = std::min(first, span.first);
        last = std::max(last, span.last);
        ++it;
    }
    if (customers.empty())
        return series;
    if (lastMonth)
        last = *lastMonth;
    series.firstMonth = first;
    series.total.assign(size_t(last - first + 1), 0);
    series.customers.reserve(customers.size());
    for (const auto& [id, span] : customers) {
        CustomerMrr c;
        c.customer = id;
        c.firstMonth = span.first;
        c.mrr.assign(size_t(span.last - span.first + 1), 0);
        for (const auto& [month, value] : span.mrr) {
            if (month > span.last)
                break;
            // A negative sum cannot come from positive amounts; guard as the invoice path does.
            const Micros v = std::max<Micros>(value, 0);
            c.mrr[size_t(month - span.first)] = v;
            series.total[size_t(month - first)] += v;
        }
        series.customers.push_back(std::move(c));
    }
    return series;
}

} // namespace ul
