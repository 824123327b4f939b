// SPDX-License-Identifier: MIT
#include "query/CustomerDirectory.h"

#include "query/DatasetCatalog.h"

namespace ul {

namespace {
/// Above this many ids one scan of the customers table beats a look-up per id.
constexpr size_t kScanThreshold = 256;
} // namespace

QHash<qint64, QString> CustomerDirectory::names(const std::vector<qint64>& ids)
{
    if (!m_allNames && ids.size() <= kScanThreshold && !ids.empty())
        return customerNames(m_db, ids);
    const QHash<qint64, QString>& all = allNames();
    QHash<qint64, QString> out;
    out.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        if (const auto it = all.constFind(id); it != all.constEnd())
            out.insert(id, *it);
    return out;
}

const QHash<qint64, QString>& CustomerDirectory::allNames()
{
    if (!m_allNames)
        m_allNames = customerNames(m_db);
    return *m_allNames;
}

const std::unordered_map<qint64, Day>& CustomerDirectory::createdDays(qint64 datasetId)
{
    auto it = m_created.find(datasetId);
    if (it == m_created.end())
        it = m_created.emplace(datasetId, customerCreatedDays(m_db, datasetId)).first;
    return it->second;
}

} // namespace ul
