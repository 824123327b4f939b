// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/SqliteConnection.h"

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ul {

/// Writes one import's rows into the workspace inside the caller's transaction. Duplicate
/// (metric, customer, day) rows are summed by an upsert; monthly rollups, customer dates and
/// attributes are accumulated in memory (they grow with customers, not rows) and written by
/// finish(). Not thread-safe: one writer per import on the importing thread.
class ImportWriter {
public:
    explicit ImportWriter(SqliteConnection& db)
        : m_db(db)
    {}

    bool begin(const QString& dataset, QString* error);
    qint64 datasetId() const { return m_datasetId; }
    /// Creates the import's provenance row (counts are filled in by finish()).
    bool createImport(const QString& fileName, const QString& filePath, qint64 fileSize, const QString& mappingJson,
                      QString* error);
    qint64 importId() const { return m_importId; }
    /// Metric id for a key in this dataset, created on first use.
    bool metricId(const QString& key, const QString& displayName, qint64* id, QString* error);

    /// The workspace id of a customer, created on first use (resolve once per row).
    bool customerId(std::string_view externalId, qint64* id, QString* error);
    bool addFact(qint64 metricId, Day day, qint64 customer, double value, QString* error);
    void noteCustomer(qint64 customer, std::optional<Day> day, std::optional<Day> created);
    /// Keeps the value of the latest row (by day, then file order) per customer and attribute.
    void setAttribute(qint64 customer, int attributeIndex, const QString& name, std::optional<Day> day,
                      std::string_view value);

    bool finish(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected, QString* error);

private:
    struct MonthlyKey {
        qint64 metric;
        Day month;
        qint64 customer;
        bool operator==(const MonthlyKey&) const = default;
    };
    struct MonthlyKeyHash {
        size_t operator()(const MonthlyKey& k) const noexcept
        {
            return std::hash<qint64>()(k.customer * 1000003 + k.metric * 7919 + k.month);
        }
    };
    struct CustomerDates {
        std::optional<Day> created;
        std::optional<Day> first;
        std::optional<Day> last;
    };
    struct AttributeValue {
        QString name;
        std::optional<Day> day;
        std::string value;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
    };

    SqliteConnection& m_db;
    qint64 m_datasetId = 0;
    qint64 m_importId = 0;
    Statement m_upsertFact;
    Statement m_findCustomer;
    Statement m_insertCustomer;
    std::unordered_map<std::string, qint64, StringHash, std::equal_to<>> m_customers;
    std::unordered_map<QString, qint64> m_metrics;
    std::unordered_map<MonthlyKey, double, MonthlyKeyHash> m_monthly;
    std::unordered_map<qint64, CustomerDates> m_dates;
    std::unordered_map<qint64, std::vector<AttributeValue>> m_attributes;
    Day m_lastDay = 0; // month-start cache: rows usually come in date order
    Day m_lastMonth = 0;
    bool m_monthCached = false;
};

} // namespace ul
