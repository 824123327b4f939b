// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"
#include "store/ImportBuffer.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ul {

/// Writes one import's distinct-count metrics (store/DistinctCodec.h) inside the caller's
/// transaction: each value gets the metric's number for it (new values are added to
/// distinct_values), the (customer, day, value) sightings are buffered per metric and month in
/// flat memory like summed values, and finish() packs each month into per-bucket chunks.
/// Importing thread only.
class DistinctWriter {
public:
    explicit DistinctWriter(Connection& db)
        : m_db(db)
        , m_buffer(size_t(32) << 20)
    {}

    /// Registers the metric `key` of the dataset (created on first use, refused when the key is a
    /// summed metric) and returns its slot for add().
    bool addMetric(qint64 datasetId, const QString& key, const QString& displayName, int* slot, QString* error);
    /// A metric's sliced copy (SliceCatalog): numbers values as the metric in `parentSlot` does.
    bool addSlicedMetric(int parentSlot, qint64 sliceId, int* slot, QString* error);
    /// `month` and `monthNumber` as for ImportBuffer::add; *valueId (optional) gets the value's number.
    bool add(int slot, Day day, Day month, int monthNumber, quint32 customer, std::string_view value, QString* error,
             quint32* valueId = nullptr);
    /// A sighting of the value numbered `valueId` (by the parent of the sliced slot `slot`).
    bool addNumbered(int slot, Day day, Day month, int monthNumber, quint32 customer, quint32 valueId, QString* error);
    bool finish(qint64 importId, QString* error);

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Slot {
        qint64 metricId = 0;
        QString key;
        std::unordered_map<std::string, quint32, Hash, std::equal_to<>> ids;
        quint32 nextId = 0;
        std::vector<std::string_view> added; ///< keys of `ids` new in this import, by id - firstNew
        quint32 firstNew = 0;
    };
    bool loadValues(Slot& slot, QString* error);
    bool writeMonth(const Slot& slot, Day month, std::vector<BufferedValue>& values, qint64 importId,
                    BulkWriter& insert, QString* error);

    Connection& m_db;
    std::vector<Slot> m_slots;
    ImportBuffer m_buffer;
};

} // namespace ul
