// SPDX-License-Identifier: MIT
#include "query/CustomerRollup.h"

#include "import/MetricKey.h"

#include <QStringList>

namespace ul {

std::optional<CustomerRollup> CustomerRollup::load(Connection& db, const QString& attribute, QString* error)
{
    // The attribute by its header, its key or its header in any case.
    Statement names = db.prepare(QStringLiteral("SELECT DISTINCT name FROM attributes ORDER BY name"), error);
    QStringList known;
    while (names.isValid() && names.step(error))
        known << names.columnText(0);
    QString name = known.contains(attribute) ? attribute : QString();
    for (const QString& k : known)
        if (name.isEmpty() && (metricKeyFromHeader(k) == attribute || k.compare(attribute, Qt::CaseInsensitive) == 0))
            name = k;
    CustomerRollup r;
    r.m_attribute = attribute;
    // The newest import's value per customer; blank values leave the customer as it is.
    Statement values = db.prepare(
        QStringLiteral("SELECT a.customer_id, a.value FROM attributes a WHERE a.name = ?1 AND a.import_id = "
                       "(SELECT MAX(b.import_id) FROM attributes b WHERE b.customer_id = a.customer_id AND "
                       "b.name = ?1) AND a.value <> '' ORDER BY a.customer_id"),
        error);
    Statement ids = db.prepare(QStringLiteral("SELECT id, external_id FROM customers"), error);
    Statement maxId = db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM customers"), error);
    if (!values.isValid() || !ids.isValid() || !maxId.isValid())
        return std::nullopt;
    std::vector<std::pair<quint32, QString>> pairs;
    values.bind(1, name);
    while (values.step(error))
        pairs.emplace_back(quint32(values.columnInt(0)), values.columnText(1));
    if (values.failed())
        return std::nullopt;
    if (pairs.empty()) {
        *error = QStringLiteral("--customer-key %1: no customer has the attribute '%1' (attributes: %2)")
                     .arg(attribute, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QHash<QString, quint32> stored;
    while (ids.step(error))
        stored.insert(ids.columnText(1), quint32(ids.columnInt(0)));
    if (ids.failed() || !maxId.step(error))
        return std::nullopt;
    quint32 next = quint32(maxId.columnInt(0)) + 1;
    for (const auto& [customer, ownerName] : pairs) {
        quint32 owner = 0;
        if (const auto known = r.m_byName.constFind(ownerName); known != r.m_byName.constEnd()) {
            owner = *known;
        } else if (const auto s = stored.constFind(ownerName); s != stored.constEnd()) {
            owner = *s;
        } else {
            owner = next++;
            r.m_virtualNames.insert(owner, ownerName);
        }
        r.m_byName.insert(ownerName, owner);
        if (owner == customer)
            continue;
        r.m_owner.emplace(customer, owner);
    }
    // An owner that is itself a sub-account of another is not followed further: one level.
    for (const auto& [customer, owner] : r.m_owner)
        r.m_members[owner].push_back(customer);
    return r;
}

std::vector<quint32> CustomerRollup::membersOf(quint32 owner) const
{
    std::vector<quint32> out;
    if (!m_virtualNames.contains(owner) && !m_owner.count(owner))
        out.push_back(owner);
    if (const auto it = m_members.find(owner); it != m_members.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::optional<quint32> CustomerRollup::ownerByName(const QString& externalId) const
{
    if (const auto it = m_byName.constFind(externalId); it != m_byName.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace ul
