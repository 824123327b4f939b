// SPDX-License-Identifier: MIT
#include "db/ThreadWorkspace.h"

#include <QFileInfo>

#include <memory>

namespace ul {

Workspace* threadWorkspace(const QString& path, QString* error)
{
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

} // namespace ul
