// SPDX-License-Identifier: MIT
#include "db/ImportWriter.h"

#include "db/DatasetStats.h"

#include "core/Granularity.h"
#include "store/ChunkFactStore.h"
#include "store/MetricPrecision.h"
#include "store/RollupWriter.h"

#include <QDateTime>

#include <algorithm>
#include <future>
#include <map>
#include <optional>
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
    Statement any = m_db.prepare(QStringLiteral("SELECT 1 FROM customers LIMIT 1"), error);
    if (!any.isValid())
        return false;
    m_noEarlierCustomers = !any.step(error);
    if (any.failed())
        return false;
    m_batchCustomers = m_db.dialect() == Connection::Dialect::PostgreSql;
    if (m_batchCustomers) {
        const std::optional<long long> highest = m_db.queryInt(
            QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM customers"), error);
        if (!highest)
            return false;
        m_nextCustomerId = *highest + 1;
        Statement all = m_db.prepare(QStringLiteral("SELECT id, external_id FROM customers"), error);
        if (!all.isValid())
            return false;
        while (!m_noEarlierCustomers && all.step(error)) {
            const std::string_view id = all.columnBlob(1);
            m_storedCustomers.emplace(std::string(id), all.columnInt(0));
        }
        return !all.failed();
    }
    m_findCustomer = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"), error);
    m_insertCustomer = m_db.prepare(QStringLiteral("INSERT INTO customers(external_id) VALUES(?)"), error);
    return m_findCustomer.isValid() && m_insertCustomer.isValid();
}

bool ImportWriter::createImport(const QString& fileName, const QString& filePath, qint64 fileSize,
                                const QString& mappingJson, QString* error)
{
    // Numbered by the workspace's counter, never by the highest id left: a forgotten import's
    // number is not given again.
    const std::optional<qint64> id = nextImportId(m_db, error);
    if (!id)
        return false;
    Statement insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO imports(id, dataset_id, file_name, file_path, file_size, sha256, rows_read, rows_imported, "
            "rows_rejected, mapping, imported_at) VALUES(?, ?, ?, ?, ?, '', 0, 0, 0, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    insert.bind(1, *id).bind(2, m_datasetId).bind(3, fileName).bind(4, filePath).bind(5, fileSize).bind(6, mappingJson);
    insert.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.run(error))
        return false;
    m_importId = *id;
    return true;
}

bool ImportWriter::addMetric(const QString& key, const QString& displayName, int* slot, QString* error)
{
    // By key through a hash: a file of 100,000 metric columns must not cost their square.
    if (const auto known = m_slotOfKey.constFind(key); known != m_slotOfKey.constEnd()) {
        *slot = known.value();
        return true;
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
    m_slotOfKey.insert(key, *slot);
    m_slots.push_back({id, key, 0, false});
    return true;
}

bool ImportWriter::customer(std::string_view externalId, quint64 hash, CustomerRef* ref, QString* error)
{
    if (ImportedCustomer* known = m_customers.find(externalId, hash, &ref->dense)) {
        ref->data = known;
        return true;
    }
    qint64 found = 0;
    if (m_batchCustomers) {
        const auto stored = m_storedCustomers.find(std::string(externalId));
        if (stored != m_storedCustomers.end()) {
            found = stored->second;
        } else {
            found = m_nextCustomerId++;
            m_newCustomers.emplace_back(found, std::string(externalId));
        }
    } else {
        m_findCustomer.reset();
        m_findCustomer.bindText(1, externalId);
        if (!m_noEarlierCustomers && m_findCustomer.step(error)) {
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
    }
    if (found <= 0 || found > qint64(0xFFFFFFFFu)) {
        *error = QStringLiteral("the workspace holds more customers than UsageLens can address");
        return false;
    }
    ref->data = m_customers.add(externalId, hash, &ref->dense);
    ref->data->workspaceId = quint32(found);
    return true;
}

bool ImportWriter::addValue(int slot, Day day, Day month, int monthNumber, const CustomerRef& customer,
                            const MetricValue& v, QString* error)
{
    MetricSlot& s = m_slots[size_t(slot)];
    BufferedValue b;
    b.customer = customer.data->workspaceId;
    b.dayOfMonth = quint8(day - month);
    if (v.exact) {
        b.value = v.micros;
        s.decimals = std::max(s.decimals, v.decimals);
    } else {
        b.flags = BufferedValue::kInexact;
        b.value = rawFromDouble(v.real);
        s.inexact = true;
    }
    return m_buffer.add(slot, month, monthNumber, b, error);
}

bool ImportWriter::slicedSlot(int baseSlot, int slice, int* slot, QString* error)
{
    if (m_slicedSlots.size() <= size_t(slice))
        m_slicedSlots.resize(size_t(slice) + 1);
    std::vector<int>& row = m_slicedSlots[size_t(slice)];
    if (row.size() <= size_t(baseSlot))
        row.resize(size_t(baseSlot) + 1, -1);
    if (row[size_t(baseSlot)] < 0) {
        qint64 id = 0;
        if (!SliceCatalog::slicedMetric(m_db, m_slots[size_t(baseSlot)].id, m_slices.sliceId(slice), &id, error))
            return false;
        MetricSlot s;
        s.id = id;
        s.key = m_slots[size_t(baseSlot)].key;
        s.parent = baseSlot;
        row[size_t(baseSlot)] = int(m_slots.size());
        m_slots.push_back(s);
    }
    *slot = row[size_t(baseSlot)];
    return true;
}

bool ImportWriter::addSlicedValue(int baseSlot, int slice, Day day, Day month, int monthNumber,
                                  const CustomerRef& customer, const MetricValue& value, QString* error)
{
    int slot = 0;
    return slicedSlot(baseSlot, slice, &slot, error) && addValue(slot, day, month, monthNumber, customer, value, error);
}

bool ImportWriter::addSlicedDistinct(int baseSlot, int slice, Day day, Day month, int monthNumber,
                                     const CustomerRef& customer, quint32 valueId, QString* error)
{
    if (m_slicedDistinctSlots.size() <= size_t(slice))
        m_slicedDistinctSlots.resize(size_t(slice) + 1);
    std::vector<int>& row = m_slicedDistinctSlots[size_t(slice)];
    if (row.size() <= size_t(baseSlot))
        row.resize(size_t(baseSlot) + 1, -1);
    if (row[size_t(baseSlot)] < 0
        && !m_distinct.addSlicedMetric(baseSlot, m_slices.sliceId(slice), &row[size_t(baseSlot)], error))
        return false;
    return m_distinct.addNumbered(row[size_t(baseSlot)], day, month, monthNumber, customer.data->workspaceId, valueId,
                                  error);
}

bool ImportWriter::syncSlicedPrecision(size_t slot, QString* error)
{
    // Copies written by this import took the new precision when they were written.
    std::set<qint64> written;
    for (const MetricSlot& s : m_slots)
        if (s.parent == int(slot))
            written.insert(s.id);
    Statement children = m_db.prepare(QStringLiteral("SELECT id FROM metrics WHERE parent_id = ?"), error);
    if (!children.isValid())
        return false;
    children.bind(1, m_slots[slot].id);
    std::vector<qint64> ids;
    while (children.step(error))
        if (!written.count(children.columnInt(0)))
            ids.push_back(children.columnInt(0));
    if (children.failed())
        return false;
    for (const qint64 id : ids) {
        Precision ignored;
        if (!settleMetricPrecision(m_db, id, m_slots[slot].settled, &ignored, error))
            return false;
    }
    return true;
}

void ImportWriter::noteCustomer(const CustomerRef& customer, std::optional<Day> day, std::optional<Day> created)
{
    ImportedCustomer& c = *customer.data;
    constexpr Day none = ImportedCustomer::kNoDay;
    if (created && (c.createdDay == none || *created < c.createdDay))
        c.createdDay = *created;
    if (day) {
        if (c.firstDay == none || *day < c.firstDay)
            c.firstDay = *day;
        if (c.lastDay == none || *day > c.lastDay)
            c.lastDay = *day;
    }
}

void ImportWriter::setAttribute(const CustomerRef& customer, int attributeIndex, const QString& name,
                                std::optional<Day> day, std::string_view value)
{
    if (m_attributes.size() <= customer.dense)
        m_attributes.resize(size_t(customer.dense) + 1);
    auto& values = m_attributes[customer.dense];
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

bool ImportWriter::prepareMonth(const ImportBuffer::Key& key, const Precision& precision, const QString& metricKey,
                                PreparedMonth* out, QString* error)
{
    std::vector<BufferedValue> values;
    if (!m_buffer.take(key, &values, error))
        return false;
    // Sorted by (customer, day), equal keys (several rows of a customer on one day) are summed
    // while converting to the metric's precision.
    sortByCustomerAndDay(values);
    std::vector<DayCell>& cells = out->cells;
    cells.reserve(values.size());
    bool ok = true;
    Day overflowDay = 0;
    for (const BufferedValue& b : values) {
        RawValue raw;
        if (precision.exact)
            raw = rawFromMicros(b.value, precision.scale);
        else
            raw = b.flags & BufferedValue::kInexact ? b.value
                                                    : rawFromDouble(Decimal{b.value, Decimal::kMaxScale}.toDouble());
        const Day day = key.month + b.dayOfMonth;
        if (!cells.empty() && cells.back().customer == b.customer && cells.back().day == day) {
            if (!addRaw(precision, cells.back().value, raw) && ok) {
                ok = false;
                overflowDay = day;
            }
            ++cells.back().rows;
        } else {
            cells.push_back({b.customer, day, 1, raw});
        }
    }
    if (!ok) {
        *error = QStringLiteral("the values of '%1' for one customer on %2 add up to more than UsageLens adds "
                                "exactly (about 9.2e18 units)")
                     .arg(metricKey, isoDate(overflowDay));
        return false;
    }
    out->chunks = packCells(cells, key.month, precision);
    return true;
}

std::vector<ImportWriter::PackedChunk> ImportWriter::packCells(const std::vector<DayCell>& cells, Day month,
                                                               const Precision& precision)
{
    std::vector<PackedChunk> chunks;
    for (size_t begin = 0; begin < cells.size();) {
        const quint32 bucket = bucketOf(cells[begin].customer);
        size_t end = begin;
        while (end < cells.size() && bucketOf(cells[end].customer) == bucket)
            ++end;
        chunks.push_back(
            {bucket, qint64(end - begin), encodeDayChunk(cells.data() + begin, end - begin, month, precision)});
        begin = end;
    }
    return chunks;
}

bool ImportWriter::insertChunks(BulkWriter& insert, qint64 metricId, Day month, const std::vector<PackedChunk>& chunks,
                                QString* error)
{
    for (const PackedChunk& chunk : chunks) {
        insert.add(metricId);
        insert.add(month);
        insert.add(qint64(chunk.bucket));
        insert.add(m_importId);
        insert.add(chunk.cells);
        insert.addBlob(chunk.data);
        if (!insert.endRow(error))
            return false;
    }
    return true;
}

namespace {

/// The months a metric already holds from other imports: those need their cells merged.
bool occupiedMonths(Connection& db, qint64 metricId, std::set<Day>* out, QString* error)
{
    Statement st = db.prepare(QStringLiteral("SELECT DISTINCT month FROM fact_chunks WHERE metric_id = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, metricId);
    while (st.step(error))
        out->insert(Day(st.columnInt(0)));
    return !st.failed();
}

/// Adds `implied` (one record per source row, from another metric's row counts) to the explicit
/// record cells; both sorted by customer and day.
std::vector<DayCell> mergeRecords(const std::vector<DayCell>& explicitCells, const std::vector<DayCell>& implied,
                                  const Precision& precision)
{
    std::vector<DayCell> out;
    out.reserve(explicitCells.size() + implied.size());
    const auto recordsOf = [&](const DayCell& c) {
        return DayCell{c.customer, c.day, c.rows, rawFromMicros(qint64(c.rows) * 1000000, precision.scale)};
    };
    size_t i = 0, j = 0;
    while (i < explicitCells.size() || j < implied.size()) {
        const bool takeExplicit = j == implied.size()
                                  || (i < explicitCells.size()
                                      && std::make_pair(explicitCells[i].customer, explicitCells[i].day)
                                             <= std::make_pair(implied[j].customer, implied[j].day));
        DayCell next = takeExplicit ? explicitCells[i++] : recordsOf(implied[j++]);
        if (!out.empty() && out.back().customer == next.customer && out.back().day == next.day) {
            out.back().rows += next.rows;
            addRaw(precision, out.back().value, next.value);
        } else {
            out.push_back(next);
        }
    }
    return out;
}

} // namespace

bool ImportWriter::writeMetric(size_t slot, const std::vector<std::vector<ImportBuffer::Key>>& keysBySlot,
                               QString* error)
{
    MetricSlot& s = m_slots[slot];
    // A sliced copy keeps its metric's precision, so copies of several slices add up directly.
    const Precision imported = s.parent >= 0 ? m_slots[size_t(s.parent)].settled
                                             : Precision{!s.inexact, s.inexact ? 0 : s.decimals};
    const std::optional<Precision> before = ChunkFactStore(m_db).precision(s.id, error);
    Precision precision;
    if (!before || !settleMetricPrecision(m_db, s.id, imported, &precision, error))
        return false;
    s.settled = precision;
    if (m_precisionChanged.size() <= slot)
        m_precisionChanged.resize(slot + 1, false);
    m_precisionChanged[slot] = !(precision == *before);
    // Months other imports already hold need their cells merged; new months are written from
    // this import's cells alone.
    std::set<Day> occupied;
    if (!occupiedMonths(m_db, s.id, &occupied, error))
        return false;
    // Streamed (COPY on a server); a read of the table on this connection sees them first.
    const std::unique_ptr<BulkWriter> bulk = m_db.bulkWriter(QStringLiteral("fact_chunks"),
                                                             {QStringLiteral("metric_id"), QStringLiteral("month"),
                                                              QStringLiteral("bucket"), QStringLiteral("import_id"),
                                                              QStringLiteral("cells"), QStringLiteral("data")},
                                                             error);
    if (!bulk)
        return false;
    BulkWriter& insert = *bulk;
    // One month at a time, and the next one prepared on a worker meanwhile (read back, sorted,
    // converted, packed): the second core works while this one writes and rolls up.
    const std::vector<ImportBuffer::Key>& months = keysBySlot[slot];
    RollupWriter rollups(m_db, s.id, precision);

    // The records metric rides along with the metric that implies it: its months are the union
    // of both, in order, so its rollups see every month once and ascending.
    const bool carriesRecords = int(slot) == m_recordsImpliedBy && m_recordsSlot >= 0;
    std::optional<RollupWriter> recordRollups;
    Precision recordPrecision;
    std::set<Day> recordOccupied;
    std::map<Day, ImportBuffer::Key> explicitRecords;
    std::set<Day> allMonths;
    for (const ImportBuffer::Key& key : months)
        allMonths.insert(key.month);
    if (carriesRecords) {
        const MetricSlot& r = m_slots[size_t(m_recordsSlot)];
        const std::optional<Precision> recordsBefore = ChunkFactStore(m_db).precision(r.id, error);
        if (!recordsBefore || !settleMetricPrecision(m_db, r.id, Precision{true, 0}, &recordPrecision, error)
            || !occupiedMonths(m_db, r.id, &recordOccupied, error))
            return false;
        m_slots[size_t(m_recordsSlot)].settled = recordPrecision;
        if (m_precisionChanged.size() <= size_t(m_recordsSlot))
            m_precisionChanged.resize(size_t(m_recordsSlot) + 1, false);
        m_precisionChanged[size_t(m_recordsSlot)] = !(recordPrecision == *recordsBefore);
        recordRollups.emplace(m_db, r.id, recordPrecision);
        for (const ImportBuffer::Key& key : keysBySlot[size_t(m_recordsSlot)]) {
            explicitRecords.emplace(key.month, key);
            allMonths.insert(key.month);
        }
    }

    // The worker also derives what it can alone: the rollups of a month no other import holds,
    // and the records of a month whose every row counts through this metric.
    const auto prepare = [&, precision, name = s.key](ImportBuffer::Key key) {
        const bool alone = !occupied.count(key.month);
        const bool recordsHere = carriesRecords && !explicitRecords.count(key.month);
        const bool recordsAlone = recordsHere && !recordOccupied.count(key.month);
        // A metric of one month has nothing to overlap with: no thread for it (a file of many
        // metric columns would start one per column).
        return std::async(months.size() > 1 ? std::launch::async : std::launch::deferred, [=, this] {
            PreparedMonth p;
            p.month = key.month;
            p.ok = prepareMonth(key, precision, name, &p, &p.error);
            if (p.ok && alone)
                p.rollup = summarizeMonth(p.month, p.cells, precision);
            if (p.ok && recordsHere) {
                p.records.emplace();
                p.records->cells = mergeRecords({}, p.cells, recordPrecision);
                p.records->chunks = packCells(p.records->cells, p.month, recordPrecision);
                if (recordsAlone)
                    p.records->rollup = summarizeMonth(p.month, p.records->cells, recordPrecision);
            }
            return p;
        });
    };
    std::future<PreparedMonth> next = months.empty() ? std::future<PreparedMonth>() : prepare(months.front());
    size_t m = 0;
    for (const Day month : allMonths) {
        std::vector<DayCell> implied; // this import's cells of the month, before any merge
        std::optional<PreparedRecords> records;
        if (m < months.size() && months[m].month == month) {
            PreparedMonth p = next.get();
            records = std::move(p.records);
            if (++m < months.size())
                next = prepare(months[m]);
            if (!p.ok) {
                *error = p.error;
                return false;
            }
            if (!insertChunks(insert, s.id, p.month, p.chunks, error))
                return false;
            if (carriesRecords && !records)
                implied = p.cells;
            if (p.rollup ? !rollups.addMonth(*p.rollup, p.cells, error)
                         : !loadMonthCells(m_db, s.id, precision, p.month, &p.cells, error)
                               || !rollups.addMonth(p.month, p.cells, error))
                return false;
        }
        if (!carriesRecords)
            continue;
        const qint64 recordsId = m_slots[size_t(m_recordsSlot)].id;
        if (records) {
            if (!insertChunks(insert, recordsId, month, records->chunks, error)
                || (records->rollup ? !recordRollups->addMonth(*records->rollup, records->cells, error)
                                    : !loadMonthCells(m_db, recordsId, recordPrecision, month, &records->cells, error)
                                          || !recordRollups->addMonth(month, records->cells, error)))
                return false;
            continue;
        }
        std::vector<DayCell> cells;
        if (const auto e = explicitRecords.find(month); e != explicitRecords.end()) {
            // The buffer serves one reader at a time: let the month being prepared finish first.
            if (next.valid())
                next.wait();
            PreparedMonth p;
            if (!prepareMonth(e->second, recordPrecision, QLatin1String("records"), &p, error))
                return false;
            cells = mergeRecords(p.cells, implied, recordPrecision);
        } else {
            cells = mergeRecords({}, implied, recordPrecision);
        }
        if (!insertChunks(insert, recordsId, month, packCells(cells, month, recordPrecision), error))
            return false;
        if (recordOccupied.count(month) && !loadMonthCells(m_db, recordsId, recordPrecision, month, &cells, error))
            return false;
        if (!recordRollups->addMonth(month, cells, error))
            return false;
    }
    return insert.finish(error) && rollups.finish(error) && (!recordRollups || recordRollups->finish(error));
}

bool ImportWriter::writeCustomers(QString* error)
{
    if (!m_newCustomers.empty()) {
        const std::unique_ptr<BulkWriter> add = m_db.bulkWriter(
            QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("external_id")}, error);
        if (!add)
            return false;
        for (const auto& [id, external] : m_newCustomers) {
            add->add(id);
            add->addText(external);
            if (!add->endRow(error))
                return false;
        }
        if (!add->finish(error))
            return false;
        m_newCustomers.clear();
    }
    const std::unique_ptr<BulkWriter> dates = m_db.bulkWriter(
        QStringLiteral("customer_dates"),
        {QStringLiteral("dataset_id"), QStringLiteral("customer_id"), QStringLiteral("import_id"),
         QStringLiteral("created_day"), QStringLiteral("first_day"), QStringLiteral("last_day")},
        error);
    if (!dates)
        return false;
    const auto addDay = [&](Day d) {
        if (d != ImportedCustomer::kNoDay)
            dates->add(d);
        else
            dates->addNull();
    };
    const std::vector<ImportedCustomer> customers = m_customers.payloads();
    m_added.clear();
    m_added.reserve(customers.size());
    for (const ImportedCustomer& c : customers)
        m_added.push_back({c.workspaceId, c.createdDay, c.firstDay});
    std::sort(m_added.begin(), m_added.end(),
              [](const DatasetCustomer& a, const DatasetCustomer& b) { return a.customer < b.customer; });
    for (const ImportedCustomer& c : customers) {
        dates->add(m_datasetId);
        dates->add(qint64(c.workspaceId));
        dates->add(m_importId);
        addDay(c.createdDay);
        addDay(c.firstDay);
        addDay(c.lastDay);
        if (!dates->endRow(error))
            return false;
    }
    if (!dates->finish(error))
        return false;
    const std::unique_ptr<BulkWriter> attrs = m_db.bulkWriter(
        QStringLiteral("attributes"),
        {QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("import_id"), QStringLiteral("value")},
        error);
    if (!attrs)
        return false;
    for (size_t dense = 0; dense < m_attributes.size(); ++dense) {
        for (const auto& a : m_attributes[dense]) {
            if (a.name.isEmpty())
                continue;
            const QByteArray name = a.name.toUtf8();
            attrs->add(qint64(customers[dense].workspaceId));
            attrs->addText(std::string_view(name.constData(), size_t(name.size())));
            attrs->add(m_importId);
            attrs->addText(a.value);
            if (!attrs->endRow(error))
                return false;
        }
    }
    return attrs->finish(error);
}

bool ImportWriter::finish(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected,
                          QString* error)
{
    // The buffer's months grouped by metric once (not searched once per metric).
    std::vector<std::vector<ImportBuffer::Key>> keysBySlot(m_slots.size());
    for (const ImportBuffer::Key& key : m_buffer.keys())
        if (key.slot >= 0 && size_t(key.slot) < keysBySlot.size())
            keysBySlot[size_t(key.slot)].push_back(key);
    for (size_t slot = 0; slot < m_slots.size(); ++slot) {
        if (int(slot) == m_recordsSlot && m_recordsImpliedBy >= 0)
            continue; // written with the metric that implies it
        if (!writeMetric(slot, keysBySlot, error))
            return false;
    }
    for (size_t slot = 0; slot < m_precisionChanged.size(); ++slot)
        if (m_slots[slot].parent < 0 && m_precisionChanged[slot] && !syncSlicedPrecision(slot, error))
            return false;
    if (!m_distinct.finish(m_importId, error) || !writeCustomers(error))
        return false;
    Statement update = m_db.prepare(
        QStringLiteral(
            "UPDATE imports SET sha256 = ?, rows_read = ?, rows_imported = ?, rows_rejected = ? WHERE id = ?"),
        error);
    if (!update.isValid())
        return false;
    update.bind(1, sha256).bind(2, rowsRead).bind(3, rowsImported).bind(4, rowsRejected).bind(5, m_importId);
    return update.run(error) && refreshDatasetStats(m_db, m_datasetId, error, &m_added);
}

} // namespace ul
