// SPDX-License-Identifier: MIT
#include "db/ThreadWorkspace.h"

#include "db/pg/PgConnection.h"

#include <QDateTime>
#include <QFileInfo>

#include <memory>
#include <mutex>

namespace ul {

namespace {

/// The pinned snapshot: the connection that holds it (and, for a file, serves every thread).
struct Pinned {
    std::mutex mutex;
    QString path;
    std::unique_ptr<Workspace> leader;
    QString serverSnapshot; ///< pg_export_snapshot() of the leader's transaction
    int generation = 0;     ///< a new pin invalidates the threads' joined connections
};

Pinned& pinned()
{
    static Pinned p;
    return p;
}

/// A new workspace object in the pinned snapshot (the caller holds p.mutex).
std::unique_ptr<Workspace> joinPinned(Pinned& p, QString* error)
{
    auto ws = std::make_unique<Workspace>();
    if (!p.leader->isServer()) {
        ws->shareConnectionOf(*p.leader);
        return ws;
    }
    if (!ws->open(p.path, Workspace::OpenMode::ReadOnly, error)
        || !static_cast<PgConnection&>(ws->db()).joinSnapshot(p.serverSnapshot, error))
        return nullptr;
    return ws;
}

/// The calling thread's workspace inside the pinned snapshot, or nullptr when none is pinned
/// for `path` (*handled false) or it cannot be joined (*error set).
Workspace* pinnedWorkspace(const QString& path, QString* error, bool* handled)
{
    thread_local std::unique_ptr<Workspace> joined;
    thread_local int joinedGeneration = -1;
    Pinned& p = pinned();
    const std::lock_guard lock(p.mutex);
    *handled = p.leader && p.path == path;
    if (!*handled)
        return nullptr;
    if (joined && joinedGeneration == p.generation && joined->isOpen())
        return joined.get();
    joined = joinPinned(p, error);
    joinedGeneration = p.generation;
    return joined.get();
}

} // namespace

Workspace* threadWorkspace(const QString& path, QString* error)
{
    bool handled = false;
    if (Workspace* ws = pinnedWorkspace(path, error, &handled); handled)
        return ws;
    thread_local std::unique_ptr<Workspace> workspace;
    thread_local QString openPath;
    thread_local QDateTime openBirth;
    // A server workspace is kept while its connection is sound; a file deleted and created again
    // under the same name (a new workspace) is a new file.
    const bool server = Workspace::isServerLocation(path);
    const QFileInfo info(server ? QString() : path);
    const QDateTime birth = server                       ? QDateTime()
                            : info.birthTime().isValid() ? info.birthTime()
                                                         : info.metadataChangeTime();
    if (workspace && workspace->isOpen() && openPath == path && (server || (info.exists() && birth == openBirth)))
        return workspace.get();
    workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, Workspace::OpenMode::ExistingOnly, error)) {
        workspace.reset();
        return nullptr;
    }
    openPath = path;
    openBirth = birth;
    return workspace.get();
}

bool pinReadSnapshot(const QString& path, QString* error)
{
    unpinReadSnapshot();
    auto leader = std::make_unique<Workspace>();
    leader->setSharedAcrossThreads(!Workspace::isServerLocation(path));
    if (!leader->open(path, Workspace::OpenMode::ReadOnly, error) || !leader->db().beginRead(error))
        return false;
    QString snapshot;
    if (leader->isServer() && !static_cast<PgConnection&>(leader->db()).exportSnapshot(&snapshot, error))
        return false;
    Pinned& p = pinned();
    const std::lock_guard lock(p.mutex);
    p.path = path;
    p.leader = std::move(leader);
    p.serverSnapshot = snapshot;
    ++p.generation;
    return true;
}

std::unique_ptr<Workspace> openPinnedWorkspace(const QString& path, QString* error, bool* isPinned)
{
    Pinned& p = pinned();
    const std::lock_guard lock(p.mutex);
    *isPinned = p.leader && p.path == path;
    return *isPinned ? joinPinned(p, error) : nullptr;
}

void unpinReadSnapshot()
{
    Pinned& p = pinned();
    const std::lock_guard lock(p.mutex);
    if (p.leader)
        p.leader->db().endRead();
    p.leader.reset();
    p.path.clear();
    p.serverSnapshot.clear();
}

} // namespace ul
