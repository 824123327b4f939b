// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

#include <QHash>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

namespace ul {

/// Sub-accounts rolled up to the accounts that own them (`--customer-key ATTRIBUTE`, "Count
/// customers by"): each customer whose latest value of the attribute is set counts as the
/// customer named by that value; the others stay themselves. An owner that is not a customer of
/// the workspace gets a number of its own above every stored one, so owners never collide with
/// stored ids. Built once per report; plain data after that.
class CustomerRollup {
public:
    /// False with *error naming the attribute (and those there are) when no customer has it.
    static std::optional<CustomerRollup> load(Connection& db, const QString& attribute, QString* error);

    QString attribute() const { return m_attribute; }
    /// The customer a stored customer counts as.
    quint32 ownerOf(quint32 customer) const
    {
        const auto it = m_owner.find(customer);
        return it == m_owner.end() ? customer : it->second;
    }
    /// The stored customers an owner stands for (itself included when it is stored).
    std::vector<quint32> membersOf(quint32 owner) const;
    /// Owners that are not stored customers: number -> external id.
    const QHash<qint64, QString>& ownerNames() const { return m_virtualNames; }
    /// The owner called `externalId` (stored or not); nullopt when nobody has that name.
    std::optional<quint32> ownerByName(const QString& externalId) const;
    size_t rolledUp() const { return m_owner.size(); }

private:
    QString m_attribute;
    std::unordered_map<quint32, quint32> m_owner; ///< only customers that count as another
    std::unordered_map<quint32, std::vector<quint32>> m_members;
    QHash<qint64, QString> m_virtualNames;
    QHash<QString, quint32> m_byName; ///< every owner's external id
};

} // namespace ul
