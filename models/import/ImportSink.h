// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "import/CustomerIndex.h"
#include "import/ImportInfo.h"
#include "import/StoredInvoice.h"
#include "import/ValueParsing.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace ul {

/// Where an import writes. The importer (Importer.cpp) reads, converts and checks the rows and
/// hands every file, customer, value and attribute to a sink; it never sees a database. The
/// workspace implements it (db/WorkspaceImportSink.h): everything a sink receives until commit()
/// is one transaction, and a sink destroyed before commit() leaves the workspace as it was.
/// Used on the importing thread only. Slots, slices and customers are the sink's numbering.
class ImportSink {
public:
    virtual ~ImportSink() = default;
    /// Where the rows go, for messages: a file path or a server location.
    virtual QString location() const = 0;

    /// Starts a file: the dataset (created on first use) and the file's provenance (its counts
    /// come with finishFile()).
    virtual bool beginFile(const QString& dataset, const QString& fileName, const QString& filePath, qint64 fileSize,
                           const QString& mappingJson, QString* error) = 0;
    virtual qint64 importId() const = 0;
    /// A metric of the dataset (created on first use); *slot numbers it for addValue().
    virtual bool addMetric(const QString& key, const QString& displayName, int* slot, QString* error) = 0;
    /// A distinct-count metric; *slot numbers it for addDistinct().
    virtual bool addDistinctMetric(const QString& key, const QString& displayName, int* slot, QString* error) = 0;
    /// The built-in records metric is `recordsSlot`; rows with a value in `impliedBy` are counted
    /// from that metric's cells, the others pass through addValue() (-1: every record does).
    virtual void setRecords(int recordsSlot, int impliedBy) = 0;
    /// The file's per-row columns (key, display name); *earlierWithout names those the dataset's
    /// earlier imports lack, *earlierUnsliced says whether those kept none at all.
    virtual bool beginSlices(const std::vector<std::pair<QString, QString>>& dimensions, QStringList* earlierWithout,
                             bool* earlierUnsliced, QString* error) = 0;
    /// Rows are also written per slice (the dataset keeps columns per row).
    virtual bool slicing() const = 0;
    /// The slice of a row's dimension values (in beginSlices() order), numbered by the sink.
    virtual bool sliceOf(const std::vector<std::string_view>& values, int* slice, QString* error) = 0;
    /// The stored id of a slice, for the invoices it holds.
    virtual qint64 sliceId(int slice) const = 0;

    /// Hints that the customer filed under `hash` (CustomerIndex::hashOf) comes a few rows later.
    virtual void prefetchCustomer(quint64 hash) const = 0;
    /// The customer of a row (created on first use); valid until the next call.
    virtual bool customer(std::string_view externalId, quint64 hash, ImportCustomerRef* ref, QString* error) = 0;
    /// A row's day and the customer's creation day, for first and last days and "new".
    virtual void noteCustomer(const ImportCustomerRef& customer, std::optional<Day> day,
                              std::optional<Day> created) = 0;
    /// `month` is the day's month start, `monthNumber` year * 12 + month - 1.
    virtual bool addValue(int slot, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                          const MetricValue& value, QString* error) = 0;
    /// The same value once more for the rows of `slice`.
    virtual bool addSlicedValue(int slot, int slice, Day day, Day month, int monthNumber,
                                const ImportCustomerRef& customer, const MetricValue& value, QString* error) = 0;
    /// *valueId receives the value's number, for addSlicedDistinct().
    virtual bool addDistinct(int slot, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                             std::string_view value, QString* error, quint32* valueId) = 0;
    virtual bool addSlicedDistinct(int slot, int slice, Day day, Day month, int monthNumber,
                                   const ImportCustomerRef& customer, quint32 valueId, QString* error) = 0;
    /// The value of the latest row (by day, then file order) per customer and attribute is kept.
    virtual void setAttribute(const ImportCustomerRef& customer, int attributeIndex, const QString& name,
                              std::optional<Day> day, std::string_view value) = 0;

    /// Imports already in the workspace with this content, or (`fileName` given) of this file
    /// name in `dataset`.
    virtual std::vector<ImportInfo> previousImports(const QString& sha256, const QString& dataset,
                                                    const QString& fileName, QString* error) = 0;
    /// Takes an earlier import out (--replace), before the new rows are written.
    virtual bool removeImport(qint64 importId, QString* error) = 0;
    /// Writes what the file buffered, with its counts.
    virtual bool finishFile(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected,
                            QString* error) = 0;
    /// A billing export's invoices, after finishFile().
    virtual bool addInvoices(const std::vector<StoredInvoice>& invoices, QString* error) = 0;
    /// Bytes the file's rows spilled to a temporary file (0 when they fitted in memory).
    virtual qint64 spilledBytes() const = 0;

    /// Makes every file of the import permanent at once (`dataset` tells listeners what changed).
    virtual bool commit(const QString& dataset, QString* error) = 0;
    /// After commit(): what may still fail without undoing the import; a warning, or empty.
    virtual QString afterCommit() = 0;
};

/// What an import can write into: a workspace (db/Workspace.h) gives a sink per import.
class ImportTarget {
public:
    virtual ~ImportTarget() = default;
    /// A sink holding the import's transaction; nullptr with *error when none can start.
    virtual std::unique_ptr<ImportSink> beginImport(QString* error) = 0;
};

} // namespace ul
