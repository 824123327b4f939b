// SPDX-License-Identifier: MIT
#include "db/WorkspaceImportSink.h"

#include "db/BillingInvoices.h"
#include "db/ImportCatalog.h"
#include "db/Workspace.h"

namespace ul {

WorkspaceImportSink::WorkspaceImportSink(Workspace& workspace)
    : m_workspace(workspace)
    , m_db(workspace.db())
    , m_tx(workspace.db())
{}

QString WorkspaceImportSink::location() const { return m_workspace.path(); }

bool WorkspaceImportSink::beginFile(const QString& dataset, const QString& fileName, const QString& filePath,
                                    qint64 fileSize, const QString& mappingJson, QString* error)
{
    // A writer per file: its buffers, customers and slots belong to that file's import.
    m_writer = std::make_unique<ImportWriter>(m_db);
    return m_writer->begin(dataset, error) && m_writer->createImport(fileName, filePath, fileSize, mappingJson, error);
}

std::vector<ImportInfo> WorkspaceImportSink::previousImports(const QString& sha256, const QString& dataset,
                                                             const QString& fileName, QString* error)
{
    return findPreviousImports(m_db, sha256, dataset, fileName, error);
}

bool WorkspaceImportSink::removeImport(qint64 importId, QString* error)
{
    return removeImportData(m_db, importId, error);
}

bool WorkspaceImportSink::addInvoices(const std::vector<StoredInvoice>& invoices, QString* error)
{
    return writeBillingInvoices(m_db, m_writer->importId(), m_writer->datasetId(), invoices, error);
}

bool WorkspaceImportSink::commit(const QString& dataset, QString* error)
{
    // Windows open on a server workspace hear of it when this commits.
    if (!m_db.announceChange(QStringLiteral("import:") + dataset, error) || !m_tx.commit(error))
        return false;
    m_db.refreshStatistics();
    return true;
}

QString WorkspaceImportSink::afterCommit()
{
    // A file that cannot switch to WAL now will on its next open.
    QString error;
    return m_workspace.settleJournal(&error) ? QString() : error;
}

std::unique_ptr<ImportSink> Workspace::beginImport(QString* error)
{
    auto sink = std::make_unique<WorkspaceImportSink>(*this);
    if (!sink->isActive()) {
        *error = QStringLiteral("%1: cannot start the import: %2").arg(path(), sink->beginError());
        return nullptr;
    }
    return sink;
}

} // namespace ul
