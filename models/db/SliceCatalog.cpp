// SPDX-License-Identifier: MIT
#include "db/SliceCatalog.h"

#include <algorithm>
#include <numeric>

namespace ul {

namespace {

constexpr char kSeparator = '\x1f';

} // namespace

bool SliceCatalog::begin(qint64 datasetId, const std::vector<std::pair<QString, QString>>& dimensions,
                         QStringList* earlierWithout, bool* earlierUnsliced, QString* error)
{
    m_datasetId = datasetId;
    Statement imports = m_db.prepare(QStringLiteral("SELECT count(*) FROM imports WHERE dataset_id = ?"), error);
    Statement find = m_db.prepare(QStringLiteral("SELECT id FROM dimensions WHERE dataset_id = ? AND key = ?"), error);
    Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO dimensions(dataset_id, key, display_name) VALUES(?, ?, ?)"), error);
    if (!imports.isValid() || !find.isValid() || !insert.isValid())
        return false;
    imports.bind(1, datasetId);
    if (!imports.step(error))
        return false;
    const bool hasEarlier = imports.columnInt(0) > 1; // this import's row is already there
    imports.reset();
    Statement before = m_db.prepare(QStringLiteral("SELECT count(*) FROM dimensions WHERE dataset_id = ?"), error);
    if (!before.isValid())
        return false;
    before.bind(1, datasetId);
    if (!before.step(error))
        return false;
    const qint64 earlierDimensions = before.columnInt(0);
    before.reset();
    *earlierUnsliced = hasEarlier && earlierDimensions == 0;
    for (const auto& [key, name] : dimensions) {
        find.bind(1, datasetId).bind(2, key);
        if (find.step(error)) {
            m_dimensionIds.push_back(find.columnInt(0));
        } else {
            if (find.failed())
                return false;
            insert.bind(1, datasetId).bind(2, key).bind(3, name);
            if (!insert.run(error))
                return false;
            m_dimensionIds.push_back(m_db.lastInsertId());
            if (hasEarlier)
                *earlierWithout << name;
        }
        find.reset();
        m_dimensionNames << name;
    }
    m_active = earlierDimensions > 0 || !dimensions.empty();
    Statement slices = m_db.prepare(QStringLiteral("SELECT id, label FROM slices WHERE dataset_id = ?"), error);
    if (!slices.isValid())
        return false;
    slices.bind(1, datasetId);
    while (slices.step(error))
        m_existing.emplace(slices.columnText(1).toStdString(), slices.columnInt(0));
    return !slices.failed();
}

bool SliceCatalog::sliceOf(const std::vector<std::string_view>& values, int* dense, QString* error)
{
    m_key.clear();
    for (std::string_view v : values) {
        m_key.append(v);
        m_key.push_back(kSeparator);
    }
    if (const auto it = m_dense.find(m_key); it != m_dense.end()) {
        *dense = it->second;
        return true;
    }
    // The label is canonical across imports: dimensions by id, blanks left out.
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return m_dimensionIds[a] < m_dimensionIds[b]; });
    std::string label;
    for (size_t i : order) {
        if (values[i].empty())
            continue;
        if (!label.empty())
            label.push_back(kSeparator);
        label += std::to_string(m_dimensionIds[i]);
        label.push_back('=');
        label.append(values[i]);
    }
    qint64 id = 0;
    if (const auto it = m_existing.find(label); it != m_existing.end()) {
        id = it->second;
    } else {
        if (m_existing.size() >= size_t(kMaxSlices)) {
            *error = QStringLiteral("the per-row columns %1 hold more than %2 combinations of values; keep fewer "
                                    "per row (--map attribute=COLUMN keeps a column per customer only)")
                         .arg(m_dimensionNames.join(QStringLiteral(", ")))
                         .arg(kMaxSlices);
            return false;
        }
        if (!createSlice(label, values, &id, error))
            return false;
        m_existing.emplace(label, id);
    }
    *dense = int(m_ids.size());
    m_ids.push_back(id);
    m_dense.emplace(m_key, *dense);
    return true;
}

bool SliceCatalog::createSlice(const std::string& label, const std::vector<std::string_view>& values, qint64* id,
                               QString* error)
{
    Statement insert = m_db.prepare(QStringLiteral("INSERT INTO slices(dataset_id, label) VALUES(?, ?)"), error);
    Statement value = m_db.prepare(
        QStringLiteral("INSERT INTO slice_values(slice_id, dimension_id, value) VALUES(?, ?, ?)"), error);
    if (!insert.isValid() || !value.isValid())
        return false;
    insert.bind(1, m_datasetId).bindText(2, label);
    if (!insert.run(error))
        return false;
    *id = m_db.lastInsertId();
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i].empty())
            continue;
        value.bind(1, *id).bind(2, m_dimensionIds[i]).bindText(3, values[i]);
        if (!value.run(error))
            return false;
    }
    return true;
}

bool SliceCatalog::slicedMetric(Connection& db, qint64 parentId, qint64 sliceId, qint64* id, QString* error)
{
    Statement find = db.prepare(QStringLiteral("SELECT id FROM metrics WHERE parent_id = ? AND slice_id = ?"), error);
    if (!find.isValid())
        return false;
    find.bind(1, parentId).bind(2, sliceId);
    if (find.step(error)) {
        *id = find.columnInt(0);
        return true;
    }
    if (find.failed())
        return false;
    // The key only has to be unique: metric keys never hold '@'.
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO metrics(dataset_id, key, display_name, scale, kind, parent_id, slice_id) "
                       "SELECT dataset_id, key || '@' || CAST(?2 AS TEXT), display_name, scale, kind, id, "
                       "CAST(?2 AS BIGINT) FROM metrics "
                       "WHERE id = ?1"),
        error);
    if (!insert.isValid())
        return false;
    insert.bind(1, parentId).bind(2, sliceId);
    if (!insert.run(error))
        return false;
    *id = db.lastInsertId();
    return true;
}

} // namespace ul
