// SPDX-License-Identifier: MIT
#include "TempWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace ul::test {

TempWorkspace::TempWorkspace() = default;

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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char* tables[] = {"datasets",        "imports",       "metrics",        "customers", "fact_chunks",
                            "month_summaries", "period_totals", "customer_dates", "attributes"};
    for (const char* table : tables) {
        Statement st = ws.db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)),
                                       nullptr);
        hash.addData(QByteArrayView(table));
        if (!st.isValid())
            qWarning("contentDigest: no table %s", table); // a schema change must update the list
        while (st.isValid() && st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                const std::string_view bytes = st.columnBlob(c);
                hash.addData(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
            }
        }
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
