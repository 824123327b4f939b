// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "db/ImportWriter.h"
#include "import/ImportSink.h"

#include <memory>

namespace ul {

class Workspace;

/// The workspace's side of an import (import/ImportSink.h): one transaction for every file,
/// an ImportWriter per file, the import catalog for --replace and the billing invoices.
/// Created by Workspace::beginImport(); rolls back when destroyed before commit().
class WorkspaceImportSink final : public ImportSink {
public:
    /// Starts the transaction; check isActive().
    explicit WorkspaceImportSink(Workspace& workspace);
    bool isActive() const { return m_tx.isActive(); }
    const QString& beginError() const { return m_tx.beginError(); }

    QString location() const override;
    bool beginFile(const QString& dataset, const QString& fileName, const QString& filePath, qint64 fileSize,
                   const QString& mappingJson, QString* error) override;
    qint64 importId() const override { return m_writer->importId(); }
    bool addMetric(const QString& key, const QString& displayName, int* slot, QString* error) override
    {
        return m_writer->addMetric(key, displayName, slot, error);
    }
    bool addDistinctMetric(const QString& key, const QString& displayName, int* slot, QString* error) override
    {
        return m_writer->addDistinctMetric(key, displayName, slot, error);
    }
    void setRecords(int recordsSlot, int impliedBy) override { m_writer->setRecords(recordsSlot, impliedBy); }
    bool beginSlices(const std::vector<std::pair<QString, QString>>& dimensions, QStringList* earlierWithout,
                     bool* earlierUnsliced, QString* error) override
    {
        return m_writer->beginSlices(dimensions, earlierWithout, earlierUnsliced, error);
    }
    bool slicing() const override { return m_writer->slicing(); }
    bool sliceOf(const std::vector<std::string_view>& values, int* slice, QString* error) override
    {
        return m_writer->slices().sliceOf(values, slice, error);
    }
    qint64 sliceId(int slice) const override { return m_writer->slices().sliceId(slice); }
    void prefetchCustomer(quint64 hash) const override { m_writer->prefetchCustomer(hash); }
    bool customer(std::string_view externalId, quint64 hash, ImportCustomerRef* ref, QString* error) override
    {
        return m_writer->customer(externalId, hash, ref, error);
    }
    void noteCustomer(const ImportCustomerRef& customer, std::optional<Day> day, std::optional<Day> created) override
    {
        m_writer->noteCustomer(customer, day, created);
    }
    bool addValue(int slot, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                  const MetricValue& value, QString* error) override
    {
        return m_writer->addValue(slot, day, month, monthNumber, customer, value, error);
    }
    bool addSlicedValue(int slot, int slice, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                        const MetricValue& value, QString* error) override
    {
        return m_writer->addSlicedValue(slot, slice, day, month, monthNumber, customer, value, error);
    }
    bool addDistinct(int slot, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                     std::string_view value, QString* error, quint32* valueId) override
    {
        return m_writer->addDistinct(slot, day, month, monthNumber, customer, value, error, valueId);
    }
    bool addSlicedDistinct(int slot, int slice, Day day, Day month, int monthNumber, const ImportCustomerRef& customer,
                           quint32 valueId, QString* error) override
    {
        return m_writer->addSlicedDistinct(slot, slice, day, month, monthNumber, customer, valueId, error);
    }
    void setAttribute(const ImportCustomerRef& customer, int attributeIndex, const QString& name,
                      std::optional<Day> day, std::string_view value) override
    {
        m_writer->setAttribute(customer, attributeIndex, name, day, value);
    }
    std::vector<ImportInfo> previousImports(const QString& sha256, const QString& dataset, const QString& fileName,
                                            QString* error) override;
    bool removeImport(qint64 importId, QString* error) override;
    bool finishFile(const QString& sha256, qint64 rowsRead, qint64 rowsImported, qint64 rowsRejected,
                    QString* error) override
    {
        return m_writer->finish(sha256, rowsRead, rowsImported, rowsRejected, error);
    }
    bool addInvoices(const std::vector<StoredInvoice>& invoices, QString* error) override;
    qint64 spilledBytes() const override { return m_writer->spilledBytes(); }
    bool commit(const QString& dataset, QString* error) override;
    QString afterCommit() override;

private:
    Workspace& m_workspace;
    Connection& m_db;
    Transaction m_tx;
    std::unique_ptr<ImportWriter> m_writer; ///< the current file's
};

} // namespace ul
