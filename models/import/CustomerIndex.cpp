// SPDX-License-Identifier: MIT
#include "import/CustomerIndex.h"

#include <cstring>

namespace ul {

CustomerIndex::CustomerIndex()
    : m_slots(1024)
{}

quint64 CustomerIndex::hashOf(std::string_view s)
{
    // FNV-1a, then a final mix so the low bits (the slot) depend on every byte.
    quint64 h = 1469598103934665603ULL;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

bool CustomerIndex::matches(const Slot& s, std::string_view id) const
{
    if (s.length != 255)
        return s.length == id.size() && std::memcmp(s.key, id.data(), id.size()) == 0;
    quint64 index;
    std::memcpy(&index, s.key, sizeof index);
    const LongKey& k = m_longKeys[index];
    return k.length == id.size() && std::memcmp(m_arena.data() + k.offset, id.data(), id.size()) == 0;
}

size_t CustomerIndex::probe(std::string_view id, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (!s.used || (s.hash == hash && matches(s, id)))
            return i;
    }
}

ImportedCustomer* CustomerIndex::find(std::string_view id, quint64 hash, quint32* dense)
{
    Slot& s = m_slots[probe(id, quint32(hash))];
    if (!s.used)
        return nullptr;
    *dense = s.dense;
    return &s.payload;
}

std::vector<ImportedCustomer> CustomerIndex::payloads() const
{
    std::vector<ImportedCustomer> out(m_count);
    for (const Slot& s : m_slots)
        if (s.used)
            out[s.dense] = s.payload;
    return out;
}

ImportedCustomer* CustomerIndex::add(std::string_view id, quint64 fullHash, quint32* dense)
{
    if ((m_count + 1) * 10 > m_slots.size() * 7)
        grow();
    const quint32 hash = quint32(fullHash);
    Slot& s = m_slots[probe(id, hash)];
    s.used = 1;
    s.hash = hash;
    s.dense = quint32(m_count++);
    if (id.size() <= kInline) {
        s.length = quint8(id.size());
        std::memcpy(s.key, id.data(), id.size());
    } else {
        s.length = 255;
        const quint64 index = m_longKeys.size();
        m_longKeys.push_back({m_arena.size(), id.size()});
        m_arena.append(id);
        std::memcpy(s.key, &index, sizeof index);
    }
    *dense = s.dense;
    return &s.payload;
}

void CustomerIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.size() * 2, Slot{});
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (!s.used)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace ul
