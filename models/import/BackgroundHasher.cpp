// SPDX-License-Identifier: MIT
#include "import/BackgroundHasher.h"

namespace ul {

namespace {
constexpr size_t kMaxQueued = 8; // chunks waiting: 8 MiB at most
}

BackgroundHasher::BackgroundHasher()
    : m_thread([this] { run(); })
{}

BackgroundHasher::~BackgroundHasher()
{
    result();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundHasher::add(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    if (m_closing)
        return;
    // A parse faster than the hash waits here rather than queueing the whole file.
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
    m_queue.push_back(std::move(chunk));
    m_changed.notify_all();
}

QByteArray BackgroundHasher::result()
{
    std::unique_lock lock(m_mutex);
    m_closing = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_done; });
    return m_result;
}

void BackgroundHasher::run()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty()) {
                m_result = m_hash.result();
                m_done = true;
                m_changed.notify_all();
                return;
            }
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        m_hash.addData(chunk.constData(), size_t(chunk.size()));
    }
}

} // namespace ul
