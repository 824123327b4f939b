// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace ul {

/// Numbers customers 0, 1, 2... in order of first sight, for per-customer arrays. Customer ids
/// are the customers table's rowids, small and dense, so a plain array indexes them; a hash
/// map takes the rare large ones.
class CustomerSlots {
public:
    static constexpr quint32 kNone = ~quint32(0);
    /// The customer's slot, made on first sight; *fresh tells which.
    quint32 slot(quint32 customer, bool* fresh)
    {
        quint32* s = nullptr;
        if (customer < kDenseLimit) {
            if (customer >= m_dense.size())
                m_dense.resize(std::max<size_t>(size_t(customer) + 1, m_dense.size() * 2), kNone);
            s = &m_dense[customer];
        } else {
            s = &m_sparse.try_emplace(customer, kNone).first->second;
        }
        *fresh = *s == kNone;
        if (*fresh) {
            *s = quint32(m_customers.size());
            m_customers.push_back(customer);
        }
        return *s;
    }
    /// The slot of a customer seen before, or kNone.
    quint32 find(quint32 customer) const
    {
        if (customer < kDenseLimit)
            return customer < m_dense.size() ? m_dense[customer] : kNone;
        const auto it = m_sparse.find(customer);
        return it == m_sparse.end() ? kNone : it->second;
    }
    size_t size() const { return m_customers.size(); }
    /// The customer of each slot.
    const std::vector<quint32>& customers() const { return m_customers; }

private:
    static constexpr quint32 kDenseLimit = 1u << 24;
    std::vector<quint32> m_dense;
    std::unordered_map<quint32, quint32> m_sparse;
    std::vector<quint32> m_customers;
};

} // namespace ul
