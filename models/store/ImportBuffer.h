// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QTemporaryFile>

#include <map>
#include <memory>
#include <vector>

namespace ul {

/// One buffered metric value of an import (16 bytes).
struct BufferedValue {
    quint32 customer = 0; ///< workspace customer id
    quint8 dayOfMonth = 0;
    quint8 flags = 0; ///< kInexact: `value` holds double bits, else micro-units
    quint16 reserved = 0;
    qint64 value = 0;

    static constexpr quint8 kInexact = 1;
};

/// Collects an import's values partitioned by (metric slot, month), in any row order, with
/// memory bounded by `memoryBudget`: past it, the partitions are spilled to a temporary file
/// and read back one partition at a time when the import is written. So a file of any size
/// imports in flat memory, and each month is sorted on its own. Importing thread only.
class ImportBuffer {
public:
    explicit ImportBuffer(size_t memoryBudget = size_t(96) << 20);
    ~ImportBuffer();
    ImportBuffer(const ImportBuffer&) = delete;
    ImportBuffer& operator=(const ImportBuffer&) = delete;

    /// `month` is the month's first day, `monthNumber` its year * 12 + month - 1 (a dense index
    /// for the partition look-up). False when the temporary file cannot be written.
    bool add(int slot, Day month, int monthNumber, const BufferedValue& value, QString* error);
    qint64 size() const { return m_count; }
    qint64 spilledBytes() const { return m_spilled; }

    struct Key {
        int slot;
        Day month;
        bool operator<(const Key& o) const { return slot != o.slot ? slot < o.slot : month < o.month; }
    };
    /// The partitions in (slot, month) order.
    std::vector<Key> keys() const;
    /// Every value of one partition (spilled and in memory), in no particular order.
    bool take(const Key& key, std::vector<BufferedValue>* out, QString* error);

private:
    static constexpr size_t kBlockValues = 4096;
    struct Block {
        BufferedValue values[kBlockValues];
    };
    struct Segment {
        qint64 offset;
        qint64 count;
    };
    struct Partition {
        std::vector<std::unique_ptr<Block>> blocks;
        size_t used = 0; ///< values in the last block
        std::vector<Segment> spilled;
    };
    bool spill(QString* error);
    std::unique_ptr<Block> newBlock();
    Partition& partition(int slot, Day month, int monthNumber);
    /// Per slot, partitions by month number - base: the hot path avoids the ordered map.
    struct SlotIndex {
        int base = 0;
        std::vector<Partition*> byMonth;
    };

    size_t m_budgetBlocks;
    size_t m_blocksInUse = 0;
    std::map<Key, Partition> m_partitions;
    std::vector<SlotIndex> m_index;
    std::vector<std::unique_ptr<Block>> m_free;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_count = 0;
    qint64 m_spilled = 0;
};

} // namespace ul

namespace ul {

/// Sorts a partition by (customer, day of month) with a least-significant-digit radix sort:
/// linear in the values, which an import sorts by the millions.
void sortByCustomerAndDay(std::vector<BufferedValue>& values);

} // namespace ul
