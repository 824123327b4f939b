// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace ul {

class Workspace;

/// Hears of changes other sessions make to a server workspace (imports, forgotten imports:
/// PgConnection::announceChange, delivered by LISTEN/NOTIFY when they commit) on a connection of
/// its own, without polling: a socket notifier wakes it. Changes this process made are not
/// reported. Lives on the GUI thread.
class PgChangeListener : public QObject {
    Q_OBJECT
public:
    explicit PgChangeListener(QObject* parent = nullptr);
    ~PgChangeListener() override;
    /// Starts listening to the workspace at `location` (a postgresql:// URI).
    bool listen(const QString& location, QString* error);

signals:
    /// `what`: "import:DATASET" or "forget-import:ID".
    void changed(const QString& what);

private:
    void readNotifications();

    std::unique_ptr<Workspace> m_ws;
    QString m_schema;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ul
