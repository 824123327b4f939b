// SPDX-License-Identifier: MIT
#pragma once

#include "import/Sha256.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace ul {

/// SHA-256 of a stream of chunks on a thread of its own, so hashing an import's file (as slow as
/// parsing it) runs beside the parse instead of before it. Chunks are hashed in the order added;
/// at most a few are queued, so memory stays bounded. add() and result() from one thread.
class BackgroundHasher {
public:
    BackgroundHasher();
    ~BackgroundHasher();
    BackgroundHasher(const BackgroundHasher&) = delete;
    BackgroundHasher& operator=(const BackgroundHasher&) = delete;

    void add(QByteArray chunk);
    /// Waits for the queued chunks, then returns the digest (further add() calls are ignored).
    QByteArray result();

private:
    void run();

    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_closing = false;
    bool m_done = false;
    QByteArray m_result;
    std::thread m_thread;
};

} // namespace ul
