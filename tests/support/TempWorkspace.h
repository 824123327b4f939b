// SPDX-License-Identifier: MIT
#pragma once

#include "db/Workspace.h"

#include <QString>
#include <QTemporaryDir>

namespace ul::test {

/// A workspace in a fresh temporary folder, removed with the fixture.
class TempWorkspace {
public:
    TempWorkspace();
    QString path() const { return m_dir.filePath(QStringLiteral("test.usagelens")); }
    /// Writes `content` to a file in the temporary folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    QString dir() const { return m_dir.path(); }
    /// Opens (creating) the workspace; fails the calling test through QVERIFY on error.
    bool open(Workspace& ws) const;
    /// A SHA-256 of the workspace's logical content (all tables), to prove "unchanged".
    static QString contentDigest(Workspace& ws);

private:
    QTemporaryDir m_dir;
};

/// Directory of ../shared/data or an empty string when absent (tests then skip).
QString sharedDataDir();
/// Path of a file in tests/data.
QString testDataFile(const QString& name);

} // namespace ul::test
