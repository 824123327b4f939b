// SPDX-License-Identifier: MIT
#include "db/DatasetCustomers.h"

#include "store/Varint.h"

#include <algorithm>

namespace ul {

namespace {

bool onServer(const Connection& db) { return db.dialect() == Connection::Dialect::PostgreSql; }

// Packed: per customer the id delta, then each day as a zigzag varint after the previous
// customer's (0: none, else the day + 1 after the base), so runs of similar days stay short.
std::string encode(const std::vector<DatasetCustomer>& customers)
{
    std::string out;
    out.reserve(customers.size() * 6);
    quint32 previous = 0;
    for (const DatasetCustomer& c : customers) {
        varint::put(out, c.customer - previous);
        previous = c.customer;
        for (const Day d : {c.created, c.first})
            varint::put(out, d == DatasetCustomer::kNoDay ? 0 : (quint64(quint32(d)) << 1 | 1));
    }
    return out;
}

bool decode(std::string_view data, std::vector<DatasetCustomer>* out)
{
    varint::Reader in(data.data(), data.size());
    quint64 customer = 0;
    while (!in.atEnd()) {
        DatasetCustomer c;
        customer += in.get();
        c.customer = quint32(customer);
        for (Day* d : {&c.created, &c.first}) {
            const quint64 v = in.get();
            *d = v == 0 ? DatasetCustomer::kNoDay : Day(qint32(quint32(v >> 1)));
        }
        if (!in.ok() || customer > 0xFFFFFFFFu)
            return false;
        out->push_back(c);
    }
    return in.ok();
}

Day earlier(Day a, Day b)
{
    if (a == DatasetCustomer::kNoDay)
        return b;
    if (b == DatasetCustomer::kNoDay)
        return a;
    return std::min(a, b);
}

} // namespace

bool groupDatasetCustomers(Connection& db, qint64 datasetId, std::vector<DatasetCustomer>* out, QString* error)
{
    Statement st = db.prepare(QStringLiteral("SELECT customer_id, MIN(created_day), MIN(first_day) FROM customer_dates "
                                             "WHERE dataset_id = ? GROUP BY customer_id ORDER BY customer_id"),
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, datasetId);
    while (st.step(error))
        out->push_back({quint32(st.columnInt(0)), st.columnIsNull(1) ? DatasetCustomer::kNoDay : Day(st.columnInt(1)),
                        st.columnIsNull(2) ? DatasetCustomer::kNoDay : Day(st.columnInt(2))});
    return !st.failed();
}

bool readDatasetCustomers(Connection& db, qint64 datasetId, std::vector<DatasetCustomer>* out, bool* kept,
                          QString* error)
{
    out->clear();
    *kept = false;
    if (!db.tableExists(QStringLiteral("dataset_customers"), error))
        return error->isEmpty();
    if (onServer(db)) {
        Statement st = db.prepare(QStringLiteral("SELECT customer_id, created_min, first_min FROM dataset_customers "
                                                 "WHERE dataset_id = ? ORDER BY customer_id"),
                                  error);
        if (!st.isValid())
            return false;
        st.bind(1, datasetId);
        while (st.step(error))
            out->push_back({quint32(st.columnInt(0)),
                            st.columnIsNull(1) ? DatasetCustomer::kNoDay : Day(st.columnInt(1)),
                            st.columnIsNull(2) ? DatasetCustomer::kNoDay : Day(st.columnInt(2))});
        *kept = !st.failed();
        return *kept;
    }
    Statement st = db.prepare(QStringLiteral("SELECT data FROM dataset_customers WHERE dataset_id = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, datasetId);
    *kept = true;
    if (!st.step(error))
        return !st.failed(); // no customers
    if (!decode(st.columnBlob(0), out)) {
        *error = QStringLiteral("the workspace's dataset customers are damaged (they cannot be decoded)");
        return false;
    }
    return true;
}

bool refreshDatasetCustomers(Connection& db, qint64 datasetId, const std::vector<DatasetCustomer>* added, qint64* count,
                             QString* error)
{
    std::vector<DatasetCustomer> customers;
    if (onServer(db)) {
        // The server groups them itself; nothing travels.
        Statement remove = db.prepare(QStringLiteral("DELETE FROM dataset_customers WHERE dataset_id = ?"), error);
        Statement insert = db.prepare(
            QStringLiteral("INSERT INTO dataset_customers (dataset_id, customer_id, created_min, first_min) SELECT ?1, "
                           "customer_id, MIN(created_day), MIN(first_day) FROM customer_dates WHERE dataset_id = ?1 "
                           "GROUP BY customer_id"),
            error);
        if (!remove.isValid() || !insert.isValid() || !remove.bind(1, datasetId).run(error)
            || !insert.bind(1, datasetId).run(error))
            return false;
        const std::optional<long long> n = db.queryInt(
            QStringLiteral("SELECT count(*) FROM dataset_customers WHERE dataset_id = %1").arg(datasetId), error);
        if (!n)
            return false;
        *count = *n;
        return true;
    }
    bool kept = false;
    if (added && !readDatasetCustomers(db, datasetId, &customers, &kept, error))
        return false;
    if (added && kept) {
        // Both ascending: one merge instead of grouping every import's rows again.
        std::vector<DatasetCustomer> merged;
        merged.reserve(customers.size() + added->size());
        size_t i = 0, j = 0;
        while (i < customers.size() || j < added->size()) {
            if (j == added->size() || (i < customers.size() && customers[i].customer < (*added)[j].customer)) {
                merged.push_back(customers[i++]);
            } else if (i == customers.size() || (*added)[j].customer < customers[i].customer) {
                merged.push_back((*added)[j++]);
            } else {
                DatasetCustomer c = customers[i++];
                c.created = earlier(c.created, (*added)[j].created);
                c.first = earlier(c.first, (*added)[j++].first);
                merged.push_back(c);
            }
        }
        customers.swap(merged);
    } else {
        customers.clear();
        if (!groupDatasetCustomers(db, datasetId, &customers, error))
            return false;
    }
    *count = qint64(customers.size());
    Statement remove = db.prepare(QStringLiteral("DELETE FROM dataset_customers WHERE dataset_id = ?"), error);
    if (!remove.isValid() || !remove.bind(1, datasetId).run(error))
        return false;
    if (customers.empty())
        return true;
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO dataset_customers (dataset_id, customers, data) VALUES (?, ?, ?)"), error);
    return insert.isValid() && insert.bind(1, datasetId).bind(2, *count).bindBlob(3, encode(customers)).run(error);
}

} // namespace ul
