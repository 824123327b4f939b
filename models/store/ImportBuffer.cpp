// SPDX-License-Identifier: MIT
#include "store/ImportBuffer.h"

#include <QDir>

namespace ul {

ImportBuffer::ImportBuffer(size_t memoryBudget)
    : m_budgetBlocks(std::max<size_t>(4, memoryBudget / sizeof(Block)))
{}

ImportBuffer::~ImportBuffer() = default;

std::unique_ptr<ImportBuffer::Block> ImportBuffer::newBlock()
{
    ++m_blocksInUse;
    if (!m_free.empty()) {
        auto b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    return std::make_unique<Block>();
}

ImportBuffer::Partition& ImportBuffer::partition(int slot, Day month, int monthNumber)
{
    if (size_t(slot) >= m_index.size())
        m_index.resize(size_t(slot) + 1);
    SlotIndex& index = m_index[size_t(slot)];
    if (index.byMonth.empty()) {
        index.base = monthNumber;
    } else if (monthNumber < index.base) {
        index.byMonth.insert(index.byMonth.begin(), size_t(index.base - monthNumber), nullptr);
        index.base = monthNumber;
    }
    const size_t at = size_t(monthNumber - index.base);
    if (at >= index.byMonth.size())
        index.byMonth.resize(at + 1, nullptr);
    if (!index.byMonth[at])
        index.byMonth[at] = &m_partitions[Key{slot, month}]; // std::map nodes never move
    return *index.byMonth[at];
}

bool ImportBuffer::add(int slot, Day month, int monthNumber, const BufferedValue& value, QString* error)
{
    Partition& p = partition(slot, month, monthNumber);
    if (p.blocks.empty() || p.used == kBlockValues) {
        if (m_blocksInUse >= m_budgetBlocks && !spill(error))
            return false;
        p.blocks.push_back(newBlock());
        p.used = 0;
    }
    p.blocks.back()->values[p.used++] = value;
    ++m_count;
    return true;
}

bool ImportBuffer::spill(QString* error)
{
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/usagelens-import-XXXXXX"));
        if (!m_file->open()) {
            *error =
                QStringLiteral("cannot create a temporary file in %1: %2").arg(QDir::tempPath(), m_file->errorString());
            return false;
        }
    }
    if (!m_file->seek(m_file->size())) {
        *error =
            QStringLiteral("cannot write the temporary file %1: %2").arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    for (auto& [key, p] : m_partitions) {
        for (size_t b = 0; b < p.blocks.size(); ++b) {
            const qint64 count = qint64(b + 1 == p.blocks.size() ? p.used : kBlockValues);
            if (count == 0)
                continue;
            const qint64 bytes = count * qint64(sizeof(BufferedValue));
            const qint64 offset = m_file->pos();
            if (m_file->write(reinterpret_cast<const char*>(p.blocks[b]->values), bytes) != bytes) {
                *error = QStringLiteral("cannot write the temporary file %1 (disk full?): %2")
                             .arg(m_file->fileName(), m_file->errorString());
                return false;
            }
            p.spilled.push_back({offset, count});
            m_spilled += bytes;
        }
        for (auto& block : p.blocks)
            m_free.push_back(std::move(block));
        p.blocks.clear();
        p.used = 0;
    }
    m_blocksInUse = 0;
    // Keep a few blocks for reuse; give the rest back.
    if (m_free.size() > m_budgetBlocks)
        m_free.resize(m_budgetBlocks);
    return true;
}

std::vector<ImportBuffer::Key> ImportBuffer::keys() const
{
    std::vector<Key> out;
    for (const auto& [key, p] : m_partitions)
        out.push_back(key);
    return out;
}

bool ImportBuffer::take(const Key& key, std::vector<BufferedValue>* out, QString* error)
{
    out->clear();
    auto it = m_partitions.find(key);
    if (it == m_partitions.end())
        return true;
    Partition& p = it->second;
    qint64 total = 0;
    for (const Segment& s : p.spilled)
        total += s.count;
    total += qint64(p.blocks.empty() ? 0 : (p.blocks.size() - 1) * kBlockValues + p.used);
    out->resize(size_t(total));
    size_t at = 0;
    if (!p.spilled.empty()) {
        m_file->flush();
        for (const Segment& s : p.spilled) {
            const qint64 bytes = s.count * qint64(sizeof(BufferedValue));
            if (!m_file->seek(s.offset) || m_file->read(reinterpret_cast<char*>(out->data() + at), bytes) != bytes) {
                *error = QStringLiteral("cannot read back the temporary file %1: %2")
                             .arg(m_file->fileName(), m_file->errorString());
                return false;
            }
            at += size_t(s.count);
        }
    }
    for (size_t b = 0; b < p.blocks.size(); ++b) {
        const size_t count = b + 1 == p.blocks.size() ? p.used : kBlockValues;
        std::copy(p.blocks[b]->values, p.blocks[b]->values + count, out->data() + at);
        at += count;
        m_free.push_back(std::move(p.blocks[b]));
        --m_blocksInUse;
    }
    // The partition stays (empty) so the month index above keeps pointing at live nodes.
    return true;
}

} // namespace ul

namespace ul {

void sortByCustomerAndDay(std::vector<BufferedValue>& values)
{
    const auto key = [](const BufferedValue& v) { return (quint64(v.customer) << 5) | v.dayOfMonth; };
    quint64 maxKey = 0;
    for (const BufferedValue& v : values)
        maxKey = std::max(maxKey, key(v));
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    std::vector<BufferedValue> scratch(values.size());
    std::vector<size_t> counts(kBuckets);
    BufferedValue* from = values.data();
    BufferedValue* to = scratch.data();
    int passes = 0;
    for (int shift = 0; shift < 64 && (maxKey >> shift) != 0; shift += kBits, ++passes) {
        std::fill(counts.begin(), counts.end(), 0);
        for (size_t i = 0; i < values.size(); ++i)
            ++counts[(key(from[i]) >> shift) & (kBuckets - 1)];
        size_t sum = 0;
        for (size_t& c : counts) {
            const size_t n = c;
            c = sum;
            sum += n;
        }
        for (size_t i = 0; i < values.size(); ++i)
            to[counts[(key(from[i]) >> shift) & (kBuckets - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (passes % 2 == 1)
        values.swap(scratch); // the sorted run ended in the scratch buffer
}

} // namespace ul
