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
    if (!m_allNames && ids.size() <= kScanThreshold && !ids.empty()) {
        QHash<qint64, QString> out = customerNames(m_db, ids);
        if (m_rollup)
            for (const qint64 id : ids)
                if (const auto it = m_rollup->ownerNames().constFind(id); it != m_rollup->ownerNames().constEnd())
                    out.insert(id, *it);
        return out;
    }
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
    if (!m_allNames) {
        m_allNames = customerNames(m_db);
        if (m_rollup)
            m_allNames->insert(m_rollup->ownerNames());
    }
    return *m_allNames;
}

const std::unordered_map<qint64, Day>& CustomerDirectory::createdDays(qint64 datasetId)
{
    auto it = m_created.find(datasetId);
    if (it == m_created.end()) {
        std::unordered_map<qint64, Day> days = customerCreatedDays(m_db, datasetId);
        if (m_rollup) {
            std::unordered_map<qint64, Day> owners;
            for (const auto& [customer, day] : days) {
                const qint64 owner = m_rollup->ownerOf(quint32(customer));
                const auto [slot, fresh] = owners.try_emplace(owner, day);
                if (!fresh)
                    slot->second = std::min(slot->second, day);
            }
            days = std::move(owners);
        }
        it = m_created.emplace(datasetId, std::move(days)).first;
    }
    return it->second;
}

} // namespace ul
