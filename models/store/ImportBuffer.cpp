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

bool ImportBuffer::add(int slot, Day month, const BufferedValue& value, QString* error)
{
    Partition& p = m_partitions[Key{slot, month}];
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
    m_partitions.erase(it);
    return true;
}

} // namespace ul
