// SPDX-License-Identifier: MIT
#include "query/DatasetCatalog.h"

#include "db/DatasetCustomers.h"
#include "store/ChunkFactStore.h"
#include "store/Precision.h"

#include "import/ValueParsing.h"

namespace ul {

std::vector<DatasetInfo> listDatasets(Connection& db, QString* error)
{
    std::vector<DatasetInfo> out;
    // The writers keep each dataset's customers in dataset_stats (format 7); an older file,
    // read as it is, is counted here.
    QString ignored;
    const bool kept = db.tableExists(QStringLiteral("dataset_stats"), &ignored);
    Statement ds = db.prepare(
        kept ? QStringLiteral("SELECT d.id, d.name, d.settings, COALESCE(s.customers, 0) FROM datasets d LEFT JOIN "
                              "dataset_stats s ON s.dataset_id = d.id ORDER BY d.name")
             : QStringLiteral("SELECT d.id, d.name, d.settings, (SELECT count(DISTINCT customer_id) FROM "
                              "customer_dates c WHERE c.dataset_id = d.id) FROM datasets d ORDER BY d.name"),
        error);
    if (!ds.isValid())
        return out;
    while (ds.step(error))
        out.push_back({ds.columnInt(0), ds.columnText(1), {}, {}, ds.columnInt(3), ds.columnText(2)});
    Statement ms = db.prepare(QStringLiteral("SELECT id, key, display_name, kind, formula FROM metrics "
                                             "WHERE dataset_id = ? AND parent_id IS NULL ORDER BY id"),
                              error);
    Statement dims = db.prepare(
        QStringLiteral("SELECT id, key, display_name FROM dimensions WHERE dataset_id = ? ORDER BY id"), error);
    if (!ms.isValid() || !dims.isValid())
        return out;
    for (auto& d : out) {
        ms.reset();
        ms.bind(1, d.id);
        while (ms.step(error))
            d.metrics.push_back({ms.columnInt(0), d.id, d.name, ms.columnText(1), ms.columnText(2), ms.columnText(3),
                                 ms.columnText(4)});
        dims.reset();
        dims.bind(1, d.id);
        while (dims.step(error))
            d.dimensions.push_back({dims.columnInt(0), dims.columnText(1), dims.columnText(2)});
    }
    // Rows and total per metric from the yearly totals the writers keep (a few rows per metric).
    QString noTotals;
    Statement years = db.prepare(QStringLiteral("SELECT p.metric_id, p.rows, p.value, m.scale FROM period_totals p "
                                                "JOIN metrics m ON m.id = p.metric_id WHERE p.granularity = ?"),
                                 &noTotals);
    if (years.isValid()) {
        years.bind(1, qint64(Granularity::Year));
        std::unordered_map<qint64, std::pair<qint64, double>> sums;
        while (years.step(&noTotals)) {
            const Precision p = Precision::fromColumn(years.columnInt(3));
            auto& [rows, total] = sums[years.columnInt(0)];
            rows += years.columnInt(1);
            // Exact metrics keep integer units; the others keep a REAL sum (not a double's bits).
            total += p.exact ? rawToDouble(p, years.columnInt(2)) : years.columnDouble(2);
        }
        for (auto& d : out)
            for (MetricInfo& m : d.metrics)
                if (const auto it = sums.find(m.id); it != sums.end())
                    std::tie(m.rows, m.total) = it->second;
    }
    // (A workspace before format 7 has no billing invoices.)
    QString absent;
    if (db.tableExists(QStringLiteral("billing_invoices"), &absent)) {
        Statement billing = db.prepare(QStringLiteral("SELECT DISTINCT dataset_id FROM billing_invoices"), error);
        if (!billing.isValid())
            return out;
        while (billing.step(error))
            for (auto& d : out)
                d.billing = d.billing || d.id == billing.columnInt(0);
    }
    return out;
}

std::optional<DatasetInfo> findDataset(Connection& db, const QString& name, QString* error)
{
    for (auto& d : listDatasets(db, error)) {
        if (d.name == name)
            return d;
    }
    *error = QStringLiteral("no dataset named '%1'").arg(name);
    return std::nullopt;
}

std::optional<MetricInfo> findMetric(Connection& db, const QString& keyOrHeader, const QString& dataset, QString* error)
{
    return findMetricIn(listDatasets(db, error), keyOrHeader, dataset, error);
}

std::optional<MetricInfo> findMetricIn(const std::vector<DatasetInfo>& datasets, const QString& keyOrHeader,
                                       const QString& dataset, QString* error)
{
    // A key names one metric; a header only when no key matches (`amount_usd` is the key of
    // "Amount (USD)" even when another column is headed "amount_usd" and keyed amount_usd_2).
    std::vector<MetricInfo> matches, byHeader;
    bool datasetFound = dataset.isEmpty();
    for (const auto& d : datasets) {
        if (!dataset.isEmpty() && d.name != dataset)
            continue;
        datasetFound = true;
        for (const auto& m : d.metrics) {
            if (m.key == keyOrHeader)
                matches.push_back(m);
            else if (m.displayName == keyOrHeader)
                byHeader.push_back(m);
        }
    }
    if (matches.empty())
        matches = std::move(byHeader);
    if (!datasetFound) {
        *error = QStringLiteral("no dataset named '%1'").arg(dataset);
        return std::nullopt;
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty()) {
        QStringList known;
        for (const auto& d : datasets) {
            for (const auto& m : d.metrics) {
                if (dataset.isEmpty() || d.name == dataset)
                    known << m.key;
            }
        }
        *error = QStringLiteral("no metric '%1'%2 (metrics: %3)")
                     .arg(keyOrHeader, dataset.isEmpty() ? QString() : QStringLiteral(" in dataset '%1'").arg(dataset),
                          known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QStringList names;
    for (const auto& m : matches)
        names << m.dataset;
    *error = QStringLiteral("metric '%1' exists in several datasets (%2): choose one with --dataset")
                 .arg(keyOrHeader, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<DateRange> metricDataRange(Connection& db, qint64 metricId, QString* error)
{
    return ChunkFactStore(db).dataRange(metricId, error);
}

std::optional<DateRange> datasetDataRange(Connection& db, qint64 datasetId, QString* error)
{
    std::optional<DateRange> out;
    Statement ms = db.prepare(QStringLiteral("SELECT id FROM metrics WHERE dataset_id = ? AND parent_id IS NULL"),
                              error);
    if (!ms.isValid())
        return out;
    ms.bind(1, datasetId);
    while (ms.step(error)) {
        const auto r = metricDataRange(db, ms.columnInt(0), error);
        if (!r)
            continue;
        if (!out)
            out = r;
        else
            out = DateRange{std::min(out->from, r->from), std::max(out->to, r->to)};
    }
    if (!out) {
        Statement dates = db.prepare(
            QStringLiteral("SELECT MIN(first_day), MAX(last_day) FROM customer_dates WHERE dataset_id = ?"), error);
        if (dates.isValid()) {
            dates.bind(1, datasetId);
            if (dates.step(error) && !dates.columnIsNull(0))
                out = DateRange{Day(dates.columnInt(0)), Day(dates.columnInt(1))};
        }
    }
    return out;
}

qint64 metricRowCount(Connection& db, qint64 metricId)
{
    QString ignored;
    return ChunkFactStore(db).rowCount(metricId, &ignored);
}

std::optional<qint64> customerIdByExternal(Connection& db, const QString& externalId)
{
    Statement st = db.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"), nullptr);
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, externalId);
    if (!st.step())
        return std::nullopt;
    return st.columnInt(0);
}

QHash<qint64, QString> customerNames(Connection& db, const std::vector<qint64>& ids)
{
    QHash<qint64, QString> names;
    if (ids.empty()) {
        Statement all = db.prepare(QStringLiteral("SELECT id, external_id FROM customers"), nullptr);
        while (all.isValid() && all.step())
            names.insert(all.columnInt(0), all.columnText(1));
        return names;
    }
    Statement one = db.prepare(QStringLiteral("SELECT external_id FROM customers WHERE id = ?"), nullptr);
    for (qint64 id : ids) {
        one.reset();
        one.bind(1, id);
        if (one.step())
            names.insert(id, one.columnText(0));
    }
    return names;
}

std::unordered_map<qint64, Day> customerCreatedDays(Connection& db, qint64 datasetId)
{
    std::unordered_map<qint64, Day> out;
    // Format 8 keeps them grouped: one row instead of a GROUP BY over every import's customers.
    std::vector<DatasetCustomer> kept;
    bool isKept = false;
    QString error;
    if (readDatasetCustomers(db, datasetId, &kept, &isKept, &error) && isKept) {
        out.reserve(kept.size());
        for (const DatasetCustomer& c : kept)
            if (const std::optional<Day> day = c.createdDay())
                out.emplace(qint64(c.customer), *day);
        return out;
    }
    Statement st = db.prepare(
        QStringLiteral("SELECT customer_id, MIN(created_day), MIN(first_day) FROM customer_dates WHERE dataset_id = ? "
                       "GROUP BY customer_id"),
        nullptr);
    if (!st.isValid())
        return out;
    st.bind(1, datasetId);
    while (st.step()) {
        if (!st.columnIsNull(1))
            out.emplace(st.columnInt(0), Day(st.columnInt(1)));
        else if (!st.columnIsNull(2))
            out.emplace(st.columnInt(0), Day(st.columnInt(2)));
    }
    return out;
}

std::vector<Day> accountCreationDays(Connection& db, qint64 datasetId, QString* error)
{
    std::vector<Day> out;
    Statement st = db.prepare(QStringLiteral("SELECT MIN(created_day) FROM customer_dates WHERE dataset_id = ? AND "
                                             "created_day IS NOT NULL GROUP BY customer_id"),
                              error);
    if (!st.isValid())
        return out;
    st.bind(1, datasetId);
    while (st.step(error))
        out.push_back(Day(st.columnInt(0)));
    return out;
}

std::vector<std::pair<QString, QString>> customerAttributes(Connection& db, qint64 customerId)
{
    std::vector<std::pair<QString, QString>> out;
    // The newest import's value wins for each attribute name.
    Statement st = db.prepare(
        QStringLiteral(
            "SELECT name, value FROM attributes a WHERE customer_id = ?1 AND import_id = "
            "(SELECT MAX(import_id) FROM attributes b WHERE b.customer_id = ?1 AND b.name = a.name) ORDER BY name"),
        nullptr);
    if (!st.isValid())
        return out;
    st.bind(1, customerId);
    while (st.step())
        out.emplace_back(st.columnText(0), st.columnText(1));
    return out;
}

QStringList attributeNames(Connection& db)
{
    QStringList out;
    Statement st = db.prepare(QStringLiteral("SELECT DISTINCT name FROM attributes ORDER BY name"), nullptr);
    while (st.isValid() && st.step())
        out << st.columnText(0);
    return out;
}

QHash<qint64, QHash<QString, double>> numericAttributes(Connection& db)
{
    QHash<qint64, QHash<QString, double>> out;
    Statement st = db.prepare(
        QStringLiteral("SELECT customer_id, name, value FROM attributes ORDER BY customer_id, name, import_id"),
        nullptr);
    while (st.isValid() && st.step()) {
        const QByteArray text = st.columnText(2).toUtf8();
        if (const auto v = parseNumber(std::string_view(text.constData(), size_t(text.size()))))
            out[st.columnInt(0)].insert(st.columnText(1), *v);
    }
    return out;
}

QHash<QString, qint64> datasetCustomers(Connection& db, qint64 datasetId)
{
    QHash<QString, qint64> out;
    Statement st = db.prepare(
        QStringLiteral(
            "SELECT DISTINCT c.external_id, c.id FROM customer_dates d JOIN customers c ON c.id = d.customer_id "
            "WHERE d.dataset_id = ?"),
        nullptr);
    if (!st.isValid())
        return out;
    st.bind(1, datasetId);
    while (st.step())
        out.insert(st.columnText(0), st.columnInt(1));
    return out;
}

} // namespace ul
