// SPDX-License-Identifier: MIT
#include "TempWorkspace.h"

#include <algorithm>
#include <atomic>
#include <vector>

#include "db/pg/PgConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace ul::test {

bool onServer() { return qEnvironmentVariable("UL_TEST_BACKEND") == QLatin1String("postgresql"); }

namespace {

QString serverUri()
{
    const QString uri = qEnvironmentVariable("UL_TEST_PG_URI");
    if (uri.isEmpty())
        qFatal("UL_TEST_BACKEND=postgresql needs UL_TEST_PG_URI (tests/pg/on-server.sh sets it)");
    return uri;
}

} // namespace

TempWorkspace::TempWorkspace()
{
    if (!onServer()) {
        m_location = m_dir.filePath(QStringLiteral("test.usagelens"));
        return;
    }
    // A schema per fixture: tests run in parallel on one server without seeing each other.
    static std::atomic<int> counter{0};
    m_schema = QStringLiteral("ul_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString uri = serverUri();
    m_location = uri + (uri.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema="))
                 + m_schema;
}

TempWorkspace::~TempWorkspace()
{
    if (m_schema.isEmpty())
        return;
    PgConnection db;
    QString schema, error;
    if (!db.open(serverUri(), &schema, &error)
        || !db.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema), &error))
        qWarning("cannot drop test schema %s: %s", qPrintable(m_schema), qPrintable(error));
}

QString TempWorkspace::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

bool TempWorkspace::open(Workspace& ws) const
{
    QString error;
    if (!ws.open(path(), Workspace::OpenMode::CreateIfMissing, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TempWorkspace::contentDigest(Workspace& ws)
{
    // Every table the schema has (a new table cannot escape the check), its definition, and its
    // rows sorted, so the digest does not depend on the order pages happen to be visited in.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<std::pair<QString, QString>> tables;
    // A server has no CREATE text: the table's columns and types stand in for it.
    Statement list = ws.db().prepare(
        ws.isServer() ? QStringLiteral("SELECT table_name, string_agg(column_name || ' ' || data_type, ',' ORDER BY "
                                       "ordinal_position) FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() GROUP BY table_name ORDER BY table_name")
                      : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"),
        nullptr);
    while (list.isValid() && list.step())
        tables.emplace_back(list.columnText(0), list.columnText(1));
    if (tables.empty())
        qWarning("contentDigest: the workspace has no tables");
    for (const auto& [name, sql] : tables) {
        // The import counter only goes forward, by design (an import id is never given twice):
        // undoing an import leaves it where it was. tst_read_snapshot checks the numbering.
        if (name == QLatin1String("counters"))
            continue;
        hash.addData(sql.toUtf8());
        Statement st = ws.db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name), nullptr);
        if (!st.isValid()) {
            qWarning("contentDigest: cannot read table %s", qPrintable(name));
            continue;
        }
        std::vector<QByteArray> rows;
        while (st.step()) {
            QByteArray row;
            for (int c = 0; c < st.columnCount(); ++c) {
                const std::string_view bytes = st.columnBlob(c);
                row += QByteArray::number(qsizetype(bytes.size())) + ':'
                       + QByteArray(bytes.data(), qsizetype(bytes.size()));
            }
            rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray& row : rows)
            hash.addData(row);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sharedDataDir()
{
    const QString dir = QStringLiteral(UL_SHARED_DATA_DIR);
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

QString testDataFile(const QString& name) { return QStringLiteral(UL_TEST_DATA_DIR "/") + name; }

} // namespace ul::test
