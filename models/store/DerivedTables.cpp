// SPDX-License-Identifier: MIT
#include "store/DerivedTables.h"

#include "store/LifetimeCodec.h"

namespace ul {

namespace {

bool onServer(const Connection& db) { return db.dialect() == Connection::Dialect::PostgreSql; }

QString damagedLifetimes()
{
    return QStringLiteral("the workspace's customer lifetimes are damaged (they cannot be decoded)");
}

} // namespace

bool hasDerivedTables(Connection& db, QString* error) { return db.tableExists(QStringLiteral("cohort_cells"), error); }

bool writeLifetimes(Connection& db, qint64 metricId, const Precision& precision,
                    const std::vector<CustomerTotal>& lifetimes, QString* error)
{
    Statement remove = db.prepare(QStringLiteral("DELETE FROM customer_lifetimes WHERE metric_id = ?"), error);
    if (!remove.isValid() || !remove.bind(1, metricId).run(error))
        return false;
    if (lifetimes.empty())
        return true;
    if (!onServer(db)) {
        Statement insert = db.prepare(
            QStringLiteral("INSERT INTO customer_lifetimes (metric_id, customers, data) VALUES (?, ?, ?)"), error);
        return insert.isValid()
               && insert.bind(1, metricId)
                      .bind(2, qint64(lifetimes.size()))
                      .bindBlob(3, encodeLifetimes(lifetimes, precision))
                      .run(error);
    }
    // A server keeps a row per customer: its views rank, sum and count them in SQL.
    const std::unique_ptr<BulkWriter> rows = db.bulkWriter(
        QStringLiteral("customer_lifetimes"),
        {QStringLiteral("metric_id"), QStringLiteral("customer_id"), QStringLiteral("value"), QStringLiteral("rows"),
         QStringLiteral("active_days"), QStringLiteral("first_day"), QStringLiteral("last_day")},
        error);
    if (!rows)
        return false;
    for (const CustomerTotal& t : lifetimes) {
        rows->add(metricId);
        rows->add(qint64(t.customer));
        rows->add(t.value);
        rows->add(t.rows);
        rows->add(t.activeDays);
        rows->add(t.firstDay);
        rows->add(t.lastDay);
        if (!rows->endRow(error))
            return false;
    }
    return rows->finish(error);
}

bool readLifetimes(Connection& db, qint64 metricId, const Precision& precision, std::vector<CustomerTotal>* out,
                   bool* kept, QString* error)
{
    out->clear();
    *kept = false;
    if (!onServer(db)) {
        Statement st = db.prepare(QStringLiteral("SELECT data FROM customer_lifetimes WHERE metric_id = ?"), error);
        if (!st.isValid())
            return false;
        st.bind(1, metricId);
        if (!st.step(error))
            return !st.failed();
        *kept = true;
        if (!decodeLifetimes(st.columnBlob(0), precision, out)) {
            *error = damagedLifetimes();
            return false;
        }
        return true;
    }
    Statement st = db.prepare(QStringLiteral("SELECT customer_id, value, rows, active_days, first_day, last_day FROM "
                                             "customer_lifetimes WHERE metric_id = ? ORDER BY customer_id"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId);
    while (st.step(error))
        out->push_back({quint32(st.columnInt(0)), RawValue(st.columnInt(1)), st.columnInt(2), int(st.columnInt(3)),
                        Day(st.columnInt(4)), Day(st.columnInt(5))});
    *kept = !out->empty();
    return !st.failed();
}

bool rescaleLifetimes(Connection& db, qint64 metricId, const Precision& from, const Precision& to, QString* error)
{
    bool kept = false;
    std::vector<CustomerTotal> lifetimes;
    if (!hasDerivedTables(db, error) || !readLifetimes(db, metricId, from, &lifetimes, &kept, error))
        return error->isEmpty();
    if (!kept)
        return true;
    for (CustomerTotal& t : lifetimes) {
        if (!to.exact) {
            if (from.exact)
                t.value = rawFromDouble(Decimal{t.value, from.scale}.toDouble());
        } else if (__builtin_mul_overflow(t.value, powerOfTen(to.scale - from.scale), &t.value)) {
            *error = QStringLiteral("the metric's stored values cannot take more decimals without exceeding what "
                                    "UsageLens adds exactly");
            return false;
        }
    }
    return writeLifetimes(db, metricId, to, lifetimes, error);
}

bool writeCohortCells(Connection& db, qint64 metricId, const std::vector<CohortCell>& cells, QString* error)
{
    Statement remove = db.prepare(QStringLiteral("DELETE FROM cohort_cells WHERE metric_id = ?"), error);
    if (!remove.isValid() || !remove.bind(1, metricId).run(error))
        return false;
    const std::unique_ptr<BulkWriter> rows = db.bulkWriter(QStringLiteral("cohort_cells"),
                                                           {QStringLiteral("metric_id"), QStringLiteral("cohort"),
                                                            QStringLiteral("month"), QStringLiteral("customers"),
                                                            QStringLiteral("value")},
                                                           error);
    if (!rows)
        return false;
    for (const CohortCell& c : cells) {
        rows->add(metricId);
        rows->add(c.cohort);
        rows->add(c.month);
        rows->add(c.customers);
        rows->addDouble(c.value);
        if (!rows->endRow(error))
            return false;
    }
    return rows->finish(error);
}

bool readCohortCells(Connection& db, qint64 metricId, std::vector<CohortCell>* out, QString* error)
{
    out->clear();
    Statement st = db.prepare(QStringLiteral("SELECT cohort, month, customers, value FROM cohort_cells WHERE "
                                             "metric_id = ? ORDER BY cohort, month"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId);
    while (st.step(error))
        out->push_back({Day(st.columnInt(0)), Day(st.columnInt(1)), st.columnInt(2), st.columnDouble(3)});
    return !st.failed();
}

bool writeActivity(Connection& db, qint64 metricId, const std::map<std::pair<int, Day>, PeriodActivity>& rows,
                   QString* error)
{
    Statement remove = db.prepare(QStringLiteral("DELETE FROM activity_totals WHERE metric_id = ?"), error);
    if (!remove.isValid() || !remove.bind(1, metricId).run(error))
        return false;
    const std::unique_ptr<BulkWriter> insert = db.bulkWriter(
        QStringLiteral("activity_totals"),
        {QStringLiteral("metric_id"), QStringLiteral("granularity"), QStringLiteral("start"),
         QStringLiteral("continuing"), QStringLiteral("newcomers")},
        error);
    if (!insert)
        return false;
    for (const auto& [key, row] : rows) {
        insert->add(metricId);
        insert->add(key.first);
        insert->add(key.second);
        insert->add(row.continuing);
        insert->add(row.newcomers);
        if (!insert->endRow(error))
            return false;
    }
    return insert->finish(error);
}

bool readActivity(Connection& db, qint64 metricId, int granularity, Day firstStart, Day lastStart,
                  std::vector<PeriodActivity>* out, QString* error)
{
    out->clear();
    Statement st = db.prepare(QStringLiteral("SELECT start, continuing, newcomers FROM activity_totals WHERE "
                                             "metric_id = ? AND granularity = ? AND start BETWEEN ? AND ? "
                                             "ORDER BY start"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId).bind(2, granularity).bind(3, firstStart).bind(4, lastStart);
    while (st.step(error))
        out->push_back({Day(st.columnInt(0)), st.columnInt(1), st.columnInt(2)});
    return !st.failed();
}

bool readAllActivity(Connection& db, qint64 metricId, std::map<std::pair<int, Day>, PeriodActivity>* out,
                     QString* error)
{
    out->clear();
    Statement st = db.prepare(QStringLiteral("SELECT granularity, start, continuing, newcomers FROM activity_totals "
                                             "WHERE metric_id = ?"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId);
    while (st.step(error))
        out->emplace(std::pair{int(st.columnInt(0)), Day(st.columnInt(1))},
                     PeriodActivity{Day(st.columnInt(1)), st.columnInt(2), st.columnInt(3)});
    return !st.failed();
}

bool deleteDerivedRows(Connection& db, const QString& metricIdsSql, QString* error)
{
    if (!hasDerivedTables(db, error))
        return error->isEmpty();
    for (const char* table : {"customer_lifetimes", "cohort_cells", "activity_totals"})
        if (!db.exec(QStringLiteral("DELETE FROM %1 WHERE metric_id IN %2").arg(QLatin1String(table), metricIdsSql),
                     error))
            return false;
    return true;
}

} // namespace ul
