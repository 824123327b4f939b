// SPDX-License-Identifier: MIT
#include "store/RollupWriter.h"

#include "core/Granularity.h"
#include "store/ChunkFactStore.h"
#include "store/DerivedTables.h"

#include <algorithm>
#include <limits>

namespace ul {

namespace {

constexpr int kDay = 0, kWeek = 1, kMonth = 2, kQuarter = 3, kYear = 4;

QString overflow() { return QStringLiteral("a total exceeds what UsageLens adds exactly (about 9.2e18 units)"); }

Day monthEnd(Day month) { return nextPeriodStart(month, Granularity::Month) - 1; }

} // namespace

bool loadMonthCells(Connection& db, qint64 metricId, const Precision& precision, Day month, std::vector<DayCell>* out,
                    QString* error)
{
    out->clear();
    Statement st = db.prepare(QStringLiteral("SELECT bucket, data FROM fact_chunks WHERE metric_id = ? AND month = ? "
                                             "ORDER BY bucket, import_id"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, month);
    std::vector<DayCell> bucketCells;
    qint64 bucket = -1;
    int chunks = 0;
    bool ok = true;
    const auto flush = [&] {
        if (chunks > 1)
            ok = mergeDayCells(bucketCells, precision) && ok;
        out->insert(out->end(), bucketCells.begin(), bucketCells.end());
        bucketCells.clear();
        chunks = 0;
    };
    while (st.step(error)) {
        if (st.columnInt(0) != bucket) {
            flush();
            bucket = st.columnInt(0);
        }
        ++chunks;
        if (!decodeDayChunk(st.columnBlob(1), month, precision, &bucketCells)) {
            *error = QStringLiteral("the workspace's facts are damaged (they cannot be decoded)");
            return false;
        }
    }
    if (st.failed())
        return false;
    flush();
    if (!ok)
        *error = overflow();
    return ok;
}

void RollupWriter::PeriodSum::settleCustomers()
{
    // Runs are already ascending: merging them is linear, where sorting the lot was not.
    for (size_t r = 1; r < runStarts.size(); ++r) {
        const auto middle = customers.begin() + long(runStarts[r]);
        const auto last = r + 1 < runStarts.size() ? customers.begin() + long(runStarts[r + 1]) : customers.end();
        std::inplace_merge(customers.begin(), middle, last);
    }
    customers.erase(std::unique(customers.begin(), customers.end()), customers.end());
    runStarts.assign(1, 0);
}

RollupWriter::RollupWriter(Connection& db, qint64 metricId, const Precision& precision)
    : m_db(db)
    , m_metric(metricId)
    , m_precision(precision)
{}

bool RollupWriter::writeTotal(int granularity, Day start, const PeriodSum& sum, QString* error)
{
    return writeTotal(granularity, start, sum.value, sum.rows, qint64(sum.customers.size()), error);
}

bool RollupWriter::writeTotal(int granularity, Day start, RawValue value, qint64 rows, qint64 active, QString* error)
{
    if (!deleteTotals(granularity, start, start, error))
        return false;
    if (active != 0 || rows != 0)
        m_pendingTotals[{granularity, start}] = TotalRow{value, rows, active};
    return true;
}

bool RollupWriter::deleteTotals(int granularity, Day from, Day to, QString*)
{
    m_pendingTotals.erase(m_pendingTotals.lower_bound({granularity, from}),
                          m_pendingTotals.upper_bound({granularity, to}));
    std::vector<std::pair<Day, Day>>& ranges = m_pendingDeletes[granularity];
    // Ranges come in ascending order: one that starts at the period after the last one's end
    // (no period starts between them) extends it.
    static constexpr Granularity kGranularities[] = {Granularity::Day, Granularity::Week, Granularity::Month,
                                                     Granularity::Quarter, Granularity::Year};
    if (!ranges.empty() && from >= ranges.back().first
        && from <= nextPeriodStart(ranges.back().second, kGranularities[granularity]))
        ranges.back().second = std::max(ranges.back().second, to);
    else
        ranges.emplace_back(from, to);
    return true;
}

bool RollupWriter::writePendingSummaries(QString* error)
{
    Statement remove = m_db.prepare(
        QStringLiteral("DELETE FROM month_summaries WHERE metric_id = ? AND month BETWEEN ? AND ?"), error);
    if (!remove.isValid())
        return false;
    // Consecutive months go in one statement.
    for (auto it = m_pendingSummaries.begin(); it != m_pendingSummaries.end();) {
        const Day first = it->first;
        Day last = first;
        for (++it; it != m_pendingSummaries.end() && it->first == nextPeriodStart(last, Granularity::Month); ++it)
            last = it->first;
        if (!remove.bind(1, m_metric).bind(2, first).bind(3, last).run(error))
            return false;
    }
    const std::unique_ptr<BulkWriter> insert = m_db.bulkWriter(
        QStringLiteral("month_summaries"),
        {QStringLiteral("metric_id"), QStringLiteral("month"), QStringLiteral("customers"), QStringLiteral("data")},
        error);
    if (!insert)
        return false;
    for (const auto& [month, summary] : m_pendingSummaries) {
        if (summary.customers == 0)
            continue; // an empty month has no summary row
        insert->add(m_metric);
        insert->add(month);
        insert->add(summary.customers);
        insert->addBlob(summary.data);
        if (!insert->endRow(error))
            return false;
    }
    m_pendingSummaries.clear();
    return insert->finish(error);
}

bool RollupWriter::writePendingTotals(QString* error)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM period_totals WHERE metric_id = ? AND granularity = ? "
                                                   "AND start BETWEEN ? AND ?"),
                                    error);
    if (!remove.isValid())
        return false;
    for (const auto& [granularity, ranges] : m_pendingDeletes)
        for (const auto& [from, to] : ranges)
            if (!remove.bind(1, m_metric).bind(2, granularity).bind(3, from).bind(4, to).run(error))
                return false;
    m_pendingDeletes.clear();
    const std::unique_ptr<BulkWriter> insert = m_db.bulkWriter(
        QStringLiteral("period_totals"),
        {QStringLiteral("metric_id"), QStringLiteral("granularity"), QStringLiteral("start"), QStringLiteral("value"),
         QStringLiteral("rows"), QStringLiteral("active")},
        error);
    if (!insert)
        return false;
    for (const auto& [key, row] : m_pendingTotals) {
        insert->add(m_metric);
        insert->add(key.first);
        insert->add(key.second);
        if (m_precision.exact)
            insert->add(qint64(row.value));
        else
            insert->addDouble(doubleFromRaw(row.value));
        insert->add(row.rows);
        insert->add(row.active);
        if (!insert->endRow(error))
            return false;
    }
    m_pendingTotals.clear();
    return insert->finish(error);
}

MonthRollup summarizeMonth(Day month, const std::vector<DayCell>& cells, const Precision& precision)
{
    // A day has one cell per active customer, so its active count is its cell count.
    MonthRollup r;
    r.month = month;
    r.days.assign(size_t(monthEnd(month) - month + 1), MonthRollup::DaySum{zeroRaw(precision)});
    r.value = zeroRaw(precision);
    std::vector<CustomerMonthTotal> customers;
    bool ok = true;
    for (const DayCell& c : cells) {
        if (customers.empty() || customers.back().customer != c.customer) {
            customers.push_back({c.customer, 0, zeroRaw(precision), 0, c.day, c.day});
            r.customers.push_back(c.customer);
        }
        CustomerMonthTotal& m = customers.back();
        ok = addRaw(precision, m.value, c.value) && ok;
        m.rows += c.rows;
        ++m.activeDays;
        m.lastDay = c.day;
        MonthRollup::DaySum& d = r.days[size_t(c.day - month)];
        ok = addRaw(precision, d.value, c.value) && ok;
        d.rows += c.rows;
        ++d.active;
        ok = addRaw(precision, r.value, c.value) && ok;
        r.rows += c.rows;
    }
    r.overflow = !ok;
    if (ok && !customers.empty())
        r.summary = encodeMonthSummary(customers, month, precision);
    r.totals = std::move(customers);
    return r;
}

bool RollupWriter::addMonth(Day month, const std::vector<DayCell>& cells, QString* error)
{
    return addMonth(summarizeMonth(month, cells, m_precision), cells, error);
}

bool RollupWriter::addMonth(const MonthRollup& rollup, const std::vector<DayCell>& cells, QString* error)
{
    const Day month = rollup.month;
    const Day end = monthEnd(month);
    bool ok = true;
    if (rollup.overflow) {
        *error = overflow();
        return false;
    }
    if (!beginDerived(error) || !advanceDerived(month, error))
        return false;
    m_months.insert(month);
    if (*m_derived) {
        m_passOverflow = !m_pass->addMonth(month, rollup.totals) || m_passOverflow;
        // Each day's customers (cells come by customer, then day: every list ascending).
        std::vector<std::vector<quint32>> days(rollup.days.size());
        for (size_t i = 0; i < days.size(); ++i)
            days[i].reserve(size_t(rollup.days[i].active));
        for (const DayCell& c : cells)
            days[size_t(c.day - month)].push_back(c.customer);
        for (size_t i = 0; i < days.size(); ++i)
            if (!m_chains[kDay]->add(month + Day(i), std::move(days[i]), error))
                return false;
        if (!m_chains[kMonth]->add(month, rollup.customers, error))
            return false;
    }
    // Written at finish(): nothing here reads the months this writer adds, and a server keeps
    // streaming the import's chunks meanwhile instead of stopping for each month's row.
    m_pendingSummaries[month] = PendingSummary{qint64(rollup.customers.size()), rollup.summary};
    if (!deleteTotals(kDay, month, end, error))
        return false;
    for (size_t i = 0; i < rollup.days.size(); ++i) {
        const MonthRollup::DaySum& d = rollup.days[i];
        if (d.active > 0 && !writeTotal(kDay, month + Day(i), d.value, d.rows, d.active, error))
            return false;
    }
    if (!writeTotal(kMonth, month, rollup.value, rollup.rows, qint64(rollup.customers.size()), error)
        || !closePeriods(month, error) || !addToOpenPeriods(month, rollup.customers, rollup.value, rollup.rows, error))
        return false;

    // Weeks: a week that starts in an untouched previous month takes those days from the chunks.
    const Day firstWeek = periodStart(month, Granularity::Week);
    const Day previousMonth = periodStart(month - 1, Granularity::Month);
    std::vector<DayCell> neighbour;
    if (firstWeek < month && !m_months.count(previousMonth) && !m_weeks.count(firstWeek)) {
        if (!loadMonthCells(m_db, m_metric, m_precision, previousMonth, &neighbour, error))
            return false;
        neighbour.erase(
            std::remove_if(neighbour.begin(), neighbour.end(), [&](const DayCell& c) { return c.day < firstWeek; }),
            neighbour.end());
    }
    // The week of every day of the month (and of the neighbour's days, which lie in the first
    // week), looked up per cell in a small table instead of the map.
    const auto weekSum = [&](Day week) -> PeriodSum& {
        auto [it, inserted] = m_weeks.try_emplace(week);
        if (inserted)
            it->second.value = zeroRaw(m_precision);
        return it->second;
    };
    std::vector<PeriodSum*> weekOfDay(size_t(end - month + 1));
    for (Day d = month; d <= end; ++d)
        weekOfDay[size_t(d - month)] = &weekSum(periodStart(d, Granularity::Week));
    const auto addToWeeks = [&](const std::vector<DayCell>& source, bool fromNeighbour) {
        PeriodSum* previousWeek = nullptr;
        quint32 previousCustomer = 0;
        for (PeriodSum* w : weekOfDay)
            w->beginRun();
        if (fromNeighbour)
            weekSum(firstWeek).beginRun();
        for (const DayCell& c : source) {
            PeriodSum* w = fromNeighbour ? &weekSum(firstWeek) : weekOfDay[size_t(c.day - month)];
            ok = addRaw(m_precision, w->value, c.value) && ok;
            w->rows += c.rows;
            if (w != previousWeek || c.customer != previousCustomer)
                w->customers.push_back(c.customer);
            previousWeek = w;
            previousCustomer = c.customer;
        }
    };
    if (!neighbour.empty())
        addToWeeks(neighbour, true);
    addToWeeks(cells, false);
    if (!ok) {
        *error = overflow();
        return false;
    }
    // Weeks that end before this month can get nothing more.
    return flushWeeks(month, error);
}

bool RollupWriter::flushWeeks(Day before, QString* error)
{
    for (auto it = m_weeks.begin(); it != m_weeks.end() && it->first + 6 < before;) {
        PeriodSum& w = it->second;
        const Day weekEnd = it->first + 6;
        const Day nextMonth = periodStart(weekEnd, Granularity::Month);
        // The week reaches into an untouched next month: take those days from the chunks.
        if (nextMonth > periodStart(it->first, Granularity::Month) && !m_months.count(nextMonth)) {
            std::vector<DayCell> cells;
            if (!loadMonthCells(m_db, m_metric, m_precision, nextMonth, &cells, error))
                return false;
            w.beginRun();
            for (const DayCell& c : cells) {
                if (c.day > weekEnd)
                    continue;
                if (!addRaw(m_precision, w.value, c.value)) {
                    *error = overflow();
                    return false;
                }
                w.rows += c.rows;
                w.customers.push_back(c.customer);
            }
        }
        w.settleCustomers();
        if (!writeTotal(kWeek, it->first, w, error)
            || (m_chains[kWeek] && !m_chains[kWeek]->add(it->first, w.customers, error)))
            return false;
        it = m_weeks.erase(it);
    }
    return true;
}

bool RollupWriter::addToOpenPeriods(Day month, const std::vector<quint32>& customers, RawValue value, qint64 rows,
                                    QString* error)
{
    for (const auto& [g, granularity] : {std::pair{kQuarter, Granularity::Quarter}, {kYear, Granularity::Year}}) {
        auto [it, inserted] = m_periods.try_emplace({g, periodStart(month, granularity)});
        OpenPeriod& p = it->second;
        if (inserted)
            p.value = zeroRaw(m_precision);
        if (!addRaw(m_precision, p.value, value)) {
            *error = overflow();
            return false;
        }
        p.rows += rows;
        p.months.insert(month);
        std::vector<quint32> merged;
        merged.reserve(p.customers.size() + customers.size());
        std::set_union(p.customers.begin(), p.customers.end(), customers.begin(), customers.end(),
                       std::back_inserter(merged));
        p.customers.swap(merged);
    }
    return true;
}

bool RollupWriter::closePeriods(Day before, QString* error)
{
    ChunkFactStore store(m_db);
    for (auto it = m_periods.begin(); it != m_periods.end();) {
        const auto [g, start] = it->first;
        const Granularity granularity = g == kQuarter ? Granularity::Quarter : Granularity::Year;
        const Day next = nextPeriodStart(start, granularity);
        if (next > before) {
            ++it;
            continue;
        }
        OpenPeriod& p = it->second;
        // The months of the period this writer did not touch keep their summaries: add those.
        bool ok = true;
        std::vector<quint32> untouched;
        for (Day m = start; m < next; m = nextPeriodStart(m, Granularity::Month)) {
            if (p.months.count(m))
                continue;
            untouched.clear();
            if (!store.monthSummaries(
                    m_metric, m, m, std::nullopt,
                    [&](Day, const CustomerMonthTotal& c) {
                        ok = addRaw(m_precision, p.value, c.value) && ok;
                        p.rows += c.rows;
                        untouched.push_back(c.customer);
                    },
                    error))
                return false;
            if (untouched.empty())
                continue;
            std::sort(untouched.begin(), untouched.end());
            std::vector<quint32> merged;
            merged.reserve(p.customers.size() + untouched.size());
            std::set_union(p.customers.begin(), p.customers.end(), untouched.begin(), untouched.end(),
                           std::back_inserter(merged));
            p.customers.swap(merged);
        }
        if (!ok) {
            *error = overflow();
            return false;
        }
        if (!writeTotal(g, start, p.value, p.rows, qint64(p.customers.size()), error)
            || (m_chains[size_t(g)] && !m_chains[size_t(g)]->add(start, std::move(p.customers), error)))
            return false;
        it = m_periods.erase(it);
    }
    return true;
}

bool RollupWriter::finish(QString* error)
{
    if (!flushWeeks(std::numeric_limits<Day>::max() - 7, error) || !closePeriods(std::numeric_limits<Day>::max(), error)
        || !beginDerived(error) || !advanceDerived(std::numeric_limits<Day>::max(), error))
        return false;
    for (const std::unique_ptr<ActivityChain>& chain : m_chains)
        if (chain && !chain->finish(error))
            return false;
    return writePendingSummaries(error) && writePendingTotals(error) && (!*m_derived || writeDerived(error));
}

bool rebuildMonths(Connection& db, qint64 metricId, const Precision& precision, const std::set<Day>& months,
                   QString* error)
{
    RollupWriter writer(db, metricId, precision);
    std::vector<DayCell> cells;
    for (Day month : months) {
        if (!loadMonthCells(db, metricId, precision, month, &cells, error) || !writer.addMonth(month, cells, error))
            return false;
    }
    return writer.finish(error);
}

} // namespace ul

namespace ul {

bool RollupWriter::beginDerived(QString* error)
{
    if (m_derived)
        return true;
    const bool kept = hasDerivedTables(m_db, error);
    if (!kept && !error->isEmpty())
        return false;
    m_derived = kept;
    if (!kept)
        return true;
    m_pass.emplace(m_precision);
    Statement months = m_db.prepare(
        QStringLiteral("SELECT month FROM month_summaries WHERE metric_id = ? ORDER BY month"), error);
    if (!months.isValid())
        return false;
    months.bind(1, m_metric);
    while (months.step(error))
        m_storedMonths.push_back(Day(months.columnInt(0)));
    if (months.failed())
        return false;
    static constexpr Granularity kGranularities[] = {Granularity::Day, Granularity::Week, Granularity::Month,
                                                     Granularity::Quarter, Granularity::Year};
    for (int g = kDay; g <= kYear; ++g)
        m_chains[size_t(g)] = std::make_unique<ActivityChain>(
            kGranularities[g],
            [this, g](Day start, std::vector<quint32>* out, QString* e) { return untouchedSet(g, start, out, e); });
    return true;
}

bool RollupWriter::storedSummary(Day month, const std::vector<CustomerMonthTotal>** out, QString* error)
{
    auto it = m_summaryCache.find(month);
    if (it == m_summaryCache.end()) {
        // A few months are enough: the pass goes forward, the chains look one period around.
        while (m_summaryCache.size() >= 4)
            m_summaryCache.erase(m_summaryCache.begin());
        std::vector<CustomerMonthTotal> totals;
        ChunkFactStore store(m_db);
        if (!store.monthSummaries(
                m_metric, month, month, std::nullopt, [&](Day, const CustomerMonthTotal& m) { totals.push_back(m); },
                error))
            return false;
        it = m_summaryCache.emplace(month, std::move(totals)).first;
    }
    *out = &it->second;
    return true;
}

bool RollupWriter::advanceDerived(Day before, QString* error)
{
    if (!*m_derived)
        return true;
    for (; m_nextStored < m_storedMonths.size() && m_storedMonths[m_nextStored] < before; ++m_nextStored) {
        const Day month = m_storedMonths[m_nextStored];
        if (m_months.count(month))
            continue; // rewritten by this writer: already in the pass
        const std::vector<CustomerMonthTotal>* totals = nullptr;
        if (!storedSummary(month, &totals, error))
            return false;
        m_passOverflow = !m_pass->addMonth(month, *totals) || m_passOverflow;
    }
    return true;
}

bool RollupWriter::untouchedSet(int g, Day start, std::vector<quint32>* out, QString* error)
{
    out->clear();
    const auto fromSummaries = [&](Day first, Day last, const auto& keep) {
        for (Day m = periodStart(first, Granularity::Month); m <= last; m = nextPeriodStart(m, Granularity::Month)) {
            if (!std::binary_search(m_storedMonths.begin(), m_storedMonths.end(), m))
                continue;
            const std::vector<CustomerMonthTotal>* totals = nullptr;
            if (!storedSummary(m, &totals, error))
                return false;
            const size_t before = out->size();
            for (const CustomerMonthTotal& c : *totals)
                if (c.rows > 0 && keep(c))
                    out->push_back(c.customer);
            std::inplace_merge(out->begin(), out->begin() + long(before), out->end());
        }
        out->erase(std::unique(out->begin(), out->end()), out->end());
        return true;
    };
    const auto fromCells = [&](Day first, Day last) {
        for (Day m = periodStart(first, Granularity::Month); m <= last; m = nextPeriodStart(m, Granularity::Month)) {
            if (!std::binary_search(m_storedMonths.begin(), m_storedMonths.end(), m))
                continue;
            std::vector<DayCell> cells;
            if (!loadMonthCells(m_db, m_metric, m_precision, m, &cells, error))
                return false;
            for (const DayCell& c : cells)
                if (c.day >= first && c.day <= last && c.rows > 0)
                    out->push_back(c.customer);
        }
        std::sort(out->begin(), out->end());
        out->erase(std::unique(out->begin(), out->end()), out->end());
        return true;
    };
    const auto all = [](const CustomerMonthTotal&) { return true; };
    switch (g) {
    case kDay:
        // Only the days next to a rewritten month are asked for: a month's first or last day.
        if (start == periodStart(start, Granularity::Month))
            return fromSummaries(start, start, [&](const CustomerMonthTotal& c) { return c.firstDay == start; });
        if (start == monthEnd(periodStart(start, Granularity::Month)))
            return fromSummaries(start, start, [&](const CustomerMonthTotal& c) { return c.lastDay == start; });
        return fromCells(start, start);
    case kWeek: return fromCells(start, start + 6);
    case kMonth: return fromSummaries(start, start, all);
    case kQuarter: return fromSummaries(start, nextPeriodStart(start, Granularity::Quarter) - 1, all);
    default: return fromSummaries(start, nextPeriodStart(start, Granularity::Year) - 1, all);
    }
}

bool RollupWriter::writeDerived(QString* error)
{
    // Every period with data gets a row: continuing as recomputed by the chains, else as stored
    // (its set and its neighbour's did not change); newcomers from the lifetimes, all anew.
    std::map<std::pair<int, Day>, PeriodActivity> stored, rows;
    if (!readAllActivity(m_db, m_metric, &stored, error))
        return false;
    static constexpr Granularity kGranularities[] = {Granularity::Day, Granularity::Week, Granularity::Month,
                                                     Granularity::Quarter, Granularity::Year};
    std::array<std::map<Day, qint64>, 5> newcomers;
    for (int g = kDay; g <= kYear; ++g)
        newcomers[size_t(g)] = m_pass->newcomers(kGranularities[g]);
    Statement periods = m_db.prepare(QStringLiteral("SELECT granularity, start FROM period_totals WHERE metric_id = ?"),
                                     error);
    if (!periods.isValid())
        return false;
    periods.bind(1, m_metric);
    while (periods.step(error)) {
        const int g = int(periods.columnInt(0));
        const Day start = Day(periods.columnInt(1));
        if (g < kDay || g > kYear)
            continue;
        PeriodActivity a{start};
        const std::map<Day, qint64>& recomputed = m_chains[size_t(g)]->continuing();
        if (const auto it = recomputed.find(start); it != recomputed.end())
            a.continuing = it->second;
        else if (const auto old = stored.find({g, start}); old != stored.end())
            a.continuing = old->second.continuing;
        if (const auto it = newcomers[size_t(g)].find(start); it != newcomers[size_t(g)].end())
            a.newcomers = it->second;
        rows.emplace(std::pair{g, start}, a);
    }
    if (periods.failed())
        return false;
    const std::vector<CustomerTotal> lifetimes = m_passOverflow ? std::vector<CustomerTotal>() : m_pass->lifetimes();
    return writeActivity(m_db, m_metric, rows, error) && writeLifetimes(m_db, m_metric, m_precision, lifetimes, error)
           && writeCohortCells(m_db, m_metric, m_pass->cohortCells(), error);
}

} // namespace ul
