// SPDX-License-Identifier: MIT
#include "export/CsvExport.h"

#include "export/CellSafety.h"
#include "export/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ul {

QString CsvExport::safeCsv(const ReportTable& table) { return toCsv(CellSafety::neutralized(table)); }

bool CsvExport::writeFile(const ReportTable& table, const QString& path, QString* error)
{
    // Through a temporary file: a scheduled refresh never leaves a half-written file for the
    // reader, and only a regular file is replaced. The mark tells Excel the file is UTF-8.
    return OutputFile::writeAll(path, QByteArrayLiteral("\xEF\xBB\xBF") + safeCsv(table).toUtf8(), error);
}

bool CsvExport::checkFolder(const QString& folder, QString* error)
{
    if (folder.isEmpty()) {
        *error = QCoreApplication::translate("CsvExport", "no output folder given");
        return false;
    }
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("CsvExport", "cannot write into %1: it is not a folder").arg(folder);
        return false;
    }
    return true;
}

bool CsvExport::writeFolder(const std::vector<ReportTable>& tables, const QString& folder, QStringList* written,
                            QString* error)
{
    if (!checkFolder(folder, error))
        return false;
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("CsvExport", "cannot create folder %1").arg(folder);
        return false;
    }
    QSet<QString> used;
    for (const ReportTable& t : tables) {
        QString base = fileNameFor(t.name);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        used.insert(name);
        const QString path = QDir(folder).filePath(name + QStringLiteral(".csv"));
        if (!writeFile(t, path, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

QString CsvExport::fileNameFor(const QString& tableName)
{
    QString out;
    for (const QChar c : tableName) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-'))
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("table") : out;
}

} // namespace ul
