// SPDX-License-Identifier: MIT
#include "db/Annotations.h"

#include <QDateTime>

namespace ul {

namespace {

QString utcTimestamp() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

} // namespace

bool AnnotationStore::hasTable(bool* exists, QString* error)
{
    // A format-4 or -5 workspace opened read-only has no notes yet.
    error->clear();
    *exists = m_db.tableExists(QStringLiteral("annotations"), error);
    return error->isEmpty();
}

std::optional<qint64> AnnotationStore::datasetId(const QString& dataset, QString* error)
{
    Statement q = m_db.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ?"), error);
    if (!q.isValid())
        return std::nullopt;
    q.bind(1, dataset);
    if (q.step(error))
        return q.columnInt(0);
    if (!q.failed())
        *error = QStringLiteral("no dataset '%1' in the workspace").arg(dataset);
    return std::nullopt;
}

bool AnnotationStore::checkText(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("a note needs text");
        return false;
    }
    if (text.size() > kMaxLength) {
        *error = QStringLiteral("a note is at most %1 characters (this one has %2)").arg(kMaxLength).arg(text.size());
        return false;
    }
    return true;
}

bool AnnotationStore::exists(qint64 id, QString* error)
{
    Statement q = m_db.prepare(QStringLiteral("SELECT 1 FROM annotations WHERE id = ?"), error);
    if (!q.isValid())
        return false;
    q.bind(1, id);
    if (q.step(error))
        return true;
    if (!q.failed())
        *error = QStringLiteral("there is no note #%1 (see `usagelens note list`)").arg(id);
    return false;
}

bool AnnotationStore::list(const QString& dataset, std::vector<Annotation>* out, QString* error)
{
    out->clear();
    bool table = false;
    if (!hasTable(&table, error))
        return false;
    if (!table)
        return true;
    Statement q = m_db.prepare(QStringLiteral("SELECT a.id, d.name, a.day, a.note FROM annotations a JOIN datasets d "
                                              "ON d.id = a.dataset_id WHERE ?1 = '' OR d.name = ?1 "
                                              "ORDER BY d.name, a.day, a.id"),
                               error);
    if (!q.isValid())
        return false;
    q.bind(1, dataset);
    while (q.step(error))
        out->push_back({q.columnInt(0), q.columnText(1), Day(q.columnInt(2)), q.columnText(3)});
    return !q.failed();
}

bool AnnotationStore::add(const QString& dataset, Day day, const QString& text, qint64* id, QString* error)
{
    if (!checkText(text, error))
        return false;
    const std::optional<qint64> ds = datasetId(dataset, error);
    if (!ds)
        return false;
    Statement q = m_db.prepare(
        QStringLiteral("INSERT INTO annotations (dataset_id, day, note, created_at) VALUES (?, ?, ?, ?)"), error);
    if (!q.isValid() || !q.bind(1, *ds).bind(2, day).bind(3, text.trimmed()).bind(4, utcTimestamp()).run(error))
        return false;
    *id = m_db.lastInsertId();
    return true;
}

bool AnnotationStore::update(qint64 id, Day day, const QString& text, QString* error)
{
    if (!checkText(text, error) || !exists(id, error))
        return false;
    Statement q = m_db.prepare(QStringLiteral("UPDATE annotations SET day = ?, note = ? WHERE id = ?"), error);
    return q.isValid() && q.bind(1, day).bind(2, text.trimmed()).bind(3, id).run(error);
}

bool AnnotationStore::remove(qint64 id, QString* error)
{
    if (!exists(id, error))
        return false;
    Statement q = m_db.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"), error);
    return q.isValid() && q.bind(1, id).run(error);
}

} // namespace ul
