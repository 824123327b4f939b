// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "db/Connection.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace ul {

struct MetricInfo {
    qint64 id = 0;
    qint64 datasetId = 0;
    QString dataset;
    QString key;
    QString displayName;
    QString kind = QStringLiteral("sum"); ///< sum, distinct or ratio (metrics.kind)
    QString formula;                      ///< a ratio's NUMERATOR/DENOMINATOR keys
    qint64 rows = 0;                      ///< rows holding a value (the tabs lead with recurring measures)
    double total = 0;                     ///< the sum over all time (then with the largest)
};

/// A text column kept per row (import role `dimension`): rows can be filtered and split by it.
struct DimensionInfo {
    qint64 id = 0;
    QString key;
    QString displayName; ///< the original header
};

struct DatasetInfo {
    qint64 id = 0;
    QString name;
    std::vector<MetricInfo> metrics; ///< what users see (sliced copies are hidden)
    std::vector<DimensionInfo> dimensions;
    qint64 customers = 0;
    QString settingsJson;
    /// Holds the invoices of billing exports (BillingInvoices.h): revenue from subscriptions.
    bool billing = false;
};

/// Read-only look-ups of what a workspace holds. Call on the thread that owns `db`.
std::vector<DatasetInfo> listDatasets(Connection& db, QString* error);
std::optional<DatasetInfo> findDataset(Connection& db, const QString& name, QString* error);
/// A metric by key or original header; `dataset` may be empty when the metric is unique.
std::optional<MetricInfo> findMetric(Connection& db, const QString& keyOrHeader, const QString& dataset,
                                     QString* error);
/// The same look-up in an already listed catalog.
std::optional<MetricInfo> findMetricIn(const std::vector<DatasetInfo>& datasets, const QString& keyOrHeader,
                                       const QString& dataset, QString* error);
/// First and last day with data for a metric (or for a whole dataset when metricId is 0).
std::optional<DateRange> metricDataRange(Connection& db, qint64 metricId, QString* error);
std::optional<DateRange> datasetDataRange(Connection& db, qint64 datasetId, QString* error);
qint64 metricRowCount(Connection& db, qint64 metricId);

std::optional<qint64> customerIdByExternal(Connection& db, const QString& externalId);
/// External ids for internal ids (all customers of the workspace when `ids` is empty).
QHash<qint64, QString> customerNames(Connection& db, const std::vector<qint64>& ids = {});
/// Account creation day per customer of a dataset: the `created` column where present,
/// else the first day with data.
std::unordered_map<qint64, Day> customerCreatedDays(Connection& db, qint64 datasetId);
/// The day each customer of a dataset created its account (the `created` column), one per
/// customer that has one (the earliest, over all imports), active in the data or not.
std::vector<Day> accountCreationDays(Connection& db, qint64 datasetId, QString* error);
/// Latest value of every attribute of a customer, from any dataset: name -> value.
std::vector<std::pair<QString, QString>> customerAttributes(Connection& db, qint64 customerId);
/// The names of every customer attribute in the workspace, sorted.
QStringList attributeNames(Connection& db);
/// Numeric attributes of all customers (non-numeric values are left out): customer -> name -> value.
QHash<qint64, QHash<QString, double>> numericAttributes(Connection& db);
/// Customers of a dataset: external id -> workspace id, for type-to-search.
QHash<QString, qint64> datasetCustomers(Connection& db, qint64 datasetId);

} // namespace ul
