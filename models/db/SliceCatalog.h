// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ul {

/// The dimensions (per-row text columns) and slices (combinations of their values) of the
/// dataset one import writes into, inside the import's transaction. Each row names its slice by
/// its dimension values; slices get a number dense in this import for the writers' look-ups.
/// Importing thread only.
class SliceCatalog {
public:
    explicit SliceCatalog(Connection& db)
        : m_db(db)
    {}

    /// Registers the import's dimension columns (key, display name; created on first use) and
    /// loads the dataset's slices. *earlierWithout lists dimensions new to a dataset that
    /// already has imports; *earlierUnsliced tells whether those imports were kept per row at
    /// all (else filters cannot see their rows; when they were, they are blank in the new ones).
    bool begin(qint64 datasetId, const std::vector<std::pair<QString, QString>>& dimensions,
               QStringList* earlierWithout, bool* earlierUnsliced, QString* error);
    /// Rows are written per slice when the dataset has dimensions (from this import or earlier).
    bool active() const { return m_active; }

    /// The slice of a row whose dimension values are `values` (begin()'s order; empty: blank),
    /// as a number dense in this import; created on first use. False past kMaxSlices.
    bool sliceOf(const std::vector<std::string_view>& values, int* dense, QString* error);
    qint64 sliceId(int dense) const { return m_ids[size_t(dense)]; }
    int sliceCount() const { return int(m_ids.size()); }

    /// The sliced copy of a metric for one slice (created on first use with the parent's kind).
    static bool slicedMetric(Connection& db, qint64 parentId, qint64 sliceId, qint64* id, QString* error);

    /// Slices a dataset may hold: each is a hidden copy of every metric, so combinations of many
    /// values would multiply the workspace.
    static constexpr int kMaxSlices = 10000;

private:
    bool createSlice(const std::string& label, const std::vector<std::string_view>& values, qint64* id, QString* error);

    Connection& m_db;
    qint64 m_datasetId = 0;
    bool m_active = false;
    std::vector<qint64> m_dimensionIds; ///< per import dimension, in begin()'s order
    QStringList m_dimensionNames;
    std::unordered_map<std::string, qint64> m_existing; ///< label -> slice id, the dataset's
    std::unordered_map<std::string, int> m_dense;       ///< joined values -> dense number
    std::vector<qint64> m_ids;                          ///< dense number -> slice id
    std::string m_key;                                  ///< scratch
};

} // namespace ul
