// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QtGlobal>

#include <limits>

#include <string>
#include <string_view>
#include <vector>

namespace ul {

/// What an import keeps per customer while it reads rows.
struct ImportedCustomer {
    quint32 workspaceId = 0;
    Day firstDay = kNoDay; ///< first and last day of a row, creation day (kNoDay: none yet)
    Day lastDay = kNoDay;
    Day createdDay = kNoDay;
    static constexpr Day kNoDay = std::numeric_limits<Day>::min();
};

/// A row's customer while an import writes it: its payload and its number in the import.
struct ImportCustomerRef {
    ImportedCustomer* data = nullptr;
    quint32 dense = 0; ///< its number in this import
};

/// The customers an import has met so far: external id -> a dense number (0, 1, 2, ... in order
/// of first appearance) and the customer's ImportedCustomer. Open addressing over one flat array
/// of 64-byte slots that hold short ids and the payload inline, so the per-row look-up and
/// update touch one cache line (a node-based map and side tables touch four); longer ids live
/// in a byte arena.
class CustomerIndex {
public:
    CustomerIndex();
    /// The payload of `id` (whose hashOf() is `hash`), or nullptr when it was not added yet;
    /// *dense receives its number.
    ImportedCustomer* find(std::string_view id, quint64 hash, quint32* dense);
    /// Adds `id` (not present yet) and returns its payload; *dense receives its number.
    ImportedCustomer* add(std::string_view id, quint64 hash, quint32* dense);
    /// Starts loading the slot `hash` files under, for a find() a few rows later: with tens of
    /// thousands of customers the table outgrows the cache and each look-up would wait for memory.
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[size_t(quint32(hash)) & (m_slots.size() - 1)]); }
    /// The hash the index files an id under (computed where the rows are parsed).
    static quint64 hashOf(std::string_view s);
    size_t size() const { return m_count; }
    /// Every customer's payload, by dense number.
    std::vector<ImportedCustomer> payloads() const;

private:
    static constexpr size_t kInline = 38;
    struct Slot {
        quint32 hash = 0;
        quint32 dense = 0;
        ImportedCustomer payload;
        quint8 used = 0;
        quint8 length = 0; ///< inline ids; 255: the id is in the arena
        char key[kInline] = {};
    };
    static_assert(sizeof(Slot) == 64);
    struct LongKey {
        quint64 offset;
        quint64 length;
    };
    bool matches(const Slot& s, std::string_view id) const;
    size_t probe(std::string_view id, quint32 hash) const;
    void grow();

    std::vector<Slot> m_slots;
    std::string m_arena;
    std::vector<LongKey> m_longKeys; ///< for slots with length 255: indexed by the first 8 key bytes
    size_t m_count = 0;
};

} // namespace ul
