// SPDX-License-Identifier: MIT
#include "import/ReaderFactory.h"

#include "import/CsvReader.h"
#include "import/JsonReader.h"

#include <QFile>

namespace ul {

std::unique_ptr<RecordReader> openRecordReader(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray head = file.read(4096);
    file.close();
    char first = 0;
    for (qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < head.size(); ++i) {
        const char c = head[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            first = c;
            break;
        }
    }
    std::unique_ptr<RecordReader> reader;
    if (first == '[')
        reader = std::make_unique<JsonReader>(path, JsonReader::Layout::Array);
    else if (first == '{')
        reader = std::make_unique<JsonReader>(path, JsonReader::Layout::Lines);
    else
        reader = std::make_unique<CsvReader>(path);
    if (!reader->open(error))
        return nullptr;
    return reader;
}

} // namespace ul
