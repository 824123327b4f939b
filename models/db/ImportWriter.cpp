// SPDX-License-Identifier: MIT
#include "db/ImportWriter.h"

#include "query/Granularity.h"
#include "store/MetricPrecision.h"
#include "store/RollupWriter.h"
#include "store/SqliteFactStore.h"

#include <QDateTime>

#include <algorithm>
#include <set>

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
    m_findCustomer = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"), error);
    m_insertCustomer = m_db.prepare(QStringLiteral("INSERT INTO customers(external_id) VALUES(?)"), error);
    return m_findCustomer.isValid() && m_insertCustomer.isValid();
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

bool ImportWriter::addMetric(const QString& key, const QString& displayName, int* slot, QString* error)
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].key == key) {
            *slot = int(i);
            return true;
        }
    }
    Statement find = m_db.prepare(QStringLiteral("SELECT id FROM metrics WHERE dataset_id = ? AND key = ?"), error);
    if (!find.isValid())
        return false;
    find.bind(1, m_datasetId).bind(2, key);
    qint64 id = 0;
    if (find.step(error)) {
        id = find.columnInt(0);
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
        id = m_db.lastInsertId();
    }
    *slot = int(m_slots.size());
    m_slots.push_back({id, key, 0, false});
    return true;
}

bool ImportWriter::customerId(std::string_view externalId, quint32* id, QString* error)
{
    if (auto it = m_customers.find(externalId); it != m_customers.end()) {
        *id = it->second;
        return true;
    }
    qint64 found = 0;
    m_findCustomer.reset();
    m_findCustomer.bindText(1, externalId);
    if (m_findCustomer.step(error)) {
        found = m_findCustomer.columnInt(0);
    } else {
        if (m_findCustomer.failed())
            return false;
        m_insertCustomer.bindText(1, externalId);
        if (!m_insertCustomer.run(error))
            return false;
        found = m_db.lastInsertId();
    }
    m_findCustomer.reset();
    if (found <= 0 || found > qint64(0xFFFFFFFFu)) {
        *error = QStringLiteral("the workspace holds more customers than UsageLens can address");
        return false;
    }
    *id = quint32(found);
    m_customers.emplace(std::string(externalId), *id);
    return true;
}

bool ImportWriter::addValue(int slot, Day day, quint32 customer, const MetricValue& v, QString* error)
{
    if (!m_monthCached || day != m_lastDay) {
        m_lastDay = day;
        m_lastMonth = periodStart(day, Granularity::Month);
        m_monthCached = true;
    }
    MetricSlot& s = m_slots[size_t(slot)];
    BufferedValue b;
    b.customer = customer;
    b.dayOfMonth = quint8(day - m_lastMonth);
    if (v.exact) {
        b.value = v.micros;
        s.decimals = std::max(s.decimals, v.decimals);
    } else {
        b.flags = BufferedValue::kInexact;
        b.value = rawFromDouble(v.real);
        s.inexact = true;
    }
    return m_buffer.add(slot, m_lastMonth, b, error);
}

void ImportWriter::noteCustomer(quint32 cid, std::optional<Day> day, std::optional<Day> created)
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

void ImportWriter::setAttribute(quint32 cid, int attributeIndex, const QString& name, std::optional<Day> day,
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

bool ImportWriter::writeMetric(size_t slot, const std::vector<ImportBuffer::Key>& keys, QString* error)
{
    const MetricSlot& s = m_slots[slot];
    const Precision imported{!s.inexact, s.inexact ? 0 : s.decimals};
    Precision precision;
    if (!settleMetricPrecision(m_db, s.id, imported, &precision, error))
        return false;
    // Months other imports already hold need their cells merged; new months are written from
    // this import's cells alone.
    std::set<Day> occupied;
    {
        Statement st = m_db.prepare(QStringLiteral("SELECT DISTINCT month FROM fact_chunks WHERE metric_id = ?"),
                                    error);
        if (!st.isValid())
            return false;
        st.bind(1, s.id);
        while (st.step(error))
            occupied.insert(Day(st.columnInt(0)));
        if (st.failed())
            return false;
    }
    Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO fact_chunks(metric_id, month, bucket, import_id, cells, "
                       "data) VALUES(?, ?, ?, ?, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    RollupWriter rollups(m_db, s.id, precision);
    std::vector<BufferedValue> values;
    std::vector<DayCell> cells;
    for (const ImportBuffer::Key& key : keys) {
        if (key.slot != int(slot))
            continue;
        if (!m_buffer.take(key, &values, error))
            return false;
        cells.clear();
        cells.reserve(values.size());
        for (const BufferedValue& b : values) {
            RawValue raw;
            if (precision.exact)
                raw = rawFromMicros(b.value, precision.scale);
            else
                raw = b.flags & BufferedValue::kInexact
                          ? b.value
                          : rawFromDouble(Decimal{b.value, Decimal::kMaxScale}.toDouble());
            cells.push_back({b.customer, key.month + b.dayOfMonth, 1, raw});
        }
        if (!mergeDayCells(cells, precision)) {
            *error = QStringLiteral("the values of '%1' for one customer and day add up to more than UsageLens adds "
                                    "exactly (about 9.2e18 units)")
                         .arg(s.key);
            return false;
        }
        for (size_t begin = 0; begin < cells.size();) {
            const quint32 bucket = bucketOf(cells[begin].customer);
            size_t end = begin;
            while (end < cells.size() && bucketOf(cells[end].customer) == bucket)
                ++end;
            insert.bind(1, s.id).bind(2, key.month).bind(3, qint64(bucket)).bind(4, m_importId);
            insert.bind(5, qint64(end - begin));
            insert.bindBlob(6, encodeDayChunk(cells.data() + begin, end - begin, key.month, precision));
            if (!insert.run(error))
                return false;
            begin = end;
        }
        if (occupied.count(key.month) && !loadMonthCells(m_db, s.id, precision, key.month, &cells, error))
            return false;
        if (!rollups.addMonth(key.month, cells, error))
            return false;
    }
    return rollups.finish(error);
}

bool ImportWriter::writeCustomers(QString* error)
{
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
        dates.bind(1, m_datasetId).bind(2, qint64(cid)).bind(3, m_importId);
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
            attrs.bind(1, qint64(cid)).bind(2, a.name).bind(3, m_importId).bindText(4, a.value);
            if (!attrs.run(error))
                return false;
        }
    }
    return true;
}

bool ImportWriter::finish(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected,
                          QString* error)
{
    const std::vector<ImportBuffer::Key> keys = m_buffer.keys();
    for (size_t slot = 0; slot < m_slots.size(); ++slot)
        if (!writeMetric(slot, keys, error))
            return false;
    if (!writeCustomers(error))
        return false;
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
