// SPDX-License-Identifier: MIT
#include "ServerConnectDialog.h"

#include "db/pg/ServerLocation.h"

#include "db/pg/PgConnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

ServerConnectDialog::ServerConnectDialog(const QString& location, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A workspace on a PostgreSQL server, shared by a team: everyone who connects to the "
                                "same schema sees the same imports. Passwords come from ~/.pgpass or a service file, "
                                "or are asked for; UsageLens never stores one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    // The schema has a field of its own: take `schema=` out of the URI shown.
    m_uri = new QLineEdit(withoutSchema(location), this);
    m_uri->setPlaceholderText(QStringLiteral("postgresql://analyst@db.example.com/usage?sslmode=verify-full"));
    m_uri->setMinimumWidth(460);
    m_schema = new QLineEdit(schemaOf(location), this);
    m_schema->setPlaceholderText(tr("the server's default (search_path)"));
    form->addRow(tr("Server:"), m_uri);
    form->addRow(tr("Schema:"), m_schema);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #DC2626;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ServerConnectDialog::location() const
{
    QString uri = m_uri->text().trimmed();
    const QString schema = m_schema->text().trimmed();
    if (schema.isEmpty())
        return uri;
    return withSchema(uri, schema);
}

void ServerConnectDialog::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool ServerConnectDialog::needsPassword(const QString& error)
{
    return error.contains(QLatin1String("no password supplied"))
           || error.contains(QLatin1String("password authentication failed"));
}

bool ServerConnectDialog::askPassword(QWidget* parent, const QString& location)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Password"),
                                                   tr("Password for %1:").arg(location.section(QLatin1Char('?'), 0, 0)),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    PgConnection::rememberPassword(location, password); // in memory, for this server only
    return true;
}

} // namespace ul
