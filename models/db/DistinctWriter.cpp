// SPDX-License-Identifier: MIT
#include "db/DistinctWriter.h"

#include "db/SliceCatalog.h"
#include "store/ChunkCodec.h"
#include "store/DistinctCodec.h"

#include <algorithm>

namespace ul {

bool DistinctWriter::addMetric(qint64 datasetId, const QString& key, const QString& displayName, int* slot,
                               QString* error)
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].key == key) {
            *slot = int(i);
            return true;
        }
    }
    Statement find = m_db.prepare(QStringLiteral("SELECT id, kind FROM metrics WHERE dataset_id = ? AND key = ?"),
                                  error);
    if (!find.isValid())
        return false;
    find.bind(1, datasetId).bind(2, key);
    Slot s;
    s.key = key;
    if (find.step(error)) {
        if (find.columnText(1) != QLatin1String("distinct")) {
            *error = QStringLiteral("the dataset already has a metric '%1' that is not a distinct count").arg(key);
            return false;
        }
        s.metricId = find.columnInt(0);
        if (!loadValues(s, error))
            return false;
    } else {
        if (find.failed())
            return false;
        Statement insert = m_db.prepare(
            QStringLiteral("INSERT INTO metrics(dataset_id, key, display_name, scale, kind) "
                           "VALUES(?, ?, ?, 0, 'distinct')"),
            error);
        if (!insert.isValid())
            return false;
        insert.bind(1, datasetId).bind(2, key).bind(3, displayName);
        if (!insert.run(error))
            return false;
        s.metricId = m_db.lastInsertId();
    }
    s.firstNew = s.nextId;
    *slot = int(m_slots.size());
    m_slots.push_back(std::move(s));
    return true;
}

bool DistinctWriter::loadValues(Slot& slot, QString* error)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT value_id, value FROM distinct_values WHERE metric_id = ?"),
                                error);
    if (!st.isValid())
        return false;
    st.bind(1, slot.metricId);
    while (st.step(error)) {
        const quint32 id = quint32(st.columnInt(0));
        slot.ids.emplace(st.columnText(1).toStdString(), id);
        slot.nextId = std::max(slot.nextId, id + 1);
    }
    return !st.failed();
}

bool DistinctWriter::addSlicedMetric(int parentSlot, qint64 sliceId, int* slot, QString* error)
{
    Slot s;
    if (!SliceCatalog::slicedMetric(m_db, m_slots[size_t(parentSlot)].metricId, sliceId, &s.metricId, error))
        return false;
    s.key = m_slots[size_t(parentSlot)].key;
    *slot = int(m_slots.size());
    m_slots.push_back(std::move(s)); // no values of its own: finish() writes none
    return true;
}

bool DistinctWriter::addNumbered(int slot, Day day, Day month, int monthNumber, quint32 customer, quint32 valueId,
                                 QString* error)
{
    BufferedValue b;
    b.customer = customer;
    b.dayOfMonth = quint8(day - month);
    b.value = valueId;
    return m_buffer.add(slot, month, monthNumber, b, error);
}

bool DistinctWriter::add(int slotIndex, Day day, Day month, int monthNumber, quint32 customer, std::string_view value,
                         QString* error, quint32* valueId)
{
    Slot& slot = m_slots[size_t(slotIndex)];
    auto it = slot.ids.find(value);
    if (it == slot.ids.end()) {
        if (slot.nextId == 0xFFFFFFFFu) {
            *error = QStringLiteral("more distinct values of '%1' than UsageLens can number").arg(slot.key);
            return false;
        }
        it = slot.ids.emplace(std::string(value), slot.nextId++).first;
        slot.added.push_back(it->first); // node-based map: the key's address is stable
    }
    if (valueId)
        *valueId = it->second;
    return addNumbered(slotIndex, day, month, monthNumber, customer, it->second, error);
}

bool DistinctWriter::writeMonth(const Slot& slot, Day month, std::vector<BufferedValue>& values, qint64 importId,
                                BulkWriter& insert, QString* error)
{
    // Each customer's sightings become one entry per value with the days it was seen.
    std::sort(values.begin(), values.end(), [](const BufferedValue& a, const BufferedValue& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.value < b.value;
    });
    std::vector<DistinctEntry> entries;
    for (const BufferedValue& b : values) {
        const quint32 day = quint32(1) << b.dayOfMonth;
        if (!entries.empty() && entries.back().customer == b.customer && entries.back().value == quint32(b.value))
            entries.back().days |= day;
        else
            entries.push_back({b.customer, quint32(b.value), day});
    }
    for (size_t begin = 0; begin < entries.size();) {
        const quint32 bucket = bucketOf(entries[begin].customer);
        size_t end = begin;
        while (end < entries.size() && bucketOf(entries[end].customer) == bucket)
            ++end;
        insert.add(slot.metricId);
        insert.add(month);
        insert.add(qint64(bucket));
        insert.add(importId);
        insert.add(qint64(end - begin));
        insert.addBlob(encodeDistinctChunk(entries.data() + begin, end - begin));
        if (!insert.endRow(error))
            return false;
        begin = end;
    }
    return true;
}

bool DistinctWriter::finish(qint64 importId, QString* error)
{
    if (m_slots.empty())
        return true;
    const std::unique_ptr<BulkWriter> insert = m_db.bulkWriter(QStringLiteral("distinct_chunks"),
                                                               {QStringLiteral("metric_id"), QStringLiteral("month"),
                                                                QStringLiteral("bucket"), QStringLiteral("import_id"),
                                                                QStringLiteral("entries"), QStringLiteral("data")},
                                                               error);
    if (!insert)
        return false;
    std::vector<BufferedValue> values;
    for (const ImportBuffer::Key& key : m_buffer.keys()) {
        if (!m_buffer.take(key, &values, error)
            || !writeMonth(m_slots[size_t(key.slot)], key.month, values, importId, *insert, error))
            return false;
    }
    if (!insert->finish(error))
        return false;
    const std::unique_ptr<BulkWriter> value = m_db.bulkWriter(
        QStringLiteral("distinct_values"),
        {QStringLiteral("metric_id"), QStringLiteral("value_id"), QStringLiteral("value")}, error);
    if (!value)
        return false;
    for (const Slot& slot : m_slots) {
        for (size_t i = 0; i < slot.added.size(); ++i) {
            value->add(slot.metricId);
            value->add(qint64(slot.firstNew + i));
            value->addText(slot.added[i]);
            if (!value->endRow(error))
                return false;
        }
    }
    return value->finish(error);
}

} // namespace ul
