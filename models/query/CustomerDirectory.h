// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"
#include "query/CustomerRollup.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ul {

/// The customers' external ids and creation days, read from the workspace once per report and
/// shared by the views of a batch (a tab's ranking, new-customer ranking, KPIs and Pareto all
/// need them). A few names are looked up one by one; many at once load them all in one scan.
/// Same thread rules as the connection.
class CustomerDirectory {
public:
    explicit CustomerDirectory(Connection& db)
        : m_db(db)
    {}

    /// External ids of `ids`.
    QHash<qint64, QString> names(const std::vector<qint64>& ids);
    /// External id of every customer of the workspace (internal id -> text).
    const QHash<qint64, QString>& allNames();
    /// Account creation day per customer of a dataset (see customerCreatedDays()).
    const std::unordered_map<qint64, Day>& createdDays(qint64 datasetId);
    /// Sub-accounts rolled up (or nullptr): owners that are no stored customer get their names,
    /// and an owner was created when its first sub-account was. Drops what was loaded.
    void setRollup(const CustomerRollup* rollup)
    {
        m_rollup = rollup;
        m_allNames.reset();
        m_created.clear();
    }

private:
    const CustomerRollup* m_rollup = nullptr;
    Connection& m_db;
    std::optional<QHash<qint64, QString>> m_allNames;
    std::map<qint64, std::unordered_map<qint64, Day>> m_created;
};

} // namespace ul
