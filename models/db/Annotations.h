// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// A note on a date of a dataset ("pricing change", "outage"): every time chart of the dataset
/// marks it, and so do the slides and the PDF, which draw those charts.
struct Annotation {
    qint64 id = 0;
    QString dataset;
    Day day = 0;
    QString text;

    bool operator==(const Annotation&) const = default;
};

/// Reads and writes a workspace's notes (table annotations, format 6). A read-only workspace of
/// an older format simply has none. Notes longer than kMaxLength characters are refused: a
/// marker is a label on a chart, not a document.
class AnnotationStore {
public:
    static constexpr int kMaxLength = 200;

    explicit AnnotationStore(Connection& db)
        : m_db(db)
    {}
    /// The notes of `dataset` (every dataset's when empty), by day, then id.
    bool list(const QString& dataset, std::vector<Annotation>* out, QString* error);
    /// Adds a note to an existing dataset; *id receives its number.
    bool add(const QString& dataset, Day day, const QString& text, qint64* id, QString* error);
    /// Moves or rewrites note `id`.
    bool update(qint64 id, Day day, const QString& text, QString* error);
    bool remove(qint64 id, QString* error);

private:
    std::optional<qint64> datasetId(const QString& dataset, QString* error);
    bool hasTable(bool* exists, QString* error);
    static bool checkText(const QString& text, QString* error);
    bool exists(qint64 id, QString* error);

    Connection& m_db;
};

} // namespace ul
