// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ul {

/// File > Connect to server…: a workspace on a PostgreSQL server, as a libpq URI and a schema.
/// No password is kept: libpq reads ~/.pgpass or a service file, and when the server asks for
/// one the window prompts for it (askPassword) and keeps it in memory for this session only.
class ServerConnectDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ServerConnectDialog(const QString& location, QWidget* parent = nullptr);
    /// The workspace's location: the URI with `schema=` when a schema was named.
    QString location() const;
    void setError(const QString& error);

    /// True when a failed connection was refused for want of a password.
    static bool needsPassword(const QString& error);
    /// Asks for the password of `location` (hidden input); it is kept in memory for that server
    /// only (PgConnection::rememberPassword), never written anywhere. False when cancelled.
    static bool askPassword(QWidget* parent, const QString& location);

private:
    QLineEdit* m_uri;
    QLineEdit* m_schema;
    QLabel* m_error;
};

} // namespace ul
