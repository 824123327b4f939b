// SPDX-License-Identifier: MIT
#include "db/ImportCatalog.h"

#include "db/DatasetStats.h"
#include "store/ChunkFactStore.h"
#include "store/DerivedTables.h"
#include "store/RollupWriter.h"

#include <map>
#include <set>

namespace ul {

namespace {
const char* const kSelectImports =
    "SELECT i.id, d.name, i.file_name, i.file_path, i.file_size, i.sha256, i.rows_read, i.rows_imported, "
    "i.rows_rejected, i.mapping, i.imported_at FROM imports i JOIN datasets d ON d.id = i.dataset_id ";

ImportInfo readImport(const Statement& st)
{
    ImportInfo info;
    info.id = st.columnInt(0);
    info.dataset = st.columnText(1);
    info.fileName = st.columnText(2);
    info.filePath = st.columnText(3);
    info.fileSize = st.columnInt(4);
    info.sha256 = st.columnText(5);
    info.rowsRead = st.columnInt(6);
    info.rowsImported = st.columnInt(7);
    info.rowsRejected = st.columnInt(8);
    info.mappingJson = st.columnText(9);
    info.importedAt = st.columnText(10);
    return info;
}
} // namespace

std::vector<ImportInfo> listImports(Connection& db, QString* error)
{
    std::vector<ImportInfo> out;
    Statement st = db.prepare(QLatin1String(kSelectImports) + QStringLiteral("ORDER BY i.id"), error);
    if (!st.isValid())
        return out;
    while (st.step(error))
        out.push_back(readImport(st));
    return out;
}

std::vector<ImportInfo> findPreviousImports(Connection& db, const QString& sha256, const QString& dataset,
                                            const QString& fileName, QString* error)
{
    std::vector<ImportInfo> out;
    Statement st = db.prepare(
        QLatin1String(kSelectImports)
            + QStringLiteral("WHERE i.sha256 = ? OR (d.name = ? AND i.file_name = ?) ORDER BY i.id"),
        error);
    if (!st.isValid())
        return out;
    st.bind(1, sha256).bind(2, dataset).bind(3, fileName.isEmpty() ? QStringLiteral("\x01") : fileName);
    while (st.step(error))
        out.push_back(readImport(st));
    return out;
}

bool removeImportData(Connection& db, qint64 importId, QString* error)
{
    Statement find = db.prepare(QStringLiteral("SELECT dataset_id FROM imports WHERE id = ?"), error);
    if (!find.isValid())
        return false;
    find.bind(1, importId);
    if (!find.step(error)) {
        if (!find.failed())
            *error = QStringLiteral("there is no import #%1 (see `usagelens imports`)").arg(importId);
        return false;
    }
    const qint64 datasetId = find.columnInt(0);
    find.reset();

    // The months this import holds facts in: their derived rows are rebuilt from what is left.
    std::map<qint64, std::set<Day>> touched;
    {
        Statement months = db.prepare(
            QStringLiteral("SELECT DISTINCT metric_id, month FROM fact_chunks WHERE import_id = ?"), error);
        if (!months.isValid())
            return false;
        months.bind(1, importId);
        while (months.step(error))
            touched[months.columnInt(0)].insert(Day(months.columnInt(1)));
        if (months.failed())
            return false;
    }
    const QString id = QString::number(importId);
    const QString ds = QString::number(datasetId);
    if (!db.exec(QStringLiteral("DELETE FROM fact_chunks WHERE import_id = %1; "
                                "DELETE FROM distinct_chunks WHERE import_id = %1")
                     .arg(id),
                 error))
        return false;
    ChunkFactStore store(db);
    for (const auto& [metric, months] : touched) {
        const std::optional<Precision> precision = store.precision(metric, error);
        if (!precision || !rebuildMonths(db, metric, *precision, months, error))
            return false;
    }
    const QString metricsOfEmptyDataset = QStringLiteral("(SELECT id FROM metrics WHERE dataset_id = %1 AND NOT EXISTS "
                                                         "(SELECT 1 FROM imports WHERE dataset_id = %1))")
                                              .arg(ds);
    const QStringList steps = {
        QStringLiteral("DELETE FROM customer_dates WHERE dataset_id = %1 AND import_id = %2").arg(ds, id),
        QStringLiteral("DELETE FROM billing_invoices WHERE import_id = %1").arg(id),
        QStringLiteral("DELETE FROM attributes WHERE import_id = %1").arg(id),
        QStringLiteral("DELETE FROM imports WHERE id = %1").arg(id),
        // A dataset without imports goes, with its metrics and whatever was derived from them.
        QStringLiteral("DELETE FROM month_summaries WHERE metric_id IN %1").arg(metricsOfEmptyDataset),
        QStringLiteral("DELETE FROM period_totals WHERE metric_id IN %1").arg(metricsOfEmptyDataset),
        QStringLiteral("DELETE FROM distinct_values WHERE metric_id IN %1").arg(metricsOfEmptyDataset),
        QStringLiteral("DELETE FROM metrics WHERE id IN %1").arg(metricsOfEmptyDataset),
        QStringLiteral("DELETE FROM slice_values WHERE slice_id IN (SELECT id FROM slices WHERE dataset_id = %1 AND "
                       "NOT EXISTS (SELECT 1 FROM imports WHERE dataset_id = %1))")
            .arg(ds),
        QStringLiteral("DELETE FROM slices WHERE dataset_id = %1 AND NOT EXISTS "
                       "(SELECT 1 FROM imports WHERE dataset_id = %1)")
            .arg(ds),
        QStringLiteral("DELETE FROM dimensions WHERE dataset_id = %1 AND NOT EXISTS "
                       "(SELECT 1 FROM imports WHERE dataset_id = %1)")
            .arg(ds),
        QStringLiteral("DELETE FROM annotations WHERE dataset_id = %1 AND NOT EXISTS "
                       "(SELECT 1 FROM imports WHERE dataset_id = %1)")
            .arg(ds),
        QStringLiteral("DELETE FROM datasets WHERE id = %1 AND NOT EXISTS "
                       "(SELECT 1 FROM imports WHERE dataset_id = %1)")
            .arg(ds),
    };
    for (const QString& sql : steps) {
        // A dataset without imports loses what was derived from its metrics' months too.
        if (sql.startsWith(QLatin1String("DELETE FROM metrics "))
            && !deleteDerivedRows(db, metricsOfEmptyDataset, error))
            return false;
        if (!db.exec(sql, error))
            return false;
    }
    return refreshDatasetStats(db, datasetId, error);
}

bool forgetImport(Connection& db, qint64 importId, QString* error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.beginError();
        return false;
    }
    if (!removeImportData(db, importId, error))
        return false;
    // Customers only this import knew go too: undoing an import leaves the workspace as before
    // it. (Every import gives its customers dates or attributes. Not in removeImportData: a
    // --replace runs it while the new file's customers are being written.)
    if (!db.exec(QStringLiteral("DELETE FROM customers WHERE id NOT IN "
                                "(SELECT customer_id FROM customer_dates UNION SELECT customer_id FROM attributes "
                                "UNION SELECT customer_id FROM billing_invoices)"),
                 error)
        || !db.announceChange(QStringLiteral("forget-import:%1").arg(importId), error) || !tx.commit(error))
        return false;
    db.refreshStatistics();
    return true;
}

} // namespace ul
