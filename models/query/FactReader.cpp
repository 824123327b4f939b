// SPDX-License-Identifier: MIT
#include "query/FactReader.h"

#include <algorithm>

namespace ul {

bool FactReader::readDaily(qint64 metricId, const DateRange& range, Granularity g, std::optional<qint64> customer,
                           std::unordered_map<Day, std::unordered_map<qint64, double>>& cells, QString* error)
{
    if (range.isEmpty())
        return true;
    QString sql = QStringLiteral(
        "SELECT day, customer_id, value FROM facts WHERE metric_id = ? AND day BETWEEN ? AND ?");
    if (customer)
        sql += QStringLiteral(" AND customer_id = ?");
    Statement st = m_db.prepare(sql, error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, range.from).bind(3, range.to);
    if (customer)
        st.bind(4, *customer);
    Day lastDay = range.from - 1;
    Day lastPeriod = 0;
    std::unordered_map<qint64, double>* bucket = nullptr;
    while (st.step(error)) {
        const Day day = Day(st.columnInt(0));
        if (day != lastDay || !bucket) {
            lastDay = day;
            const Day p = periodStart(day, g);
            if (!bucket || p != lastPeriod) {
                lastPeriod = p;
                bucket = &cells[p];
            }
        }
        (*bucket)[st.columnInt(1)] += st.columnDouble(2);
    }
    return !st.failed();
}

bool FactReader::readMonthly(qint64 metricId, Day firstMonth, Day lastMonth, Granularity g,
                             std::optional<qint64> customer,
                             std::unordered_map<Day, std::unordered_map<qint64, double>>& cells, QString* error)
{
    QString sql = QStringLiteral("SELECT month, customer_id, value FROM facts_monthly WHERE metric_id = ?1 "
                                 "AND month BETWEEN ?2 AND ?3");
    if (customer)
        sql += QStringLiteral(" AND customer_id = ?4");
    Statement st = m_db.prepare(sql, error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, firstMonth).bind(3, lastMonth);
    if (customer)
        st.bind(4, *customer);
    Day lastSeen = firstMonth - 1;
    std::unordered_map<qint64, double>* bucket = nullptr;
    while (st.step(error)) {
        const Day month = Day(st.columnInt(0));
        if (month != lastSeen || !bucket) {
            lastSeen = month;
            bucket = &cells[periodStart(month, g)];
        }
        (*bucket)[st.columnInt(1)] += st.columnDouble(2);
    }
    return !st.failed();
}

bool FactReader::read(qint64 metricId, const DateRange& range, Granularity g, std::optional<qint64> customer,
                      std::vector<PeriodCustomerValue>* out, QString* error)
{
    out->clear();
    std::unordered_map<Day, std::unordered_map<qint64, double>> cells;
    if (range.isEmpty())
        return true;
    const bool monthly = g == Granularity::Month || g == Granularity::Quarter || g == Granularity::Year;
    if (!monthly) {
        if (!readDaily(metricId, range, g, customer, cells, error))
            return false;
    } else {
        // Whole months inside the range come from the rollup; the partial edges from daily facts.
        Day firstFull = periodStart(range.from, Granularity::Month);
        if (firstFull < range.from)
            firstFull = nextPeriodStart(firstFull, Granularity::Month);
        const Day afterLast = nextPeriodStart(periodStart(range.to, Granularity::Month), Granularity::Month);
        Day lastFullEnd = afterLast - 1 == range.to ? range.to : periodStart(range.to, Granularity::Month) - 1;
        if (firstFull > lastFullEnd) {
            if (!readDaily(metricId, range, g, customer, cells, error))
                return false;
        } else {
            const Day lastFullMonth = periodStart(lastFullEnd, Granularity::Month);
            if (!readMonthly(metricId, firstFull, lastFullMonth, g, customer, cells, error))
                return false;
            if (range.from < firstFull && !readDaily(metricId, {range.from, firstFull - 1}, g, customer, cells, error))
                return false;
            if (lastFullEnd < range.to && !readDaily(metricId, {lastFullEnd + 1, range.to}, g, customer, cells, error))
                return false;
        }
    }
    for (const auto& [period, customers] : cells) {
        for (const auto& [cid, value] : customers)
            out->push_back({period, cid, value});
    }
    std::sort(out->begin(), out->end(), [](const PeriodCustomerValue& a, const PeriodCustomerValue& b) {
        return a.period != b.period ? a.period < b.period : a.customer < b.customer;
    });
    return true;
}

std::optional<std::pair<Day, Day>> FactReader::wholeMonths(const DateRange& range)
{
    if (range.isEmpty())
        return std::nullopt;
    Day first = periodStart(range.from, Granularity::Month);
    if (first < range.from)
        first = nextPeriodStart(first, Granularity::Month);
    const Day lastStart = periodStart(range.to, Granularity::Month);
    const Day last = nextPeriodStart(lastStart, Granularity::Month) - 1 == range.to
                         ? lastStart
                         : periodStart(lastStart - 1, Granularity::Month);
    if (first > last)
        return std::nullopt;
    return std::make_pair(first, last);
}

bool FactReader::monthTotals(qint64 metricId, Day firstMonth, Day lastMonth,
                             std::vector<std::tuple<Day, double, qint64>>* out, QString* error)
{
    out->clear();
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT month, SUM(value), COUNT(*) FROM facts_monthly WHERE metric_id = ? AND month BETWEEN ? AND ? "
            "GROUP BY month ORDER BY month"),
        error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, firstMonth).bind(3, lastMonth);
    while (st.step(error))
        out->emplace_back(Day(st.columnInt(0)), st.columnDouble(1), st.columnInt(2));
    return !st.failed();
}

bool FactReader::customerTotals(qint64 metricId, const DateRange& range, std::optional<qint64> customer,
                                std::unordered_map<qint64, double>* out, QString* error)
{
    out->clear();
    std::vector<PeriodCustomerValue> cells;
    if (!read(metricId, range, Granularity::Year, customer, &cells, error))
        return false;
    for (const auto& c : cells)
        (*out)[c.customer] += c.value;
    return true;
}

} // namespace ul
