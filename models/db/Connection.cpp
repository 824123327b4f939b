// SPDX-License-Identifier: MIT
#include "db/Connection.h"

#include <QByteArray>

namespace ul {

Statement& Statement::bind(int index, long long value)
{
    m_impl->bindInt(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_impl->bindDouble(index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    m_impl->bindText(index, std::string_view(utf8.constData(), size_t(utf8.size())));
    return *this;
}

Statement& Statement::bindText(int index, std::string_view utf8)
{
    m_impl->bindText(index, utf8);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    m_impl->bindNull(index);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    m_impl->bindBlob(index, bytes);
    return *this;
}

Statement& Statement::bindValueOf(int index, const Statement& source, int column)
{
    m_impl->bindValueOf(index, *source.m_impl, column);
    return *this;
}

bool Statement::step(QString* error)
{
    bool failed = false;
    const bool row = m_impl->step(error, &failed);
    m_failed = m_failed || failed;
    return row;
}

bool Statement::run(QString* error)
{
    m_failed = false;
    step(error);
    m_impl->reset();
    return !m_failed;
}

void Statement::reset()
{
    m_impl->reset();
    m_failed = false;
}

std::optional<long long> Connection::queryInt(const QString& sql, QString* error)
{
    Statement st = prepare(sql, error);
    if (!st.isValid() || !st.step(error))
        return std::nullopt;
    return st.columnInt(0);
}

bool Connection::beginRead(QString* error)
{
    if (m_readDepth == 0 && !beginReadTransaction(error))
        return false;
    ++m_readDepth;
    return true;
}

void Connection::endRead()
{
    // A closed connection has no transaction left to end.
    if (m_readDepth > 0 && --m_readDepth == 0 && isOpen())
        endReadTransaction();
}

ReadSnapshot::ReadSnapshot(Connection& db)
    : m_db(db)
{
    m_held = m_db.isOpen() && m_db.beginRead(&m_error);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_held)
        m_db.endRead();
}

Transaction::Transaction(Connection& db)
    : m_db(db)
{
    m_active = m_db.begin(&m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_beginError.isEmpty() ? QStringLiteral("no active transaction") : m_beginError;
        return false;
    }
    if (!m_db.commit(error))
        return false; // destructor rolls back
    m_active = false;
    return true;
}

} // namespace ul
