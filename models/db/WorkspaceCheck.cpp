// SPDX-License-Identifier: MIT
#include "db/WorkspaceCheck.h"

#include "db/DatasetStats.h"

#include "db/DatasetCustomers.h"
#include "db/SqliteConnection.h"
#include "db/Workspace.h"
#include "store/ChunkCodec.h"
#include "store/ChunkFactStore.h"
#include "store/DerivedTables.h"
#include "store/RollupWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <set>
#include <vector>

namespace ul {

namespace {

/// The rows of `sql`, hashed in order (the queries order them).
QByteArray digestOf(Connection& db, const QString& sql, QString* error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement st = db.prepare(sql, error);
    if (!st.isValid())
        return {};
    while (st.step(error))
        for (int c = 0; c < st.columnCount(); ++c) {
            const std::string_view bytes = st.columnBlob(c);
            hash.addData(QByteArray::number(qsizetype(bytes.size())) + ':');
            hash.addData(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        }
    return st.failed() ? QByteArray() : hash.result();
}

/// Rebuilds a metric's rollups for every month it has facts in.
bool rebuildRollups(Connection& db, ChunkFactStore& store, qint64 metric, QString* error)
{
    std::set<Day> months;
    Statement st = db.prepare(QStringLiteral("SELECT DISTINCT month FROM fact_chunks WHERE metric_id = %1").arg(metric),
                              error);
    while (st.isValid() && st.step(error))
        months.insert(Day(st.columnInt(0)));
    if (!st.isValid() || st.failed())
        return false;
    const std::optional<Precision> precision = store.precision(metric, error);
    return precision && rebuildMonths(db, metric, *precision, months, error);
}

/// Counts rows that break a rule (`sql` selects count(*)).
void countViolations(Connection& db, const QString& sql, const QString& rule, WorkspaceCheckReport& report)
{
    QString error;
    const auto n = db.queryInt(sql, &error);
    if (!n)
        report.problems << QStringLiteral("%1: cannot be checked (%2)").arg(rule, error);
    else if (*n > 0)
        report.problems << QStringLiteral("%1: %2 row(s) break it").arg(rule).arg(*n);
    else
        report.checked << QStringLiteral("%1: ok").arg(rule);
}

/// Rebuilds every metric's rollups on `copy` and compares them with what was stored. On a
/// server (`savepoints`) each metric is checked under a savepoint of its own, so one failure
/// does not abort the checks of the others.
void checkRollups(Connection& copy, WorkspaceCheckReport& report, bool savepoints = false)
{
    QString error;
    std::vector<qint64> metrics;
    Statement list = copy.prepare(QStringLiteral("SELECT id FROM metrics ORDER BY id"), &error);
    while (list.isValid() && list.step(&error))
        metrics.push_back(list.columnInt(0));
    if (!list.isValid() || list.failed()) {
        report.problems << QStringLiteral("metrics cannot be read (%1)").arg(error);
        return;
    }
    ChunkFactStore store(copy);
    const bool derived = hasDerivedTables(copy, &error);
    int sound = 0;
    for (qint64 metric : metrics) {
        const QString summaries =
            QStringLiteral("SELECT * FROM month_summaries WHERE metric_id = %1 ORDER BY month").arg(metric);
        const QString totals =
            QStringLiteral("SELECT * FROM period_totals WHERE metric_id = %1 ORDER BY granularity, start").arg(metric);
        // Format 8: the tables derived from all months are rebuilt and compared too.
        const QStringList allMonths =
            derived
                ? QStringList{QStringLiteral("SELECT * FROM customer_lifetimes WHERE metric_id = %1 ORDER BY 1, 2")
                                  .arg(metric),
                              QStringLiteral("SELECT * FROM activity_totals WHERE metric_id = %1 ORDER BY "
                                             "granularity, start")
                                  .arg(metric),
                              QStringLiteral("SELECT * FROM cohort_cells WHERE metric_id = %1 ORDER BY cohort, month")
                                  .arg(metric)}
                : QStringList();
        const auto derivedDigest = [&] {
            QByteArray digest = digestOf(copy, summaries, &error) + digestOf(copy, totals, &error);
            for (const QString& sql : allMonths)
                digest += digestOf(copy, sql, &error);
            return digest;
        };
        if (savepoints && !copy.exec(QStringLiteral("SAVEPOINT metric_check"), &error)) {
            report.problems << QStringLiteral("rollups: cannot be checked (%1)").arg(error);
            return;
        }
        const QByteArray stored = derivedDigest();
        const bool rebuilt = copy.exec(QStringLiteral("DELETE FROM month_summaries WHERE metric_id = %1; "
                                                      "DELETE FROM period_totals WHERE metric_id = %1")
                                           .arg(metric),
                                       &error)
                             && deleteDerivedRows(copy, QStringLiteral("(%1)").arg(metric), &error)
                             && rebuildRollups(copy, store, metric, &error);
        const bool same = rebuilt && derivedDigest() == stored;
        if (savepoints)
            copy.exec(QStringLiteral("ROLLBACK TO SAVEPOINT metric_check"), nullptr);
        // A role that may only read cannot rebuild them, which says nothing about the workspace.
        if (!rebuilt && error.startsWith(QLatin1String("read-only access"))) {
            report.checked << QStringLiteral("rollups: not checked (%1)").arg(error);
            return;
        }
        if (!rebuilt)
            report.problems << QStringLiteral("metric #%1: its facts cannot be read (%2)").arg(metric).arg(error);
        else if (!same)
            report.problems << QStringLiteral("metric #%1: the rollups differ from what its facts give").arg(metric);
        else
            ++sound;
    }
    report.checked << QStringLiteral("rollups equal the facts: %1 of %2 metric(s)").arg(sound).arg(metrics.size());
}

/// The workspace's own rules: every fact, set and import belongs to what it names.
/// Format 8: each dataset's kept customers equal what customer_dates gives.
void checkDatasetCustomers(Connection& db, WorkspaceCheckReport& report)
{
    QString error;
    if (!db.tableExists(QStringLiteral("dataset_customers"), &error))
        return;
    std::vector<qint64> datasets;
    Statement list = db.prepare(QStringLiteral("SELECT id FROM datasets ORDER BY id"), &error);
    while (list.isValid() && list.step(&error))
        datasets.push_back(list.columnInt(0));
    int sound = 0;
    for (const qint64 id : datasets) {
        std::vector<DatasetCustomer> kept, grouped;
        bool isKept = false;
        if (!readDatasetCustomers(db, id, &kept, &isKept, &error) || !groupDatasetCustomers(db, id, &grouped, &error)) {
            report.problems << QStringLiteral("dataset #%1: its customers cannot be read (%2)").arg(id).arg(error);
            continue;
        }
        const auto same = [](const DatasetCustomer& a, const DatasetCustomer& b) {
            return a.customer == b.customer && a.created == b.created && a.first == b.first;
        };
        if (kept.size() != grouped.size() || !std::equal(kept.begin(), kept.end(), grouped.begin(), same))
            report.problems << QStringLiteral("dataset #%1: the customers it keeps differ from its imports'").arg(id);
        else
            ++sound;
    }
    report.checked
        << QStringLiteral("dataset customers equal the imports': %1 of %2 dataset(s)").arg(sound).arg(datasets.size());
}

void checkInvariants(Connection& db, WorkspaceCheckReport& report)
{
    QString error;
    checkDatasetCustomers(db, report);
    countViolations(db,
                    QStringLiteral("SELECT count(*) FROM fact_chunks WHERE import_id NOT IN (SELECT id FROM imports)"),
                    QStringLiteral("every fact belongs to an import"), report);
    // (Workspaces of format 2, not yet migrated, have no distinct sets.)
    if (db.tableExists(QStringLiteral("distinct_chunks"), &error))
        countViolations(db,
                        QStringLiteral("SELECT count(*) FROM distinct_chunks WHERE import_id NOT IN (SELECT id FROM "
                                       "imports) OR metric_id NOT IN (SELECT id FROM metrics)"),
                        QStringLiteral("every distinct value set belongs to an import and a metric"), report);
    countViolations(db,
                    QStringLiteral("SELECT count(*) FROM imports WHERE dataset_id NOT IN (SELECT id FROM datasets)"),
                    QStringLiteral("every import belongs to a dataset"), report);
    countViolations(db,
                    QStringLiteral("SELECT count(*) FROM metrics WHERE dataset_id NOT IN (SELECT id FROM datasets)"),
                    QStringLiteral("every metric belongs to a dataset"), report);
    countViolations(db,
                    QStringLiteral("SELECT count(*) FROM fact_chunks WHERE metric_id NOT IN (SELECT id FROM metrics)"),
                    QStringLiteral("every fact belongs to a metric"), report);
    if (db.tableExists(QStringLiteral("dataset_stats"), &error)) {
        countViolations(db,
                        QStringLiteral("SELECT count(*) FROM datasets d LEFT JOIN dataset_stats s ON s.dataset_id = "
                                       "d.id WHERE COALESCE(s.customers, -1) <> (SELECT count(DISTINCT customer_id) "
                                       "FROM customer_dates c WHERE c.dataset_id = d.id)"),
                        QStringLiteral("every dataset's customer count equals its customers"), report);
        countViolations(db,
                        QStringLiteral("SELECT count(*) FROM counters WHERE name = 'import' AND value < (SELECT "
                                       "COALESCE(MAX(id), 0) FROM imports)"),
                        QStringLiteral("the import counter is past every import id"), report);
    }
    // (Workspaces before format 7 have no billing invoices.)
    if (db.tableExists(QStringLiteral("billing_invoices"), &error))
        countViolations(db,
                        QStringLiteral("SELECT count(*) FROM billing_invoices WHERE import_id NOT IN (SELECT id FROM "
                                       "imports) OR customer_id NOT IN (SELECT id FROM customers)"),
                        QStringLiteral("every billing invoice belongs to an import and a customer"), report);
}

/// A server workspace: the server keeps its pages sound; the invariants are checked as they
/// are, and the rollups are rebuilt inside a transaction that is rolled back.
WorkspaceCheckReport checkServerWorkspace(const QString& location)
{
    WorkspaceCheckReport report;
    Workspace ws;
    QString error;
    if (!ws.open(location, Workspace::OpenMode::ExistingOnly, &error)) {
        report.problems << QStringLiteral("cannot open: %1").arg(error);
        return report;
    }
    report.checked << QStringLiteral("storage: kept sound by the server");
    checkInvariants(ws.db(), report);
    Transaction tx(ws.db());
    if (!tx.isActive()) {
        report.problems << QStringLiteral("rollups: cannot be checked (%1)").arg(tx.beginError());
        return report;
    }
    checkRollups(ws.db(), report, true);
    return report; // the transaction rolls back: nothing was changed
}

} // namespace

WorkspaceCheckReport checkWorkspace(const QString& path)
{
    if (Workspace::isServerLocation(path))
        return checkServerWorkspace(path);
    WorkspaceCheckReport report;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0) {
        report.problems << QStringLiteral("%1: no workspace file (missing, empty or not a regular file)").arg(path);
        return report;
    }
    SqliteConnection db;
    QString error;
    if (!db.open(path, SqliteConnection::Mode::ReadOnly, &error)) {
        report.problems << QStringLiteral("cannot open: %1").arg(error);
        return report;
    }
    Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check(20)"), &error);
    QStringList found;
    while (integrity.isValid() && integrity.step(&error))
        if (integrity.columnText(0) != QLatin1String("ok"))
            found << integrity.columnText(0);
    if (!integrity.isValid() || integrity.failed())
        found << error;
    if (found.isEmpty())
        report.checked << QStringLiteral("integrity_check: ok");
    else
        report.problems << QStringLiteral("integrity_check: %1").arg(found.join(QStringLiteral("; ")));
    const auto appId = db.queryInt(QStringLiteral("PRAGMA application_id"), &error);
    if (!appId || *appId != Workspace::ApplicationId) {
        report.problems << QStringLiteral("not a UsageLens workspace (application id)");
        return report;
    }
    checkInvariants(db, report);
    db.close();

    // The rollups are rebuilt on a copy: the file itself is never written.
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("copy.usagelens"));
    if (!dir.isValid() || !QFile::copy(path, copyPath)) {
        report.problems << QStringLiteral("rollups: cannot make a private copy to check them");
        return report;
    }
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), copyPath + QStringLiteral("-wal"));
    SqliteConnection copy;
    if (!copy.open(copyPath, SqliteConnection::Mode::ReadWrite, &error)) {
        report.problems << QStringLiteral("rollups: cannot open the copy (%1)").arg(error);
        return report;
    }
    checkRollups(copy, report);
    return report;
}

} // namespace ul

namespace ul {

namespace {

/// The tables a workspace keeps, in an order that satisfies their references. The derived
/// tables (month_summaries, period_totals) are rebuilt instead of copied.
const char* const kSourceTables[] = {"datasets",    "imports",         "metrics",         "customers",
                                     "fact_chunks", "distinct_values", "distinct_chunks", "customer_dates",
                                     "attributes",  "dimensions",      "slices",          "slice_values",
                                     "saved_views", "annotations",     "billing_invoices"};

/// Copies the readable rows of one table; fact chunks must also decode.
QString copyTable(SqliteConnection& from, Connection& to, const QString& table, qint64* copied)
{
    QString error;
    Statement read = from.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table), &error);
    if (!read.isValid())
        return QStringLiteral("%1: unreadable (%2)").arg(table, error);
    const int columns = read.columnCount();
    // By name: a workspace of an older format lacks the newer columns, which keep their defaults.
    QStringList names, marks;
    for (int c = 0; c < columns; ++c) {
        names << QStringLiteral("\"%1\"").arg(read.columnName(c));
        marks << QStringLiteral("?");
    }
    Statement write = to.prepare(QStringLiteral("INSERT OR IGNORE INTO \"%1\" (%2) VALUES (%3)")
                                     .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                                 &error);
    if (!write.isValid())
        return QStringLiteral("%1: cannot be written (%2)").arg(table, error);
    const bool facts = table == QLatin1String("fact_chunks");
    const bool sets = table == QLatin1String("distinct_chunks");
    ChunkFactStore store(to); // the metrics are copied before the facts
    qint64 undecodable = 0;
    std::vector<DayCell> cells;
    std::vector<DistinctEntry> entries;
    while (read.step(&error)) {
        // metric_id, month, bucket, import_id, entries, data
        if (sets && !decodeDistinctChunk(read.columnBlob(5), &entries)) {
            ++undecodable;
            continue;
        }
        entries.clear();
        if (facts) {
            // metric_id, month, bucket, import_id, cells, data
            const auto precision = store.precision(read.columnInt(0), &error);
            if (!precision || !decodeDayChunk(read.columnBlob(5), Day(read.columnInt(1)), *precision, &cells)) {
                ++undecodable;
                continue;
            }
        }
        for (int c = 0; c < columns; ++c)
            write.bindValueOf(c + 1, read, c);
        if (!write.run(&error))
            return QStringLiteral("%1: cannot be written (%2)").arg(table, error);
        ++*copied;
    }
    QString line = QStringLiteral("%1: %2 row(s) copied").arg(table).arg(*copied);
    if (undecodable > 0)
        line += QStringLiteral(", %1 damaged chunk(s) left out").arg(undecodable);
    if (read.failed())
        line += QStringLiteral(", the rest unreadable (%1)").arg(error);
    return line;
}

} // namespace

RecoveryReport recoverWorkspace(const QString& from, const QString& to)
{
    if (Workspace::isServerLocation(from) || Workspace::isServerLocation(to)) {
        RecoveryReport refused;
        refused.error = QStringLiteral("recover copies workspace files; a workspace on a server is kept by the "
                                       "server (restore it from the server's backups)");
        return refused;
    }
    RecoveryReport report;
    if (QFileInfo::exists(to)) {
        report.error = QStringLiteral("%1: already exists; recover writes a new workspace").arg(to);
        return report;
    }
    SqliteConnection source;
    QString error;
    if (!QFileInfo(from).isFile() || !source.open(from, SqliteConnection::Mode::ReadOnly, &error)) {
        report.error = QStringLiteral("%1: cannot be opened (%2)")
                           .arg(from, error.isEmpty() ? QStringLiteral("no such file") : error);
        return report;
    }
    Workspace target;
    if (!target.open(to, Workspace::OpenMode::CreateIfMissing, &error)) {
        report.error = error;
        return report;
    }
    report.ok = [&] {
        Transaction tx(target.db());
        for (const char* table : kSourceTables) {
            // An older format never had the newer tables (saved views, dimensions, notes): nothing lost.
            QString schemaError;
            Statement known = source.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"),
                                             &schemaError);
            if (known.isValid() && !known.bind(1, QString::fromLatin1(table)).step() && !known.failed())
                continue;
            qint64 copied = 0;
            report.lines << copyTable(source, target.db(), QString::fromLatin1(table), &copied);
        }
        // Rows whose parent was lost get a stand-in parent, so no data goes missing with it;
        // facts of a lost metric cannot be read (its scale is gone) and are left out.
        const QString repairs[] = {
            QStringLiteral("INSERT INTO datasets (id, name, created_at) SELECT DISTINCT dataset_id, 'recovered_' || "
                           "dataset_id, datetime('now') FROM (SELECT dataset_id FROM imports UNION SELECT dataset_id "
                           "FROM metrics) WHERE dataset_id NOT IN (SELECT id FROM datasets)"),
            QStringLiteral("INSERT INTO imports (id, dataset_id, file_name, file_path, file_size, sha256, rows_read, "
                           "rows_imported, rows_rejected, mapping, imported_at) SELECT DISTINCT f.import_id, "
                           "m.dataset_id, '(lost in recovery)', '', 0, '', 0, 0, 0, '{}', datetime('now') FROM "
                           "fact_chunks f JOIN metrics m ON m.id = f.metric_id WHERE f.import_id NOT IN (SELECT id "
                           "FROM imports) GROUP BY f.import_id"),
            QStringLiteral("DELETE FROM fact_chunks WHERE metric_id NOT IN (SELECT id FROM metrics)"),
            QStringLiteral("DELETE FROM distinct_chunks WHERE metric_id NOT IN (SELECT id FROM metrics) OR import_id "
                           "NOT IN (SELECT id FROM imports)"),
        };
        for (const QString& sql : repairs) {
            if (!target.db().exec(sql, &error)) {
                report.error = QStringLiteral("%1: %2").arg(to, error);
                return false;
            }
            const auto changed = target.db().queryInt(QStringLiteral("SELECT changes()"), &error);
            if (changed && *changed > 0)
                report.lines << QStringLiteral("%1 row(s) %2")
                                    .arg(*changed)
                                    .arg(sql.startsWith(QLatin1String("DELETE"))
                                             ? QStringLiteral("of facts of a lost metric left out")
                                             : QStringLiteral("added as stand-ins for lost parents"));
        }
        // Rollups from the facts that were copied.
        ChunkFactStore store(target.db());
        Statement metrics = target.db().prepare(QStringLiteral("SELECT id FROM metrics"), &error);
        std::vector<qint64> ids;
        while (metrics.isValid() && metrics.step(&error))
            ids.push_back(metrics.columnInt(0));
        for (qint64 metric : ids) {
            if (!rebuildRollups(target.db(), store, metric, &error)) {
                report.error = QStringLiteral("%1: the rollups cannot be rebuilt (%2)").arg(to, error);
                return false;
            }
        }
        report.lines << QStringLiteral("rollups rebuilt for %1 metric(s)").arg(ids.size());
        // The import counter goes on from the highest id kept (or the source's counter, if
        // readable and higher), and each dataset's customers are counted again.
        QString counterError;
        const std::optional<long long> counted = source.queryInt(
            QStringLiteral("SELECT value FROM counters WHERE name = 'import'"), &counterError);
        Statement counter = target.db().prepare(
            QStringLiteral(
                "UPDATE counters SET value = MAX(?, (SELECT COALESCE(MAX(id), 0) FROM imports)) WHERE name = "
                "'import'"),
            &error);
        if (!counter.isValid() || !counter.bind(1, counted.value_or(0)).run(&error)) {
            report.error = QStringLiteral("%1: %2").arg(to, error);
            return false;
        }
        Statement datasets = target.db().prepare(QStringLiteral("SELECT id FROM datasets"), &error);
        std::vector<qint64> datasetIds;
        while (datasets.isValid() && datasets.step(&error))
            datasetIds.push_back(datasets.columnInt(0));
        for (const qint64 id : datasetIds) {
            if (!refreshDatasetStats(target.db(), id, &error)) {
                report.error = QStringLiteral("%1: %2").arg(to, error);
                return false;
            }
        }
        if (!tx.commit(&error) || !target.settleJournal(&error)) {
            report.error = QStringLiteral("%1: %2").arg(to, error);
            return false;
        }
        return true;
    }();
    if (!report.ok) {
        target.close();
        Workspace::removeFiles(to);
    }
    return report;
}

} // namespace ul
