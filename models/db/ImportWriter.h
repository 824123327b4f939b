// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"
#include "db/DatasetCustomers.h"
#include "db/DistinctWriter.h"
#include "db/SliceCatalog.h"
#include "import/CustomerIndex.h"
#include "import/ValueParsing.h"
#include "store/ChunkCodec.h"
#include "store/ImportBuffer.h"
#include "store/Precision.h"
#include "store/RollupWriter.h"

#include <QHash>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ul {

/// Writes one import's rows into the workspace inside the caller's transaction. Values are
/// buffered per metric and month in any row order (ImportBuffer, flat memory); finish() sorts
/// each month, writes its packed chunks and rebuilds the derived rows of the months it touched
/// (store/RollupWriter.h). Customer dates and attributes grow with customers, not rows, and are
/// kept in memory. Not thread-safe: one writer per import on the importing thread.
class ImportWriter {
public:
    explicit ImportWriter(Connection& db)
        : m_db(db)
        , m_distinct(db)
        , m_slices(db)
    {}

    bool begin(const QString& dataset, QString* error);
    qint64 datasetId() const { return m_datasetId; }
    /// Creates the import's provenance row (counts are filled in by finish()).
    bool createImport(const QString& fileName, const QString& filePath, qint64 fileSize, const QString& mappingJson,
                      QString* error);
    qint64 importId() const { return m_importId; }
    /// Registers a metric of this dataset (created on first use) and returns its slot for addValue().
    bool addMetric(const QString& key, const QString& displayName, int* slot, QString* error);

    /// A row's customer; valid until the next call to customer().
    using CustomerRef = ImportCustomerRef;
    /// The customer of a row (the workspace customer is created on first use). Resolve once per
    /// row and pass the reference to the calls below.
    bool customer(std::string_view externalId, quint64 hash, CustomerRef* ref, QString* error);
    /// Hints that the customer filed under `hash` is asked for a few rows later.
    void prefetchCustomer(quint64 hash) const { m_customers.prefetch(hash); }
    /// `month` is day's month start and `monthNumber` year * 12 + month - 1 (computed with the row).
    bool addValue(int slot, Day day, Day month, int monthNumber, const CustomerRef& customer, const MetricValue& value,
                  QString* error);
    /// Registers a distinct-count metric (DistinctWriter) and returns its slot for addDistinct().
    bool addDistinctMetric(const QString& key, const QString& displayName, int* slot, QString* error)
    {
        return m_distinct.addMetric(m_datasetId, key, displayName, slot, error);
    }
    /// *valueId (optional) receives the value's number, for addSlicedDistinct().
    bool addDistinct(int slot, Day day, Day month, int monthNumber, const CustomerRef& customer, std::string_view value,
                     QString* error, quint32* valueId = nullptr)
    {
        return m_distinct.add(slot, day, month, monthNumber, customer.data->workspaceId, value, error, valueId);
    }

    /// Dimensions: registers the import's per-row columns (key, display name) once the metrics
    /// are added; see SliceCatalog::begin(). Rows are then also written per slice.
    bool beginSlices(const std::vector<std::pair<QString, QString>>& dimensions, QStringList* earlierWithout,
                     bool* earlierUnsliced, QString* error)
    {
        return m_slices.begin(m_datasetId, dimensions, earlierWithout, earlierUnsliced, error);
    }
    bool slicing() const { return m_slices.active(); }
    SliceCatalog& slices() { return m_slices; }
    /// A value of the metric in `baseSlot` for the rows of slice `slice` (SliceCatalog::sliceOf),
    /// besides the one added to the metric itself.
    bool addSlicedValue(int baseSlot, int slice, Day day, Day month, int monthNumber, const CustomerRef& customer,
                        const MetricValue& value, QString* error);
    bool addSlicedDistinct(int baseSlot, int slice, Day day, Day month, int monthNumber, const CustomerRef& customer,
                           quint32 valueId, QString* error);
    void noteCustomer(const CustomerRef& customer, std::optional<Day> day, std::optional<Day> created);
    /// Keeps the value of the latest row (by day, then file order) per customer and attribute.
    void setAttribute(const CustomerRef& customer, int attributeIndex, const QString& name, std::optional<Day> day,
                      std::string_view value);

    /// The built-in records metric (one per row) is `recordsSlot`. Rows with a value in
    /// `impliedBy` are counted from that metric's cells (their row counts) when it is written,
    /// so only rows without one pass through addValue(recordsSlot, ...): a third of the values
    /// on a two-metric file. `impliedBy` -1: every record is added explicitly.
    void setRecords(int recordsSlot, int impliedBy)
    {
        m_recordsSlot = recordsSlot;
        m_recordsImpliedBy = impliedBy;
    }

    bool finish(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected, QString* error);
    /// Bytes the import buffer spilled to a temporary file (0 when it fitted in memory).
    qint64 spilledBytes() const { return m_buffer.spilledBytes(); }

private:
    struct MetricSlot {
        qint64 id = 0;
        QString key;
        int decimals = 0;     ///< most decimals of an exact value in this import
        bool inexact = false; ///< a value was not a short decimal
        int parent = -1;      ///< a sliced copy: the slot of its metric, whose precision it takes
        Precision settled;    ///< once written
    };
    /// The slot of a metric's sliced copy (created on first use); -1 entries not yet made.
    bool slicedSlot(int baseSlot, int slice, int* slot, QString* error);
    /// Brings the sliced copies this import did not write to their metric's new precision.
    bool syncSlicedPrecision(size_t slot, QString* error);
    struct AttributeValue {
        QString name;
        std::optional<Day> day;
        std::string value;
    };
    struct PackedChunk {
        quint32 bucket;
        qint64 cells;
        std::string data;
    };
    /// One month of a metric ready to write: its cells (merged) and packed chunks.
    /// The records metric's share of a prepared month, when its rows count only through the
    /// metric being written.
    struct PreparedRecords {
        std::vector<DayCell> cells;
        std::vector<PackedChunk> chunks;
        std::optional<MonthRollup> rollup; ///< when no other import holds the month
    };
    struct PreparedMonth {
        Day month = 0;
        std::vector<DayCell> cells;
        std::vector<PackedChunk> chunks;
        std::optional<MonthRollup> rollup; ///< of `cells`, when no other import holds the month
        std::optional<PreparedRecords> records;
        bool ok = false;
        QString error;
    };
    /// Any thread (one at a time): reads a partition back and packs it.
    bool prepareMonth(const ImportBuffer::Key& key, const Precision& precision, const QString& metricKey,
                      PreparedMonth* out, QString* error);
    bool writeMetric(size_t slot, const std::vector<std::vector<ImportBuffer::Key>>& keysBySlot, QString* error);
    /// Packs merged cells of one month into chunks of 1,024 customer ids.
    static std::vector<PackedChunk> packCells(const std::vector<DayCell>& cells, Day month, const Precision& precision);
    bool insertChunks(BulkWriter& insert, qint64 metricId, Day month, const std::vector<PackedChunk>& chunks,
                      QString* error);
    bool writeCustomers(QString* error);

    Connection& m_db;
    qint64 m_datasetId = 0;
    qint64 m_importId = 0;
    Statement m_findCustomer;
    Statement m_insertCustomer;
    /// On a server, new customers are numbered here (max id + 1, as SQLite numbers rows; safe
    /// under the workspace's writer lock) and written in bulk with the rest, instead of one
    /// round trip each; the workspace's customers are read once.
    bool m_batchCustomers = false;
    qint64 m_nextCustomerId = 1;
    std::unordered_map<std::string, qint64> m_storedCustomers;
    std::vector<std::pair<qint64, std::string>> m_newCustomers;
    /// The workspace had no customers when this file began: a customer not met yet in this
    /// file is new, so its look-up is skipped.
    bool m_noEarlierCustomers = false;
    /// The customers met so far; attributes by their number in this import.
    CustomerIndex m_customers;
    std::vector<std::vector<AttributeValue>> m_attributes;
    std::vector<MetricSlot> m_slots;
    QHash<QString, int> m_slotOfKey; ///< a metric key -> its first slot (the metric, not a sliced copy)
    ImportBuffer m_buffer;
    DistinctWriter m_distinct;
    SliceCatalog m_slices;
    std::vector<std::vector<int>> m_slicedSlots;         ///< [slice][base slot] -> slot
    std::vector<std::vector<int>> m_slicedDistinctSlots; ///< the same for distinct metrics
    std::vector<bool> m_precisionChanged;                ///< per base slot, once written
    int m_recordsSlot = -1;
    int m_recordsImpliedBy = -1;
    std::vector<DatasetCustomer> m_added; ///< this import's customers with their days, ascending
};

} // namespace ul
