// SPDX-License-Identifier: MIT
#include "db/ImportWriter.h"

#include "query/Granularity.h"

#include <QDateTime>

namespace ul {

bool ImportWriter::begin(const QString& dataset, QString* error)
{
    Statement find = m_db.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ?"), error);
    if (!find.isValid())
        return false;
    find.bind(1, dataset);
    if (find.step(error)) {
        m_datasetId = find.columnInt(0);
    } else {
        if (find.failed())
            return false;
        Statement insert = m_db.prepare(QStringLiteral("INSERT INTO datasets(name, created_at) VALUES(?, ?)"), error);
        if (!insert.isValid())
            return false;
        insert.bind(1, dataset).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!insert.run(error))
            return false;
        m_datasetId = m_db.lastInsertId();
    }
    m_upsertFact = m_db.prepare(
        QStringLiteral(
            "INSERT INTO facts(metric_id, day, customer_id, import_id, value, source_rows) VALUES(?, ?, ?, ?, ?, 1) "
            "ON CONFLICT DO UPDATE SET value = value + excluded.value, source_rows = source_rows + 1"),
        error);
    m_findCustomer = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"), error);
    m_insertCustomer = m_db.prepare(QStringLiteral("INSERT INTO customers(external_id) VALUES(?)"), error);
    return m_upsertFact.isValid() && m_findCustomer.isValid() && m_insertCustomer.isValid();
}

bool ImportWriter::createImport(const QString& fileName, const QString& filePath, qint64 fileSize,
                                const QString& mappingJson, QString* error)
{
    Statement insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO imports(dataset_id, file_name, file_path, file_size, sha256, rows_read, rows_imported, "
            "rows_rejected, mapping, imported_at) VALUES(?, ?, ?, ?, '', 0, 0, 0, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    insert.bind(1, m_datasetId).bind(2, fileName).bind(3, filePath).bind(4, fileSize).bind(5, mappingJson);
    insert.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.run(error))
        return false;
    m_importId = m_db.lastInsertId();
    return true;
}

bool ImportWriter::metricId(const QString& key, const QString& displayName, qint64* id, QString* error)
{
    if (auto it = m_metrics.find(key); it != m_metrics.end()) {
        *id = it->second;
        return true;
    }
    Statement find = m_db.prepare(QStringLiteral("SELECT id FROM metrics WHERE dataset_id = ? AND key = ?"), error);
    if (!find.isValid())
        return false;
    find.bind(1, m_datasetId).bind(2, key);
    if (find.step(error)) {
        *id = find.columnInt(0);
    } else {
        if (find.failed())
            return false;
        Statement insert = m_db.prepare(
            QStringLiteral("INSERT INTO metrics(dataset_id, key, display_name) VALUES(?, ?, ?)"), error);
        if (!insert.isValid())
            return false;
        insert.bind(1, m_datasetId).bind(2, key).bind(3, displayName);
        if (!insert.run(error))
            return false;
        *id = m_db.lastInsertId();
    }
    m_metrics.emplace(key, *id);
    return true;
}

bool ImportWriter::customerId(std::string_view externalId, qint64* id, QString* error)
{
    if (auto it = m_customers.find(externalId); it != m_customers.end()) {
        *id = it->second;
        return true;
    }
    m_findCustomer.reset();
    m_findCustomer.bindText(1, externalId);
    if (m_findCustomer.step(error)) {
        *id = m_findCustomer.columnInt(0);
    } else {
        if (m_findCustomer.failed())
            return false;
        m_insertCustomer.bindText(1, externalId);
        if (!m_insertCustomer.run(error))
            return false;
        *id = m_db.lastInsertId();
    }
    m_findCustomer.reset();
    m_customers.emplace(std::string(externalId), *id);
    return true;
}

bool ImportWriter::addFact(qint64 metricId, Day day, qint64 cid, double value, QString* error)
{
    m_upsertFact.bind(1, metricId).bind(2, day).bind(3, cid).bind(4, m_importId).bind(5, value);
    if (!m_upsertFact.run(error))
        return false;
    if (!m_monthCached || day != m_lastDay) {
        m_lastDay = day;
        m_lastMonth = periodStart(day, Granularity::Month);
        m_monthCached = true;
    }
    m_monthly[MonthlyKey{metricId, m_lastMonth, cid}] += value;
    return true;
}

void ImportWriter::noteCustomer(qint64 cid, std::optional<Day> day, std::optional<Day> created)
{
    CustomerDates& d = m_dates[cid];
    if (created && (!d.created || *created < *d.created))
        d.created = created;
    if (day) {
        if (!d.first || *day < *d.first)
            d.first = day;
        if (!d.last || *day > *d.last)
            d.last = day;
    }
}

void ImportWriter::setAttribute(qint64 cid, int attributeIndex, const QString& name, std::optional<Day> day,
                                std::string_view value)
{
    auto& values = m_attributes[cid];
    if (values.size() <= size_t(attributeIndex))
        values.resize(size_t(attributeIndex) + 1);
    AttributeValue& a = values[size_t(attributeIndex)];
    // Later rows win unless they are dated before the value we hold.
    if (!a.name.isEmpty() && a.day && day && *day < *a.day)
        return;
    a.name = name;
    a.day = day;
    a.value.assign(value);
}

bool ImportWriter::finish(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected,
                          QString* error)
{
    Statement monthly = m_db.prepare(
        QStringLiteral("INSERT INTO facts_monthly(metric_id, month, customer_id, value) VALUES(?, ?, ?, ?) "
                       "ON CONFLICT DO UPDATE SET value = value + excluded.value"),
        error);
    if (!monthly.isValid())
        return false;
    for (const auto& [key, value] : m_monthly) {
        monthly.bind(1, key.metric).bind(2, key.month).bind(3, key.customer).bind(4, value);
        if (!monthly.run(error))
            return false;
    }
    Statement dates = m_db.prepare(
        QStringLiteral(
            "INSERT INTO customer_dates(dataset_id, customer_id, import_id, created_day, first_day, last_day) "
            "VALUES(?, ?, ?, ?, ?, ?)"),
        error);
    if (!dates.isValid())
        return false;
    auto bindDay = [](Statement& st, int index, const std::optional<Day>& d) {
        if (d)
            st.bind(index, *d);
        else
            st.bindNull(index);
    };
    for (const auto& [cid, d] : m_dates) {
        dates.bind(1, m_datasetId).bind(2, cid).bind(3, m_importId);
        bindDay(dates, 4, d.created);
        bindDay(dates, 5, d.first);
        bindDay(dates, 6, d.last);
        if (!dates.run(error))
            return false;
    }
    Statement attrs = m_db.prepare(
        QStringLiteral("INSERT INTO attributes(customer_id, name, import_id, value) VALUES(?, ?, ?, ?)"), error);
    if (!attrs.isValid())
        return false;
    for (const auto& [cid, values] : m_attributes) {
        for (const auto& a : values) {
            if (a.name.isEmpty())
                continue;
            attrs.bind(1, cid).bind(2, a.name).bind(3, m_importId).bindText(4, a.value);
            if (!attrs.run(error))
                return false;
        }
    }
    Statement update = m_db.prepare(
        QStringLiteral(
            "UPDATE imports SET sha256 = ?, rows_read = ?, rows_imported = ?, rows_rejected = ? WHERE id = ?"),
        error);
    if (!update.isValid())
        return false;
    update.bind(1, sha256).bind(2, rowsRead).bind(3, rowsImported).bind(4, rowsRejected).bind(5, m_importId);
    return update.run(error);
}

} // namespace ul
