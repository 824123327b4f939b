// SPDX-License-Identifier: MIT
#include "db/pg/PgChangeListener.h"

#include "db/Workspace.h"
#include "db/pg/PgConnection.h"

#include <libpq-fe.h>

#include <QSocketNotifier>

namespace ul {

PgChangeListener::PgChangeListener(QObject* parent)
    : QObject(parent)
{}

PgChangeListener::~PgChangeListener() = default;

bool PgChangeListener::listen(const QString& location, QString* error)
{
    auto ws = std::make_unique<Workspace>();
    if (!ws->open(location, Workspace::OpenMode::ReadOnly, error))
        return false;
    auto* db = dynamic_cast<PgConnection*>(&ws->db());
    Statement schema = db ? db->prepare(QStringLiteral("SELECT current_schema()"), error) : Statement();
    if (!db || !schema.isValid() || !schema.step(error))
        return false;
    m_schema = schema.columnText(0);
    if (!db->exec(QStringLiteral("LISTEN %1").arg(QLatin1String(PgConnection::kChannel)), error))
        return false;
    m_ws = std::move(ws);
    m_notifier = new QSocketNotifier(qintptr(PQsocket(db->handle())), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgChangeListener::readNotifications);
    readNotifications(); // anything libpq read before the notifier existed
    return true;
}

void PgChangeListener::readNotifications()
{
    auto* db = static_cast<PgConnection*>(&m_ws->db());
    if (!PQconsumeInput(db->handle())) {
        m_notifier->setEnabled(false); // the connection is gone; the window keeps working without news
        return;
    }
    while (PGnotify* n = PQnotifies(db->handle())) {
        // "schema:what|process": other workspaces on the server and our own changes are not news.
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        const QString process = payload.section(QLatin1Char('|'), -1);
        const QString body = payload.section(QLatin1Char('|'), 0, -2);
        if (process == PgConnection::processTag() || !body.startsWith(m_schema + QLatin1Char(':')))
            continue;
        emit changed(body.mid(m_schema.size() + 1));
    }
}

} // namespace ul
