// SPDX-License-Identifier: MIT
#include "db/pg/PgConnection.h"

#include "db/pg/ServerLocation.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <QUrl>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

namespace ul {

namespace {

constexpr Oid kByteaOid = 17;
constexpr Oid kBoolOid = 16;
constexpr size_t kCopyFlushBytes = 256 * 1024;

QString firstLine(const char* message)
{
    QString text = QString::fromUtf8(message ? message : "").trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline).trimmed();
}

std::string shortestDouble(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), ec == std::errc() ? end : buffer.data());
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

/// A statement run with text parameters (bytea as binary) and text results.
class PgStatement final : public StatementBackend {
public:
    PgStatement(PgConnection* db, std::string name, std::string sql, int parameters)
        : m_db(db)
        , m_name(std::move(name))
        , m_sql(std::move(sql))
        , m_values(size_t(parameters))
        , m_binary(size_t(parameters), 0)
    {}
    ~PgStatement() override { clear(); }

    void bindInt(int index, long long value) override { set(index, std::to_string(value), false); }
    void bindDouble(int index, double value) override { set(index, shortestDouble(value), false); }
    void bindText(int index, std::string_view utf8) override { set(index, std::string(utf8), false); }
    void bindBlob(int index, std::string_view bytes) override { set(index, std::string(bytes), true); }
    void bindNull(int index) override
    {
        if (index >= 1 && size_t(index) <= m_values.size())
            m_values[size_t(index - 1)].reset();
    }
    void bindValueOf(int index, const StatementBackend& source, int column) override
    {
        const auto& from = static_cast<const PgStatement&>(source);
        if (from.columnIsNull(column))
            bindNull(index);
        else if (PQftype(from.m_result, column) == kByteaOid)
            bindBlob(index, from.columnBlob(column));
        else
            bindText(index, std::string_view(PQgetvalue(from.m_result, from.m_row, column),
                                             size_t(PQgetlength(from.m_result, from.m_row, column))));
    }

    bool step(QString* error, bool* failed) override
    {
        if (!m_result) {
            if (m_done)
                return false;
            QString copyError;
            if (!m_db->finishCopy(&copyError)) {
                *failed = true;
                if (error)
                    *error = copyError;
                return false;
            }
            std::vector<const char*> values(m_values.size());
            std::vector<int> lengths(m_values.size());
            for (size_t i = 0; i < m_values.size(); ++i) {
                values[i] = m_values[i] ? m_values[i]->data() : nullptr;
                lengths[i] = m_values[i] ? int(m_values[i]->size()) : 0;
            }
            const int n = int(m_values.size());
            m_result = m_name.empty() ? PQexecParams(m_db->handle(), m_sql.c_str(), n, nullptr, values.data(),
                                                     lengths.data(), m_binary.data(), 0)
                                      : PQexecPrepared(m_db->handle(), m_name.c_str(), n, values.data(), lengths.data(),
                                                       m_binary.data(), 0);
            const ExecStatusType status = PQresultStatus(m_result);
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                *failed = true;
                if (error)
                    *error = m_db->describe(m_result);
                clear();
                m_done = true;
                return false;
            }
            m_row = -1;
            m_rows = PQntuples(m_result);
        }
        if (m_row + 1 < m_rows) {
            ++m_row;
            // Sized once per row: a view of one column's bytes stays valid while others are read.
            m_decoded.assign(size_t(PQnfields(m_result)), std::nullopt);
            return true;
        }
        m_row = m_rows;
        return false;
    }
    void reset() override
    {
        clear();
        m_done = false;
    }

    long long columnInt(int col) const override
    {
        const char* text = PQgetvalue(m_result, m_row, col);
        if (PQftype(m_result, col) == kBoolOid)
            return text[0] == 't' ? 1 : 0;
        return std::strtoll(text, nullptr, 10);
    }
    double columnDouble(int col) const override { return std::strtod(PQgetvalue(m_result, m_row, col), nullptr); }
    QString columnText(int col) const override
    {
        if (PQgetisnull(m_result, m_row, col))
            return {};
        return QString::fromUtf8(PQgetvalue(m_result, m_row, col), PQgetlength(m_result, m_row, col));
    }
    std::string_view columnBlob(int col) const override
    {
        const char* text = PQgetvalue(m_result, m_row, col);
        const size_t length = size_t(PQgetlength(m_result, m_row, col));
        if (PQftype(m_result, col) != kByteaOid)
            return std::string_view(text, length);
        // bytea in text results is "\x" and hex digits; decoded once per row and column.
        std::optional<std::string>& out = m_decoded[size_t(col)];
        if (!out) {
            out.emplace();
            if (length >= 2 && text[0] == '\\' && text[1] == 'x') {
                out->resize((length - 2) / 2);
                for (size_t i = 0; i < out->size(); ++i)
                    (*out)[i] = char(hexValue(text[2 + 2 * i]) << 4 | hexValue(text[3 + 2 * i]));
            }
        }
        return *out;
    }
    bool columnIsNull(int col) const override { return PQgetisnull(m_result, m_row, col) != 0; }
    int columnCount() const override { return m_result ? PQnfields(m_result) : 0; }
    QString columnName(int col) const override { return QString::fromUtf8(PQfname(m_result, col)); }

private:
    void set(int index, std::string value, bool binary)
    {
        if (index < 1 || size_t(index) > m_values.size())
            return;
        m_values[size_t(index - 1)] = std::move(value);
        m_binary[size_t(index - 1)] = binary ? 1 : 0;
    }
    void clear()
    {
        if (m_result)
            PQclear(m_result);
        m_result = nullptr;
        m_decoded.clear();
    }

    PgConnection* m_db;
    std::string m_name; ///< server-side prepared statement, or empty: m_sql is sent each time
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<int> m_binary;
    PGresult* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_done = false;
    mutable std::vector<std::optional<std::string>> m_decoded;
};

} // namespace

/// Rows for one table in COPY's text format, sent in blocks; the COPY starts with the first
/// block and ends before anything else runs on the connection.
class PgCopy final : public BulkWriter {
public:
    PgCopy(PgConnection& db, const QString& table, const QStringList& columns)
        : m_db(db)
        , m_command(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toStdString())
    {
        m_db.m_writers.push_back(this);
    }
    ~PgCopy() override
    {
        if (m_active) {
            PQputCopyEnd(m_db.handle(), "abandoned"); // the transaction then fails and rolls back
            drain();
        }
        std::erase(m_db.m_writers, this);
    }

    void add(long long value) override
    {
        separate();
        m_buffer += std::to_string(value);
    }
    void addDouble(double value) override
    {
        separate();
        m_buffer += shortestDouble(value);
    }
    void addNull() override
    {
        separate();
        m_buffer += "\\N";
    }
    void addText(std::string_view utf8) override
    {
        separate();
        for (const char c : utf8) {
            switch (c) {
            case '\\': m_buffer += "\\\\"; break;
            case '\t': m_buffer += "\\t"; break;
            case '\n': m_buffer += "\\n"; break;
            case '\r': m_buffer += "\\r"; break;
            default: m_buffer += c;
            }
        }
    }
    void addBlob(std::string_view bytes) override
    {
        static constexpr char kHex[] = "0123456789abcdef";
        separate();
        m_buffer += "\\\\x"; // bytea's "\x" with COPY's backslash escaped
        for (const unsigned char b : bytes) {
            m_buffer += kHex[b >> 4];
            m_buffer += kHex[b & 15];
        }
    }
    bool endRow(QString* error) override
    {
        m_buffer += '\n';
        m_columns = 0;
        return m_buffer.size() < kCopyFlushBytes || send(error);
    }
    bool finish(QString* error) override
    {
        if (!m_buffer.empty() && !send(error))
            return false;
        return end(error);
    }

    /// Drops the rows not sent yet and aborts this COPY if it is in progress.
    void discard()
    {
        m_buffer.clear();
        m_columns = 0;
        if (m_active) {
            PQputCopyEnd(m_db.handle(), "rolled back");
            drain();
        }
    }

    /// Ends this COPY if it is the one in progress.
    bool end(QString* error)
    {
        if (!m_active)
            return true;
        m_active = false;
        m_db.m_copy = nullptr;
        bool ok = PQputCopyEnd(m_db.handle(), nullptr) == 1;
        while (PGresult* r = PQgetResult(m_db.handle())) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                ok = false;
                if (error)
                    *error = m_db.describe(r);
            }
            PQclear(r);
        }
        if (!ok && error && error->isEmpty())
            *error = firstLine(PQerrorMessage(m_db.handle()));
        return ok;
    }

private:
    void separate()
    {
        if (m_columns++ > 0)
            m_buffer += '\t';
    }
    bool send(QString* error)
    {
        if (!m_active) {
            if (m_db.m_copy && !m_db.m_copy->end(error))
                return false;
            PGresult* r = PQexec(m_db.handle(), m_command.c_str());
            const bool started = PQresultStatus(r) == PGRES_COPY_IN;
            if (!started && error)
                *error = m_db.describe(r);
            PQclear(r);
            if (!started)
                return false;
            m_active = true;
            m_db.m_copy = this;
        }
        const bool ok = PQputCopyData(m_db.handle(), m_buffer.data(), int(m_buffer.size())) == 1;
        m_buffer.clear();
        if (!ok && error)
            *error = firstLine(PQerrorMessage(m_db.handle()));
        return ok;
    }
    void drain()
    {
        while (PGresult* r = PQgetResult(m_db.handle()))
            PQclear(r);
        m_db.m_copy = nullptr;
        m_active = false;
    }

    PgConnection& m_db;
    std::string m_command;
    std::string m_buffer;
    int m_columns = 0;
    bool m_active = false;
};

namespace {

std::mutex& passwordsMutex()
{
    static std::mutex m;
    return m;
}

std::map<QString, QByteArray>& passwords()
{
    static std::map<QString, QByteArray> p;
    return p;
}

QString serverKey(const QString& location) { return location.section(QLatin1Char('?'), 0, 0); }

} // namespace

void PgConnection::rememberPassword(const QString& location, const QString& password)
{
    const std::lock_guard lock(passwordsMutex());
    passwords()[serverKey(location)] = password.toUtf8();
}

QByteArray PgConnection::rememberedPassword(const QString& location)
{
    const std::lock_guard lock(passwordsMutex());
    const auto it = passwords().find(serverKey(location));
    return it == passwords().end() ? QByteArray() : it->second;
}

PgConnection::~PgConnection() { close(); }

bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

bool PgConnection::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool PgConnection::open(const QString& location, QString* schema, QString* error, const QByteArray& sessionOptions)
{
    close();
    schema->clear();
    const std::optional<ServerLocation> parsed = ServerLocation::parse(location, error);
    if (!parsed)
        return false;
    *schema = parsed->schema;
    // Keywords, never a connection string put together: libpq parsed the URI, we add ours. A
    // server that does not answer must not hang the window: 10 s unless the URI says otherwise.
    std::vector<std::pair<QByteArray, QByteArray>> params{{"connect_timeout", "10"},
                                                          {"fallback_application_name", "UsageLens"}};
    const auto set = [&](const QByteArray& key, const QByteArray& value) {
        auto same = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == key; });
        if (same != params.end())
            same->second = value;
        else
            params.emplace_back(key, value);
    };
    for (const auto& [key, value] : parsed->keywords)
        set(key, value);
    // Text comes back as UTF-8 whatever the URI asks; session settings of the caller go after the
    // URI's own, so they win.
    set("client_encoding", "UTF8");
    if (!sessionOptions.isEmpty()) {
        const QByteArray given = parsed->value("options");
        set("options", given.isEmpty() ? sessionOptions : given + ' ' + sessionOptions);
    }
    const QByteArray typed = rememberedPassword(location);
    if (!typed.isNull())
        set("password", typed);
    std::vector<const char*> keys, values;
    for (const auto& [key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        QString why = firstLine(m_conn ? PQerrorMessage(m_conn) : "out of memory");
        if (why.contains(QLatin1String("no password supplied")))
            why += QStringLiteral(" (UsageLens takes no password on the command line: use ~/.pgpass, a service file "
                                  "or PGPASSWORD)");
        *error = QStringLiteral("cannot connect to the server (%1): %2").arg(withoutSchema(location), why);
        close();
        return false;
    }
    // Server notices (e.g. "relation already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    m_location = QStringLiteral("postgresql://%1@%2:%3/%4")
                     .arg(QString::fromUtf8(PQuser(m_conn)), QString::fromUtf8(PQhost(m_conn)),
                          QString::fromUtf8(PQport(m_conn)), QString::fromUtf8(PQdb(m_conn)));
    // Floats print in their shortest exact form, as SQLite's are read back.
    return exec(QStringLiteral("SET extra_float_digits = 1"), error);
}

void PgConnection::close()
{
    for (PgCopy* w : m_writers)
        w->end(nullptr);
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_prepared.clear();
}

bool PgConnection::finishCopy(QString* error)
{
    // Rows still in a writer's buffer go first: a reader after them must see them.
    for (PgCopy* w : std::vector<PgCopy*>(m_writers))
        if (!w->finish(error))
            return false;
    return true;
}

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }

QString PgConnection::describe(const pg_result* result) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    QString message = firstLine(primary ? primary : result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (detail)
        message += QStringLiteral(" (%1)").arg(firstLine(detail));
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        return QStringLiteral("lost the connection to %1: %2").arg(m_location, message);
    if (state && (std::strcmp(state, "42501") == 0 || std::strcmp(state, "25006") == 0))
        return QStringLiteral("read-only access: the role '%1' may read the workspace at %2 but not change it (%3)")
            .arg(user(), m_location, message);
    return message;
}

bool PgConnection::exec(const QString& sql, QString* error)
{
    if (!finishCopy(error))
        return false;
    PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = describe(r);
    PQclear(r);
    return ok;
}

std::string toDollarPlaceholders(std::string_view sql, int* count)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int next = 0, highest = 0;
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        size_t j = i + 1;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
            ++j;
        const int number = j > i + 1 ? std::atoi(std::string(sql.substr(i + 1, j - i - 1)).c_str()) : ++next;
        highest = std::max(highest, number);
        out += '$';
        out += std::to_string(number);
        i = j - 1;
    }
    *count = highest;
    return out;
}

Statement PgConnection::prepare(const QString& sql, QString* error)
{
    if (!finishCopy(error))
        return {};
    int parameters = 0;
    const QByteArray utf8 = sql.toUtf8();
    std::string text = toDollarPlaceholders(std::string_view(utf8.constData(), size_t(utf8.size())), &parameters);
    // Statements built with their values in the text run unprepared: preparing each would
    // fill the server with one-off statements.
    if (parameters == 0)
        return Statement(std::make_unique<PgStatement>(this, std::string(), std::move(text), 0));
    auto it = m_prepared.find(text);
    if (it == m_prepared.end()) {
        const std::string name = "ul" + std::to_string(m_prepared.size() + 1);
        PGresult* r = PQprepare(m_conn, name.c_str(), text.c_str(), 0, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok && error)
            *error = describe(r);
        PQclear(r);
        if (!ok)
            return {};
        it = m_prepared.emplace(text, name).first;
    }
    return Statement(std::make_unique<PgStatement>(this, it->second, std::string(), parameters));
}

long long PgConnection::lastInsertId()
{
    if (!finishCopy(nullptr))
        return 0;
    PGresult* r = PQexec(m_conn, "SELECT lastval()");
    const long long id = PQresultStatus(r) == PGRES_TUPLES_OK ? std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10) : 0;
    PQclear(r);
    return id;
}

bool PgConnection::tableExists(const QString& table, QString* error)
{
    Statement st = prepare(
        QStringLiteral("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, table);
    return st.step(error);
}

bool PgConnection::begin(QString* error)
{
    if (inReadSnapshot()) {
        if (error)
            *error = QStringLiteral("cannot write to %1 while a read snapshot is held on the same connection")
                         .arg(m_location);
        return false;
    }
    // One writer per workspace, as on SQLite: every read-then-write of an import (new customers,
    // rollups, value numbers) assumes nobody else writes meanwhile. Readers are never blocked.
    if (!exec(QStringLiteral("BEGIN"), error))
        return false;
    const QString key = QStringLiteral("hashtext('usagelens-writer:' || current_schema())");
    Statement tryLock = prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(key), error);
    if (!tryLock.isValid() || !tryLock.step(error)) {
        rollback();
        return false;
    }
    if (tryLock.columnInt(0) == 1)
        return true;
    if (!m_waitForWriters) {
        rollback();
        if (error)
            *error = QStringLiteral("another import into %1 is running (without --no-wait this waits for it)")
                         .arg(m_location);
        return false;
    }
    // Waits on the lock itself (no polling), a second at a time, so whoever waits can say so and
    // give up between the steps (the window's Cancel). A step that times out aborts the
    // transaction: the next one starts anew.
    const QByteArray wait = QStringLiteral("SET LOCAL lock_timeout = '1s'; SELECT pg_advisory_xact_lock(%1); "
                                           "SET LOCAL lock_timeout = DEFAULT")
                                .arg(key)
                                .toUtf8();
    for (;;) {
        if (m_onWait && !m_onWait()) {
            rollback();
            if (error)
                *error = QStringLiteral("cancelled while another import into %1 was running").arg(m_location);
            return false;
        }
        PGresult* r = PQexec(m_conn, wait.constData());
        const bool locked = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        const bool timedOut = state && std::strcmp(state, "55P03") == 0;
        if (!locked && !timedOut && error)
            *error = describe(r);
        PQclear(r);
        if (locked)
            return true;
        rollback();
        if (!timedOut || !exec(QStringLiteral("BEGIN"), error))
            return false;
    }
}

void PgConnection::setWriterWait(bool wait, std::function<bool()> onWait)
{
    m_waitForWriters = wait;
    m_onWait = std::move(onWait);
}

QString PgConnection::processTag()
{
    static const QString tag =
        QStringLiteral("%1@%2").arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
    return tag;
}

bool PgConnection::announceChange(const QString& what, QString* error)
{
    Statement notify = prepare(
        QStringLiteral("SELECT pg_notify('%1', current_schema() || ':' || ?)").arg(QLatin1String(kChannel)), error);
    return notify.isValid() && notify.bind(1, what + QLatin1Char('|') + processTag()).run(error);
}

void PgConnection::refreshStatistics()
{
    // Readers right after a team's imports would otherwise plan with the statistics of before
    // (seen: 350-450 ms instead of 160 ms for kpis until someone ran ANALYZE by hand).
    exec(QStringLiteral("ANALYZE customer_dates, customers, attributes, fact_chunks, distinct_chunks, "
                        "month_summaries, period_totals, dataset_stats, imports, metrics, billing_invoices, "
                        "customer_lifetimes, activity_totals, cohort_cells, dataset_customers"),
         nullptr);
}

bool PgConnection::commit(QString* error)
{
    if (!finishCopy(error))
        return false;
    // A transaction the server already aborted answers COMMIT with ROLLBACK, "successfully".
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR) {
        if (error)
            *error = QStringLiteral("the transaction was aborted by an earlier error; nothing was saved");
        return false;
    }
    PGresult* r = PQexec(m_conn, "COMMIT");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK && std::strcmp(PQcmdStatus(r), "COMMIT") == 0;
    if (!ok && error)
        *error = PQresultStatus(r) == PGRES_COMMAND_OK ? QStringLiteral("the server rolled the transaction back")
                                                       : describe(r);
    PQclear(r);
    return ok;
}

bool PgConnection::beginReadTransaction(QString* error)
{
    // REPEATABLE READ takes its snapshot at the first statement: take it now.
    if (!exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return false;
    if (!exec(QStringLiteral("SELECT 1"), error)) {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        return false;
    }
    return true;
}

bool PgConnection::exportSnapshot(QString* id, QString* error)
{
    Statement st = prepare(QStringLiteral("SELECT pg_export_snapshot()"), error);
    if (!st.isValid() || !st.step(error))
        return false;
    *id = st.columnText(0);
    return true;
}

bool PgConnection::joinSnapshot(const QString& id, QString* error)
{
    // The id is the server's own ("00000003-0000001B-1"); anything else is not spliced in.
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f-]{1,64}$"));
    if (!shape.match(id).hasMatch()) {
        *error = QStringLiteral("not a snapshot id: '%1'").arg(id);
        return false;
    }
    if (!exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET TRANSACTION SNAPSHOT '%1'").arg(id),
              error)) {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        return false;
    }
    holdReadForever();
    return true;
}

void PgConnection::endReadTransaction()
{
    if (!m_conn)
        return;
    // A statement that failed inside aborted the transaction: COMMIT then only rolls back.
    PQclear(PQexec(m_conn, PQtransactionStatus(m_conn) == PQTRANS_INERROR ? "ROLLBACK" : "COMMIT"));
}

void PgConnection::rollback()
{
    // Rows still waiting in writers are dropped and a COPY in progress is aborted, never completed.
    for (PgCopy* w : std::vector<PgCopy*>(m_writers))
        w->discard();
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

std::unique_ptr<BulkWriter> PgConnection::bulkWriter(const QString& table, const QStringList& columns, QString*)
{
    return std::make_unique<PgCopy>(*this, table, columns);
}

} // namespace ul
