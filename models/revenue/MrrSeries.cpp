// SPDX-License-Identifier: MIT
#include "revenue/MrrSeries.h"

#include "revenue/MonthIndex.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace ul {

Micros CustomerMrr::at(int month) const
{
    const int i = month - firstMonth;
    return i >= 0 && i < int(mrr.size()) ? mrr[size_t(i)] : 0;
}

std::optional<int> CustomerMrr::firstRevenueMonth() const
{
    for (size_t i = 0; i < mrr.size(); ++i) {
        if (mrr[i] > 0)
            return firstMonth + int(i);
    }
    return std::nullopt;
}

Micros MrrSeries::at(int month) const
{
    const int i = month - firstMonth;
    return i >= 0 && i < int(total.size()) ? total[size_t(i)] : 0;
}

const CustomerMrr* MrrSeries::customer(qint64 id) const
{
    const auto it = std::lower_bound(customers.begin(), customers.end(), id,
                                     [](const CustomerMrr& c, qint64 v) { return c.customer < v; });
    return it != customers.end() && it->customer == id ? &*it : nullptr;
}

MrrSeries computeMrr(const std::vector<Invoice>& invoices, int billingPeriodMonths)
{
    const int period = std::max(1, billingPeriodMonths);
    MrrSeries series;
    if (invoices.empty())
        return series;

    // Pass 1: the months each customer's invoices cover, so every vector is allocated once.
    std::vector<int> paidMonth(invoices.size());
    QHash<qint64, std::pair<int, int>> spans;
    for (size_t i = 0; i < invoices.size(); ++i) {
        paidMonth[i] = monthOfDay(invoices[i].day);
        auto it = spans.find(invoices[i].customer);
        if (it == spans.end())
            it = spans.insert(invoices[i].customer, {INT_MAX, INT_MIN});
        it->first = std::min(it->first, paidMonth[i]);
        it->second = std::max(it->second, paidMonth[i] + period - 1);
    }

    std::vector<qint64> ids;
    ids.reserve(size_t(spans.size()));
    for (auto it = spans.cbegin(); it != spans.cend(); ++it)
        ids.push_back(it.key());
    std::sort(ids.begin(), ids.end());
    QHash<qint64, size_t> position;
    series.customers.reserve(ids.size());
    int first = INT_MAX;
    int last = INT_MIN;
    for (qint64 id : ids) {
        const auto span = spans.value(id);
        position.insert(id, series.customers.size());
        series.customers.push_back({id, span.first, std::vector<Micros>(size_t(span.second - span.first + 1), 0)});
        first = std::min(first, span.first);
        last = std::max(last, span.second);
    }

    // Pass 2: spread each invoice; integer division leaves a remainder smaller than the
    // period, handed out one micro at a time from the paid month on.
    for (size_t i = 0; i < invoices.size(); ++i) {
        CustomerMrr& c = series.customers[position.value(invoices[i].customer)];
        const Micros amount = toMicros(invoices[i].amount);
        const Micros share = amount / period;
        const Micros remainder = amount % period;
        const Micros step = remainder < 0 ? -1 : 1;
        const size_t offset = size_t(paidMonth[i] - c.firstMonth);
        for (int k = 0; k < period; ++k)
            c.mrr[offset + size_t(k)] += share + (k < remainder * step ? step : 0);
    }

    series.firstMonth = first;
    series.total.assign(size_t(last - first + 1), 0);
    for (CustomerMrr& c : series.customers) {
        for (size_t i = 0; i < c.mrr.size(); ++i) {
            c.mrr[i] = std::max<Micros>(c.mrr[i], 0);
            series.total[size_t(c.firstMonth - first) + i] += c.mrr[i];
        }
    }
    return series;
}

} // namespace ul
