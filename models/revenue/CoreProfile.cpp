// SPDX-License-Identifier: MIT
#include "revenue/CoreProfile.h"

#include "revenue/Money.h"
#include "revenue/MonthIndex.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace ul {

namespace {

struct CustomerTotals {
    qint64 id = 0;
    Micros revenue = 0;
    int payments = 0;
    int firstPaid = INT_MAX;
    int lastPaid = INT_MIN;
};

ProfileStats statsOf(std::vector<double> values)
{
    ProfileStats s;
    s.count = int(values.size());
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    s.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    return s;
}

std::optional<double> ratio(const std::optional<double>& top, const std::optional<double>& rest)
{
    if (!top || !rest || *rest == 0)
        return std::nullopt;
    return *top / *rest;
}

} // namespace

CoreProfile computeCoreProfile(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes)
{
    QHash<qint64, CustomerTotals> totals;
    for (const Invoice& inv : invoices) {
        CustomerTotals& t = totals[inv.customer];
        t.id = inv.customer;
        t.revenue += toMicros(inv.amount);
        if (inv.amount > 0) {
            // Only money-bearing invoices are payments; a 0 invoice (trial, voucher) is not.
            const int month = monthOfDay(inv.day);
            t.payments += inv.payments;
            t.firstPaid = std::min(t.firstPaid, month);
            t.lastPaid = std::max(t.lastPaid, month);
        }
    }
    std::vector<CustomerTotals> ranked;
    for (const CustomerTotals& t : std::as_const(totals)) {
        if (t.revenue > 0)
            ranked.push_back(t);
    }
    std::sort(ranked.begin(), ranked.end(), [](const CustomerTotals& a, const CustomerTotals& b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.id < b.id;
    });

    CoreProfile profile;
    const size_t topCount = (ranked.size() + 9) / 10;
    profile.topCustomers = int(topCount);
    profile.restCustomers = int(ranked.size() - topCount);

    QSet<QString> keySet;
    for (const auto& attrs : attributes) {
        for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
            keySet.insert(it.key());
    }
    QStringList keys(keySet.cbegin(), keySet.cend());
    keys.sort();
    QString seatKey;
    for (const QString& k : std::as_const(keys)) {
        if (k.contains(QLatin1String("seat"), Qt::CaseInsensitive)) {
            seatKey = k;
            break;
        }
    }

    // Each row is filled by a function that returns a customer's value, or nullopt to skip it.
    const auto addRow = [&](const QString& name, const auto& valueOf) {
        std::vector<double> top;
        std::vector<double> rest;
        for (size_t i = 0; i < ranked.size(); ++i) {
            const std::optional<double> v = valueOf(ranked[i]);
            if (v && std::isfinite(*v))
                (i < topCount ? top : rest).push_back(*v);
        }
        ProfileRow row;
        row.attribute = name;
        row.top = statsOf(std::move(top));
        row.rest = statsOf(std::move(rest));
        row.medianRatio = ratio(row.top.median, row.rest.median);
        row.meanRatio = ratio(row.top.mean, row.rest.mean);
        profile.rows.push_back(std::move(row));
    };
    const auto attribute = [&](qint64 id, const QString& key) -> std::optional<double> {
        const auto it = attributes.constFind(id);
        if (it == attributes.cend())
            return std::nullopt;
        const auto value = it->constFind(key);
        return value == it->cend() ? std::nullopt : std::optional<double>(*value);
    };
    const auto tenure = [](const CustomerTotals& t) { return double(t.lastPaid - t.firstPaid + 1); };

    addRow(QStringLiteral("total_revenue"),
           [](const CustomerTotals& t) { return std::optional<double>(fromMicros(t.revenue)); });
    for (const QString& key : std::as_const(keys))
        addRow(key, [&](const CustomerTotals& t) { return attribute(t.id, key); });
    addRow(QStringLiteral("tenure_months"), [&](const CustomerTotals& t) { return std::optional<double>(tenure(t)); });
    addRow(QStringLiteral("payments_per_month"),
           [&](const CustomerTotals& t) { return std::optional<double>(t.payments / tenure(t)); });
    if (!seatKey.isEmpty()) {
        addRow(QStringLiteral("revenue_per_seat"), [&](const CustomerTotals& t) -> std::optional<double> {
            const auto seats = attribute(t.id, seatKey);
            if (!seats || !(*seats > 0))
                return std::nullopt;
            return fromMicros(t.revenue) / *seats;
        });
    }
    return profile;
}

} // namespace ul
